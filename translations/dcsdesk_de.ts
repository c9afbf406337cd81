<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AamRest</name>
        <message>
            <source>segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>mapping value</source>
            <translation>Zuordnungswert</translation>
        </message>
        <message>
            <source>cookie value</source>
            <translation>Cookie-Wert</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Zuordnung %1</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>Segment %1 (%2)</source>
            <translation>Segment %1 (%2)</translation>
        </message>
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
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Import %1, %2 and %3 (AAM REST)</source>
            <translation>%1, %2 und %3 importieren (AAM REST)</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung</numerusform>
                <numerusform>%n Zuordnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Segment</numerusform>
                <numerusform>%n Segmente</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1 and %2 (AAM REST)</source>
            <translation>%1 und %2 importieren (AAM REST)</translation>
        </message>
        <message>
            <source>Its destination is skipped.</source>
            <translation>Sein Ziel wird übersprungen.</translation>
        </message>
        <message>
            <source>Destination %1 is neither in the workspace nor in the file.</source>
            <translation>Ziel %1 ist weder im Arbeitsbereich noch in der Datei.</translation>
        </message>
        <message>
            <source>The mapping does not say which destination it belongs to (destinationId).</source>
            <translation>Die Zuordnung gibt nicht an, zu welchem Ziel sie gehört (destinationId).</translation>
        </message>
        <message>
            <source>Mapping ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>Die Zuordnungs-ID %1 kommt mehrmals in der Datei vor; nur die erste wird importiert.</translation>
        </message>
        <message>
            <source>Mapping ID %1 belongs to destination %2 in the workspace, not to destination %3.</source>
            <translation>Die Zuordnungs-ID %1 gehört im Arbeitsbereich zu Ziel %2, nicht zu Ziel %3.</translation>
        </message>
        <message>
            <source>Matched by segment and start date (the file has no mapping ID).</source>
            <translation>Über Segment und Startdatum zugeordnet (die Datei enthält keine Zuordnungs-ID).</translation>
        </message>
        <message>
            <source>Same as in the workspace.</source>
            <translation>Wie im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Änderungen: %1</translation>
        </message>
        <message>
            <source>A new mapping needs a start date (YYYY-MM-DD).</source>
            <translation>Eine neue Zuordnung braucht ein Startdatum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Ziel %1</translation>
        </message>
        <message>
            <source>Destination %1 in the file</source>
            <translation>Ziel %1 in der Datei</translation>
        </message>
        <message>
            <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>Die Ziel-ID %1 kommt mehrmals in der Datei vor; nur das erste Ziel wird importiert.</translation>
        </message>
        <message>
            <source>Matched by name (the file has no destinationId).</source>
            <translation>Über den Namen zugeordnet (die Datei enthält keine destinationId).</translation>
        </message>
        <message>
            <source>Destination %1 has the type %2 in the workspace but %3 in the file. Change the ID in the file to import it as a new destination.</source>
            <translation>Ziel %1 hat im Arbeitsbereich den Typ %2, in der Datei aber %3. Ändern Sie die ID in der Datei, um es als neues Ziel zu importieren.</translation>
        </message>
        <message>
            <source>Changes: Audience Manager's own fields</source>
            <translation>Änderungen: Felder von Audience Manager</translation>
        </message>
        <message>
            <source>A new destination needs a name.</source>
            <translation>Ein neues Ziel braucht einen Namen.</translation>
        </message>
        <message>
            <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
            <translation>Die Datei gibt nicht an, ob es ein URL-Ziel (PUSH) oder ein Cookie-Ziel (ADS) ist.</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created in Audience Manager; this one mirrors an existing one.</source>
            <translation>Server-zu-Server-Ziele lassen sich in Audience Manager nicht anlegen; dieses bildet ein vorhandenes ab.</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); created from the file's elementName and elementDescription.</source>
            <translation>
                <numerusform>Von %n importierten Zuordnung verwendet; aus elementName und elementDescription der Datei angelegt.</numerusform>
                <numerusform>Von %n importierten Zuordnungen verwendet; aus elementName und elementDescription der Datei angelegt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
            <translation>
                <numerusform>Von %n importierten Zuordnung verwendet; die Datei nennt keinen Namen, daher wird es nach seiner ID benannt.</numerusform>
                <numerusform>Von %n importierten Zuordnungen verwendet; die Datei nennt keinen Namen, daher wird es nach seiner ID benannt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalogue. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>Nicht im Segmentkatalog. %n importierte Zuordnung verwendet es und bleibt markiert, bis Sie es hinzufügen.</numerusform>
                <numerusform>Nicht im Segmentkatalog. %n importierte Zuordnungen verwenden es und bleiben markiert, bis Sie es hinzufügen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping %1: "%2" has an unexpected value (%3).</source>
            <translation>Zuordnung %1: „%2“ hat einen unerwarteten Wert (%3).</translation>
        </message>
        <message>
            <source>Mapping %1 has no segment ID (sid).</source>
            <translation>Zuordnung %1 hat keine Segment-ID (sid).</translation>
        </message>
        <message>
            <source>Mapping %1 has traitType "%2"; only SEGMENT mappings can be imported.</source>
            <translation>Zuordnung %1 hat den traitType „%2“; nur SEGMENT-Zuordnungen können importiert werden.</translation>
        </message>
        <message>
            <source>%1: "%2" has an unexpected value (%3).</source>
            <translation>%1: „%2“ hat einen unerwarteten Wert (%3).</translation>
        </message>
        <message>
            <source>%1: destinationType "%2" is neither PUSH (URL) nor ADS (cookie).</source>
            <translation>%1: destinationType „%2“ ist weder PUSH (URL) noch ADS (Cookie).</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has cookie fields, so it is read as a cookie destination.</source>
            <translation>%1 hat keinen destinationType; es hat Cookie-Felder und wird daher als Cookie-Ziel gelesen.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 hat keinen destinationType; es hat URL-Felder und wird daher als URL-Ziel gelesen.</translation>
        </message>
        <message>
            <source>Mapping %1 is not a JSON object.</source>
            <translation>Zuordnung %1 ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 existiert nicht. Prüfen Sie Dateinamen und Ordner.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, larger than the %3 MB an AAM REST export can reasonably be. Choose the JSON file the REST API returned.</source>
            <translation>%1 ist %2 MB groß, mehr als die %3 MB, die ein AAM-REST-Export sinnvollerweise haben kann. Wählen Sie die JSON-Datei, die die REST-API geliefert hat.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Check that you may read it.</source>
            <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
            <translation>Das ist kein gültiges JSON (Zeile %1, Spalte %2: %3). Korrigieren Sie die Datei oder exportieren Sie sie erneut über die REST-API.</translation>
        </message>
        <message numerus="yes">
            <source>The key "%1" is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>Der Schlüssel „%1“ kommt in einem Objekt doppelt vor (%n-mal, zuerst in Zeile %2); der letzte Wert gilt.</numerusform>
                <numerusform>Der Schlüssel „%1“ kommt in einem Objekt doppelt vor (%n-mal, zuerst in Zeile %2); der letzte Wert gilt.</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list: it holds %2 of %3 destinations. Export the other pages to import them too.</source>
            <translation>Diese Datei ist Seite %1 einer seitenweisen Liste: Sie enthält %2 von %3 Zielen. Exportieren Sie die übrigen Seiten, um auch diese zu importieren.</translation>
        </message>
        <message>
            <source>Destination %1 is not a JSON object; it is skipped.</source>
            <translation>Ziel %1 ist kein JSON-Objekt; es wird übersprungen.</translation>
        </message>
        <message>
            <source>The file holds no destination or mapping objects. Choose a file returned by GET /v1/destinations/ or a destination object.</source>
            <translation>Die Datei enthält keine Ziel- oder Zuordnungsobjekte. Wählen Sie eine Datei, die GET /v1/destinations/ geliefert hat, oder ein Zielobjekt.</translation>
        </message>
        <message>
            <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk's fields to export them.</source>
            <translation>%1 (%2): Server-zu-Server-Ziele haben keinen AAM-REST-Typ; nehmen Sie die DCS-Desk-Felder auf, um sie zu exportieren.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
            <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts geschrieben; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
    </context>
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
        <name>FirePreview</name>
        <message>
            <source>Not serialized, each mapping fires its own URL. Switch on Serialize to send every segment in one call built from the base and secure URL.</source>
            <translation>Ohne Serialisierung ruft jede Zuordnung ihre eigene URL auf. Schalten Sie „Serialisieren“ ein, um alle Segmente in einem Aufruf zu senden, der aus Basis- und sicherer URL gebildet wird.</translation>
        </message>
        <message>
            <source>Set a serial delimiter to see the serialized form of this cookie.</source>
            <translation>Legen Sie ein Serien-Trennzeichen fest, um die serialisierte Form dieses Cookies zu sehen.</translation>
        </message>
        <message>
            <source>Server-to-server destinations deliver the mapping values in batch files from Audience Manager's servers, not from the browser.</source>
            <translation>Server-zu-Server-Ziele liefern die Zuordnungswerte in Batch-Dateien von den Servern von Audience Manager, nicht aus dem Browser.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPrompt</name>
        <message>
            <source>an untitled workspace</source>
            <translation>einem unbenannten Arbeitsbereich</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>The copy could not be restored; it is kept in %1.

