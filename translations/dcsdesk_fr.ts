<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</context>
<context>
    <name>dcsdesk</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
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
    <name>dcsdesk::Reader</name>
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
    <name>dcsdesk::Validator</name>
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
    <name>dcsdesk::WorkspaceFile</name>
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
    <name>dcsdesk::WorkspaceSerializer</name>
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
        <source>DCS Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
