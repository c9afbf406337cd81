<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppPaths</name>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The sample workspace could not be copied to %1.</source>
            <translation>Der Beispiel-Arbeitsbereich konnte nicht nach %1 kopiert werden.</translation>
        </message>
    </context>
    <context>
        <name>DcsRegion</name>
        <message>
            <source>Local sandbox</source>
            <translation>Lokale Sandbox</translation>
        </message>
        <message>
            <source>Southeast Asia (Singapore)</source>
            <translation>Südostasien (Singapur)</translation>
        </message>
        <message>
            <source>South America (São Paulo, Brazil)</source>
            <translation>Südamerika (São Paulo, Brasilien)</translation>
        </message>
        <message>
            <source>Europe (Dublin, Ireland)</source>
            <translation>Europa (Dublin, Irland)</translation>
        </message>
        <message>
            <source>US East (Virginia, USA)</source>
            <translation>USA Ost (Virginia, USA)</translation>
        </message>
        <message>
            <source>South Pacific / Oceania (Sydney, Australia)</source>
            <translation>Südpazifik / Ozeanien (Sydney, Australien)</translation>
        </message>
        <message>
            <source>US West (Oregon, USA)</source>
            <translation>USA West (Oregon, USA)</translation>
        </message>
        <message>
            <source>Asia (Tokyo, Japan)</source>
            <translation>Asien (Tokio, Japan)</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Indien</translation>
        </message>
        <message>
            <source>Unknown region %1</source>
            <translation>Unbekannte Region %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Destination</name>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Server-to-server</source>
            <translation>Server-zu-Server</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Browser</translation>
        </message>
        <message>
            <source>Android</source>
            <translation>Android</translation>
        </message>
        <message>
            <source>iOS</source>
            <translation>iOS</translation>
        </message>
        <message>
            <source>No auto-fill</source>
            <translation>Kein automatisches Ausfüllen</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>Segment-ID</translation>
        </message>
        <message>
            <source>Integration code value</source>
            <translation>Wert des Integrationscodes</translation>
        </message>
        <message>
            <source>Single key</source>
            <translation>Einzelner Schlüssel</translation>
        </message>
        <message>
            <source>Multi key</source>
            <translation>Mehrere Schlüssel</translation>
        </message>
        <message>
            <source>All of our domains</source>
            <translation>Alle unsere Domains</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Nur die ausgewählten Domains</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Alle unsere Domains außer den ausgewählten</translation>
        </message>
        <message>
            <source>May enable a combination with personally identifiable information (PII)</source>
            <translation>Kann eine Kombination mit personenbezogenen Daten (PII) ermöglichen</translation>
        </message>
        <message>
            <source>May be used for on-site ad targeting</source>
            <translation>Kann für Anzeigen-Targeting auf der Website verwendet werden</translation>
        </message>
        <message>
            <source>May be used for off-site ad targeting</source>
            <translation>Kann für Anzeigen-Targeting außerhalb der Website verwendet werden</translation>
        </message>
        <message>
            <source>May be used for on-site ad personalization</source>
            <translation>Kann für die Anzeigenpersonalisierung auf der Website verwendet werden</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Auto-fill mapping</source>
            <translation>Zuordnung automatisch ausfüllen</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Datenexportbezeichnungen</translation>
        </message>
        <message>
            <source>Serialize</source>
            <translation>Serialisieren</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>Sichere URL</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Trennzeichen</translation>
        </message>
        <message>
            <source>Cookie name</source>
            <translation>Cookie-Name</translation>
        </message>
        <message>
            <source>Cookie domain</source>
            <translation>Cookie-Domain</translation>
        </message>
        <message>
            <source>Data format</source>
            <translation>Datenformat</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Key-value separator</source>
            <translation>Schlüssel-Wert-Trennzeichen</translation>
        </message>
        <message>
            <source>Key-value delimiter</source>
            <translation>Trennzeichen zwischen Schlüssel-Wert-Paaren</translation>
        </message>
        <message>
            <source>Serial delimiter</source>
            <translation>Serien-Trennzeichen</translation>
        </message>
        <message>
            <source>Maximum cookie size</source>
            <translation>Maximale Cookie-Größe</translation>
        </message>
        <message>
            <source>Cookie expiration (days)</source>
            <translation>Cookie-Ablauf (Tage)</translation>
        </message>
        <message>
            <source>Publish data to</source>
            <translation>Daten veröffentlichen für</translation>
        </message>
        <message>
            <source>Selected domains</source>
            <translation>Ausgewählte Domains</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message>
            <source>No declared ID for data source %1: %%2% is empty.</source>
            <translation>Keine deklarierte ID für Datenquelle %1: %%2% bleibt leer.</translation>
        </message>
        <message>
            <source>%1 is not a known macro and is sent as is.</source>
            <translation>%1 ist kein bekanntes Makro und wird unverändert gesendet.</translation>
        </message>
        <message>
            <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
            <translation>Die URL hat %1 Zeichen, mehr als die %2, die eine GET-Anfrage tragen darf; Partner können sie abschneiden.</translation>
        </message>
        <message>
            <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
            <translation>%1 enthält kein %ALIAS%: Die Segmentwerte haben keinen Platz.</translation>
        </message>
        <message numerus="yes">
            <source>%n lowest-priority value(s) left out to keep the cookie within its maximum size.</source>
            <translation>
                <numerusform>%n Wert mit der niedrigsten Priorität weggelassen, damit das Cookie seine maximale Größe einhält.</numerusform>
                <numerusform>%n Werte mit der niedrigsten Priorität weggelassen, damit das Cookie seine maximale Größe einhält.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationListModel</name>
        <message numerus="yes">
            <source>%n expired mapping(s)</source>
            <translation>
                <numerusform>%n abgelaufene Zuordnung</numerusform>
                <numerusform>%n abgelaufene Zuordnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n invalid setting(s)</source>
            <translation>
                <numerusform>%n ungültige Einstellung</numerusform>
                <numerusform>%n ungültige Einstellungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n abgelaufen</numerusform>
                <numerusform>%n abgelaufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Active mappings / all mappings</source>
            <translation>Aktive Zuordnungen / alle Zuordnungen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Mapped segments</source>
            <translation>Zugeordnete Segmente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Neues Ziel %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n destination(s)</source>
            <translation>
                <numerusform>%n Ziel hinzufügen</numerusform>
                <numerusform>%n Ziele hinzufügen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MainWindow</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>%1[*] — DCS Desk</source>
            <translation>%1[*] — DCS Desk</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingTableModel</name>
        <message>
            <source>Mapping</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>(unknown segment)</source>
            <translation>(unbekanntes Segment)</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>future</source>
            <translation>zukünftig</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>doppelt</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>Überschneidung</translation>
        </message>
        <message>
            <source>unknown segment</source>
            <translation>unbekanntes Segment</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>ungültig</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>Segment-ID</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Hinweise</translation>
        </message>
        <message numerus="yes">
            <source>Add %n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung hinzufügen</numerusform>
                <numerusform>%n Zuordnungen hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung löschen</numerusform>
                <numerusform>%n Zuordnungen löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogModel</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>Segment-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Integrationscode</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>New segment %1</source>
            <translation>Neues Segment %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment(s)</source>
            <translation>
                <numerusform>%n Segment hinzufügen</numerusform>
                <numerusform>%n Segmente hinzufügen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Validator</name>
        <message>
            <source>The destination ID must be a positive number.</source>
            <translation>Die Ziel-ID muss eine positive Zahl sein.</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>Ein Name ist erforderlich.</translation>
        </message>
        <message>
            <source>Avoid special characters such as &lt; &gt; " { } | in names.</source>
            <translation>Vermeiden Sie Sonderzeichen wie &lt; &gt; " { } | in Namen.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a base URL.</source>
            <translation>Ein serialisiertes URL-Ziel braucht eine Basis-URL.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a secure URL.</source>
            <translation>Ein serialisiertes URL-Ziel braucht eine sichere URL.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a delimiter, usually a comma or a semicolon.</source>
            <translation>Ein serialisiertes URL-Ziel braucht ein Trennzeichen, meist ein Komma oder ein Semikolon.</translation>
        </message>
        <message>
            <source>The URL must contain %ALIAS%, where the mapped segment values go.</source>
            <translation>Die URL muss %ALIAS% enthalten; dort stehen die Werte der zugeordneten Segmente.</translation>
        </message>
        <message>
            <source>This is not a valid http or https URL.</source>
            <translation>Dies ist keine gültige http- oder https-URL.</translation>
        </message>
        <message>
            <source>The secure URL should start with https://.</source>
            <translation>Die sichere URL sollte mit https:// beginnen.</translation>
        </message>
        <message>
            <source>A cookie destination needs a cookie name.</source>
            <translation>Ein Cookie-Ziel braucht einen Cookie-Namen.</translation>
        </message>
        <message>
            <source>A cookie name may only hold letters, digits and ! # $ % &amp; ' * + - . ^ _ ` | ~ (no spaces, commas, semicolons or equal signs).</source>
            <translation>Ein Cookie-Name darf nur Buchstaben, Ziffern und ! # $ % &amp; ' * + - . ^ _ ` | ~ enthalten (keine Leerzeichen, Kommas, Semikolons oder Gleichheitszeichen).</translation>
        </message>
        <message>
            <source>A single-key cookie needs its key.</source>
            <translation>Ein Cookie mit einzelnem Schlüssel braucht seinen Schlüssel.</translation>
        </message>
        <message>
            <source>A serialized cookie needs a serial delimiter.</source>
            <translation>Ein serialisiertes Cookie braucht ein Serien-Trennzeichen.</translation>
        </message>
        <message>
            <source>The cookie domain must be blank (all domains) or one domain starting with a dot, such as .example.com, without wildcard or https://.</source>
            <translation>Die Cookie-Domain muss leer sein (alle Domains) oder genau eine Domain mit führendem Punkt, etwa .example.com, ohne Platzhalter oder https://.</translation>
        </message>
        <message>
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Cookie-Ziele funktionieren nur in Browsern; setzen Sie die Plattform auf Browser.</translation>
        </message>
        <message>
            <source>The maximum cookie size must be a positive number of bytes.</source>
            <translation>Die maximale Cookie-Größe muss eine positive Anzahl Bytes sein.</translation>
        </message>
        <message>
            <source>The cookie expiration cannot be negative.</source>
            <translation>Der Cookie-Ablauf darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>Publishing to selected domains needs at least one domain.</source>
            <translation>Die Veröffentlichung für ausgewählte Domains erfordert mindestens eine Domain.</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>Die Segment-ID muss eine positive Zahl sein.</translation>
        </message>
        <message>
            <source>The segment has no name.</source>
            <translation>Das Segment hat keinen Namen.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Der Integrationscode hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Ein Profil braucht einen Namen.</translation>
        </message>
        <message>
            <source>A profile needs the domain alias that goes in the Host header.</source>
            <translation>Ein Profil braucht den Domain-Alias für den Host-Header.</translation>
        </message>
        <message>
            <source>The alias must be a host name label: letters, digits, - and _, without dots, spaces or control characters.</source>
            <translation>Der Alias muss ein Hostnamen-Label sein: Buchstaben, Ziffern, - und _, ohne Punkte, Leerzeichen oder Steuerzeichen.</translation>
        </message>
        <message>
            <source>The custom base URL must be an http or https URL.</source>
            <translation>Die eigene Basis-URL muss eine http- oder https-URL sein.</translation>
        </message>
        <message>
            <source>The mapping belongs to destination %1, which does not exist.</source>
            <translation>Die Zuordnung gehört zu Ziel %1, das nicht existiert.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalogue.</source>
            <translation>Segment %1 ist nicht im Segmentkatalog.</translation>
        </message>
        <message>
            <source>A start date is required.</source>
            <translation>Ein Startdatum ist erforderlich.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
            <translation>Abgelaufen: Das Enddatum ist vorbei, daher wird für dieses Segment nichts gesendet.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Noch nicht begonnen: Vor dem Startdatum wird nichts gesendet.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>Die Zuordnung braucht die URL, die für dieses Segment ausgelöst wird.</translation>
        </message>
        <message>
            <source>The mapping needs a key.</source>
            <translation>Die Zuordnung braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>The mapping value is empty.</source>
            <translation>Der Zuordnungswert ist leer.</translation>
        </message>
        <message>
            <source>The value has %1 characters; at most %2 are allowed.</source>
            <translation>Der Wert hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>A multi-key cookie mapping needs a value for its key.</source>
            <translation>Eine Zuordnung für ein Cookie mit mehreren Schlüsseln braucht einen Wert für ihren Schlüssel.</translation>
        </message>
        <message>
            <source>The priority must be 1 or more (blank for none).</source>
            <translation>Die Priorität muss 1 oder höher sein (leer für keine).</translation>
        </message>
        <message>
            <source>Segment %1 is mapped %2 times to this destination.</source>
            <translation>Segment %1 ist diesem Ziel %2-mal zugeordnet.</translation>
        </message>
        <message>
            <source>Its dates overlap another mapping of segment %1.</source>
            <translation>Die Daten überschneiden sich mit einer anderen Zuordnung von Segment %1.</translation>
        </message>
        <message>
            <source>Segment ID %1 is used more than once.</source>
            <translation>Die Segment-ID %1 wird mehrfach verwendet.</translation>
        </message>
        <message>
            <source>The account has %1 segments; Audience Manager allows at most %2.</source>
            <translation>Das Konto hat %1 Segmente; Audience Manager erlaubt höchstens %2.</translation>
        </message>
        <message>
            <source>Destination ID %1 is used more than once.</source>
            <translation>Die Ziel-ID %1 wird mehrfach verwendet.</translation>
        </message>
        <message>
            <source>Mapping ID %1 is used more than once.</source>
            <translation>Die Zuordnungs-ID %1 wird mehrfach verwendet.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>The account has %1 destinations; at most %2 are allowed.</source>
            <translation>Das Konto hat %1 Ziele; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>The account has %1 URL destinations; at most %2 are allowed.</source>
            <translation>Das Konto hat %1 URL-Ziele; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>The account has %1 cookie destinations; at most %2 are allowed.</source>
            <translation>Das Konto hat %1 Cookie-Ziele; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>The account has %1 server-to-server destinations; at most %2 are allowed.</source>
            <translation>Das Konto hat %1 Server-zu-Server-Ziele; erlaubt sind höchstens %2.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of DCS Desk (format %1). It is open read-only so nothing in it is lost; use Save As to keep a copy in this version's format.</source>
            <translation>Dieser Arbeitsbereich wurde von einer neueren DCS-Desk-Version geschrieben (Format %1). Er ist schreibgeschützt geöffnet, damit nichts verloren geht; mit „Speichern unter“ behalten Sie eine Kopie im Format dieser Version.</translation>
        </message>
        <message>
            <source>The workspace has no file yet. Use Save As.</source>
            <translation>Der Arbeitsbereich hat noch keine Datei. Verwenden Sie „Speichern unter“.</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Profil bearbeiten</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Segment %1 bearbeiten</translation>
        </message>
        <message>
            <source>Edit %1 of %2</source>
            <translation>%1 von %2 bearbeiten</translation>
        </message>
        <message>
            <source>Edit mapping of segment %1</source>
            <translation>Zuordnung von Segment %1 bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)</source>
            <translation>
                <numerusform>%n Ziel löschen</numerusform>
                <numerusform>%n Ziele löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n segment(s)</source>
            <translation>
                <numerusform>%n Segment löschen</numerusform>
                <numerusform>%n Segmente löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceFile</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a workspace file. Choose the .json file inside it.</source>
            <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei. Wählen Sie die .json-Datei darin.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, more than the %3 MB a workspace may have.</source>
            <translation>%1 ist %2 MB groß, mehr als die %3 MB, die ein Arbeitsbereich haben darf.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2.</source>
            <translation>%1 konnte nicht geöffnet werden: %2.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>%1, line %2, column %3: %4 The file was not changed.</source>
            <translation>%1, Zeile %2, Spalte %3: %4 Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1: %2 The file was not changed.</source>
            <translation>%1: %2 Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file name.</source>
            <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>%1 exists and is not a workspace DCS Desk can read, so it was not overwritten. Save under another name.</source>
            <translation>%1 existiert und ist kein Arbeitsbereich, den DCS Desk lesen kann; daher wurde die Datei nicht überschrieben. Speichern Sie unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of DCS Desk (format %2) and was not overwritten. Save under another name.</source>
            <translation>%1 wurde von einer neueren DCS-Desk-Version geschrieben (Format %2) und nicht überschrieben. Speichern Sie unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. Your changes are still open; save them somewhere else.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Ihre Änderungen sind noch geöffnet; speichern Sie sie an einem anderen Ort.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Die Datei auf der Festplatte wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf der Festplatte wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceSerializer</name>
        <message>
            <source>The data could not be written.</source>
            <translation>Die Daten konnten nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>Not valid JSON: %1.</source>
            <translation>Kein gültiges JSON: %1.</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a DCS Desk workspace object.</source>
            <translation>Die Datei enthält JSON, aber kein DCS-Desk-Arbeitsbereichsobjekt.</translation>
        </message>
        <message>
            <source>The key "%1" appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>Der Schlüssel „%1“ kommt im selben Objekt zweimal vor; einer der beiden Werte ginge verloren. Entfernen Sie einen davon und öffnen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the "format" key is missing or different).</source>
            <translation>Dies ist kein DCS-Desk-Arbeitsbereich (der Schlüssel „format“ fehlt oder ist anders).</translation>
        </message>
        <message>
            <source>Unsupported workspace version %1.</source>
            <translation>Nicht unterstützte Arbeitsbereichsversion %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>Text erwartet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>ganze Zahl erwartet</translation>
        </message>
        <message>
            <source>expected a whole number within range</source>
            <translation>ganze Zahl im gültigen Bereich erwartet</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true oder false erwartet</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD</source>
            <translation>Datum im Format JJJJ-MM-TT erwartet</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>Liste erwartet</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>Objekt erwartet</translation>
        </message>
        <message>
            <source>unknown value "%1"</source>
            <translation>unbekannter Wert „%1“</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>Datum und Uhrzeit (ISO 8601) erwartet</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Destinations, segment mappings and DCS calls.</source>
            <translation>Ziele, Segmentzuordnungen und DCS-Aufrufe.</translation>
        </message>
        <message>
            <source>User interface language (en, es, de, fr).</source>
            <translation>Sprache der Oberfläche (en, es, de, fr).</translation>
        </message>
        <message>
            <source>Workspace file to open.</source>
            <translation>Zu öffnende Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>DCS Desk</source>
            <translation>DCS Desk</translation>
        </message>
    </context>
</TS>