%2</source>
            <translation>Die Kopie konnte nicht wiederhergestellt werden; sie bleibt in %1 erhalten.

%2</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk wurde beendet, ohne die Änderungen an %1 zu speichern. Eine Kopie davon vom %2 wurde aufbewahrt.

Jetzt wiederherstellen? Wenn Sie sie verwerfen, sind sie verloren.</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>UiPrompts</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
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
        <name>dcsdesk::DestinationEditor</name>
        <message>
            <source>Select a destination in the list, or create one with New.</source>
            <translation>Wählen Sie ein Ziel in der Liste oder legen Sie mit „Neu“ eines an.</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>Grundinformationen</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Datenexport-Kennzeichnungen</translation>
        </message>
        <message>
            <source>Configuration: URL</source>
            <translation>Konfiguration: URL</translation>
        </message>
        <message>
            <source>Configuration: cookie</source>
            <translation>Konfiguration: Cookie</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Segmentzuordnungen</translation>
        </message>
        <message>
            <source>Labels block an export only when a data source has a matching data export control.</source>
            <translation>Kennzeichnungen blockieren einen Export nur, wenn eine Datenquelle eine passende Datenexport-Kontrolle hat.</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Kategorie:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>Auto-fill destination mapping:</source>
            <translation>Zuordnung automatisch ausfüllen:</translation>
        </message>
        <message>
            <source>Domain IDs:</source>
            <translation>Domain-IDs:</translation>
        </message>
        <message>
            <source>Maximum size (bytes):</source>
            <translation>Maximale Größe (Bytes):</translation>
        </message>
        <message>
            <source>Expiration (days):</source>
            <translation>Ablauf (Tage):</translation>
        </message>
        <message>
            <source>Serialize:</source>
            <translation>Serialisieren:</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Required; no abbreviations or special characters</source>
            <translation>Pflichtfeld; keine Abkürzungen oder Sonderzeichen</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Send all qualified segments in one call</source>
            <translation>Alle qualifizierten Segmente in einem Aufruf senden</translation>
        </message>
        <message>
            <source>Put all values of a key in one pair</source>
            <translation>Alle Werte eines Schlüssels in ein Paar</translation>
        </message>
        <message>
            <source>e.g. , or ;</source>
            <translation>z. B. , oder ;</translation>
        </message>
        <message>
            <source>e.g. , or #</source>
            <translation>z. B. , oder #</translation>
        </message>
        <message>
            <source>Blank = all domains, else e.g. .example.com</source>
            <translation>Leer = alle Domains, sonst z. B. .example.com</translation>
        </message>
        <message>
            <source>Domain IDs separated by commas, e.g. 312, 318</source>
            <translation>Domain-IDs durch Kommas getrennt, z. B. 312, 318</translation>
        </message>
        <message>
            <source>Not serialized: each mapped segment fires its own URL, which is set in the segment's mapping.</source>
            <translation>Nicht serialisiert: Jedes zugeordnete Segment ruft seine eigene URL auf, die in der Zuordnung des Segments steht.</translation>
        </message>
        <message>
            <source>HTTP address; %ALIAS% is replaced by the mapped segment values. Macros such as %rnd%, %did% and %timestamp% are expanded.</source>
            <translation>HTTP-Adresse; %ALIAS% wird durch die Werte der zugeordneten Segmente ersetzt. Makros wie %rnd%, %did% und %timestamp% werden ersetzt.</translation>
        </message>
        <message>
            <source>HTTPS address used on secure pages; it needs %ALIAS% too.</source>
            <translation>HTTPS-Adresse für sichere Seiten; auch sie braucht %ALIAS%.</translation>
        </message>
        <message>
            <source>0 (session)</source>
            <translation>0 (Sitzung)</translation>
        </message>
        <message>
            <source>Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.</source>
            <translation>Geben Sie die Domain-IDs als ganze Zahlen durch Kommas getrennt ein, z. B. 312, 318.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>URL destination · ID %1 · last change %2</source>
            <translation>URL-Ziel · ID %1 · letzte Änderung %2</translation>
        </message>
        <message>
            <source>Cookie destination · ID %1 · last change %2</source>
            <translation>Cookie-Ziel · ID %1 · letzte Änderung %2</translation>
        </message>
        <message>
            <source>Server-to-server destination · ID %1 · last change %2</source>
            <translation>Server-zu-Server-Ziel · ID %1 · letzte Änderung %2</translation>
        </message>
        <message>
            <source>Server-to-server destinations are set up by Adobe or through an integrated platform. Audience Manager cannot create them and lets you edit only their segment mappings; their name cannot be changed there. Here they mirror the destinations of your account.</source>
            <translation>Server-zu-Server-Ziele richtet Adobe oder eine integrierte Plattform ein. Audience Manager kann sie nicht anlegen und lässt nur ihre Segmentzuordnungen bearbeiten; ihr Name lässt sich dort nicht ändern. Hier bilden sie die Ziele Ihres Kontos ab.</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <translation>Integrierte Plattformen</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet.</source>
            <translation>Diesem Ziel ist noch kein Segment zugeordnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n aktiv</numerusform>
                <numerusform>%n aktiv</numerusform>
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
            <source>%n not started yet</source>
            <translation>
                <numerusform>%n noch nicht begonnen</numerusform>
                <numerusform>%n noch nicht begonnen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped</source>
            <translation>
                <numerusform>%n Segment zugeordnet</numerusform>
                <numerusform>%n Segmente zugeordnet</numerusform>
            </translation>
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
        <name>dcsdesk::DestinationsView</name>
        <message>
            <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
            <translation>Name, ID, URL oder Cookie-Name suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
            <translation>Jedes Wort muss vorkommen. Pfeil nach unten wechselt in die Liste; Escape leert das Feld.</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>Show only destinations of one type</source>
            <translation>Nur Ziele eines Typs anzeigen</translation>
        </message>
        <message>
            <source>New &amp;URL Destination</source>
            <translation>Neues &amp;URL-Ziel</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>New URL destination (%1); the arrow offers the other types</source>
            <translation>Neues URL-Ziel (%1); der Pfeil bietet die anderen Typen an</translation>
        </message>
        <message>
            <source>New &amp;Cookie Destination</source>
            <translation>Neues &amp;Cookie-Ziel</translation>
        </message>
        <message>
            <source>New &amp;Server-to-Server Destination…</source>
            <translation>Neues &amp;Server-zu-Server-Ziel…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Duplicate the selected destinations with their mappings (%1)</source>
            <translation>Die ausgewählten Ziele samt Zuordnungen duplizieren (%1)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected destinations (%1)</source>
            <translation>Die ausgewählten Ziele löschen (%1)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <source>Destinations from AAM REST JSON…</source>
            <translation>Ziele aus AAM-REST-JSON…</translation>
        </message>
        <message>
            <source>Destinations as AAM REST JSON…</source>
            <translation>Ziele als AAM-REST-JSON…</translation>
        </message>
        <message>
            <source>Show Fire &amp;Preview</source>
            <translation>&amp;Vorschau der Auslösung anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n destination(s)</source>
            <translation>
                <numerusform>%1 von %n Ziel</numerusform>
                <numerusform>%1 von %n Zielen</numerusform>
            </translation>
        </message>
        <message>
            <source>New server-to-server destination</source>
            <translation>Neues Server-zu-Server-Ziel</translation>
        </message>
        <message>
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager kann keine Server-zu-Server-Ziele anlegen: Adobe oder eine integrierte Plattform richtet sie ein, und Sie können nur ihre Zuordnungen bearbeiten.

