<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AamRest</name>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1, %2 and %3 (AAM REST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 and %2 (AAM REST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its destination is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 is neither in the workspace nor in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping does not say which destination it belongs to (destinationId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping ID %1 appears more than once in the file; only the first is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping ID %1 belongs to destination %2 in the workspace, not to destination %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by segment and start date (the file has no mapping ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new mapping needs a start date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by name (the file has no destinationId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 has the type %2 in the workspace but %3 in the file. Change the ID in the file to import it as a new destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: Audience Manager&apos;s own fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new destination needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server destinations cannot be created in Audience Manager; this one mirrors an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used by %n imported mapping(s); created from the file&apos;s elementName and elementDescription.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the segment catalogue. %n imported mapping(s) use it and are flagged until you add it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping %1: &quot;%2&quot; has an unexpected value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 has no segment ID (sid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 has traitType &quot;%2&quot;; only SEGMENT mappings can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has an unexpected value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: destinationType &quot;%2&quot; is neither PUSH (URL) nor ADS (cookie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no destinationType; it has cookie fields, so it is read as a cookie destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the file name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB an AAM REST export can reasonably be. Choose the JSON file the REST API returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file is page %1 of a paged list: it holds %2 of %3 destinations. Export the other pages to import them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 is not a JSON object; it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no destination or mapping objects. Choose a file returned by GET /v1/destinations/ or a destination object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk&apos;s fields to export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DcsRegion</name>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asia (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America (São Paulo, Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Dublin, Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (Virginia, USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Pacific / Oceania (Sydney, Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Oregon, USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia (Tokyo, Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auto-fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration code value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of our domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of our domains except the selected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used for on-site ad targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used for off-site ad targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used for on-site ad personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fill mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serialize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-value separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-value delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum cookie size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie expiration (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May enable a combination with personally identifiable information (PII)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationFiring</name>
    <message>
        <source>No declared ID for data source %1: %%2% is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known macro and is sent as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lowest-priority value(s) left out to keep the cookie within its maximum size.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirePreview</name>
    <message>
        <source>Not serialized, each mapping fires its own URL. Switch on Serialize to send every segment in one call built from the base and secure URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a serial delimiter to see the serialized form of this cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server destinations deliver the mapping values in batch files from Audience Manager&apos;s servers, not from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiPrompts</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has %1 destinations; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has %1 URL destinations; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has %1 cookie destinations; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has %1 server-to-server destinations; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination ID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid special characters such as &lt; &gt; &quot; { } | in names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialized URL destination needs a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialized URL destination needs a secure URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialized URL destination needs a delimiter, usually a comma or a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must contain %ALIAS%, where the mapped segment values go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure URL should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie destination needs a cookie name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie name may only hold letters, digits and ! # $ % &amp; &apos; * + - . ^ _ ` | ~ (no spaces, commas, semicolons or equal signs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-key cookie needs its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serialized cookie needs a serial delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie domain must be blank (all domains) or one domain starting with a dot, such as .example.com, without wildcard or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum cookie size must be a positive number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie expiration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to selected domains needs at least one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment ID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration code has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs the domain alias that goes in the Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias must be a host name label: letters, digits, - and _, without dots, spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom base URL must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping belongs to destination %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 is not in the segment catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet: nothing is sent before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping needs the URL to fire for this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-key cookie mapping needs a value for its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be 1 or more (blank for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 is mapped %2 times to this destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dates overlap another mapping of segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID %1 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has %1 segments; Audience Manager allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination ID %1 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping ID %1 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose the .json file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a workspace may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4 The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a workspace DCS Desk can read, so it was not overwritten. Save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DCS Desk (format %2) and was not overwritten. Save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Your changes are still open; save them somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSerializer</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number within range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds JSON, but not a DCS Desk workspace object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a DCS Desk workspace (the &quot;format&quot; key is missing or different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported workspace version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::DestinationEditor</name>
    <message>
        <source>Select a destination in the list, or create one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels block an export only when a data source has a matching data export control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fill destination mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serialize:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; no abbreviations or special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all qualified segments in one call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put all values of a key in one pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. , or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. , or #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank = all domains, else e.g. .example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain IDs separated by commas, e.g. 312, 318</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serialized: each mapped segment fires its own URL, which is set in the segment&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP address; %ALIAS% is replaced by the mapped segment values. Macros such as %rnd%, %did% and %timestamp% are expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS address used on secure pages; it needs %ALIAS% too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL destination · ID %1 · last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie destination · ID %1 · last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server destination · ID %1 · last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-server destinations are set up by Adobe or through an integrated platform. Audience Manager cannot create them and lets you edit only their segment mappings; their name cannot be changed there. Here they mirror the destinations of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is mapped to this destination yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dcsdesk::DestinationListModel</name>
    <message numerus="yes">
        <source>%n expired mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid setting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active mappings / all mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dcsdesk::DestinationsView</name>
    <message>
        <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only destinations of one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;URL Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New URL destination (%1); the arrow offers the other types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Cookie Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Server-to-Server Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected destinations with their mappings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected destinations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations from AAM REST JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations as AAM REST JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Fire &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New server-to-server destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New URL destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cookie destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server-to-server destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server-to-server destination(s) not duplicated: Audience Manager cannot create them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the destination &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n destination(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has %2. Audience Manager deletes a destination only after its mappings are removed.

Delete the destination and its mappings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 selected destinations still have mappings (%3 in all). Audience Manager deletes a destination only after its mappings are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete with Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Only Unmapped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n destination(s) without mappings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Destinations from AAM REST JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Destinations as AAM REST JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 with %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner pixel (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::FindingsDialog</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3. Double-click a row to go to the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1: segment %2 → destination %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::FirePreviewPanel</name>
    <message>
        <source>Fire preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try in Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request console with a sandbox call for a user who qualifies for the sample segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request console is not part of this build, so the call cannot be tried from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment IDs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments the sample user qualifies for. By default the segments mapped to this destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the segments mapped to this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample macro values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID (%did%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience Cloud ID (%mcid%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (%region%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page protocol (%http_proto%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp (%timestamp%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random number (%rnd%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared IDs (%dpid_…%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR applies (${GDPR}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent string (${GDPR_CONSENT_…}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data source:ID, e.g. 1:CustomerABC, 2:98765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (does not apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a segment ID: %1. Enter numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a destination to see what it fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample user&apos;s segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Enter segment IDs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped yet: auto-fill value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping expired: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping not started: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped: needs a mapping to send anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fires for these segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel for segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL (http and https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Base URL (http):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure URL (https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is written for these segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie (name=value):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain: all of the site&apos;s domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expires with the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent for these segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment values in the next batch file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent server to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires now (serialized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires now (not serialized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not serialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If serialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCS Desk workspaces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, segment mappings and DCS calls for Audience Manager style data activation, with a local DCS sandbox that works offline.&lt;/p&gt;&lt;p&gt;Your workspaces are plain JSON files; nothing leaves this computer unless you send a call.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of the whole workspace. Click for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] (read-only) — DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved. The file on disk is unchanged and your edits are still open here; try Save As to keep them elsewhere.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The workspace you had open is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace. Use Save As to give it a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::MappingTableModel</name>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dcsdesk::RestExportDialog</name>
    <message>
        <source>Export to AAM REST JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes destinations as the Audience Manager REST API returns them (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All destinations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected destinations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include segment mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include DCS Desk&apos;s own fields (platform, auto-fill, export labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go in an &quot;x-dcsdesk&quot; object that the REST API does not know. Without it, server-to-server destinations are left out: the REST API has no type for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::RestImportDialog</name>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review AAM REST import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segments the mappings refer to but the catalogue lacks (from elementName and elementDescription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until you press Import. The import is one step on the undo stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check after import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file would change nothing in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::SegmentCatalogModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dcsdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::UnavailableView</name>
    <message>
        <source>The %1 view is not available in this build of DCS Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcsdesk::WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of DCS Desk (format %1). It is open read-only so nothing in it is lost; use Save As to keep a copy in this version&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no file yet. Use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mapping of segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Destinations, segment mappings and DCS calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, es, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG picture of every main view to the folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
