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
        <name>dcsdesk::BulkEditDialog</name>
        <message>
            <source>Set the &amp;start date to</source>
            <translation>&amp;Startdatum setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;end date to</source>
            <translation>&amp;Enddatum setzen auf</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n Mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung bearbeiten</numerusform>
                <numerusform>%n Zuordnungen bearbeiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the &amp;value to</source>
            <translation>&amp;Wert setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;alias to</source>
            <translation>&amp;Alias setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;URL to</source>
            <translation>&amp;URL setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;key to</source>
            <translation>&amp;Schlüssel setzen auf</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name, {value} the current value, {second} the current second value.</source>
            <translation>Platzhalter: {sid} Segment-ID, {code} Integrationscode, {name} Segmentname, {value} der aktuelle Wert, {second} der aktuelle zweite Wert.</translation>
        </message>
        <message>
            <source>Set the v&amp;alue of the key to</source>
            <translation>W&amp;ert des Schlüssels setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>&amp;Priorität setzen auf</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Only the ticked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Nur die angehakten Felder ändern sich; die anderen behalten den Wert jeder Zuordnung. Das ist ein Schritt im Rückgängig-Verlauf.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n Mapping(s)</source>
            <translation>
                <numerusform>Auf %n Zuordnung &amp;anwenden</numerusform>
                <numerusform>Auf %n Zuordnungen &amp;anwenden</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1: “%2” becomes “%3”.</source>
            <translation>Segment %1: „%2“ wird zu „%3“.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Csv</name>
        <message>
            <source>comma (,)</source>
            <translation>Komma (,)</translation>
        </message>
        <message>
            <source>semicolon (;)</source>
            <translation>Semikolon (;)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as "CSV UTF-8".</source>
            <translation>Die Datei gibt sich als UTF-8 aus, enthält aber Bytes, die kein UTF-8 sind. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as "CSV UTF-8".</source>
            <translation>Die Datei gibt sich als UTF-16 aus, ist aber kein gültiges UTF-16. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>Das ist keine Textdatei (sie enthält NUL-Bytes). Wählen Sie eine CSV-Datei.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen. Prüfen Sie, dass jedes " in dieser Zeile verdoppelt ("") oder geschlossen ist.</translation>
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
        <name>dcsdesk::ImportReport</name>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>%1, %2, %3, %4</source>
            <translation>%1, %2, %3, %4</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message>
            <source>Show only rows with &amp;errors</source>
            <translation>Nur Zeilen mit &amp;Fehlern zeigen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Import result per row</source>
            <translation>Importergebnis je Zeile</translation>
        </message>
        <message numerus="yes">
            <source>Skip the %n row(s) with errors and import the rest</source>
            <translation>
                <numerusform>Die %n Zeile mit Fehlern überspringen und den Rest importieren</numerusform>
                <numerusform>Die %n Zeilen mit Fehlern überspringen und den Rest importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Report…</source>
            <translation>Bericht &amp;speichern…</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>Die Datei kann nicht importiert werden: %1</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet. Correct the rows with errors in the file and import it again, or skip them.</source>
            <translation>%1. Noch hat sich nichts geändert. Korrigieren Sie die Zeilen mit Fehlern in der Datei und importieren Sie sie erneut, oder überspringen Sie sie.</translation>
        </message>
        <message>
            <source>%1. Nothing to import: the workspace already matches the file.</source>
            <translation>%1. Nichts zu importieren: Der Arbeitsbereich entspricht bereits der Datei.</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet; Import applies it as one step you can undo.</source>
            <translation>%1. Noch hat sich nichts geändert; „Importieren“ übernimmt alles in einem Schritt, den Sie rückgängig machen können.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n Change(s)</source>
            <translation>
                <numerusform>%n Änderung &amp;importieren</numerusform>
                <numerusform>%n Änderungen &amp;importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Save Import Report</source>
            <translation>Importbericht speichern</translation>
        </message>
        <message>
            <source>import-report.csv</source>
            <translation>importbericht.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The report could not be saved to %1: %2. Choose another folder.</source>
            <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportModel</name>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
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
        <name>dcsdesk::MappingCsv</name>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>value %1 → %2</source>
            <translation>Wert %1 → %2</translation>
        </message>
        <message>
            <source>second value %1 → %2</source>
            <translation>zweiter Wert %1 → %2</translation>
        </message>
        <message>
            <source>start %1 → %2</source>
            <translation>Start %1 → %2</translation>
        </message>
        <message>
            <source>end %1 → %2</source>
            <translation>Ende %1 → %2</translation>
        </message>
        <message>
            <source>priority %1 → %2</source>
            <translation>Priorität %1 → %2</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
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
            <source>The file is empty. Export mappings first to get a file with the right columns.</source>
            <translation>Die Datei ist leer. Exportieren Sie zuerst Zuordnungen, um eine Datei mit den richtigen Spalten zu erhalten.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Latin-1. If names or values look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>Die Datei ist nicht in UTF-8; sie wurde als Latin-1 gelesen. Wenn Namen oder Werte falsch aussehen, speichern Sie sie als „CSV UTF-8“ und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>Die erste Zeile muss die Spalten benennen, und diese fehlen: %1. Erwartet werden die Spalten: %2 (Trennzeichen Komma oder Semikolon).</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Diese Spalten werden nicht verwendet und wurden ignoriert: %1.</translation>
        </message>
        <message>
            <source>This row is separated by %1 but the file uses %2. Use one delimiter for the whole file.</source>
            <translation>Diese Zeile ist durch %1 getrennt, die Datei verwendet aber %2. Verwenden Sie ein Trennzeichen für die ganze Datei.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2. Check for a missing or extra %3.</source>
            <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2. Prüfen Sie auf ein fehlendes oder überzähliges %3.</translation>
        </message>
        <message>
            <source>The destination ID “%1” is not a number.</source>
            <translation>Die Ziel-ID „%1“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Destination %1 does not exist in this workspace. Create it first or correct the ID.</source>
            <translation>Das Ziel %1 gibt es in diesem Arbeitsbereich nicht. Legen Sie es zuerst an oder korrigieren Sie die ID.</translation>
        </message>
        <message>
            <source>There is no destination called “%1”. Give its ID in the Destination ID column.</source>
            <translation>Es gibt kein Ziel namens „%1“. Geben Sie seine ID in der Spalte Destination ID an.</translation>
        </message>
        <message>
            <source>Several destinations are called “%1”. Give the ID in the Destination ID column.</source>
            <translation>Mehrere Ziele heißen „%1“. Geben Sie die ID in der Spalte Destination ID an.</translation>
        </message>
        <message>
            <source>The destination ID is empty.</source>
            <translation>Die Ziel-ID ist leer.</translation>
        </message>
        <message>
            <source>This row is for destination %1 (%2), but you are importing into destination %3 (%4). Remove the row or import it from the other destination.</source>
            <translation>Diese Zeile gehört zu Ziel %1 (%2), Sie importieren aber in Ziel %3 (%4). Entfernen Sie die Zeile oder importieren Sie sie beim anderen Ziel.</translation>
        </message>
        <message>
            <source>The segment ID is empty.</source>
            <translation>Die Segment-ID ist leer.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>Die Segment-ID „%1“ ist keine positive Zahl.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalogue. Add or import it there first.</source>
            <translation>Segment %1 ist nicht im Segmentkatalog. Legen Sie es dort zuerst an oder importieren Sie es.</translation>
        </message>
        <message>
            <source>The start date is empty; use YYYY-MM-DD, for example %1.</source>
            <translation>Das Startdatum ist leer; verwenden Sie JJJJ-MM-TT, zum Beispiel %1.</translation>
        </message>
        <message>
            <source>The start date “%1” is not a date; use YYYY-MM-DD, for example %2.</source>
            <translation>Das Startdatum „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT, zum Beispiel %2.</translation>
        </message>
        <message>
            <source>The end date “%1” is not a date; use YYYY-MM-DD, or leave it empty for a mapping that never ends.</source>
            <translation>Das Enddatum „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT oder lassen Sie es leer für eine Zuordnung ohne Ende.</translation>
        </message>
        <message>
            <source>The priority “%1” is not a whole number from 1 up; leave it empty for none.</source>
            <translation>Die Priorität „%1“ ist keine ganze Zahl ab 1; lassen Sie sie leer für keine.</translation>
        </message>
        <message>
            <source>Only cookie destinations have a priority; leave it empty for %1.</source>
            <translation>Nur Cookie-Ziele haben eine Priorität; lassen Sie sie für %1 leer.</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Nur Cookie-Ziele mit mehreren Schlüsseln verwenden einen zweiten Wert; lassen Sie ihn für %1 leer.</translation>
        </message>
        <message>
            <source>Same as line %1: the row is duplicated. Delete one of them.</source>
            <translation>Wie Zeile %1: Die Zeile ist doppelt. Löschen Sie eine davon.</translation>
        </message>
        <message>
            <source>Line %1 already maps segment %2 to this destination from %3. Keep one of the two rows or give them different start dates.</source>
            <translation>Zeile %1 ordnet Segment %2 bereits ab %3 diesem Ziel zu. Behalten Sie eine der beiden Zeilen oder geben Sie ihnen verschiedene Startdaten.</translation>
        </message>
        <message>
            <source>New mapping.</source>
            <translation>Neue Zuordnung.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Cookie priority: 1 is sent first; None sends it last.</source>
            <translation>Cookie-Priorität: 1 wird zuerst gesendet; Keine sendet sie zuletzt.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>Segmente &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Map segments from the catalogue to this destination (Insert)</source>
            <translation>Segmente aus dem Katalog diesem Ziel zuordnen (Einfg)</translation>
        </message>
        <message>
            <source>&amp;Bulk Edit…</source>
            <translation>&amp;Sammelbearbeitung…</translation>
        </message>
        <message>
            <source>Set the value, dates or priority of the selected mappings at once (Ctrl+E)</source>
            <translation>Wert, Daten oder Priorität der ausgewählten Zuordnungen auf einmal setzen (Strg+E)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected mappings (Del)</source>
            <translation>Ausgewählte Zuordnungen löschen (Entf)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>Add or update mappings from a CSV file; you see the result of every row before anything changes</source>
            <translation>Zuordnungen aus einer CSV-Datei hinzufügen oder aktualisieren; Sie sehen das Ergebnis jeder Zeile, bevor sich etwas ändert</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save this destination's mappings as CSV for a spreadsheet</source>
            <translation>Die Zuordnungen dieses Ziels als CSV für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Filter by segment, ID or value (Ctrl+F)</source>
            <translation>Nach Segment, ID oder Wert filtern (Strg+F)</translation>
        </message>
        <message>
            <source>Select a destination to see and edit its segment mappings.</source>
            <translation>Wählen Sie ein Ziel, um seine Segmentzuordnungen zu sehen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Segmentzuordnungen</translation>
        </message>
        <message>
            <source>Show only active, expired, not yet started or flagged mappings</source>
            <translation>Nur aktive, abgelaufene, noch nicht begonnene oder markierte Zuordnungen zeigen</translation>
        </message>
        <message>
            <source>serialized URL</source>
            <translation>serialisierte URL</translation>
        </message>
        <message>
            <source>URL, one pixel per segment</source>
            <translation>URL, ein Pixel je Segment</translation>
        </message>
        <message>
            <source>Segment mappings of %1 (%2)</source>
            <translation>Segmentzuordnungen von %1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2 active · %3 expired · %4 not started · %5 flagged</source>
            <translation>%1 · %2 aktiv · %3 abgelaufen · %4 nicht begonnen · %5 markiert</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung</numerusform>
                <numerusform>%n Zuordnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n shown by the filter</source>
            <translation>
                <numerusform>%1 — %n vom Filter angezeigt</numerusform>
                <numerusform>%1 — %n vom Filter angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;a href="undo"&gt;Undo&lt;/a&gt;</source>
            <translation>%1 &lt;a href="undo"&gt;Rückgängig&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Nothing added: every chosen segment is already mapped.</source>
            <translation>Nichts hinzugefügt: Jedes gewählte Segment ist bereits zugeordnet.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment mapping(s)</source>
            <translation>
                <numerusform>%n Segmentzuordnung hinzufügen</numerusform>
                <numerusform>%n Segmentzuordnungen hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s).</source>
            <translation>
                <numerusform>%n Zuordnung hinzugefügt.</numerusform>
                <numerusform>%n Zuordnungen hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changed: the selected mappings already have these values.</source>
            <translation>Nichts geändert: Die ausgewählten Zuordnungen haben diese Werte bereits.</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung bearbeiten</numerusform>
                <numerusform>%n Zuordnungen bearbeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed %n mapping(s).</source>
            <translation>
                <numerusform>%n Zuordnung geändert.</numerusform>
                <numerusform>%n Zuordnungen geändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung löschen</numerusform>
                <numerusform>%n Zuordnungen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n mapping(s).</source>
            <translation>
                <numerusform>%n Zuordnung gelöscht.</numerusform>
                <numerusform>%n Zuordnungen gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder or file name.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, kommagetrennt (*.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated (*.csv)</source>
            <translation>CSV, semikolongetrennt (*.csv)</translation>
        </message>
        <message>
            <source>Export Mappings</source>
            <translation>Zuordnungen exportieren</translation>
        </message>
        <message>
            <source>%1 mappings.csv</source>
            <translation>%1 Zuordnungen.csv</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n mapping(s) to %1.</source>
            <translation>
                <numerusform>%n Zuordnung nach %1 exportiert.</numerusform>
                <numerusform>%n Zuordnungen nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Mappings</source>
            <translation>Zuordnungen importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a mapping file. Check that you chose the right file.</source>
            <translation>%1 ist größer als 256 MB, zu groß für eine Zuordnungsdatei. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Import %1 into %2</source>
            <translation>%1 in %2 importieren</translation>
        </message>
        <message numerus="yes">
            <source>Import %n mapping(s) from %1</source>
            <translation>
                <numerusform>%n Zuordnung aus %1 importieren</numerusform>
                <numerusform>%n Zuordnungen aus %1 importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1: %2.</source>
            <translation>%1 importiert: %2.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingFilterProxyModel</name>
        <message>
            <source>All mappings</source>
            <translation>Alle Zuordnungen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Noch nicht begonnen</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Ungültig</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>Beliebige Markierung</translation>
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
        <name>dcsdesk::OptionalDateEdit</name>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>No end date: the mapping stays active until you set one.</source>
            <translation>Kein Enddatum: Die Zuordnung bleibt aktiv, bis Sie eines setzen.</translation>
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
        <name>dcsdesk::ScheduleTimeline</name>
        <message>
            <source>Schedule of the mappings</source>
            <translation>Zeitplan der Zuordnungen</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Noch nicht begonnen</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>No mappings to show.</source>
            <translation>Keine Zuordnungen anzuzeigen.</translation>
        </message>
        <message numerus="yes">
            <source>Expired %n day(s) ago</source>
            <translation>
                <numerusform>Vor %n Tag abgelaufen</numerusform>
                <numerusform>Vor %n Tagen abgelaufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, ends in %n day(s)</source>
            <translation>
                <numerusform>Aktiv, endet in %n Tag</numerusform>
                <numerusform>Aktiv, endet in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Active, never ends</source>
            <translation>Aktiv, endet nie</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Beginnt in %n Tag</numerusform>
                <numerusform>Beginnt in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentBrowserDialog</name>
        <message>
            <source>&amp;Hide segments already mapped</source>
            <translation>Bereits zugeordnete Segmente &amp;ausblenden</translation>
        </message>
        <message>
            <source>Active segments &amp;only</source>
            <translation>&amp;Nur aktive Segmente</translation>
        </message>
        <message>
            <source>Add Segments to %1</source>
            <translation>Segmente zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Add Segments</source>
            <translation>Segmente hinzufügen</translation>
        </message>
        <message>
            <source>Search by name, ID, integration code or rule</source>
            <translation>Nach Name, ID, Integrationscode oder Regel suchen</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>Check &amp;All Shown</source>
            <translation>&amp;Alle angezeigten anhaken</translation>
        </message>
        <message>
            <source>&amp;Uncheck All</source>
            <translation>Alle a&amp;bhaken</translation>
        </message>
        <message>
            <source>New mappings</source>
            <translation>Neue Zuordnungen</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name.</source>
            <translation>Platzhalter: {sid} Segment-ID, {code} Integrationscode, {name} Segmentname.</translation>
        </message>
        <message>
            <source>for example {sid} or {code}</source>
            <translation>zum Beispiel {sid} oder {code}</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;Alias:</source>
            <translation>&amp;Alias:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Value of the &amp;key:</source>
            <translation>Wert des &amp;Schlüssels:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Startdatum:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>&amp;Enddatum:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorität:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) checked</source>
            <translation>
                <numerusform>%n Segment angehakt</numerusform>
                <numerusform>%n Segmente angehakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n Segment(s)</source>
            <translation>
                <numerusform>%n Segment &amp;hinzufügen</numerusform>
                <numerusform>%n Segmente &amp;hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>The value stays empty; the new mappings are flagged until you fill it in.</source>
            <translation>Der Wert bleibt leer; die neuen Zuordnungen sind markiert, bis Sie ihn ausfüllen.</translation>
        </message>
        <message>
            <source>For %1 (%2): %3</source>
            <translation>Für %1 (%2): %3</translation>
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
        <name>dcsdesk::SegmentFilterProxyModel</name>
        <message>
            <source>All segments</source>
            <translation>Alle Segmente</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Not mapped</source>
            <translation>Nicht zugeordnet</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Mit Problemen</translation>
        </message>
        <message>
            <source>Already mapped to this destination</source>
            <translation>Diesem Ziel bereits zugeordnet</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentImport</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Segment %1 is already on line %2 of this file. Keep one of the two rows.</source>
            <translation>Segment %1 steht bereits in Zeile %2 dieser Datei. Behalten Sie eine der beiden Zeilen.</translation>
        </message>
        <message>
            <source>The name is empty. Every segment needs a name.</source>
            <translation>Der Name ist leer. Jedes Segment braucht einen Namen.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Der Integrationscode hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
        </message>
        <message>
            <source>New segment; it gets ID %1.</source>
            <translation>Neues Segment; es erhält die ID %1.</translation>
        </message>
        <message>
            <source>New segment.</source>
            <translation>Neues Segment.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>Integrationscode</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Changes: %1.</source>
            <translation>Änderungen: %1.</translation>
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
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Latin-1. If names look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>Die Datei ist nicht in UTF-8; sie wurde als Latin-1 gelesen. Wenn Namen falsch aussehen, speichern Sie sie als „CSV UTF-8“ und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>Die erste Zeile muss die Spalten benennen; mindestens Segment ID oder Name ist nötig. Die Spalten sind: %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Diese Spalten werden nicht verwendet und wurden ignoriert: %1.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2. Check the delimiter (the file uses %3).</source>
            <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2. Prüfen Sie das Trennzeichen (die Datei verwendet %3).</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>Die Segment-ID „%1“ ist keine positive Zahl.</translation>
        </message>
        <message>
            <source>The status “%1” is neither active nor inactive.</source>
            <translation>Der Status „%1“ ist weder active noch inactive.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>Das ist kein gültiges JSON (Zeile %1, Spalte %2: %3). Exportieren Sie die Segmente erneut aus Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>Das JSON enthält keine Segmente: erwartet wird ein Array von Segmentobjekten (mit sid, name, integrationCode, status, segmentRule) oder ein Objekt mit einem Array "list".</translation>
        </message>
        <message>
            <source>Item %1 is not a segment object.</source>
            <translation>Element %1 ist kein Segmentobjekt.</translation>
        </message>
        <message>
            <source>The sid is not a positive whole number.</source>
            <translation>Die sid ist keine positive ganze Zahl.</translation>
        </message>
        <message>
            <source>The field %1 should be text.</source>
            <translation>Das Feld %1 sollte Text sein.</translation>
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