Legen Sie hier nur eines an, um ein Ziel abzubilden, das in Ihrem Konto existiert, damit Sie seine Zuordnungen bearbeiten und es in der Sandbox ausprobieren können.</translation>
        </message>
        <message>
            <source>Add Mirror</source>
            <translation>Abbild anlegen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>New URL destination %1</source>
            <translation>Neues URL-Ziel %1</translation>
        </message>
        <message>
            <source>New cookie destination %1</source>
            <translation>Neues Cookie-Ziel %1</translation>
        </message>
        <message>
            <source>New server-to-server destination %1</source>
            <translation>Neues Server-zu-Server-Ziel %1</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Neues Ziel %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: Audience Manager cannot create them.</source>
            <translation>
                <numerusform>%n Server-zu-Server-Ziel nicht dupliziert: Audience Manager kann solche Ziele nicht anlegen.</numerusform>
                <numerusform>%n Server-zu-Server-Ziele nicht dupliziert: Audience Manager kann solche Ziele nicht anlegen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n destination(s)</source>
            <translation>
                <numerusform>%n Ziel duplizieren</numerusform>
                <numerusform>%n Ziele duplizieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicated %1 with %2.</source>
            <translation>Dupliziert: %1 mit %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung</numerusform>
                <numerusform>%n Zuordnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete destinations</source>
            <translation>Ziele löschen</translation>
        </message>
        <message>
            <source>Delete the destination "%1"?</source>
            <translation>Das Ziel „%1“ löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)?</source>
            <translation>
                <numerusform>%n Ziel löschen?</numerusform>
                <numerusform>%n Ziele löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s).</source>
            <translation>
                <numerusform>%n Ziel gelöscht.</numerusform>
                <numerusform>%n Ziele gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" still has %2. Audience Manager deletes a destination only after its mappings are removed.

