<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AamCommand</name>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the IDs and objects the account returned for %n item(s) into %1.</source>
            <translation>
                <numerusform>Wrote the IDs and objects the account returned for %n item into %1.</numerusform>
                <numerusform>Wrote the IDs and objects the account returned for %n items into %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The account answered at %1 (%2): %n destination(s).</source>
            <translation>
                <numerusform>The account answered at %1 (%2): %n destination.</numerusform>
                <numerusform>The account answered at %1 (%2): %n destinations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamDiff</name>
        <message numerus="yes">
            <source>%n object(s) of the account have no ID that can be read and were not compared.</source>
            <translation>
                <numerusform>%n object of the account has no ID that can be read and was not compared.</numerusform>
                <numerusform>%n objects of the account have no ID that can be read and were not compared.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destination to update</numerusform>
                <numerusform>%n destinations to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n to create</numerusform>
                <numerusform>%n to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n mapping to update</numerusform>
                <numerusform>%n mappings to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to take from the account</source>
            <translation>
                <numerusform>%n to take from the account</numerusform>
                <numerusform>%n to take from the account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be pushed</source>
            <translation>
                <numerusform>%n cannot be pushed</numerusform>
                <numerusform>%n cannot be pushed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The account still has %n mapping(s) under it that are not deleted with it, and Audience Manager does not delete a destination with mappings: delete them in the workspace too (or take them from the account to see them), then push.</source>
            <translation>
                <numerusform>The account still has %n mapping under it that is not deleted with it, and Audience Manager does not delete a destination with mappings: delete it in the workspace too (or take it from the account to see it), then push.</numerusform>
                <numerusform>The account still has %n mappings under it that are not deleted with it, and Audience Manager does not delete a destination with mappings: delete them in the workspace too (or take them from the account to see them), then push.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n to delete</numerusform>
                <numerusform>%n to delete</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamRest</name>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); created from the file's elementName and elementDescription.</source>
            <translation>
                <numerusform>Used by %n imported mapping; created from the file's elementName and elementDescription.</numerusform>
                <numerusform>Used by %n imported mappings; created from the file's elementName and elementDescription.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
            <translation>
                <numerusform>Used by %n imported mapping; the file gives no name, so it is named after its ID.</numerusform>
                <numerusform>Used by %n imported mappings; the file gives no name, so it is named after its ID.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n object</numerusform>
                <numerusform>%n objects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The key “%1” is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>The key “%1” is repeated inside an object (%n time, first at line %2); the last value is used.</numerusform>
                <numerusform>The key “%1” is repeated inside an object (%n times, first at line %2); the last value is used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalog. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>Not in the segment catalog. %n imported mapping uses it and is flagged until you add it.</numerusform>
                <numerusform>Not in the segment catalog. %n imported mappings use it and are flagged until you add it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamTake</name>
        <message numerus="yes">
            <source>%1: deleted in the account, but %n mapping(s) under it are kept in the workspace, so it is kept too.</source>
            <translation>
                <numerusform>%1: deleted in the account, but %n mapping under it is kept in the workspace, so it is kept too.</numerusform>
                <numerusform>%1: deleted in the account, but %n mappings under it are kept in the workspace, so it is kept too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) deleted in the workspace were also deleted in the account: nothing is left to push for them.</source>
            <translation>
                <numerusform>%n object deleted in the workspace was also deleted in the account: nothing is left to push for it.</numerusform>
                <numerusform>%n objects deleted in the workspace were also deleted in the account: nothing is left to push for them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BrunoCollection</name>
        <message numerus="yes">
            <source>%n environment(s) in environments/ were not imported: define their variables in Console › Environments.</source>
            <translation>
                <numerusform>%n environment in environments/ was not imported: define its variables in Console › Environments.</numerusform>
                <numerusform>%n environments in environments/ were not imported: define their variables in Console › Environments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assertion(s) (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>
                <numerusform>%n assertion (line %1) was not imported: add checks (Console › Checks) to test the answer.</numerusform>
                <numerusform>%n assertions (line %1) were not imported: add checks (Console › Checks) to test the answer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CurlImport</name>
        <message numerus="yes">
            <source>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</source>
            <translation>
                <numerusform>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</numerusform>
                <numerusform>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DcsRequestChecker</name>
        <message numerus="yes">
            <source>%n declared ID(s): the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</source>
            <translation>
                <numerusform>%n declared ID: the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</numerusform>
                <numerusform>%n declared IDs: the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DcsResponseDecoder</name>
        <message numerus="yes">
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n second(s) before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>
                <numerusform>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n second before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</numerusform>
                <numerusform>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n seconds before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HarCommand</name>
        <message numerus="yes">
            <source>%n Audience Manager call(s) in %1 (%2 entries, HAR %3, %4).</source>
            <translation>
                <numerusform>%n Audience Manager call in %1 (%2 entries, HAR %3, %4).</numerusform>
                <numerusform>%n Audience Manager calls in %1 (%2 entries, HAR %3, %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n entry(ies) could be read; the calls listed above come from them. The rest of the capture is missing.</source>
            <translation>
                <numerusform>Only the first %n entry could be read; the calls listed above come from it. The rest of the capture is missing.</numerusform>
                <numerusform>Only the first %n entries could be read; the calls listed above come from them. The rest of the capture is missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PostmanCollection</name>
        <message numerus="yes">
            <source>%n saved example(s) (example responses) were not imported.</source>
            <translation>
                <numerusform>%n saved example (example response) was not imported.</numerusform>
                <numerusform>%n saved examples (example responses) were not imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AamPush</name>
        <message numerus="yes">
            <source>%n sent to the account</source>
            <translation>
                <numerusform>%n sent to the account</numerusform>
                <numerusform>%n sent to the account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent</source>
            <translation>
                <numerusform>%n not sent</numerusform>
                <numerusform>%n not sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Update %n pushed item(s) with the account's answer</source>
            <translation>
                <numerusform>Update %n pushed item with the account's answer</numerusform>
                <numerusform>Update %n pushed items with the account's answer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountActions</name>
        <message numerus="yes">
            <source>Pulled %1 in %n request(s).</source>
            <translation>
                <numerusform>Pulled %1 in %n request.</numerusform>
                <numerusform>Pulled %1 in %n requests.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change %1.</source>
            <translation>
                <numerusform>%n call will change %1.</numerusform>
                <numerusform>%n calls will change %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will not be sent (refused, or the account already has their values); the report says why.</source>
            <translation>
                <numerusform>%n item will not be sent (refused, or the account already has its values); the report says why.</numerusform>
                <numerusform>%n items will not be sent (refused, or the account already has their values); the report says why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked item(s) have validation errors and will be sent as they are:</source>
            <translation>
                <numerusform>%n checked item has validation errors and will be sent as it is:</numerusform>
                <numerusform>%n checked items have validation errors and will be sent as they are:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from %4 into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>Pulled %1, %2 and %3 from %4 into a new workspace (%n request).</numerusform>
                <numerusform>Pulled %1, %2 and %3 from %4 into a new workspace (%n requests).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of %1 into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>Took %n change from %1 into the workspace, as one step: Edit › Undo takes it back.</numerusform>
                <numerusform>Took %n changes from %1 into the workspace, as one step: Edit › Undo takes them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pulled the local account in %n request(s).</source>
            <translation>
                <numerusform>Pulled the local account in %n request.</numerusform>
                <numerusform>Pulled the local account in %n requests.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change the local account.</source>
            <translation>
                <numerusform>%n call will change the local account.</numerusform>
                <numerusform>%n calls will change the local account.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from the local account into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>Pulled %1, %2 and %3 from the local account into a new workspace (%n request).</numerusform>
                <numerusform>Pulled %1, %2 and %3 from the local account into a new workspace (%n requests).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of the local account into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>Took %n change from the local account into the workspace, as one step: Edit › Undo takes it back.</numerusform>
                <numerusform>Took %n changes from the local account into the workspace, as one step: Edit › Undo takes them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them delete(s) from the account what was deleted in the workspace (mappings before their destination).</source>
            <translation>
                <numerusform>%n of them deletes in the account what was deleted in the workspace (mappings before their destination).</numerusform>
                <numerusform>%n of them delete in the account what was deleted in the workspace (mappings before their destination).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountReviewDialog</name>
        <message numerus="yes">
            <source>… and %n more: narrow the list with the filter or the search</source>
            <translation>
                <numerusform>… and %n more: narrow the list with the filter or the search</numerusform>
                <numerusform>… and %n more: narrow the list with the filter or the search</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Push %n Item(s)…</source>
            <translation>
                <numerusform>&amp;Push %n Item…</numerusform>
                <numerusform>&amp;Push %n Items…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destination to update</numerusform>
                <numerusform>%n destinations to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n to create</numerusform>
                <numerusform>%n to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n mapping to update</numerusform>
                <numerusform>%n mappings to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) unchecked</source>
            <translation>
                <numerusform>%n item unchecked</numerusform>
                <numerusform>%n items unchecked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n with validation errors)</source>
            <translation>
                <numerusform>(%n with validation errors)</numerusform>
                <numerusform>(%n with validation errors)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n difference(s) is in "%1". Choose "%2" to see them all.</source>
            <translation>
                <numerusform>The only difference (%n) is not in "%1". Choose "%2" to see it.</numerusform>
                <numerusform>None of the %n differences is in "%1". Choose "%2" to see them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n to delete</numerusform>
                <numerusform>%n to delete</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Take %n Item(s) from the Account</source>
            <translation>
                <numerusform>&amp;Take %n Item from the Account</numerusform>
                <numerusform>&amp;Take %n Items from the Account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed in the account</source>
            <translation>
                <numerusform>%n changed in the account</numerusform>
                <numerusform>%n changed in the account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new in the account</source>
            <translation>
                <numerusform>%n new in the account</numerusform>
                <numerusform>%n new in the account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the account</source>
            <translation>
                <numerusform>%n deleted in the account</numerusform>
                <numerusform>%n deleted in the account</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled conflict(s)</source>
            <translation>
                <numerusform>%n settled conflict</numerusform>
                <numerusform>%n settled conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) with no side chosen</source>
            <translation>
                <numerusform>%n conflict with no side chosen</numerusform>
                <numerusform>%n conflicts with no side chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchCommand</name>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n generated user</numerusform>
                <numerusform>%n generated users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) skipped.</source>
            <translation>
                <numerusform>… and %n more row skipped.</numerusform>
                <numerusform>… and %n more rows skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) with failed or unchecked expectations.</source>
            <translation>
                <numerusform>… and %n more row with failed or unchecked expectations.</numerusform>
                <numerusform>… and %n more rows with failed or unchecked expectations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirm a run of more than %n call(s) to the live DCS.</source>
            <translation>
                <numerusform>Confirm a run of more than %n call to the real DCS.</numerusform>
                <numerusform>Confirm a run of more than %n calls to the real DCS.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExpectations</name>
        <message numerus="yes">
            <source>%1 of %n row(s) failed their expectations</source>
            <translation>
                <numerusform>%1 of %n row failed its expectations</numerusform>
                <numerusform>%1 of %n rows failed their expectations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRunner</name>
        <message numerus="yes">
            <source>%n row(s) cannot be sent; the first is line %1: %2</source>
            <translation>
                <numerusform>%n row cannot be sent (line %1): %2</numerusform>
                <numerusform>%n rows cannot be sent; the first is line %1: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent: %1</source>
            <translation>
                <numerusform>%n row cannot be sent: %1</numerusform>
                <numerusform>%n rows cannot be sent: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchView</name>
        <message numerus="yes">
            <source>%n user(s) to send</source>
            <translation>
                <numerusform>%n user to send</numerusform>
                <numerusform>%n users to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n row(s) cannot be sent</source>
            <translation>
                <numerusform>· %n row cannot be sent</numerusform>
                <numerusform>· %n rows cannot be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n note(s)</source>
            <translation>
                <numerusform>· %n note</numerusform>
                <numerusform>· %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n generated user</numerusform>
                <numerusform>%n generated users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent and are skipped; see the Invalid rows filter.</source>
            <translation>
                <numerusform>%n row cannot be sent and is skipped; see the Invalid rows filter.</numerusform>
                <numerusform>%n rows cannot be sent and are skipped; see the Invalid rows filter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retry(ies)</source>
            <translation>
                <numerusform>%n retry</numerusform>
                <numerusform>%n retries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n with expectations</source>
            <translation>
                <numerusform>· %n with expectations</numerusform>
                <numerusform>· %n with expectations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expectations (%n):</source>
            <translation>
                <numerusform>Expectations (%n):</numerusform>
                <numerusform>Expectations (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) with random 38-digit IDs (as dcsdesk-cli batch --generate makes them).</source>
            <translation>
                <numerusform>%n user with a random 38-digit ID (as dcsdesk-cli batch --generate makes it).</numerusform>
                <numerusform>%n users with random 38-digit IDs (as dcsdesk-cli batch --generate makes them).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be sent; the “Invalid rows” setting skips them or stops the run.</source>
            <translation>
                <numerusform>%n row of %1 cannot be sent; the “Invalid rows” setting skips it or stops the run.</numerusform>
                <numerusform>%n rows of %1 cannot be sent; the “Invalid rows” setting skips them or stops the run.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n Mapping(s)</source>
            <translation>
                <numerusform>Edit %n Mapping</numerusform>
                <numerusform>Edit %n Mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n Mapping(s)</source>
            <translation>
                <numerusform>&amp;Apply to %n Mapping</numerusform>
                <numerusform>&amp;Apply to %n Mappings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureCall</name>
        <message numerus="yes">
            <source>The capture did not save this answer's body (%n byte(s)): save the HAR again with its content to decode the answer.</source>
            <translation>
                <numerusform>The capture did not save this answer's body (%n byte): save the HAR again with its content to decode the answer.</numerusform>
                <numerusform>The capture did not save this answer's body (%n bytes): save the HAR again with its content to decode the answer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureDetails</name>
        <message numerus="yes">
            <source>%n header(s)</source>
            <translation>
                <numerusform>%n header</numerusform>
                <numerusform>%n headers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n cookie</numerusform>
                <numerusform>%n cookies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureView</name>
        <message numerus="yes">
            <source>%1: %n Audience Manager call(s) among %2 entries (HAR %3, saved by %4).</source>
            <translation>
                <numerusform>%1: %n Audience Manager call among %2 entries (HAR %3, saved by %4).</numerusform>
                <numerusform>%1: %n Audience Manager calls among %2 entries (HAR %3, saved by %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n entry(ies))</source>
            <translation>
                <numerusform>%1 (%n entry)</numerusform>
                <numerusform>%1 (%n entries)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckCommand</name>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved.</source>
            <translation>
                <numerusform>Nothing was sent: %n variable cannot be resolved.</numerusform>
                <numerusform>Nothing was sent: %n variables cannot be resolved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEvaluator</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRunReport</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not run</source>
            <translation>
                <numerusform>%n not run</numerusform>
                <numerusform>%n not run</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n more character)</numerusform>
                <numerusform>(%n more characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passed</source>
            <translation>
                <numerusform>%n check passed</numerusform>
                <numerusform>%n checks passed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksFromComparison</name>
        <message numerus="yes">
            <source>%n row(s) not shown in the table were not turned into checks.</source>
            <translation>
                <numerusform>%n row not shown in the table was not turned into a check.</numerusform>
                <numerusform>%n rows not shown in the table were not turned into checks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksPanel</name>
        <message numerus="yes">
            <source>%1 of %n check(s) passed on the latest answer.</source>
            <translation>
                <numerusform>%1 of %n check passed on the latest answer.</numerusform>
                <numerusform>%1 of %n checks passed on the latest answer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save request %1 with %n check(s)</source>
            <translation>
                <numerusform>Save request %1 with %n check</numerusform>
                <numerusform>Save request %1 with %n checks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) added from the Expected column; Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n check added from the Expected column; Edit › Undo takes it back.</numerusform>
                <numerusform>%n checks added from the Expected column; Edit › Undo takes them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” contradicts %n check(s) of this request; they cannot all pass on one answer:</source>
            <translation>
                <numerusform>“%1” contradicts %n check of this request; they cannot both pass on one answer:</numerusform>
                <numerusform>“%1” contradicts %n checks of this request; they cannot all pass on one answer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1, in place of %n contradicting check(s). Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Check added: %1, in place of %n contradicting check. Edit › Undo takes it back.</numerusform>
                <numerusform>Check added: %1, in place of %n contradicting checks. Edit › Undo takes it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1. It contradicts %n other check(s), so the request cannot pass until you remove one of them. Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Check added: %1. It contradicts %n other check, so the request cannot pass until you remove one of them. Edit › Undo takes it back.</numerusform>
                <numerusform>Check added: %1. It contradicts %n other checks, so the request cannot pass until you remove one of them. Edit › Undo takes it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n check(s) from Expected vs. Actual</source>
            <translation>
                <numerusform>Add %n check from Expected vs. Actual</numerusform>
                <numerusform>Add %n checks from Expected vs. Actual</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CollectionImportDialog</name>
        <message numerus="yes">
            <source>Adds %n saved request(s).</source>
            <translation>
                <numerusform>Adds %n saved request.</numerusform>
                <numerusform>Adds %n saved requests.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n saved request(s) from %1</source>
            <translation>
                <numerusform>Import %n saved request from %1</numerusform>
                <numerusform>Import %n saved requests from %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ComparisonView</name>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n more not shown</numerusform>
                <numerusform>… %n more not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CurlCommandText</name>
        <message numerus="yes">
            <source>%n comment line(s) ignored.</source>
            <translation>
                <numerusform>%n comment line ignored.</numerusform>
                <numerusform>%n comment lines ignored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The paste holds %n more command(s) after the first; only the first was imported.</source>
            <translation>
                <numerusform>The paste holds %n more command after the first; only the first was imported.</numerusform>
                <numerusform>The paste holds %n more commands after the first; only the first was imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationEditor</name>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n active</numerusform>
                <numerusform>%n active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n expired</numerusform>
                <numerusform>%n expired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not started yet</source>
            <translation>
                <numerusform>%n not started yet</numerusform>
                <numerusform>%n not started yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped</source>
            <translation>
                <numerusform>%n segment mapped</numerusform>
                <numerusform>%n segments mapped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message numerus="yes">
            <source>%n lowest-priority value(s) left out to keep the cookie within its maximum size.</source>
            <translation>
                <numerusform>%n lowest-priority value left out to keep the cookie within its maximum size.</numerusform>
                <numerusform>%n lowest-priority values left out to keep the cookie within its maximum size.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationListModel</name>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n expired</numerusform>
                <numerusform>%n expired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n destination(s)</source>
            <translation>
                <numerusform>Add %n destination</numerusform>
                <numerusform>Add %n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) in all</source>
            <translation>
                <numerusform>%n mapping in all</numerusform>
                <numerusform>%n mappings in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active today</source>
            <translation>
                <numerusform>%n active today</numerusform>
                <numerusform>%n active today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped more than once (several flights)</source>
            <translation>
                <numerusform>%n segment mapped more than once (several flights)</numerusform>
                <numerusform>%n segments mapped more than once (several flights)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: click the validation summary in the status bar for the full list.</source>
            <translation>
                <numerusform>… and %n more: click the validation summary in the status bar for the full list.</numerusform>
                <numerusform>… and %n more: click the validation summary in the status bar for the full list.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationsView</name>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n destination(s)</source>
            <translation>
                <numerusform>%1 of %n destination</numerusform>
                <numerusform>%1 of %n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n destination(s)</source>
            <translation>
                <numerusform>Duplicate %n destination</numerusform>
                <numerusform>Duplicate %n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)?</source>
            <translation>
                <numerusform>Delete %n destination?</numerusform>
                <numerusform>Delete %n destinations?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s).</source>
            <translation>
                <numerusform>Deleted %n destination.</numerusform>
                <numerusform>Deleted %n destinations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment mapping(s)</source>
            <translation>
                <numerusform>%n segment mapping</numerusform>
                <numerusform>%n segment mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s) without mappings.</source>
            <translation>
                <numerusform>Deleted %n destination without mappings.</numerusform>
                <numerusform>Deleted %n destinations without mappings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n destination(s): their rows are on the clipboard; Edit › Undo brings the destinations back.</source>
            <translation>
                <numerusform>Cut %n destination: its row is on the clipboard; Edit › Undo brings the destination back.</numerusform>
                <numerusform>Cut %n destinations: their rows are on the clipboard; Edit › Undo brings the destinations back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</source>
            <translation>
                <numerusform>%n server-to-server destination not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</numerusform>
                <numerusform>%n server-to-server destinations not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EditCommands</name>
        <message numerus="yes">
            <source>Copied %n row(s) and the column titles: a spreadsheet pastes them into columns.</source>
            <translation>
                <numerusform>Copied %n row and the column titles: a spreadsheet pastes them into columns.</numerusform>
                <numerusform>Copied %n rows and the column titles: a spreadsheet pastes them into columns.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentBar</name>
        <message numerus="yes">
            <source>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n value(s) were copied there from “%2”, whose entries are kept.</source>
            <translation>
                <numerusform>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n value was copied there from “%2”, whose entries are kept.</numerusform>
                <numerusform>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n values were copied there from “%2”, whose entries are kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”: its %n secret value(s) are kept in memory until DCS Desk closes.</source>
            <translation>
                <numerusform>The workspace is now named “%1”: its %n secret value is kept in memory until DCS Desk closes.</numerusform>
                <numerusform>The workspace is now named “%1”: its %n secret values are kept in memory until DCS Desk closes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ExpectedVsActual</name>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>… %n more</numerusform>
                <numerusform>… %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unexpected</source>
            <translation>
                <numerusform>%n unexpected</numerusform>
                <numerusform>%n unexpected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different</source>
            <translation>
                <numerusform>%n different</numerusform>
                <numerusform>%n different</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingsDialog</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FireCommand</name>
        <message numerus="yes">
            <source>domain %1, expires after %n day(s)</source>
            <translation>
                <numerusform>domain %1, expires after %n day</numerusform>
                <numerusform>domain %1, expires after %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FirePreviewPanel</name>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>expires in %n day</numerusform>
                <numerusform>expires in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMasker</name>
        <message numerus="yes">
            <source>%n cookie value(s)</source>
            <translation>
                <numerusform>%n cookie value</numerusform>
                <numerusform>%n cookie values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user ID(s)</source>
            <translation>
                <numerusform>%n user ID</numerusform>
                <numerusform>%n user IDs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n p_ value(s)</source>
            <translation>
                <numerusform>%n p_ value</numerusform>
                <numerusform>%n p_ values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n credential</numerusform>
                <numerusform>%n credentials</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) masked: %1.</source>
            <translation>
                <numerusform>%n value masked: %1.</numerusform>
                <numerusform>%n values masked: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Occurrences in the calls: %n (%1); strings changed in the file: %2.</source>
            <translation>
                <numerusform>Occurrences in the calls: %n (%1); strings changed in the file: %2.</numerusform>
                <numerusform>Occurrences in the calls: %n (%1); strings changed in the file: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryCompareDialog</name>
        <message numerus="yes">
            <source>%n field(s) differ.</source>
            <translation>
                <numerusform>%n field differs.</numerusform>
                <numerusform>%n fields differ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryEntry</name>
        <message numerus="yes">
            <source>%n row(s): %1 answered, %2 with DCS errors, %3 failed</source>
            <translation>
                <numerusform>%n row: %1 answered, %2 with DCS errors, %3 failed</numerusform>
                <numerusform>%n rows: %1 answered, %2 with DCS errors, %3 failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n not sent</source>
            <translation>
                <numerusform>%1 · %n not sent</numerusform>
                <numerusform>%1 · %n not sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryListModel</name>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n saved request</numerusform>
                <numerusform>%n saved requests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryView</name>
        <message numerus="yes">
            <source>%1 of %n call(s)</source>
            <translation>
                <numerusform>%1 of %n call</numerusform>
                <numerusform>%1 of %n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n call(s) from the history? This cannot be undone.</source>
            <translation>
                <numerusform>Delete all %n call from the history? This cannot be undone.</numerusform>
                <numerusform>Delete all %n calls from the history? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportCollectionCommand</name>
        <message numerus="yes">
            <source>%1 “%2”: %n request(s).</source>
            <translation>
                <numerusform>%1 “%2”: %n request.</numerusform>
                <numerusform>%1 “%2”: %n requests.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReport</name>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message numerus="yes">
            <source>Skip the %n row(s) with errors and import the rest</source>
            <translation>
                <numerusform>Skip the %n row with errors and import the rest</numerusform>
                <numerusform>Skip the %n rows with errors and import the rest</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n Change(s)</source>
            <translation>
                <numerusform>&amp;Import %n Change</numerusform>
                <numerusform>&amp;Import %n Changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MainWindow</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n shown by the filter</source>
            <translation>
                <numerusform>%1 — %n shown by the filter</numerusform>
                <numerusform>%1 — %n shown by the filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment mapping(s)</source>
            <translation>
                <numerusform>Add %n segment mapping</numerusform>
                <numerusform>Add %n segment mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s).</source>
            <translation>
                <numerusform>Added %n mapping.</numerusform>
                <numerusform>Added %n mappings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n mapping(s)</source>
            <translation>
                <numerusform>Edit %n mapping</numerusform>
                <numerusform>Edit %n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed %n mapping(s).</source>
            <translation>
                <numerusform>Changed %n mapping.</numerusform>
                <numerusform>Changed %n mappings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Delete %n mapping</numerusform>
                <numerusform>Delete %n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n mapping(s).</source>
            <translation>
                <numerusform>Deleted %n mapping.</numerusform>
                <numerusform>Deleted %n mappings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n mapping(s) to %1.</source>
            <translation>
                <numerusform>Exported %n mapping to %1.</numerusform>
                <numerusform>Exported %n mappings to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n mapping(s) from %1</source>
            <translation>
                <numerusform>Import %n mapping from %1</numerusform>
                <numerusform>Import %n mappings from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n active</numerusform>
                <numerusform>%n active</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n expired</numerusform>
                <numerusform>%n expired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not started</source>
            <translation>
                <numerusform>%n not started</numerusform>
                <numerusform>%n not started</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flagged</source>
            <translation>
                <numerusform>%n flagged</numerusform>
                <numerusform>%n flagged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Another flight of a segment already mapped: %n mapping(s). Give each flight its own dates; overlapping ones are flagged.</source>
            <translation>
                <numerusform>Another flight of a segment already mapped: %n mapping. Give each flight its own dates; overlapping ones are flagged.</numerusform>
                <numerusform>Another flight of a segment already mapped: %n mappings. Give each flight its own dates; overlapping ones are flagged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s)</source>
            <translation>
                <numerusform>Cut %n mapping</numerusform>
                <numerusform>Cut %n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s): their rows are on the clipboard.</source>
            <translation>
                <numerusform>Cut %n mapping: its row is on the clipboard.</numerusform>
                <numerusform>Cut %n mappings: their rows are on the clipboard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n segment mapping(s)</source>
            <translation>
                <numerusform>Paste %n segment mapping</numerusform>
                <numerusform>Paste %n segment mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s) from the clipboard.</source>
            <translation>
                <numerusform>Added %n mapping from the clipboard.</numerusform>
                <numerusform>Added %n mappings from the clipboard.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingMerge</name>
        <message numerus="yes">
            <source>%n mapping(s) added</source>
            <translation>
                <numerusform>%n mapping added</numerusform>
                <numerusform>%n mappings added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingTableModel</name>
        <message numerus="yes">
            <source>Add %n mapping(s)</source>
            <translation>
                <numerusform>Add %n mapping</numerusform>
                <numerusform>Add %n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Delete %n mapping</numerusform>
                <numerusform>Delete %n mappings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingsCommand</name>
        <message numerus="yes">
            <source>Wrote %n mapping(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n mapping to %1.</numerusform>
                <numerusform>Wrote %n mappings to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MaskPreviewDialog</name>
        <message numerus="yes">
            <source>Saved the masked copy to %1 (%2): %n value(s) masked. %3 is unchanged.</source>
            <translation>
                <numerusform>Saved the masked copy to %1 (%2): %n value masked. %3 is unchanged.</numerusform>
                <numerusform>Saved the masked copy to %1 (%2): %n values masked. %3 is unchanged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PushReportDialog</name>
        <message numerus="yes">
            <source>updated: %n field(s) (%1).</source>
            <translation>
                <numerusform>updated: %n field (%1).</numerusform>
                <numerusform>updated: %n fields (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseOutline</name>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n cookie</numerusform>
                <numerusform>%n cookies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n URL(s)</source>
            <translation>
                <numerusform>%n URL</numerusform>
                <numerusform>%n URLs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trait(s)</source>
            <translation>
                <numerusform>%n trait</numerusform>
                <numerusform>%n traits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ID sync(s)</source>
            <translation>
                <numerusform>%n ID sync</numerusform>
                <numerusform>%n ID syncs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseWidget</name>
        <message numerus="yes">
            <source>%1 — %n DCS error(s)</source>
            <translation>
                <numerusform>%1 — %n DCS error</numerusform>
                <numerusform>%1 — %n DCS errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n more not shown</numerusform>
                <numerusform>… %n more not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestFieldText</name>
        <message numerus="yes">
            <source>Audience Manager keeps the mapping's value in %n REST field(s) (%1): one edit changes them all, and a push sends the new value to each.</source>
            <translation>
                <numerusform>Audience Manager keeps the mapping's value in %n REST field (%1): one edit changes it, and a push sends the new value there.</numerusform>
                <numerusform>Audience Manager keeps the mapping's value in %n REST fields (%1): one edit changes them all, and a push sends the new value to each.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestImportDialog</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunResultPanel</name>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n more character)</numerusform>
                <numerusform>(%n more characters)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunnerDialog</name>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved. Define them in the environment (Environments… in the Console) or choose another one.</source>
            <translation>
                <numerusform>Nothing was sent: %n variable cannot be resolved. Define it in the environment (Environments… in the Console) or choose another one.</numerusform>
                <numerusform>Nothing was sent: %n variables cannot be resolved. Define them in the environment (Environments… in the Console) or choose another one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · stopped at the first failure, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · stopped at the first failure, %n saved request not sent</numerusform>
                <numerusform>%1 · stopped at the first failure, %n saved requests not sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Send %n saved request(s) to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</source>
            <translation>
                <numerusform>Send %n saved request to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</numerusform>
                <numerusform>Send %n saved requests to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · canceled, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · canceled, %n saved request not sent</numerusform>
                <numerusform>%1 · canceled, %n saved requests not sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestCollection</name>
        <message numerus="yes">
            <source>%n folder(s)</source>
            <translation>
                <numerusform>%n folder</numerusform>
                <numerusform>%n folders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n saved request</numerusform>
                <numerusform>%n saved requests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestPane</name>
        <message numerus="yes">
            <source>Delete %n saved request(s)</source>
            <translation>
                <numerusform>Delete %n saved request</numerusform>
                <numerusform>Delete %n saved requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n saved request(s) to %1</source>
            <translation>
                <numerusform>Move %n saved request to %1</numerusform>
                <numerusform>Move %n saved requests to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to %1</source>
            <translation>
                <numerusform>Move %n item to %1</numerusform>
                <numerusform>Move %n items to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n saved request(s): %1. Edit › Undo brings them back.</source>
            <translation>
                <numerusform>Deleted %n saved request: %1. Edit › Undo brings it back.</numerusform>
                <numerusform>Deleted %n saved requests: %1. Edit › Undo brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ScheduleTimeline</name>
        <message numerus="yes">
            <source>Expired %n day(s) ago</source>
            <translation>
                <numerusform>Expired %n day ago</numerusform>
                <numerusform>Expired %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, ends in %n day(s)</source>
            <translation>
                <numerusform>Active, ends in %n day</numerusform>
                <numerusform>Active, ends in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Starts in %n day</numerusform>
                <numerusform>Starts in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentBrowserDialog</name>
        <message numerus="yes">
            <source>%n segment(s) checked</source>
            <translation>
                <numerusform>%n segment checked</numerusform>
                <numerusform>%n segments checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n Segment(s)</source>
            <translation>
                <numerusform>&amp;Add %n Segment</numerusform>
                <numerusform>&amp;Add %n Segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked %n mapped segment(s) of the pasted list for another flight.</source>
            <translation>
                <numerusform>Checked %n mapped segment of the pasted list for another flight.</numerusform>
                <numerusform>Checked %n mapped segments of the pasted list for another flight.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked %n segment(s) from the pasted list.</source>
            <translation>
                <numerusform>Checked %n segment from the pasted list.</numerusform>
                <numerusform>Checked %n segments from the pasted list.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogModel</name>
        <message numerus="yes">
            <source>Add %n segment(s)</source>
            <translation>
                <numerusform>Add %n segment</numerusform>
                <numerusform>Add %n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogView</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mapping</numerusform>
                <numerusform>%n mappings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n segment(s) from %1</source>
            <translation>
                <numerusform>Import %n segment from %1</numerusform>
                <numerusform>Import %n segments from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected segments are mapped to destinations.</source>
            <translation>
                <numerusform>%n of the selected segments is mapped to destinations.</numerusform>
                <numerusform>%n of the selected segments are mapped to destinations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentEditorDialog</name>
        <message numerus="yes">
            <source>Mapped to %n destination(s).</source>
            <translation>
                <numerusform>Mapped to %n destination.</numerusform>
                <numerusform>Mapped to %n destinations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentListText</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated item(s) counted once.</source>
            <translation>
                <numerusform>%n repeated item counted once.</numerusform>
                <numerusform>%n repeated items counted once.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UserGuideWindow</name>
        <message numerus="yes">
            <source>%1 of %n match(es)</source>
            <translation>
                <numerusform>%1 of %n match</numerusform>
                <numerusform>%1 of %n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ValidateCommand</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceController</name>
        <message numerus="yes">
            <source>DCS Desk was closed without saving %n change(s) to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>
                <numerusform>DCS Desk was closed without saving %n change to %1. A copy of it from %2 was kept.

Restore it now? If you discard it, it is gone.</numerusform>
                <numerusform>DCS Desk was closed without saving %n changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is also open in another DCS Desk window, which has %n unsaved change(s) to it (copied at %2).</source>
            <translation>
                <numerusform>%1 is also open in another DCS Desk window, which has %n unsaved change to it (copied at %2).</numerusform>
                <numerusform>%1 is also open in another DCS Desk window, which has %n unsaved changes to it (copied at %2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceDocument</name>
        <message numerus="yes">
            <source>Delete %n destination(s)</source>
            <translation>
                <numerusform>Delete %n destination</numerusform>
                <numerusform>Delete %n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n segment(s)</source>
            <translation>
                <numerusform>Delete %n segment</numerusform>
                <numerusform>Delete %n segments</numerusform>
            </translation>
        </message>
    </context>
</TS>