Delete the destination and its mappings?</source>
            <translation>„%1“ hat noch %2. Audience Manager löscht ein Ziel erst, wenn seine Zuordnungen entfernt sind.

Das Ziel samt Zuordnungen löschen?</translation>
        </message>
        <message numerus="yes">
            <source>%n segment mapping(s)</source>
            <translation>
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of the %2 selected destinations still have mappings (%3 in all). Audience Manager deletes a destination only after its mappings are removed.</source>
            <translation>%1 der %2 ausgewählten Ziele haben noch Zuordnungen (insgesamt %3). Audience Manager löscht ein Ziel erst, wenn seine Zuordnungen entfernt sind.</translation>
        </message>
        <message>
            <source>Delete with Mappings</source>
            <translation>Mit Zuordnungen löschen</translation>
        </message>
        <message>
            <source>Delete Only Unmapped (%1)</source>
            <translation>Nur Ziele ohne Zuordnungen löschen (%1)</translation>
        </message>
        <message>
            <source>Deleted %1 and %2.</source>
            <translation>Gelöscht: %1 und %2.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s) without mappings.</source>
            <translation>
                <numerusform>%n Ziel ohne Zuordnungen gelöscht.</numerusform>
                <numerusform>%n Ziele ohne Zuordnungen gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Destinations from AAM REST JSON</source>
            <translation>Ziele aus AAM-REST-JSON importieren</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>%1 kann nicht importiert werden.

%2</translation>
        </message>
        <message>
            <source>Imported from %1: %2.</source>
            <translation>Aus %1 importiert: %2.</translation>
        </message>
        <message>
            <source>destinations</source>
            <translation>ziele</translation>
        </message>
        <message>
            <source>Export Destinations as AAM REST JSON</source>
            <translation>Ziele als AAM-REST-JSON exportieren</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Exported %1 with %2 to %3.</source>
            <translation>Exportiert: %1 mit %2 nach %3.</translation>
        </message>
        <message>
            <source>%1 Left out: %2</source>
            <translation>%1 Ausgelassen: %2</translation>
        </message>
        <message>
            <source>Updated by the partner</source>
            <translation>Vom Partner aktualisiert</translation>
        </message>
        <message>
            <source>Partner pixel (imported)</source>
            <translation>Partner-Pixel (importiert)</translation>
        </message>
        <message>
            <source>Partner audience</source>
            <translation>Partner-Zielgruppe</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingsDialog</name>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Mapping value</source>
            <translation>Zuordnungswert</translation>
        </message>
        <message>
            <source>Cookie value</source>
            <translation>Cookie-Wert</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
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
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Domain-Alias</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>Eigene Basis-URL</translation>
        </message>
        <message>
            <source>Validation Findings</source>
            <translation>Prüfergebnisse</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>No problems found in this workspace.</source>
            <translation>In diesem Arbeitsbereich wurden keine Probleme gefunden.</translation>
        </message>
        <message>
            <source>%1, %2 and %3. Double-click a row to go to the object.</source>
            <translation>%1, %2 und %3. Doppelklicken Sie auf eine Zeile, um zum Objekt zu gehen.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Ziel %1 (%2)</translation>
        </message>
        <message>
            <source>Mapping %1: segment %2 → destination %3</source>
            <translation>Zuordnung %1: Segment %2 → Ziel %3</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Zuordnung %1</translation>
        </message>
        <message>
            <source>Segment %1 (%2)</source>
            <translation>Segment %1 (%2)</translation>
        </message>
        <message>
            <source>Profile %1</source>
            <translation>Profil %1</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FirePreviewPanel</name>
        <message>
            <source>Fire preview</source>
            <translation>Vorschau der Auslösung</translation>
        </message>
        <message>
            <source>Try in Console</source>
            <translation>In der Konsole testen</translation>
        </message>
        <message>
            <source>Open the request console with a sandbox call for a user who qualifies for the sample segments.</source>
            <translation>Öffnet die Anfragekonsole mit einem Sandbox-Aufruf für einen Nutzer, der sich für die Beispielsegmente qualifiziert.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>Die Anfragekonsole ist in diesem Build nicht enthalten, daher lässt sich der Aufruf hier nicht testen.</translation>
        </message>
        <message>
            <source>&amp;Sample segments:</source>
            <translation>&amp;Beispielsegmente:</translation>
        </message>
        <message>
            <source>Segment IDs separated by commas</source>
            <translation>Segment-IDs durch Kommas getrennt</translation>
        </message>
        <message>
            <source>The segments the sample user qualifies for. By default the segments mapped to this destination.</source>
            <translation>Die Segmente, für die sich der Beispielnutzer qualifiziert. Standardmäßig die diesem Ziel zugeordneten Segmente.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Back to the segments mapped to this destination</source>
            <translation>Zurück zu den diesem Ziel zugeordneten Segmenten</translation>
        </message>
        <message>
            <source>Sample macro values</source>
            <translation>Beispielwerte der Makros</translation>
        </message>
        <message>
            <source>User ID (%did%):</source>
            <translation>Nutzer-ID (%did%):</translation>
        </message>
        <message>
            <source>Experience Cloud ID (%mcid%):</source>
            <translation>Experience Cloud ID (%mcid%):</translation>
        </message>
        <message>
            <source>Region (%region%):</source>
            <translation>Region (%region%):</translation>
        </message>
        <message>
            <source>Page protocol (%http_proto%):</source>
            <translation>Protokoll der Seite (%http_proto%):</translation>
        </message>
        <message>
            <source>Timestamp (%timestamp%):</source>
            <translation>Zeitstempel (%timestamp%):</translation>
        </message>
        <message>
            <source>Random number (%rnd%):</source>
            <translation>Zufallszahl (%rnd%):</translation>
        </message>
        <message>
            <source>Declared IDs (%dpid_…%):</source>
            <translation>Deklarierte IDs (%dpid_…%):</translation>
        </message>
        <message>
            <source>GDPR applies (${GDPR}):</source>
            <translation>DSGVO gilt (${GDPR}):</translation>
        </message>
        <message>
            <source>Consent string (${GDPR_CONSENT_…}):</source>
            <translation>Einwilligungs-String (${GDPR_CONSENT_…}):</translation>
        </message>
        <message>
            <source>data source:ID, e.g. 1:CustomerABC, 2:98765</source>
            <translation>Datenquelle:ID, z. B. 1:CustomerABC, 2:98765</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Draw a new random number</source>
            <translation>Neue Zufallszahl ziehen</translation>
        </message>
        <message>
            <source>1 (applies)</source>
            <translation>1 (gilt)</translation>
        </message>
        <message>
            <source>0 (does not apply)</source>
            <translation>0 (gilt nicht)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Not a segment ID: %1. Enter numbers separated by commas.</source>
            <translation>Keine Segment-ID: %1. Geben Sie durch Kommas getrennte Zahlen ein.</translation>
        </message>
        <message>
            <source>Select a destination to see what it fires.</source>
            <translation>Wählen Sie ein Ziel, um zu sehen, was es auslöst.</translation>
        </message>
        <message>
            <source>Sample user's segments</source>
            <translation>Segmente des Beispielnutzers</translation>
        </message>
        <message>
            <source>None. Enter segment IDs above.</source>
            <translation>Keine. Geben Sie oben Segment-IDs ein.</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>zugeordnet</translation>
        </message>
        <message>
            <source>not mapped yet: auto-fill value</source>
            <translation>noch nicht zugeordnet: automatisch ausgefüllter Wert</translation>
        </message>
        <message>
            <source>mapping expired: not sent</source>
            <translation>Zuordnung abgelaufen: nicht gesendet</translation>
        </message>
        <message>
            <source>mapping not started: not sent</source>
            <translation>Zuordnung noch nicht begonnen: nicht gesendet</translation>
        </message>
        <message>
            <source>not mapped: needs a mapping to send anything</source>
            <translation>nicht zugeordnet: braucht eine Zuordnung, um etwas zu senden</translation>
        </message>
        <message>
            <source>(not in the catalogue)</source>
            <translation>(nicht im Katalog)</translation>
        </message>
        <message>
            <source>Nothing fires for these segments.</source>
            <translation>Für diese Segmente wird nichts ausgelöst.</translation>
        </message>
        <message>
            <source>Pixel for segment %1</source>
            <translation>Pixel für Segment %1</translation>
        </message>
        <message>
            <source>URL (http and https):</source>
            <translation>URL (http und https):</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n Zeichen</numerusform>
                <numerusform>%n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Base URL (http):</source>
            <translation>Basis-URL (http):</translation>
        </message>
        <message>
            <source>Secure URL (https):</source>
            <translation>Sichere URL (https):</translation>
        </message>
        <message>
            <source>No cookie is written for these segments.</source>
            <translation>Für diese Segmente wird kein Cookie geschrieben.</translation>
        </message>
        <message>
            <source>Cookie (name=value):</source>
            <translation>Cookie (Name=Wert):</translation>
        </message>
        <message>
            <source>domain: all of the site's domains</source>
            <translation>Domain: alle Domains der Website</translation>
        </message>
        <message>
            <source>domain: %1</source>
            <translation>Domain: %1</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>läuft in %n Tag ab</numerusform>
                <numerusform>läuft in %n Tagen ab</numerusform>
            </translation>
        </message>
        <message>
            <source>expires with the session</source>
            <translation>läuft mit der Sitzung ab</translation>
        </message>
        <message>
            <source>Nothing is sent for these segments.</source>
            <translation>Für diese Segmente wird nichts gesendet.</translation>
        </message>
        <message>
            <source>Segment values in the next batch file:</source>
            <translation>Segmentwerte in der nächsten Batch-Datei:</translation>
        </message>
        <message>
            <source>Sent server to server</source>
            <translation>Server-zu-Server gesendet</translation>
        </message>
        <message>
            <source>Fires now (serialized)</source>
            <translation>Wird jetzt ausgelöst (serialisiert)</translation>
        </message>
        <message>
            <source>Fires now (not serialized)</source>
            <translation>Wird jetzt ausgelöst (nicht serialisiert)</translation>
        </message>
        <message>
            <source>If not serialized</source>
            <translation>Wenn nicht serialisiert</translation>
        </message>
        <message>
            <source>If serialized</source>
            <translation>Wenn serialisiert</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
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
        <message>
            <source>Destinations</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Konsole</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>DCS-Desk-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>About DCS Desk</source>
            <translation>Über DCS Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, segment mappings and DCS calls for Audience Manager style data activation, with a local DCS sandbox that works offline.&lt;/p&gt;&lt;p&gt;Your workspaces are plain JSON files; nothing leaves this computer unless you send a call.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Ziele, Segmentzuordnungen und DCS-Aufrufe für Datenaktivierung im Stil von Audience Manager, mit einer lokalen DCS-Sandbox, die offline funktioniert.&lt;/p&gt;&lt;p&gt;Ihre Arbeitsbereiche sind einfache JSON-Dateien; nichts verlässt diesen Computer, solange Sie keinen Aufruf senden.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New Workspace</source>
            <translation>&amp;Neuer Arbeitsbereich</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Show &amp;Navigation</source>
            <translation>&amp;Navigation anzeigen</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About DCS Desk</source>
            <translation>Ü&amp;ber DCS Desk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Validation of the whole workspace. Click for the list.</source>
            <translation>Prüfung des gesamten Arbeitsbereichs. Klicken Sie für die Liste.</translation>
        </message>
        <message>
            <source>%1 (not available in this build)</source>
            <translation>%1 (in diesem Build nicht verfügbar)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>%1 &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>%1 &amp;wiederholen</translation>
        </message>
        <message>
            <source>%1[*] (read-only) — DCS Desk</source>
            <translation>%1[*] (schreibgeschützt) — DCS Desk</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Keine Probleme</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
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
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
            <translation>%1 hat ungespeicherte Änderungen.

Vor dem Fortfahren speichern? Wenn Sie sie verwerfen, gehen sie verloren.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 was not saved. The file on disk is unchanged and your edits are still open here; try Save As to keep them elsewhere.

%2</source>
            <translation>%1 wurde nicht gespeichert. Die Datei auf der Festplatte ist unverändert und Ihre Änderungen sind hier noch geöffnet; speichern Sie sie mit „Speichern unter“ an einem anderen Ort.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>arbeitsbereich</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Arbeitsbereich speichern unter</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>Der Arbeitsbereich wurde nicht als %1 gespeichert. Ihre Änderungen sind hier noch geöffnet.

%2</translation>
        </message>
        <message>
            <source>%1 could not be opened. The workspace you had open is unchanged.

%2</source>
            <translation>%1 konnte nicht geöffnet werden. Der geöffnete Arbeitsbereich ist unverändert.

%2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>%1 geöffnet.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Lokale Sandbox</translation>
        </message>
        <message>
            <source>New workspace. Use Save As to give it a file.</source>
            <translation>Neuer Arbeitsbereich. Mit „Speichern unter“ geben Sie ihm eine Datei.</translation>
        </message>
        <message>
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 existiert nicht mehr; die Datei wird aus der Liste der zuletzt geöffneten entfernt.</translation>
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
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Als AAM-REST-JSON exportieren</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</source>
            <translation>Schreibt die Ziele so, wie die REST-API von Audience Manager sie liefert (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</translation>
        </message>
        <message>
            <source>All destinations (%1)</source>
            <translation>Alle Ziele (%1)</translation>
        </message>
        <message>
            <source>Selected destinations (%1)</source>
            <translation>Ausgewählte Ziele (%1)</translation>
        </message>
        <message>
            <source>Include segment mappings</source>
            <translation>Segmentzuordnungen einschließen</translation>
        </message>
        <message>
            <source>Include DCS Desk's own fields (platform, auto-fill, export labels)</source>
            <translation>Eigene Felder von DCS Desk einschließen (Plattform, automatisches Ausfüllen, Exportkennzeichnungen)</translation>
        </message>
        <message>
            <source>They go in an "x-dcsdesk" object that the REST API does not know. Without it, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Sie stehen in einem Objekt „x-dcsdesk“, das die REST-API nicht kennt. Ohne es fallen Server-zu-Server-Ziele weg: Die REST-API hat keinen Typ für sie.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestImportDialog</name>
        <message>
            <source>%1 (%2 %3): %4</source>
            <translation>%1 (%2 %3): %4</translation>
        </message>
        <message>
            <source>no remarks</source>
            <translation>keine Anmerkungen</translation>
        </message>
        <message>
            <source>Review AAM REST import</source>
            <translation>AAM-REST-Import prüfen</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Add segments the mappings refer to but the catalogue lacks (from elementName and elementDescription)</source>
            <translation>Segmente hinzufügen, auf die die Zuordnungen verweisen, die aber im Katalog fehlen (aus elementName und elementDescription)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Zuordnungen</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>Nothing changes until you press Import. The import is one step on the undo stack.</source>
            <translation>Nichts ändert sich, bis Sie auf „Importieren“ klicken. Der Import ist ein einziger Schritt zum Rückgängigmachen.</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Check after import: %1</source>
            <translation>Nach dem Import prüfen: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>The file would change nothing in this workspace.</source>
            <translation>Die Datei würde in diesem Arbeitsbereich nichts ändern.</translation>
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
        <name>dcsdesk::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UnavailableView</name>
        <message>
            <source>The %1 view is not available in this build of DCS Desk.</source>
            <translation>Die Ansicht „%1“ ist in diesem Build von DCS Desk nicht verfügbar.</translation>
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
        <message>
            <source>Write a PNG picture of every main view to the folder, then quit.</source>
            <translation>Schreibt ein PNG-Bild jeder Hauptansicht in den Ordner und beendet sich dann.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Unbekannte Sprache „%1“; verwenden Sie eine von: %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>%1 konnte nicht geöffnet werden; DCS Desk startet mit einem leeren Arbeitsbereich.

%2</translation>
        </message>
    </context>
</TS>
