<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AamCommand</name>
        <message>
            <source>The REST API's address, e.g. https://aam.adobe.io (not with --sandbox).</source>
            <translation>Adresse der REST-API, z. B. https://aam.adobe.io (nicht mit --sandbox).</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server client ID (the API key).</source>
            <translation>Client-ID von OAuth Server-to-Server (der API-Schlüssel).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID (…@AdobeOrg).</source>
            <translation>Organisations-ID (…@AdobeOrg).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>Org</translation>
        </message>
        <message>
            <source>Scopes, comma-separated (default: %1).</source>
            <translation>Scopes, durch Kommas getrennt (Standard: %1).</translation>
        </message>
        <message>
            <source>scopes</source>
            <translation>Scopes</translation>
        </message>
        <message>
            <source>Token endpoint (default: Adobe's IMS for adobe.io hosts, else the base URL's /ims/token/v3).</source>
            <translation>Token-Endpunkt (Standard: Adobes IMS für adobe.io-Hosts, sonst /ims/token/v3 der Basis-URL).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Items per page of a list (default 100).</source>
            <translation>Einträge pro Seite einer Liste (Standard: 100).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>With --sandbox: the workspace the sandbox's account is made of (default: the bundled sample).</source>
            <translation>Mit --sandbox: der Arbeitsbereich, aus dem das Konto der Sandbox besteht (Standard: das mitgelieferte Beispiel).</translation>
        </message>
        <message>
            <source>--out FILE is required: the workspace to write.</source>
            <translation>--out DATEI ist erforderlich: der zu schreibende Arbeitsbereich.</translation>
        </message>
        <message>
            <source>--page-size must be a number from 1 to 10000.</source>
            <translation>--page-size muss eine Zahl von 1 bis 10000 sein.</translation>
        </message>
        <message>
            <source>Give --sandbox or --base-url, not both.</source>
            <translation>Geben Sie --sandbox oder --base-url an, nicht beides.</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>Die Sandbox kann %1 nicht bereitstellen: %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>Die Sandbox kann nicht starten: %1</translation>
        </message>
        <message>
            <source>--client-id and --org-id are required (from the Developer Console credential).</source>
            <translation>--client-id und --org-id sind erforderlich (aus den Anmeldedaten der Developer Console).</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the client secret. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Setzen Sie die Systemumgebungsvariable %1 auf das Client-Geheimnis. Auf der Befehlszeile wird es bewusst nicht angenommen, damit es nicht im Shell-Verlauf gespeichert wird.</translation>
        </message>
        <message>
            <source>Token received.</source>
            <translation>Token erhalten.</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2</source>
            <translation>Ziele: %1 von %2</translation>
        </message>
        <message>
            <source>Mappings: %1 of %2 destinations</source>
            <translation>Segmentzuordnungen: %1 von %2 Zielen</translation>
        </message>
        <message>
            <source>Segments: %1 of %2</source>
            <translation>Segmente: %1 von %2</translation>
        </message>
        <message>
            <source>Pulled %1, %2 and %3 into %4 (%5 requests).</source>
            <translation>%1, %2 und %3 in %4 abgerufen (%5 Anfragen).</translation>
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
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
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
            <source>In the workspace: %1 added, %2 updated, %3 unchanged, %4 not taken.</source>
            <translation>Im Arbeitsbereich: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 nicht übernommen.</translation>
        </message>
        <message>
            <source>Not taken: %1</source>
            <translation>Nicht übernommen: %1</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(fehlt)</translation>
        </message>
        <message>
            <source>aam diff writes nothing: --out is for aam pull.</source>
            <translation>aam diff schreibt nichts: --out gilt nur für aam pull.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Compared %1 with the account's %2 and %3 (%4 requests).</source>
            <translation>%1 mit dem Konto verglichen: %2 und %3 (%4 Anfragen).</translation>
        </message>
        <message>
            <source>%1 (%2): last pulled %3, workspace %4, account %5</source>
            <translation>%1 (%2): %3 beim letzten Abruf, %4 im Arbeitsbereich, %5 im Konto</translation>
        </message>
        <message>
            <source>Cannot be pushed: %1</source>
            <translation>Nicht übertragbar: %1</translation>
        </message>
        <message>
            <source>No differences: the workspace and the account hold the same destinations and mappings.</source>
            <translation>Keine Unterschiede: Arbeitsbereich und Konto enthalten dieselben Ziele und Segmentzuordnungen.</translation>
        </message>
        <message>
            <source>Use the local sandbox's Audience Manager account, started in-process.</source>
            <translation>Das Audience-Manager-Konto der lokalen Sandbox verwenden (im selben Prozess gestartet).</translation>
        </message>
        <message>
            <source>With push: say what would be sent and what would be refused; send nothing.</source>
            <translation>Mit push: angeben, was übertragen und was abgelehnt würde; nichts übertragen.</translation>
        </message>
        <message>
            <source>field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>aam push writes the IDs and snapshots the account returns into WORKSPACE itself: --out is for aam pull.</source>
            <translation>aam push schreibt die IDs und Snapshots, die das Konto zurückgibt, direkt in ARBEITSBEREICH: --out gilt nur für aam pull.</translation>
        </message>
        <message>
            <source>Pushed %1 of %2</source>
            <translation>%1 von %2 übertragen</translation>
        </message>
        <message>
            <source>[would send] %1: %2 %3</source>
            <translation>[würde übertragen] %1: %2 %3</translation>
        </message>
        <message>
            <source>[would not send] %1: %2</source>
            <translation>[würde nicht übertragen] %1: %2</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2: the account's ID is %3</source>
            <translation>[übertragen, HTTP %1] %2: die ID im Konto ist %3</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2</source>
            <translation>[übertragen, HTTP %1] %2</translation>
        </message>
        <message>
            <source>[failed, HTTP %1] %2: %3</source>
            <translation>[fehlgeschlagen, HTTP %1] %2: %3</translation>
        </message>
        <message>
            <source>[failed] %1: %2</source>
            <translation>[fehlgeschlagen] %1: %2</translation>
        </message>
        <message>
            <source>[not sent] %1: %2</source>
            <translation>[nicht übertragen] %1: %2</translation>
        </message>
        <message>
            <source>Nothing to push: the workspace has no change the account lacks.</source>
            <translation>Nichts zu übertragen: Der Arbeitsbereich hat keine Änderung, die dem Konto fehlt.</translation>
        </message>
        <message>
            <source>Dry run: %1 would be sent, %2 would not; nothing was sent.</source>
            <translation>Probelauf – zu übertragen: %1, nicht zu übertragen: %2; es wurde nichts übertragen.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>Die Übertragung wurde vorzeitig beendet: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the IDs and objects the account returned for %n item(s) into %1.</source>
            <translation>
                <numerusform>Die IDs und Objekte, die das Konto für %n Element zurückgegeben hat, wurden in %1 geschrieben.</numerusform>
                <numerusform>Die IDs und Objekte, die das Konto für %n Elemente zurückgegeben hat, wurden in %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>The push reached the account, but %1 could not be saved: %2 Pull into it to take what the account now holds.</source>
            <translation>Die Übertragung hat das Konto erreicht, aber %1 konnte nicht gespeichert werden: %2 Führen Sie aam pull für diese Datei aus, um zu übernehmen, was das Konto jetzt enthält.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
        <message>
            <source>With pull: the new workspace file to write (an existing file is refused: pull WORKSPACE updates one).</source>
            <translation>Mit pull: die neue, zu schreibende Arbeitsbereichsdatei (eine vorhandene Datei wird abgelehnt: pull ARBEITSBEREICH aktualisiert eine solche).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the account's value (a REST field name, or * for every conflicting field; repeatable, or comma-separated).</source>
            <translation>Mit push oder pull ARBEITSBEREICH: bei einem auf beiden Seiten geänderten Feld den Wert des Kontos verwenden (ein REST-Feldname oder * für jedes Feld mit Konflikt; mehrfach angebbar oder durch Kommas getrennt).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the workspace's value (a REST field name, or *). A conflict not resolved with these options is neither pushed nor pulled.</source>
            <translation>Mit push oder pull ARBEITSBEREICH: bei einem auf beiden Seiten geänderten Feld den Wert des Arbeitsbereichs verwenden (ein REST-Feldname oder *). Ein Konflikt, der nicht mit diesen Optionen gelöst wird, wird weder übertragen noch abgerufen.</translation>
        </message>
        <message>
            <source>%1 exists; aam pull --out writes a new workspace and does not replace a file. To take what changed in the account into it, keeping its own changes, run: %2 aam pull %1 …</source>
            <translation>%1 existiert bereits; aam pull --out schreibt einen neuen Arbeitsbereich und ersetzt keine Datei. Um die Änderungen des Kontos in diesen Arbeitsbereich zu übernehmen und seine eigenen Änderungen zu behalten, führen Sie Folgendes aus: %2 aam pull %1 …</translation>
        </message>
        <message>
            <source>aam pull WORKSPACE updates WORKSPACE itself: --out is for a new workspace (aam pull --out FILE).</source>
            <translation>aam pull ARBEITSBEREICH aktualisiert ARBEITSBEREICH selbst: --out gilt nur für einen neuen Arbeitsbereich (aam pull --out DATEI).</translation>
        </message>
        <message>
            <source>Nothing to take into %1: it has everything the account changed (%2 requests).</source>
            <translation>Nichts in %1 zu übernehmen: Der Arbeitsbereich enthält bereits alle Änderungen des Kontos (%2 Anfragen).</translation>
        </message>
        <message>
            <source>Took into %1: %2 added, %3 updated, %4 removed.</source>
            <translation>In %1 übernommen: %2 hinzugefügt, %3 aktualisiert, %4 entfernt.</translation>
        </message>
        <message>
            <source>Kept as it is: %1</source>
            <translation>Unverändert beibehalten: %1</translation>
        </message>
        <message>
            <source>Save a connection to an Audience Manager account, pull the account (destinations, mappings, segments) over its REST API into a workspace file, compare a workspace with the account, or push the workspace's changes to it.</source>
            <translation>Eine Verbindung zu einem Audience-Manager-Konto speichern, das Konto (Ziele, Segmentzuordnungen, Segmente) über seine REST-API in eine Arbeitsbereichsdatei abrufen, einen Arbeitsbereich mit dem Konto vergleichen oder die Änderungen des Arbeitsbereichs in das Konto übertragen.</translation>
        </message>
        <message>
            <source>What to do: login NAME (save a connection under NAME after one call of the account shows that it works, and keep its secrets in the system keychain), connections (list the saved ones), logout NAME (remove its secrets from the keychain), pull --out FILE (a new workspace), pull WORKSPACE (take what changed in the account into it, keeping its own changes), diff WORKSPACE (what differs between the workspace and the account; exit 1 when anything does), or push WORKSPACE (send the workspace's changes, then write the IDs and objects the account returns into WORKSPACE).</source>
            <translation>Was zu tun ist: login NAME (speichert eine Verbindung unter NAME, nachdem ein Aufruf des Kontos gezeigt hat, dass sie funktioniert, und bewahrt ihre geheimen Werte im Schlüsselbund des Systems auf), connections (listet die gespeicherten Verbindungen auf), logout NAME (entfernt ihre geheimen Werte aus dem Schlüsselbund), pull --out DATEI (ein neuer Arbeitsbereich), pull ARBEITSBEREICH (übernimmt, was sich im Konto geändert hat, und behält die eigenen Änderungen des Arbeitsbereichs), diff ARBEITSBEREICH (was sich zwischen Arbeitsbereich und Konto unterscheidet; Exit-Code 1, wenn es Unterschiede gibt) oder push ARBEITSBEREICH (überträgt die Änderungen des Arbeitsbereichs und schreibt dann die IDs und Objekte, die das Konto zurückgibt, in ARBEITSBEREICH).</translation>
        </message>
        <message>
            <source>The saved connection to use (see aam connections); its secrets come from the system keychain unless DCSDESK_AAM_CLIENT_SECRET (and DCSDESK_AAM_PASSWORD) are set.</source>
            <translation>Die zu verwendende gespeicherte Verbindung (siehe aam connections); ihre geheimen Werte kommen aus dem Schlüsselbund des Systems, sofern DCSDESK_AAM_CLIENT_SECRET (und DCSDESK_AAM_PASSWORD) nicht gesetzt sind.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The deprecated legacy OAuth method (api.demdex.com): a user name with --username, the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>Die veraltete Legacy-OAuth-Methode (api.demdex.com): ein Benutzername mit --username, das Passwort in DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>With --legacy-oauth: the Audience Manager user.</source>
            <translation>Mit --legacy-oauth: der Audience-Manager-Benutzer.</translation>
        </message>
        <message>
            <source>user</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>With logout: remove the saved connection too.</source>
            <translation>Mit logout: auch die gespeicherte Verbindung entfernen.</translation>
        </message>
        <message>
            <source>Say what to do: %1 aam login NAME …, %1 aam pull --out FILE …, %1 aam pull WORKSPACE …, %1 aam diff WORKSPACE …, %1 aam push WORKSPACE …, %1 aam connections or %1 aam logout NAME.</source>
            <translation>Geben Sie an, was zu tun ist: %1 aam login NAME …, %1 aam pull --out DATEI …, %1 aam pull ARBEITSBEREICH …, %1 aam diff ARBEITSBEREICH …, %1 aam push ARBEITSBEREICH …, %1 aam connections oder %1 aam logout NAME.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>--connection gives the account and its credential, so --%1 cannot be given with it. Change a saved connection with %2 aam login NAME --%1 ….</source>
            <translation>--connection legt das Konto und seine Anmeldedaten fest, daher kann --%1 nicht zusammen damit angegeben werden. Ändern Sie eine gespeicherte Verbindung mit %2 aam login NAME --%1 ….</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1". Save one with %2 aam login "%1" ….</source>
            <translation>Es ist keine Verbindung gespeichert, also auch keine namens „%1“. Speichern Sie eine mit %2 aam login "%1" ….</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2. Save a new one with %3 aam login "%1" ….</source>
            <translation>Es gibt keine gespeicherte Verbindung namens „%1“. Gespeichert sind: %2. Speichern Sie eine neue mit %3 aam login "%1" ….</translation>
        </message>
        <message>
            <source>Say which account: --connection NAME (saved with %1 aam login), --base-url URL with the credential, or --sandbox.</source>
            <translation>Geben Sie das Konto an: --connection NAME (gespeichert mit %1 aam login), --base-url URL mit den Anmeldedaten oder --sandbox.</translation>
        </message>
        <message>
            <source>--client-id and --username are required with --legacy-oauth.</source>
            <translation>--client-id und --username sind bei --legacy-oauth erforderlich.</translation>
        </message>
        <message>
            <source>The %1 holds no secret for the connection "%2": run %3 aam login "%2" with %4 set, or set %4 for this command.</source>
            <translation>Der %1 enthält keinen geheimen Wert für die Verbindung „%2“: Führen Sie %3 aam login "%2" mit gesetztem %4 aus, oder setzen Sie %4 für diesen Befehl.</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the password of %2. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Setzen Sie die Systemumgebungsvariable %1 auf das Passwort von %2. Auf der Befehlszeile wird es bewusst nicht angenommen, damit es nicht im Shell-Verlauf gespeichert wird.</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>mitgelieferter Beispielarbeitsbereich</translation>
        </message>
        <message>
            <source>"%1" is a new connection: give --base-url URL with --client-id and --org-id (or --legacy-oauth with --client-id and --username), or --sandbox for a local account.</source>
            <translation>„%1“ ist eine neue Verbindung: Geben Sie --base-url URL mit --client-id und --org-id an (oder --legacy-oauth mit --client-id und --username) oder --sandbox für ein lokales Konto.</translation>
        </message>
        <message>
            <source>HTTP %1 on /v1/destinations/: %2</source>
            <translation>HTTP %1 bei /v1/destinations/: %2</translation>
        </message>
        <message>
            <source>The connection "%1" was not saved: %2</source>
            <translation>Die Verbindung „%1“ wurde nicht gespeichert: %2</translation>
        </message>
        <message>
            <source>The value of %1 is kept in the %2; later commands with --connection "%3" read it from there.</source>
            <translation>Der Wert von %1 wird im %2 aufbewahrt; spätere Befehle mit --connection "%3" lesen ihn dort aus.</translation>
        </message>
        <message>
            <source>The %1 did not keep the value of %2 (%3): set %2 for every command that uses this connection.</source>
            <translation>Der %1 hat den Wert von %2 nicht gespeichert (%3): Setzen Sie %2 für jeden Befehl, der diese Verbindung verwendet.</translation>
        </message>
        <message>
            <source>Connection "%1" updated in %2.</source>
            <translation>Verbindung „%1“ in %2 aktualisiert.</translation>
        </message>
        <message>
            <source>Connection "%1" saved in %2.</source>
            <translation>Verbindung „%1“ in %2 gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>The account answered at %1 (%2): %n destination(s).</source>
            <translation>
                <numerusform>Das Konto (%1, %2) hat geantwortet: %n Ziel.</numerusform>
                <numerusform>Das Konto (%1, %2) hat geantwortet: %n Ziele.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use it with --connection "%1", e.g. %2 aam pull --connection "%1" --out FILE.</source>
            <translation>Verwenden Sie die Verbindung mit --connection "%1", z. B. %2 aam pull --connection "%1" --out DATEI.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Removed from the %1: the secrets of "%2" (%3).</source>
            <translation>Aus dem %1 entfernt: die geheimen Werte von „%2“ (%3).</translation>
        </message>
        <message>
            <source>Kept in the %1, because another saved connection uses the same credential: %2.</source>
            <translation>Im %1 belassen, weil eine andere gespeicherte Verbindung dieselben Anmeldedaten verwendet: %2.</translation>
        </message>
        <message>
            <source>Not removed from the %1: %2</source>
            <translation>Nicht aus dem %1 entfernt: %2</translation>
        </message>
        <message>
            <source>The connection "%1" is no longer saved.</source>
            <translation>Die Verbindung „%1“ ist nicht mehr gespeichert.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved without its secrets; %2 aam login "%1" keeps them again, --forget removes the connection too.</source>
            <translation>Die Verbindung „%1“ bleibt ohne ihre geheimen Werte gespeichert; %2 aam login "%1" speichert sie wieder, --forget entfernt auch die Verbindung.</translation>
        </message>
        <message>
            <source>No connection is saved (%1). Save one with %2 aam login NAME ….</source>
            <translation>Es ist keine Verbindung gespeichert (%1). Speichern Sie eine mit %2 aam login NAME ….</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>, client ID %1</source>
            <translation>, Client-ID %1</translation>
        </message>
        <message>
            <source>, organization %1</source>
            <translation>, Organisation %1</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, Benutzer %1</translation>
        </message>
        <message>
            <source> (last used)</source>
            <translation> (zuletzt verwendet)</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 entfernt</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 hinzugefügt</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1".</source>
            <translation>Es ist keine Verbindung gespeichert, also auch keine namens „%1“.</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2.</source>
            <translation>Es gibt keine gespeicherte Verbindung namens „%1“. Gespeichert sind: %2.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved; its secrets could not be removed (above).</source>
            <translation>Die Verbindung „%1“ bleibt gespeichert; ihre geheimen Werte konnten nicht entfernt werden (siehe oben).</translation>
        </message>
        <message>
            <source>--base-url must be a whole address with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080 (got "%1"), or give --sandbox.</source>
            <translation>--base-url muss eine vollständige Adresse mit https:// oder http:// sein, etwa https://aam.adobe.io oder http://127.0.0.1:8080 (angegeben: „%1“), oder geben Sie --sandbox an.</translation>
        </message>
        <message>
            <source>The secret of the connection "%2" cannot be read from the %3 (%4): set %1 instead.</source>
            <translation>Der geheime Wert der Verbindung „%2“ kann nicht aus dem %3 gelesen werden (%4): Setzen Sie stattdessen %1.</translation>
        </message>
        <message>
            <source>Dry run, nothing written: taking into %1 would add %2, update %3 and remove %4.</source>
            <translation>Probelauf, nichts geschrieben: Die Übernahme in %1 würde %2 hinzufügen, %3 aktualisieren und %4 entfernen.</translation>
        </message>
    </context>
    <context>
        <name>AamConnection</name>
        <message>
            <source>The connection has no name.</source>
            <translation>Die Verbindung hat keinen Namen.</translation>
        </message>
        <message>
            <source>The connection "%1" has no client ID.</source>
            <translation>Die Verbindung „%1“ hat keine Client-ID.</translation>
        </message>
        <message>
            <source>The connection "%1" has no organization ID.</source>
            <translation>Die Verbindung „%1“ hat keine Organisations-ID.</translation>
        </message>
        <message>
            <source>The connection "%1" has no user name.</source>
            <translation>Die Verbindung „%1“ hat keinen Benutzernamen.</translation>
        </message>
        <message>
            <source>Local account (offline)</source>
            <translation>Lokales Konto (offline)</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server</source>
            <translation>OAuth Server-to-Server</translation>
        </message>
        <message>
            <source>Legacy OAuth (deprecated)</source>
            <translation>Legacy-OAuth (veraltet)</translation>
        </message>
        <message>
            <source>The connection "%1" has no valid REST API address ("%2"): write it whole, with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080.</source>
            <translation>Die Verbindung „%1“ hat keine gültige Adresse der REST-API („%2“): Geben Sie sie vollständig mit https:// oder http:// an, etwa https://aam.adobe.io oder http://127.0.0.1:8080.</translation>
        </message>
    </context>
    <context>
        <name>AamConnectionList</name>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 bei Byte %2</translation>
        </message>
        <message>
            <source>it is not a DCS Desk connections file ("format" is not "%1")</source>
            <translation>Die Datei ist keine DCS-Desk-Verbindungsdatei („format“ ist nicht „%1“)</translation>
        </message>
        <message>
            <source>it was written by a newer DCS Desk (version %1)</source>
            <translation>Die Datei stammt von einem neueren DCS Desk (Version %1)</translation>
        </message>
        <message>
            <source>the connection "%1" has an unknown method "%2"</source>
            <translation>Die Verbindung „%1“ hat eine unbekannte Methode „%2“</translation>
        </message>
        <message>
            <source>a connection has no name, or a name used twice ("%1")</source>
            <translation>Eine Verbindung hat keinen Namen, oder ein Name kommt doppelt vor („%1“)</translation>
        </message>
        <message>
            <source>The saved connections cannot be written to %1: %2</source>
            <translation>Die gespeicherten Verbindungen können nicht in %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The saved connections in %1 cannot be read: %2. Nothing is written to that file until you repair it or move it away.</source>
            <translation>Die gespeicherten Verbindungen in %1 können nicht gelesen werden: %2. In diese Datei wird nichts geschrieben, bis sie repariert oder an einen anderen Ort verschoben wurde.</translation>
        </message>
    </context>
    <context>
        <name>AamCookies</name>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager (this cookie lasts 10 years).</source>
            <translation>NOTARGET: Der Besucher hat ein Opt-out für Audience Manager erklärt (dieses Cookie gilt 10 Jahre).</translation>
        </message>
        <message>
            <source>“%1” is not an AAM UUID (38 digits).</source>
            <translation>„%1“ ist keine AAM-UUID (38 Ziffern).</translation>
        </message>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager.</source>
            <translation>NOTARGET: Der Besucher hat ein Opt-out für Audience Manager erklärt.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;data source&gt;-&lt;type&gt;-&lt;time&gt; or &lt;provider&gt;-&lt;time&gt;.</source>
            <translation>„%1“ hat weder die Form &lt;Datenquelle&gt;-&lt;Typ&gt;-&lt;Zeit&gt; noch &lt;Anbieter&gt;-&lt;Zeit&gt;.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;destination ID&gt;-&lt;time&gt;.</source>
            <translation>„%1“ hat nicht die Form &lt;Ziel-ID&gt;-&lt;Zeit&gt;.</translation>
        </message>
        <message>
            <source>Marks the browser session of the Experience Cloud ID service (value 1).</source>
            <translation>Kennzeichnet die Browsersitzung des Experience-Cloud-ID-Dienstes (Wert 1).</translation>
        </message>
        <message>
            <source>A test cookie that checks whether third-party cookies can be set.</source>
            <translation>Ein Test-Cookie, das prüft, ob Drittanbieter-Cookies gesetzt werden können.</translation>
        </message>
        <message>
            <source>First-party copy of the AAM UUID, written from the answer's uuid.</source>
            <translation>Erstanbieter-Kopie der AAM-UUID, aus der uuid der Antwort geschrieben.</translation>
        </message>
        <message>
            <source>Not an Audience Manager cookie.</source>
            <translation>Kein Audience-Manager-Cookie.</translation>
        </message>
    </context>
    <context>
        <name>AamDeletedList</name>
        <message>
            <source>Entry %1 of “aamDeleted” is not a deleted destination or mapping (kind, id and remote); it is ignored, and nothing is deleted in the account for it.</source>
            <translation>Eintrag %1 von „aamDeleted“ ist kein gelöschtes Ziel und keine gelöschte Segmentzuordnung (kind, id und remote); er wird ignoriert, und im Konto wird dafür nichts gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>AamDiff</name>
        <message>
            <source>Deleted in the account, changed in the workspace.</source>
            <translation>Im Konto gelöscht, im Arbeitsbereich geändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) of the account have no ID that can be read and were not compared.</source>
            <translation>
                <numerusform>%n Objekt des Kontos hat keine lesbare ID und wurde nicht verglichen.</numerusform>
                <numerusform>%n Objekte des Kontos haben keine lesbare ID und wurden nicht verglichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Ziel %1 (%2)</translation>
        </message>
        <message>
            <source>The account has a destination with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>Im Konto gibt es ein Ziel mit dieser ID, das dort als neu aufgeführt ist; das Ziel im Arbeitsbereich wurde aber nie abgerufen. Rufen Sie das Konto ab, um beide zu verknüpfen.</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created or changed through Audience Manager's API: make this change in Audience Manager, then pull.</source>
            <translation>Server-zu-Server-Ziele können über die API von Audience Manager weder angelegt noch geändert werden: Nehmen Sie diese Änderung in Audience Manager vor und rufen Sie das Konto dann erneut ab.</translation>
        </message>
        <message>
            <source>Mapping %1 was not compared: its destination %2 is not in the workspace.</source>
            <translation>Die Segmentzuordnung %1 wurde nicht verglichen: Das zugehörige Ziel %2 ist nicht im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>The account has a mapping with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>Im Konto gibt es eine Segmentzuordnung mit dieser ID, die dort als neu aufgeführt ist; die Segmentzuordnung im Arbeitsbereich wurde aber nie abgerufen. Rufen Sie das Konto ab, um beide zu verknüpfen.</translation>
        </message>
        <message>
            <source>Mapping %1 (segment %2, destination %3)</source>
            <translation>Segmentzuordnung %1 (Segment %2, Ziel %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n Ziel zu aktualisieren</numerusform>
                <numerusform>%n Ziele zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n anzulegen</numerusform>
                <numerusform>%n anzulegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n Segmentzuordnung zu aktualisieren</numerusform>
                <numerusform>%n Segmentzuordnungen zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n Konflikt</numerusform>
                <numerusform>%n Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to take from the account</source>
            <translation>
                <numerusform>%n aus dem Konto zu übernehmen</numerusform>
                <numerusform>%n aus dem Konto zu übernehmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be pushed</source>
            <translation>
                <numerusform>%n kann nicht übertragen werden</numerusform>
                <numerusform>%n können nicht übertragen werden</numerusform>
            </translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>changed in the workspace, to push</source>
            <translation>im Arbeitsbereich geändert, zu übertragen</translation>
        </message>
        <message>
            <source>changed in the account, to take</source>
            <translation>im Konto geändert, zu übernehmen</translation>
        </message>
        <message>
            <source>changed on both sides, in different fields</source>
            <translation>auf beiden Seiten geändert, in verschiedenen Feldern</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>new in the workspace, to create</source>
            <translation>neu im Arbeitsbereich, anzulegen</translation>
        </message>
        <message>
            <source>deleted in the account</source>
            <translation>im Konto gelöscht</translation>
        </message>
        <message>
            <source>new in the account</source>
            <translation>neu im Konto</translation>
        </message>
        <message>
            <source>changed in the workspace</source>
            <translation>im Arbeitsbereich geändert</translation>
        </message>
        <message>
            <source>changed in the account</source>
            <translation>im Konto geändert</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <extracomment>joins two parts of the dry-run summary (French puts a space before the semicolon)</extracomment>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>Deleted in the workspace, changed in the account since the pull.</source>
            <translation>Im Arbeitsbereich gelöscht, im Konto seit dem letzten Abruf geändert.</translation>
        </message>
        <message numerus="yes">
            <source>The account still has %n mapping(s) under it that are not deleted with it, and Audience Manager does not delete a destination with mappings: delete them in the workspace too (or take them from the account to see them), then push.</source>
            <translation>
                <numerusform>Im Konto gehört noch %n Segmentzuordnung zu diesem Ziel, die nicht mit ihm gelöscht wird, und Audience Manager löscht kein Ziel, das Segmentzuordnungen hat: Löschen Sie sie auch im Arbeitsbereich (oder übernehmen Sie sie aus dem Konto, um sie zu sehen), und übertragen Sie dann.</numerusform>
                <numerusform>Im Konto gehören noch %n Segmentzuordnungen zu diesem Ziel, die nicht mit ihm gelöscht werden, und Audience Manager löscht kein Ziel, das Segmentzuordnungen hat: Löschen Sie sie auch im Arbeitsbereich (oder übernehmen Sie sie aus dem Konto, um sie zu sehen), und übertragen Sie dann.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n zu löschen</numerusform>
                <numerusform>%n zu löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Destinations - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Ziele – zu aktualisieren: %1, anzulegen: %2, zu löschen: %3, aus dem Konto zu übernehmen: %4, Konflikte: %5, im Konto gelöscht: %6, neu im Konto: %7, nicht übertragbar: %8, unverändert: %9.</translation>
        </message>
        <message>
            <source>Mappings - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Segmentzuordnungen – zu aktualisieren: %1, anzulegen: %2, zu löschen: %3, aus dem Konto zu übernehmen: %4, Konflikte: %5, im Konto gelöscht: %6, neu im Konto: %7, nicht übertragbar: %8, unverändert: %9.</translation>
        </message>
        <message>
            <source>deleted in the workspace, to delete</source>
            <translation>im Arbeitsbereich gelöscht, zu löschen</translation>
        </message>
        <message>
            <source>A server-to-server destination cannot be deleted through Audience Manager's API: delete it in Audience Manager, then pull.</source>
            <translation>Ein Server-zu-Server-Ziel kann über die API von Audience Manager nicht gelöscht werden: Löschen Sie es in Audience Manager und rufen Sie das Konto dann erneut ab.</translation>
        </message>
        <message>
            <source>The account already has destination %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>Das Konto hat bereits das Ziel %1, das Ziel im Arbeitsbereich wurde aber nie abgerufen: Eine Übertragung würde ein zweites anlegen. Übernehmen Sie die Fassung des Kontos („Elemente aus dem Konto übernehmen“ oder dcsdesk-cli aam pull ARBEITSBEREICH), um beide zu verknüpfen, und vergleichen Sie dann erneut.</translation>
        </message>
        <message>
            <source>The account already has mapping %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>Das Konto hat bereits die Segmentzuordnung %1, die Zuordnung im Arbeitsbereich wurde aber nie abgerufen: Eine Übertragung würde eine zweite anlegen. Übernehmen Sie die Fassung des Kontos („Elemente aus dem Konto übernehmen“ oder dcsdesk-cli aam pull ARBEITSBEREICH), um beide zu verknüpfen, und vergleichen Sie dann erneut.</translation>
        </message>
    </context>
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
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
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
            <translation>Das zugehörige Ziel wird übersprungen.</translation>
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
            <translation>Die Zuordnungs-ID %1 kommt mehrmals in der Datei vor; nur die erste Zuordnung wird importiert.</translation>
        </message>
        <message>
            <source>Mapping ID %1 belongs to destination %2 in the workspace, not to destination %3.</source>
            <translation>Die Zuordnungs-ID %1 gehört im Arbeitsbereich zu Ziel %2, nicht zu Ziel %3.</translation>
        </message>
        <message>
            <source>Matched by segment and start date (the file has no mapping ID).</source>
            <translation>Anhand von Segment und Startdatum erkannt (die Datei enthält keine Zuordnungs-ID).</translation>
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
            <translation>Eine neue Zuordnung benötigt ein Startdatum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Ziel %1</translation>
        </message>
        <message>
            <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>Die Ziel-ID %1 kommt mehrmals in der Datei vor; nur das erste Ziel wird importiert.</translation>
        </message>
        <message>
            <source>Matched by name (the file has no destinationId).</source>
            <translation>Anhand des Namens erkannt (die Datei enthält keine destinationId).</translation>
        </message>
        <message>
            <source>Destination %1 has the type %2 in the workspace but %3 in the file. Change the ID in the file to import it as a new destination.</source>
            <translation>Ziel %1 hat im Arbeitsbereich den Typ %2, in der Datei aber %3. Ändern Sie die ID in der Datei, um es als neues Ziel zu importieren.</translation>
        </message>
        <message>
            <source>Changes: Audience Manager's own fields</source>
            <translation>Änderungen: eigene Felder von Audience Manager</translation>
        </message>
        <message>
            <source>A new destination needs a name.</source>
            <translation>Ein neues Ziel benötigt einen Namen.</translation>
        </message>
        <message>
            <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
            <translation>Die Datei gibt nicht an, ob es sich um ein URL-Ziel (PUSH) oder ein Cookie-Ziel (ADS) handelt.</translation>
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
            <translation>%1 hat keinen destinationType; es hat Cookie-Felder und wird daher als Cookie-Ziel eingelesen.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 hat keinen destinationType; es hat URL-Felder und wird daher als URL-Ziel eingelesen.</translation>
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
        <message>
            <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk's fields to export them.</source>
            <translation>%1 (%2): Server-zu-Server-Ziele haben keinen AAM-REST-Typ; schließen Sie die eigenen Felder von DCS Desk ein, um sie zu exportieren.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
            <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts geschrieben; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
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
            <source>Segment ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>Die Segment-ID %1 kommt mehrmals in der Datei vor; nur das erste Segment wird importiert.</translation>
        </message>
        <message>
            <source>Segment %1 has no segment ID (sid).</source>
            <translation>Segment %1 hat keine Segment-ID (sid).</translation>
        </message>
        <message>
            <source>Segment %1: "%2" has an unexpected value (%3).</source>
            <translation>Segment %1: „%2“ hat einen unerwarteten Wert (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n Objekt</numerusform>
                <numerusform>%n Objekte</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is a page of a paged list (page %1) holding %2; it does not say how many there are in all.</source>
            <translation>Diese Datei ist eine Seite einer paginierten Liste (Seite %1) und enthält %2; wie viele es insgesamt sind, gibt sie nicht an.</translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list (%2 per page): it holds %3 of %4. Export the other pages to import them too.</source>
            <translation>Diese Datei ist Seite %1 einer paginierten Liste (%2 pro Seite): Sie enthält %3 von %4. Exportieren Sie die übrigen Seiten, um auch diese zu importieren.</translation>
        </message>
        <message>
            <source>This file is a paged list that is complete: it holds %1.</source>
            <translation>Diese Datei ist eine vollständige paginierte Liste: Sie enthält %1.</translation>
        </message>
        <message>
            <source>Item %1 of the list is not a JSON object (%2); it is skipped.</source>
            <translation>Eintrag %1 der Liste ist kein JSON-Objekt (%2); er wird übersprungen.</translation>
        </message>
        <message>
            <source>The file holds no destination, mapping or segment objects. Choose a file returned by GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings or GET /v1/segments/, or one such object.</source>
            <translation>Die Datei enthält keine Ziel-, Zuordnungs- oder Segmentobjekte. Wählen Sie eine Datei, die GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings oder GET /v1/segments/ geliefert hat, oder ein solches Objekt.</translation>
        </message>
        <message>
            <source>The paged list also has %1, which DCS Desk does not use; it is not imported.</source>
            <translation>Die paginierte Liste enthält außerdem %1, was DCS Desk nicht verwendet; es wird nicht importiert.</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Kept as the account sent them and written back on export, not edited in DCS Desk: %1.</source>
            <translation>So beibehalten, wie das Konto sie geliefert hat, beim Export zurückgeschrieben und in DCS Desk nicht bearbeitet: %1.</translation>
        </message>
        <message>
            <source>Destination number %1 in the file</source>
            <translation>Ziel Nr. %1 in der Datei</translation>
        </message>
        <message numerus="yes">
            <source>The key “%1” is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>Der Schlüssel „%1“ wird innerhalb eines Objekts wiederholt (%n Wiederholung, zuerst in Zeile %2); der letzte Wert gilt.</numerusform>
                <numerusform>Der Schlüssel „%1“ wird innerhalb eines Objekts wiederholt (%n Wiederholungen, zuerst in Zeile %2); der letzte Wert gilt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalog. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>Nicht im Segmentkatalog. %n importierte Zuordnung verwendet es und bleibt markiert, bis Sie es hinzufügen.</numerusform>
                <numerusform>Nicht im Segmentkatalog. %n importierte Zuordnungen verwenden es und bleiben markiert, bis Sie es hinzufügen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamTake</name>
        <message>
            <source>Take changes from Audience Manager</source>
            <translation>Änderungen aus Audience Manager übernehmen</translation>
        </message>
        <message>
            <source>%1: deleted in the account and changed in the workspace; kept. Push it to create it again, or delete it here.</source>
            <translation>%1: im Konto gelöscht und im Arbeitsbereich geändert; beibehalten. Übertragen Sie das Objekt, um es neu anzulegen, oder löschen Sie es hier.</translation>
        </message>
        <message>
            <source>%1: deleted in the workspace and changed in the account (%2); it stays deleted here. To have the account's version back, take the account's side of every field.</source>
            <translation>%1: im Arbeitsbereich gelöscht und im Konto geändert (%2); bleibt hier gelöscht. Um die Fassung des Kontos wiederherzustellen, übernehmen Sie für jedes Feld den Wert des Kontos.</translation>
        </message>
        <message>
            <source>%1: changed on both sides (%2); kept as it is. Choose a side for each field: in the app's comparison, or with --take-account or --keep-workspace.</source>
            <translation>%1: auf beiden Seiten geändert (%2); unverändert beibehalten. Wählen Sie für jedes Feld eine Seite: im Vergleich in DCS Desk oder mit --take-account bzw. --keep-workspace.</translation>
        </message>
        <message>
            <source>%1: deleted in the account, removed</source>
            <translation>%1: im Konto gelöscht, entfernt</translation>
        </message>
        <message numerus="yes">
            <source>%1: deleted in the account, but %n mapping(s) under it are kept in the workspace, so it is kept too.</source>
            <translation>
                <numerusform>%1: im Konto gelöscht, aber %n zugehörige Segmentzuordnung bleibt im Arbeitsbereich erhalten, daher bleibt auch das Ziel erhalten.</numerusform>
                <numerusform>%1: im Konto gelöscht, aber %n zugehörige Segmentzuordnungen bleiben im Arbeitsbereich erhalten, daher bleibt auch das Ziel erhalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1 (%2): made in the workspace and different in the account; kept as it is.</source>
            <translation>Segment %1 (%2): im Arbeitsbereich angelegt und im Konto abweichend; unverändert beibehalten.</translation>
        </message>
        <message>
            <source>Segment %1 (%2): changed on both sides; the workspace's version is kept.</source>
            <translation>Segment %1 (%2): auf beiden Seiten geändert; die Fassung des Arbeitsbereichs bleibt erhalten.</translation>
        </message>
        <message>
            <source>%1: added from the account</source>
            <translation>%1: aus dem Konto hinzugefügt</translation>
        </message>
        <message>
            <source>%1: the account's %2</source>
            <translation>%1: %2 aus dem Konto übernommen</translation>
        </message>
        <message>
            <source>%1: not chosen (unchecked, or a conflict without the account's side); kept as it is.</source>
            <translation>%1: nicht ausgewählt (abgewählt oder ein Konflikt, bei dem nicht die Seite des Kontos gewählt ist); bleibt unverändert.</translation>
        </message>
        <message>
            <source>%1: the workspace's values kept, now to push</source>
            <translation>%1: Werte des Arbeitsbereichs beibehalten, jetzt zu übertragen</translation>
        </message>
        <message>
            <source>%1: the workspace has its own version, never pulled, that differs from the account's (%2); kept as it is. To take the account's, delete it here and take again, or use --take-account '*'.</source>
            <translation>%1: Der Arbeitsbereich hat eine eigene, nie abgerufene Fassung, die von der des Kontos abweicht (%2); unverändert beibehalten. Um die des Kontos zu übernehmen, löschen Sie sie hier und übernehmen Sie erneut, oder verwenden Sie --take-account '*'.</translation>
        </message>
        <message>
            <source>%1: linked to the account's (the same values)</source>
            <translation>%1: mit der Fassung des Kontos verknüpft (dieselben Werte)</translation>
        </message>
        <message>
            <source>%1: the account's version replaces the workspace's (%2)</source>
            <translation>%1: Die Fassung des Kontos ersetzt die des Arbeitsbereichs (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) deleted in the workspace were also deleted in the account: nothing is left to push for them.</source>
            <translation>
                <numerusform>%n im Arbeitsbereich gelöschtes Objekt wurde auch im Konto gelöscht: Dafür ist nichts mehr zu übertragen.</numerusform>
                <numerusform>%n im Arbeitsbereich gelöschte Objekte wurden auch im Konto gelöscht: Dafür ist nichts mehr zu übertragen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AmcvCommand</name>
        <message>
            <source>Decode an AMCV cookie and show the server-to-server call it gives.</source>
            <translation>Ein AMCV-Cookie dekodieren und den Server-zu-Server-Aufruf anzeigen, der sich daraus ergibt.</translation>
        </message>
        <message>
            <source>The cookie value (raw or URL-encoded), AMCV_...=value, a Cookie header, or - for stdin.</source>
            <translation>Der Cookie-Wert (roh oder URL-kodiert), AMCV_...=Wert, ein Cookie-Header oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Ablauf zu diesem Zeitpunkt (ISO 8601) statt zum aktuellen Zeitpunkt prüfen.</translation>
        </message>
        <message>
            <source>amcv takes one cookie value, or - for stdin.</source>
            <translation>amcv erwartet einen Cookie-Wert oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now erwartet eine Zeit nach ISO 8601 wie 2019-11-01T00:00:00Z, nicht „%1“.</translation>
        </message>
        <message>
            <source>Server-to-server call:</source>
            <translation>Server-zu-Server-Aufruf:</translation>
        </message>
        <message>
            <source>Regional host: %1 (region %2)</source>
            <translation>Regionaler Host: %1 (Region %2)</translation>
        </message>
        <message>
            <source>Region unknown: the cookie has no valid location hint.</source>
            <translation>Region unbekannt: Das Cookie hat keinen gültigen Standorthinweis.</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>VALUE|-</source>
            <translation>WERT|-</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeitpunkt</translation>
        </message>
    </context>
    <context>
        <name>AmcvCookie</name>
        <message>
            <source>Only the AMCVS_ cookie is there: it just marks the browser session (value 1). Paste the AMCV_ cookie instead.</source>
            <translation>Es ist nur das AMCVS_-Cookie vorhanden: Es kennzeichnet lediglich die Browsersitzung (Wert 1). Fügen Sie stattdessen das AMCV_-Cookie ein.</translation>
        </message>
        <message>
            <source>The cookie name %1 does not end in @AdobeOrg, so it gives no org ID.</source>
            <translation>Der Cookie-Name %1 endet nicht auf @AdobeOrg und liefert daher keine Org-ID.</translation>
        </message>
        <message>
            <source>The value was URL-encoded twice.</source>
            <translation>Der Wert war doppelt URL-kodiert.</translation>
        </message>
        <message>
            <source>The AMCV cookie is empty.</source>
            <translation>Das AMCV-Cookie ist leer.</translation>
        </message>
        <message>
            <source>“%1” is not an AMCV value: it should look like -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</source>
            <translation>„%1“ ist kein AMCV-Wert. Ein AMCV-Wert sieht etwa so aus: -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</translation>
        </message>
        <message>
            <source>The last entry “%1” has no value and was skipped.</source>
            <translation>Der letzte Eintrag „%1“ hat keinen Wert und wurde übersprungen.</translation>
        </message>
        <message>
            <source>“%1” is not a KEY or KEY-EXPIRY entry; it is shown as is.</source>
            <translation>„%1“ ist kein Eintrag der Form SCHLÜSSEL oder SCHLÜSSEL-ABLAUF; er wird unverändert angezeigt.</translation>
        </message>
        <message>
            <source>The AMCV cookie has no fields.</source>
            <translation>Das AMCV-Cookie enthält keine Felder.</translation>
        </message>
        <message>
            <source>%1 expired on %2 and is ignored, as the ID service does.</source>
            <translation>%1 ist am %2 abgelaufen und wird ignoriert, wie es auch der ID-Dienst tut.</translation>
        </message>
        <message>
            <source>The location hint %1 is not a documented DCS region.</source>
            <translation>Der Standorthinweis %1 ist keine dokumentierte DCS-Region.</translation>
        </message>
        <message>
            <source>The location hint “%1” is not a region number.</source>
            <translation>Der Standorthinweis „%1“ ist keine Regionsnummer.</translation>
        </message>
        <message>
            <source>MCOPTOUT has the unknown value “%1”.</source>
            <translation>MCOPTOUT hat den unbekannten Wert „%1“.</translation>
        </message>
        <message>
            <source>The cookie uses the legacy keys mid / aamlh.</source>
            <translation>Das Cookie verwendet die alten Schlüssel mid / aamlh.</translation>
        </message>
        <message>
            <source>The cookie has no MCMID, so it gives no Experience Cloud ID.</source>
            <translation>Das Cookie hat keine MCMID und liefert daher keine Experience Cloud ID.</translation>
        </message>
        <message>
            <source>The visitor has opted out (MCOPTOUT): the DCS answers error 171 for this ID.</source>
            <translation>Der Besucher hat ein Opt-out erklärt (MCOPTOUT): Der DCS antwortet für diese ID mit Fehler 171.</translation>
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
            <translation>Der Beispielarbeitsbereich konnte nicht nach %1 kopiert werden.</translation>
        </message>
        <message>
            <source>Sample account</source>
            <translation>Beispielkonto</translation>
        </message>
        <message>
            <source>Sample (local sandbox)</source>
            <translation>Beispiel (lokale Sandbox)</translation>
        </message>
        <message>
            <source>Production US West</source>
            <translation>Produktion USA West</translation>
        </message>
        <message>
            <source>Production Europe (ECID)</source>
            <translation>Produktion Europa (ECID)</translation>
        </message>
    </context>
    <context>
        <name>BruLang</name>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>“%1” is outside any block; a block opens with a name and “{”, such as “headers {”.</source>
            <translation>„%1“ steht außerhalb jedes Blocks; ein Block beginnt mit einem Namen und „{“, etwa „headers {“.</translation>
        </message>
        <message>
            <source>the block “%1” is not closed: put “}” on a line of its own before line %2.</source>
            <translation>Der Block „%1“ ist nicht geschlossen: Setzen Sie „}“ vor Zeile %2 in eine eigene Zeile.</translation>
        </message>
        <message>
            <source>the quoted name “%1” has no closing quote.</source>
            <translation>Dem Namen in Anführungszeichen „%1“ fehlt das schließende Anführungszeichen.</translation>
        </message>
        <message>
            <source>“%1” in the block “%2” is not “name: value”.</source>
            <translation>„%1“ im Block „%2“ hat nicht die Form „Name: Wert“.</translation>
        </message>
        <message>
            <source>the value of “%1” opens with %2 but never ends with %3.</source>
            <translation>Der Wert von „%1“ beginnt mit %2, endet aber nie mit %3.</translation>
        </message>
        <message>
            <source>the block “%1” is never closed: add “}” on a line of its own.</source>
            <translation>Der Block „%1“ wird nie geschlossen: Fügen Sie „}“ in einer eigenen Zeile hinzu.</translation>
        </message>
    </context>
    <context>
        <name>BrunoCollection</name>
        <message>
            <source>%1: its headers %2 are added to each request below it, as Bruno sends them.</source>
            <translation>%1: Die Header %2 werden jeder Anfrage darunter hinzugefügt, wie Bruno sie sendet.</translation>
        </message>
        <message>
            <source>%1: not imported: %2 (DCS Desk runs no scripts and the DCS reads no authorization; use checks to test answers).</source>
            <translation>%1: nicht importiert: %2 (DCS Desk führt keine Skripte aus und der DCS liest keine Autorisierung; verwenden Sie Prüfungen, um Antworten zu testen).</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s) in environments/ were not imported: define their variables in Console › Environments.</source>
            <translation>
                <numerusform>%n Umgebung in environments/ wurde nicht importiert: Definieren Sie ihre Variablen unter Konsole › Umgebungen.</numerusform>
                <numerusform>%n Umgebungen in environments/ wurden nicht importiert: Definieren Sie ihre Variablen unter Konsole › Umgebungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1/folder.bru, %2; the folder's settings were not imported.</source>
            <translation>%1/folder.bru, %2; die Einstellungen des Ordners wurden nicht importiert.</translation>
        </message>
        <message>
            <source>Folder “%1”</source>
            <translation>Ordner „%1“</translation>
        </message>
        <message>
            <source>%1, %2 The file was skipped; correct it (or open and save it in Bruno) and import again.</source>
            <translation>%1, %2 Die Datei wurde übersprungen; korrigieren Sie sie (oder öffnen und speichern Sie sie in Bruno) und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>A %1 request, not an HTTP call: the DCS takes plain GET and POST calls.</source>
            <translation>Eine %1-Anfrage, kein HTTP-Aufruf: Der DCS nimmt einfache GET- und POST-Aufrufe an.</translation>
        </message>
        <message>
            <source>%1 has no method block (get { url: … }, post { … }); it was skipped.</source>
            <translation>%1 hat keinen Methodenblock (get { url: … }, post { … }); die Datei wurde übersprungen.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Die Dateifelder %1 wurden nicht importiert: Der DCS liest keine Dateien.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>Die %1-Autorisierung wurde nicht importiert: Der DCS liest keine. Wenn ein vorgeschalteter Proxy eine benötigt, fügen Sie den Header in der Konsole hinzu.</translation>
        </message>
        <message>
            <source>The %1 script (line %2) was not imported: DCS Desk runs no scripts.</source>
            <translation>Das %1-Skript (Zeile %2) wurde nicht importiert: DCS Desk führt keine Skripte aus.</translation>
        </message>
        <message>
            <source>The tests (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>Die Tests (Zeile %1) wurden nicht importiert: Fügen Sie Prüfungen hinzu (Konsole › Prüfungen), um die Antwort zu testen.</translation>
        </message>
        <message numerus="yes">
            <source>%n assertion(s) (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>
                <numerusform>%n Assertion (Zeile %1) wurde nicht importiert: Fügen Sie Prüfungen hinzu (Konsole › Prüfungen), um die Antwort zu testen.</numerusform>
                <numerusform>%n Assertions (Zeile %1) wurden nicht importiert: Fügen Sie Prüfungen hinzu (Konsole › Prüfungen), um die Antwort zu testen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 variables (line %2) were not imported: set them in an environment (Console › Environments).</source>
            <translation>Die %1-Variablen (Zeile %2) wurden nicht importiert: Legen Sie sie in einer Umgebung fest (Konsole › Umgebungen).</translation>
        </message>
        <message>
            <source>The path parameters (line %1) were not imported: write their values into the path.</source>
            <translation>Die Pfadparameter (Zeile %1) wurden nicht importiert: Schreiben Sie ihre Werte in den Pfad.</translation>
        </message>
        <message>
            <source>The docs (line %1) were not imported.</source>
            <translation>Die Dokumentation (Zeile %1) wurde nicht importiert.</translation>
        </message>
        <message>
            <source>Bruno collection</source>
            <translation>Bruno-Sammlung</translation>
        </message>
        <message>
            <source>%1 has no bruno.json, so it is not a Bruno collection. Choose the collection's folder (the one that holds bruno.json).</source>
            <translation>%1 enthält keine bruno.json und ist daher keine Bruno-Sammlung. Wählen Sie den Ordner der Sammlung (den mit der bruno.json).</translation>
        </message>
        <message>
            <source>bruno.json is not valid JSON (%1 at byte %2). Open the collection in Bruno to repair it.</source>
            <translation>bruno.json ist kein gültiges JSON (%1 bei Byte %2). Öffnen Sie die Sammlung in Bruno, um sie zu reparieren.</translation>
        </message>
        <message>
            <source>The collection</source>
            <translation>Die Sammlung</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>Das Multipart-Formular wird als form-urlencoded-Body gesendet, das einzige Body-Format, das der DCS liest.</translation>
        </message>
        <message>
            <source>collection.bru, %1 The collection's settings were not imported.</source>
            <translation>collection.bru, %1 Die Einstellungen der Sammlung wurden nicht importiert.</translation>
        </message>
        <message>
            <source>The block “%1” (line %2) was not imported: DCS Desk does not support it.</source>
            <translation>Der Block „%1“ (Zeile %2) wurde nicht importiert: DCS Desk unterstützt ihn nicht.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Unknown language “%1”: use en, es, de or fr.</source>
            <translation>Unbekannte Sprache „%1“: Verwenden Sie en, es, de oder fr.</translation>
        </message>
        <message>
            <source>Unknown command “%1”. Run “%2 help” for the list.</source>
            <translation>Unbekannter Befehl „%1“. Führen Sie „%2 help“ aus, um die Liste zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>CliRegistry</name>
        <message>
            <source>Print JSON for scripts instead of text for people.</source>
            <translation>JSON für Skripte statt Text für Menschen ausgeben.</translation>
        </message>
        <message>
            <source>Language of the text output (en, es, de, fr); the default follows LC_ALL, LC_MESSAGES and LANG.</source>
            <translation>Sprache der Textausgabe (en, es, de, fr); der Standardwert richtet sich nach LC_ALL, LC_MESSAGES und LANG.</translation>
        </message>
        <message>
            <source>Show the options of this command.</source>
            <translation>Die Optionen dieses Befehls anzeigen.</translation>
        </message>
        <message>
            <source>%1 %2: %3 Run “%1 help %2” for the options.</source>
            <translation>%1 %2: %3 Führen Sie „%1 help %2“ aus, um die Optionen zu sehen.</translation>
        </message>
        <message>
            <source>Usage: %1 COMMAND [options]</source>
            <translation>Aufruf: %1 BEFEHL [Optionen]</translation>
        </message>
        <message>
            <source>Build, send and decode DCS server-to-server event calls.</source>
            <translation>DCS-Server-zu-Server-Event-Aufrufe erstellen, senden und dekodieren.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>Run “%1 help COMMAND” or “%1 COMMAND --help” for a command's options. Global options: --json, --lang CODE.</source>
            <translation>Führen Sie „%1 help BEFEHL“ oder „%1 BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen. Globale Optionen: --json, --lang KÜRZEL.</translation>
        </message>
        <message>
            <source>Exit codes: 0 OK, 1 DCS errors or findings, 2 bad input, 3 network failure.</source>
            <translation>Exit-Codes: 0 OK, 1 DCS-Fehler oder Befunde, 2 ungültige Eingabe, 3 Netzwerkfehler.</translation>
        </message>
        <message>
            <source>Usage: %1 %2 [options] %3</source>
            <translation>Aufruf: %1 %2 [Optionen] %3</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Kürzel</translation>
        </message>
    </context>
    <context>
        <name>CliRequestOptions</name>
        <message>
            <source>Domain alias; sent as Host: &lt;alias&gt;.demdex.net.</source>
            <translation>Domain-Alias; wird als Host: &lt;Alias&gt;.demdex.net gesendet.</translation>
        </message>
        <message>
            <source>DCS region: an ID (3, 4, 6, 7, 8, 9, 11, 12), a code (usw2) or a host name (usw2.demdex.net).</source>
            <translation>DCS-Region: eine ID (3, 4, 6, 7, 8, 9, 11, 12), ein Kürzel (usw2) oder ein Hostname (usw2.demdex.net).</translation>
        </message>
        <message>
            <source>Send to this base URL instead of a region, e.g. http://127.0.0.1:8080.</source>
            <translation>An diese Basis-URL statt an eine Region senden, z. B. http://127.0.0.1:8080.</translation>
        </message>
        <message>
            <source>Take the profile (and saved requests) from this workspace file.</source>
            <translation>Das Profil (und die gespeicherten Anfragen) aus dieser Arbeitsbereichsdatei übernehmen.</translation>
        </message>
        <message>
            <source>Name of the profile in the workspace.</source>
            <translation>Name des Profils im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Start from a saved request (JSON file, or - for stdin), e.g. the output of curl-import --json.</source>
            <translation>Von einer gespeicherten Anfrage ausgehen (JSON-Datei oder - für die Standardeingabe), z. B. der Ausgabe von curl-import --json.</translation>
        </message>
        <message>
            <source>Start from a cURL command.</source>
            <translation>Von einem cURL-Befehl ausgehen.</translation>
        </message>
        <message>
            <source>Start from the saved request of this name in the workspace.</source>
            <translation>Von der gespeicherten Anfrage dieses Namens im Arbeitsbereich ausgehen.</translation>
        </message>
        <message>
            <source>Take d_mid, d_orgid and the region from an AMCV cookie (raw or URL-encoded).</source>
            <translation>d_mid, d_orgid und die Region aus einem AMCV-Cookie übernehmen (roh oder URL-kodiert).</translation>
        </message>
        <message>
            <source>User ID as d_uuid (the AAM UUID).</source>
            <translation>Benutzer-ID als d_uuid (die AAM-UUID).</translation>
        </message>
        <message>
            <source>User ID as d_mid (the Experience Cloud ID).</source>
            <translation>Benutzer-ID als d_mid (die Experience Cloud ID).</translation>
        </message>
        <message>
            <source>IMS Org ID for d_orgid.</source>
            <translation>IMS-Org-ID für d_orgid.</translation>
        </message>
        <message>
            <source>GET (default) or POST.</source>
            <translation>GET (Standard) oder POST.</translation>
        </message>
        <message>
            <source>Same as --method POST.</source>
            <translation>Wie --method POST.</translation>
        </message>
        <message>
            <source>Path of the call; /event by default.</source>
            <translation>Pfad des Aufrufs; standardmäßig /event.</translation>
        </message>
        <message>
            <source>d_jsonv value (1 by default; “none” leaves it out).</source>
            <translation>Wert von d_jsonv (standardmäßig 1; „none“ lässt ihn weg).</translation>
        </message>
        <message>
            <source>Add d_dst=1 (URL destinations in the answer).</source>
            <translation>d_dst=1 hinzufügen (URL-Ziele in der Antwort).</translation>
        </message>
        <message>
            <source>Add d_cts=1 or 2 (traits and segments in the answer).</source>
            <translation>d_cts=1 oder 2 hinzufügen (Eigenschaften und Segmente in der Antwort).</translation>
        </message>
        <message>
            <source>d_cb: JSONP callback name.</source>
            <translation>d_cb: Name der JSONP-Callback-Funktion.</translation>
        </message>
        <message>
            <source>d_ptfm: ios, android, browser or all.</source>
            <translation>d_ptfm: ios, android, browser oder all.</translation>
        </message>
        <message>
            <source>d_sid: trait or segment IDs, comma-separated.</source>
            <translation>d_sid: Eigenschafts- oder Segment-IDs, durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>d_tdpid: evaluate only traits of this data source.</source>
            <translation>d_tdpid: nur Eigenschaften dieser Datenquelle auswerten.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE (repeatable); commas in VALUE make a serialized signal.</source>
            <translation>Ein Signal SCHLÜSSEL=WERT (mehrfach angebbar); Kommas im WERT ergeben ein serialisiertes Signal.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE sent exactly as typed (already percent-encoded).</source>
            <translation>Ein Signal SCHLÜSSEL=WERT, das genau wie eingegeben gesendet wird (bereits prozentkodiert).</translation>
        </message>
        <message>
            <source>Declared ID d_cid as DPID:ID[:AUTH] (repeatable).</source>
            <translation>Deklarierte ID d_cid als DPID:ID[:AUTH] (mehrfach angebbar).</translation>
        </message>
        <message>
            <source>Declared ID d_cid_ic as CODE:ID[:AUTH] (repeatable).</source>
            <translation>Deklarierte ID d_cid_ic als CODE:ID[:AUTH] (mehrfach angebbar).</translation>
        </message>
        <message>
            <source>“%1” is not NAMESPACE:ID, e.g. --cid 123:abc or --cid-ic crm_code:abc:1.</source>
            <translation>„%1“ hat nicht die Form NAMESPACE:ID, z. B. --cid 123:abc oder --cid-ic crm_code:abc:1.</translation>
        </message>
        <message>
            <source>The request JSON is not valid: %1.</source>
            <translation>Das JSON der Anfrage ist ungültig: %1.</translation>
        </message>
        <message>
            <source>The request JSON must be an object.</source>
            <translation>Das JSON der Anfrage muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>Cannot open the workspace %1: %2</source>
            <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”. Profiles: %2</source>
            <translation>Der Arbeitsbereich hat kein Profil „%1“. Profile: %2</translation>
        </message>
        <message>
            <source>Choose a profile with --profile: %1</source>
            <translation>Wählen Sie ein Profil mit --profile: %1</translation>
        </message>
        <message>
            <source>The workspace has no saved request “%1”. Saved requests: %2</source>
            <translation>Der Arbeitsbereich hat keine gespeicherte Anfrage „%1“. Gespeicherte Anfragen: %2</translation>
        </message>
        <message>
            <source>--profile and --saved need --workspace FILE.</source>
            <translation>--profile und --saved benötigen --workspace DATEI.</translation>
        </message>
        <message>
            <source>Use only one of --from-json, --from-curl and --saved.</source>
            <translation>Verwenden Sie nur eine der Optionen --from-json, --from-curl und --saved.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use an ID (3, 4, 6, 7, 8, 9, 11, 12), a code such as usw2, or run “%2 regions”.</source>
            <translation>Unbekannte Region „%1“. Verwenden Sie eine ID (3, 4, 6, 7, 8, 9, 11, 12), ein Kürzel wie usw2 oder führen Sie „%2 regions“ aus.</translation>
        </message>
        <message>
            <source>Give either --uuid or --mid, not both.</source>
            <translation>Geben Sie entweder --uuid oder --mid an, nicht beides.</translation>
        </message>
        <message>
            <source>The method must be GET or POST, not “%1”.</source>
            <translation>Die Methode muss GET oder POST sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>--cts takes 1 or 2, not “%1”.</source>
            <translation>--cts erwartet 1 oder 2, nicht „%1“.</translation>
        </message>
        <message>
            <source>“%1” is not KEY=VALUE, e.g. --signal c_color=blue.</source>
            <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT, z. B. --signal c_color=blue.</translation>
        </message>
        <message>
            <source>Extra header “Name: value”, or “Name;” for an empty value (repeatable).</source>
            <translation>Zusätzlicher Header „Name: Wert“ oder „Name;“ für einen leeren Wert (mehrfach angebbar).</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value” (or “Name;” for an empty value).</source>
            <translation>„%1“ ist kein Header „Name: Wert“ (oder „Name;“ für einen leeren Wert).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>org</source>
            <translation>Org</translation>
        </message>
        <message>
            <source>method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>IDs</translation>
        </message>
        <message>
            <source>key=value</source>
            <translation>Schlüssel=Wert</translation>
        </message>
        <message>
            <source>dpid:id</source>
            <translation>DPID:ID</translation>
        </message>
        <message>
            <source>code:id</source>
            <translation>Code:ID</translation>
        </message>
        <message>
            <source>header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Leave out d_rtbd=json (the DCS then answers with no body).</source>
            <translation>d_rtbd=json weglassen (der DCS antwortet dann ohne Body).</translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Findings: none</source>
            <translation>Befunde: keine</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Befunde:</translation>
        </message>
        <message>
            <source>%1 (not sent)</source>
            <translation>%1 (nicht gesendet)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>Parameter:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>cURL:</source>
            <translation>cURL:</translation>
        </message>
        <message>
            <source>Timing: queued %1 · connect %2 · TLS %3 · waiting %4 · download %5 · total %6</source>
            <translation>Zeiten: Warteschlange %1 · Verbindung %2 · TLS %3 · Warten %4 · Download %5 · Gesamt %6</translation>
        </message>
        <message>
            <source>empty body</source>
            <translation>leerer Body</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>JSONP, callback %1</source>
            <translation>JSONP, Callback %1</translation>
        </message>
        <message>
            <source>pixel (image)</source>
            <translation>Pixel (Bild)</translation>
        </message>
        <message>
            <source>HTML page</source>
            <translation>HTML-Seite</translation>
        </message>
        <message>
            <source>text, not JSON</source>
            <translation>Text, kein JSON</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>Binärdaten</translation>
        </message>
        <message>
            <source>Response: %1 (%2 bytes)</source>
            <translation>Antwort: %1 (%2 Bytes)</translation>
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation>%1 – %2 – %3</translation>
        </message>
        <message>
            <source>stuff (cookie destinations): %1</source>
            <translation>stuff (Cookie-Ziele): %1</translation>
        </message>
        <message>
            <source>ttl %1, domain %2</source>
            <translation>ttl %1, Domain %2</translation>
        </message>
        <message>
            <source>dests (URL destinations): %1</source>
            <translation>dests (URL-Ziele): %1</translation>
        </message>
        <message>
            <source>Keys as received: %1</source>
            <translation>Schlüssel in Empfangsreihenfolge: %1</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Fehler:</translation>
        </message>
        <message>
            <source>body and X-Error</source>
            <translation>Body und X-Error</translation>
        </message>
        <message>
            <source>X-Error</source>
            <translation>X-Error</translation>
        </message>
        <message>
            <source>body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>Body: %1 bytes, not printed (use --body to print it).</source>
            <translation>Body: %1 Bytes, nicht ausgegeben (mit --body ausgeben).</translation>
        </message>
        <message>
            <source>Body: %1 bytes of binary data (base64):</source>
            <translation>Body: %1 Bytes Binärdaten (Base64):</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>Body:</translation>
        </message>
        <message>
            <source>Redirect to %1 (not followed).</source>
            <translation>Weiterleitung nach %1 (DCS Desk folgt ihr nicht).</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>Org-ID</translation>
        </message>
        <message>
            <source>Settings digest</source>
            <translation>Einstellungs-Hash</translation>
        </message>
        <message>
            <source>Fields:</source>
            <translation>Felder:</translation>
        </message>
        <message>
            <source>expired %1</source>
            <translation>am %1 abgelaufen</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>läuft am %1 ab</translation>
        </message>
        <message>
            <source>, session only</source>
            <translation>, nur für die Sitzung</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Values in force:</source>
            <translation>Geltende Werte:</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unbekannt)</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>Opt-out erklärt</translation>
        </message>
        <message>
            <source>not opted out</source>
            <translation>kein Opt-out erklärt</translation>
        </message>
        <message>
            <source>AAM UUID</source>
            <translation>AAM-UUID</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Opt-out</translation>
        </message>
        <message>
            <source>yes (NOTARGET)</source>
            <translation>ja (NOTARGET)</translation>
        </message>
        <message>
            <source>ID sync</source>
            <translation>ID-Synchronisierung</translation>
        </message>
        <message>
            <source>deprecated type 2</source>
            <translation>veralteter Typ 2</translation>
        </message>
        <message>
            <source>old style</source>
            <translation>altes Format</translation>
        </message>
        <message>
            <source>data source %1: %2, last %3</source>
            <translation>Datenquelle %1: %2, zuletzt %3</translation>
        </message>
        <message>
            <source>destination %1: send error at %2</source>
            <translation>Ziel %1: Sendefehler am %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>the server's own message, in quotation marks</comment>
            <translation>„%1“</translation>
        </message>
    </context>
    <context>
        <name>CollectionImport</name>
        <message>
            <source>The request has no URL. Give it the DCS address in the collection and import again.</source>
            <translation>Die Anfrage hat keine URL. Tragen Sie in der Sammlung die DCS-Adresse als URL der Anfrage ein und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>The %1 body was not imported: the DCS reads key=value pairs only (a form body or the query). Add the values as signals in the console.</source>
            <translation>Der %1-Body wurde nicht importiert: Der DCS liest nur Schlüssel=Wert-Paare (einen Formular-Body oder die Query). Fügen Sie die Werte in der Konsole als Signale hinzu.</translation>
        </message>
        <message>
            <source>The URL cannot be read: %1 Correct it in the collection and import again.</source>
            <translation>Die URL kann nicht gelesen werden: %1 Korrigieren Sie sie in der Sammlung und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>Not a DCS call: it goes to %1%2, which is not an Audience Manager DCS address (a demdex.net host with /event, /ibs, /id or /demoptout.jpg). Nothing to do if it belongs to another API; to import it, point its URL at the DCS.</source>
            <translation>Kein DCS-Aufruf: Er geht an %1%2, und das ist keine DCS-Adresse von Audience Manager (ein demdex.net-Host mit /event, /ibs, /id oder /demoptout.jpg). Gehört er zu einer anderen API, ist nichts zu tun; um ihn zu importieren, richten Sie seine URL auf den DCS.</translation>
        </message>
        <message>
            <source>%1 (alias %2)</source>
            <translation>%1 (Alias %2)</translation>
        </message>
        <message>
            <source>The body of this GET request is sent in the query, where the DCS reads a GET call's pairs.</source>
            <translation>Der Body dieser GET-Anfrage wird in der Query gesendet, wo der DCS die Paare eines GET-Aufrufs liest.</translation>
        </message>
        <message>
            <source>The disabled header(s) %1 are set by DCS Desk and were left out.</source>
            <translation>Die deaktivierten Header %1 setzt DCS Desk selbst; sie wurden weggelassen.</translation>
        </message>
        <message>
            <source>Imported request</source>
            <translation>Importierte Anfrage</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The request has no name in the collection; it is saved as “%1”.</source>
            <translation>Die Anfrage hat in der Sammlung keinen Namen; sie wird als „%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Saved as “%1”: a saved request named “%2” exists already in the workspace or earlier in this import. Rename either one if you like.</source>
            <translation>Gespeichert als „%1“: Eine gespeicherte Anfrage namens „%2“ gibt es schon im Arbeitsbereich oder weiter oben in diesem Import. Benennen Sie eine der beiden um, wenn Sie möchten.</translation>
        </message>
        <message>
            <source>The requests went to %1. A saved request holds no address: it is sent where the console's profile says (alias, region or base URL). Choose or add a profile for these calls.</source>
            <translation>Die Anfragen gingen an %1. Eine gespeicherte Anfrage enthält keine Adresse: Sie geht an die Adresse, die das Profil der Konsole vorgibt (Alias, Region oder Basis-URL). Wählen Sie ein Profil für diese Aufrufe oder legen Sie eines an.</translation>
        </message>
        <message>
            <source>The requests use the variables %1, kept as written. Define them in an environment (Console › Environments) before sending.</source>
            <translation>Die Anfragen verwenden die Variablen %1; sie wurden unverändert übernommen. Definieren Sie sie vor dem Senden in einer Umgebung (Konsole › Umgebungen).</translation>
        </message>
        <message>
            <source>The collection gives values to %1; the values are not imported. Add them to an environment if the requests need them.</source>
            <translation>Die Sammlung legt Werte für %1 fest; diese Werte werden nicht importiert. Fügen Sie sie einer Umgebung hinzu, wenn die Anfragen sie benötigen.</translation>
        </message>
        <message>
            <source>%1 imported, %2 imported with changes, %3 skipped</source>
            <translation>%1 importiert, %2 mit Änderungen importiert, %3 übersprungen</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Imported with changes</source>
            <translation>Mit Änderungen importiert</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Folder “%1” holds no DCS request: it is created empty, so the collection keeps its folders. Delete it in the Saved requests pane if you do not need it.</source>
            <translation>Ordner „%1“ enthält keine DCS-Anfrage: Er wird leer angelegt, damit die Sammlung ihre Ordner behält. Löschen Sie ihn im Bereich „Gespeicherte Anfragen“, wenn Sie ihn nicht benötigen.</translation>
        </message>
    </context>
    <context>
        <name>CookieCommand</name>
        <message>
            <source>Decode Audience Manager cookies: demdex, dextp, dst and AMCV.</source>
            <translation>Audience-Manager-Cookies dekodieren: demdex, dextp, dst und AMCV.</translation>
        </message>
        <message>
            <source>A Cookie header or name=value pairs separated by ;, or - for stdin.</source>
            <translation>Ein Cookie-Header oder durch ; getrennte Paare Name=Wert, oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Ablauf zu diesem Zeitpunkt (ISO 8601) statt zum aktuellen Zeitpunkt prüfen.</translation>
        </message>
        <message>
            <source>cookie takes one Cookie header, or - for stdin.</source>
            <translation>cookie erwartet einen Cookie-Header oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now erwartet eine Zeit nach ISO 8601 wie 2019-11-01T00:00:00Z, nicht „%1“.</translation>
        </message>
        <message>
            <source>No cookies found: give them as name=value; name=value.</source>
            <translation>Keine Cookies gefunden: Geben Sie sie als Name=Wert; Name=Wert an.</translation>
        </message>
        <message>
            <source>cookies</source>
            <translation>Cookies</translation>
        </message>
        <message>
            <source>COOKIES|-</source>
            <translation>COOKIES|-</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeitpunkt</translation>
        </message>
    </context>
    <context>
        <name>CurlImport</name>
        <message>
            <source>The command cannot be read: %1</source>
            <translation>Der Befehl kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The command is empty: paste a cURL command with a DCS URL.</source>
            <translation>Der Befehl ist leer: Fügen Sie einen cURL-Befehl mit einer DCS-URL ein.</translation>
        </message>
        <message>
            <source>%1 %2 is not a “Name: value” header and was ignored.</source>
            <translation>%1 %2 ist kein Header der Form „Name: Wert“ und wurde ignoriert.</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>Die Option %1 benötigt einen Wert.</translation>
        </message>
        <message>
            <source>%1 %2 reads a file, which DCS Desk cannot see; paste the data itself instead.</source>
            <translation>%1 %2 liest eine Datei, auf die DCS Desk keinen Zugriff hat; fügen Sie stattdessen die Daten selbst ein.</translation>
        </message>
        <message>
            <source>%1 %2 reads cookies from a file, which DCS Desk cannot see; give the cookies as name=value.</source>
            <translation>%1 %2 liest Cookies aus einer Datei, auf die DCS Desk keinen Zugriff hat; geben Sie die Cookies als Name=Wert an.</translation>
        </message>
        <message>
            <source>%1 sends a HEAD request; the DCS takes GET or POST, so the call is imported as GET.</source>
            <translation>%1 sendet eine HEAD-Anfrage; der DCS nimmt GET oder POST an, daher wird der Aufruf als GET importiert.</translation>
        </message>
        <message>
            <source>%1 (follow redirects) is not used: DCS Desk shows a redirect instead of following it.</source>
            <translation>%1 (Weiterleitungen folgen) wird nicht verwendet: DCS Desk zeigt eine Weiterleitung an, statt ihr zu folgen.</translation>
        </message>
        <message>
            <source>%1 (ignore TLS errors) is not used: DCS Desk shows TLS errors and never ignores them.</source>
            <translation>%1 (TLS-Fehler ignorieren) wird nicht verwendet: DCS Desk zeigt TLS-Fehler an und ignoriert sie nie.</translation>
        </message>
        <message>
            <source>%1 %2 only changes how curl runs and is not part of the request; it was ignored.</source>
            <translation>%1 %2 betrifft nur die Ausführung von curl und gehört nicht zur Anfrage; die Option wurde ignoriert.</translation>
        </message>
        <message>
            <source>No URL found: the command needs the DCS address, such as https://usw2.demdex.net/event?d_rtbd=json</source>
            <translation>Keine URL gefunden: Der Befehl benötigt die DCS-Adresse, etwa https://usw2.demdex.net/event?d_rtbd=json</translation>
        </message>
        <message>
            <source>Only the first URL is imported; the others are listed as not imported.</source>
            <translation>Nur die erste URL wird importiert; die anderen sind als nicht importiert aufgeführt.</translation>
        </message>
        <message>
            <source>The URL has no scheme; %1 is assumed.</source>
            <translation>Die URL hat kein Schema; %1 wird angenommen.</translation>
        </message>
        <message>
            <source>“%1” is not an http:// or https:// URL.</source>
            <translation>„%1“ ist keine http://- oder https://-URL.</translation>
        </message>
        <message>
            <source>The DCS takes GET or POST; the %1 request is imported as GET.</source>
            <translation>Der DCS nimmt GET oder POST an; die %1-Anfrage wird als GET importiert.</translation>
        </message>
        <message>
            <source>The URL's query and the POST body are merged; DCS Desk sends all pairs in the body.</source>
            <translation>Die Query der URL und der POST-Body werden zusammengeführt; DCS Desk sendet alle Paare im Body.</translation>
        </message>
        <message>
            <source>Content-Type %1 is replaced by application/x-www-form-urlencoded, the only body the DCS reads.</source>
            <translation>Content-Type %1 wird durch application/x-www-form-urlencoded ersetzt, das einzige Body-Format, das der DCS liest.</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk and was left out.</source>
            <translation>Der Header %1 wird von DCS Desk gesetzt und wurde weggelassen.</translation>
        </message>
        <message>
            <source>The URL uses the alias as host name (browser style). For a server-to-server call choose the DCS region the user belongs to.</source>
            <translation>Die URL verwendet den Alias als Hostnamen (wie im Browser). Wählen Sie für einen Server-zu-Server-Aufruf die DCS-Region des Benutzers.</translation>
        </message>
        <message>
            <source>The Host header “%1” is not &lt;alias&gt;.demdex.net; it is kept as the alias, check it in the profile.</source>
            <translation>Der Host-Header „%1“ hat nicht die Form &lt;Alias&gt;.demdex.net; er wird als Alias übernommen, prüfen Sie ihn im Profil.</translation>
        </message>
        <message>
            <source>The call contains a % that is not followed by two hex digits: the DCS ignores such a request (error 311). The value is kept as given.</source>
            <translation>Der Aufruf enthält ein %, auf das keine zwei Hexadezimalziffern folgen: Der DCS ignoriert eine solche Anfrage (Fehler 311). Der Wert bleibt unverändert.</translation>
        </message>
        <message>
            <source>Kept exactly as pasted (“As typed”), because DCS Desk would encode the same values with other bytes: %1.</source>
            <translation>Genau wie eingefügt behalten („Wie eingegeben“), weil DCS Desk dieselben Werte mit anderen Bytes kodieren würde: %1.</translation>
        </message>
        <message>
            <source>%1 starts another request; only the first was imported.</source>
            <translation>%1 beginnt eine weitere Anfrage; nur die erste wurde importiert.</translation>
        </message>
        <message>
            <source>%1 is not a curl option; it was ignored.</source>
            <translation>%1 ist keine curl-Option; sie wurde ignoriert.</translation>
        </message>
        <message>
            <source>The body “%1” is JSON, not the key=value pairs the DCS reads; it was not imported, so the call is sent without it.</source>
            <translation>Der Body „%1“ ist JSON, nicht die Schlüssel=Wert-Paare, die der DCS liest; er wurde nicht importiert, daher wird der Aufruf ohne ihn gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</source>
            <translation>
                <numerusform>Im Body hat %1 kein „=“: Es wird als Schlüssel mit leerem Wert gesendet („%2=“).</numerusform>
                <numerusform>Im Body haben %1 kein „=“: Diese Teile werden als Schlüssel mit leerem Wert gesendet („%2=“).</numerusform>
            </translation>
        </message>
        <message>
            <source>Content-Type is sent as %1, without “%2”.</source>
            <translation>Content-Type wird als %1 gesendet, ohne „%2“.</translation>
        </message>
        <message>
            <source>curl would send User-Agent: curl/…; DCS Desk sends its own User-Agent. Add a User-Agent header to send another.</source>
            <translation>curl würde User-Agent: curl/… senden; DCS Desk sendet seinen eigenen User-Agent. Fügen Sie einen User-Agent-Header hinzu, um einen anderen zu senden.</translation>
        </message>
        <message>
            <source>curl would also send Accept: */*; DCS Desk sends no Accept header unless you add one.</source>
            <translation>curl würde zusätzlich Accept: */* senden; DCS Desk sendet keinen Accept-Header, solange Sie keinen hinzufügen.</translation>
        </message>
        <message>
            <source>%1 is not used: DCS Desk uses HTTP/1.1 so that the Host header reaches the DCS as given.</source>
            <translation>%1 wird nicht verwendet: DCS Desk spricht HTTP/1.1, damit der Host-Header unverändert beim DCS ankommt.</translation>
        </message>
    </context>
    <context>
        <name>CurlImportCommand</name>
        <message>
            <source>Read a cURL command (as pasted, or - for stdin) and show the DCS call it makes.</source>
            <translation>Einen cURL-Befehl lesen (wie eingefügt oder - für die Standardeingabe) und den DCS-Aufruf anzeigen, den er ausführt.</translation>
        </message>
        <message>
            <source>The cURL command in one argument (quote it), or - for stdin.</source>
            <translation>Der cURL-Befehl in einem Argument (in Anführungszeichen) oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>curl-import takes the cURL command in quotes, or - for stdin.</source>
            <translation>curl-import erwartet den cURL-Befehl in Anführungszeichen oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>Alias: %1</source>
            <translation>Alias: %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Base URL: %1</source>
            <translation>Basis-URL: %1</translation>
        </message>
        <message>
            <source>Region: %1</source>
            <translation>Region: %1</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>Save it with --json &gt; request.json and send it with “%1 send --from-json request.json”.</source>
            <translation>Speichern Sie die Anfrage mit --json &gt; request.json und senden Sie sie mit „%1 send --from-json request.json“.</translation>
        </message>
        <message>
            <source>command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>COMMAND|-</source>
            <translation>BEFEHL|-</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Nicht importierte Optionen:</translation>
        </message>
    </context>
    <context>
        <name>DcsEndpointChecker</name>
        <message>
            <source>An ID sync carries its pairs in the URL after /ibs:, so it cannot be sent as POST. Switch the method to GET.</source>
            <translation>Eine ID-Synchronisierung enthält ihre Paare in der URL nach /ibs:, daher kann sie nicht per POST gesendet werden. Stellen Sie die Methode auf GET um.</translation>
        </message>
        <message>
            <source>Adobe documents %1 as a GET call only; POST may be ignored. Switch the method to GET.</source>
            <translation>Adobe dokumentiert %1 nur als GET-Aufruf; POST wird womöglich ignoriert. Stellen Sie die Methode auf GET um.</translation>
        </message>
        <message>
            <source>%1 is read only by /event calls; %2 ignores it. Remove it, or send it to /event.</source>
            <translation>%1 wird nur von /event-Aufrufen gelesen; %2 ignoriert es. Entfernen Sie es oder senden Sie es an /event.</translation>
        </message>
        <message>
            <source>An opt-out names the ID to opt out, and this call has none. Set a user ID (d_uuid, or d_mid with d_orgid) or add a declared ID (d_cid or d_cid_ic).</source>
            <translation>Ein Opt-out nennt die ID, für die es gelten soll, und dieser Aufruf hat keine. Legen Sie eine Benutzer-ID fest (d_uuid oder d_mid mit d_orgid) oder fügen Sie eine deklarierte ID hinzu (d_cid oder d_cid_ic).</translation>
        </message>
        <message>
            <source>An ID sync needs the vendor's data source ID and user ID: add the signals dpid=&lt;VENDOR_ID&gt; and dpuuid=&lt;VENDOR_UUID&gt;, or a declared ID (d_cid).</source>
            <translation>Eine ID-Synchronisierung benötigt die Datenquellen-ID und die Benutzer-ID des Anbieters: Fügen Sie die Signale dpid=&lt;VENDOR_ID&gt; und dpuuid=&lt;VENDOR_UUID&gt; oder eine deklarierte ID (d_cid) hinzu.</translation>
        </message>
        <message>
            <source>dpid is the data source ID Audience Manager assigned to the vendor, a number, not “%1”.</source>
            <translation>dpid ist die Datenquellen-ID, die Audience Manager dem Anbieter zugewiesen hat, eine Zahl, nicht „%1“.</translation>
        </message>
        <message>
            <source>The redir URL has no %1, so the partner gets no AAM UUID back. Put %1 where the partner expects the ID, for example https://partner.example/sync?aam=%1.</source>
            <translation>Die redir-URL enthält kein %1, daher erhält der Partner keine AAM-UUID zurück. Setzen Sie %1 dort ein, wo der Partner die ID erwartet, zum Beispiel https://partner.example/sync?aam=%1.</translation>
        </message>
        <message>
            <source>redir is “%1”, not an http:// or https:// address; the DCS redirects the browser there.</source>
            <translation>redir ist „%1“, keine http://- oder https://-Adresse; der DCS leitet den Browser dorthin weiter.</translation>
        </message>
        <message>
            <source>The ID service answers an Experience Cloud ID (d_mid) for an org (d_orgid). Send d_mid with d_orgid, or a declared ID, rather than d_uuid.</source>
            <translation>Der ID-Dienst antwortet mit einer Experience Cloud ID (d_mid) für eine Organisation (d_orgid). Senden Sie statt d_uuid die d_mid mit d_orgid oder eine deklarierte ID.</translation>
        </message>
        <message>
            <source>Adobe documents the DCS paths /event, /ibs, /id and /demoptout.jpg; %1 is none of them, so the answer may be anything. Choose one of them unless you are testing another server.</source>
            <translation>Adobe dokumentiert die DCS-Pfade /event, /ibs, /id und /demoptout.jpg; %1 ist keiner davon, daher kann die Antwort beliebig sein. Wählen Sie einen davon, sofern Sie nicht einen anderen Server testen.</translation>
        </message>
        <message>
            <source>%2 not sent: %1 does not read them, only /event does. Choose /event as the endpoint to send them.</source>
            <translation>%2 nicht gesendet: %1 liest sie nicht, nur /event liest sie. Wählen Sie /event als Endpunkt, um sie zu senden.</translation>
        </message>
    </context>
    <context>
        <name>DcsErrorCatalog</name>
        <message>
            <source>Unspecified error</source>
            <translation>Nicht näher bezeichneter Fehler</translation>
        </message>
        <message>
            <source>A catch-all error. Retry the call; if it keeps failing, contact Adobe.</source>
            <translation>Ein Sammelfehler. Wiederholen Sie den Aufruf; wenn er weiter fehlschlägt, wenden Sie sich an Adobe.</translation>
        </message>
        <message>
            <source>Could not find config for hostname: &lt;hostname&gt;</source>
            <translation>Keine Konfiguration für den Hostnamen gefunden: &lt;Hostname&gt;</translation>
        </message>
        <message>
            <source>The host name in the Host header is not provisioned. Check the domain alias.</source>
            <translation>Der Hostname im Host-Header ist nicht eingerichtet. Prüfen Sie den Domain-Alias.</translation>
        </message>
        <message>
            <source>Invalid d_orgid value (could not find a config for this org id): &lt;ID&gt;</source>
            <translation>Ungültiger d_orgid-Wert (keine Konfiguration für diese Org-ID gefunden): &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The IMS Org ID in d_orgid is wrong. Check it; it ends in @AdobeOrg.</source>
            <translation>Die IMS-Org-ID in d_orgid ist falsch. Prüfen Sie sie; sie endet auf @AdobeOrg.</translation>
        </message>
        <message>
            <source>Unable to evaluate traits</source>
            <translation>Eigenschaften konnten nicht ausgewertet werden</translation>
        </message>
        <message>
            <source>The traits of this call were evaluated only partly or not at all.</source>
            <translation>Die Eigenschaften dieses Aufrufs wurden nur teilweise oder gar nicht ausgewertet.</translation>
        </message>
        <message>
            <source>Could not retrieve host name for the request</source>
            <translation>Der Hostname der Anfrage konnte nicht ermittelt werden</translation>
        </message>
        <message>
            <source>The request has no Host header. Set the domain alias in the profile.</source>
            <translation>Die Anfrage hat keinen Host-Header. Legen Sie den Domain-Alias im Profil fest.</translation>
        </message>
        <message>
            <source>Invalid Experience Cloud id passed in &lt;ID&gt;</source>
            <translation>Ungültige Experience Cloud ID übergeben: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_mid value is not a valid Experience Cloud ID.</source>
            <translation>Der d_mid-Wert ist keine gültige Experience Cloud ID.</translation>
        </message>
        <message>
            <source>Invalid AAM ID passed in request &lt;ID&gt;</source>
            <translation>Ungültige AAM-ID in der Anfrage übergeben: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_uuid value is not a valid AAM UUID (38 digits).</source>
            <translation>Der d_uuid-Wert ist keine gültige AAM-UUID (38 Ziffern).</translation>
        </message>
        <message>
            <source>All customer IDs are invalid</source>
            <translation>Alle Kunden-IDs sind ungültig</translation>
        </message>
        <message>
            <source>None of the declared IDs (d_cid, d_cid_ic) in the call is valid.</source>
            <translation>Keine der deklarierten IDs (d_cid, d_cid_ic) im Aufruf ist gültig.</translation>
        </message>
        <message>
            <source>Referer &lt;HTTP referer&gt; is not allowed for partner &lt;Partner ID&gt;</source>
            <translation>Referer &lt;HTTP-Referer&gt; ist für Partner &lt;Partner-ID&gt; nicht erlaubt</translation>
        </message>
        <message>
            <source>The HTTP referer of the call is not allowed for this partner.</source>
            <translation>Der HTTP-Referer des Aufrufs ist für diesen Partner nicht erlaubt.</translation>
        </message>
        <message>
            <source>Invalid IMS token received</source>
            <translation>Ungültiges IMS-Token empfangen</translation>
        </message>
        <message>
            <source>Audience Manager–Target integration: the IMS token is invalid, expired or not authorized.</source>
            <translation>Integration Audience Manager–Target: Das IMS-Token ist ungültig, abgelaufen oder nicht berechtigt.</translation>
        </message>
        <message>
            <source>Encountered opt out tag for id &lt;ID&gt;</source>
            <translation>Opt-out-Markierung für ID &lt;ID&gt; gefunden</translation>
        </message>
        <message>
            <source>The user has opted out; the DCS does not process the call and returns no UUID.</source>
            <translation>Der Benutzer hat ein Opt-out erklärt; der DCS verarbeitet den Aufruf nicht und liefert keine UUID.</translation>
        </message>
        <message>
            <source>Blocked cookies</source>
            <translation>Blockierte Cookies</translation>
        </message>
        <message>
            <source>The browser blocks third-party cookies; the call is not processed.</source>
            <translation>Der Browser blockiert Drittanbieter-Cookies; der Aufruf wird nicht verarbeitet.</translation>
        </message>
        <message>
            <source>Encountered trust relationship via NAI</source>
            <translation>Vertrauensbeziehung über NAI gefunden</translation>
        </message>
        <message>
            <source>The user opted out through the Network Advertising Initiative (NAI).</source>
            <translation>Der Benutzer hat über die Network Advertising Initiative (NAI) ein Opt-out erklärt.</translation>
        </message>
        <message>
            <source>Requests from this country are blocked by partner</source>
            <translation>Anfragen aus diesem Land werden vom Partner blockiert</translation>
        </message>
        <message>
            <source>The partner blocks calls from the user's country (by IP address).</source>
            <translation>Der Partner blockiert Aufrufe aus dem Land des Benutzers (nach IP-Adresse).</translation>
        </message>
        <message>
            <source>Requests from this country are not allowed</source>
            <translation>Anfragen aus diesem Land sind nicht erlaubt</translation>
        </message>
        <message>
            <source>Calls from Cuba, Iran, North Korea, Sudan and Syria are not processed.</source>
            <translation>Aufrufe aus Kuba, dem Iran, Nordkorea, dem Sudan und Syrien werden nicht verarbeitet.</translation>
        </message>
        <message>
            <source>Cannot read traits from profile cache for id: &lt;ID&gt;</source>
            <translation>Eigenschaften für ID &lt;ID&gt; können nicht aus dem Profil-Cache gelesen werden</translation>
        </message>
        <message>
            <source>The user's profile could not be read, so earlier traits were not used.</source>
            <translation>Das Profil des Benutzers konnte nicht gelesen werden, daher wurden frühere Eigenschaften nicht verwendet.</translation>
        </message>
        <message>
            <source>Cannot read device ids from profile cache for customer id: &lt;ID&gt;</source>
            <translation>Geräte-IDs für Kunden-ID &lt;ID&gt; können nicht aus dem Profil-Cache gelesen werden</translation>
        </message>
        <message>
            <source>The device IDs linked to the customer ID could not be read (Profile Link merge rule).</source>
            <translation>Die mit der Kunden-ID verknüpften Geräte-IDs konnten nicht gelesen werden (Zusammenführungsregel Profile Link).</translation>
        </message>
        <message>
            <source>Cannot read related customer for device id: &lt;ID&gt;</source>
            <translation>Zugehöriger Kunde für Geräte-ID &lt;ID&gt; kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The customer linked to the device could not be read (Last Authenticated merge rule).</source>
            <translation>Der mit dem Gerät verknüpfte Kunde konnte nicht gelesen werden (Zusammenführungsregel Last Authenticated).</translation>
        </message>
        <message>
            <source>Cannot read device cluster for id: &lt;ID&gt;</source>
            <translation>Geräte-Cluster für ID &lt;ID&gt; kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The device graph cluster of the user is not available.</source>
            <translation>Der Gerätegraph-Cluster des Benutzers ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>Could not perform migration since profile read failed for primary device</source>
            <translation>Migration nicht möglich, da das Profil des primären Geräts nicht gelesen werden konnte</translation>
        </message>
        <message>
            <source>A profile migration failed because the primary device's profile could not be read (profile cache scalability).</source>
            <translation>Eine Profilmigration ist fehlgeschlagen, weil das Profil des primären Geräts nicht gelesen werden konnte (Skalierbarkeit des Profil-Caches).</translation>
        </message>
        <message>
            <source>Could not perform migration from &lt;ID&gt; to &lt;ID&gt;, because profile read failed for &lt;ID&gt;</source>
            <translation>Migration von &lt;ID&gt; nach &lt;ID&gt; nicht möglich, da das Profil von &lt;ID&gt; nicht gelesen werden konnte</translation>
        </message>
        <message>
            <source>A profile migration between two IDs failed because a profile could not be read (profile cache scalability).</source>
            <translation>Eine Profilmigration zwischen zwei IDs ist fehlgeschlagen, weil ein Profil nicht gelesen werden konnte (Skalierbarkeit des Profil-Caches).</translation>
        </message>
        <message>
            <source>Invalid customer id &lt;ID&gt;</source>
            <translation>Ungültige Kunden-ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>A declared customer ID is missing or invalid: an unknown data source or integration code, a blank ID, a blocked ID, or a data source the account does not own.</source>
            <translation>Eine deklarierte Kunden-ID fehlt oder ist ungültig: eine unbekannte Datenquelle oder ein unbekannter Integrationscode, eine leere ID, eine gesperrte ID oder eine Datenquelle, die nicht zum Konto gehört.</translation>
        </message>
        <message>
            <source>Maximum number of customer ids exceeded. Maximum allowed is &lt;max&gt;. Found is &lt;found&gt;.</source>
            <translation>Höchstzahl an Kunden-IDs überschritten. Erlaubt sind &lt;max&gt;. Gefunden: &lt;found&gt;.</translation>
        </message>
        <message>
            <source>More than 10 declared customer IDs in one call; the extra ones are dropped.</source>
            <translation>Mehr als 10 deklarierte Kunden-IDs in einem Aufruf; die überzähligen werden verworfen.</translation>
        </message>
        <message>
            <source>Unauthorized customer id &lt;ID&gt;</source>
            <translation>Nicht berechtigte Kunden-ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source of the declared ID does not belong to the organization.</source>
            <translation>Die Datenquelle der deklarierten ID gehört nicht zur Organisation.</translation>
        </message>
        <message>
            <source>Blocked customer id &lt;ID&gt;</source>
            <translation>Gesperrte Kunden-ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The customer ID is denylisted. Denylisted IDs cannot be removed from the denylist; never use this ID again.</source>
            <translation>Die Kunden-ID steht auf der Sperrliste. Gesperrte IDs können nicht von der Sperrliste entfernt werden; verwenden Sie diese ID nie wieder.</translation>
        </message>
        <message>
            <source>Blocked datasource id &lt;ID&gt;</source>
            <translation>Gesperrte Datenquellen-ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source is denylisted.</source>
            <translation>Die Datenquelle steht auf der Sperrliste.</translation>
        </message>
        <message>
            <source>Blocked declared device id &lt;ID&gt;</source>
            <translation>Gesperrte deklarierte Geräte-ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device ID is denylisted because of an extreme call rate. Never use this ID again.</source>
            <translation>Die Geräte-ID steht wegen einer extremen Aufrufrate auf der Sperrliste. Verwenden Sie diese ID nie wieder.</translation>
        </message>
        <message>
            <source>Blocked profile operation for &lt;ID&gt;</source>
            <translation>Gesperrter Profilvorgang für &lt;ID&gt;</translation>
        </message>
        <message>
            <source>Reading or writing this profile is denylisted. Never use this ID again.</source>
            <translation>Das Lesen und Schreiben dieses Profils ist gesperrt. Verwenden Sie diese ID nie wieder.</translation>
        </message>
        <message>
            <source>Customer id &lt;ID&gt; was discarded because it exceeded the limit of declared customer ids per request</source>
            <translation>Kunden-ID &lt;ID&gt; wurde verworfen, weil damit die Höchstzahl deklarierter Kunden-IDs pro Anfrage überschritten wurde</translation>
        </message>
        <message>
            <source>A declared ID was dropped because the call has more than 10; the DCS reports this once per dropped ID.</source>
            <translation>Eine deklarierte ID wurde verworfen, weil der Aufruf mehr als 10 hat; der DCS meldet dies für jede verworfene ID einmal.</translation>
        </message>
        <message>
            <source>Customer id was discarded because it exceeded the limit for a given namespace. Namespace id is &lt;ID&gt;, customer id is &lt;ID&gt;.</source>
            <translation>Kunden-ID wurde verworfen, weil damit die Höchstzahl für einen Namespace überschritten wurde. Namespace-ID ist &lt;ID&gt;, Kunden-ID ist &lt;ID&gt;.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for the same data source (namespace); the extra ones are dropped.</source>
            <translation>Mehr als 3 deklarierte IDs für dieselbe Datenquelle (Namespace); die überzähligen werden verworfen.</translation>
        </message>
        <message>
            <source>Request contains invalid parameters</source>
            <translation>Anfrage enthält ungültige Parameter</translation>
        </message>
        <message>
            <source>A parameter is badly encoded (for example a bare %); the DCS ignores the whole request. Percent-encode every key and value.</source>
            <translation>Ein Parameter ist falsch kodiert (zum Beispiel ein einzelnes %); der DCS ignoriert die ganze Anfrage. Jeder Schlüssel und jeder Wert muss prozentkodiert sein.</translation>
        </message>
        <message>
            <source>Request contains an invalid Global Device ID</source>
            <translation>Anfrage enthält eine ungültige globale Geräte-ID</translation>
        </message>
        <message>
            <source>A global device ID is invalid (for example an IDFA in lower case) and was ignored.</source>
            <translation>Eine globale Geräte-ID ist ungültig (zum Beispiel eine IDFA in Kleinbuchstaben) und wurde ignoriert.</translation>
        </message>
        <message>
            <source>CMP ID is not present in GCL</source>
            <translation>CMP-ID ist nicht in der GCL enthalten</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is not in the Global Vendor List; the consent string is discarded and ${GDPR} is 0.</source>
            <translation>Die Einwilligungsplattform (CMP) des IAB-TCF-Strings ist nicht in der Global Vendor List; der Consent-String wird verworfen und ${GDPR} ist 0.</translation>
        </message>
        <message>
            <source>CMP ID is marked as deleted in GCL</source>
            <translation>CMP-ID ist in der GCL als gelöscht markiert</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is marked as deleted; the consent string is discarded.</source>
            <translation>Die Einwilligungsplattform (CMP) des IAB-TCF-Strings ist als gelöscht markiert; der Consent-String wird verworfen.</translation>
        </message>
        <message>
            <source>Consent string indicates no consent</source>
            <translation>Consent-String enthält keine Einwilligung</translation>
        </message>
        <message>
            <source>The IAB TCF consent string gives no consent; the user is opted out or the call is dropped.</source>
            <translation>Der IAB-TCF-Consent-String erteilt keine Einwilligung; der Benutzer hat ein Opt-out erklärt, oder der Aufruf wird verworfen.</translation>
        </message>
        <message>
            <source>System error</source>
            <translation>Systemfehler</translation>
        </message>
        <message>
            <source>Integration error</source>
            <translation>Integrationsfehler</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Opt-out</translation>
        </message>
        <message>
            <source>Profile retrieval error</source>
            <translation>Fehler beim Abrufen des Profils</translation>
        </message>
        <message>
            <source>Integration warning</source>
            <translation>Integrationswarnung</translation>
        </message>
        <message>
            <source>Undocumented code</source>
            <translation>Nicht dokumentierter Code</translation>
        </message>
        <message>
            <source>%1: not in the documented DCS error table (%2).</source>
            <translation>%1: nicht in der dokumentierten DCS-Fehlertabelle (%2).</translation>
        </message>
        <message>
            <source>%1 %2 — %3</source>
            <translation>%1 %2 – %3</translation>
        </message>
    </context>
    <context>
        <name>DcsQueryReader</name>
        <message>
            <source>The key “%1” is not correctly percent-encoded; it is kept exactly as given.</source>
            <translation>Der Schlüssel „%1“ ist nicht korrekt prozentkodiert; er bleibt genau wie angegeben.</translation>
        </message>
        <message>
            <source>Removed the spaces around the key “%1”.</source>
            <translation>Leerzeichen um den Schlüssel „%1“ entfernt.</translation>
        </message>
        <message>
            <source>%1=%2 is not &lt;ID&gt;%3&lt;user ID&gt;[%3&lt;auth state 0, 1 or 2&gt;]; it is kept as a signal.</source>
            <translation>%1=%2 hat nicht die Form &lt;ID&gt;%3&lt;Benutzer-ID&gt;[%3&lt;Authentifizierungsstatus 0, 1 oder 2&gt;]; es wird als Signal beibehalten.</translation>
        </message>
        <message>
            <source>%1 appears more than once or has an unusual value; the extra one is kept as a signal.</source>
            <translation>%1 kommt mehrfach vor oder hat einen ungewöhnlichen Wert; das zusätzliche Vorkommen wird als Signal beibehalten.</translation>
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
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>local sandbox</source>
            <comment>the region's name after a word, in lower case</comment>
            <translation>lokale Sandbox</translation>
        </message>
    </context>
    <context>
        <name>DcsRequest</name>
        <message>
            <source>a text</source>
            <translation>ein Text</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>%1 must be an object.</source>
            <translation>%1 muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>“%1” in %2 must be %3.</source>
            <translation>%2: „%1“ muss %3 sein.</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Unknown method “%1”: use GET or POST.</source>
            <translation>Unbekannte Methode „%1“: Verwenden Sie GET oder POST.</translation>
        </message>
        <message>
            <source>signal %1</source>
            <translation>Signal %1</translation>
        </message>
        <message>
            <source>declared ID %1</source>
            <translation>Deklarierte ID %1</translation>
        </message>
        <message>
            <source>The auth state of %1 must be 0, 1 or 2.</source>
            <translation>%1: Der Authentifizierungsstatus muss 0, 1 oder 2 sein.</translation>
        </message>
        <message>
            <source>header %1</source>
            <translation>Header %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestBuilder</name>
        <message>
            <source>The base URL “%1” is not an http:// or https:// address with a host name (and no query). Example: http://127.0.0.1:8080</source>
            <translation>Die Basis-URL „%1“ ist keine http://- oder https://-Adresse mit Hostnamen (und ohne Query). Beispiel: http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The local sandbox is not running, so there is nowhere to send this request. Start the sandbox, or choose a DCS region or a base URL.</source>
            <translation>Die lokale Sandbox läuft nicht, daher kann diese Anfrage nirgendwohin gesendet werden. Starten Sie die Sandbox oder wählen Sie eine DCS-Region oder eine Basis-URL.</translation>
        </message>
        <message>
            <source>DCS region %1 is not a documented region. Choose one of 3, 4, 6, 7, 8, 9, 11 or 12, or give a base URL.</source>
            <translation>DCS-Region %1 ist keine dokumentierte Region. Wählen Sie 3, 4, 6, 7, 8, 9, 11 oder 12 oder geben Sie eine Basis-URL an.</translation>
        </message>
        <message>
            <source>The path “%1” must start with / and contain no spaces, control characters, ? or #. The DCS event path is /event.</source>
            <translation>Der Pfad „%1“ muss mit / beginnen und darf keine Leerzeichen, Steuerzeichen, ? oder # enthalten. Der Event-Pfad des DCS ist /event.</translation>
        </message>
        <message>
            <source>These parts do not make a valid URL: %1</source>
            <translation>Diese Teile ergeben keine gültige URL: %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestChecker</name>
        <message>
            <source>The header has no name.</source>
            <translation>Der Header hat keinen Namen.</translation>
        </message>
        <message>
            <source>The header name “%1” may only contain letters, digits and !#$%&amp;'*+.^_`|~- (no spaces, colons or control characters).</source>
            <translation>Der Header-Name „%1“ darf nur Buchstaben, Ziffern und !#$%&amp;'*+.^_`|~- enthalten (keine Leerzeichen, Doppelpunkte oder Steuerzeichen).</translation>
        </message>
        <message>
            <source>It contains a line break, which would start a new header or end the request early. It is refused and never sent.</source>
            <translation>Er enthält einen Zeilenumbruch, der einen neuen Header beginnen oder die Anfrage vorzeitig beenden würde. Er wird abgelehnt und nie gesendet.</translation>
        </message>
        <message>
            <source>It contains the control character U+%1, which is not allowed in an HTTP header. It is refused and never sent.</source>
            <translation>Er enthält das Steuerzeichen U+%1, das in einem HTTP-Header nicht erlaubt ist. Er wird abgelehnt und nie gesendet.</translation>
        </message>
        <message>
            <source>No domain alias: the request goes out without a Host header of the form &lt;alias&gt;.demdex.net, and the DCS answers error 100. Set the alias in the profile.</source>
            <translation>Kein Domain-Alias: Die Anfrage wird ohne Host-Header der Form &lt;Alias&gt;.demdex.net gesendet, und der DCS antwortet mit Fehler 100. Legen Sie den Alias im Profil fest.</translation>
        </message>
        <message>
            <source>Give only the alias “%1”, not the whole host name “%2”: DCS Desk adds .demdex.net itself.</source>
            <translation>Geben Sie nur den Alias „%1“ an, nicht den ganzen Hostnamen „%2“: DCS Desk ergänzt .demdex.net selbst.</translation>
        </message>
        <message>
            <source>The alias “%1” is not a host name label (letters, digits, - and _, no dots or spaces), so it cannot go into the Host header. The request is refused.</source>
            <translation>Der Alias „%1“ ist kein gültiger Hostnamen-Teil (Buchstaben, Ziffern, - und _, keine Punkte oder Leerzeichen) und kann daher nicht in den Host-Header übernommen werden. Die Anfrage wird abgelehnt.</translation>
        </message>
        <message>
            <source>The alias cannot go into the Host header: %1</source>
            <translation>Der Alias kann nicht in den Host-Header übernommen werden: %1</translation>
        </message>
        <message>
            <source>Header “%1”: %2</source>
            <translation>Header „%1“: %2</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk (the Host header comes from the alias) and this one is not sent.</source>
            <translation>Der Header %1 wird von DCS Desk gesetzt (der Host-Header kommt aus dem Alias), dieser hier wird nicht gesendet.</translation>
        </message>
        <message>
            <source>The URL is %1 bytes, over the DCS limit of 8K (8,192 bytes) for GET. Send it as POST (limit 32K) or remove signals.</source>
            <translation>Die URL hat %1 Bytes und liegt über der DCS-Grenze von 8K (8.192 Bytes) für GET. Senden Sie den Aufruf als POST (Grenze 32K) oder entfernen Sie Signale.</translation>
        </message>
        <message>
            <source>The body is %1 bytes, over the DCS limit of 32K (32,768 bytes) for POST. Remove signals or split the call.</source>
            <translation>Der Body hat %1 Bytes und liegt über der DCS-Grenze von 32K (32.768 Bytes) für POST. Entfernen Sie Signale oder teilen Sie den Aufruf auf.</translation>
        </message>
        <message>
            <source>No user ID: a server-to-server call needs d_uuid (the AAM UUID) or d_mid (the Experience Cloud ID), or the DCS treats the call as a new visitor.</source>
            <translation>Keine Benutzer-ID: Ein Server-zu-Server-Aufruf benötigt d_uuid (die AAM-UUID) oder d_mid (die Experience Cloud ID), sonst behandelt der DCS den Aufruf als neuen Besucher.</translation>
        </message>
        <message>
            <source>“%1” does not look like an AAM UUID (38 digits). The DCS answers error 102 for an invalid d_uuid.</source>
            <translation>„%1“ sieht nicht wie eine AAM-UUID aus (38 Ziffern). Der DCS antwortet auf eine ungültige d_uuid mit Fehler 102.</translation>
        </message>
        <message>
            <source>“%1” does not look like an Experience Cloud ID (38 digits). The DCS answers error 101 for an invalid d_mid.</source>
            <translation>„%1“ sieht nicht wie eine Experience Cloud ID aus (38 Ziffern). Der DCS antwortet auf eine ungültige d_mid mit Fehler 101.</translation>
        </message>
        <message>
            <source>d_mid goes with d_orgid, the IMS Org ID (for example 5DC5123F5245B1D20A490D46@AdobeOrg).</source>
            <translation>d_mid gehört zu d_orgid, der IMS-Org-ID (zum Beispiel 5DC5123F5245B1D20A490D46@AdobeOrg).</translation>
        </message>
        <message>
            <source>The org ID “%1” does not end in @AdobeOrg. The DCS answers error 2 for an org ID it does not know.</source>
            <translation>Die Org-ID „%1“ endet nicht auf @AdobeOrg. Der DCS antwortet auf eine unbekannte Org-ID mit Fehler 2.</translation>
        </message>
        <message>
            <source>d_jsonv=0 disables ID syncs.</source>
            <translation>d_jsonv=0 deaktiviert ID-Synchronisierungen.</translation>
        </message>
        <message>
            <source>d_jsonv is normally 1 (0 disables ID syncs); “%1” is not documented.</source>
            <translation>d_jsonv ist normalerweise 1 (0 deaktiviert ID-Synchronisierungen); „%1“ ist nicht dokumentiert.</translation>
        </message>
        <message>
            <source>d_cts must be 1 (legacy segment IDs) or 2 (segment IDs), not %1.</source>
            <translation>d_cts muss 1 (alte Segment-IDs) oder 2 (Segment-IDs) sein, nicht %1.</translation>
        </message>
        <message>
            <source>The callback “%1” is not a JavaScript function name; the JSONP answer could not be called.</source>
            <translation>Der Callback „%1“ ist kein JavaScript-Funktionsname; die JSONP-Antwort ließe sich nicht aufrufen.</translation>
        </message>
        <message>
            <source>d_ptfm is one of ios, android, browser or all, not “%1”.</source>
            <translation>d_ptfm muss ios, android, browser oder all sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>d_sid takes trait or segment IDs separated by commas, such as 1234,5678.</source>
            <translation>d_sid erwartet durch Kommas getrennte Eigenschafts- oder Segment-IDs, etwa 1234,5678.</translation>
        </message>
        <message>
            <source>d_tdpid takes one data source ID (a number).</source>
            <translation>d_tdpid erwartet eine Datenquellen-ID (eine Zahl).</translation>
        </message>
        <message>
            <source>Declared ID %1 needs both a %2 and a user ID; the DCS answers error 300 (invalid customer ID).</source>
            <translation>Für die deklarierte ID %1 sind %2 und Benutzer-ID erforderlich; der DCS antwortet sonst mit Fehler 300 (ungültige Kunden-ID).</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>Integrationscode</translation>
        </message>
        <message>
            <source>data source ID</source>
            <translation>Datenquellen-ID</translation>
        </message>
        <message>
            <source>d_cid takes a numeric data source ID, not “%1”; use d_cid_ic for an integration code.</source>
            <translation>d_cid erwartet eine numerische Datenquellen-ID, nicht „%1“; verwenden Sie d_cid_ic für einen Integrationscode.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for data source %1: the DCS drops the extra ones with error 310.</source>
            <translation>Mehr als 3 deklarierte IDs für Datenquelle %1: Der DCS verwirft die überzähligen mit Fehler 310.</translation>
        </message>
        <message>
            <source>IDFA values (DSID_20915) must be upper case, such as %1; the DCS ignores this one with error 312.</source>
            <translation>IDFA-Werte (DSID_20915) müssen in Großbuchstaben stehen, etwa %1; diesen Wert ignoriert der DCS mit Fehler 312.</translation>
        </message>
        <message>
            <source>An IDFA has the form 8-4-4-4-12 hexadecimal digits; the DCS ignores an invalid global device ID with error 312.</source>
            <translation>Eine IDFA besteht aus Hexadezimalziffern in Gruppen von 8-4-4-4-12; eine ungültige globale Geräte-ID ignoriert der DCS mit Fehler 312.</translation>
        </message>
        <message>
            <source>IDs of global data source %1 (such as GAID 20914) are lower case; the DCS may ignore this one with error 312.</source>
            <translation>IDs der globalen Datenquelle %1 (wie GAID 20914) stehen in Kleinbuchstaben; der DCS ignoriert diese womöglich mit Fehler 312.</translation>
        </message>
        <message>
            <source>Signal %1 has a value but no key.</source>
            <translation>Signal %1 hat einen Wert, aber keinen Schlüssel.</translation>
        </message>
        <message>
            <source>%1 has its own field in the request; as a signal it may be sent twice.</source>
            <translation>%1 hat ein eigenes Feld in der Anfrage; als Signal wird es womöglich doppelt gesendet.</translation>
        </message>
        <message>
            <source>Enter %1 as a declared ID, so it is encoded with %2 and counted against the limits.</source>
            <translation>Geben Sie %1 als deklarierte ID ein, damit sie mit %2 kodiert und auf die Grenzen angerechnet wird.</translation>
        </message>
        <message>
            <source>%1 is deprecated; declare IDs with d_cid or d_cid_ic.</source>
            <translation>%1 ist veraltet; deklarieren Sie IDs mit d_cid oder d_cid_ic.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits. The DCS would ignore the whole request (error 311), and a URL cannot carry it as is: write it as %25, or send the call as POST to see error 311.</source>
            <translation>%1 enthält ein %, auf das keine zwei Hexadezimalziffern folgen. Der DCS würde die ganze Anfrage ignorieren (Fehler 311), und eine URL kann es nicht unverändert transportieren: Schreiben Sie es als %25 oder senden Sie den Aufruf als POST, um Fehler 311 zu sehen.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits: the DCS ignores the whole request (error 311). Write it as %25.</source>
            <translation>%1 enthält ein %, auf das keine zwei Hexadezimalziffern folgen: Der DCS ignoriert die ganze Anfrage (Fehler 311). Schreiben Sie es als %25.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); they are encoded when sent.</source>
            <translation>%1 ist als bereits kodiert gekennzeichnet, enthält aber Zeichen, die prozentkodiert werden müssen (%2); sie werden beim Senden kodiert.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); the DCS may ignore the request (error 311).</source>
            <translation>%1 ist als bereits kodiert gekennzeichnet, enthält aber Zeichen, die prozentkodiert werden müssen (%2); der DCS ignoriert die Anfrage womöglich (Fehler 311).</translation>
        </message>
        <message>
            <source>Header “%1” has characters outside ASCII: they are sent as UTF-8 bytes, as curl sends what is typed. HTTP servers take them as opaque bytes; some expect ASCII only.</source>
            <translation>Der Header „%1“ enthält Zeichen außerhalb von ASCII: Diese Zeichen werden als UTF-8-Bytes gesendet, so wie curl das Eingegebene sendet. HTTP-Server behandeln sie als uninterpretierte Bytes; manche erwarten nur ASCII.</translation>
        </message>
        <message>
            <source>The value of %1 already looks percent-encoded (“%2”); it will be encoded again (%25…). To send it as typed, mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>Der Wert von %1 sieht bereits prozentkodiert aus („%2“); er wird erneut kodiert (%25…). Um ihn wie eingegeben zu senden, kennzeichnen Sie ihn als bereits kodiert: „Wie eingegeben“ in der Konsole, --raw-signal in dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The % in the value of %1 (“%2”) is sent encoded, as %25, so the DCS reads a literal %. To send it as typed (a lone % makes the DCS answer error 311), mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>Das % im Wert von %1 („%2“) wird als %25 kodiert gesendet, sodass der DCS das Zeichen % selbst liest. Um es wie eingegeben zu senden (bei einem einzelnen % antwortet der DCS mit Fehler 311), kennzeichnen Sie es als bereits kodiert: „Wie eingegeben“ in der Konsole, --raw-signal in dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The value of the %1 header is “[not stored]”, the history's placeholder for a credential. Type it again or remove the header.</source>
            <translation>Der Wert des Headers %1 ist „[not stored]“, der Platzhalter des Verlaufs für Anmeldedaten. Geben Sie ihn erneut ein oder entfernen Sie den Header.</translation>
        </message>
        <message>
            <source>The value of %1 is “[private]”, the history's placeholder: the real value was not stored. Type it again.</source>
            <translation>Der Wert von %1 ist „[private]“, der Platzhalter des Verlaufs: Der echte Wert wurde nicht gespeichert. Geben Sie ihn erneut ein.</translation>
        </message>
        <message>
            <source>The profile's pinned server key “%1” is not of the form sha256//BASE64. The request is refused; fix or clear it in Manage profiles.</source>
            <translation>Der im Profil gepinnte Server-Schlüssel „%1“ hat nicht die Form sha256//BASE64. Die Anfrage wird abgelehnt; korrigieren oder leeren Sie ihn unter „Profile verwalten“.</translation>
        </message>
        <message>
            <source>The profile's default header “%1”: %2 Fix or remove it in Manage profiles.</source>
            <translation>Der Standard-Header „%1“ des Profils: %2 Korrigieren oder entfernen Sie ihn unter „Profile verwalten“.</translation>
        </message>
        <message>
            <source>The request's own %1 header replaces the profile's default (“%2”).</source>
            <translation>Der eigene Header %1 der Anfrage ersetzt den Standard-Header des Profils („%2“).</translation>
        </message>
        <message>
            <source>d_rtbd=json is not set, so the answer carries no data: the DCS returns only a pixel.</source>
            <translation>d_rtbd=json ist nicht gesetzt, daher enthält die Antwort keine Daten: Der DCS gibt nur ein Pixel zurück.</translation>
        </message>
        <message>
            <source>“%1” is not a valid trait key (letters, digits, dashes and underscores, not digits only), so no trait rule can match it.</source>
            <translation>„%1“ ist kein gültiger Eigenschaftsschlüssel (Buchstaben, Ziffern, Bindestriche und Unterstriche, nicht nur Ziffern), daher kann keine Eigenschaftsregel darauf zutreffen.</translation>
        </message>
        <message numerus="yes">
            <source>%n declared ID(s): the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</source>
            <translation>
                <numerusform>%n deklarierte ID: Der DCS nimmt höchstens 10 pro Aufruf an und verwirft den Rest. Er antwortet mit Fehler 301 und mit Fehler 309 für jede verworfene ID.</numerusform>
                <numerusform>%n deklarierte IDs: Der DCS nimmt höchstens 10 pro Aufruf an und verwirft den Rest. Er antwortet mit Fehler 301 und mit Fehler 309 für jede verworfene ID.</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk sets the %1 header itself, so the profile's default one is not sent.</source>
            <translation>Den Header %1 setzt DCS Desk selbst; der Standard-Header des Profils wird nicht gesendet.</translation>
        </message>
    </context>
    <context>
        <name>DcsResponseDecoder</name>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate. Wait before retrying, and do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests: Der DCS begrenzt die Aufrufrate. Warten Sie vor einem neuen Versuch und senden Sie keine gleichzeitigen oder schnell aufeinanderfolgenden Aufrufe für denselben Benutzer.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects, without saying where. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1: Der Server leitet weiter, ohne anzugeben, wohin. DCS Desk folgt keinen Weiterleitungen; prüfen Sie die Region oder die Basis-URL.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects to %2. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1: Der Server leitet zu %2 weiter. DCS Desk folgt keinen Weiterleitungen; prüfen Sie die Region oder die Basis-URL.</translation>
        </message>
        <message>
            <source>HTTP %1: the server answered with an error instead of a DCS response.</source>
            <translation>HTTP %1: Der Server hat statt einer DCS-Antwort einen Fehler zurückgegeben.</translation>
        </message>
        <message>
            <source>The request has no d_rtbd=json, so the DCS sends no data, only a pixel.</source>
            <translation>Die Anfrage hat kein d_rtbd=json, daher sendet der DCS keine Daten, nur ein Pixel.</translation>
        </message>
        <message>
            <source>The answer is an image (%1 bytes), not JSON. Was d_rtbd=json sent?</source>
            <translation>Die Antwort ist ein Bild (%1 Bytes), kein JSON. Wurde d_rtbd=json gesendet?</translation>
        </message>
        <message>
            <source>The answer is an HTML page, not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>Die Antwort ist eine HTML-Seite, keine DCS-Antwort: Ein Proxy, ein Load Balancer oder eine falsche URL hat geantwortet.</translation>
        </message>
        <message>
            <source>The answer is an HTML page (“%1”), not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>Die Antwort ist eine HTML-Seite („%1“), keine DCS-Antwort: Ein Proxy, ein Load Balancer oder eine falsche URL hat geantwortet.</translation>
        </message>
        <message>
            <source>The JSONP answer %1(…) does not end with “)”; the body may be truncated.</source>
            <translation>Die JSONP-Antwort %1(…) endet nicht mit „)“; der Body ist womöglich abgeschnitten.</translation>
        </message>
        <message>
            <source>The answer is JSONP, %1(…), although the request had no d_cb.</source>
            <translation>Die Antwort ist JSONP, %1(…), obwohl die Anfrage kein d_cb hatte.</translation>
        </message>
        <message>
            <source>The answer calls %1(…), but the request asked for d_cb=%2.</source>
            <translation>Die Antwort ruft %1(…) auf, die Anfrage hatte aber d_cb=%2 verlangt.</translation>
        </message>
        <message>
            <source>The request asked for d_cb=%1, but the answer is plain JSON, not %1(…).</source>
            <translation>Die Anfrage verlangte d_cb=%1, die Antwort ist aber einfaches JSON, nicht %1(…).</translation>
        </message>
        <message>
            <source>The body (%1 bytes) is binary data, not JSON.</source>
            <translation>Der Body (%1 Bytes) besteht aus Binärdaten, nicht aus JSON.</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at line %2, column %3.</source>
            <translation>Der Body ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
        </message>
        <message>
            <source>The X-Error header contains “%1”, which is not an error code.</source>
            <translation>Der X-Error-Header enthält „%1“, das kein Fehlercode ist.</translation>
        </message>
        <message>
            <source>The JSON is not an object, so it carries no DCS fields.</source>
            <translation>Das JSON ist kein Objekt und enthält daher keine DCS-Felder.</translation>
        </message>
        <message>
            <source>%1 is a number in the answer, where the DCS documents a string; it is read from the raw text so that no digit is lost.</source>
            <translation>%1 ist in der Antwort eine Zahl, laut DCS-Dokumentation aber eine Zeichenkette; sie wird aus dem Rohtext gelesen, damit keine Ziffer verloren geht.</translation>
        </message>
        <message>
            <source>%1 is neither a text nor a number.</source>
            <translation>%1 ist weder ein Text noch eine Zahl.</translation>
        </message>
        <message>
            <source>dcs_region “%1” is not a region ID.</source>
            <translation>dcs_region „%1“ ist keine Regions-ID.</translation>
        </message>
        <message>
            <source>Region 0 marks traffic that came through Inbound; it is not a DCS host.</source>
            <translation>Region 0 kennzeichnet Datenverkehr, der über Inbound kam; sie ist kein DCS-Host.</translation>
        </message>
        <message>
            <source>dcs_region %1 is not in the documented region table, so its host name is not known.</source>
            <translation>dcs_region %1 steht nicht in der dokumentierten Regionstabelle, daher ist der Hostname dieser Region unbekannt.</translation>
        </message>
        <message>
            <source>“stuff” is not a list.</source>
            <translation>„stuff“ ist keine Liste.</translation>
        </message>
        <message>
            <source>“dests” is not a list.</source>
            <translation>„dests“ ist keine Liste.</translation>
        </message>
        <message>
            <source>“%1” is not a list of IDs.</source>
            <translation>„%1“ ist keine Liste von IDs.</translation>
        </message>
        <message>
            <source>An entry of “errors” has no numeric code: %1</source>
            <translation>Ein Eintrag in „errors“ hat keinen numerischen Code: %1</translation>
        </message>
        <message>
            <source>“errors” is not a list.</source>
            <translation>„errors“ ist keine Liste.</translation>
        </message>
        <message>
            <source>The answer is an empty JSON object: nothing qualified, or the user opted out.</source>
            <translation>Die Antwort ist ein leeres JSON-Objekt: Der Benutzer hat sich für nichts qualifiziert oder hat ein Opt-out erklärt.</translation>
        </message>
        <message>
            <source>The user has opted out (error 171): the DCS returns no UUID and does not process the call.</source>
            <translation>Der Benutzer hat ein Opt-out erklärt (Fehler 171): Der DCS liefert keine UUID und verarbeitet den Aufruf nicht.</translation>
        </message>
        <message>
            <source>The answer has no uuid, which a server-to-server integration needs as d_uuid.</source>
            <translation>Die Antwort hat keine uuid, die eine Server-zu-Server-Integration als d_uuid benötigt.</translation>
        </message>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks not to retry before %1 (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests: Der DCS begrenzt die Aufrufrate und bittet, es nicht vor %1 erneut zu versuchen (Retry-After). Senden Sie keine gleichzeitigen oder schnell aufeinanderfolgenden Aufrufe für denselben Benutzer.</translation>
        </message>
        <message>
            <source>HTTP %1: the ID sync redirects to the partner's URL %2, with the AAM UUID in place of %3. DCS Desk does not follow it.</source>
            <translation>HTTP %1: Die ID-Synchronisierung leitet zur URL %2 des Partners weiter, mit der AAM-UUID anstelle von %3. DCS Desk folgt der Weiterleitung nicht.</translation>
        </message>
        <message>
            <source>%1 answers with an image (%2 bytes), as documented; it carries no data. Check the status, the headers and Set-Cookie.</source>
            <translation>%1 antwortet wie dokumentiert mit einem Bild (%2 Bytes); es enthält keine Daten. Prüfen Sie den Status, die Header und Set-Cookie.</translation>
        </message>
        <message>
            <source>“ibs” is not a list of ID syncs.</source>
            <translation>„ibs“ ist keine Liste von ID-Synchronisierungen.</translation>
        </message>
        <message>
            <source>The ID service answer has no d_mid, the Experience Cloud ID it is asked for. Check d_orgid and the errors.</source>
            <translation>Die Antwort des ID-Dienstes enthält keine d_mid, die angeforderte Experience Cloud ID. Prüfen Sie d_orgid und die Fehler.</translation>
        </message>
        <message>
            <source>The answer is a text message, not JSON: “%1”.</source>
            <translation>Die Antwort ist eine Textnachricht, kein JSON: „%1“.</translation>
        </message>
        <message>
            <source>“%1” has entries that are not whole-number IDs, left out of the decoded list: %2. The raw body shows them as the server sent them.</source>
            <translation>„%1“ enthält Einträge, die keine ganzzahligen IDs sind und deshalb in der dekodierten Liste fehlen: %2. Der rohe Body zeigt sie so, wie der Server sie gesendet hat.</translation>
        </message>
        <message>
            <source>dcs_region is a string in the answer, where the DCS documents a number.</source>
            <translation>dcs_region ist in der Antwort eine Zeichenkette, laut DCS-Dokumentation aber eine Zahl.</translation>
        </message>
        <message numerus="yes">
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n second(s) before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>
                <numerusform>HTTP 429 Too Many Requests: Der DCS begrenzt die Aufrufrate und bittet Sie, vor einem neuen Versuch %n Sekunde zu warten (Retry-After). Senden Sie keine gleichzeitigen oder schnell aufeinanderfolgenden Aufrufe für denselben Benutzer.</numerusform>
                <numerusform>HTTP 429 Too Many Requests: Der DCS begrenzt die Aufrufrate und bittet Sie, vor einem neuen Versuch %n Sekunden zu warten (Retry-After). Senden Sie keine gleichzeitigen oder schnell aufeinanderfolgenden Aufrufe für denselben Benutzer.</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP %1 with no data: the DCS ignored the request. It does so for an invalid or malformed request, a user who opted out, a call from a blocked region or a client that blocks third-party cookies. Check X-Error and the request's findings.</source>
            <translation>HTTP %1 ohne Daten: Der DCS hat die Anfrage ignoriert. Das tut er bei einer ungültigen oder fehlerhaften Anfrage, einem Benutzer, der ein Opt-out erklärt hat, einem Aufruf aus einer gesperrten Region oder einem Client, der Drittanbieter-Cookies blockiert. Prüfen Sie X-Error und die Befunde der Anfrage.</translation>
        </message>
    </context>
    <context>
        <name>DcsResult</name>
        <message>
            <source>The request was not sent: %1</source>
            <translation>Die Anfrage wurde nicht gesendet: %1</translation>
        </message>
        <message>
            <source>The request was not sent: it has no valid URL.</source>
            <translation>Die Anfrage wurde nicht gesendet: Sie hat keine gültige URL.</translation>
        </message>
        <message>
            <source>No complete answer from %1 within %2 s (%3 received). The server or the network is slow, or the address is wrong; try again or raise the timeout.</source>
            <translation>Keine vollständige Antwort von %1 innerhalb von %2 s (%3 empfangen). Der Server oder das Netzwerk ist langsam, oder die Adresse ist falsch; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
        </message>
        <message>
            <source>The answer is larger than the limit of %1, so DCS Desk stopped reading it (%2 kept). Raise the limit if you expect such a large answer.</source>
            <translation>Die Antwort überschreitet die Grenze von %1, daher hat DCS Desk das Lesen abgebrochen (%2 behalten). Erhöhen Sie die Grenze, wenn Sie eine so große Antwort erwarten.</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 of %2 bytes).</source>
            <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam (%1 von %2 Bytes).</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 bytes received): %2</source>
            <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam (%1 Bytes empfangen): %2</translation>
        </message>
        <message>
            <source>Could not connect to %1: the connection was refused. Check the address, and that the server (or the sandbox) is running.</source>
            <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse und ob der Server (oder die Sandbox) läuft.</translation>
        </message>
        <message>
            <source>%1 closed the connection without answering.</source>
            <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
        </message>
        <message>
            <source>The request to %1 failed: %2</source>
            <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>The host name %1 could not be found. Check the region and the alias of the profile (or its base URL), then the network connection.</source>
            <translation>Der Hostname %1 wurde nicht gefunden. Prüfen Sie die Region und den Alias des Profils (oder seine Basis-URL), dann die Netzwerkverbindung.</translation>
        </message>
        <message>
            <source>DCS Desk did not send the request: the TLS certificate of %1 cannot be trusted, and DCS Desk never ignores TLS errors.</source>
            <translation>DCS Desk hat die Anfrage nicht gesendet: Dem TLS-Zertifikat von %1 kann nicht vertraut werden, und DCS Desk ignoriert TLS-Fehler nie.</translation>
        </message>
        <message>
            <source>The certificate is issued by an authority this system does not trust. A proxy or company firewall that inspects TLS may have replaced it: add that authority to the system's trusted certificates, or ask your network administrator.</source>
            <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, der dieses System nicht vertraut. Ein Proxy oder eine Firmen-Firewall, die TLS-Verbindungen prüft, hat es vielleicht ersetzt: Fügen Sie diese Zertifizierungsstelle den vertrauenswürdigen Zertifikaten des Systems hinzu oder wenden Sie sich an Ihre Netzwerkadministration.</translation>
        </message>
        <message>
            <source>The certificate expired on %1. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>Das Zertifikat ist am %1 abgelaufen. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen; wenn ja, muss der Server sein Zertifikat erneuern.</translation>
        </message>
        <message>
            <source>The certificate has expired. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>Das Zertifikat ist abgelaufen. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen; wenn ja, muss der Server sein Zertifikat erneuern.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1. Check this computer's date and time.</source>
            <translation>Das Zertifikat ist erst ab %1 gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
        </message>
        <message>
            <source>The certificate is not valid yet. Check this computer's date and time.</source>
            <translation>Das Zertifikat ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
        </message>
        <message>
            <source>The certificate is for %1, not for %2 (host name mismatch). Check the region and the alias of the profile; a custom base URL must use a host name the certificate names.</source>
            <translation>Das Zertifikat gilt für %1, nicht für %2 (Hostname stimmt nicht überein). Prüfen Sie die Region und den Alias des Profils; eine eigene Basis-URL muss einen Hostnamen verwenden, den das Zertifikat nennt.</translation>
        </message>
        <message>
            <source>another host</source>
            <translation>einen anderen Host</translation>
        </message>
        <message>
            <source>The TLS check failed: %1. Check that the address uses HTTPS on this port, then the system's certificates.</source>
            <translation>Die TLS-Prüfung ist fehlgeschlagen: %1. Prüfen Sie, ob unter der Adresse auf diesem Port HTTPS verwendet wird, und danach die Zertifikate des Systems.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: no certificate authority vouches for it. A DCS host never uses one; if this is your own test server, trust it for its profile: Manage profiles › Pin from Server, or give the profile a CA file.</source>
            <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür. Ein DCS-Host verwendet nie ein solches Zertifikat; ist dies Ihr eigener Testserver, vertrauen Sie ihm in seinem Profil: Profile verwalten › Vom Server pinnen, oder hinterlegen Sie im Profil eine CA-Datei.</translation>
        </message>
        <message>
            <source>The server's key is not the one pinned in the profile (%1). If its certificate was replaced on purpose, pin the new one in Manage profiles › Pin from Server; otherwise something else answers at this address.</source>
            <translation>Der Schlüssel des Servers ist nicht der im Profil gepinnte (%1). Wurde sein Zertifikat absichtlich ersetzt, pinnen Sie das neue unter Profile verwalten › Vom Server pinnen; sonst antwortet unter dieser Adresse etwas anderes.</translation>
        </message>
        <message>
            <source>The request was canceled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>Decode a DCS answer from a file (or - for stdin): fields, errors and notes.</source>
            <translation>Eine DCS-Antwort aus einer Datei dekodieren (oder - für die Standardeingabe): Felder, Fehler und Hinweise.</translation>
        </message>
        <message>
            <source>The answer body, or - for stdin.</source>
            <translation>Der Body der Antwort oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>HTTP status of the answer (default 200).</source>
            <translation>HTTP-Status der Antwort (Standard: 200).</translation>
        </message>
        <message>
            <source>The request had no d_rtbd=json (no data expected).</source>
            <translation>Die Anfrage hatte kein d_rtbd=json (keine Daten erwartet).</translation>
        </message>
        <message>
            <source>decode takes one file name, or - for stdin.</source>
            <translation>decode erwartet einen Dateinamen oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value”.</source>
            <translation>„%1“ ist kein Header der Form „Name: Wert“.</translation>
        </message>
        <message>
            <source>--status takes an HTTP status from 100 to 599, not “%1”.</source>
            <translation>--status erwartet einen HTTP-Status von 100 bis 599, nicht „%1“.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>FILE|-</source>
            <translation>DATEI|-</translation>
        </message>
        <message>
            <source>header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>A response header “Name: value”, for example “X-Error: 101,102” (repeatable).</source>
            <translation>Ein Antwort-Header „Name: Wert“, z. B. „X-Error: 101,102“ (mehrfach angebbar).</translation>
        </message>
        <message>
            <source>The request's d_cb value, to check a JSONP answer.</source>
            <translation>Der d_cb-Wert der Anfrage, um eine JSONP-Antwort zu prüfen.</translation>
        </message>
    </context>
    <context>
        <name>ErrorCodesCommand</name>
        <message>
            <source>Explain DCS error codes (all of them, or the codes given).</source>
            <translation>DCS-Fehlercodes erklären (alle oder die angegebenen).</translation>
        </message>
        <message>
            <source>Error codes to explain.</source>
            <translation>Zu erklärende Fehlercodes.</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>„%1“ ist kein Fehlercode.</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>[CODE...]</source>
            <translation>[CODE...]</translation>
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
            <translation>Server-zu-Server-Ziele liefern die Zuordnungswerte in Batch-Dateien von den Audience-Manager-Servern, nicht aus dem Browser.</translation>
        </message>
    </context>
    <context>
        <name>HarCommand</name>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>List the Audience Manager calls of a browser capture (HAR) and decode them.</source>
            <translation>Die Audience-Manager-Aufrufe eines Browser-Mitschnitts (HAR) auflisten und dekodieren.</translation>
        </message>
        <message>
            <source>A HAR file saved by Chrome, Chromium, Firefox or Playwright.</source>
            <translation>Eine HAR-Datei, gespeichert von Chrome, Chromium, Firefox oder Playwright.</translation>
        </message>
        <message>
            <source>A host that is an Audience Manager CNAME alias of the site, e.g. metrics.example.com (repeatable); *.demdex.net always counts.</source>
            <translation>Ein Host, der ein Audience-Manager-CNAME-Alias der Website ist, z. B. metrics.example.com (mehrfach angebbar); *.demdex.net zählt immer.</translation>
        </message>
        <message>
            <source>host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>List every entry, not only Audience Manager calls.</source>
            <translation>Jeden Eintrag auflisten, nicht nur Audience-Manager-Aufrufe.</translation>
        </message>
        <message>
            <source>Decode every listed call: keys, cookies and the answer.</source>
            <translation>Jeden aufgelisteten Aufruf dekodieren: Schlüssel, Cookies und Antwort.</translation>
        </message>
        <message>
            <source>Decode only the call with this number in the list.</source>
            <translation>Nur den Aufruf mit dieser Nummer in der Liste dekodieren.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Weitere Schlüssel</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>%1-Schlüssel</translation>
        </message>
        <message>
            <source>Cookies sent</source>
            <translation>Gesendete Cookies</translation>
        </message>
        <message>
            <source>Cookies set</source>
            <translation>Gesetzte Cookies</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>läuft am %1 ab</translation>
        </message>
        <message>
            <source>session cookie</source>
            <translation>Sitzungscookie</translation>
        </message>
        <message>
            <source>har takes one HAR file.</source>
            <translation>har erwartet eine HAR-Datei.</translation>
        </message>
        <message>
            <source>--call takes a number from 1 to %1, not “%2”.</source>
            <translation>--call erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
        </message>
        <message numerus="yes">
            <source>%n Audience Manager call(s) in %1 (%2 entries, HAR %3, %4).</source>
            <translation>
                <numerusform>%n Audience-Manager-Aufruf in %1 (%2 Einträge, HAR %3, %4).</numerusform>
                <numerusform>%n Audience-Manager-Aufrufe in %1 (%2 Einträge, HAR %3, %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown browser</source>
            <translation>unbekannter Browser</translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or an --alias). Its hosts:</source>
            <translation>Kein Aufruf dieses Mitschnitts ging an einen Audience-Manager-Host (*.demdex.net oder ein --alias). Hosts im Mitschnitt:</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), name it with --alias HOST.</source>
            <translation>Ruft die Website Audience Manager über einen eigenen Host (CNAME) auf, geben Sie ihn mit --alias HOST an.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>With --mask: replace the file if it exists.</source>
            <translation>Mit --mask: die Datei ersetzen, falls sie existiert.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n entry(ies) could be read; the calls listed above come from them. The rest of the capture is missing.</source>
            <translation>
                <numerusform>Nur der erste Eintrag (%n) konnte gelesen werden; die oben aufgeführten Aufrufe stammen daraus. Der Rest des Mitschnitts fehlt.</numerusform>
                <numerusform>Nur die ersten %n Einträge konnten gelesen werden; die oben aufgeführten Aufrufe stammen daraus. Der Rest des Mitschnitts fehlt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No answer: the browser recorded no response (blocked, failed or canceled).</source>
            <translation>Keine Antwort: Der Browser hat keine Antwort aufgezeichnet (blockiert, fehlgeschlagen oder abgebrochen).</translation>
        </message>
        <message>
            <source>HTTP %1. The capture did not save this answer's body (%2 bytes): save the HAR again with its content to decode the answer.</source>
            <translation>HTTP %1. Der Mitschnitt hat den Body dieser Antwort (%2 Bytes) nicht gespeichert: Speichern Sie die HAR-Datei mit Inhalten erneut, um die Antwort zu dekodieren.</translation>
        </message>
        <message>
            <source>Write a copy for a support ticket with cookie values, user IDs, p_ values and credentials masked, and list what was masked.</source>
            <translation>Eine Kopie mit maskierten Cookie-Werten, Benutzer-IDs, p_-Werten und Anmeldedaten schreiben (für ein Support-Ticket) und angeben, was maskiert wurde.</translation>
        </message>
    </context>
    <context>
        <name>HarMaskCli</name>
        <message>
            <source>--mask writes a masked copy and lists no calls; leave out --%1, or run har again on the copy.</source>
            <translation>--mask schreibt eine maskierte Kopie und führt keine Aufrufe auf; lassen Sie --%1 weg, oder rufen Sie har danach mit der Kopie auf.</translation>
        </message>
        <message>
            <source>--mask takes the path of the masked copy to write.</source>
            <translation>--mask erwartet den Pfad der zu schreibenden maskierten Kopie.</translation>
        </message>
        <message>
            <source>%1 is the capture being masked; the masked copy must go to another file, so the original stays as it is.</source>
            <translation>%1 ist der Mitschnitt, der maskiert wird; die maskierte Kopie muss in eine andere Datei, damit das Original unverändert bleibt.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new file for the masked copy.</source>
            <translation>%1 ist keine reguläre Datei; geben Sie den Pfad einer neuen Datei für die maskierte Kopie an.</translation>
        </message>
        <message>
            <source>%1 already exists; nothing was written. Give another file name, or add --force to replace it.</source>
            <translation>%1 existiert bereits; es wurde nichts geschrieben. Geben Sie einen anderen Dateinamen an, oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2; nothing was written.</source>
            <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Wrote the masked copy of %1 to %2 (%3 bytes).</source>
            <translation>Maskierte Kopie von %1 in %2 geschrieben (%3 Bytes).</translation>
        </message>
        <message>
            <source>--force goes with --mask FILE (replace FILE if it exists).</source>
            <translation>--force gehört zu --mask DATEI (DATEI ersetzen, falls vorhanden).</translation>
        </message>
    </context>
    <context>
        <name>PostmanCollection</name>
        <message>
            <source>pre-request script</source>
            <translation>Pre-Request-Skript</translation>
        </message>
        <message>
            <source>test script</source>
            <translation>Testskript</translation>
        </message>
        <message>
            <source>“%1” script</source>
            <translation>„%1“-Skript</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>Ordner „%1“: Sein %2 wurde nicht importiert (DCS Desk führt keine Skripte aus; verwenden Sie Prüfungen, um Antworten zu testen).</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 authorization was not imported (the DCS reads none).</source>
            <translation>Ordner „%1“: Seine %2-Autorisierung wurde nicht importiert (der DCS liest keine).</translation>
        </message>
        <message>
            <source>The %1 was not imported: DCS Desk runs no scripts. Add checks (Console › Checks) to test the answer.</source>
            <translation>Das %1 wurde nicht importiert: DCS Desk führt keine Skripte aus. Fügen Sie Prüfungen hinzu (Konsole › Prüfungen), um die Antwort zu testen.</translation>
        </message>
        <message>
            <source>The item has neither a request nor items; it was skipped. Check it in Postman.</source>
            <translation>Das Element hat weder eine Anfrage noch Elemente; es wurde übersprungen. Prüfen Sie es in Postman.</translation>
        </message>
        <message>
            <source>The URL's path variables (:name) were not imported: write their values into the path.</source>
            <translation>Die Pfadvariablen der URL (:name) wurden nicht importiert: Schreiben Sie ihre Werte in den Pfad.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>Die %1-Autorisierung wurde nicht importiert: Der DCS liest keine. Wenn ein vorgeschalteter Proxy eine benötigt, fügen Sie den Header in der Konsole hinzu.</translation>
        </message>
        <message>
            <source>The body is switched off in Postman and was not imported.</source>
            <translation>Der Body ist in Postman deaktiviert und wurde nicht importiert.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Die Dateifelder %1 wurden nicht importiert: Der DCS liest keine Dateien.</translation>
        </message>
        <message>
            <source>Postman Collection v2.1</source>
            <translation>Postman-Collection v2.1</translation>
        </message>
        <message>
            <source>The file is not valid JSON (%1 at byte %2), so it is no Postman collection. Export the collection from Postman again.</source>
            <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2) und daher keine Postman-Sammlung. Exportieren Sie die Sammlung erneut aus Postman.</translation>
        </message>
        <message>
            <source>This is a Postman Collection %1 file; DCS Desk reads v2.1, whose requests and authorization are laid out differently. In Postman, export the collection again as “Collection v2.1” and import that file.</source>
            <translation>Dies ist eine Datei im Format Postman Collection %1; DCS Desk liest v2.1, dessen Anfragen und Autorisierung anders aufgebaut sind. Exportieren Sie die Sammlung in Postman erneut als „Collection v2.1“ und importieren Sie diese Datei.</translation>
        </message>
        <message>
            <source>The file is JSON but not a Postman collection (it has no “info” and “item”). Export the collection from Postman as “Collection v2.1”.</source>
            <translation>Die Datei ist JSON, aber keine Postman-Sammlung (ihr fehlen „info“ und „item“). Exportieren Sie die Sammlung aus Postman als „Collection v2.1“.</translation>
        </message>
        <message>
            <source>The file names no known schema (%1); it was read as Collection v2.1.</source>
            <translation>Die Datei nennt kein bekanntes Schema (%1); sie wurde als Collection v2.1 gelesen.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>The collection's %1 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>Das %1 der Sammlung wurde nicht importiert (DCS Desk führt keine Skripte aus; verwenden Sie Prüfungen, um Antworten zu testen).</translation>
        </message>
        <message>
            <source>The collection's %1 authorization was not imported (the DCS reads none).</source>
            <translation>Die %1-Autorisierung der Sammlung wurde nicht importiert (der DCS liest keine).</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>Das Multipart-Formular wird als form-urlencoded-Body gesendet, das einzige Body-Format, das der DCS liest.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved example(s) (example responses) were not imported.</source>
            <translation>
                <numerusform>%n gespeichertes Beispiel (Beispielantwort) wurde nicht importiert.</numerusform>
                <numerusform>%n gespeicherte Beispiele (Beispielantworten) wurden nicht importiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegionsCommand</name>
        <message>
            <source>List the DCS regions with their IDs, host names and locations.</source>
            <translation>Die DCS-Regionen mit IDs, Hostnamen und Standorten auflisten.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Use the region of the user's dcs_region (or the AMCV location hint); any other region works, but more slowly.</source>
            <translation>Verwenden Sie die Region aus dcs_region des Benutzers (oder den AMCV-Standorthinweis); eine andere Region funktioniert auch, nur langsamer.</translation>
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>Build a DCS call and print its URL, headers, body, cURL command and findings.</source>
            <translation>Einen DCS-Aufruf erstellen und URL, Header, Body, cURL-Befehl und Befunde ausgeben.</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>Hint: give --region ID or --base-url URL.</source>
            <translation>Tipp: Geben Sie --region ID oder --base-url URL an.</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Nicht importierte Optionen:</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>%1 could not be written.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you have permission to write to.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>the keychain did not answer within %1 s</source>
            <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
        </message>
    </context>
    <context>
        <name>SendCommand</name>
        <message>
            <source>Send a DCS call and print the answer: status, headers, timing, fields and errors.</source>
            <translation>Einen DCS-Aufruf senden und die Antwort ausgeben: Status, Header, Zeiten, Felder und Fehler.</translation>
        </message>
        <message>
            <source>Give up after this many seconds (default 10).</source>
            <translation>Nach dieser Anzahl Sekunden abbrechen (Standard: 10).</translation>
        </message>
        <message>
            <source>Largest answer to read, e.g. 16M (default 16 MiB).</source>
            <translation>Maximale Größe der zu lesenden Antwort, z. B. 16M (Standard: 16 MiB).</translation>
        </message>
        <message>
            <source>Always print the body, even a large one.</source>
            <translation>Den Body immer ausgeben, auch einen großen.</translation>
        </message>
        <message>
            <source>Do not print the body.</source>
            <translation>Den Body nicht ausgeben.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
        </message>
        <message>
            <source>--max-body takes a size such as 65536, 512K or 16M, not “%1”.</source>
            <translation>--max-body erwartet eine Größe wie 65536, 512K oder 16M, nicht „%1“.</translation>
        </message>
        <message>
            <source>The request was not sent.</source>
            <translation>Die Anfrage wurde nicht gesendet.</translation>
        </message>
        <message>
            <source>Notes on the request:</source>
            <translation>Hinweise zur Anfrage:</translation>
        </message>
        <message>
            <source>Compare the answer's destinations with what this workspace's mappings predict for the answer's segments; exit 1 when anything differs or is missing.</source>
            <translation>Die Ziele der Antwort mit dem vergleichen, was die Zuordnungen dieses Arbeitsbereichs für die Segmente der Antwort vorhersagen; Exit-Code 1, wenn etwas abweicht oder fehlt.</translation>
        </message>
        <message>
            <source>Expected vs actual:</source>
            <translation>Erwartet vs. tatsächlich:</translation>
        </message>
        <message>
            <source>destination %1 (%2)</source>
            <translation>Ziel %1 (%2)</translation>
        </message>
        <message>
            <source>no destination of the workspace</source>
            <translation>kein Ziel des Arbeitsbereichs</translation>
        </message>
        <message>
            <source>expected: %1</source>
            <translation>erwartet:    %1</translation>
        </message>
        <message>
            <source>actual:   %1</source>
            <translation>tatsächlich: %1</translation>
        </message>
        <message>
            <source>segment %1 (not in the workspace)</source>
            <translation>Segment %1 (nicht im Arbeitsbereich)</translation>
        </message>
        <message>
            <source>segment %1 (%2)</source>
            <translation>Segment %1 (%2)</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>--env needs the workspace that defines the environment: add --workspace FILE or --sandbox FILE.</source>
            <translation>--env benötigt den Arbeitsbereich, der die Umgebung festlegt: Geben Sie --workspace DATEI oder --sandbox DATEI an.</translation>
        </message>
    </context>
    <context>
        <name>ShellQuote</name>
        <message>
            <source>A single quote (') is not closed.</source>
            <translation>Ein einfaches Anführungszeichen (') ist nicht geschlossen.</translation>
        </message>
        <message>
            <source>A double quote (") is not closed.</source>
            <translation>Ein doppeltes Anführungszeichen (") ist nicht geschlossen.</translation>
        </message>
        <message>
            <source>A $'…' quote is not closed.</source>
            <translation>Eine $'…'-Zeichenkette ist nicht geschlossen.</translation>
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
        <name>dcsdesk::AamPush</name>
        <message>
            <source>Changed only in the account: nothing to push. Pull to take the account's version.</source>
            <translation>Nur im Konto geändert: nichts zu übertragen. Rufen Sie das Konto erneut ab, um seine Fassung zu übernehmen.</translation>
        </message>
        <message>
            <source>Deleted in the account and unchanged in the workspace: nothing to push.</source>
            <translation>Im Konto gelöscht und im Arbeitsbereich unverändert: nichts zu übertragen.</translation>
        </message>
        <message>
            <source>No difference to push.</source>
            <translation>Keine Unterschiede, nichts zu übertragen.</translation>
        </message>
        <message numerus="yes">
            <source>%n sent to the account</source>
            <translation>
                <numerusform>%n an das Konto übertragen</numerusform>
                <numerusform>%n an das Konto übertragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent</source>
            <translation>
                <numerusform>%n nicht übertragen</numerusform>
                <numerusform>%n nicht übertragen</numerusform>
            </translation>
        </message>
        <message>
            <source>sent</source>
            <translation>übertragen</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>nicht übertragen</translation>
        </message>
        <message>
            <source>Deleted in the account and changed in the workspace: it cannot be updated. Delete it in the workspace, or add it again as a new one to create it.</source>
            <translation>Im Konto gelöscht und im Arbeitsbereich geändert: Es kann nicht aktualisiert werden. Löschen Sie es im Arbeitsbereich, oder fügen Sie es als neues wieder hinzu, um es anzulegen.</translation>
        </message>
        <message>
            <source>Changed on both sides (%1): choose for each field whether to keep the workspace's value or take the account's, then push again.</source>
            <translation>Auf beiden Seiten geändert (%1): Wählen Sie für jedes Feld, ob der Wert des Arbeitsbereichs bleibt oder der des Kontos übernommen wird, und übertragen Sie dann erneut.</translation>
        </message>
        <message>
            <source>Audience Manager's API creates URL (PUSH) and cookie (ADS) destinations only; this one is %1. Server-to-server destinations are set up by Adobe: create it in Audience Manager, then pull.</source>
            <translation>Die API von Audience Manager legt nur URL-Ziele (PUSH) und Cookie-Ziele (ADS) an; dieses hat den Typ %1. Server-zu-Server-Ziele richtet Adobe ein: Legen Sie es in Audience Manager an, und rufen Sie das Konto dann erneut ab.</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and is not created by this push: push the destination with it.</source>
            <translation>Das zugehörige Ziel %1 ist neu im Arbeitsbereich und wird mit dieser Übertragung nicht angelegt: Übertragen Sie das Ziel ebenfalls.</translation>
        </message>
        <message>
            <source>Not sent: its destination %1 was not created.</source>
            <translation>Nicht übertragen: Das zugehörige Ziel %1 wurde nicht angelegt.</translation>
        </message>
        <message>
            <source>No answer: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Keine Antwort: Ob die Übertragung das Konto erreicht hat, ist unklar. Rufen Sie das Konto erneut ab und vergleichen Sie, um das zu prüfen.</translation>
        </message>
        <message>
            <source>The account refused the call (HTTP 403 on %1: %2). Check that the credential's technical account may change destinations in Audience Manager.</source>
            <translation>Das Konto hat den Aufruf abgelehnt (HTTP 403 bei %1: %2). Prüfen Sie, ob das technische Konto der Anmeldedaten in Audience Manager Ziele ändern darf.</translation>
        </message>
        <message>
            <source>The account answered HTTP %1: %2</source>
            <translation>Das Konto hat mit HTTP %1 geantwortet: %2</translation>
        </message>
        <message>
            <source>The account created it but its answer has no destinationId: its mappings are not sent. Pull to link it, then push them.</source>
            <translation>Das Konto hat es angelegt, aber seine Antwort enthält keine destinationId: Seine Segmentzuordnungen werden nicht übertragen. Rufen Sie das Konto erneut ab, um es zu verknüpfen, und übertragen Sie sie dann.</translation>
        </message>
        <message>
            <source>Not sent: the push stopped before it (%1).</source>
            <translation>Nicht übertragen: Die Übertragung wurde beendet, bevor es an der Reihe war (%1).</translation>
        </message>
        <message>
            <source>Destination %1 of the workspace moved to ID %2: the account gave its ID to a pushed destination.</source>
            <translation>Ziel %1 des Arbeitsbereichs hat die ID %2 erhalten: Das Konto hat dessen bisherige ID an ein übertragenes Ziel vergeben.</translation>
        </message>
        <message>
            <source>Mapping %1 of the workspace moved to ID %2: the account gave its ID to a pushed mapping.</source>
            <translation>Segmentzuordnung %1 des Arbeitsbereichs hat die ID %2 erhalten: Das Konto hat ihre bisherige ID an eine übertragene Segmentzuordnung vergeben.</translation>
        </message>
        <message>
            <source>Not written back: %1</source>
            <translation>Nicht zurückgeschrieben: %1</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and cannot be created (see the destination): this mapping waits for it.</source>
            <translation>Das zugehörige Ziel %1 ist neu im Arbeitsbereich und kann nicht angelegt werden (siehe das Ziel): Diese Segmentzuordnung wartet darauf.</translation>
        </message>
        <message>
            <source>Nothing to send: the account already has these values.</source>
            <translation>Nichts zu senden: Das Konto hat diese Werte bereits.</translation>
        </message>
        <message>
            <source>Only the account has it: nothing to push. Pull to take it, or take it and delete it in the workspace to delete it in the account.</source>
            <translation>Nur im Konto vorhanden: nichts zu übertragen. Rufen Sie das Konto erneut ab, um das Element zu übernehmen, oder übernehmen Sie es und löschen Sie es im Arbeitsbereich, um es im Konto zu löschen.</translation>
        </message>
        <message>
            <source>Deleted in the workspace and changed in the account since the pull (%1): keep the workspace's side to delete it anyway, or take the account's to keep it.</source>
            <translation>Im Arbeitsbereich gelöscht und im Konto seit dem letzten Abruf geändert (%1): Behalten Sie die Seite des Arbeitsbereichs, um es trotzdem zu löschen, oder übernehmen Sie die des Kontos, um es zu behalten.</translation>
        </message>
        <message>
            <source>Deleted in the workspace, but the account's version is chosen: nothing is deleted. Take it from the account to have it back in the workspace.</source>
            <translation>Im Arbeitsbereich gelöscht, aber die Fassung des Kontos ist gewählt: Es wird nichts gelöscht. Übernehmen Sie es aus dem Konto, um es wieder im Arbeitsbereich zu haben.</translation>
        </message>
        <message>
            <source>The account accepted the change but did not return the object; pull to see what the account now holds.</source>
            <translation>Das Konto hat die Änderung angenommen, aber das Objekt nicht zurückgegeben; rufen Sie das Konto erneut ab, um zu sehen, was es jetzt enthält.</translation>
        </message>
        <message numerus="yes">
            <source>Update %n pushed item(s) with the account's answer</source>
            <translation>
                <numerusform>%n übertragenes Element mit der Antwort des Kontos aktualisieren</numerusform>
                <numerusform>%n übertragene Elemente mit der Antwort des Kontos aktualisieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled while it was being sent: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Während der Übertragung abgebrochen: Ob sie das Konto erreicht hat, ist unklar. Rufen Sie das Konto erneut ab und vergleichen Sie, um das zu prüfen.</translation>
        </message>
        <message>
            <source>Not sent: the push was canceled.</source>
            <translation>Nicht übertragen: Die Übertragung wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AamRestClient</name>
        <message>
            <source>The token service at %1 cannot be reached: %2</source>
            <translation>Der Token-Dienst unter %1 ist nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>%1 cannot be reached (%2): %3</source>
            <translation>%1 ist nicht erreichbar (%2): %3</translation>
        </message>
        <message>
            <source>The API answered HTTP %1 on %2: %3</source>
            <translation>Die API hat bei %2 mit HTTP %1 geantwortet: %3</translation>
        </message>
        <message>
            <source>The API's answer on %1 is not JSON: %2</source>
            <translation>Die Antwort der API bei %1 ist kein JSON: %2</translation>
        </message>
        <message>
            <source>Check the client ID, the secret in DCSDESK_AAM_CLIENT_SECRET and the scope.</source>
            <translation>Prüfen Sie die Client-ID, das Client-Geheimnis in DCSDESK_AAM_CLIENT_SECRET und den Scope.</translation>
        </message>
        <message>
            <source>The token service refused the credentials (HTTP %1: %2). %3</source>
            <translation>Der Token-Dienst hat die Anmeldedaten abgelehnt (HTTP %1: %2). %3</translation>
        </message>
        <message>
            <source>Check the client ID, the client secret in DCSDESK_AAM_CLIENT_SECRET, the user name and the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>Prüfen Sie die Client-ID, das Client-Geheimnis in DCSDESK_AAM_CLIENT_SECRET, den Benutzernamen und das Passwort in DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>The API also refused a new token (HTTP 401 on %1: %2). Check that the Audience Manager API is added to the credential's project and that the organization ID is correct.</source>
            <translation>Die API hat auch ein neues Token abgelehnt (HTTP 401 bei %1: %2). Prüfen Sie, ob die Audience-Manager-API dem Projekt der Anmeldedaten hinzugefügt ist und die Organisations-ID stimmt.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountActions</name>
        <message>
            <source>Pulls the account's destinations and mappings and shows, field by field, what differs from this workspace. Nothing is changed.</source>
            <translation>Ruft die Ziele und Zuordnungen des Kontos ab und zeigt Feld für Feld, was sich von diesem Arbeitsbereich unterscheidet. Es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Mit Audience Manager verbinden</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1 in %n request(s).</source>
            <translation>
                <numerusform>%1 abgerufen (%n Anfrage).</numerusform>
                <numerusform>%1 abgerufen (%n Anfragen).</numerusform>
            </translation>
        </message>
        <message>
            <source>The local account cannot be made of %1: %2 Choose another workspace file in the connection dialog.</source>
            <translation>Das lokale Konto kann nicht aus %1 erstellt werden: %2 Wählen Sie im Verbindungsdialog eine andere Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The local account cannot start: %1</source>
            <translation>Das lokale Konto kann nicht starten: %1</translation>
        </message>
        <message>
            <source>Pull %1</source>
            <translation>Abruf von %1</translation>
        </message>
        <message>
            <source>Asking for a token…</source>
            <translation>Token wird angefordert…</translation>
        </message>
        <message>
            <source>Compare &amp;with Audience Manager Account…</source>
            <translation>Mit Audience-Manager-Konto &amp;vergleichen…</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change %1.</source>
            <translation>
                <numerusform>%n Aufruf wird dieses Konto ändern: %1.</numerusform>
                <numerusform>%n Aufrufe werden dieses Konto ändern: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to %1.</source>
            <translation>An dieses Konto kann nichts gesendet werden: %1.</translation>
        </message>
        <message>
            <source>Push to Audience Manager</source>
            <translation>An Audience Manager übertragen</translation>
        </message>
        <message>
            <source>&amp;Push</source>
            <translation>Ü&amp;bertragen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Push to %1</source>
            <translation>Übertragung an %1</translation>
        </message>
        <message>
            <source>Push to %1: %2.</source>
            <translation>Übertragung an %1: %2.</translation>
        </message>
        <message>
            <source>The workspace changed after this comparison, so Push is off: compare again to push what it holds now.</source>
            <translation>Der Arbeitsbereich wurde nach diesem Vergleich geändert, daher ist „Elemente übertragen…“ deaktiviert: Vergleichen Sie erneut, um seinen jetzigen Stand zu übertragen.</translation>
        </message>
        <message>
            <source>A push ran after this comparison, so Push is off: compare again to see what the account holds now.</source>
            <translation>Nach diesem Vergleich lief eine Übertragung, daher ist „Elemente übertragen…“ deaktiviert: Vergleichen Sie erneut, um zu sehen, was das Konto jetzt enthält.</translation>
        </message>
        <message>
            <source>Check the client ID, the organization ID, the client secret and the scopes in the connection dialog (Developer Console, the credential's page).</source>
            <translation>Prüfen Sie im Verbindungsdialog die Client-ID, die Organisations-ID, das Client-Geheimnis und die Scopes (Developer Console, Seite der Anmeldedaten).</translation>
        </message>
        <message>
            <source>This account looks empty: it has no destinations at all. If you expected some, the credential may belong to another organization, or to another Audience Manager account than the one you meant: check the organization ID and the client ID in the connection dialog. If the account is new, every destination and mapping of the workspace is listed as to create.</source>
            <translation>Dieses Konto scheint leer zu sein: Es hat überhaupt keine Ziele. Falls Sie welche erwartet haben, gehören die Anmeldedaten vielleicht zu einer anderen Organisation oder zu einem anderen Audience-Manager-Konto als dem gemeinten: Prüfen Sie im Verbindungsdialog die Organisations-ID und die Client-ID. Ist das Konto neu, werden alle Ziele und Zuordnungen des Arbeitsbereichs als „anzulegen“ aufgeführt.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will not be sent (refused, or the account already has their values); the report says why.</source>
            <translation>
                <numerusform>%n Element wird nicht gesendet (abgelehnt, oder seine Werte sind bereits im Konto); der Bericht nennt den Grund.</numerusform>
                <numerusform>%n Elemente werden nicht gesendet (abgelehnt, oder ihre Werte sind bereits im Konto); der Bericht nennt den Grund.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked item(s) have validation errors and will be sent as they are:</source>
            <translation>
                <numerusform>%n ausgewähltes Element hat Validierungsfehler und wird so gesendet, wie es ist:</numerusform>
                <numerusform>%n ausgewählte Elemente haben Validierungsfehler und werden so gesendet, wie sie sind:</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending %1 of %2…</source>
            <translation>%1 von %2 wird gesendet…</translation>
        </message>
        <message>
            <source>Sent %1 of %2.</source>
            <translation>%1 von %2 gesendet.</translation>
        </message>
        <message>
            <source>Local Account Changed</source>
            <translation>Lokales Konto geändert</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Save the Local Account as a Workspace</source>
            <translation>Lokales Konto als Arbeitsbereich speichern</translation>
        </message>
        <message>
            <source>local account</source>
            <translation>lokales Konto</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>DCS-Desk-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Saved the local account as %1.</source>
            <translation>Lokales Konto als %1 gespeichert.</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>The local account was not saved as %1; it is still open.

%2</source>
            <translation>Das lokale Konto wurde nicht als %1 gespeichert; es ist weiterhin geöffnet.

%2</translation>
        </message>
        <message>
            <source>What you pushed to the local account is kept only in memory: it is lost when DCS Desk closes, or when another workspace file becomes the local account.

Save the local account's current content as a workspace file?</source>
            <translation>Was Sie an das lokale Konto übertragen haben, liegt nur im Arbeitsspeicher: Es geht verloren, wenn DCS Desk beendet wird oder eine andere Arbeitsbereichsdatei zum lokalen Konto wird.

Den aktuellen Inhalt des lokalen Kontos als Arbeitsbereichsdatei speichern?</translation>
        </message>
        <message>
            <source>New Workspace &amp;from Audience Manager Account…</source>
            <translation>Neuer Arbeitsbereich aus Audience-Manager-&amp;Konto…</translation>
        </message>
        <message>
            <source>New Workspace from Audience Manager Account</source>
            <translation>Neuer Arbeitsbereich aus Audience-Manager-Konto</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from %4 into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>%1, %2 und %3 aus %4 in einen neuen Arbeitsbereich abgerufen (%n Anfrage).</numerusform>
                <numerusform>%1, %2 und %3 aus %4 in einen neuen Arbeitsbereich abgerufen (%n Anfragen).</numerusform>
            </translation>
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
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
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
            <source>It is not saved yet: use File › Save As to give it a file. Later, File › Compare with Audience Manager Account shows what you changed and pushes it.</source>
            <translation>Der Arbeitsbereich ist noch nicht gespeichert: Speichern Sie ihn mit Datei › Speichern unter in einer Datei. Später zeigt Datei › Mit Audience-Manager-Konto vergleichen, was Sie geändert haben, und überträgt es.</translation>
        </message>
        <message>
            <source>The account has no destinations. If you expected some, check the organization ID and that the credential's product profile includes Audience Manager.</source>
            <translation>Das Konto hat keine Ziele. Falls Sie welche erwartet haben, prüfen Sie die Organisations-ID und ob das Produktprofil der Anmeldedaten Audience Manager umfasst.</translation>
        </message>
        <message>
            <source>Not taken (%1):</source>
            <translation>Nicht übernommen (%1):</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weiteres.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from %1</source>
            <translation>Übernahme aus %1</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of %1 into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n Änderung aus %1 in einem Schritt in den Arbeitsbereich übernommen: Bearbeiten › Rückgängig nimmt sie zurück.</numerusform>
                <numerusform>%n Änderungen aus %1 in einem Schritt in den Arbeitsbereich übernommen: Bearbeiten › Rückgängig nimmt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was taken: the workspace already has what was chosen.</source>
            <translation>Es wurde nichts übernommen: Der Arbeitsbereich enthält bereits, was ausgewählt wurde.</translation>
        </message>
        <message>
            <source>Kept as it is:</source>
            <translation>Unverändert beibehalten:</translation>
        </message>
        <message>
            <source>Not taken:</source>
            <translation>Nicht übernommen:</translation>
        </message>
        <message>
            <source>What the account returns (new IDs, the objects as it stores them) is written into the workspace as one step you can undo.</source>
            <translation>Was das Konto zurückgibt (neue IDs, die Objekte, wie es sie speichert), wird in einem Schritt, den Sie rückgängig machen können, in den Arbeitsbereich geschrieben.</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects, so the new workspace has none: set them here if you use them.</source>
            <translation>Die eigenen Zielfelder von DCS Desk (automatisches Ausfüllen, Datenexportkennzeichnungen, Plattform) sind nicht Teil der REST-Objekte von Audience Manager; der neue Arbeitsbereich enthält sie daher nicht. Legen Sie sie hier fest, wenn Sie sie verwenden.</translation>
        </message>
        <message numerus="yes">
            <source>Pulled the local account in %n request(s).</source>
            <translation>
                <numerusform>Lokales Konto abgerufen (%n Anfrage).</numerusform>
                <numerusform>Lokales Konto abgerufen (%n Anfragen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Pull the Local Account</source>
            <translation>Abruf des lokalen Kontos</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change the local account.</source>
            <translation>
                <numerusform>%n Aufruf wird das lokale Konto ändern.</numerusform>
                <numerusform>%n Aufrufe werden das lokale Konto ändern.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to the local account.</source>
            <translation>An das lokale Konto kann nichts gesendet werden.</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Übertragung an das lokale Konto</translation>
        </message>
        <message>
            <source>Push to the local account: %1.</source>
            <translation>Übertragung an das lokale Konto: %1.</translation>
        </message>
        <message>
            <source>Local account (pulled)</source>
            <extracomment>The name of a new workspace pulled from the local account. Sentences use it as a name ("%1 has changes that are not saved."): a title, not a phrase to decline.</extracomment>
            <translation>Lokales Konto (abgerufen)</translation>
        </message>
        <message>
            <source>%1 (pulled)</source>
            <translation>%1 (abgerufen)</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from the local account into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>%1, %2 und %3 aus dem lokalen Konto in einen neuen Arbeitsbereich abgerufen (%n Anfrage).</numerusform>
                <numerusform>%1, %2 und %3 aus dem lokalen Konto in einen neuen Arbeitsbereich abgerufen (%n Anfragen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from the Local Account</source>
            <translation>Übernahme aus dem lokalen Konto</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of the local account into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n Änderung aus dem lokalen Konto in einem Schritt in den Arbeitsbereich übernommen: Bearbeiten › Rückgängig nimmt sie zurück.</numerusform>
                <numerusform>%n Änderungen aus dem lokalen Konto in einem Schritt in den Arbeitsbereich übernommen: Bearbeiten › Rückgängig nimmt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the client ID, the client secret, the user name and the password in the connection dialog.</source>
            <translation>Prüfen Sie im Verbindungsdialog die Client-ID, das Client-Geheimnis, den Benutzernamen und das Passwort.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them delete(s) from the account what was deleted in the workspace (mappings before their destination).</source>
            <translation>
                <numerusform>Davon löscht %n Aufruf im Konto, was im Arbeitsbereich gelöscht wurde (Segmentzuordnungen vor ihrem Ziel).</numerusform>
                <numerusform>Davon löschen %n Aufrufe im Konto, was im Arbeitsbereich gelöscht wurde (Segmentzuordnungen vor ihrem Ziel).</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>The pull was canceled; nothing was changed.</source>
            <translation>Der Abruf wurde abgebrochen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Changes from the account were taken into the workspace, so this comparison is out of date: compare again to see what is left to push.</source>
            <translation>Änderungen des Kontos wurden in den Arbeitsbereich übernommen, daher ist dieser Vergleich veraltet: Vergleichen Sie erneut, um zu sehen, was noch zu übertragen ist.</translation>
        </message>
        <message>
            <source>Pulls an account's destinations, mappings and segments into a new workspace, so you can change them offline and push them back later.</source>
            <translation>Ruft die Ziele, Zuordnungen und Segmente eines Kontos ab und legt damit einen neuen Arbeitsbereich an, damit Sie sie offline ändern und später zurückübertragen können.</translation>
        </message>
        <message>
            <source>The connection was not saved: %1</source>
            <translation>Die Verbindung wurde nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountConnectDialog</name>
        <message>
            <source>Workspace the Local Account Is Made Of</source>
            <translation>Arbeitsbereich für das lokale Konto</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>DCS-Desk-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Mit Audience Manager verbinden</translation>
        </message>
        <message>
            <source>&amp;Local account (offline)</source>
            <translation>&amp;Lokales Konto (offline)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>Mitgelieferter Beispielarbeitsbereich</translation>
        </message>
        <message>
            <source>&amp;Adobe account (OAuth Server-to-Server credential)</source>
            <translation>&amp;Adobe-Konto (OAuth-Server-to-Server-Anmeldedaten)</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Umgebung:</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Andere Adresse</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Ad&amp;resse:</translation>
        </message>
        <message>
            <source>Client &amp;ID (API key):</source>
            <translation>Client-&amp;ID (API-Schlüssel):</translation>
        </message>
        <message>
            <source>&amp;Organization ID:</source>
            <translation>&amp;Organisations-ID:</translation>
        </message>
        <message>
            <source>…@AdobeOrg</source>
            <translation>…@AdobeOrg</translation>
        </message>
        <message>
            <source>&amp;Scopes:</source>
            <translation>&amp;Scopes:</translation>
        </message>
        <message>
            <source>Client se&amp;cret:</source>
            <translation>Client-&amp;Geheimnis:</translation>
        </message>
        <message>
            <source>Co&amp;nnect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Type the REST API's address, such as https://aam.adobe.io.</source>
            <translation>Geben Sie die Adresse der REST-API ein, zum Beispiel https://aam.adobe.io.</translation>
        </message>
        <message>
            <source>Type the client ID: the Developer Console shows it on the project's OAuth Server-to-Server credential.</source>
            <translation>Geben Sie die Client-ID ein: Die Developer Console zeigt sie bei den OAuth-Server-to-Server-Anmeldedaten des Projekts.</translation>
        </message>
        <message>
            <source>Type the organization ID, which ends in @AdobeOrg (Developer Console, the credential's page).</source>
            <translation>Geben Sie die Organisations-ID ein, die auf @AdobeOrg endet (Developer Console, Seite der Anmeldedaten).</translation>
        </message>
        <message>
            <source>Type the client secret (Developer Console, the credential's page, Retrieve client secret).</source>
            <translation>Geben Sie das Client-Geheimnis ein (Developer Console, Seite der Anmeldedaten, „Retrieve client secret“).</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The last attempt failed: %1</source>
            <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>An Audience Manager account that DCS Desk serves on this computer, made of a workspace file. Nothing leaves the computer. What you push to it is kept in memory; before it is lost, DCS Desk offers to save it as a workspace file.</source>
            <translation>Ein Audience-Manager-Konto, das DCS Desk auf diesem Computer bereitstellt, erstellt aus einer Arbeitsbereichsdatei. Nichts verlässt den Computer. Was Sie an das Konto übertragen, liegt im Arbeitsspeicher; bevor es verloren geht, bietet DCS Desk an, es als Arbeitsbereichsdatei zu speichern.</translation>
        </message>
        <message>
            <source>Forget the saved connection, and its secrets in the system keychain unless another connection uses them.</source>
            <translation>Die gespeicherte Verbindung vergessen, ebenso ihre geheimen Werte im Schlüsselbund des Systems, sofern keine andere Verbindung sie verwendet.</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Production</source>
            <translation>z. B. Produktion</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Neue Verbindung</translation>
        </message>
        <message>
            <source>Adobe account, le&amp;gacy OAuth (deprecated: user name and password)</source>
            <translation>Adobe-Konto, L&amp;egacy-OAuth (veraltet: Benutzername und Passwort)</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Benu&amp;tzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Remember the secrets in the system keychain</source>
            <translation>Geheime Werte im Schlüsselbund des Systems &amp;merken</translation>
        </message>
        <message>
            <source>Production (%1)</source>
            <translation>Produktion (%1)</translation>
        </message>
        <message>
            <source>Beta (%1)</source>
            <translation>Beta (%1)</translation>
        </message>
        <message>
            <source>Local account</source>
            <translation>Lokales Konto</translation>
        </message>
        <message>
            <source>Delete Connection</source>
            <translation>Verbindung löschen</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1"?</source>
            <translation>Die gespeicherte Verbindung „%1“ löschen?</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1" and its secrets in the %2?</source>
            <translation>Die gespeicherte Verbindung „%1“ und ihre geheimen Werte im %2 löschen?</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>The connection "%1" is deleted.</source>
            <translation>Die Verbindung „%1“ wurde gelöscht.</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>Client-&amp;ID:</translation>
        </message>
        <message>
            <source>Type the client ID of the legacy API client (Adobe Customer Care gave it with its secret).</source>
            <translation>Geben Sie die Client-ID des Legacy-API-Clients ein (Adobe Customer Care hat sie zusammen mit dem Client-Geheimnis ausgegeben).</translation>
        </message>
        <message>
            <source>Type the client secret of the legacy API client.</source>
            <translation>Geben Sie das Client-Geheimnis des Legacy-API-Clients ein.</translation>
        </message>
        <message>
            <source>Type the Audience Manager user name and password the legacy API client signs in with.</source>
            <translation>Geben Sie den Audience-Manager-Benutzernamen und das Passwort ein, mit denen sich der Legacy-API-Client anmeldet.</translation>
        </message>
        <message>
            <source>client secret</source>
            <translation>Client-Geheimnis</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>The %1 typed earlier in this session is filled in.</source>
            <translation>Das in dieser Sitzung bereits eingegebene %1 ist eingetragen.</translation>
        </message>
        <message>
            <source>The %1 was read from the %2.</source>
            <translation>Das %1 wurde aus dem %2 gelesen.</translation>
        </message>
        <message>
            <source>The %1 holds no %2 for this connection: type it.</source>
            <translation>Der %1 enthält kein %2 für diese Verbindung: Geben Sie es ein.</translation>
        </message>
        <message>
            <source>The %1 cannot be read from the %2 (%3). Type it: it is kept in memory until DCS Desk closes, and asked again at the next start.</source>
            <translation>Das %1 kann nicht aus dem %2 gelesen werden (%3). Geben Sie es ein: Es bleibt bis zum Beenden von DCS Desk im Speicher und wird beim nächsten Start erneut abgefragt.</translation>
        </message>
        <message>
            <source>Saving the secrets in the %1…</source>
            <translation>Geheime Werte werden im %1 gespeichert…</translation>
        </message>
        <message>
            <source>The %1 did not keep the secrets (%2). Press Connect again to use them for this session only; they will be asked again at the next start.</source>
            <translation>Der %1 hat die geheimen Werte nicht gespeichert (%2). Klicken Sie erneut auf „Verbinden“, um sie nur in dieser Sitzung zu verwenden; beim nächsten Start werden sie erneut abgefragt.</translation>
        </message>
        <message>
            <source>Sa&amp;ved connection:</source>
            <translation>Gespei&amp;cherte Verbindung:</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>Lösc&amp;hen…</translation>
        </message>
        <message>
            <source>A saved connection is already named "%1" (%2). Choose it in the list to change it, or type another name.</source>
            <translation>Eine gespeicherte Verbindung heißt bereits „%1“ (%2). Wählen Sie sie in der Liste, um sie zu ändern, oder geben Sie einen anderen Namen ein.</translation>
        </message>
        <message>
            <source>No system keychain answered (%1): the secrets are kept in memory until DCS Desk closes.</source>
            <translation>Kein Schlüsselbund des Systems hat geantwortet (%1): Die geheimen Werte bleiben im Speicher, bis DCS Desk beendet wird.</translation>
        </message>
        <message>
            <source>dcsdesk-cli uses the same saved connections: a command with --connection "%1" will no longer find it.</source>
            <translation>dcsdesk-cli verwendet dieselben gespeicherten Verbindungen: Ein Befehl mit --connection "%1" findet sie dann nicht mehr.</translation>
        </message>
        <message>
            <source>Workspace &amp;file:</source>
            <translation>Arbeits&amp;bereichsdatei:</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountReviewDialog</name>
        <message>
            <source>Compare with %1</source>
            <translation>Vergleich mit %1</translation>
        </message>
        <message>
            <source>All differences</source>
            <translation>Alle Unterschiede</translation>
        </message>
        <message>
            <source>To push</source>
            <translation>Zu übertragen</translation>
        </message>
        <message>
            <source>To take from the account</source>
            <translation>Aus dem Konto zu übernehmen</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Cannot be pushed</source>
            <translation>Nicht übertragbar</translation>
        </message>
        <message>
            <source>Only in the account</source>
            <translation>Nur im Konto</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Ziel oder Zuordnung</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Unterschied</translation>
        </message>
        <message>
            <source>Destinations and mappings that differ</source>
            <translation>Ziele und Zuordnungen, die sich unterscheiden</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Last pulled</source>
            <translation>Zuletzt abgerufen</translation>
        </message>
        <message>
            <source>In the workspace</source>
            <translation>Im Arbeitsbereich</translation>
        </message>
        <message>
            <source>In the account</source>
            <translation>Im Konto</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Abweichende Felder</translation>
        </message>
        <message>
            <source>The workspace and %1 hold the same destinations and mappings.</source>
            <translation>Der Arbeitsbereich und das Konto %1 enthalten dieselben Ziele und Zuordnungen.</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Ziel %1</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Ziel %1 (%2)</translation>
        </message>
        <message>
            <source>mappings differ</source>
            <translation>Zuordnungen unterscheiden sich</translation>
        </message>
        <message>
            <source>%1 — cannot be pushed</source>
            <translation>%1 – nicht übertragbar</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: narrow the list with the filter or the search</source>
            <translation>
                <numerusform>… und %n weiteres: Grenzen Sie die Liste mit dem Filter oder der Suche ein</numerusform>
                <numerusform>… und %n weitere: Grenzen Sie die Liste mit dem Filter oder der Suche ein</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 von %2 angezeigt</translation>
        </message>
        <message>
            <source>The destination itself differs too; choose "%1" to see how.</source>
            <translation>Das Ziel selbst unterscheidet sich ebenfalls; wählen Sie „%1“, um die Unterschiede zu sehen.</translation>
        </message>
        <message>
            <source>The destination itself is the same on both sides; its mappings below differ.</source>
            <translation>Das Ziel selbst ist auf beiden Seiten gleich; seine Zuordnungen darunter unterscheiden sich.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to %1. You confirm first.</source>
            <translation>Sendet die ausgewählten Ziele und Zuordnungen sowie die von Ihnen entschiedenen Konflikte an das Konto %1. Vorher werden Sie um Bestätigung gebeten.</translation>
        </message>
        <message>
            <source>conflict, settled: to push</source>
            <translation>Konflikt, entschieden: zu übertragen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Push %n Item(s)…</source>
            <translation>
                <numerusform>%n Element ü&amp;bertragen…</numerusform>
                <numerusform>%n Elemente ü&amp;bertragen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict: choose a side</source>
            <translation>Konflikt: Seite wählen</translation>
        </message>
        <message>
            <source>Keep the workspace's</source>
            <translation>Wert des Arbeitsbereichs behalten</translation>
        </message>
        <message>
            <source>Take the account's</source>
            <translation>Wert des Kontos übernehmen</translation>
        </message>
        <message>
            <source>Value to push for %1</source>
            <translation>Zu übertragender Wert für %1</translation>
        </message>
        <message>
            <source>Destination name, or a destination, mapping or segment ID</source>
            <translation>Zielname oder eine Ziel-, Zuordnungs- oder Segment-ID</translation>
        </message>
        <message>
            <source>Shows the items whose title contains this text (not case-sensitive): a destination's name, or a destination, mapping or segment ID. Segment names are not searched.</source>
            <translation>Zeigt die Elemente, deren Titel diesen Text enthält (ohne Unterscheidung von Groß- und Kleinschreibung): den Namen eines Ziels oder eine Ziel-, Zuordnungs- oder Segment-ID. Segmentnamen werden nicht durchsucht.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>All differences: %1.</source>
            <translation>Alle Unterschiede: %1.</translation>
        </message>
        <message>
            <source>Push sends the checked items: %1; %2.</source>
            <translation>Übertragen werden die ausgewählten Elemente: %1; %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n Ziel zu aktualisieren</numerusform>
                <numerusform>%n Ziele zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n anzulegen</numerusform>
                <numerusform>%n anzulegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n Segmentzuordnung zu aktualisieren</numerusform>
                <numerusform>%n Segmentzuordnungen zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) unchecked</source>
            <translation>
                <numerusform>%n Element abgewählt</numerusform>
                <numerusform>%n Elemente abgewählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n with validation errors)</source>
            <translation>
                <numerusform>(%n mit Validierungsfehlern)</numerusform>
                <numerusform>(%n mit Validierungsfehlern)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent: %1.</source>
            <translation>Nicht gesendet: %1.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and %1 hold the same destinations and mappings. There is nothing to push.</source>
            <translation>Keine Unterschiede: Der Arbeitsbereich und das Konto %1 enthalten dieselben Ziele und Zuordnungen. Es gibt nichts zu übertragen.</translation>
        </message>
        <message>
            <source>Nothing shown under "%1" matches "%2". The search looks in destination names and in destination, mapping and segment IDs. Clear the search, or choose "%3".</source>
            <translation>Unter „%1“ passt nichts zu „%2“. Gesucht wird in Zielnamen sowie in Ziel-, Zuordnungs- und Segment-IDs. Leeren Sie die Suche oder wählen Sie „%3“.</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n difference(s) is in "%1". Choose "%2" to see them all.</source>
            <translation>
                <numerusform>Der einzige Unterschied (%n) fällt nicht unter „%1“. Wählen Sie „%2“, um ihn zu sehen.</numerusform>
                <numerusform>Keiner der %n Unterschiede fällt unter „%1“. Wählen Sie „%2“, um alle zu sehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The validator finds errors in the workspace's version:</source>
            <translation>Die Validierung findet Fehler in der Fassung des Arbeitsbereichs:</translation>
        </message>
        <message>
            <source>It is not pushed unless you check it; the push confirmation then names it.</source>
            <translation>Es wird nur übertragen, wenn Sie es auswählen; die Rückfrage vor dem Übertragen nennt es dann.</translation>
        </message>
        <message>
            <source>validation errors — %1</source>
            <translation>Validierungsfehler – %1</translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n zu löschen</numerusform>
                <numerusform>%n zu löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Brings the checked changes of %1 into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Übernimmt die ausgewählten Änderungen aus dem Konto %1 in den Arbeitsbereich, ohne die eigenen Änderungen des Arbeitsbereichs zu verwerfen. Die Übernahme lässt sich in einem Schritt rückgängig machen. Es wird nichts gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Take %n Item(s) from the Account</source>
            <translation>
                <numerusform>%n Element aus dem Konto übe&amp;rnehmen</numerusform>
                <numerusform>%n Elemente aus dem Konto übe&amp;rnehmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is sent until you press Push and confirm. Uncheck what should not be pushed; settle a conflict field by field on the right. Take brings the checked changes of the account into the workspace (one step you can undo).</source>
            <translation>Es wird erst etwas gesendet, wenn Sie auf „Elemente übertragen…“ klicken und bestätigen. Wählen Sie ab, was nicht übertragen werden soll; entscheiden Sie einen Konflikt rechts Feld für Feld. Mit „Elemente aus dem Konto übernehmen“ gelangen die ausgewählten Änderungen des Kontos in den Arbeitsbereich (ein Schritt, den Sie rückgängig machen können).</translation>
        </message>
        <message>
            <source>conflict, settled: to push and to take</source>
            <translation>Konflikt, entschieden: zu übertragen und zu übernehmen</translation>
        </message>
        <message>
            <source>conflict, settled: to take</source>
            <translation>Konflikt, entschieden: zu übernehmen</translation>
        </message>
        <message>
            <source>conflict, settled: nothing to do</source>
            <translation>Konflikt, entschieden: nichts zu tun</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects: they stay in the workspace and are neither compared, pulled nor pushed.</source>
            <translation>Die eigenen Zielfelder von DCS Desk (automatisches Ausfüllen, Datenexportkennzeichnungen, Plattform) sind nicht Teil der REST-Objekte von Audience Manager; sie bleiben im Arbeitsbereich und werden weder verglichen noch abgerufen oder übertragen.</translation>
        </message>
        <message>
            <source>Compare with the Local Account</source>
            <translation>Vergleich mit dem lokalen Konto</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to the local account. You confirm first.</source>
            <translation>Sendet die ausgewählten Ziele und Zuordnungen sowie die von Ihnen entschiedenen Konflikte an das lokale Konto. Vorher werden Sie um Bestätigung gebeten.</translation>
        </message>
        <message>
            <source>Brings the checked changes of the local account into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Übernimmt die ausgewählten Änderungen aus dem lokalen Konto in den Arbeitsbereich, ohne die eigenen Änderungen des Arbeitsbereichs zu verwerfen. Die Übernahme lässt sich in einem Schritt rückgängig machen. Es wird nichts gesendet.</translation>
        </message>
        <message>
            <source>The workspace and the local account hold the same destinations and mappings.</source>
            <translation>Der Arbeitsbereich und das lokale Konto enthalten dieselben Ziele und Zuordnungen.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and the local account hold the same destinations and mappings. There is nothing to push.</source>
            <translation>Keine Unterschiede: Der Arbeitsbereich und das lokale Konto enthalten dieselben Ziele und Zuordnungen. Es gibt nichts zu übertragen.</translation>
        </message>
        <message numerus="yes">
            <source>%n changed in the account</source>
            <translation>
                <numerusform>%n im Konto geändertes Element</numerusform>
                <numerusform>%n im Konto geänderte Elemente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new in the account</source>
            <translation>
                <numerusform>%n neues Element im Konto</numerusform>
                <numerusform>%n neue Elemente im Konto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the account</source>
            <translation>
                <numerusform>%n im Konto gelöschtes Element</numerusform>
                <numerusform>%n im Konto gelöschte Elemente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled conflict(s)</source>
            <translation>
                <numerusform>%n entschiedener Konflikt</numerusform>
                <numerusform>%n entschiedene Konflikte</numerusform>
            </translation>
        </message>
        <message>
            <source>Take brings the account's version of: %1.</source>
            <translation>Übernommen wird die Fassung des Kontos für: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) with no side chosen</source>
            <translation>
                <numerusform>%n Konflikt ohne gewählte Seite</numerusform>
                <numerusform>%n Konflikte ohne gewählte Seite</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchCharts</name>
        <message>
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <source>Answers by HTTP status and DCS error</source>
            <translation>Antworten nach HTTP-Status und DCS-Fehler</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Fehler %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>milliseconds (upper bound of each bar)</source>
            <translation>Millisekunden (Obergrenze jedes Balkens)</translation>
        </message>
        <message>
            <source>ms</source>
            <comment>the latency chart's axis title where the whole one does not fit</comment>
            <translation>ms</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchCommand</name>
        <message>
            <source>Generate this many users with random 38-digit IDs.</source>
            <translation>So viele Benutzer mit zufälligen 38-stelligen IDs erzeugen.</translation>
        </message>
        <message>
            <source>ID type of generated users: uuid (default) or mid.</source>
            <translation>ID-Typ der erzeugten Benutzer: uuid (Standard) oder mid.</translation>
        </message>
        <message>
            <source>Calls in flight at once (default 6, at most %1).</source>
            <translation>Gleichzeitig laufende Aufrufe (Standard: 6, höchstens %1).</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network (default 3).</source>
            <translation>Wiederholungen eines Aufrufs, der mit 429 beantwortet wurde oder im Netz verloren ging (Standard: 3).</translation>
        </message>
        <message>
            <source>Give up a call after this many seconds (default 10).</source>
            <translation>Einen Aufruf nach dieser Anzahl Sekunden abbrechen (Standard: 10).</translation>
        </message>
        <message>
            <source>Write one line per row to this file: .csv, or .jsonl for JSON Lines.</source>
            <translation>Für jede Zeile der Eingabe eine Zeile in diese Datei schreiben: .csv oder .jsonl für JSON Lines.</translation>
        </message>
        <message>
            <source>What to do with rows that cannot be sent: skip (default, they are listed) or stop (send nothing).</source>
            <translation>Umgang mit Zeilen, die nicht gesendet werden können: skip (Standard, sie werden aufgelistet) oder stop (nichts senden).</translation>
        </message>
        <message>
            <source>%1/%2 (%3%)</source>
            <translation>%1/%2 (%3 %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 Aufrufe/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>Restzeit %1</translation>
        </message>
        <message>
            <source>p95 %1 ms</source>
            <translation>p95 %1 ms</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1: %2</translation>
        </message>
        <message>
            <source>DCS errors: %1</source>
            <translation>DCS-Fehler: %1</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>--uuid and --mid name one user; a batch takes its users from --input or --generate.</source>
            <translation>--uuid und --mid bezeichnen einen Benutzer; ein Stapellauf nimmt seine Benutzer aus --input oder --generate.</translation>
        </message>
        <message>
            <source>Give the users with either --input FILE (CSV) or --generate N.</source>
            <translation>Geben Sie die Benutzer entweder mit --input DATEI (CSV) oder mit --generate N an.</translation>
        </message>
        <message>
            <source>--concurrency takes a number from 1 to %1, not “%2”.</source>
            <translation>--concurrency erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
        </message>
        <message>
            <source>--retries takes a number from 0 to 20, not “%1”.</source>
            <translation>--retries erwartet eine Zahl von 0 bis 20, nicht „%1“.</translation>
        </message>
        <message>
            <source>--rate takes calls per second (0 for no limit), not “%1”.</source>
            <translation>--rate erwartet Aufrufe pro Sekunde (0 = unbegrenzt), nicht „%1“.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
        </message>
        <message>
            <source>--on-invalid takes skip or stop, not “%1”.</source>
            <translation>--on-invalid erwartet skip oder stop, nicht „%1“.</translation>
        </message>
        <message>
            <source>--out needs a file name such as results.csv, not a folder.</source>
            <translation>--out benötigt einen Dateinamen wie results.csv, keinen Ordner.</translation>
        </message>
        <message>
            <source>--generate takes a number from 1 to %1, not “%2”.</source>
            <translation>--generate erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
        </message>
        <message>
            <source>--id-type takes uuid or mid, not “%1”.</source>
            <translation>--id-type erwartet uuid oder mid, nicht „%1“.</translation>
        </message>
        <message>
            <source>--seed takes a whole number, not “%1”.</source>
            <translation>--seed erwartet eine ganze Zahl, nicht „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n erzeugter Benutzer</numerusform>
                <numerusform>%n erzeugte Benutzer</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>line %1 skipped: %2</source>
            <translation>Zeile %1 übersprungen: %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) skipped.</source>
            <translation>
                <numerusform>… und %n weitere übersprungene Zeile.</numerusform>
                <numerusform>… und %n weitere übersprungene Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 answered, %2 with DCS errors, %3 failed, %4 invalid, %5 not sent; %6 calls/s; latency p50 %7 ms, p95 %8 ms, p99 %9 ms.</source>
            <translation>%1 beantwortet, %2 mit DCS-Fehlern, %3 fehlgeschlagen, %4 ungültig, %5 nicht gesendet; %6 Aufrufe/s; Latenz p50 %7 ms, p95 %8 ms, p99 %9 ms.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>skip|stop</source>
            <translation>skip|stop</translation>
        </message>
        <message>
            <source>line %1, user %2: %3</source>
            <translation>Zeile %1, Benutzer %2: %3</translation>
        </message>
        <message>
            <source>CSV file of users (or - for stdin) with a d_uuid or d_mid column and optional c_, p_, d_, h_ signal columns, d_cid, d_cid_ic, d_orgid, region, and the expectations expect_segments, expect_not_segments and expect_destinations.</source>
            <translation>CSV-Datei mit Benutzern (oder - für die Standardeingabe) mit einer Spalte d_uuid oder d_mid und optional Signalspalten c_, p_, d_, h_ sowie d_cid, d_cid_ic, d_orgid, region und den Erwartungen expect_segments, expect_not_segments und expect_destinations.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) with failed or unchecked expectations.</source>
            <translation>
                <numerusform>… und %n weitere Zeile mit nicht erfüllten oder ungeprüften Erwartungen.</numerusform>
                <numerusform>… und %n weitere Zeilen mit nicht erfüllten oder ungeprüften Erwartungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the --out CSV without the UTF-8 byte order mark (kept by default so that Excel reads the file as UTF-8).</source>
            <translation>Die CSV-Datei für --out ohne UTF-8-Byte-Order-Mark schreiben (standardmäßig enthalten, damit Excel die Datei als UTF-8 liest).</translation>
        </message>
        <message>
            <source>Send a request for every user of a CSV file (or N generated users) and summarize the answers.</source>
            <translation>Eine Anfrage für jeden Benutzer einer CSV-Datei (oder N erzeugte Benutzer) senden und die Antworten zusammenfassen.</translation>
        </message>
        <message>
            <source>At most this many calls per second (default: no limit for the sandbox or a loopback address, %1 for the live DCS).</source>
            <translation>Höchstens so viele Aufrufe pro Sekunde (Standard: unbegrenzt für die Sandbox oder eine Loopback-Adresse, %1 für den echten DCS).</translation>
        </message>
        <message numerus="yes">
            <source>Confirm a run of more than %n call(s) to the live DCS.</source>
            <translation>
                <numerusform>Einen Lauf mit mehr als %n Aufruf an den echten DCS bestätigen.</numerusform>
                <numerusform>Einen Lauf mit mehr als %n Aufrufen an den echten DCS bestätigen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This sends %1 calls to the live DCS, not the local sandbox. Add --yes to confirm (the rate is %2 calls per second unless you set --rate), or use --sandbox or a loopback --base-url to try it locally.</source>
            <translation>Damit gehen %1 Aufrufe an den echten DCS, nicht an die lokale Sandbox. Bestätigen Sie mit --yes (die Rate beträgt %2 Aufrufe pro Sekunde, sofern Sie --rate nicht setzen), oder probieren Sie es lokal mit --sandbox oder mit einer Loopback-Adresse als --base-url aus.</translation>
        </message>
        <message>
            <source>Seed for the generated users; the same seed gives the same users (default 1).</source>
            <translation>Startwert der erzeugten Benutzer; derselbe Startwert ergibt dieselben Benutzer (Standard: 1).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExpectations</name>
        <message>
            <source>Write a cookie name (aam_gpt), a destination ID or name, or url; add =TEXT (contains), ==TEXT (equals) or ~REGEX for the value, ! in front for “does not fire”, and separate several with ; (for example aam_gpt=1001;url=ads.example.com).</source>
            <translation>Geben Sie einen Cookie-Namen (aam_gpt), eine Ziel-ID, einen Zielnamen oder url ein; ergänzen Sie =TEXT (enthält), ==TEXT (gleich) oder ~REGEX für den Wert, setzen Sie ! davor für „wird nicht ausgelöst“, und trennen Sie mehrere durch ; (zum Beispiel aam_gpt=1001;url=ads.example.com).</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression (%2).</source>
            <translation>„%1“ ist kein gültiger regulärer Ausdruck (%2).</translation>
        </message>
        <message>
            <source>“%1” names no destination. %2</source>
            <translation>„%1“ gibt kein Ziel an. %2</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>Der Arbeitsbereich enthält kein Ziel %1.</translation>
        </message>
        <message>
            <source>“%1” looks like a destination ID, but no workspace is open to look it up.</source>
            <translation>„%1“ sieht wie eine Ziel-ID aus, aber es ist kein Arbeitsbereich geöffnet, in dem sie nachgeschlagen werden kann.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) has no URL format to look for; write url=TEXT with a part of the URL it fires.</source>
            <translation>Das Ziel %1 (%2) hat kein URL-Format, nach dem gesucht werden kann; schreiben Sie url=TEXT mit einem Teil der URL, die es aufruft.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) is server-to-server: it never appears in an answer, so it cannot be expected there.</source>
            <translation>Das Ziel %1 (%2) ist ein Server-zu-Server-Ziel: Es erscheint nie in einer Antwort und kann dort daher nicht erwartet werden.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not a segment ID. Write segment IDs separated by ; (for example 1001;1002).</source>
            <translation>„%1“ in Spalte %2 ist keine Segment-ID. Schreiben Sie Segment-IDs durch ; getrennt (zum Beispiel 1001;1002).</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Spalte %1: %2</translation>
        </message>
        <message>
            <source>The expected segments cannot be checked: the template does not ask for segment IDs. Set Traits and segments to 2 (d_cts=2, --cts 2 on the command line).</source>
            <translation>Die erwarteten Segmente können nicht geprüft werden: Die Vorlage fragt keine Segment-IDs ab. Setzen Sie „Eigenschaften und Segmente“ auf 2 (d_cts=2, --cts 2 auf der Befehlszeile).</translation>
        </message>
        <message>
            <source>The expected URL destinations cannot be checked: the template does not ask for them. Tick URL destinations (d_dst=1, --dst on the command line).</source>
            <translation>Die erwarteten URL-Ziele können nicht geprüft werden: Die Vorlage fragt sie nicht ab. Wählen Sie „URL-Ziele“ aus (d_dst=1, --dst auf der Befehlszeile).</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Nicht geprüft: Die Zeile hat keine Antwort erhalten.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer. %1</source>
            <translation>Nicht geprüft: Die Zeile hat keine Antwort erhalten. %1</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for segment IDs (d_cts=2).</source>
            <translation>Nicht geprüft: %1. Die Vorlage fragt keine Segment-IDs ab (d_cts=2).</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for URL destinations (d_dst=1).</source>
            <translation>Nicht geprüft: %1. Die Vorlage fragt keine URL-Ziele ab (d_dst=1).</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>Nicht geprüft: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) failed their expectations</source>
            <translation>
                <numerusform>Erwartungen nicht erfüllt: %1 von %n Zeile</numerusform>
                <numerusform>Erwartungen nicht erfüllt: %1 von %n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2 passed, %3 not checked.</source>
            <translation>%1; %2 erfüllt, %3 nicht geprüft.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExport</name>
        <message>
            <source>Cannot write the results: %1</source>
            <translation>Die Ergebnisse können nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder or file name.</source>
            <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchHistory</name>
        <message>
            <source>Cannot save the run in the history (%1): %2</source>
            <translation>Der Stapellauf kann nicht im Verlauf gespeichert werden (%1): %2</translation>
        </message>
        <message>
            <source>Cannot read the batch history (%1): %2</source>
            <translation>Der Verlauf der Stapelläufe kann nicht gelesen werden (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchInput</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>The file is empty. A batch CSV starts with a header line such as d_uuid,c_color.</source>
            <translation>Die Datei ist leer. Eine CSV-Datei für den Stapellauf beginnt mit einer Kopfzeile wie d_uuid,c_color.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice in the header. Keep one.</source>
            <translation>Die Spalte „%1“ steht zweimal in der Kopfzeile. Behalten Sie nur eine davon.</translation>
        </message>
        <message>
            <source>The header has both d_uuid and d_mid. Keep one user ID column.</source>
            <translation>Die Kopfzeile enthält sowohl d_uuid als auch d_mid. Behalten Sie nur eine Benutzer-ID-Spalte.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: it is set once for all users in the request template.</source>
            <translation>Die Spalte „%1“ wird ignoriert: Sie wird einmal für alle Benutzer in der Anfragevorlage gesetzt.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: signal columns start with c_, p_, d_ or h_.</source>
            <translation>Die Spalte „%1“ wird ignoriert: Signalspalten beginnen mit c_, p_, d_ oder h_.</translation>
        </message>
        <message>
            <source>The header has no d_uuid or d_mid column, so the rows name no user. Add one (for example d_uuid,c_color).</source>
            <translation>Die Kopfzeile hat keine Spalte d_uuid oder d_mid, daher nennen die Zeilen keinen Benutzer. Fügen Sie eine hinzu (zum Beispiel d_uuid,c_color).</translation>
        </message>
        <message>
            <source>The file has more than %1 rows; split it into smaller batches.</source>
            <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie in kleinere Stapel auf.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Quote values that contain the delimiter.</source>
            <translation>Felder in dieser Zeile: %1, in der Kopfzeile: %2. Setzen Sie Werte, die das Trennzeichen enthalten, in Anführungszeichen.</translation>
        </message>
        <message>
            <source>No user ID in the %1 column.</source>
            <translation>Keine Benutzer-ID in der Spalte %1.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use a DCS region ID (3, 4, 6, 7, 8, 9, 11, 12) or a code such as usw2.</source>
            <translation>Unbekannte Region „%1“. Verwenden Sie eine DCS-Regions-ID (3, 4, 6, 7, 8, 9, 11, 12) oder ein Kürzel wie usw2.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not NAMESPACE:ID[:AUTH], for example 123:abc or crm_code:abc:1; separate several with |.</source>
            <translation>„%1“ in Spalte %2 hat nicht die Form NAMESPACE:ID[:AUTH], zum Beispiel 123:abc oder crm_code:abc:1; trennen Sie mehrere mit |.</translation>
        </message>
        <message>
            <source>The file has a header but no rows of users.</source>
            <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen mit Benutzern.</translation>
        </message>
        <message>
            <source>Generate between 1 and %1 users, not %2.</source>
            <translation>Erzeugen Sie zwischen 1 und %1 Benutzer, nicht %2.</translation>
        </message>
        <message>
            <source>The column “%1” is not an expectation DCS Desk knows. Use %2.</source>
            <translation>Die Spalte „%1“ ist keine Erwartung, die DCS Desk kennt. Verwenden Sie %2.</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
        <message>
            <source>saved %1, SHA-256 %2</source>
            <translation>gespeichert am %1, SHA-256 %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchResultModel</name>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>DCS-Fehler</translation>
        </message>
        <message>
            <source>Cookie destinations</source>
            <translation>Cookie-Ziele</translation>
        </message>
        <message>
            <source>URL destinations</source>
            <translation>URL-Ziele</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>Zeit (ms)</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Erwartungen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRowResult</name>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <source>Invalid row</source>
            <translation>Ungültige Zeile</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Erfüllt</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>NICHT ERFÜLLT</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRunner</name>
        <message>
            <source>The batch is already running.</source>
            <translation>Der Stapellauf läuft bereits.</translation>
        </message>
        <message>
            <source>The request is refused: %1</source>
            <translation>Die Anfrage wird abgelehnt: %1</translation>
        </message>
        <message>
            <source>No row can be sent: %1</source>
            <translation>Es kann keine Zeile gesendet werden: %1</translation>
        </message>
        <message>
            <source>No row can be sent: every row of the input is invalid.</source>
            <translation>Es kann keine Zeile gesendet werden: Alle Zeilen der Eingabe sind ungültig.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent; the first is line %1: %2</source>
            <translation>
                <numerusform>%n Zeile kann nicht gesendet werden (Zeile %1): %2</numerusform>
                <numerusform>%n Zeilen können nicht gesendet werden; die erste ist Zeile %1: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent: %1</source>
            <translation>
                <numerusform>%n Zeile kann nicht gesendet werden: %1</numerusform>
                <numerusform>%n Zeilen können nicht gesendet werden: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1. Give each user's own IDs in the input (columns d_cid or d_cid_ic).</source>
            <translation>Wird nicht für jeden Benutzer gesendet, da es sich um die Kennung eines einzelnen Benutzers handelt: %1. Geben Sie die eigenen IDs jedes Benutzers in der Eingabe an (Spalten d_cid oder d_cid_ic).</translation>
        </message>
        <message>
            <source>Every user's call: %1 %2</source>
            <translation>Aufruf jedes Benutzers: %1 %2</translation>
        </message>
        <message>
            <source>Parameters for every user: %1</source>
            <translation>Parameter für alle Benutzer: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Headers for every user: %1</source>
            <translation>Header für alle Benutzer: %1</translation>
        </message>
        <message>
            <source>From each user's row: the user ID (d_uuid or d_mid), and the row's own signals, d_cid, d_cid_ic, d_orgid and region.</source>
            <translation>Aus der Zeile jedes Benutzers: die Benutzer-ID (d_uuid oder d_mid) und die eigenen Signale der Zeile, d_cid, d_cid_ic, d_orgid und region.</translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1.</source>
            <translation>Wird nicht für jeden Benutzer gesendet, da es sich um die Kennung eines einzelnen Benutzers handelt: %1.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Nicht geprüft: Die Zeile hat keine Antwort erhalten.</translation>
        </message>
        <message>
            <source>Not checked: the row was not sent.</source>
            <translation>Nicht geprüft: Die Zeile wurde nicht gesendet.</translation>
        </message>
        <message>
            <source>Canceled while waiting to retry.</source>
            <translation>Abgebrochen, während auf eine Wiederholung gewartet wurde.</translation>
        </message>
        <message>
            <source>Canceled while the call was in flight.</source>
            <translation>Abgebrochen, während der Aufruf lief.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled first.</source>
            <translation>Nicht gesendet: Der Lauf wurde vorher abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchView</name>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>&amp;CSV file:</source>
            <translation>&amp;CSV-Datei:</translation>
        </message>
        <message>
            <source>&amp;Generate:</source>
            <translation>&amp;Erzeugen:</translation>
        </message>
        <message>
            <source>A CSV with a d_uuid or d_mid column</source>
            <translation>CSV-Datei mit einer Spalte d_uuid oder d_mid</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>D&amp;urchsuchen…</translation>
        </message>
        <message>
            <source> users</source>
            <translation> Benutzer</translation>
        </message>
        <message>
            <source>Invalid rows:</source>
            <translation>Ungültige Zeilen:</translation>
        </message>
        <message>
            <source>Skip them and send the others</source>
            <translation>Überspringen und die anderen senden</translation>
        </message>
        <message>
            <source>Stop: send nothing</source>
            <translation>Stoppen: nichts senden</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>Prof&amp;il:</translation>
        </message>
        <message>
            <source>Te&amp;mplate:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>URL destinations (d_dst=1)</source>
            <translation>URL-Ziele (d_dst=1)</translation>
        </message>
        <message>
            <source>Traits and segments (d_cts):</source>
            <translation>Eigenschaften und Segmente (d_cts):</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>1 — legacy segment IDs</source>
            <translation>1 – alte Segment-IDs</translation>
        </message>
        <message>
            <source>2 — segment IDs</source>
            <translation>2 – Segment-IDs</translation>
        </message>
        <message>
            <source>Signals for every user:</source>
            <translation>Signale für jeden Benutzer:</translation>
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
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Calls at &amp;once:</source>
            <translation>&amp;Gleichzeitige Aufrufe:</translation>
        </message>
        <message>
            <source>&amp;Rate limit:</source>
            <translation>&amp;Ratenlimit:</translation>
        </message>
        <message>
            <source> calls/s</source>
            <translation> Aufrufe/s</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message>
            <source>Re&amp;tries:</source>
            <translation>&amp;Wiederholungen:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tarten</translation>
        </message>
        <message>
            <source>Start the batch (%1)</source>
            <translation>Stapellauf starten (%1)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Abbreche&amp;n</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save the results as CSV or JSON Lines (%1)</source>
            <translation>Ergebnisse als CSV oder JSON Lines speichern (%1)</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>OK (200, no DCS errors)</source>
            <translation>OK (200, keine DCS-Fehler)</translation>
        </message>
        <message>
            <source>With DCS errors</source>
            <translation>Mit DCS-Fehlern</translation>
        </message>
        <message>
            <source>Not HTTP 200</source>
            <translation>Nicht HTTP 200</translation>
        </message>
        <message>
            <source>Failed or not sent</source>
            <translation>Fehlgeschlagen oder nicht gesendet</translation>
        </message>
        <message>
            <source>Invalid rows</source>
            <translation>Ungültige Zeilen</translation>
        </message>
        <message>
            <source>Filter by user, tid, error code…</source>
            <translation>Nach Benutzer, tid, Fehlercode filtern…</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Lokale Sandbox</translation>
        </message>
        <message>
            <source>Empty request</source>
            <translation>Leere Anfrage</translation>
        </message>
        <message>
            <source>From the request console</source>
            <translation>Aus der Anfragekonsole</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Gespeichert: %1</translation>
        </message>
        <message>
            <source>Open a CSV of users</source>
            <translation>CSV-Datei mit Benutzern öffnen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot use this CSV file</source>
            <translation>Diese CSV-Datei ist nicht verwendbar</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) to send</source>
            <translation>
                <numerusform>%n zu sendender Benutzer</numerusform>
                <numerusform>%n zu sendende Benutzer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n row(s) cannot be sent</source>
            <translation>
                <numerusform>· %n Zeile kann nicht gesendet werden</numerusform>
                <numerusform>· %n Zeilen können nicht gesendet werden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n note(s)</source>
            <translation>
                <numerusform>· %n Hinweis</numerusform>
                <numerusform>· %n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Choose a CSV file of users first, or generate users.</source>
            <translation>Wählen Sie zuerst eine CSV-Datei mit Benutzern, oder erzeugen Sie Benutzer.</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n erzeugter Benutzer</numerusform>
                <numerusform>%n erzeugte Benutzer</numerusform>
            </translation>
        </message>
        <message>
            <source>The local sandbox cannot start: %1</source>
            <translation>Die lokale Sandbox kann nicht starten: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent and are skipped; see the Invalid rows filter.</source>
            <translation>
                <numerusform>%n Zeile kann nicht gesendet werden und wird übersprungen; siehe den Filter „Ungültige Zeilen“.</numerusform>
                <numerusform>%n Zeilen können nicht gesendet werden und werden übersprungen; siehe den Filter „Ungültige Zeilen“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not started.</source>
            <translation>Nicht gestartet.</translation>
        </message>
        <message>
            <source>%1 of %2 (%p%)</source>
            <translation>%1 von %2 (%p %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 Aufrufe/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>Restzeit %1</translation>
        </message>
        <message>
            <source>elapsed %1</source>
            <translation>Laufzeit %1</translation>
        </message>
        <message>
            <source>latency p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
            <translation>Latenz p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
        </message>
        <message numerus="yes">
            <source>%n retry(ies)</source>
            <translation>
                <numerusform>%n Wiederholung</numerusform>
                <numerusform>%n Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Fehler %1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>In flight</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>Rate limited (429)</source>
            <translation>Ratenlimit erreicht (429)</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Done: %1 answered, %2 with DCS errors, %3 failed.</source>
            <translation>Fertig: %1 beantwortet, %2 mit DCS-Fehlern, %3 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Ergebnisse des Stapellaufs exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>%1 The run summary was not saved in the history: %2</source>
            <translation>%1 Die Zusammenfassung des Laufs wurde nicht im Verlauf gespeichert: %2</translation>
        </message>
        <message>
            <source>What each call sends:</source>
            <translation>Was jeder Aufruf sendet:</translation>
        </message>
        <message>
            <source>What each call of the run sends</source>
            <translation>Was jeder Aufruf des Laufs sendet</translation>
        </message>
        <message>
            <source>No batch run yet</source>
            <translation>Noch kein Stapellauf</translation>
        </message>
        <message>
            <source>Number of users to generate</source>
            <translation>Anzahl der zu erzeugenden Benutzer</translation>
        </message>
        <message>
            <source>Filter results</source>
            <translation>Ergebnisse filtern</translation>
        </message>
        <message>
            <source>Rows shown</source>
            <translation>Angezeigte Zeilen</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Results of the batch</source>
            <translation>Ergebnisse des Stapellaufs</translation>
        </message>
        <message numerus="yes">
            <source>· %n with expectations</source>
            <translation>
                <numerusform>· %n mit Erwartungen</numerusform>
                <numerusform>· %n mit Erwartungen</numerusform>
            </translation>
        </message>
        <message>
            <source>With expectations</source>
            <translation>Mit Erwartungen</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Erfüllt</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message numerus="yes">
            <source>Expectations (%n):</source>
            <translation>
                <numerusform>Erwartungen (%n):</numerusform>
                <numerusform>Erwartungen (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>Line %1, user %2</source>
            <translation>Zeile %1, Benutzer %2</translation>
        </message>
        <message>
            <source>Choose a CSV file: a header with d_uuid or d_mid, and optional c_, p_, d_, h_ signal columns, d_cid, d_orgid, region and expect_ columns (what each answer must show).</source>
            <translation>Wählen Sie eine CSV-Datei: eine Kopfzeile mit d_uuid oder d_mid und optionalen Signalspalten c_, p_, d_, h_ sowie d_cid, d_orgid, region und expect_-Spalten (was jede Antwort zeigen muss).</translation>
        </message>
        <message>
            <source>Failed or unchecked expectations</source>
            <translation>Nicht erfüllte oder ungeprüfte Erwartungen</translation>
        </message>
        <message>
            <source>CSV, failed or unchecked expectations only (*.csv)</source>
            <translation>CSV, nur nicht erfüllte oder ungeprüfte Erwartungen (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines, failed or unchecked expectations only (*.jsonl)</source>
            <translation>JSON Lines, nur nicht erfüllte oder ungeprüfte Erwartungen (*.jsonl)</translation>
        </message>
        <message>
            <source>Saved the rows with failed or unchecked expectations in %1.</source>
            <translation>Die Zeilen mit nicht erfüllten oder ungeprüften Erwartungen wurden in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Input: %1 (%2).</source>
            <translation>Eingabe: %1 (%2).</translation>
        </message>
        <message>
            <source>Nothing was sent: %1 cannot be read again as it is on disk now: %2</source>
            <translation>Es wurde nichts gesendet: Die Datei %1 lässt sich in ihrem jetzigen Zustand auf der Festplatte nicht erneut lesen: %2</translation>
        </message>
        <message>
            <source>%1 changed on disk since it was loaded: this run uses the file as it is now.</source>
            <translation>%1 wurde seit dem Laden auf der Festplatte geändert: Dieser Lauf verwendet die Datei, wie sie jetzt ist.</translation>
        </message>
        <message>
            <source>CSV for spreadsheets, UTF-8 with BOM (*.csv)</source>
            <translation>CSV für Tabellenkalkulationen, UTF-8 mit BOM (*.csv)</translation>
        </message>
        <message>
            <source>CSV for scripts, UTF-8 without BOM (*.csv)</source>
            <translation>CSV für Skripte, UTF-8 ohne BOM (*.csv)</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>expectations not met</comment>
            <translation>Nicht erfüllt</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) with random 38-digit IDs (as dcsdesk-cli batch --generate makes them).</source>
            <translation>
                <numerusform>%n Benutzer mit zufälliger 38-stelliger ID (wie sie auch dcsdesk-cli batch --generate erzeugt).</numerusform>
                <numerusform>%n Benutzer mit zufälligen 38-stelligen IDs (wie sie auch dcsdesk-cli batch --generate erzeugt).</numerusform>
            </translation>
        </message>
        <message>
            <source>This run sends %1 calls to the live DCS of profile “%2”, not to the local sandbox, at %3 calls per second. Continue?</source>
            <translation>Dieser Lauf sendet %1 Aufrufe an den echten DCS des Profils „%2“, nicht an die lokale Sandbox, mit %3 Aufrufen pro Sekunde. Fortfahren?</translation>
        </message>
        <message>
            <source>Send to the live DCS?</source>
            <translation>An den echten DCS senden?</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be sent; the “Invalid rows” setting skips them or stops the run.</source>
            <translation>
                <numerusform>%n Zeile von %1 kann nicht gesendet werden; die Einstellung „Ungültige Zeilen“ überspringt sie oder beendet den Lauf.</numerusform>
                <numerusform>%n Zeilen von %1 können nicht gesendet werden; die Einstellung „Ungültige Zeilen“ überspringt sie oder beendet den Lauf.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Invalid Rows…</source>
            <translation>Ungültige Zeilen anzeigen…</translation>
        </message>
        <message>
            <source>At most this many calls start per second. Runs against the live DCS start at %1 calls per second unless you set a rate.</source>
            <translation>Pro Sekunde werden höchstens so viele Aufrufe gestartet. Für Läufe gegen den echten DCS gilt ein Limit von %1 Aufrufen pro Sekunde, sofern Sie kein anderes festlegen.</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network; Retry-After is honored.</source>
            <translation>Wiederholungen eines Aufrufs, der mit 429 beantwortet wurde oder im Netz verloren ging; Retry-After wird beachtet.</translation>
        </message>
        <message>
            <source>Canceled or not sent</source>
            <translation>Abgebrochen oder nicht gesendet</translation>
        </message>
        <message>
            <source>Canceled: %1 answered, %2 not sent.</source>
            <translation>Abgebrochen: %1 beantwortet, %2 nicht gesendet.</translation>
        </message>
        <message>
            <source>A batch sends one call for each of many users, at the pace you set, and counts the answers. Choose the users above (a CSV file of user IDs, or a number of generated users), the profile and the request, then click Start. The result of every call is listed here.</source>
            <translation>Ein Stapellauf sendet im eingestellten Tempo je einen Aufruf für viele Benutzer und zählt die Antworten. Wählen Sie oben die Benutzer (eine CSV-Datei mit Benutzer-IDs oder eine Anzahl erzeugter Benutzer), das Profil und die Anfrage aus und klicken Sie dann auf „Starten“. Das Ergebnis jedes Aufrufs wird hier aufgelistet.</translation>
        </message>
        <message>
            <source>Rows That Cannot Be Sent</source>
            <translation>Zeilen, die nicht gesendet werden können</translation>
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
            <source>Set the a&amp;lias to</source>
            <translation>&amp;Alias setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;URL to</source>
            <translation>&amp;URL setzen auf</translation>
        </message>
        <message>
            <source>Set the &amp;key to</source>
            <translation>Sc&amp;hlüssel setzen auf</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name, {value} the current value, {second} the current second value.</source>
            <translation>Platzhalter: {sid} Segment-ID, {code} Integrationscode, {name} Segmentname, {value} der aktuelle Wert, {second} der aktuelle zweite Wert.</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>&amp;Priorität setzen auf</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n Mapping(s)</source>
            <translation>
                <numerusform>Auf %n &amp;Zuordnung anwenden</numerusform>
                <numerusform>Auf %n &amp;Zuordnungen anwenden</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1: “%2” becomes “%3”.</source>
            <translation>Segment %1: „%2“ wird zu „%3“.</translation>
        </message>
        <message>
            <source>Example: seg-{sid} gives seg-1005 for segment 1005.</source>
            <translation>Beispiel: seg-{sid} ergibt seg-1005 für Segment 1005.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value; untick it to keep each mapping's own.</source>
            <translation>Wählen Sie diese Option aus, um allen ausgewählten Zuordnungen diesen Wert zuzuweisen; wählen Sie sie ab, damit jede Zuordnung ihren eigenen Wert behält.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this start date.</source>
            <translation>Wählen Sie diese Option aus, um allen ausgewählten Zuordnungen dieses Startdatum zuzuweisen.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this end date, or no end date (Never).</source>
            <translation>Wählen Sie diese Option aus, um allen ausgewählten Zuordnungen dieses Enddatum oder keines („Nie“) zuzuweisen.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value of its key; untick it to keep each mapping's own.</source>
            <translation>Wählen Sie diese Option aus, um allen ausgewählten Zuordnungen diesen Wert ihres Schlüssels zuzuweisen; wählen Sie sie ab, damit jede Zuordnung ihren eigenen behält.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this priority.</source>
            <translation>Wählen Sie diese Option aus, um allen ausgewählten Zuordnungen diese Priorität zuzuweisen.</translation>
        </message>
        <message>
            <source>Set the &amp;value of the key to</source>
            <translation>&amp;Wert des Schlüssels setzen auf</translation>
        </message>
        <message>
            <source>Only the checked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Nur die ausgewählten Felder ändern sich; die übrigen behalten in jeder Zuordnung ihren bisherigen Wert. Die Änderung lässt sich in einem Schritt rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CallQualification</name>
        <message>
            <source>Segment %1 qualifies: its rule %2 holds for this call's signals.</source>
            <translation>Der Benutzer qualifiziert sich für Segment %1: Die Regel %2 des Segments trifft auf die Signale dieses Aufrufs zu.</translation>
        </message>
        <message>
            <source>Segment %1 qualifies: d_sid asks for it.</source>
            <translation>Der Benutzer qualifiziert sich für Segment %1: d_sid fordert es an.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the workspace.</source>
            <translation>Segment %1 ist nicht im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Segment %1 is inactive in the workspace.</source>
            <translation>Segment %1 ist im Arbeitsbereich inaktiv.</translation>
        </message>
        <message>
            <source>Segment %1 has no rule: only d_sid qualifies a user for it.</source>
            <translation>Segment %1 hat keine Regel: Nur d_sid qualifiziert einen Benutzer dafür.</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule has an error (%2).</source>
            <translation>Der Benutzer qualifiziert sich nicht für Segment %1: Die Regel des Segments hat einen Fehler (%2).</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule %2 is false for this call's signals.</source>
            <translation>Der Benutzer qualifiziert sich nicht für Segment %1: Die Regel %2 des Segments trifft auf die Signale dieses Aufrufs nicht zu.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureCall</name>
        <message>
            <source>call %1 (%2)</source>
            <translation>Aufruf %1 (%2)</translation>
        </message>
        <message>
            <source>Opted out of Audience Manager (NOTARGET)</source>
            <translation>Opt-out für Audience Manager erklärt (NOTARGET)</translation>
        </message>
        <message>
            <source>Audience Manager user ID (UUID) %1</source>
            <translation>Audience-Manager-Benutzer-ID (UUID) %1</translation>
        </message>
        <message>
            <source>data source %1 on %2</source>
            <translation>Datenquelle %1 am %2</translation>
        </message>
        <message>
            <source>Opted out (NOTARGET)</source>
            <translation>Opt-out erklärt (NOTARGET)</translation>
        </message>
        <message>
            <source>Last ID syncs: %1</source>
            <translation>Letzte ID-Synchronisierungen: %1</translation>
        </message>
        <message>
            <source>destination %1 on %2</source>
            <translation>Ziel %1 am %2</translation>
        </message>
        <message>
            <source>Destination send errors: %1</source>
            <translation>Fehler beim Senden an Ziele: %1</translation>
        </message>
        <message>
            <source>ECID %1</source>
            <translation>ECID %1</translation>
        </message>
        <message>
            <source>organization %1</source>
            <translation>Organisation %1</translation>
        </message>
        <message>
            <source>region %1</source>
            <translation>Region %1</translation>
        </message>
        <message numerus="yes">
            <source>The capture did not save this answer's body (%n byte(s)): save the HAR again with its content to decode the answer.</source>
            <translation>
                <numerusform>Der Mitschnitt hat den Body dieser Antwort nicht gespeichert (%n Byte): Speichern Sie die HAR-Datei mit Inhalten erneut, um die Antwort zu dekodieren.</numerusform>
                <numerusform>Der Mitschnitt hat den Body dieser Antwort nicht gespeichert (%n Bytes): Speichern Sie die HAR-Datei mit Inhalten erneut, um die Antwort zu dekodieren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asks for a JSON answer (d_rtbd=json) so that it can be read; the browser's call asked for a pixel.</source>
            <translation>Fordert eine JSON-Antwort an (d_rtbd=json), damit sie gelesen werden kann; der Aufruf des Browsers hat ein Pixel angefordert.</translation>
        </message>
        <message>
            <source>Without the JSONP callback d_cb=%1: a server reads JSON.</source>
            <translation>Ohne den JSONP-Callback d_cb=%1: Ein Server liest JSON.</translation>
        </message>
        <message>
            <source>An /event call for the same user without signals: the captured call went to %1, which has no server-to-server form.</source>
            <translation>Ein /event-Aufruf ohne Signale für denselben Benutzer: Der aufgezeichnete Aufruf ging an %1; dafür gibt es keine Server-zu-Server-Form.</translation>
        </message>
        <message>
            <source>the %1 cookie sent with %2</source>
            <extracomment>Fills "from %3" in "ECID %1 and organization %2 from %3." and "of %2" in "Region %1 from the location hint (MCAAMLH) of %2."; %2 is "call 3 (event)"</extracomment>
            <translation>dem mit %2 gesendeten Cookie %1</translation>
        </message>
        <message>
            <source>the %1 cookie sent to %2 with %3</source>
            <extracomment>Fills "from %3" and "of %2" like "the %1 cookie sent with %2"</extracomment>
            <translation>dem an %2 mit %3 gesendeten Cookie %1</translation>
        </message>
        <message>
            <source>ECID %1 and organization %2 from %3.</source>
            <translation>ECID %1 und Organisation %2 aus %3.</translation>
        </message>
        <message>
            <source>Region %1 from the location hint (MCAAMLH) of %2.</source>
            <translation>Region %1 aus dem Standorthinweis (MCAAMLH) von %2.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid of %2.</source>
            <translation>ECID %1 aus d_mid von %2.</translation>
        </message>
        <message>
            <source>User ID %1 from d_uuid of %2.</source>
            <translation>Benutzer-ID %1 aus d_uuid von %2.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie sent with %2.</source>
            <translation>Benutzer-ID %1 aus dem mit %2 gesendeten demdex-Cookie.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid in the answer to %2.</source>
            <translation>ECID %1 aus d_mid in der Antwort auf %2.</translation>
        </message>
        <message>
            <source>User ID %1 from the uuid of the answer to %2.</source>
            <translation>Benutzer-ID %1 aus der uuid der Antwort auf %2.</translation>
        </message>
        <message>
            <source>The user opted out (demdex=NOTARGET): the DCS answers error 171 and keeps no data for this user.</source>
            <translation>Der Benutzer hat ein Opt-out erklärt (demdex=NOTARGET): Der DCS antwortet mit Fehler 171 und speichert keine Daten zu diesem Benutzer.</translation>
        </message>
        <message>
            <source>%1 names no user: no AMCV or demdex cookie was sent, it has no d_mid or d_uuid and its answer no uuid. Choose a call that sent the user's cookies, or enter a user ID in the console.</source>
            <translation>%1 nennt keinen Benutzer: Es wurde kein AMCV- oder demdex-Cookie gesendet, der Aufruf hat keine d_mid oder d_uuid und seine Antwort keine uuid. Wählen Sie einen Aufruf, der die Cookies des Benutzers gesendet hat, oder geben Sie in der Konsole eine Benutzer-ID ein.</translation>
        </message>
        <message>
            <source>Region %1 from dcs_region in the answer to %2.</source>
            <translation>Region %1 aus dcs_region in der Antwort auf %2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host of %2.</source>
            <translation>Alias %1 aus dem Host von %2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host %2 of %3 in the same capture.</source>
            <translation>Alias %1 aus dem Host %2 von %3 im selben Mitschnitt.</translation>
        </message>
        <message>
            <source>No &lt;alias&gt;.demdex.net host in the capture (the site calls Audience Manager through %1): choose the profile with the alias behind it.</source>
            <translation>Kein &lt;Alias&gt;.demdex.net-Host im Mitschnitt (die Website ruft Audience Manager über %1 auf): Wählen Sie das Profil mit dem Alias dahinter.</translation>
        </message>
        <message>
            <source>%1 is not an Audience Manager call (DCS endpoint on *.demdex.net or a profile's CNAME host): there is no server-to-server form of it.</source>
            <translation>%1 ist kein Audience-Manager-Aufruf (DCS-Endpunkt auf *.demdex.net oder dem CNAME-Host eines Profils): Dafür gibt es keine Server-zu-Server-Form.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie set by the answer to %2.</source>
            <translation>Benutzer-ID %1 aus dem demdex-Cookie, das die Antwort auf %2 gesetzt hat.</translation>
        </message>
        <message>
            <source>Names the user by d_uuid instead of the call's d_mid %1: both name the same user, and d_uuid is the profile's own ID.</source>
            <translation>Identifiziert den Benutzer über d_uuid statt über die d_mid %1 des Aufrufs: Beide bezeichnen denselben Benutzer, und d_uuid ist die eigene ID des Profils.</translation>
        </message>
        <message>
            <source>The browser recorded no answer: the call was blocked, failed or was canceled.</source>
            <translation>Der Browser hat keine Antwort aufgezeichnet: Der Aufruf wurde blockiert, ist fehlgeschlagen oder wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The capture names no region: choose the user's region in the console (a wrong region still works, but more slowly).</source>
            <translation>Der Mitschnitt nennt keine Region: Wählen Sie die Region des Benutzers in der Konsole (eine falsche Region funktioniert auch, nur langsamer).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureDetails</name>
        <message>
            <source>The call as the browser sent it (URL, headers, cookies, body) in the console, with the captured answer.</source>
            <translation>Der Aufruf, wie der Browser ihn gesendet hat (URL, Header, Cookies, Body), in der Konsole, mit der aufgezeichneten Antwort.</translation>
        </message>
        <message>
            <source>&amp;Replay in Sandbox</source>
            <translation>In der Sandbox &amp;wiederholen</translation>
        </message>
        <message>
            <source>Replay on the &amp;Live DCS…</source>
            <translation>Auf dem &amp;echten DCS wiederholen…</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Cookies</source>
            <translation>Cookies</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Server-to-Server</source>
            <translation>Server-zu-Server</translation>
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
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Select a call to read it.</source>
            <translation>Wählen Sie einen Aufruf, um ihn zu lesen.</translation>
        </message>
        <message>
            <source>Call %1 · %2 · %3 %4</source>
            <translation>Aufruf %1 · %2 · %3 %4</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Aufruf</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>HTTP version</source>
            <translation>HTTP-Version</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server-Adresse</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Weitere Schlüssel</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>%1-Schlüssel</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Headers sent</source>
            <translation>Gesendete Header</translation>
        </message>
        <message numerus="yes">
            <source>%n header(s)</source>
            <translation>
                <numerusform>%n Header</numerusform>
                <numerusform>%n Header</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent with the call</source>
            <translation>Mit dem Aufruf gesendet</translation>
        </message>
        <message>
            <source>Set by the answer</source>
            <translation>Von der Antwort gesetzt</translation>
        </message>
        <message>
            <source>End of the browser session</source>
            <translation>Ende der Browsersitzung</translation>
        </message>
        <message>
            <source>%1 (domain %2)</source>
            <translation>%1 (Domain %2)</translation>
        </message>
        <message>
            <source>No cookie was sent.</source>
            <translation>Es wurde kein Cookie gesendet.</translation>
        </message>
        <message>
            <source>The answer set no cookie.</source>
            <translation>Die Antwort hat kein Cookie gesetzt.</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n Cookie</numerusform>
                <numerusform>%n Cookies</numerusform>
            </translation>
        </message>
        <message>
            <source>On the live DCS it is sent as:</source>
            <translation>An den echten DCS wird er so gesendet:</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to the local sandbox and compares its answer with the captured one.</source>
            <translation>Sendet den Server-zu-Server-Aufruf für diesen Benutzer an die lokale Sandbox und vergleicht die Antwort mit der aufgezeichneten.</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to %1 with Host %2, after you confirm, and compares its answer with the captured one.</source>
            <translation>Sendet den Server-zu-Server-Aufruf für diesen Benutzer nach Ihrer Bestätigung an %1 mit Host %2 und vergleicht die Antwort mit der aufgezeichneten.</translation>
        </message>
        <message>
            <source>Open in Co&amp;nsole</source>
            <translation>In der &amp;Konsole öffnen</translation>
        </message>
        <message>
            <source>HTTP %1: the capture did not save this answer's body (%2), so nothing of it can be decoded here; only its headers are known. Save the HAR again with the content to read the answer.</source>
            <translation>HTTP %1: Der Mitschnitt hat den Body dieser Antwort (%2) nicht gespeichert, daher lässt sich hier nichts davon dekodieren; nur ihre Header sind bekannt. Speichern Sie die HAR-Datei mit Inhalten erneut, um die Antwort zu lesen.</translation>
        </message>
        <message>
            <source>As a server-to-server call for the same user, this call is sent as an /event call:</source>
            <translation>Als Server-zu-Server-Aufruf für denselben Benutzer wird dieser Aufruf als /event-Aufruf gesendet:</translation>
        </message>
        <message>
            <source>The capture does not give the site's alias: open the call in the console and choose the profile with the alias there.</source>
            <translation>Der Mitschnitt nennt den Alias der Website nicht: Öffnen Sie den Aufruf in der Konsole und wählen Sie dort das Profil mit dem Alias.</translation>
        </message>
        <message>
            <source>The capture does not give the user's region: open the call in the console and choose the region there.</source>
            <translation>Der Mitschnitt nennt die Region des Benutzers nicht: Öffnen Sie den Aufruf in der Konsole und wählen Sie dort die Region.</translation>
        </message>
        <message>
            <source>To the local sandbox: %1 /event with these keys:</source>
            <translation>An die lokale Sandbox: %1 /event mit diesen Schlüsseln:</translation>
        </message>
        <message>
            <source>No answer (blocked, failed or canceled)</source>
            <translation>Keine Antwort (blockiert, fehlgeschlagen oder abgebrochen)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureListModel</name>
        <message>
            <source>The capture did not save this answer's body.</source>
            <translation>Der Mitschnitt hat den Body dieser Antwort nicht gespeichert.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Path and query</source>
            <translation>Pfad und Query</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>DCS error codes in the answer's X-Error header: %1. The Answer tab says what each means.</source>
            <translation>DCS-Fehlercodes im X-Error-Header der Antwort: %1. Der Reiter „Antwort“ erklärt, was die einzelnen Codes bedeuten.</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>DCS-Fehler</translation>
        </message>
        <message>
            <source>No answer: the browser recorded none (the call was blocked, failed or was canceled).</source>
            <translation>Keine Antwort: Der Browser hat keine aufgezeichnet (der Aufruf wurde blockiert, ist fehlgeschlagen oder wurde abgebrochen).</translation>
        </message>
        <message>
            <source>HTTP</source>
            <comment>column header: the HTTP status code of each call</comment>
            <translation>HTTP</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureView</name>
        <message>
            <source>Open &amp;Capture…</source>
            <translation>&amp;Mitschnitt öffnen…</translation>
        </message>
        <message>
            <source>Show &amp;All Entries</source>
            <translation>Alle &amp;Einträge anzeigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Audience Manager calls</source>
            <translation>Audience-Manager-Aufrufe</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>Audience Manager calls: to *.demdex.net and to the hosts of your profiles' custom base URLs (the site's CNAME aliases).</source>
            <translation>Audience-Manager-Aufrufe: an *.demdex.net und an die Hosts der eigenen Basis-URLs Ihrer Profile (die CNAME-Aliase der Website).</translation>
        </message>
        <message>
            <source>Search URLs, keys, headers, cookies…</source>
            <translation>URLs, Schlüssel, Header, Cookies durchsuchen…</translation>
        </message>
        <message>
            <source>Every word must appear in the call's URL, body, headers or cookies (case does not matter).</source>
            <translation>Jedes Wort muss in URL, Body, Headern oder Cookies des Aufrufs vorkommen (ohne Unterscheidung von Groß- und Kleinschreibung).</translation>
        </message>
        <message>
            <source>Open Capture</source>
            <translation>Mitschnitt öffnen</translation>
        </message>
        <message>
            <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
            <translation>HAR-Dateien (*.har);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading %1 (%2)…</source>
            <translation>%1 wird gelesen (%2)…</translation>
        </message>
        <message>
            <source>%1 could not be opened as a capture.</source>
            <translation>%1 konnte nicht als Mitschnitt geöffnet werden.</translation>
        </message>
        <message>
            <source>%1 — still showing %2.</source>
            <translation>%1 – weiterhin wird %2 angezeigt.</translation>
        </message>
        <message>
            <source>an unknown browser</source>
            <translation>einem unbekannten Browser</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n Audience Manager call(s) among %2 entries (HAR %3, saved by %4).</source>
            <translation>
                <numerusform>%1: %n Audience-Manager-Aufruf unter %2 Einträgen (HAR %3, gespeichert von %4).</numerusform>
                <numerusform>%1: %n Audience-Manager-Aufrufe unter %2 Einträgen (HAR %3, gespeichert von %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n entry(ies))</source>
            <translation>
                <numerusform>%1 (%n Eintrag)</numerusform>
                <numerusform>%1 (%n Einträge)</numerusform>
            </translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or a profile's custom base URL). Its hosts: %1.</source>
            <translation>Kein Aufruf dieses Mitschnitts ging an einen Audience-Manager-Host (*.demdex.net oder die eigene Basis-URL eines Profils). Hosts im Mitschnitt: %1.</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 von %2 angezeigt</translation>
        </message>
        <message>
            <source>No capture open</source>
            <translation>Kein Mitschnitt geöffnet</translation>
        </message>
        <message>
            <source>No Audience Manager calls in this capture</source>
            <translation>Keine Audience-Manager-Aufrufe in diesem Mitschnitt</translation>
        </message>
        <message>
            <source>No call matches the filter</source>
            <translation>Kein Aufruf entspricht dem Filter</translation>
        </message>
        <message>
            <source>Change the type or the search, or show all entries.</source>
            <translation>Ändern Sie Typ oder Suche, oder zeigen Sie alle Einträge an.</translation>
        </message>
        <message>
            <source>Captured call %1 of %2</source>
            <translation>Aufgezeichneter Aufruf %1 von %2</translation>
        </message>
        <message>
            <source>Call %1 of the capture %2, as the browser sent it on %3; the answer shown is the captured one.</source>
            <translation>Aufruf %1 des Mitschnitts %2, wie der Browser ihn am %3 gesendet hat; die angezeigte Antwort ist die aufgezeichnete.</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Replay on the Live DCS</source>
            <translation>Auf dem echten DCS wiederholen</translation>
        </message>
        <message>
            <source>Send call %1 for user %2 to the live DCS (%3)? Audience Manager counts it as a new visit of this user: the signals are realized again.</source>
            <translation>Aufruf %1 für Benutzer %2 an den echten DCS (%3) senden? Audience Manager zählt ihn als neuen Besuch dieses Benutzers: Die Signale werden erneut erfasst.</translation>
        </message>
        <message>
            <source>Server-to-server replay of call %1 of %2.</source>
            <translation>Server-zu-Server-Wiederholung von Aufruf %1 aus %2.</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Capture</source>
            <translation>Beis&amp;pielmitschnitt öffnen</translation>
        </message>
        <message>
            <source>A visit of a test shop recorded by Chromium: ID service, ID syncs, pixel, JSON, JSONP and POST event calls.</source>
            <translation>Ein Besuch in einem Testshop, aufgezeichnet von Chromium: ID-Dienst, ID-Synchronisierungen, Pixel-, JSON-, JSONP- und POST-Event-Aufrufe.</translation>
        </message>
        <message>
            <source>Save &amp;Masked Copy…</source>
            <translation>Maskie&amp;rte Kopie speichern…</translation>
        </message>
        <message>
            <source>A copy of the capture for a support ticket, with cookie values, user IDs, p_ values and credentials replaced: you see what is replaced before anything is saved.</source>
            <translation>Eine Kopie des Mitschnitts für ein Support-Ticket, in der Cookie-Werte, Benutzer-IDs, p_-Werte und Anmeldedaten ersetzt sind: Sie sehen, was ersetzt wird, bevor etwas gespeichert wird.</translation>
        </message>
        <message>
            <source>Masking %1…</source>
            <translation>%1 wird maskiert…</translation>
        </message>
        <message>
            <source>Search calls</source>
            <translation>Aufrufe durchsuchen</translation>
        </message>
        <message>
            <source>Calls shown</source>
            <translation>Angezeigte Aufrufe</translation>
        </message>
        <message>
            <source>Call type</source>
            <translation>Aufruftyp</translation>
        </message>
        <message>
            <source>Show only calls of one type</source>
            <translation>Nur Aufrufe eines Typs anzeigen</translation>
        </message>
        <message>
            <source>Captured calls</source>
            <translation>Aufgezeichnete Aufrufe</translation>
        </message>
        <message>
            <source>Open a HAR file saved by the browser's developer tools (Network › Export HAR in Chrome, Network › Save All As HAR in Firefox).</source>
            <translation>Eine HAR-Datei öffnen, die mit den Entwicklertools des Browsers gespeichert wurde (in Chrome: Netzwerk › HAR exportieren; in Firefox: Netzwerkanalyse › Alle als HAR speichern).</translation>
        </message>
        <message>
            <source>In Chrome or Chromium: Developer Tools › Network › Export HAR. In Firefox: Network › Save All As HAR. Open the file here or drop it on the window to read every Audience Manager call on the page, decoded.</source>
            <translation>In Chrome oder Chromium: Entwicklertools › Netzwerk › HAR exportieren. In Firefox: Netzwerkanalyse › Alle als HAR speichern. Öffnen Sie die Datei hier oder ziehen Sie sie auf das Fenster, um jeden Audience-Manager-Aufruf der Seite dekodiert zu lesen.</translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), set that host as a profile's custom base URL and open the capture again.</source>
            <translation>Wenn die Website Audience Manager über einen eigenen Host (einen CNAME) aufruft, tragen Sie diesen Host in einem Profil als eigene Basis-URL ein und öffnen Sie den Mitschnitt erneut.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Check</name>
        <message>
            <source>The check's “%1” must be %2.</source>
            <translation>Der Schlüssel „%1“ der Prüfung muss %2 sein.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a list of numbers</source>
            <translation>eine Liste von Zahlen</translation>
        </message>
        <message>
            <source>“contains”, “equals” or “regex”</source>
            <translation>„contains“, „equals“ oder „regex“</translation>
        </message>
        <message>
            <source>a number of milliseconds above 0</source>
            <translation>eine Anzahl Millisekunden über 0</translation>
        </message>
        <message>
            <source>a header name</source>
            <translation>ein Header-Name</translation>
        </message>
        <message>
            <source>A URL destination fires</source>
            <translation>Ein URL-Ziel wird ausgelöst</translation>
        </message>
        <message>
            <source>No URL destination fires</source>
            <translation>Kein URL-Ziel wird ausgelöst</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires</source>
            <translation>Cookie-Ziel %1 wird ausgelöst</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire</source>
            <translation>Cookie-Ziel %1 wird nicht ausgelöst</translation>
        </message>
        <message>
            <source>A URL destination fires with the URL “%1”</source>
            <translation>Ein URL-Ziel ruft die URL „%1“ auf</translation>
        </message>
        <message>
            <source>No URL destination fires with the URL “%1”</source>
            <translation>Kein URL-Ziel ruft die URL „%1“ auf</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with the value “%2”</source>
            <translation>Cookie-Ziel %1 wird mit dem Wert „%2“ ausgelöst</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with the value “%2”</source>
            <translation>Cookie-Ziel %1 wird nicht mit dem Wert „%2“ ausgelöst</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that matches “%1”</source>
            <translation>Ein URL-Ziel ruft eine URL auf, die auf „%1“ passt</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that matches “%1”</source>
            <translation>Kein URL-Ziel ruft eine URL auf, die auf „%1“ passt</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that matches “%2”</source>
            <translation>Cookie-Ziel %1 wird mit einem Wert ausgelöst, der auf „%2“ passt</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that matches “%2”</source>
            <translation>Cookie-Ziel %1 wird nicht mit einem Wert ausgelöst, der auf „%2“ passt</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that contains “%1”</source>
            <translation>Ein URL-Ziel ruft eine URL auf, die „%1“ enthält</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that contains “%1”</source>
            <translation>Kein URL-Ziel ruft eine URL auf, die „%1“ enthält</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that contains “%2”</source>
            <translation>Cookie-Ziel %1 wird mit einem Wert ausgelöst, der „%2“ enthält</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that contains “%2”</source>
            <translation>Cookie-Ziel %1 wird nicht mit einem Wert ausgelöst, der „%2“ enthält</translation>
        </message>
        <message>
            <source>HTTP status is %1</source>
            <translation>HTTP-Status ist %1</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>Keine DCS-Fehler</translation>
        </message>
        <message>
            <source>DCS errors are exactly %1</source>
            <translation>DCS-Fehler sind genau %1</translation>
        </message>
        <message>
            <source>Segments qualify: %1</source>
            <translation>Der Benutzer qualifiziert sich für die Segmente: %1</translation>
        </message>
        <message>
            <source>Segments do not qualify: %1</source>
            <translation>Der Benutzer qualifiziert sich nicht für die Segmente: %1</translation>
        </message>
        <message>
            <source>The answer has a uuid</source>
            <translation>Die Antwort hat eine uuid</translation>
        </message>
        <message>
            <source>uuid is %1</source>
            <translation>uuid ist %1</translation>
        </message>
        <message>
            <source>dcs_region is %1</source>
            <translation>dcs_region ist %1</translation>
        </message>
        <message>
            <source>The answer has a dcs_region</source>
            <translation>Die Antwort hat eine dcs_region</translation>
        </message>
        <message>
            <source>Answer within %1 ms</source>
            <translation>Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>Header %1 is present</source>
            <translation>Header %1 ist vorhanden</translation>
        </message>
        <message>
            <source>Check of unknown kind “%1”</source>
            <translation>Prüfung unbekannter Art „%1“</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckCommand</name>
        <message>
            <source>Run the checks of a workspace's saved requests and report which passed; exit 1 when one fails.</source>
            <translation>Die Prüfungen der gespeicherten Anfragen eines Arbeitsbereichs ausführen und melden, welche bestanden wurden; Exit-Code 1, wenn eine fehlschlägt.</translation>
        </message>
        <message>
            <source>The workspace whose saved requests have checks.</source>
            <translation>Der Arbeitsbereich, dessen gespeicherte Anfragen Prüfungen haben.</translation>
        </message>
        <message>
            <source>Run only the saved requests with this tag (may be repeated).</source>
            <translation>Nur die gespeicherten Anfragen mit diesem Tag ausführen (mehrfach angebbar).</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Also write the results as JUnit XML to this file, for CI.</source>
            <translation>Die Ergebnisse zusätzlich als JUnit-XML in diese Datei schreiben, für CI.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Start the local sandbox on the workspace and send the requests to it.</source>
            <translation>Die lokale Sandbox mit dem Arbeitsbereich starten und die Anfragen an sie senden.</translation>
        </message>
        <message>
            <source>Send with this profile of the workspace (default: the first one).</source>
            <translation>Mit diesem Profil des Arbeitsbereichs senden (Standard: das erste).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Give up on a call after this many seconds (default 10).</source>
            <translation>Einen Aufruf nach dieser Anzahl Sekunden abbrechen (Standard: 10).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”.</source>
            <translation>Der Arbeitsbereich hat kein Profil „%1“.</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias.</source>
            <translation>Der Arbeitsbereich hat kein Profil mit Domain-Alias, daher würde die Sandbox jeden Aufruf mit Fehler 1 beantworten. Fügen Sie ein Profil mit Alias hinzu.</translation>
        </message>
        <message>
            <source>The workspace has no profile to send with; add one, or use --sandbox.</source>
            <translation>Der Arbeitsbereich hat kein Profil zum Senden; fügen Sie eines hinzu oder verwenden Sie --sandbox.</translation>
        </message>
        <message>
            <source>Profile “%1” sends to the local sandbox: add --sandbox to start it, or choose another profile with --profile.</source>
            <translation>Profil „%1“ sendet an die lokale Sandbox: Geben Sie --sandbox an, um sie zu starten, oder wählen Sie mit --profile ein anderes Profil.</translation>
        </message>
        <message>
            <source>check takes one workspace file, e.g. “%1 check workspace.json --sandbox”.</source>
            <translation>check erwartet eine Arbeitsbereichsdatei, z. B. „%1 check workspace.json --sandbox“.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
        </message>
        <message>
            <source>No saved request of %1 has checks, so nothing was checked. Add checks to a saved request (docs/workspace-format.md).</source>
            <translation>Keine gespeicherte Anfrage in %1 hat Prüfungen, daher wurde nichts geprüft. Fügen Sie einer gespeicherten Anfrage Prüfungen hinzu (docs/workspace-format.md).</translation>
        </message>
        <message>
            <source>No saved request of %1 with the tag %2 has checks, so nothing was checked.</source>
            <translation>Keine gespeicherte Anfrage in %1 mit dem Tag %2 hat Prüfungen, daher wurde nichts geprüft.</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>Die Sandbox kann nicht starten: %1</translation>
        </message>
        <message>
            <source>The JUnit report cannot be written to %1: %2</source>
            <translation>Der JUnit-Bericht kann nicht in %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2 against the local sandbox.</source>
            <translation>%1 wird mit Profil %2 gegen die lokale Sandbox geprüft.</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2.</source>
            <translation>%1 wird mit Profil %2 geprüft.</translation>
        </message>
        <message>
            <source>%1 (HTTP %2, %3 ms)</source>
            <translation>%1 (HTTP %2, %3 ms)</translation>
        </message>
        <message>
            <source>%1 (no answer)</source>
            <translation>%1 (keine Antwort)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check status: what the check expects</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved.</source>
            <translation>
                <numerusform>Es wurde nichts gesendet: %n Variable kann nicht aufgelöst werden.</numerusform>
                <numerusform>Es wurde nichts gesendet: %n Variablen können nicht aufgelöst werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Environment %1:</source>
            <comment>followed by the variables and their values</comment>
            <translation>Umgebung %1:</translation>
        </message>
        <message>
            <source>Environment %1: the checked requests use none of its variables.</source>
            <translation>Umgebung %1: Die geprüften Anfragen verwenden keine ihrer Variablen.</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders, e.g. “Checkout/Mobile”.</source>
            <translation>Nur die gespeicherten Anfragen in diesem Ordner und seinen Unterordnern ausführen, z. B. „Checkout/Mobile“.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”: its saved requests are not in folders.</source>
            <translation>%1 hat keinen Ordner „%2“: Die gespeicherten Anfragen darin liegen in keinem Ordner.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 has checks, so nothing was checked.</source>
            <translation>Keine gespeicherte Anfrage im Ordner %1 in %2 hat Prüfungen, daher wurde nichts geprüft.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 with the tag %3 has checks, so nothing was checked.</source>
            <translation>Keine gespeicherte Anfrage im Ordner %1 in %2 mit dem Tag %3 hat Prüfungen, daher wurde nichts geprüft.</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”. Its folders: %3.</source>
            <translation>%1 hat keinen Ordner „%2“. Vorhandene Ordner: %3.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEditor</name>
        <message>
            <source>fires</source>
            <translation>wird ausgelöst</translation>
        </message>
        <message>
            <source>does not fire</source>
            <translation>wird nicht ausgelöst</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>enthält</translation>
        </message>
        <message>
            <source>equals</source>
            <translation>ist gleich</translation>
        </message>
        <message>
            <source>matches the regular expression</source>
            <translation>entspricht dem regulären Ausdruck</translation>
        </message>
        <message>
            <source>any region</source>
            <translation>beliebige Region</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>HTTP status:</source>
            <translation>HTTP-Status:</translation>
        </message>
        <message>
            <source>Error codes:</source>
            <translation>Fehlercodes:</translation>
        </message>
        <message>
            <source>Segment IDs:</source>
            <translation>Segment-IDs:</translation>
        </message>
        <message>
            <source>From destination:</source>
            <translation>Vom Ziel:</translation>
        </message>
        <message>
            <source>Cookie name:</source>
            <translation>Cookie-Name:</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>Wert:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Muster:</translation>
        </message>
        <message>
            <source>uuid:</source>
            <translation>uuid:</translation>
        </message>
        <message>
            <source>dcs_region:</source>
            <translation>dcs_region:</translation>
        </message>
        <message>
            <source>Header name:</source>
            <translation>Header-Name:</translation>
        </message>
        <message>
            <source>Check kind</source>
            <translation>Art der Prüfung</translation>
        </message>
        <message>
            <source>How the value is compared</source>
            <translation>Wie der Wert verglichen wird</translation>
        </message>
        <message>
            <source>Value pattern</source>
            <translation>Wertmuster</translation>
        </message>
        <message>
            <source>Fill from a workspace destination</source>
            <translation>Aus einem Ziel des Arbeitsbereichs ausfüllen</translation>
        </message>
        <message>
            <source>Why the check cannot be saved</source>
            <translation>Warum die Prüfung nicht gespeichert werden kann</translation>
        </message>
        <message>
            <source>e.g. 6, 11</source>
            <translation>z. B. 6, 11</translation>
        </message>
        <message>
            <source>e.g. 1001, 1002</source>
            <translation>z. B. 1001, 1002</translation>
        </message>
        <message>
            <source>empty: any value</source>
            <translation>leer: beliebiger Wert</translation>
        </message>
        <message>
            <source>empty: any uuid</source>
            <translation>leer: beliebige uuid</translation>
        </message>
        <message>
            <source>e.g. aam_uuid</source>
            <translation>z. B. aam_uuid</translation>
        </message>
        <message>
            <source>e.g. Set-Cookie</source>
            <translation>z. B. Set-Cookie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Region %1</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>Keine DCS-Fehler</translation>
        </message>
        <message>
            <source>Exactly these DCS error codes</source>
            <translation>Genau diese DCS-Fehlercodes</translation>
        </message>
        <message>
            <source>Segments qualify (d_cts=2)</source>
            <translation>Der Benutzer qualifiziert sich für Segmente (d_cts=2)</translation>
        </message>
        <message>
            <source>Segments do not qualify (d_cts=2)</source>
            <translation>Der Benutzer qualifiziert sich nicht für Segmente (d_cts=2)</translation>
        </message>
        <message>
            <source>URL destination</source>
            <translation>URL-Ziel</translation>
        </message>
        <message>
            <source>Cookie destination</source>
            <translation>Cookie-Ziel</translation>
        </message>
        <message>
            <source>uuid present or equal</source>
            <translation>uuid vorhanden oder gleich</translation>
        </message>
        <message>
            <source>dcs_region present or equal</source>
            <translation>dcs_region vorhanden oder gleich</translation>
        </message>
        <message>
            <source>Answer time under a bound</source>
            <translation>Antwortzeit unter einem Grenzwert</translation>
        </message>
        <message>
            <source>Response header present</source>
            <translation>Antwort-Header vorhanden</translation>
        </message>
        <message>
            <source>Unknown kind</source>
            <translation>Unbekannte Art</translation>
        </message>
        <message>
            <source>(type the fields below)</source>
            <translation>(Felder unten ausfüllen)</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>„%1“ ist kein Fehlercode.</translation>
        </message>
        <message>
            <source>Type at least one error code, or choose the kind “%1”.</source>
            <translation>Geben Sie mindestens einen Fehlercode ein oder wählen Sie die Art „%1“.</translation>
        </message>
        <message>
            <source>“%1” is not a segment ID.</source>
            <translation>„%1“ ist keine Segment-ID.</translation>
        </message>
        <message>
            <source>Type at least one segment ID.</source>
            <translation>Geben Sie mindestens eine Segment-ID ein.</translation>
        </message>
        <message>
            <source>Type the cookie name, or pick a cookie destination.</source>
            <translation>Geben Sie den Cookie-Namen ein oder wählen Sie ein Cookie-Ziel.</translation>
        </message>
        <message>
            <source>The pattern is not a valid regular expression: %1</source>
            <translation>Das Muster ist kein gültiger regulärer Ausdruck: %1</translation>
        </message>
        <message>
            <source>Type the header name.</source>
            <translation>Geben Sie den Header-Namen ein.</translation>
        </message>
        <message>
            <source>The check: %1</source>
            <translation>Die Prüfung: %1</translation>
        </message>
        <message>
            <source>Not a check yet: %1</source>
            <translation>Noch keine Prüfung: %1</translation>
        </message>
        <message>
            <source>Answer within (ms):</source>
            <translation>Antwortzeit unter (ms):</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Prüfung hinzufügen</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Prüfung bearbeiten</translation>
        </message>
        <message>
            <source>Expected:</source>
            <translation>Erwartet:</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEvaluator</name>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weitere</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer lists no segment IDs to check; save the request with d_cts=2 so the DCS lists them.</source>
            <translation>Die Antwort führt keine Segment-IDs zum Prüfen auf; speichern Sie die Anfrage mit d_cts=2, damit der DCS sie aufführt.</translation>
        </message>
        <message>
            <source>Qualified as expected: %1.</source>
            <translation>Wie erwartet qualifiziert: %1.</translation>
        </message>
        <message>
            <source>Expected to qualify: %1; not in the answer: %2. The answer lists: %3.</source>
            <translation>Erwartet: Qualifizierung für %1; nicht in der Antwort: %2. Die Antwort führt auf: %3.</translation>
        </message>
        <message>
            <source>Not qualified, as expected: %1.</source>
            <translation>Wie erwartet nicht qualifiziert: %1.</translation>
        </message>
        <message>
            <source>Expected not to qualify: %1; the answer lists %2.</source>
            <translation>Erwartet: keine Qualifizierung für %1; die Antwort führt %2 auf.</translation>
        </message>
        <message>
            <source>The answer lists no URL destinations to check; save the request with d_dst=1 so the DCS lists them.</source>
            <translation>Die Antwort führt keine URL-Ziele zum Prüfen auf; speichern Sie die Anfrage mit d_dst=1, damit der DCS sie aufführt.</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression; correct the check.</source>
            <translation>„%1“ ist kein gültiger regulärer Ausdruck; korrigieren Sie die Prüfung.</translation>
        </message>
        <message>
            <source>The answer has no URL destination.</source>
            <translation>Die Antwort hat kein URL-Ziel.</translation>
        </message>
        <message>
            <source>URL destinations in the answer: %1.</source>
            <translation>URL-Ziele in der Antwort: %1.</translation>
        </message>
        <message>
            <source>The answer has no cookie %1.</source>
            <translation>Die Antwort hat kein Cookie %1.</translation>
        </message>
        <message>
            <source>Cookie %1 in the answer: %2.</source>
            <translation>Cookie %1 in der Antwort: %2.</translation>
        </message>
        <message>
            <source>Expected: %1. %2</source>
            <translation>Erwartet: %1. %2</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>NOT RUN</source>
            <translation>NICHT AUSGEFÜHRT</translation>
        </message>
        <message>
            <source>This version of DCS Desk does not know the check kind “%1”; the check stays in the workspace as it is. Update DCS Desk to run it.</source>
            <translation>Diese Version von DCS Desk kennt die Prüfungsart „%1“ nicht; die Prüfung bleibt unverändert im Arbeitsbereich. Aktualisieren Sie DCS Desk, um sie auszuführen.</translation>
        </message>
        <message>
            <source>The call got no answer to check.</source>
            <translation>Der Aufruf hat keine Antwort zum Prüfen erhalten.</translation>
        </message>
        <message>
            <source>The call got no answer to check: %1</source>
            <translation>Der Aufruf hat keine Antwort zum Prüfen erhalten: %1</translation>
        </message>
        <message>
            <source>Expected HTTP status %1, the answer has %2.</source>
            <translation>Erwartet: HTTP-Status %1; die Antwort hat %2.</translation>
        </message>
        <message>
            <source>no DCS errors</source>
            <translation>keine DCS-Fehler</translation>
        </message>
        <message>
            <source>DCS errors %1</source>
            <translation>DCS-Fehler %1</translation>
        </message>
        <message>
            <source>Expected %1, the answer has: %2.</source>
            <translation>Erwartet: %1; die Antwort enthält: %2.</translation>
        </message>
        <message>
            <source>the answer has no uuid</source>
            <translation>die Antwort hat keine uuid</translation>
        </message>
        <message>
            <source>the answer's uuid is %1</source>
            <translation>die uuid der Antwort ist %1</translation>
        </message>
        <message>
            <source>Expected uuid %1, %2.</source>
            <translation>Erwartet: uuid %1; %2.</translation>
        </message>
        <message>
            <source>the answer's dcs_region is %1</source>
            <translation>die dcs_region der Antwort ist %1</translation>
        </message>
        <message>
            <source>the answer has no dcs_region</source>
            <translation>die Antwort hat keine dcs_region</translation>
        </message>
        <message>
            <source>Expected dcs_region %1, %2.</source>
            <translation>Erwartet: dcs_region %1; %2.</translation>
        </message>
        <message>
            <source>The call's timing is not known, so its answer time cannot be checked.</source>
            <translation>Die Zeiten des Aufrufs sind nicht bekannt, daher kann die Antwortzeit nicht geprüft werden.</translation>
        </message>
        <message>
            <source>Expected an answer within %1 ms, it took %2 ms.</source>
            <translation>Erwartet: eine Antwort innerhalb von %1 ms; sie dauerte %2 ms.</translation>
        </message>
        <message>
            <source>Header %1 is present: %2</source>
            <translation>Header %1 ist vorhanden: %2</translation>
        </message>
        <message>
            <source>Expected header %1, the answer has no such header.</source>
            <translation>Erwartet: Header %1; die Antwort hat keinen solchen Header.</translation>
        </message>
        <message>
            <source>Expected a uuid: %1.</source>
            <translation>Erwartet: eine uuid; %1.</translation>
        </message>
        <message>
            <source>Expected a dcs_region: %1.</source>
            <translation>Erwartet: eine dcs_region; %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRun</name>
        <message>
            <source>Saved request “%1”: %2</source>
            <translation>Gespeicherte Anfrage „%1“: %2</translation>
        </message>
        <message>
            <source>Nothing was sent: another saved request of this run has a variable that cannot be resolved.</source>
            <translation>Es wurde nichts gesendet: Eine andere gespeicherte Anfrage dieses Laufs hat eine Variable, die nicht aufgelöst werden kann.</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure (“%1”), as chosen.</source>
            <translation>Nicht gesendet: Der Lauf hat wie gewählt beim ersten Fehler („%1“) angehalten.</translation>
        </message>
        <message>
            <source>Not sent: the run ended before it.</source>
            <translation>Nicht gesendet: Der Lauf endete vorher.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled while it was being sent.</source>
            <translation>Nicht gesendet: Der Lauf wurde abgebrochen, während die Anfrage gesendet wurde.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>Nicht gesendet: Der Lauf wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRunReport</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>check summary: passed, failed</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <comment>check summary: passed, failed, not run</comment>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n not run</source>
            <translation>
                <numerusform>%n nicht ausgeführt</numerusform>
                <numerusform>%n nicht ausgeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n weiteres Zeichen)</numerusform>
                <numerusform>(%n weitere Zeichen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passed</source>
            <translation>
                <numerusform>%n Prüfung bestanden</numerusform>
                <numerusform>%n Prüfungen bestanden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckVariables</name>
        <message>
            <source>The secret variable {{%1}} cannot be used in a check: the check's outcome shows the value it expects. Use a plain variable.</source>
            <translation>Die geheime Variable {{%1}} kann nicht in einer Prüfung verwendet werden: Das Ergebnis der Prüfung zeigt den erwarteten Wert. Verwenden Sie eine normale Variable.</translation>
        </message>
        <message>
            <source>Check “%1”: %2</source>
            <translation>Prüfung „%1“: %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksFromComparison</name>
        <message>
            <source>Cookie destination %1: no cookie name to check.</source>
            <translation>Cookie-Ziel %1: kein Cookie-Name zum Prüfen.</translation>
        </message>
        <message>
            <source>URL destination %1: no URL to check.</source>
            <translation>URL-Ziel %1: keine URL zum Prüfen.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not shown in the table were not turned into checks.</source>
            <translation>
                <numerusform>%n nicht in der Tabelle angezeigte Zeile wurde nicht in eine Prüfung umgewandelt.</numerusform>
                <numerusform>%n nicht in der Tabelle angezeigte Zeilen wurden nicht in Prüfungen umgewandelt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksPanel</name>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Checks of the request</source>
            <translation>Prüfungen der Anfrage</translation>
        </message>
        <message>
            <source>Name to save the request under</source>
            <translation>Name, unter dem die Anfrage gespeichert wird</translation>
        </message>
        <message>
            <source>Name of the saved request</source>
            <translation>Name der gespeicherten Anfrage</translation>
        </message>
        <message>
            <source>Save the request in the workspace, so that it can keep checks</source>
            <translation>Die Anfrage im Arbeitsbereich speichern, damit sie Prüfungen behalten kann</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Tags of the saved request</source>
            <translation>Tags der gespeicherten Anfrage</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. smoke, eu</source>
            <translation>Durch Kommas getrennt, z. B. smoke, eu</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Actual value or reason</source>
            <translation>Tatsächlicher Wert oder Grund</translation>
        </message>
        <message>
            <source>Checks and their results</source>
            <translation>Prüfungen und ihre Ergebnisse</translation>
        </message>
        <message>
            <source>Add a check with pickers for its kind and values</source>
            <translation>Eine Prüfung mit Auswahlfeldern für Art und Werte hinzufügen</translation>
        </message>
        <message>
            <source>Checks note</source>
            <translation>Hinweis zu den Prüfungen</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Noch nicht ausgeführt</translation>
        </message>
        <message>
            <source>The file holds checks that are not check objects; they are kept as they are. Correct them in the workspace file to edit the checks here.</source>
            <translation>Die Datei enthält Prüfungen, die keine Prüfungsobjekte sind; sie bleiben unverändert erhalten. Korrigieren Sie sie in der Arbeitsbereichsdatei, um die Prüfungen hier zu bearbeiten.</translation>
        </message>
        <message>
            <source>This request is not saved yet. Checks are kept with a saved request: type a name and save it. Adding a check saves it too.</source>
            <translation>Diese Anfrage ist noch nicht gespeichert. Prüfungen werden mit einer gespeicherten Anfrage aufbewahrt: Geben Sie einen Namen ein und speichern Sie die Anfrage. Wenn Sie eine Prüfung hinzufügen, wird die Anfrage ebenfalls gespeichert.</translation>
        </message>
        <message>
            <source>This version does not know the kind “%1”; the check is kept as it is.</source>
            <translation>Diese Version kennt die Art „%1“ nicht; die Prüfung bleibt unverändert erhalten.</translation>
        </message>
        <message>
            <source>Send the request to run the check.</source>
            <translation>Senden Sie die Anfrage, um die Prüfung auszuführen.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n check(s) passed on the latest answer.</source>
            <translation>
                <numerusform>%1 von %n Prüfung bei der letzten Antwort bestanden.</numerusform>
                <numerusform>%1 von %n Prüfungen bei der letzten Antwort bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type a name for the request first: checks are kept with a saved request.</source>
            <translation>Geben Sie zuerst einen Namen für die Anfrage ein: Prüfungen gehören immer zu einer gespeicherten Anfrage.</translation>
        </message>
        <message>
            <source>A saved request named “%1” exists already. Type another name, or open it from Saved to edit its checks.</source>
            <translation>Eine gespeicherte Anfrage namens „%1“ gibt es bereits. Geben Sie einen anderen Namen ein oder öffnen Sie sie über „Gespeichert“, um ihre Prüfungen zu bearbeiten.</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Anfrage %1 speichern</translation>
        </message>
        <message numerus="yes">
            <source>Save request %1 with %n check(s)</source>
            <translation>
                <numerusform>Anfrage %1 mit %n Prüfung speichern</numerusform>
                <numerusform>Anfrage %1 mit %n Prüfungen speichern</numerusform>
            </translation>
        </message>
        <message>
            <source>Add check to %1</source>
            <translation>Prüfung zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Check added: %1. Edit › Undo takes it back.</source>
            <translation>Prüfung hinzugefügt: %1. Bearbeiten › Rückgängig entfernt sie wieder.</translation>
        </message>
        <message>
            <source>Edit check of %1</source>
            <translation>Prüfung von %1 bearbeiten</translation>
        </message>
        <message>
            <source>Remove check from %1</source>
            <translation>Prüfung aus %1 entfernen</translation>
        </message>
        <message>
            <source>Check removed: %1. Edit › Undo brings it back.</source>
            <translation>Prüfung entfernt: %1. Bearbeiten › Rückgängig stellt sie wieder her.</translation>
        </message>
        <message>
            <source>Tags of %1</source>
            <translation>Tags von %1</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) added from the Expected column; Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n Prüfung aus der Spalte „Erwartet“ hinzugefügt; Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
                <numerusform>%n Prüfungen aus der Spalte „Erwartet“ hinzugefügt; Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks added.</source>
            <translation>Keine Prüfungen hinzugefügt.</translation>
        </message>
        <message>
            <source>Skipped, the request has them already: %1</source>
            <translation>Übersprungen, weil die Anfrage sie bereits enthält: %1</translation>
        </message>
        <message>
            <source>Checks of the saved request “%1”, run on the answer of every call.</source>
            <translation>Prüfungen der gespeicherten Anfrage „%1“, bei jedem Aufruf auf die Antwort angewendet.</translation>
        </message>
        <message>
            <source>Check changed: %1. Edit › Undo takes it back.</source>
            <translation>Prüfung geändert: %1. Bearbeiten › Rückgängig macht die Änderung rückgängig.</translation>
        </message>
        <message>
            <source>The request has this check already (row %1): %2. Nothing was added.</source>
            <translation>Die Anfrage hat diese Prüfung bereits (Zeile %1): %2. Es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>“%1” contradicts %n check(s) of this request; they cannot all pass on one answer:</source>
            <translation>
                <numerusform>„%1“ ist mit %n Prüfung dieser Anfrage unvereinbar; bei derselben Antwort können nicht beide bestehen:</numerusform>
                <numerusform>„%1“ ist mit %n Prüfungen dieser Anfrage unvereinbar; bei derselben Antwort können nicht alle bestehen:</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace them with the new check, keep both, or cancel?</source>
            <translation>Durch die neue Prüfung ersetzen, beide behalten oder abbrechen?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Ersetzen</translation>
        </message>
        <message>
            <source>&amp;Keep both</source>
            <translation>&amp;Beide behalten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Nothing was added: %1 contradicts a check of this request.</source>
            <translation>Es wurde nichts hinzugefügt: %1 ist mit einer Prüfung dieser Anfrage unvereinbar.</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1, in place of %n contradicting check(s). Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Prüfung hinzugefügt: %1, anstelle von %n unvereinbaren Prüfung. Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
                <numerusform>Prüfung hinzugefügt: %1, anstelle von %n unvereinbaren Prüfungen. Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
            </translation>
        </message>
        <message>
            <source>dcsdesk-cli check --tag smoke runs only the saved requests tagged “smoke”</source>
            <translation>dcsdesk-cli check --tag smoke führt nur die gespeicherten Anfragen mit dem Tag „smoke“ aus</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Anfrage speichern</translation>
        </message>
        <message>
            <source>Add Check…</source>
            <translation>Prüfung hinzufügen…</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Prüfung hinzufügen</translation>
        </message>
        <message>
            <source>Edit Check…</source>
            <translation>Prüfung bearbeiten…</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Prüfung bearbeiten</translation>
        </message>
        <message>
            <source>Remove Check</source>
            <translation>Prüfung entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1. It contradicts %n other check(s), so the request cannot pass until you remove one of them. Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Prüfung hinzugefügt: %1. Sie ist mit %n anderen Prüfung unvereinbar, daher kann die Anfrage ihre Prüfungen erst bestehen, wenn Sie eine davon entfernen. Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
                <numerusform>Prüfung hinzugefügt: %1. Sie ist mit %n anderen Prüfungen unvereinbar, daher kann die Anfrage ihre Prüfungen erst bestehen, wenn Sie eine davon entfernen. Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks yet: add one, or click Turn into Checks under Expected vs. Actual after a call.</source>
            <translation>Noch keine Prüfungen: Fügen Sie eine hinzu oder klicken Sie nach einem Aufruf unter „Erwartet vs. tatsächlich“ auf „In Prüfungen umwandeln“.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n check(s) from Expected vs. Actual</source>
            <translation>
                <numerusform>%n Prüfung aus „Erwartet vs. tatsächlich“ hinzufügen</numerusform>
                <numerusform>%n Prüfungen aus „Erwartet vs. tatsächlich“ hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Contradicting Check</source>
            <translation>Unvereinbare Prüfung</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CliEnvironment</name>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”: it has no environments at all. Add one in the console (Environments…) or leave out --env.</source>
            <translation>Der Arbeitsbereich enthält keine Umgebung „%1“: Er enthält überhaupt keine Umgebungen. Fügen Sie eine in der Konsole hinzu („Umgebungen…“) oder lassen Sie --env weg.</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”. Environments: %2</source>
            <translation>Der Arbeitsbereich hat keine Umgebung „%1“. Umgebungen: %2</translation>
        </message>
        <message>
            <source>Take the values of the {{name}} variables from this environment of the workspace (default: its first one). Secret values come from the system keychain, else DCSDESK_VAR_&lt;NAME&gt;.</source>
            <translation>Die Werte der {{name}}-Variablen aus dieser Umgebung des Arbeitsbereichs übernehmen (Standard: die erste). Geheime Werte kommen aus dem Schlüsselbund des Systems, sonst aus DCSDESK_VAR_&lt;NAME&gt;.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used: %1. Secret values come from DCSDESK_VAR_&lt;NAME&gt; only.</source>
            <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1. Geheime Werte kommen nur aus DCSDESK_VAR_&lt;NAME&gt;.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CollectionImportDialog</name>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>taken as it is</source>
            <translation>unverändert übernommen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>What the import takes, changes and skips</source>
            <translation>Was der Import übernimmt, ändert und überspringt</translation>
        </message>
        <message>
            <source>&amp;Target folder:</source>
            <translation>&amp;Zielordner:</translation>
        </message>
        <message>
            <source>Folder names separated by /; the collection's own folders go below it. Leave it empty for none.</source>
            <translation>Ordnernamen, getrennt durch /; die Ordner der Sammlung werden darunter angelegt. Leer lassen, um keinen Ordner zu verwenden.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>%1 (was “%2”)</source>
            <translation>%1 (ursprünglich „%2“)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n saved request(s).</source>
            <translation>
                <numerusform>Fügt %n gespeicherte Anfrage hinzu.</numerusform>
                <numerusform>Fügt %n gespeicherte Anfragen hinzu.</numerusform>
            </translation>
        </message>
        <message>
            <source>No request is checked, or the collection has no DCS call.</source>
            <translation>Es ist keine Anfrage ausgewählt, oder die Sammlung hat keinen DCS-Aufruf.</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>%1 kann nicht importiert werden.

%2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n saved request(s) from %1</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage aus %1 importieren</numerusform>
                <numerusform>%n gespeicherte Anfragen aus %1 importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Bruno Collection (choose its bruno.json)</source>
            <translation>Bruno-Sammlung importieren (wählen Sie ihre bruno.json)</translation>
        </message>
        <message>
            <source>Import Postman Collection</source>
            <translation>Postman-Sammlung importieren</translation>
        </message>
        <message>
            <source>Bruno collection (bruno.json);;All files (*)</source>
            <translation>Bruno-Sammlung (bruno.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Postman collections (*.json);;All files (*)</source>
            <translation>Postman-Sammlungen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack; existing saved requests are never replaced.</source>
            <translation>Bis Sie auf „Importieren“ klicken, ändert sich nichts. Der Import lässt sich in einem Schritt rückgängig machen; vorhandene gespeicherte Anfragen werden nie ersetzt.</translation>
        </message>
        <message>
            <source>Review Collection Import</source>
            <translation>Import der Sammlung prüfen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ColonText</name>
        <message>
            <source>capital</source>
            <extracomment>After a colon, a sentence keeps its capital letter ("capital": English, German) or continues in lower case ("lower": French, Spanish). Translate with one of the two words.</extracomment>
            <translation>capital</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ComparisonView</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Segment or destination</source>
            <translation>Segment oder Ziel</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Expected vs actual segments and destinations</source>
            <translation>Erwartete vs. tatsächliche Segmente und Ziele</translation>
        </message>
        <message>
            <source>Selected row in full</source>
            <translation>Ausgewählte Zeile vollständig</translation>
        </message>
        <message>
            <source>Select a row to read its values and reason in full.</source>
            <translation>Wählen Sie eine Zeile, um ihre Werte und ihren Grund vollständig zu lesen.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>not in the workspace</source>
            <translation>nicht im Arbeitsbereich</translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n weitere Zeile nicht angezeigt</numerusform>
                <numerusform>… %n weitere Zeilen nicht angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Expected: %1</source>
            <translation>Erwartet: %1</translation>
        </message>
        <message>
            <source>Actual: %1</source>
            <translation>Tatsächlich: %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Turn the expectations into checks</source>
            <translation>Die Erwartungen in Prüfungen umwandeln</translation>
        </message>
        <message>
            <source>Add the Expected column to the saved request's checks: segments that must or must not qualify, destinations that must or must not fire with these values</source>
            <translation>Die Spalte „Erwartet“ zu den Prüfungen der gespeicherten Anfrage hinzufügen: Segmente, für die sich der Benutzer qualifizieren muss oder nicht darf, Ziele, die mit diesen Werten ausgelöst werden müssen oder nicht dürfen</translation>
        </message>
        <message>
            <source>Turn into Checks</source>
            <translation>In Prüfungen umwandeln</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleServices</name>
        <message>
            <source>The batch uses profile “%1” with its own target (%2), not the region chosen in the console (%3).</source>
            <translation>Der Stapellauf verwendet das Profil „%1“ mit seinem eigenen Server (%2), nicht die in der Konsole gewählte Region (%3).</translation>
        </message>
        <message>
            <source>Captured Answer and Replay</source>
            <translation>Aufgezeichnete Antwort und Wiederholung</translation>
        </message>
        <message>
            <source>%1 Left: the captured call (without the browser's request headers, which the Captures view lists); right: the server-to-server replay.</source>
            <translation>%1 Links: der aufgezeichnete Aufruf (ohne die Anfrage-Header des Browsers, die die Ansicht „Mitschnitte“ zeigt); rechts: die Server-zu-Server-Wiederholung.</translation>
        </message>
        <message>
            <source>The runner keeps its results: View › Run Checks… (%1) shows them again.</source>
            <translation>Das Fenster „Prüfungen ausführen“ behält seine Ergebnisse: Ansicht › Prüfungen ausführen… (%1) zeigt sie erneut an.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleView</name>
        <message>
            <source>HTTP method</source>
            <translation>HTTP-Methode</translation>
        </message>
        <message>
            <source>Request URL</source>
            <translation>Anfrage-URL</translation>
        </message>
        <message>
            <source>The exact URL; paste a cURL command here to import it</source>
            <translation>Die genaue URL; fügen Sie hier einen cURL-Befehl ein, um ihn zu importieren</translation>
        </message>
        <message>
            <source>Shows the exact URL. Paste a cURL command or a URL to import it.</source>
            <translation>Zeigt die genaue URL. Fügen Sie einen cURL-Befehl oder eine URL ein, um sie zu importieren.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>Se&amp;nden</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Return)</source>
            <translation>Anfrage senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the running request (Esc)</source>
            <translation>Laufende Anfrage abbrechen (Esc)</translation>
        </message>
        <message>
            <source>&amp;Copy as cURL</source>
            <translation>Als c&amp;URL kopieren</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Save the request in the workspace</source>
            <translation>Anfrage im Arbeitsbereich speichern</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Gespeicherte Anfragen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Start a new request with the console's defaults</source>
            <translation>Neue Anfrage mit den Standardwerten der Konsole beginnen</translation>
        </message>
        <message>
            <source>Request not sent</source>
            <translation>Anfrage nicht gesendet</translation>
        </message>
        <message>
            <source>The request cannot be sent:
%1</source>
            <translation>Die Anfrage kann nicht gesendet werden:
%1</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Wird an %1 gesendet…</translation>
        </message>
        <message>
            <source>Receiving… %1</source>
            <translation>Wird empfangen… %1</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard.</source>
            <translation>cURL-Befehl in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Profil %1 hinzufügen</translation>
        </message>
        <message>
            <source>Ignored option: %1</source>
            <translation>Ignorierte Option: %1</translation>
        </message>
        <message>
            <source>cURL command imported.</source>
            <translation>cURL-Befehl importiert.</translation>
        </message>
        <message>
            <source>The cookie has no valid MCMID (ECID).</source>
            <translation>Das Cookie enthält keine gültige MCMID (ECID).</translation>
        </message>
        <message>
            <source>d_mid %1, region %2 from the AMCV cookie.</source>
            <translation>d_mid %1, Region %2 aus dem AMCV-Cookie.</translation>
        </message>
        <message>
            <source>d_mid %1 from the AMCV cookie; it has no valid region.</source>
            <translation>d_mid %1 aus dem AMCV-Cookie; es enthält keine gültige Region.</translation>
        </message>
        <message>
            <source>%1 The local sandbox stays selected; pick the region to send live.</source>
            <translation>%1 Die lokale Sandbox bleibt ausgewählt; wählen Sie die Region, um an den echten DCS zu senden.</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>AMCV-Cookie einfügen</translation>
        </message>
        <message>
            <source>AMCV_…@AdobeOrg cookie (name=value, the value alone, or a whole Cookie header):</source>
            <translation>AMCV_…@AdobeOrg-Cookie (Name=Wert, nur der Wert oder ein ganzer Cookie-Header):</translation>
        </message>
        <message>
            <source>AMCV cookie</source>
            <translation>AMCV-Cookie</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Anfrage %1 speichern</translation>
        </message>
        <message>
            <source>No saved requests</source>
            <translation>Keine gespeicherten Anfragen</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>Delete saved request</source>
            <translation>Gespeicherte Anfrage löschen</translation>
        </message>
        <message>
            <source>Delete saved request %1</source>
            <translation>Gespeicherte Anfrage %1 löschen</translation>
        </message>
        <message>
            <source>Try destination %1</source>
            <translation>Ziel %1 testen</translation>
        </message>
        <message>
            <source>A sandbox call for a user in segment(s) %1 (d_sid). Press Ctrl+Return to send.</source>
            <translation>Ein Sandbox-Aufruf für einen Benutzer in Segment(en) %1 (d_sid). Drücken Sie Strg+Eingabe zum Senden.</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Anfrage senden</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Anfrage abbrechen</translation>
        </message>
        <message>
            <source>Copy as cURL</source>
            <translation>Als cURL kopieren</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Neue Anfrage</translation>
        </message>
        <message>
            <source>Send this request for many users in the Batch view (Ctrl+Shift+B)</source>
            <translation>Diese Anfrage in der Ansicht „Stapellauf“ für viele Benutzer senden (Strg+Umschalt+B)</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>p_-Werte</translation>
        </message>
        <message>
            <source>the URL password</source>
            <translation>das URL-Passwort</translation>
        </message>
        <message>
            <source>the %1 header</source>
            <translation>der Header %1</translation>
        </message>
        <message>
            <source>Press Enter to use the edited URL.</source>
            <translation>Drücken Sie die Eingabetaste, um die bearbeitete URL zu verwenden.</translation>
        </message>
        <message>
            <source>A profile named “%1” exists already. Choose another name.</source>
            <translation>Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Profile “%1” added to the workspace (Edit › Undo removes it).</source>
            <translation>Profil „%1“ zum Arbeitsbereich hinzugefügt (Bearbeiten › Rückgängig entfernt es).</translation>
        </message>
        <message>
            <source>Not stored, so type them again before sending: %1.</source>
            <translation>Nicht gespeichert und daher vor dem Senden erneut einzugeben: %1.</translation>
        </message>
        <message>
            <source>URL read into the request.</source>
            <translation>URL in die Anfrage übernommen.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 It could not be read: %2</source>
            <translation>%1 Der Aufruf konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} cannot go to a batch run: a batch keeps its request in the history. Use a plain value.</source>
            <translation>Die geheime Variable {{%1}} kann nicht in einen Stapellauf übernommen werden: Ein Stapellauf behält seine Anfrage im Verlauf. Verwenden Sie einen normalen Wert.</translation>
        </message>
        <message>
            <source>Not run as batch</source>
            <translation>Nicht als Stapellauf ausgeführt</translation>
        </message>
        <message>
            <source>Copy a cURL command that sends exactly this request (a secret value stays {{name}})</source>
            <translation>Einen cURL-Befehl kopieren, der genau diese Anfrage sendet (ein geheimer Wert bleibt {{name}})</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard without secret values: put the values of %1 in before you run it.</source>
            <translation>cURL-Befehl ohne geheime Werte in die Zwischenablage kopiert: Setzen Sie die Werte von %1 ein, bevor Sie ihn ausführen.</translation>
        </message>
        <message>
            <source>Run the checks of the saved requests in an environment</source>
            <translation>Die Prüfungen der gespeicherten Anfragen in einer Umgebung ausführen</translation>
        </message>
        <message>
            <source>Show the saved requests in their folders beside the builder</source>
            <translation>Die gespeicherten Anfragen in ihren Ordnern neben dem Editor anzeigen</translation>
        </message>
        <message>
            <source>The URL field was left empty: the request is unchanged and its URL is shown again.</source>
            <translation>Das URL-Feld wurde leer gelassen: Die Anfrage bleibt unverändert, ihre URL wird wieder angezeigt.</translation>
        </message>
        <message>
            <source>“%1” is neither a URL (http:// or https://) nor a cURL command: the request is unchanged and its URL is shown again. Type the whole URL, or paste a cURL command.</source>
            <translation>„%1“ ist weder eine URL (http:// oder https://) noch ein cURL-Befehl: Die Anfrage bleibt unverändert, ihre URL wird wieder angezeigt. Geben Sie die vollständige URL ein oder fügen Sie einen cURL-Befehl ein.</translation>
        </message>
        <message>
            <source>Run Chec&amp;ks…</source>
            <translation>&amp;Prüfungen ausführen…</translation>
        </message>
        <message>
            <source>Saved Re&amp;quests Pane</source>
            <translation>Bereich der gespeicherten Anfra&amp;gen</translation>
        </message>
        <message>
            <source>Run as &amp;Batch…</source>
            <translation>Als Stapel&amp;lauf ausführen…</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Als Profil speichern</translation>
        </message>
        <message>
            <source>Run as Batch</source>
            <translation>Als Stapellauf ausführen</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Anfrage speichern</translation>
        </message>
        <message>
            <source>Stored answer from %1: %2</source>
            <translation>Gespeicherte Antwort vom %1: %2</translation>
        </message>
        <message>
            <source>Stored call from %1: %2</source>
            <translation>Gespeicherter Aufruf vom %1: %2</translation>
        </message>
        <message>
            <source>The history kept only the first %1 of the %2 body.</source>
            <translation>Der Verlauf hat nur die ersten %1 des %2 großen Bodys gespeichert.</translation>
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
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>Das ist keine Textdatei (sie enthält NUL-Bytes). Wählen Sie eine CSV-Datei.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen. Prüfen Sie, ob jedes " in dieser Zeile verdoppelt ("") oder geschlossen ist.</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as “CSV UTF-8”.</source>
            <translation>Die Datei ist als UTF-8 gekennzeichnet, enthält aber Bytes, die kein UTF-8 sind. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as “CSV UTF-8”.</source>
            <translation>Die Datei ist als UTF-16 gekennzeichnet, ist aber kein gültiges UTF-16. Speichern Sie sie erneut als „CSV UTF-8“.</translation>
        </message>
        <message>
            <source>Line %1 holds a byte that is not UTF-8 (0x%2), so the file was not read. Save it as “CSV UTF-8” and import it again.</source>
            <translation>Zeile %1 enthält ein Byte, das kein UTF-8 ist (0x%2), daher wurde die Datei nicht gelesen. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CurlCommandText</name>
        <message>
            <source>Read as a Windows cmd command: ^ escapes and line ends were removed.</source>
            <translation>Als Windows-cmd-Befehl gelesen: ^-Escapes und Zeilenenden wurden entfernt.</translation>
        </message>
        <message>
            <source>Read as a PowerShell command: ` line ends were joined.</source>
            <translation>Als PowerShell-Befehl gelesen: Zeilen, die mit ` enden, wurden zusammengefügt.</translation>
        </message>
        <message numerus="yes">
            <source>%n comment line(s) ignored.</source>
            <translation>
                <numerusform>%n Kommentarzeile ignoriert.</numerusform>
                <numerusform>%n Kommentarzeilen ignoriert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The paste holds %n more command(s) after the first; only the first was imported.</source>
            <translation>
                <numerusform>Der eingefügte Text enthält nach dem ersten %n weiteren Befehl; nur der erste wurde importiert.</numerusform>
                <numerusform>Der eingefügte Text enthält nach dem ersten %n weitere Befehle; nur der erste wurde importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the curl command was imported; “%1” after it was not.</source>
            <translation>Nur der curl-Befehl wurde importiert; „%1“ danach nicht.</translation>
        </message>
        <message>
            <source>Read as a Windows command quoted with "" and "%" (as older Firefox copies it): "" inside quotes is one quote.</source>
            <translation>Als Windows-Befehl gelesen, der mit "" und "%" quotiert ist (wie ältere Firefox-Versionen ihn kopieren): "" innerhalb von Anführungszeichen steht für ein Anführungszeichen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateField</name>
        <message>
            <source>Type a date such as %1 or 2027-03-31, or pick one with the arrow. Up and Down change the day, Page Up and Page Down the month.</source>
            <translation>Geben Sie ein Datum wie %1 oder 2027-03-31 ein oder wählen Sie es über den Pfeil. Pfeil nach oben/unten ändert den Tag, Bild auf/ab den Monat.</translation>
        </message>
        <message>
            <source>Pick a date in a calendar (Alt+Down)</source>
            <translation>Datum im Kalender wählen (Alt+Pfeil nach unten)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateText</name>
        <message>
            <source>“%1” is not a date. Write it as %2, or 2027-03-31, or 31 Mar 2027.</source>
            <translation>„%1“ ist kein Datum. Schreiben Sie es als %2, 2027-03-31 oder 31. März 2027.</translation>
        </message>
        <message>
            <source>Write the year of “%1” with four digits, as in %2.</source>
            <translation>Geben Sie das Jahr in „%1“ vierstellig an, zum Beispiel %2.</translation>
        </message>
        <message>
            <source>“%1” has no month %2. Write the date as %3.</source>
            <translation>„%1“ hat keinen Monat %2. Geben Sie das Datum zum Beispiel als %3 an.</translation>
        </message>
        <message>
            <source>%1 has %2 days, so “%3” does not exist.</source>
            <translation>%1 hat %2 Tage, „%3“ gibt es daher nicht.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyCatalog</name>
        <message>
            <source>Identifies the caller of the DCS API.</source>
            <translation>Identifiziert den Aufrufer der DCS-API.</translation>
        </message>
        <message>
            <source>Disables third-party cookies (COPPA).</source>
            <translation>Deaktiviert Drittanbieter-Cookies (COPPA).</translation>
        </message>
        <message>
            <source>Name space ID of the JavaScript container.</source>
            <translation>Namespace-ID des JavaScript-Containers.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this integration code.</source>
            <translation>Nur die Eigenschaften der Datenquelle mit diesem Integrationscode auswerten.</translation>
        </message>
        <message>
            <source>Platform-level key: country, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Land, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: city, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Stadt, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: region, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Region, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: state, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Bundesstaat bzw. Bundesland, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: postal code, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Postleitzahl, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>ZIP code set by the caller.</source>
            <translation>Vom Aufrufer gesetzte Postleitzahl.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Betriebssystem, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: device model, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Gerätemodell, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>IAB TCF: 1 when GDPR applies, else 0.</source>
            <translation>IAB TCF: 1, wenn die DSGVO gilt, sonst 0.</translation>
        </message>
        <message>
            <source>IAB TCF consent string (URL-safe base64).</source>
            <translation>IAB-TCF-Consent-String (URL-sicheres Base64).</translation>
        </message>
        <message>
            <source>The User-Agent header value.</source>
            <translation>Der Wert des User-Agent-Headers.</translation>
        </message>
        <message>
            <source>The Accept-Language header value.</source>
            <translation>Der Wert des Accept-Language-Headers.</translation>
        </message>
        <message>
            <source>The Referer header value.</source>
            <translation>Der Wert des Referer-Headers.</translation>
        </message>
        <message>
            <source>The client's data collection host name.</source>
            <translation>Der Hostname der Datenerfassung des Kunden.</translation>
        </message>
        <message>
            <source>The Date header value.</source>
            <translation>Der Wert des Date-Headers.</translation>
        </message>
        <message>
            <source>Type a key: c_ for your attributes, p_ for private ones, h_ for header data.</source>
            <translation>Geben Sie einen Schlüssel ein: c_ für Ihre Attribute, p_ für private, h_ für Header-Daten.</translation>
        </message>
        <message>
            <source>Customer-defined attribute, logged and used by trait rules.</source>
            <translation>Kundendefiniertes Attribut, wird protokolliert und von Eigenschaftsregeln verwendet.</translation>
        </message>
        <message>
            <source>Private attribute: used for trait evaluation, never logged or stored.</source>
            <translation>Privates Attribut: wird zur Auswertung von Eigenschaften verwendet, nie protokolliert oder gespeichert.</translation>
        </message>
        <message>
            <source>HTTP header data.</source>
            <translation>HTTP-Header-Daten.</translation>
        </message>
        <message>
            <source>Audience Manager attribute; this key is not documented for /event calls.</source>
            <translation>Audience-Manager-Attribut; dieser Schlüssel ist für /event-Aufrufe nicht dokumentiert.</translation>
        </message>
        <message>
            <source>Unprefixed key: works, trait rules match the exact key name.</source>
            <translation>Schlüssel ohne Präfix: funktioniert, Eigenschaftsregeln prüfen den genauen Schlüsselnamen.</translation>
        </message>
        <message>
            <source>JavaScript callback name: the answer becomes callback({...}) (JSONP). The builder has a field for it.</source>
            <translation>Name des JavaScript-Callbacks: Die Antwort wird zu callback({...}) (JSONP). Der Editor hat ein Feld dafür.</translation>
        </message>
        <message>
            <source>Declared ID: data source ID and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>Deklarierte ID: Datenquellen-ID und Benutzer-ID, verbunden durch das nicht druckbare Zeichen 0x01; mehrfach angebbar. Die Tabelle „Deklarierte IDs“ erzeugt sie.</translation>
        </message>
        <message>
            <source>Declared ID: integration code and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>Deklarierte ID: Integrationscode und Benutzer-ID, verbunden durch das nicht druckbare Zeichen 0x01; mehrfach angebbar. Die Tabelle „Deklarierte IDs“ erzeugt sie.</translation>
        </message>
        <message>
            <source>1 or 2: adds the traits and segments arrays (1 = legacy segment IDs, 2 = segment IDs). The builder has a field for it.</source>
            <translation>1 oder 2: fügt die Arrays traits und segments hinzu (1 = alte Segment-IDs, 2 = Segment-IDs). Der Editor hat ein Feld dafür.</translation>
        </message>
        <message>
            <source>Deprecated data provider ID; use d_cid or d_cid_ic.</source>
            <translation>Veraltete Datenanbieter-ID; verwenden Sie d_cid oder d_cid_ic.</translation>
        </message>
        <message>
            <source>Deprecated data provider user ID; use d_cid or d_cid_ic.</source>
            <translation>Veraltete Benutzer-ID des Datenanbieters; verwenden Sie d_cid oder d_cid_ic.</translation>
        </message>
        <message>
            <source>Reserved for the Analytics integration.</source>
            <translation>Für die Analytics-Integration reserviert.</translation>
        </message>
        <message>
            <source>Experience Cloud ID (ECID/MID). The builder's User ID field sets it.</source>
            <translation>Experience Cloud ID (ECID/MID). Das Feld „Benutzer-ID“ des Editors setzt sie.</translation>
        </message>
        <message>
            <source>IMS Org ID that goes with d_mid; error 2 when it is wrong. The builder has a field for it.</source>
            <translation>IMS-Org-ID, die zu d_mid gehört; Fehler 2, wenn sie falsch ist. Der Editor hat ein Feld dafür.</translation>
        </message>
        <message>
            <source>Platform: ios, android, browser or all. The builder has a field for it.</source>
            <translation>Plattform: ios, android, browser oder all. Der Editor hat ein Feld dafür.</translation>
        </message>
        <message>
            <source>Deprecated and reserved (legacy Analytics).</source>
            <translation>Veraltet und reserviert (altes Analytics).</translation>
        </message>
        <message>
            <source>Trait or segment IDs, comma-separated. The builder has a field for it.</source>
            <translation>Eigenschafts- oder Segment-IDs, durch Kommas getrennt. Der Editor hat ein Feld dafür.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this ID (DPID).</source>
            <translation>Nur die Eigenschaften der Datenquelle mit dieser ID (DPID) auswerten.</translation>
        </message>
        <message>
            <source>Audience Manager user ID (38 digits): identifies the visitor when there is no cookie. The builder's User ID field sets it.</source>
            <translation>Audience-Manager-Benutzer-ID (38 Ziffern): identifiziert den Besucher, wenn es kein Cookie gibt. Das Feld „Benutzer-ID“ des Editors setzt sie.</translation>
        </message>
        <message>
            <source>Media pixel: the event, imp, click or conv. Impression calls get no answer.</source>
            <translation>Medien-Pixel: das Ereignis – imp, click oder conv. Impressionsaufrufe erhalten keine Antwort.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the media data.</source>
            <translation>Medien-Pixel: die Datenquellen-ID der Mediendaten.</translation>
        </message>
        <message>
            <source>Media pixel: the site ID.</source>
            <translation>Medien-Pixel: die Site-ID.</translation>
        </message>
        <message>
            <source>Media pixel: the creative ID.</source>
            <translation>Medien-Pixel: die Creative-ID.</translation>
        </message>
        <message>
            <source>Media pixel: the ad group ID.</source>
            <translation>Medien-Pixel: die Anzeigengruppen-ID.</translation>
        </message>
        <message>
            <source>Media pixel: the placement ID.</source>
            <translation>Medien-Pixel: die Platzierungs-ID.</translation>
        </message>
        <message>
            <source>Media pixel: the campaign ID.</source>
            <translation>Medien-Pixel: die Kampagnen-ID.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the advertiser.</source>
            <translation>Medien-Pixel: die Datenquellen-ID des Werbetreibenden.</translation>
        </message>
        <message>
            <source>Media pixel: the business unit ID.</source>
            <translation>Medien-Pixel: die ID des Geschäftsbereichs.</translation>
        </message>
        <message>
            <source>Media pixel: a cache buster.</source>
            <translation>Medien-Pixel: ein Cache-Buster.</translation>
        </message>
        <message>
            <source>Click pixel: the redirect URL, encoded twice.</source>
            <translation>Klick-Pixel: die Weiterleitungs-URL, doppelt kodiert.</translation>
        </message>
        <message>
            <source>Platform-level key: DMA code, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: DMA-Code, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: area code, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Vorwahl, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: latitude, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Breitengrad, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: longitude, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Längengrad, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: internet service provider, normally derived from the IP address.</source>
            <translation>Plattformschlüssel: Internetanbieter, normalerweise aus der IP-Adresse abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: device vendor, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Gerätehersteller (Vendor), normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: hardware type, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Hardwaretyp, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system version, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Betriebssystemversion, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: device marketing name, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Marketingname des Geräts, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Platform-level key: device manufacturer, normally derived from the User-Agent.</source>
            <translation>Plattformschlüssel: Gerätehersteller, normalerweise aus dem User-Agent abgeleitet.</translation>
        </message>
        <message>
            <source>Added by DIL: the time of the call (_ts=milliseconds).</source>
            <translation>Von DIL hinzugefügt: der Zeitpunkt des Aufrufs (_ts=Millisekunden).</translation>
        </message>
        <message>
            <source>Added by DIL: the DIL version.</source>
            <translation>Von DIL hinzugefügt: die DIL-Version.</translation>
        </message>
        <message>
            <source>Added by DIL.</source>
            <translation>Von DIL hinzugefügt.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op may use the call.</source>
            <translation>Von DIL hinzugefügt: 1, wenn die Device Co-op den Aufruf nutzen darf.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op must not use the call.</source>
            <translation>Von DIL hinzugefügt: 1, wenn die Device Co-op den Aufruf nicht nutzen darf.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's data source ID in Audience Manager, a number.</source>
            <translation>ID-Synchronisierung (/ibs): die Datenquellen-ID des Anbieters in Audience Manager, eine Zahl.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's own ID for this user.</source>
            <translation>ID-Synchronisierung (/ibs): die eigene ID des Anbieters für diesen Benutzer.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the partner URL the DCS redirects to, with ${DD_UUID} where the AAM UUID goes.</source>
            <translation>ID-Synchronisierung (/ibs): die Partner-URL, zu der der DCS weiterleitet, mit ${DD_UUID} an der Stelle der AAM-UUID.</translation>
        </message>
        <message>
            <source>1 returns the URL destinations (dests) in the answer. The builder has a check box for it.</source>
            <translation>1 liefert die URL-Ziele (dests) in der Antwort. Der Editor hat dafür ein Kontrollkästchen.</translation>
        </message>
        <message>
            <source>JSON version, normally 1; 0 disables ID syncs. The builder has a check box for it.</source>
            <translation>JSON-Version, normalerweise 1; 0 schaltet ID-Synchronisierungen ab. Der Editor hat dafür ein Kontrollkästchen.</translation>
        </message>
        <message>
            <source>json is required for a JSON answer; without it the DCS answers with a pixel. The builder has a check box for it.</source>
            <translation>json ist für eine JSON-Antwort nötig; andernfalls antwortet der DCS mit einem Pixel. Der Editor hat dafür ein Kontrollkästchen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyDelegate</name>
        <message>
            <source>Signal key</source>
            <translation>Signalschlüssel</translation>
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
            <translation>Alle Ihre Domains</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Nur die ausgewählten Domains</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Alle Ihre Domains außer den ausgewählten</translation>
        </message>
        <message>
            <source>May enable a combination with personally identifiable information (PII)</source>
            <translation>Kann eine Kombination mit personenbezogenen Daten (PII) ermöglichen</translation>
        </message>
        <message>
            <source>May be used for on-site ad targeting</source>
            <translation>Kann für Anzeigen-Targeting auf den eigenen Websites verwendet werden</translation>
        </message>
        <message>
            <source>May be used for off-site ad targeting</source>
            <translation>Kann für Anzeigen-Targeting außerhalb der eigenen Websites verwendet werden</translation>
        </message>
        <message>
            <source>May be used for on-site ad personalization</source>
            <translation>Kann für die Anzeigenpersonalisierung auf den eigenen Websites verwendet werden</translation>
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
            <translation>Datenexportkennzeichnungen</translation>
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
            <translation>Datenexportkennzeichnungen</translation>
        </message>
        <message>
            <source>Configuration: URL</source>
            <translation>Konfiguration: URL</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Segmentzuordnungen</translation>
        </message>
        <message>
            <source>Labels block an export only when a data source has a matching data export control.</source>
            <translation>Kennzeichnungen blockieren einen Export nur, wenn eine Datenquelle eine passende Datenexportkontrolle hat.</translation>
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
            <translation>Alle Werte eines Schlüssels in ein Paar schreiben</translation>
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
            <translation>Server-zu-Server-Ziele richtet Adobe oder eine integrierte Plattform ein. Audience Manager kann sie nicht anlegen und lässt nur ihre Segmentzuordnungen bearbeiten; ihr Name lässt sich dort nicht ändern. In DCS Desk spiegeln diese Einträge die Ziele Ihres Kontos wider.</translation>
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
        <message>
            <source>Configuration: Cookie</source>
            <translation>Konfiguration: Cookie</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <comment>the value after Category:</comment>
            <translation>Integrierte Plattformen</translation>
        </message>
        <message>
            <source>Custom</source>
            <comment>the value after Category:</comment>
            <translation>Benutzerdefiniert</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFieldHelp</name>
        <message>
            <source>The name Audience Manager lists the destination under. Required; write it in full, without abbreviations or special characters. Example: Sports fans for the display partner</source>
            <translation>Der Name, unter dem Audience Manager das Ziel führt. Pflichtfeld; schreiben Sie ihn aus, ohne Abkürzungen oder Sonderzeichen. Beispiel: Sportfans für den Display-Partner</translation>
        </message>
        <message>
            <source>An optional note for your colleagues: what the destination is for and who asked for it. Example: Spring campaign, display partner</source>
            <translation>Eine optionale Notiz für Ihre Kollegen: wofür das Ziel dient und wer es angefordert hat. Beispiel: Frühjahrskampagne, Display-Partner</translation>
        </message>
        <message>
            <source>URL: a pixel (image or iframe) the page calls for the user's segments. Cookie: a key-value cookie in the browser that your ad server reads. Server-to-server: set up by Adobe or an integrated platform; you edit only its segment mappings.</source>
            <translation>URL: ein Pixel (Bild oder iFrame), das die Seite für die Segmente des Benutzers aufruft. Cookie: ein Schlüssel-Wert-Cookie im Browser, das Ihr Ad-Server liest. Server-zu-Server: von Adobe oder einer integrierten Plattform eingerichtet; Sie bearbeiten nur seine Segmentzuordnungen.</translation>
        </message>
        <message>
            <source>The devices the destination receives data from: all platforms, the browser, Android or iOS apps. Cookie destinations work in the browser only.</source>
            <translation>Die Geräte, von denen das Ziel Daten erhält: alle Plattformen, der Browser, Android- oder iOS-Apps. Cookie-Ziele funktionieren nur im Browser.</translation>
        </message>
        <message>
            <source>Fills in the mapping value of each segment you map: with its segment ID or with its integration code value (at most 255 characters). With no auto-fill you type each value. Example: Segment ID gives the value 1005 for segment 1005.</source>
            <translation>Füllt den Zuordnungswert jedes Segments aus, das Sie zuordnen: mit seiner Segment-ID oder mit dem Wert seines Integrationscodes (höchstens 255 Zeichen). Ohne automatisches Ausfüllen geben Sie jeden Wert selbst ein. Beispiel: „Segment-ID“ ergibt für Segment 1005 den Wert 1005.</translation>
        </message>
        <message>
            <source>Serialize: put all values of the key in one key-value pair, separated by the serial delimiter. Example: seg=123,456 instead of seg=123&amp;seg=456.</source>
            <translation>Serialisieren: alle Werte des Schlüssels in ein Schlüssel-Wert-Paar schreiben, getrennt durch das Serien-Trennzeichen. Beispiel: seg=123,456 statt seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serialize: send all of a user's segments in one call instead of one call per segment. The base URL and the secure URL then carry %ALIAS%, where the segments' values go, joined by the delimiter.</source>
            <translation>Serialisieren: alle Segmente eines Benutzers in einem Aufruf senden statt in einem Aufruf je Segment. Basis-URL und sichere URL enthalten dann %ALIAS%; an dessen Stelle treten die Werte der Segmente, verbunden durch das Trennzeichen.</translation>
        </message>
        <message>
            <source>Base URL: the http address that is called, with %ALIAS% where the mapped values go. Macros such as %rnd% (a random number against caching), %did% (the user's Audience Manager ID) and %timestamp% are filled in. Example: http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>Basis-URL: die http-Adresse, die aufgerufen wird, mit %ALIAS% an der Stelle der zugeordneten Werte. Makros wie %rnd% (eine Zufallszahl, die Caching verhindert), %did% (die Audience-Manager-ID des Benutzers) und %timestamp% werden durch ihre Werte ersetzt. Beispiel: http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Secure URL: the https address called from secure pages; it needs %ALIAS% too. Example: https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>Sichere URL: die https-Adresse, die von sicheren Seiten aufgerufen wird; auch sie benötigt %ALIAS%. Beispiel: https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Cookie name: the name of the cookie written in the browser. Required. Example: aam_segments</source>
            <translation>Cookie-Name: der Name des Cookies, das im Browser geschrieben wird. Pflichtfeld. Beispiel: aam_segments</translation>
        </message>
        <message>
            <source>Data format. Single key: you set the key here once and each mapping gives a value (seg=123). Multi key: each mapping gives its own key and value (sport=golf).</source>
            <translation>Datenformat. Einzelner Schlüssel: Sie legen den Schlüssel hier einmal fest, und jede Zuordnung liefert einen Wert (seg=123). Mehrere Schlüssel: Jede Zuordnung liefert ihren eigenen Schlüssel und Wert (sport=golf).</translation>
        </message>
        <message>
            <source>Key: the key of a single-key cookie; each mapped segment adds its value to it. Example: seg gives seg=123&amp;seg=456.</source>
            <translation>Schlüssel: der Schlüssel eines Cookies mit einzelnem Schlüssel; jedes zugeordnete Segment fügt ihm seinen Wert hinzu. Beispiel: seg ergibt seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serial delimiter: the character between the values of the key when the cookie is serialized, as your ad server expects. Example: a comma gives seg=123,456.</source>
            <translation>Serien-Trennzeichen: das Zeichen zwischen den Werten des Schlüssels, wenn das Cookie serialisiert wird, so wie Ihr Ad-Server es erwartet. Beispiel: Ein Komma ergibt seg=123,456.</translation>
        </message>
        <message>
            <source>Cookie domain: leave it blank to write the cookie on all your domains, or give one domain that starts with a dot, without a wildcard or https://. Example: .example.com, which also covers shop.example.com.</source>
            <translation>Cookie-Domain: Lassen Sie das Feld leer, um das Cookie auf allen Ihren Domains zu schreiben, oder geben Sie eine Domain an, die mit einem Punkt beginnt, ohne Platzhalter und ohne https://. Beispiel: .example.com, das auch shop.example.com umfasst.</translation>
        </message>
        <message>
            <source>Publish data to: all of your domains (the default), only the selected domains, or all of your domains except the selected ones. The domains are given by their Audience Manager domain IDs below.</source>
            <translation>Daten veröffentlichen für: alle Ihre Domains (Standard), nur die ausgewählten Domains oder alle Ihre Domains außer den ausgewählten. Die Domains werden unten mit ihren Audience-Manager-Domain-IDs angegeben.</translation>
        </message>
        <message>
            <source>Domain IDs: the Audience Manager IDs of the domains that "Publish data to" includes or leaves out, separated by commas. Example: 312, 318</source>
            <translation>Domain-IDs: die Audience-Manager-IDs der Domains, die „Daten veröffentlichen für“ einschließt oder auslässt, durch Kommas getrennt. Beispiel: 312, 318</translation>
        </message>
        <message>
            <source>Maximum size: the largest size of the cookie in bytes. Example: 2048</source>
            <translation>Maximale Größe: die maximale Größe des Cookies in Bytes. Beispiel: 2048</translation>
        </message>
        <message>
            <source>Expiration: how many days the cookie stays in the browser; 0 ends it with the browser session. Example: 30</source>
            <translation>Ablauf: wie viele Tage das Cookie im Browser bleibt; bei 0 endet es mit der Browsersitzung. Beispiel: 30</translation>
        </message>
        <message>
            <source>Tick it when the partner may combine the data with personally identifiable information, such as names or e-mail addresses. Data sources whose export controls forbid that are then kept from this destination.</source>
            <translation>Wählen Sie diese Option aus, wenn der Partner die Daten mit personenbezogenen Daten wie Namen oder E-Mail-Adressen verknüpfen darf. Datenquellen, deren Datenexportkontrollen das verbieten, werden dann von diesem Ziel ausgeschlossen.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on your own websites. Data sources whose export controls forbid on-site ad targeting are then kept from this destination.</source>
            <translation>Wählen Sie diese Option aus, wenn die Daten für Anzeigen-Targeting auf Ihren eigenen Websites verwendet werden. Datenquellen, deren Datenexportkontrollen das verbieten, werden dann von diesem Ziel ausgeschlossen.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on other websites. Data sources whose export controls forbid off-site ad targeting are then kept from this destination.</source>
            <translation>Wählen Sie diese Option aus, wenn die Daten für Anzeigen-Targeting auf anderen Websites verwendet werden. Datenquellen, deren Datenexportkontrollen das verbieten, werden dann von diesem Ziel ausgeschlossen.</translation>
        </message>
        <message>
            <source>Tick it when the data personalises ads on your own websites. Data sources whose export controls forbid on-site ad personalization are then kept from this destination.</source>
            <translation>Wählen Sie diese Option aus, wenn die Daten Anzeigen auf Ihren eigenen Websites personalisieren. Datenquellen, deren Datenexportkontrollen das verbieten, werden dann von diesem Ziel ausgeschlossen.</translation>
        </message>
        <message>
            <source>Custom: URL and cookie destinations you build yourself. Integrated platforms: server-to-server destinations that Adobe or a platform set up.</source>
            <translation>Benutzerdefiniert: URL- und Cookie-Ziele, die Sie selbst anlegen. Integrierte Plattformen: Server-zu-Server-Ziele, die Adobe oder eine Plattform einrichtet.</translation>
        </message>
        <message>
            <source>Delimiter: the character that separates the values of several segments in one serialized call, as the partner requires; usually a comma or a semicolon. Example: with a comma, two segments are sent as s=123,456.</source>
            <translation>Trennzeichen: das Zeichen zwischen den Werten mehrerer Segmente in einem serialisierten Aufruf, wie es der Partner verlangt; meist ein Komma oder ein Semikolon. Beispiel: Mit einem Komma werden zwei Segmente als s=123,456 gesendet.</translation>
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
            <translation>Die URL hat %1 Zeichen, mehr als die %2, die eine GET-Anfrage enthalten darf; Partner können sie abschneiden.</translation>
        </message>
        <message>
            <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
            <translation>%1 enthält kein %ALIAS%: Die Segmentwerte können nirgends eingesetzt werden.</translation>
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
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
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
        <message>
            <source>Expired mappings</source>
            <translation>Abgelaufene Zuordnungen</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments with a mapping active today / segments mapped.</source>
            <translation>Segmente mit einer heute aktiven Zuordnung / zugeordnete Segmente.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) in all</source>
            <translation>
                <numerusform>%n Zuordnung insgesamt</numerusform>
                <numerusform>%n Zuordnungen insgesamt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active today</source>
            <translation>
                <numerusform>%n heute aktiv</numerusform>
                <numerusform>%n heute aktiv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped more than once (several flights)</source>
            <translation>
                <numerusform>%n Segment mehrfach zugeordnet (mehrere Zeiträume)</numerusform>
                <numerusform>%n Segmente mehrfach zugeordnet (mehrere Zeiträume)</numerusform>
            </translation>
        </message>
        <message>
            <source>No errors, warnings or expired mappings in this destination or its mappings.</source>
            <translation>Keine Fehler, Warnungen oder abgelaufenen Zuordnungen in diesem Ziel oder seinen Zuordnungen.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: click the validation summary in the status bar for the full list.</source>
            <translation>
                <numerusform>… und %n weitere Meldung: Klicken Sie für die vollständige Liste auf die Validierungsübersicht in der Statusleiste.</numerusform>
                <numerusform>… und %n weitere Meldungen: Klicken Sie für die vollständige Liste auf die Validierungsübersicht in der Statusleiste.</numerusform>
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
            <translation>Jedes Wort muss vorkommen. Pfeil nach unten wechselt in die Liste; Esc leert das Feld.</translation>
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
            <source>Du&amp;plicate</source>
            <translation>Du&amp;plizieren</translation>
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
            <translation>Umbe&amp;nennen</translation>
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
            <translation>Vorschau der &amp;Auslösung anzeigen</translation>
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
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager kann keine Server-zu-Server-Ziele anlegen: Adobe oder eine integrierte Plattform richtet sie ein, und Sie können nur ihre Zuordnungen bearbeiten.

Legen Sie hier nur dann eines an, wenn Sie ein Ziel abbilden möchten, das in Ihrem Konto existiert, damit Sie seine Zuordnungen bearbeiten und es in der Sandbox ausprobieren können.</translation>
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
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
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
            <translation>Bei %1 der %2 ausgewählten Ziele bestehen noch Zuordnungen (insgesamt %3). Audience Manager löscht ein Ziel erst, wenn seine Zuordnungen entfernt sind.</translation>
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
            <translation>%1 mit %2 nach %3 exportiert.</translation>
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
        <message>
            <source>Segment &amp;Mappings</source>
            <translation>Segmentzuordn&amp;ungen</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings (%1)</source>
            <translation>Segmentzuordn&amp;ungen (%1)</translation>
        </message>
        <message>
            <source>The segments mapped to this destination, with their values and dates (Ctrl+M)</source>
            <translation>Die diesem Ziel zugeordneten Segmente mit ihren Werten sowie Start- und Enddaten (Strg+M)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Handlungsbedarf</translation>
        </message>
        <message>
            <source>Show only destinations whose worst finding, over the destination and its mappings, is of one kind</source>
            <translation>Nur Ziele anzeigen, deren schwerwiegendster Befund (über das Ziel und seine Zuordnungen hinweg) einer bestimmten Art angehört</translation>
        </message>
        <message>
            <source>No destinations yet</source>
            <translation>Noch keine Ziele</translation>
        </message>
        <message>
            <source>A destination is where your segments go: a URL that is called (a pixel), a cookie in the browser or a server-to-server partner. Create one here, or read destinations from a file with File › Import › Destinations from AAM REST JSON.</source>
            <translation>Ein Ziel ist der Ort, an den Ihre Segmente gesendet werden: eine URL, die aufgerufen wird (ein Pixel), ein Cookie im Browser oder ein Server-zu-Server-Partner. Legen Sie hier eines an oder importieren Sie Ziele aus einer Datei über Datei › Importieren › Ziele aus AAM-REST-JSON.</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n destination(s): their rows are on the clipboard; Edit › Undo brings the destinations back.</source>
            <translation>
                <numerusform>%n Ziel ausgeschnitten: Die Zeile liegt in der Zwischenablage; Bearbeiten › Rückgängig stellt das Ziel wieder her.</numerusform>
                <numerusform>%n Ziele ausgeschnitten: Die Zeilen liegen in der Zwischenablage; Bearbeiten › Rückgängig stellt die Ziele wieder her.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 to %2.</source>
            <translation>%1 nach %2 exportiert.</translation>
        </message>
        <message>
            <source>Search destinations</source>
            <translation>Ziele durchsuchen</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Destination type</source>
            <translation>Zieltyp</translation>
        </message>
        <message>
            <source>Destination status</source>
            <translation>Zielstatus</translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</source>
            <translation>
                <numerusform>%n Server-zu-Server-Ziel nicht dupliziert: Server-zu-Server-Ziele richtet nur Adobe oder eine integrierte Plattform ein.</numerusform>
                <numerusform>%n Server-zu-Server-Ziele nicht dupliziert: Server-zu-Server-Ziele richtet nur Adobe oder eine integrierte Plattform ein.</numerusform>
            </translation>
        </message>
        <message>
            <source>New Server-to-Server Destination</source>
            <translation>Neues Server-zu-Server-Ziel</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EditCommands</name>
        <message numerus="yes">
            <source>Copied %n row(s) and the column titles: a spreadsheet pastes them into columns.</source>
            <translation>
                <numerusform>%n Zeile und die Spaltentitel kopiert: Eine Tabellenkalkulation fügt sie in Spalten ein.</numerusform>
                <numerusform>%n Zeilen und die Spaltentitel kopiert: Eine Tabellenkalkulation fügt sie in Spalten ein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EndpointCombo</name>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>The DCS path the call goes to. Choose one or type another path.</source>
            <translation>Der DCS-Pfad, an den der Aufruf geht. Wählen Sie einen aus oder geben Sie einen anderen Pfad ein.</translation>
        </message>
        <message>
            <source>Event call: signals in, segments and destinations out.</source>
            <translation>Event-Aufruf: sendet Signale und liefert Segmente und Ziele.</translation>
        </message>
        <message>
            <source>ID sync: links dpid and dpuuid (or d_cid) to the AAM UUID; the pairs follow a colon, /ibs:dpid=…, and redir=&lt;URL with ${DD_UUID}&gt; redirects there.</source>
            <translation>ID-Synchronisierung: verknüpft dpid und dpuuid (oder d_cid) mit der AAM-UUID; die Paare folgen auf einen Doppelpunkt, /ibs:dpid=…, und redir=&lt;URL mit ${DD_UUID}&gt; leitet dorthin weiter.</translation>
        </message>
        <message>
            <source>ID service: answers the Experience Cloud ID (d_mid) for d_orgid, with d_blob and the ID syncs.</source>
            <translation>ID-Dienst: liefert die Experience Cloud ID (d_mid) für d_orgid, zusammen mit d_blob und den ID-Synchronisierungen.</translation>
        </message>
        <message>
            <source>Opt-out: opts out the d_uuid, the d_mid with d_orgid, or the declared IDs; later calls for them return error 171.</source>
            <translation>Opt-out: erklärt das Opt-out für die d_uuid, die d_mid mit d_orgid oder die deklarierten IDs; spätere Aufrufe für sie werden mit Fehler 171 beantwortet.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Environment</name>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: Objekt erwartet</translation>
        </message>
        <message>
            <source>%1.name: expected the environment's name (text)</source>
            <translation>%1.name: Name der Umgebung (Text) erwartet</translation>
        </message>
        <message>
            <source>%1.name: a second environment named “%2”</source>
            <translation>%1.name: eine zweite Umgebung namens „%2“</translation>
        </message>
        <message>
            <source>%1.variables: expected a list</source>
            <translation>%1.variables: Liste erwartet</translation>
        </message>
        <message>
            <source>%1.name: expected a variable name (letters, digits, _ . -, starting with a letter or _)</source>
            <translation>%1.name: Variablenname erwartet (Buchstaben, Ziffern, _ . -, beginnend mit einem Buchstaben oder _)</translation>
        </message>
        <message>
            <source>%1.name: a second variable named “%2”</source>
            <translation>%1.name: eine zweite Variable namens „%2“</translation>
        </message>
        <message>
            <source>%1.value: expected text</source>
            <translation>%1.value: Text erwartet</translation>
        </message>
        <message>
            <source>%1.secret: expected true or false</source>
            <translation>%1.secret: true oder false erwartet</translation>
        </message>
        <message>
            <source>%1.value: the secret variable “%2” has a value in the file. Secret values are never kept in a workspace: remove the value and set %3 instead.</source>
            <translation>%1.value: Die geheime Variable „%2“ hat einen Wert in der Datei. Geheime Werte werden nie in einem Arbeitsbereich gespeichert: Entfernen Sie den Wert und setzen Sie stattdessen %3.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentBar</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Umgebung:</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>The environment whose values replace the {{name}} variables of the request and the profile</source>
            <translation>Die Umgebung, deren Werte die {{name}}-Variablen der Anfrage und des Profils ersetzen</translation>
        </message>
        <message>
            <source>Environments…</source>
            <translation>Umgebungen…</translation>
        </message>
        <message>
            <source>Manage environments</source>
            <translation>Umgebungen verwalten</translation>
        </message>
        <message>
            <source>Add, rename or remove environments and edit their variables</source>
            <translation>Umgebungen hinzufügen, umbenennen oder entfernen und ihre Variablen bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n value(s) were copied there from “%2”, whose entries are kept.</source>
            <translation>
                <numerusform>Der Arbeitsbereich heißt jetzt „%1“, und seine geheimen Werte werden unter diesem Namen im Schlüsselbund des Systems aufbewahrt: %n Wert wurde dorthin kopiert; die Einträge unter „%2“ bleiben erhalten.</numerusform>
                <numerusform>Der Arbeitsbereich heißt jetzt „%1“, und seine geheimen Werte werden unter diesem Namen im Schlüsselbund des Systems aufbewahrt: %n Werte wurden dorthin kopiert; die Einträge unter „%2“ bleiben erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”: its %n secret value(s) are kept in memory until DCS Desk closes.</source>
            <translation>
                <numerusform>Der Arbeitsbereich heißt jetzt „%1“: Sein geheimer Wert bleibt bis zum Beenden von DCS Desk im Speicher.</numerusform>
                <numerusform>Der Arbeitsbereich heißt jetzt „%1“: Seine %n geheimen Werte bleiben bis zum Beenden von DCS Desk im Speicher.</numerusform>
            </translation>
        </message>
        <message>
            <source>The keychain refused a secret value: unlock it and type the value again.</source>
            <translation>Der Schlüsselbund hat einen geheimen Wert abgelehnt: Entsperren Sie ihn und geben Sie den Wert erneut ein.</translation>
        </message>
        <message>
            <source>The secret values follow the new name “%1”.</source>
            <translation>Die geheimen Werte gelten jetzt für den neuen Namen „%1“.</translation>
        </message>
        <message>
            <source>No system keychain: secret values are lost when DCS Desk closes; start a keychain service to keep them.</source>
            <translation>Kein Schlüsselbund des Systems: Geheime Werte gehen beim Beenden von DCS Desk verloren; starten Sie einen Schlüsselbunddienst, um sie zu behalten.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentDialog</name>
        <message>
            <source>Environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>E&amp;nvironments:</source>
            <translation>U&amp;mgebungen:</translation>
        </message>
        <message>
            <source>Environment name</source>
            <translation>Name der Umgebung</translation>
        </message>
        <message>
            <source>The environment's name, e.g. production, beta, mock or sandbox</source>
            <translation>Der Name der Umgebung, z. B. production, beta, mock oder sandbox</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>Variablen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Geheim</translation>
        </message>
        <message>
            <source>&amp;Variables ({{name}} in any field of a request or profile):</source>
            <translation>&amp;Variablen ({{name}} in jedem Feld einer Anfrage oder eines Profils):</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>(from %1)</source>
            <translation>(aus %1)</translation>
        </message>
        <message>
            <source>new environment</source>
            <translation>neue Umgebung</translation>
        </message>
        <message>
            <source>new environment %1</source>
            <translation>neue Umgebung %1</translation>
        </message>
        <message>
            <source>The environments cannot be saved: %1
Correct it, or press Cancel to keep them as they were.</source>
            <translation>Die Umgebungen können nicht gespeichert werden: %1
Korrigieren Sie den Fehler oder klicken Sie auf „Abbrechen“, um sie unverändert zu lassen.</translation>
        </message>
        <message>
            <source>Edit environments</source>
            <translation>Umgebungen bearbeiten</translation>
        </message>
        <message>
            <source>Without a value, a secret comes from the system environment variable DCSDESK_VAR_&lt;NAME&gt; (for example DCSDESK_VAR_PARTNERTOKEN).</source>
            <translation>Ist kein Wert eingetragen, kommt der Wert einer geheimen Variable aus der Systemumgebungsvariable DCSDESK_VAR_&lt;NAME&gt; (zum Beispiel DCSDESK_VAR_PARTNERTOKEN).</translation>
        </message>
        <message>
            <source>A secret value is never saved in the workspace, the settings or the history: it is kept in the system keychain. Empty its Value cell to forget it.</source>
            <translation>Ein geheimer Wert wird nie im Arbeitsbereich, in den Einstellungen oder im Verlauf gespeichert: Er wird im Schlüsselbund des Systems aufbewahrt. Leeren Sie seine Zelle „Wert“, um ihn zu vergessen.</translation>
        </message>
        <message>
            <source>A secret's value is kept in the system keychain, never in the workspace file</source>
            <translation>Der Wert einer geheimen Variable wird im Schlüsselbund des Systems aufbewahrt, nie in der Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>A secret's value is never written in the workspace file; without a keychain it is kept until DCS Desk closes</source>
            <translation>Der Wert einer geheimen Variable wird nie in die Arbeitsbereichsdatei geschrieben; ohne Schlüsselbund bleibt er bis zum Beenden von DCS Desk erhalten</translation>
        </message>
        <message>
            <source>environment %1 in the list has no name. Type one in the Name field.</source>
            <translation>Umgebung %1 in der Liste hat keinen Namen. Geben Sie einen im Feld „Name“ ein.</translation>
        </message>
        <message>
            <source>two environments are named “%1”. Rename one of them.</source>
            <translation>Zwei Umgebungen heißen „%1“. Benennen Sie eine davon um.</translation>
        </message>
        <message>
            <source>a variable of environment “%1” has no name. Type one, or remove the row.</source>
            <translation>Eine Variable der Umgebung „%1“ hat keinen Namen. Geben Sie einen ein oder entfernen Sie die Zeile.</translation>
        </message>
        <message>
            <source>“%1” (environment “%2”) cannot be a variable name: use letters, digits, _ . or -, and begin with a letter or _.</source>
            <translation>„%1“ (Umgebung „%2“) kann kein Variablenname sein: Verwenden Sie Buchstaben, Ziffern, _ . oder - und beginnen Sie mit einem Buchstaben oder _.</translation>
        </message>
        <message>
            <source>environment “%1” has two variables named “%2”. Rename or remove one of them.</source>
            <translation>Die Umgebung „%1“ hat zwei Variablen namens „%2“. Benennen Sie eine davon um oder entfernen Sie sie.</translation>
        </message>
        <message>
            <source>&amp;Add Environment</source>
            <translation>Umgebung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove Environment</source>
            <translation>Umgebung &amp;entfernen</translation>
        </message>
        <message>
            <source>Add Varia&amp;ble</source>
            <translation>Variable hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Remove Variab&amp;le</source>
            <translation>Variable ent&amp;fernen</translation>
        </message>
        <message>
            <source>Kept in the system keychain; empty the cell to forget it. An empty cell takes the value from %1.</source>
            <translation>Im Schlüsselbund des Systems aufbewahrt; leeren Sie die Zelle, um den Wert zu vergessen. Ist die Zelle leer, gilt der Wert aus %1.</translation>
        </message>
        <message>
            <source>Kept in memory until DCS Desk closes. An empty cell takes the value from %1.</source>
            <translation>Bis zum Beenden von DCS Desk im Speicher aufbewahrt. Ist die Zelle leer, gilt der Wert aus %1.</translation>
        </message>
        <message>
            <source>Environments Not Saved</source>
            <translation>Umgebungen nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentSecrets</name>
        <message>
            <source>no reason given</source>
            <translation>kein Grund angegeben</translation>
        </message>
        <message>
            <source>DCS Desk was started without one</source>
            <comment>one: a system keychain</comment>
            <translation>DCS Desk wurde ohne einen gestartet</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ExpectedVsActual</name>
        <message>
            <source>The mapping of segment %1 expired on %2.</source>
            <translation>Die Zuordnung von Segment %1 ist am %2 abgelaufen.</translation>
        </message>
        <message>
            <source>The mapping of segment %1 starts on %2.</source>
            <translation>Die Zuordnung von Segment %1 beginnt am %2.</translation>
        </message>
        <message>
            <source>Destination not in the response.</source>
            <translation>Ziel nicht in der Antwort.</translation>
        </message>
        <message>
            <source>The cookie value differs from the mappings' values.</source>
            <translation>Der Cookie-Wert weicht von den Werten der Zuordnungen ab.</translation>
        </message>
        <message>
            <source>The request did not ask for URL destinations (d_dst=1).</source>
            <translation>Die Anfrage hat keine URL-Ziele angefordert (d_dst=1).</translation>
        </message>
        <message>
            <source>No mapping of a qualified segment predicts this destination.</source>
            <translation>Keine Zuordnung eines qualifizierten Segments lässt dieses Ziel erwarten.</translation>
        </message>
        <message>
            <source>The workspace has no destination that predicts this.</source>
            <translation>Der Arbeitsbereich hat kein Ziel, das dies vorhersagt.</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Stimmt überein</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Abweichend</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>Unerwartet</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>Nicht erwartet</translation>
        </message>
        <message>
            <source>The same keys and values in another order.</source>
            <translation>Dieselben Schlüssel und Werte in anderer Reihenfolge.</translation>
        </message>
        <message>
            <source>The destination is for %1; the call says d_ptfm=%2.</source>
            <translation>Das Ziel gilt für %1; der Aufruf gibt d_ptfm=%2 an.</translation>
        </message>
        <message>
            <source>The destination has no mappings in the workspace.</source>
            <translation>Das Ziel hat im Arbeitsbereich keine Zuordnungen.</translation>
        </message>
        <message>
            <source>The answer lists a segment of this destination: a DCS keeps the segments of this user's earlier calls.</source>
            <translation>Die Antwort führt ein Segment dieses Ziels auf: Ein DCS behält die Segmente aus früheren Aufrufen dieses Benutzers.</translation>
        </message>
        <message>
            <source>The answer also has %1, which the mappings do not predict for this call.</source>
            <translation>Die Antwort enthält außerdem %1; das sagen die Zuordnungen für diesen Aufruf nicht voraus.</translation>
        </message>
        <message>
            <source>The answer lacks %1.</source>
            <translation>Nicht in der Antwort enthalten: %1.</translation>
        </message>
        <message>
            <source>Nothing to compare: only /event answers carry segments and destinations, and this call went to %1.</source>
            <translation>Nichts zu vergleichen: Nur /event-Antworten enthalten Segmente und Ziele, und dieser Aufruf ging an %1.</translation>
        </message>
        <message>
            <source>d_cts=1 returns legacy segment IDs; send d_cts=2 to compare the answer's segments with the workspace's.</source>
            <translation>d_cts=1 liefert alte Segment-IDs; senden Sie d_cts=2, um die Segmente der Antwort mit denen des Arbeitsbereichs zu vergleichen.</translation>
        </message>
        <message>
            <source>The answer lists no segments; send d_cts=2 to compare them too.</source>
            <translation>Die Antwort führt keine Segmente auf; senden Sie d_cts=2, um auch diese zu vergleichen.</translation>
        </message>
        <message>
            <source>The DCS did not list it: its rule or status in the account may differ from the workspace.</source>
            <translation>Der DCS hat es nicht aufgeführt: Regel oder Status des Segments im Konto weichen womöglich vom Arbeitsbereich ab.</translation>
        </message>
        <message>
            <source>A DCS also lists the segments of this user's earlier calls.</source>
            <translation>Ein DCS führt auch die Segmente aus früheren Aufrufen dieses Benutzers auf.</translation>
        </message>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>… %n weiteres</numerusform>
                <numerusform>… %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Listed in the answer: %1.</source>
            <translation>In der Antwort aufgeführt: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Übereinstimmung</numerusform>
                <numerusform>%n Übereinstimmungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n fehlend</numerusform>
                <numerusform>%n fehlend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unexpected</source>
            <translation>
                <numerusform>%n unerwartet</numerusform>
                <numerusform>%n unerwartet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different</source>
            <translation>
                <numerusform>%n abweichend</numerusform>
                <numerusform>%n abweichend</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: the DCS answered error 171, the user opted out, so it qualifies no segment and fires no destination for this user.</source>
            <translation>Nichts zu vergleichen: Der DCS hat mit Fehler 171 geantwortet – der Benutzer hat ein Opt-out erklärt. Daher qualifiziert er sich für kein Segment, und der DCS löst für ihn kein Ziel aus.</translation>
        </message>
        <message>
            <source>The same URL but for values that may differ on every call: cache-busting macros (%rnd%, %timestamp%) and the order of serialized segments.</source>
            <translation>Dieselbe URL bis auf Werte, die sich bei jedem Aufruf ändern können: Cache-Busting-Makros (%rnd%, %timestamp%) und die Reihenfolge serialisierter Segmente.</translation>
        </message>
        <message>
            <source>Qualified for this call (by the workspace's rules or d_sid): %1.</source>
            <translation>Segmente, für die sich der Benutzer mit diesem Aufruf qualifiziert (durch die Regeln des Arbeitsbereichs oder d_sid): %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingSubject</name>
        <message>
            <source>segment %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <source>segment %1 “%2”</source>
            <translation>Segment %1 „%2“</translation>
        </message>
        <message>
            <source>destination %1</source>
            <translation>Ziel %1</translation>
        </message>
        <message>
            <source>destination %1 “%2”</source>
            <translation>Ziel %1 „%2“</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Zuordnung %1</translation>
        </message>
        <message>
            <source>Mapping %1: %2 → %3</source>
            <translation>Zuordnung %1: %2 → %3</translation>
        </message>
        <message>
            <source>%1 (mapping %2)</source>
            <translation>%1 (Zuordnung %2)</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 „%2“</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Profile “%1”</source>
            <translation>Profil „%1“</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
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
            <translation>Validierungsbefunde</translation>
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
            <source>No problems found</source>
            <translation>Keine Probleme gefunden</translation>
        </message>
        <message>
            <source>DCS Desk checks every destination, mapping and segment as you edit. What Audience Manager would refuse shows here as an error, what may not work as you expect as a warning; double-click one to go to it.</source>
            <translation>DCS Desk prüft jedes Ziel, jede Zuordnung und jedes Segment, während Sie Änderungen vornehmen. Was Audience Manager ablehnen würde, erscheint hier als Fehler, was möglicherweise nicht wie erwartet funktioniert, als Warnung; ein Doppelklick führt Sie zur betreffenden Stelle.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FireCommand</name>
        <message>
            <source>Show what a destination fires for a user in the given segments: pixels, cookie or server-to-server values.</source>
            <translation>Anzeigen, was ein Ziel für einen Benutzer in den angegebenen Segmenten auslöst: Pixel, Cookie oder Server-zu-Server-Werte.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Die Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The destination ID.</source>
            <translation>Die Ziel-ID.</translation>
        </message>
        <message>
            <source>The segments the user qualifies for (IDs, comma-separated); default: every segment the destination maps.</source>
            <translation>Die Segmente, für die sich der Benutzer qualifiziert (IDs, durch Kommas getrennt); Standard: alle diesem Ziel zugeordneten Segmente.</translation>
        </message>
        <message>
            <source>The day of the call (YYYY-MM-DD; default today).</source>
            <translation>Der Tag des Aufrufs (JJJJ-MM-TT; Standard: heute).</translation>
        </message>
        <message>
            <source>The user's AAM ID for %did%.</source>
            <translation>Die AAM-ID des Benutzers für %did%.</translation>
        </message>
        <message>
            <source>A fixed value for %rnd% (default: a new random number).</source>
            <translation>Ein fester Wert für %rnd% (Standard: eine neue Zufallszahl).</translation>
        </message>
        <message>
            <source>fire takes one workspace file and --destination ID.</source>
            <translation>fire erwartet eine Arbeitsbereichsdatei und --destination ID.</translation>
        </message>
        <message>
            <source>fire needs --destination with a destination ID.</source>
            <translation>fire benötigt --destination mit einer Ziel-ID.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>Der Arbeitsbereich hat kein Ziel %1.</translation>
        </message>
        <message>
            <source>--segments takes segment IDs separated by commas, not “%1”.</source>
            <translation>--segments erwartet durch Kommas getrennte Segment-IDs, nicht „%1“.</translation>
        </message>
        <message>
            <source>segment %1: the mapping ended on %2</source>
            <translation>Segment %1: Die Zuordnung endete am %2</translation>
        </message>
        <message>
            <source>segment %1: the mapping starts on %2</source>
            <translation>Segment %1: Die Zuordnung beginnt am %2</translation>
        </message>
        <message>
            <source>segment %1: not mapped to this destination</source>
            <translation>Segment %1: diesem Ziel nicht zugeordnet</translation>
        </message>
        <message>
            <source>%1 (%2) on %3:</source>
            <translation>%1 (%2) am %3:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>pixel</source>
            <translation>Pixel</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>Sichere URL</translation>
        </message>
        <message>
            <source>cookie</source>
            <translation>Cookie</translation>
        </message>
        <message numerus="yes">
            <source>domain %1, expires after %n day(s)</source>
            <translation>
                <numerusform>Domain %1, läuft nach %n Tag ab</numerusform>
                <numerusform>Domain %1, läuft nach %n Tagen ab</numerusform>
            </translation>
        </message>
        <message>
            <source>(all domains)</source>
            <translation>(alle Domains)</translation>
        </message>
        <message>
            <source>server-to-server value</source>
            <translation>Server-zu-Server-Wert</translation>
        </message>
        <message>
            <source>Nothing fires: no active mapping for these segments.</source>
            <translation>Es wird nichts ausgelöst: keine aktive Zuordnung für diese Segmente.</translation>
        </message>
        <message>
            <source>not fired</source>
            <translation>Nicht ausgelöst</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>sids</source>
            <translation>SIDs</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
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
            <translation>Öffnet die Anfragekonsole mit einem Sandbox-Aufruf für einen Benutzer, der sich für die Beispielsegmente qualifiziert.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>Die Anfragekonsole ist in diesem Build nicht enthalten, daher lässt sich der Aufruf hier nicht testen.</translation>
        </message>
        <message>
            <source>&amp;Sample segments:</source>
            <translation>Beis&amp;pielsegmente:</translation>
        </message>
        <message>
            <source>Segment IDs separated by commas</source>
            <translation>Segment-IDs durch Kommas getrennt</translation>
        </message>
        <message>
            <source>The segments the sample user qualifies for. By default the segments mapped to this destination.</source>
            <translation>Die Segmente, für die sich der Beispielbenutzer qualifiziert. Standardmäßig die diesem Ziel zugeordneten Segmente.</translation>
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
            <translation>Benutzer-ID (%did%):</translation>
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
            <translation>Consent-String (${GDPR_CONSENT_…}):</translation>
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
            <translation>%1 – %2</translation>
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
            <translation>Segmente des Beispielbenutzers</translation>
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
            <translation>nicht zugeordnet: benötigt eine Zuordnung, um etwas zu senden</translation>
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
            <translation>Ohne Serialisierung</translation>
        </message>
        <message>
            <source>If serialized</source>
            <translation>Bei Serialisierung</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>(not in the catalog)</source>
            <translation>(nicht im Katalog)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FiredUrlMatch</name>
        <message>
            <source>%1: expected “%2”, the answer has “%3”.</source>
            <translation>%1: erwartet „%2“, die Antwort enthält „%3“.</translation>
        </message>
        <message>
            <source>%1: the segment values should be %2, the answer has %3.</source>
            <translation>%1: Die Segmentwerte sollten %2 sein, die Antwort enthält %3.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Parameter %1 is missing.</source>
            <translation>Parameter %1 fehlt.</translation>
        </message>
        <message>
            <source>Parameter %1</source>
            <translation>Parameter %1</translation>
        </message>
        <message>
            <source>Parameter %1 is not in the destination's URL.</source>
            <translation>Parameter %1 ist nicht in der URL des Ziels.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::GenerateCommand</name>
        <message>
            <source>Write a generated workspace (by default at the account limits: 1,000 destinations, 20,000 segments, 100,000 mappings), the same for the same seed.</source>
            <translation>Einen generierten Arbeitsbereich schreiben (standardmäßig an den Kontogrenzen: 1.000 Ziele, 20.000 Segmente, 100.000 Zuordnungen), bei gleichem Startwert immer gleich.</translation>
        </message>
        <message>
            <source>The workspace file to write.</source>
            <translation>Die zu schreibende Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The seed (default 1).</source>
            <translation>Der Startwert (Standard: 1).</translation>
        </message>
        <message>
            <source>Number of destinations (default 1000).</source>
            <translation>Anzahl der Ziele (Standard: 1000).</translation>
        </message>
        <message>
            <source>Number of segments (default 20000).</source>
            <translation>Anzahl der Segmente (Standard: 20000).</translation>
        </message>
        <message>
            <source>Number of mappings (default 100000).</source>
            <translation>Anzahl der Zuordnungen (Standard: 100000).</translation>
        </message>
        <message>
            <source>The day the mapping schedules are spread around (YYYY-MM-DD; default today).</source>
            <translation>Der Tag, um den die Zeitpläne der Zuordnungen verteilt werden (JJJJ-MM-TT; Standard: heute).</translation>
        </message>
        <message>
            <source>generate-workspace takes one output file.</source>
            <translation>generate-workspace erwartet genau eine Ausgabedatei.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
            <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
        </message>
        <message>
            <source>%1: %2 destinations, %3 segments, %4 mappings (seed %5).</source>
            <translation>%1: %2 Ziele, %3 Segmente, %4 Zuordnungen (Startwert %5).</translation>
        </message>
        <message>
            <source>out</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>OUT.json</source>
            <translation>AUSGABE.json</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Datum</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarCapture</name>
        <message>
            <source>Event (/event)</source>
            <translation>Event-Aufruf (/event)</translation>
        </message>
        <message>
            <source>ID sync (/ibs)</source>
            <translation>ID-Synchronisierung (/ibs)</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>ID-Dienst (/id)</translation>
        </message>
        <message>
            <source>Destination page (dest5.html)</source>
            <translation>Zielseite (dest5.html)</translation>
        </message>
        <message>
            <source>Opt-out (/demoptout.jpg)</source>
            <translation>Opt-out (/demoptout.jpg)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiger Aufruf</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>The file ends too early (line %1): the capture was cut short while it was saved or copied. Save it again from the browser.</source>
            <translation>Die Datei endet zu früh (Zeile %1): Der Mitschnitt wurde beim Speichern oder Kopieren abgeschnitten. Speichern Sie ihn erneut aus dem Browser.</translation>
        </message>
        <message>
            <source>The file is not valid JSON at line %1, column %2: %3. A HAR file is JSON as the browser saved it; was it edited?</source>
            <translation>Die Datei ist in Zeile %1, Spalte %2 kein gültiges JSON: %3. Eine HAR-Datei ist JSON, wie der Browser es gespeichert hat – wurde sie bearbeitet?</translation>
        </message>
        <message>
            <source>The file cannot be read as JSON: %1.</source>
            <translation>Die Datei kann nicht als JSON gelesen werden: %1.</translation>
        </message>
        <message>
            <source>The capture does not say which HAR version it is; it was read as HAR 1.2.</source>
            <translation>Der Mitschnitt gibt keine HAR-Version an; er wurde als HAR 1.2 gelesen.</translation>
        </message>
        <message>
            <source>The capture is HAR %1; DCS Desk reads HAR 1.2 and read what it knows of this one. Fields this version lacks are shown empty.</source>
            <translation>Der Mitschnitt hat das Format HAR %1; DCS Desk liest HAR 1.2 und hat daraus übernommen, was es kennt. Felder, die diese Version nicht hat, bleiben leer.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8 text (line %1, column %2), so it is not a HAR file as browsers save them. Save the capture again, or convert the file to UTF-8.</source>
            <translation>Die Datei ist kein gültiger UTF-8-Text (Zeile %1, Spalte %2) und damit keine HAR-Datei, wie Browser sie speichern. Speichern Sie den Mitschnitt erneut oder wandeln Sie die Datei in UTF-8 um.</translation>
        </message>
        <message>
            <source>Reading the capture was canceled; nothing of it is shown. Open it again to read it.</source>
            <translation>Das Lesen des Mitschnitts wurde abgebrochen; nichts davon wird angezeigt. Öffnen Sie ihn erneut, um ihn zu lesen.</translation>
        </message>
        <message>
            <source>The file is empty. Save the capture again from the browser's network panel (Export HAR in Chrome, Save All As HAR in Firefox).</source>
            <translation>Die Datei ist leer. Speichern Sie den Mitschnitt erneut aus dem Netzwerkbereich des Browsers (in Chrome „HAR exportieren“, in Firefox „Alle als HAR speichern“).</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a HAR capture (no "log" with "entries"). Save the network log as HAR: in Chrome, Network › Export HAR; in Firefox, Network › Save All As HAR.</source>
            <translation>Die Datei enthält JSON, aber keinen HAR-Mitschnitt (kein „log“ mit „entries“). Speichern Sie das Netzwerkprotokoll als HAR: in Chrome unter Netzwerk › HAR exportieren, in Firefox unter Netzwerkanalyse › Alle als HAR speichern.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMaskItem</name>
        <message>
            <source>%1 in cookie %2 (sent)</source>
            <translation>%1 im Cookie %2 (gesendet)</translation>
        </message>
        <message>
            <source>Cookie %1 (sent)</source>
            <translation>Cookie %1 (gesendet)</translation>
        </message>
        <message>
            <source>%1 in cookie %2 (set)</source>
            <translation>%1 im Cookie %2 (gesetzt)</translation>
        </message>
        <message>
            <source>Cookie %1 (set)</source>
            <translation>Cookie %1 (gesetzt)</translation>
        </message>
        <message>
            <source>Password in URL</source>
            <translation>Passwort in der URL</translation>
        </message>
        <message>
            <source>%1 in URL</source>
            <translation>%1 in der URL</translation>
        </message>
        <message>
            <source>%1 in POST body</source>
            <translation>%1 im POST-Body</translation>
        </message>
        <message>
            <source>%1 in %2 header</source>
            <translation>%1 im Header %2</translation>
        </message>
        <message>
            <source>%1 header</source>
            <translation>Header %1</translation>
        </message>
        <message>
            <source>%1 in answer</source>
            <translation>%1 in der Antwort</translation>
        </message>
        <message>
            <source>User ID in %1</source>
            <translation>Benutzer-ID in %1</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>%1 in another field</source>
            <translation>%1 in einem anderen Feld</translation>
        </message>
        <message>
            <source>cookie values</source>
            <translation>Cookie-Werte</translation>
        </message>
        <message>
            <source>user IDs</source>
            <translation>Benutzer-IDs</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>p_-Werte</translation>
        </message>
        <message>
            <source>credentials</source>
            <translation>Anmeldedaten</translation>
        </message>
        <message>
            <source>cookies sent</source>
            <translation>gesendete Cookies</translation>
        </message>
        <message>
            <source>cookies set</source>
            <translation>gesetzte Cookies</translation>
        </message>
        <message>
            <source>URLs</source>
            <translation>URLs</translation>
        </message>
        <message>
            <source>POST bodies</source>
            <translation>POST-Bodys</translation>
        </message>
        <message>
            <source>headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>redirects</source>
            <translation>Weiterleitungen</translation>
        </message>
        <message>
            <source>other fields</source>
            <translation>andere Felder</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMasker</name>
        <message>
            <source>The capture could not be taken apart for masking (at byte %1), so no masked copy was made.</source>
            <translation>Der Mitschnitt konnte zum Maskieren nicht zerlegt werden (bei Byte %1); es wurde keine maskierte Kopie erstellt.</translation>
        </message>
        <message>
            <source>The demdex value NOTARGET was kept: it says the user opted out and identifies no one.</source>
            <translation>Der demdex-Wert NOTARGET wurde beibehalten: Er besagt, dass der Benutzer ein Opt-out erklärt hat, und identifiziert niemanden.</translation>
        </message>
        <message>
            <source>The masked copy would not be valid JSON, so it was not made.</source>
            <translation>Die maskierte Kopie wäre kein gültiges JSON; sie wurde daher nicht erstellt.</translation>
        </message>
        <message>
            <source>%1 (entry %2)</source>
            <translation>%1 (Eintrag %2)</translation>
        </message>
        <message>
            <source>After masking, %1 was still in the copy, so no masked copy was made. Please report this, with the kind of capture, to the DCS Desk team.</source>
            <translation>Nach dem Maskieren war %1 noch in der Kopie; es wurde daher keine maskierte Kopie erstellt. Bitte melden Sie dies dem DCS-Desk-Team und geben Sie dabei die Art des Mitschnitts an.</translation>
        </message>
        <message>
            <source>a masked value</source>
            <translation>ein maskierter Wert</translation>
        </message>
        <message>
            <source>Masking changed entry %1 (%2 %3): the copy would not list the same calls, so it was not made.</source>
            <translation>Das Maskieren hat Eintrag %1 (%2 %3) verändert: Die Kopie würde nicht dieselben Aufrufe auflisten; sie wurde daher nicht erstellt.</translation>
        </message>
        <message>
            <source>The masked copy could not be read back as the same capture, so it was not made.</source>
            <translation>Die maskierte Kopie ließ sich nicht als derselbe Mitschnitt zurücklesen; sie wurde daher nicht erstellt.</translation>
        </message>
        <message>
            <source>Nothing to mask: the capture holds no cookie values, user IDs, p_ values or credentials.</source>
            <translation>Nichts zu maskieren: Der Mitschnitt enthält keine Cookie-Werte, Benutzer-IDs, p_-Werte oder Anmeldedaten.</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie value(s)</source>
            <translation>
                <numerusform>%n Cookie-Wert</numerusform>
                <numerusform>%n Cookie-Werte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user ID(s)</source>
            <translation>
                <numerusform>%n Benutzer-ID</numerusform>
                <numerusform>%n Benutzer-IDs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n p_ value(s)</source>
            <translation>
                <numerusform>%n p_-Wert</numerusform>
                <numerusform>%n p_-Werte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n Anmeldedaten-Wert</numerusform>
                <numerusform>%n Anmeldedaten-Werte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) masked: %1.</source>
            <translation>
                <numerusform>%n Wert maskiert: %1.</numerusform>
                <numerusform>%n Werte maskiert: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Occurrences in the calls: %n (%1); strings changed in the file: %2.</source>
            <translation>
                <numerusform>%n Fundstelle in den Aufrufen (%1); geänderte Zeichenketten der Datei: %2.</numerusform>
                <numerusform>%n Fundstellen in den Aufrufen (%1); geänderte Zeichenketten der Datei: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HeaderTableWidget</name>
        <message>
            <source>HTTP he&amp;aders</source>
            <translation>H&amp;TTP-Header</translation>
        </message>
        <message>
            <source>HTTP headers</source>
            <translation>HTTP-Header</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Header name refused: %1</source>
            <translation>Header-Name abgelehnt: %1</translation>
        </message>
        <message>
            <source>Header value refused: %1</source>
            <translation>Header-Wert abgelehnt: %1</translation>
        </message>
        <message>
            <source>Default &amp;headers</source>
            <translation>Stan&amp;dard-Header</translation>
        </message>
        <message>
            <source>Default headers</source>
            <translation>Standard-Header</translation>
        </message>
        <message>
            <source>Sent with every call of this profile, after Host and User-Agent. A request's own header of the same name replaces it. Uncheck a row to keep it without sending it.</source>
            <translation>Diese Header werden mit jedem Aufruf dieses Profils gesendet, nach Host und User-Agent. Ein eigener Header der Anfrage mit demselben Namen ersetzt den jeweiligen Standard-Header. Wählen Sie eine Zeile ab, um sie zu behalten, ohne sie zu senden.</translation>
        </message>
        <message>
            <source>Sent after Host, User-Agent and the profile's default headers, in this order. Uncheck a row to keep it without sending it.</source>
            <translation>Diese Header werden nach Host, User-Agent und den Standard-Headern des Profils gesendet, in dieser Reihenfolge. Wählen Sie eine Zeile ab, um sie zu behalten, ohne sie zu senden.</translation>
        </message>
        <message>
            <source>Also sent, from the profile “%1”: %2. A row here with the same name replaces it.</source>
            <translation>Außerdem werden aus dem Profil „%1“ gesendet: %2. Eine Zeile hier mit demselben Namen ersetzt den jeweiligen Header.</translation>
        </message>
        <message>
            <source>Row %1 has a value but no name: a header needs a name to be sent.</source>
            <translation>Zeile %1 hat einen Wert, aber keinen Namen: Ein Header wird nur mit Namen gesendet.</translation>
        </message>
        <message>
            <source>Add Header</source>
            <translation>Header hinzufügen</translation>
        </message>
        <message>
            <source>Remove Header</source>
            <translation>Header entfernen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryCompareDialog</name>
        <message>
            <source>Compare calls</source>
            <translation>Aufrufe vergleichen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Differences between the two calls</source>
            <translation>Unterschiede zwischen den beiden Aufrufen</translation>
        </message>
        <message>
            <source>Only &amp;differences</source>
            <translation>Nur &amp;Unterschiede</translation>
        </message>
        <message>
            <source>≠ %1</source>
            <translation>≠ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differ.</source>
            <translation>
                <numerusform>%n Feld unterscheidet sich.</numerusform>
                <numerusform>%n Felder unterscheiden sich.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryComparison</name>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Server-Adresse</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>Failure</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Body size</source>
            <translation>Body-Größe</translation>
        </message>
        <message>
            <source>Cookie %1</source>
            <translation>Cookie %1</translation>
        </message>
        <message>
            <source>URL destination %1</source>
            <translation>URL-Ziel %1</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Fehlercodes</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Dekodiert</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryEntry</name>
        <message>
            <source>Batch</source>
            <translation>Stapellauf</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Too large</source>
            <translation>Zu groß</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>TLS-Fehler</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Netzwerkfehler</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): %1 answered, %2 with DCS errors, %3 failed</source>
            <translation>
                <numerusform>%n Zeile: %1 beantwortet, %2 mit DCS-Fehlern, %3 fehlgeschlagen</numerusform>
                <numerusform>%n Zeilen: %1 beantwortet, %2 mit DCS-Fehlern, %3 fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · p50 %2 · p95 %3 · p99 %4</source>
            <translation>%1 · p50 %2 · p95 %3 · p99 %4</translation>
        </message>
        <message>
            <source>%1 (first %2 kept)</source>
            <translation>%1 (davon die ersten %2 gespeichert)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>%1 · environment %2</source>
            <translation>%1 · Umgebung %2</translation>
        </message>
        <message>
            <source>%1 · tags %2</source>
            <translation>%1 · Tags %2</translation>
        </message>
        <message>
            <source>%1 · stopped at the first failure</source>
            <translation>%1 · beim ersten Fehler angehalten</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n not sent</source>
            <translation>
                <numerusform>%1 · %n nicht gesendet</numerusform>
                <numerusform>%1 · %n nicht gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>%1 · canceled</source>
            <translation>%1 · abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryListModel</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Fehlercodes</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n Benutzer</numerusform>
                <numerusform>%n Benutzer</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>%1 (Host %2)</source>
            <translation>%1 (Host %2)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Server</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage</numerusform>
                <numerusform>%n gespeicherte Anfragen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryStore</name>
        <message>
            <source>Cannot read the history file %1: %2. New calls are not recorded until it can be read.</source>
            <translation>Die Verlaufsdatei %1 kann nicht gelesen werden: %2. Neue Aufrufe werden erst aufgezeichnet, wenn sie lesbar ist.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The call is kept until DCS Desk closes.</source>
            <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden: %2. Der Aufruf bleibt erhalten, bis DCS Desk beendet wird.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The previous file is unchanged.</source>
            <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryView</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Search: uuid:…, alias:…, status:200, error:171 or any text</source>
            <translation>Suche: uuid:…, alias:…, status:200, error:171 oder beliebiger Text</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Verlauf durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected call (Delete)</source>
            <translation>Ausgewählten Aufruf löschen (Entf)</translation>
        </message>
        <message>
            <source>Keep p_ values in history</source>
            <translation>p_-Werte im Verlauf behalten</translation>
        </message>
        <message>
            <source>p_ values are private: by default they are masked before a call is stored</source>
            <translation>p_-Werte sind privat: Standardmäßig werden sie maskiert, bevor ein Aufruf gespeichert wird</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n call(s)</source>
            <translation>
                <numerusform>%1 von %n Aufruf</numerusform>
                <numerusform>%1 von %n Aufrufen</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>Verlauf löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n call(s) from the history? This cannot be undone.</source>
            <translation>
                <numerusform>%n Aufruf aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>Alle %n Aufrufe aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Vergleichen…</translation>
        </message>
        <message>
            <source>Select two calls (Ctrl+click) to see them side by side</source>
            <translation>Wählen Sie zwei Aufrufe (Strg+Klick), um sie nebeneinander zu sehen</translation>
        </message>
        <message>
            <source>No calls yet</source>
            <translation>Noch keine Aufrufe</translation>
        </message>
        <message>
            <source>Every call you send from the Console is kept here, newest first, and so is the summary of every batch run. Open a call again in the Console, compare two side by side, or search by user ID, alias, status or error code.</source>
            <translation>Jeder Aufruf, den Sie aus der Konsole senden, wird hier aufbewahrt, der neueste zuerst, ebenso die Zusammenfassung jedes Stapellaufs. Öffnen Sie einen Aufruf erneut in der Konsole, vergleichen Sie zwei nebeneinander, oder suchen Sie nach Benutzer-ID, Alias, Status oder Fehlercode.</translation>
        </message>
        <message>
            <source>uuid:, alias:, status: and error: search one field; any other word searches the whole call</source>
            <translation>uuid:, alias:, status: und error: durchsuchen jeweils ein Feld; jedes andere Wort durchsucht den ganzen Aufruf</translation>
        </message>
        <message>
            <source>Go to the Console</source>
            <translation>Zur Konsole</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>In der Konsole ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Clear &amp;All…</source>
            <translation>Alle lös&amp;chen…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HttpServer</name>
        <message>
            <source>Refusing to listen on %1: the sandbox serves your workspace and listens on loopback (127.0.0.1) only, unless you allow remote access explicitly.</source>
            <translation>Die Sandbox lauscht nicht auf %1: Sie stellt Ihren Arbeitsbereich bereit und lauscht daher nur auf der Loopback-Adresse (127.0.0.1), es sei denn, Sie erlauben den Fernzugriff ausdrücklich.</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2: %3</source>
            <translation>Die Sandbox kann nicht auf %1, Port %2 lauschen: %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportCollectionCommand</name>
        <message>
            <source>Import the DCS calls of a Postman v2.1 or Bruno collection as saved requests, with a result per request (--dry-run changes nothing).</source>
            <translation>Die DCS-Aufrufe einer Postman-v2.1- oder Bruno-Sammlung als gespeicherte Anfragen importieren, mit einem Ergebnis je Anfrage (--dry-run ändert nichts).</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>Sammlung</translation>
        </message>
        <message>
            <source>A Postman Collection v2.1 file, or a Bruno collection folder (or its bruno.json).</source>
            <translation>Eine Datei im Format Postman Collection v2.1 oder ein Bruno-Sammlungsordner (oder dessen bruno.json).</translation>
        </message>
        <message>
            <source>FILE|DIR</source>
            <translation>DATEI|ORDNER</translation>
        </message>
        <message>
            <source>The workspace file that gets the saved requests.</source>
            <translation>Die Arbeitsbereichsdatei, die die gespeicherten Anfragen erhält.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
        <message>
            <source>The saved-request folder to put them in, parts separated by / (default: the collection's name; "" for none).</source>
            <translation>Der Ordner der gespeicherten Anfragen, in dem sie abgelegt werden, Teile getrennt durch / (Standard: der Name der Sammlung; "" für keinen).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Show what would be imported and write nothing.</source>
            <translation>Anzeigen, was importiert würde, und nichts schreiben.</translation>
        </message>
        <message>
            <source>Use: import-collection FILE|DIR --into WORKSPACE [--folder PATH] [--dry-run].</source>
            <translation>Aufruf: import-collection DATEI|ORDNER --into ARBEITSBEREICH [--folder PFAD] [--dry-run].</translation>
        </message>
        <message>
            <source>Import collection %1</source>
            <translation>Sammlung %1 importieren</translation>
        </message>
        <message numerus="yes">
            <source>%1 “%2”: %n request(s).</source>
            <translation>
                <numerusform>%1 „%2“: %n Anfrage.</numerusform>
                <numerusform>%1 „%2“: %n Anfragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 gespeichert; die vorherige Datei bleibt als Sicherungskopie erhalten.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Nichts zu importieren.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReport</name>
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
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unverändert</numerusform>
                <numerusform>%n unverändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>Added</source>
            <comment>segments</comment>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Added</source>
            <comment>mappings</comment>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>segments</comment>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>mappings</comment>
            <translation>Aktualisiert</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n hinzugefügt</numerusform>
                <numerusform>%n hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n hinzugefügt</numerusform>
                <numerusform>%n hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message>
            <source>Show only rows with &amp;errors</source>
            <translation>Nur Zeilen mit &amp;Fehlern anzeigen</translation>
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
                <numerusform>%n Zeile mit Fehlern überspringen und den Rest importieren</numerusform>
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
            <translation>%1. Noch hat sich nichts geändert. Korrigieren Sie die Zeilen mit Fehlern in der Datei und importieren Sie die Datei erneut, oder überspringen Sie die Zeilen.</translation>
        </message>
        <message>
            <source>%1. Nothing to import: the workspace already matches the file.</source>
            <translation>%1. Nichts zu importieren: Der Arbeitsbereich entspricht bereits der Datei.</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet; Import applies it as one step you can undo.</source>
            <translation>%1. Noch hat sich nichts geändert; beim Importieren wird alles in einem Schritt übernommen, den Sie rückgängig machen können.</translation>
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
        <name>dcsdesk::InputFile</name>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 existiert nicht. Prüfen Sie Dateinamen und Ordner.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file inside it.</source>
            <translation>%1 ist ein Ordner. Wählen Sie eine Datei darin.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. Save what it holds to a file and choose that; for a pipe, use - to read standard input.</source>
            <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und wurde daher nicht gelesen. Speichern Sie den Inhalt in einer Datei und wählen Sie diese; bei einer Pipe geben Sie - an, um die Standardeingabe zu lesen.</translation>
        </message>
        <message>
            <source>The input holds more than %1, the most this command reads; nothing was done.</source>
            <translation>Die Eingabe umfasst mehr als %1, die Obergrenze für diesen Befehl; es wurde nichts verarbeitet.</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 a file of this kind may have.</source>
            <translation>%1 ist %2 groß, mehr als die %3, die eine Datei dieser Art haben darf.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2. Check that you may read it.</source>
            <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>%1 grew past %2 while it was read; nothing was done.</source>
            <translation>%1 ist beim Lesen über %2 gewachsen; es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::JsonGrammar</name>
        <message>
            <source>more text after the end of the JSON value</source>
            <translation>weiterer Text nach dem Ende des JSON-Werts</translation>
        </message>
        <message>
            <source>unexpected character (true, false and null are the only words JSON knows)</source>
            <translation>unerwartetes Zeichen (true, false und null sind die einzigen Wörter, die JSON kennt)</translation>
        </message>
        <message>
            <source>the text ends where a value should be</source>
            <translation>der Text endet, wo ein Wert stehen sollte</translation>
        </message>
        <message>
            <source>unexpected character where a value should be</source>
            <translation>unerwartetes Zeichen, wo ein Wert stehen sollte</translation>
        </message>
        <message>
            <source>nested too deeply</source>
            <translation>zu tief verschachtelt</translation>
        </message>
        <message>
            <source>a key in double quotes was expected (no trailing comma before })</source>
            <translation>ein Schlüssel in doppelten Anführungszeichen wurde erwartet (kein Komma vor })</translation>
        </message>
        <message>
            <source>a colon was expected after the key</source>
            <translation>nach dem Schlüssel wurde ein Doppelpunkt erwartet</translation>
        </message>
        <message>
            <source>the text ends inside an object</source>
            <translation>der Text endet innerhalb eines Objekts</translation>
        </message>
        <message>
            <source>a comma or } was expected</source>
            <translation>ein Komma oder } wurde erwartet</translation>
        </message>
        <message>
            <source>a value was expected (no trailing comma before ])</source>
            <translation>ein Wert wurde erwartet (kein Komma vor ])</translation>
        </message>
        <message>
            <source>the text ends inside a list</source>
            <translation>der Text endet innerhalb einer Liste</translation>
        </message>
        <message>
            <source>a comma or ] was expected</source>
            <translation>ein Komma oder ] wurde erwartet</translation>
        </message>
        <message>
            <source>a digit was expected</source>
            <translation>eine Ziffer wurde erwartet</translation>
        </message>
        <message>
            <source>a number cannot start with 0 followed by digits</source>
            <translation>eine Zahl darf nicht mit 0 und weiteren Ziffern beginnen</translation>
        </message>
        <message>
            <source>a digit was expected after the decimal point</source>
            <translation>nach dem Dezimalpunkt wurde eine Ziffer erwartet</translation>
        </message>
        <message>
            <source>a digit was expected in the exponent</source>
            <translation>im Exponenten wurde eine Ziffer erwartet</translation>
        </message>
        <message>
            <source>invalid UTF-8 (the file must be saved as UTF-8)</source>
            <translation>ungültiges UTF-8 (die Datei muss als UTF-8 gespeichert sein)</translation>
        </message>
        <message>
            <source>the text ends inside a string (a closing " is missing)</source>
            <translation>der Text endet innerhalb einer Zeichenkette (das schließende " fehlt)</translation>
        </message>
        <message>
            <source>a control character (such as a tab or a line break) inside a string must be written as an escape, e.g. \t or \n</source>
            <translation>ein Steuerzeichen (etwa ein Tabulator oder Zeilenumbruch) in einer Zeichenkette muss als Escape geschrieben werden, z. B. \t oder \n</translation>
        </message>
        <message>
            <source>the text ends inside an escape</source>
            <translation>der Text endet innerhalb einer Escape-Sequenz</translation>
        </message>
        <message>
            <source>\u must be followed by four hex digits</source>
            <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
        </message>
        <message>
            <source>\%1 is not a JSON escape (a backslash itself is written \\)</source>
            <translation>\%1 ist kein JSON-Escape (ein Backslash selbst wird \\ geschrieben)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::KeychainSecretStore</name>
        <message>
            <source>no D-Bus session bus</source>
            <translation>kein D-Bus-Sitzungsbus</translation>
        </message>
        <message>
            <source>no Secret Service (org.freedesktop.secrets) on the session bus</source>
            <translation>kein Secret Service (org.freedesktop.secrets) auf dem Sitzungsbus</translation>
        </message>
        <message>
            <source>no keychain service is running</source>
            <translation>es läuft kein Schlüsselbunddienst</translation>
        </message>
        <message>
            <source>the request to the keychain was declined</source>
            <translation>die Anfrage an den Schlüsselbund wurde abgelehnt</translation>
        </message>
        <message>
            <source>the keychain refused access; it may be locked</source>
            <translation>der Schlüsselbund hat den Zugriff verweigert; er ist vielleicht gesperrt</translation>
        </message>
        <message>
            <source>the keychain could not delete the value</source>
            <translation>der Schlüsselbund konnte den Wert nicht löschen</translation>
        </message>
        <message>
            <source>this system's keychain cannot do this</source>
            <translation>der Schlüsselbund dieses Systems unterstützt das nicht</translation>
        </message>
        <message>
            <source>the keychain failed without saying why</source>
            <translation>im Schlüsselbund ist ein Fehler ohne Angabe von Gründen aufgetreten</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2</source>
            <translation>%1 – QtKeychain-Fehler %2</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2: %3</source>
            <translation>%1 – QtKeychain-Fehler %2: %3</translation>
        </message>
        <message>
            <source>no D-Bus session bus, the system says “%1”</source>
            <translation>kein D-Bus-Sitzungsbus, Meldung des Systems: „%1“</translation>
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
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>%1[*] — DCS Desk</source>
            <translation>%1[*] – DCS Desk</translation>
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
            <translation>&amp;Einfügen</translation>
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
            <translation>&amp;Über DCS Desk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Validation of the whole workspace. Click for the list.</source>
            <translation>Validierung des gesamten Arbeitsbereichs. Klicken Sie hier, um die Liste anzuzeigen.</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <source>%1[*] (read-only) — DCS Desk</source>
            <translation>%1[*] (schreibgeschützt) – DCS Desk</translation>
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
            <source>Opened %1.</source>
            <translation>%1 geöffnet.</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Stapellauf</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>%1[*] (%2, read-only) — DCS Desk</source>
            <translation>%1[*] (%2, schreibgeschützt) – DCS Desk</translation>
        </message>
        <message>
            <source>%1[*] (%2) — DCS Desk</source>
            <translation>%1[*] (%2) – DCS Desk</translation>
        </message>
        <message>
            <source>&amp;Destinations from AAM REST JSON…</source>
            <translation>&amp;Ziele aus AAM-REST-JSON…</translation>
        </message>
        <message>
            <source>Reads URL, cookie and server-to-server destinations, with their segment mappings when the file has them, from a JSON file in the format of Audience Manager's REST API (one destination or a list). You review every change before it is made.</source>
            <translation>Liest URL-, Cookie- und Server-zu-Server-Ziele aus einer JSON-Datei im Format der REST-API von Audience Manager (ein Ziel oder eine Liste), samt ihren Segmentzuordnungen, sofern die Datei sie enthält. Sie prüfen jede Änderung, bevor sie ausgeführt wird.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings from CSV (Selected Destination)…</source>
            <translation>Se&amp;gmentzuordnungen aus CSV (ausgewähltes Ziel)…</translation>
        </message>
        <message>
            <source>Reads segment mappings for the destination selected in Destinations from a CSV file with the columns Segment ID, Mapping Value, Start Date and End Date (and Second Value and Priority for cookies). You see the result of every row before anything changes.</source>
            <translation>Liest Segmentzuordnungen für das unter „Ziele“ ausgewählte Ziel aus einer CSV-Datei mit den Spalten Segment ID, Mapping Value, Start Date und End Date (bei Cookies auch Second Value und Priority). Sie sehen das Ergebnis jeder Zeile, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>&amp;Segments from CSV…</source>
            <translation>&amp;Segmente aus CSV…</translation>
        </message>
        <message>
            <source>Segments from AAM REST &amp;JSON…</source>
            <translation>Segmente aus AAM-REST-&amp;JSON…</translation>
        </message>
        <message>
            <source>&amp;Destinations as AAM REST JSON…</source>
            <translation>&amp;Ziele als AAM-REST-JSON…</translation>
        </message>
        <message>
            <source>Writes the destinations you choose, with or without their mappings, as JSON in the format of Audience Manager's REST API.</source>
            <translation>Schreibt die Ziele Ihrer Wahl, mit oder ohne ihre Zuordnungen, als JSON im Format der REST-API von Audience Manager.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings as CSV (Selected Destination)…</source>
            <translation>Se&amp;gmentzuordnungen als CSV (ausgewähltes Ziel)…</translation>
        </message>
        <message>
            <source>Writes the segment mappings of the destination selected in Destinations to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Schreibt die Segmentzuordnungen des unter „Ziele“ ausgewählten Ziels in eine CSV-Datei, die sich in einer Tabellenkalkulation öffnen und mit „Importieren“ wieder einlesen lässt.</translation>
        </message>
        <message>
            <source>&amp;Segments as CSV…</source>
            <translation>&amp;Segmente als CSV…</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>How to do each task, step by step, with pictures (%1)</source>
            <translation>Schritt-für-Schritt-Anleitungen mit Bildern für jede Aufgabe (%1)</translation>
        </message>
        <message>
            <source>Every shortcut of the window in one list</source>
            <translation>Alle Tastenkürzel des Fensters in einer Liste</translation>
        </message>
        <message>
            <source>Captures</source>
            <translation>Mitschnitte</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Postman Collection…</source>
            <translation>Gespeicherte Anfragen aus &amp;Postman-Sammlung…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Postman Collection v2.1 export as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Liest die DCS-Aufrufe eines Postman-Collection-v2.1-Exports als gespeicherte Anfragen in Ordnern ein. Sie sehen, was übernommen, geändert oder übersprungen wird, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Bruno Collection…</source>
            <translation>Gespeicherte Anfragen aus &amp;Bruno-Sammlung…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Bruno collection (choose its bruno.json) as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Liest die DCS-Aufrufe einer Bruno-Sammlung (wählen Sie ihre bruno.json) als gespeicherte Anfragen in Ordnern ein. Sie sehen, was übernommen, geändert oder übersprungen wird, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>&amp;Color Scheme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <extracomment>Keyboard shortcuts, Where column: the menu an action is in (%1 is its title, "File")</extracomment>
            <translation>Menü „%1“</translation>
        </message>
        <message>
            <source>%1 view</source>
            <extracomment>Keyboard shortcuts, Where column: the view an action works in (%1: "Segments")</extracomment>
            <translation>Ansicht „%1“</translation>
        </message>
        <message>
            <source>Reads segments into the catalog from a CSV file with the columns Segment ID, Name, Integration Code, Status, Rule and Description. Segments with a known ID are updated; you see the result of every row before anything changes.</source>
            <translation>Liest Segmente aus einer CSV-Datei mit den Spalten Segment ID, Name, Integration Code, Status, Rule und Description in den Katalog ein. Segmente mit bekannter ID werden aktualisiert; Sie sehen das Ergebnis jeder Zeile, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>Reads the segment list that Audience Manager's REST API returns (a JSON file saved from GET /v1/segments) into the catalog. You see the result of every segment before anything changes.</source>
            <translation>Liest die Segmentliste, die die REST-API von Audience Manager liefert (eine aus GET /v1/segments gespeicherte JSON-Datei), in den Katalog ein. Sie sehen das Ergebnis für jedes Segment, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>Writes the whole segment catalog to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Schreibt den ganzen Segmentkatalog in eine CSV-Datei, die sich in einer Tabellenkalkulation öffnen und mit „Importieren“ wieder einlesen lässt.</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the menu after a comma ("Edit view, File menu"), where a language may write it in lower case</extracomment>
            <translation>Menü „%1“</translation>
        </message>
        <message>
            <source>%1 view</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the view after a comma ("Destinations view, Segments view"), where a language may write it in lower case</extracomment>
            <translation>Ansicht „%1“</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingColumnHelp</name>
        <message>
            <source>The mapping value: what the destination receives for the segment.</source>
            <translation>Der Zuordnungswert: was das Ziel für das Segment erhält.</translation>
        </message>
        <message>
            <source>Alias: the value that takes the place of %ALIAS% in the destination's URL for this segment, usually the segment ID or the partner's code. Example: 1005</source>
            <translation>Alias: der Wert, der für dieses Segment an die Stelle von %ALIAS% in der URL des Ziels tritt, meist die Segment-ID oder der Code des Partners. Beispiel: 1005</translation>
        </message>
        <message>
            <source>URL: the pixel address called when a user qualifies for this segment. Example: https://partner.example.com/px?seg=1005</source>
            <translation>URL: die Pixel-Adresse, die aufgerufen wird, wenn sich ein Benutzer für dieses Segment qualifiziert. Beispiel: https://partner.example.com/px?seg=1005</translation>
        </message>
        <message>
            <source>Key: the key this segment writes in the cookie; its value is in the next column. Example: sport</source>
            <translation>Schlüssel: der Schlüssel, den dieses Segment in das Cookie schreibt; sein Wert steht in der nächsten Spalte. Beispiel: sport</translation>
        </message>
        <message>
            <source>Value: the value this segment gives the cookie's key. Example: 1005, which gives seg=1005</source>
            <translation>Wert: der Wert, den dieses Segment dem Schlüssel des Cookies gibt. Beispiel: 1005 ergibt seg=1005</translation>
        </message>
        <message>
            <source>Alias: the value the partner receives for this segment. Example: 1005</source>
            <translation>Alias: der Wert, den der Partner für dieses Segment erhält. Beispiel: 1005</translation>
        </message>
        <message>
            <source>Value: the value of the key for this segment. Example: golf, which gives sport=golf</source>
            <translation>Wert: der Wert des Schlüssels für dieses Segment. Beispiel: golf ergibt sport=golf</translation>
        </message>
        <message>
            <source>Start date: the first day the segment is sent to the destination. Required.</source>
            <translation>Startdatum: der erste Tag, an dem das Segment an das Ziel gesendet wird. Pflichtfeld.</translation>
        </message>
        <message>
            <source>End date: the last day the segment is sent. Never: it is sent until you set a date. A segment can have several flights, each a mapping with its own dates.</source>
            <translation>Enddatum: der letzte Tag, an dem das Segment gesendet wird. Nie: Es wird gesendet, bis Sie ein Datum setzen. Ein Segment kann mehrere Zeiträume haben, jeder eine eigene Zuordnung mit eigenem Start- und Enddatum.</translation>
        </message>
        <message>
            <source>Priority: the order of the segments in the cookie; 1 is written first, None last. Example: 1</source>
            <translation>Priorität: die Reihenfolge der Segmente im Cookie; 1 wird zuerst geschrieben, „Keine“ zuletzt. Beispiel: 1</translation>
        </message>
        <message>
            <source>What needs a look: expired, not started yet (future), duplicate, overlapping flights, unknown segment or a value the destination refuses. Point at a row for the details.</source>
            <translation>Was geprüft werden sollte: abgelaufen, noch nicht begonnen, doppelt, sich überschneidende Zeiträume, unbekanntes Segment oder ein Wert, den das Ziel ablehnt. Zeigen Sie auf eine Zeile, um die Einzelheiten zu sehen.</translation>
        </message>
        <message>
            <source>Segment ID: the mapped segment, by its ID in the catalog. Type another ID to map another segment. Example: 1005</source>
            <translation>Segment-ID: das zugeordnete Segment, angegeben durch seine ID im Katalog. Geben Sie eine andere ID ein, um ein anderes Segment zuzuordnen. Beispiel: 1005</translation>
        </message>
        <message>
            <source>The segment's name in the catalog; change it in the Segments view.</source>
            <translation>Der Name des Segments im Katalog; ändern Sie ihn in der Ansicht „Segmente“.</translation>
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
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Enddatum</translation>
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
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>Die erste Zeile muss die Spalten benennen; es fehlen: %1. Erwartet werden die Spalten: %2 (Trennzeichen Komma oder Semikolon).</translation>
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
            <source>Fields in this row: %1, in the header: %2. Check for a missing or extra %3.</source>
            <translation>Felder in dieser Zeile: %1, in der Kopfzeile: %2. Prüfen Sie, ob ein %3 fehlt oder zu viel ist.</translation>
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
            <source>The start date is empty; use YYYY-MM-DD, for example %1.</source>
            <translation>Das Startdatum ist leer; verwenden Sie JJJJ-MM-TT, zum Beispiel %1.</translation>
        </message>
        <message>
            <source>The start date “%1” is not a date; use YYYY-MM-DD, for example %2.</source>
            <translation>Das Startdatum „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT, zum Beispiel %2.</translation>
        </message>
        <message>
            <source>The end date “%1” is not a date; use YYYY-MM-DD, or leave it empty for a mapping that never ends.</source>
            <translation>Das Enddatum „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT oder lassen Sie es für eine Zuordnung ohne Ende leer.</translation>
        </message>
        <message>
            <source>The priority “%1” is not a whole number from 1 up; leave it empty for none.</source>
            <translation>Die Priorität „%1“ ist keine ganze Zahl ab 1; lassen Sie das Feld leer, wenn es keine Priorität geben soll.</translation>
        </message>
        <message>
            <source>Only cookie destinations have a priority; leave it empty for %1.</source>
            <translation>Nur Cookie-Ziele haben eine Priorität; lassen Sie sie für das Ziel „%1“ leer.</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Nur Cookie-Ziele mit mehreren Schlüsseln verwenden einen zweiten Wert; lassen Sie ihn für das Ziel „%1“ leer.</translation>
        </message>
        <message>
            <source>Same as line %1: the row is duplicated. Delete one of them.</source>
            <translation>Identisch mit Zeile %1: Die Zeile ist doppelt vorhanden. Löschen Sie eine der beiden.</translation>
        </message>
        <message>
            <source>Line %1 already maps segment %2 to this destination from %3. Keep one of the two rows or give them different start dates.</source>
            <translation>Zeile %1 ordnet Segment %2 bereits ab %3 diesem Ziel zu. Behalten Sie eine der beiden Zeilen oder geben Sie ihnen verschiedene Startdaten.</translation>
        </message>
        <message>
            <source>New mapping.</source>
            <translation>Neue Zuordnung.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a value in quotation marks</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog. Add or import it there first.</source>
            <translation>Segment %1 ist nicht im Segmentkatalog. Legen Sie es dort zuerst an oder importieren Sie es.</translation>
        </message>
        <message>
            <source>value: %1 → %2</source>
            <translation>Wert: %1 → %2</translation>
        </message>
        <message>
            <source>second value: %1 → %2</source>
            <translation>Zweiter Wert: %1 → %2</translation>
        </message>
        <message>
            <source>start date: %1 → %2</source>
            <translation>Startdatum: %1 → %2</translation>
        </message>
        <message>
            <source>end date: %1 → %2</source>
            <translation>Enddatum: %1 → %2</translation>
        </message>
        <message>
            <source>priority: %1 → %2</source>
            <translation>Priorität: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>Segmente &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Bulk Edit…</source>
            <translation>&amp;Sammelbearbeitung…</translation>
        </message>
        <message>
            <source>Set the value, dates or priority of the selected mappings at once (Ctrl+E)</source>
            <translation>Wert, Datumsangaben oder Priorität der ausgewählten Zuordnungen auf einmal setzen (Strg+E)</translation>
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
            <source>Filter by segment, ID or value (Ctrl+F)</source>
            <translation>Nach Segment, ID oder Wert filtern (Strg+F)</translation>
        </message>
        <message>
            <source>Select a destination to see and edit its segment mappings.</source>
            <translation>Wählen Sie ein Ziel, um seine Segmentzuordnungen anzuzeigen und zu bearbeiten.</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Segmentzuordnungen</translation>
        </message>
        <message>
            <source>Show only active, expired, not yet started or flagged mappings</source>
            <translation>Nur aktive, abgelaufene, noch nicht begonnene oder markierte Zuordnungen anzeigen</translation>
        </message>
        <message>
            <source>serialized URL</source>
            <translation>serialisierte URL</translation>
        </message>
        <message>
            <source>URL, one pixel per segment</source>
            <translation>URL, ein Pixel je Segment</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n shown by the filter</source>
            <translation>
                <numerusform>%1 – %n vom Filter angezeigt</numerusform>
                <numerusform>%1 – %n vom Filter angezeigt</numerusform>
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
        <message>
            <source>%1 · %2 · %3 · %4 · %5</source>
            <translation>%1 · %2 · %3 · %4 · %5</translation>
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
            <source>%n not started</source>
            <translation>
                <numerusform>%n noch nicht begonnen</numerusform>
                <numerusform>%n noch nicht begonnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flagged</source>
            <translation>
                <numerusform>%n markiert</numerusform>
                <numerusform>%n markiert</numerusform>
            </translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet</source>
            <translation>Diesem Ziel ist noch kein Segment zugeordnet</translation>
        </message>
        <message>
            <source>Shows only the mappings whose segment ID, segment name or value contains every word you type</source>
            <translation>Zeigt nur die Zuordnungen, deren Segment-ID, Segmentname oder Wert jedes eingegebene Wort enthält</translation>
        </message>
        <message numerus="yes">
            <source>Another flight of a segment already mapped: %n mapping(s). Give each flight its own dates; overlapping ones are flagged.</source>
            <translation>
                <numerusform>Weiterer Zeitraum eines bereits zugeordneten Segments: %n Zuordnung. Geben Sie jedem Zeitraum eigene Start- und Enddaten; sich überschneidende werden markiert.</numerusform>
                <numerusform>Weitere Zeiträume bereits zugeordneter Segmente: %n Zuordnungen. Geben Sie jedem Zeitraum eigene Start- und Enddaten; sich überschneidende werden markiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s)</source>
            <translation>
                <numerusform>%n Zuordnung ausschneiden</numerusform>
                <numerusform>%n Zuordnungen ausschneiden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s): their rows are on the clipboard.</source>
            <translation>
                <numerusform>%n Zuordnung ausgeschnitten: Die Zeile liegt in der Zwischenablage.</numerusform>
                <numerusform>%n Zuordnungen ausgeschnitten: Die Zeilen liegen in der Zwischenablage.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped, so not added again: %1. To add another flight of a mapped segment, use Add Segments with “Allow another flight of mapped segments”.</source>
            <translation>Bereits zugeordnet und daher nicht erneut hinzugefügt: %1. Für einen weiteren Zeitraum eines zugeordneten Segments verwenden Sie „Segmente hinzufügen“ mit „Weiteren Zeitraum für zugeordnete Segmente erlauben“.</translation>
        </message>
        <message>
            <source>The clipboard names no segments: paste segment IDs, names or integration codes, one per line.</source>
            <translation>Die Zwischenablage enthält keine Segmente: Fügen Sie Segment-IDs, Namen oder Integrationscodes ein, jeweils einen Eintrag pro Zeile.</translation>
        </message>
        <message>
            <source>Nothing added. %1</source>
            <translation>Nichts hinzugefügt. %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n segment mapping(s)</source>
            <translation>
                <numerusform>%n Segmentzuordnung einfügen</numerusform>
                <numerusform>%n Segmentzuordnungen einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s) from the clipboard.</source>
            <translation>
                <numerusform>%n Zuordnung aus der Zwischenablage hinzugefügt.</numerusform>
                <numerusform>%n Zuordnungen aus der Zwischenablage hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter mappings</source>
            <translation>Zuordnungen filtern</translation>
        </message>
        <message>
            <source>Mapping status</source>
            <translation>Zuordnungsstatus</translation>
        </message>
        <message>
            <source>Segment mappings of %1 — %2</source>
            <translation>Segmentzuordnungen von %1 – %2</translation>
        </message>
        <message>
            <source>A mapping sends a segment to this destination from its start date to its end date. Add segments from the catalog, or import the mappings from a CSV file.</source>
            <translation>Eine Zuordnung sendet ein Segment von ihrem Startdatum bis zu ihrem Enddatum an dieses Ziel. Fügen Sie Segmente aus dem Katalog hinzu, oder importieren Sie die Zuordnungen aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Map segments from the catalog to this destination (Insert)</source>
            <translation>Segmente aus dem Katalog diesem Ziel zuordnen (Einfg)</translation>
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
            <translation>Markiert</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingMerge</name>
        <message>
            <source>The other version changed more than segment mappings (destinations, segments, profiles or settings).</source>
            <translation>Die andere Version hat mehr als nur Segmentzuordnungen geändert (Ziele, Segmente, Profile oder Einstellungen).</translation>
        </message>
        <message>
            <source>Both versions changed the same mappings (ID %1).</source>
            <translation>Beide Versionen haben dieselben Zuordnungen geändert (ID %1).</translation>
        </message>
        <message>
            <source>The other version adds mappings (ID %1) to destinations or segments you deleted here.</source>
            <translation>Die andere Version fügt Zuordnungen (ID %1) zu Zielen oder Segmenten hinzu, die Sie hier gelöscht haben.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) added</source>
            <translation>
                <numerusform>%n Zuordnung hinzugefügt</numerusform>
                <numerusform>%n Zuordnungen hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n geändert</numerusform>
                <numerusform>%n geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n entfernt</numerusform>
                <numerusform>%n entfernt</numerusform>
            </translation>
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
            <translation>noch nicht begonnen</translation>
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
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
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
        <name>dcsdesk::MappingsCommand</name>
        <message>
            <source>Export segment mappings to CSV, or import them from CSV with a result per row (--dry-run changes nothing).</source>
            <translation>Segmentzuordnungen als CSV exportieren oder aus CSV importieren, mit einem Ergebnis je Zeile (--dry-run ändert nichts).</translation>
        </message>
        <message>
            <source>export or import.</source>
            <translation>export oder import.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Die Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The CSV file, or - for standard output/input.</source>
            <translation>Die CSV-Datei oder - für Standardausgabe/-eingabe.</translation>
        </message>
        <message>
            <source>Export: only these destinations (IDs, comma-separated). Import: only rows for this destination are accepted; other rows are errors.</source>
            <translation>Export: nur diese Ziele (IDs, durch Kommas getrennt). Import: Nur Zeilen für dieses Ziel werden angenommen, andere Zeilen gelten als Fehler.</translation>
        </message>
        <message>
            <source>Export: the delimiter, , (default) or ;.</source>
            <translation>Export: das Trennzeichen, , (Standard) oder ;.</translation>
        </message>
        <message>
            <source>Import: show what would change and write nothing.</source>
            <translation>Import: anzeigen, was sich ändern würde, und nichts schreiben.</translation>
        </message>
        <message>
            <source>Use: mappings export|import WORKSPACE FILE.csv (or - for the file).</source>
            <translation>Aufruf: mappings export|import ARBEITSBEREICH DATEI.csv (oder - für die Datei).</translation>
        </message>
        <message>
            <source>--dry-run is for import.</source>
            <translation>--dry-run gilt nur für import.</translation>
        </message>
        <message>
            <source>--delimiter takes , or ;, not “%1”.</source>
            <translation>--delimiter erwartet , oder ;, nicht „%1“.</translation>
        </message>
        <message>
            <source>--destination takes destination IDs separated by commas, such as 12,14.</source>
            <translation>--destination erwartet durch Kommas getrennte Ziel-IDs, etwa 12,14.</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>Der Arbeitsbereich hat kein Ziel %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n mapping(s) to %1.</source>
            <translation>
                <numerusform>%n Zuordnung in %1 geschrieben.</numerusform>
                <numerusform>%n Zuordnungen in %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>--delimiter is for export; import detects it.</source>
            <translation>--delimiter gilt nur für export; import erkennt es selbst.</translation>
        </message>
        <message>
            <source>For import, --destination takes one destination ID.</source>
            <translation>Beim Import erwartet --destination eine einzige Ziel-ID.</translation>
        </message>
        <message>
            <source>Import mappings</source>
            <translation>Zuordnungen importieren</translation>
        </message>
        <message>
            <source>destination %1, segment %2</source>
            <translation>Ziel %1, Segment %2</translation>
        </message>
        <message>
            <source>line %1: %2 (%3): %4</source>
            <translation>Zeile %1: %2 (%3): %4</translation>
        </message>
        <message>
            <source>line %1: %2 (%3)</source>
            <translation>Zeile %1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 gespeichert; die vorherige Datei bleibt als Sicherungskopie erhalten.</translation>
        </message>
        <message>
            <source>Nothing was written: correct the rows with errors and import again.</source>
            <translation>Es wurde nichts geschrieben: Korrigieren Sie die Zeilen mit Fehlern und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nichts zu ändern.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1 is the workspace being exported; writing the CSV there would replace it. Give the CSV another file name.</source>
            <translation>%1 ist der Arbeitsbereich, der exportiert wird; die CSV-Datei dorthin zu schreiben, würde ihn ersetzen. Geben Sie der CSV-Datei einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new or existing CSV file (or - for standard output).</source>
            <translation>%1 ist keine reguläre Datei; geben Sie den Pfad einer neuen oder vorhandenen CSV-Datei an (oder - für die Standardausgabe).</translation>
        </message>
        <message>
            <source>%1 holds JSON, not CSV, and would be replaced by the export. Give the CSV another file name, or delete that file first if it is not needed.</source>
            <translation>%1 enthält JSON, kein CSV, und würde durch den Export ersetzt. Geben Sie der CSV-Datei einen anderen Dateinamen, oder löschen Sie diese Datei zuerst, wenn sie nicht benötigt wird.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to standard output (is the disk full or the pipe closed?); nothing was exported.</source>
            <translation>Die CSV-Datei kann nicht auf die Standardausgabe geschrieben werden (ist der Datenträger voll oder die Pipe geschlossen?); es wurde nichts exportiert.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>export|import</source>
            <translation>export|import</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>FILE.csv|-</source>
            <translation>DATEI.csv|-</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>IDs</translation>
        </message>
        <message>
            <source>char</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>export|import WORKSPACE FILE.csv|-</source>
            <translation>export|import ARBEITSBEREICH DATEI.csv|-</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MaskPreviewDialog</name>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>Save Masked Copy</source>
            <translation>Maskierte Kopie speichern</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Aufruf</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Fundstelle</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Originalwert</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Ersatzwert</translation>
        </message>
        <message>
            <source>Values that will be masked</source>
            <translation>Werte, die maskiert werden</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>%1 is the capture itself; the masked copy must go to another file so the original stays as it is. Choose another name.</source>
            <translation>%1 ist der Mitschnitt selbst; die maskierte Kopie muss in eine andere Datei, damit das Original unverändert bleibt. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>The masked copy could not be saved to %1: %2. Nothing was written; choose another folder.</source>
            <translation>Die maskierte Kopie konnte nicht unter %1 gespeichert werden: %2. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>%1-masked.har</source>
            <translation>%1-maskiert.har</translation>
        </message>
        <message>
            <source>HAR captures (*.har);;All files (*)</source>
            <translation>HAR-Mitschnitte (*.har);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the masked copy to %1 (%2): %n value(s) masked. %3 is unchanged.</source>
            <translation>
                <numerusform>Maskierte Kopie unter %1 gespeichert (%2): %n Wert maskiert. %3 ist unverändert.</numerusform>
                <numerusform>Maskierte Kopie unter %1 gespeichert (%2): %n Werte maskiert. %3 ist unverändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>A copy of “%1” for a support ticket: cookie values, user IDs, p_ values and credentials are replaced by tokens, one per value, so the calls still match. Check what will be replaced, then save the copy. The capture itself is not changed.</source>
            <translation>Eine Kopie von „%1“ für ein Support-Ticket: Cookie-Werte, Benutzer-IDs, p_-Werte und Anmeldedaten werden durch Platzhalter ersetzt, einer pro Wert, sodass die Aufrufe weiter zusammenpassen. Prüfen Sie, was ersetzt wird, und speichern Sie dann die Kopie. Der Mitschnitt selbst wird nicht verändert.</translation>
        </message>
        <message>
            <source>No masked copy can be made of “%1”: %2</source>
            <translation>Von „%1“ kann keine maskierte Kopie erstellt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::NoticeLine</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Diesen Hinweis ausblenden</translation>
        </message>
        <message>
            <source>Hide notice</source>
            <translation>Hinweis ausblenden</translation>
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
        <name>dcsdesk::ProfileDialog</name>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profilname</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Domain-Alias</translation>
        </message>
        <message>
            <source>alias of &lt;alias&gt;.demdex.net</source>
            <translation>Alias von &lt;Alias&gt;.demdex.net</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Lokale Sandbox (offline)</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>Eigene Basis-URL</translation>
        </message>
        <message>
            <source>optional, e.g. http://127.0.0.1:8080</source>
            <translation>optional, z. B. http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>Default user ID</source>
            <translation>Standard-Benutzer-ID</translation>
        </message>
        <message>
            <source>Default user ID kind</source>
            <translation>Art der Standard-Benutzer-ID</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>Org-ID</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>A&amp;lias:</source>
            <translation>A&amp;lias:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>&amp;Custom base URL:</source>
            <translation>&amp;Eigene Basis-URL:</translation>
        </message>
        <message>
            <source>Default &amp;user ID:</source>
            <translation>Standard-&amp;Benutzer-ID:</translation>
        </message>
        <message>
            <source>User ID &amp;kind:</source>
            <translation>&amp;Art der Benutzer-ID:</translation>
        </message>
        <message>
            <source>&amp;Org ID:</source>
            <translation>&amp;Org-ID:</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>New profile %1</source>
            <translation>Neues Profil %1</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Profil %1 hinzufügen</translation>
        </message>
        <message>
            <source>The last profile cannot be removed: the console needs one.</source>
            <translation>Das letzte Profil kann nicht entfernt werden: Die Konsole benötigt eines.</translation>
        </message>
        <message>
            <source>Remove profile %1</source>
            <translation>Profil %1 entfernen</translation>
        </message>
        <message>
            <source>Names must be unique and not empty.</source>
            <translation>Namen müssen eindeutig und nicht leer sein.</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA-Datei</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Pinned server key</source>
            <translation>Gepinnter Server-Schlüssel</translation>
        </message>
        <message>
            <source>Connect to the profile's https address, show its certificate and trust its key for this profile only</source>
            <translation>Mit der https-Adresse des Profils verbinden, ihr Zertifikat anzeigen und ihrem Schlüssel nur für dieses Profil vertrauen</translation>
        </message>
        <message>
            <source>CA &amp;file:</source>
            <translation>&amp;CA-Datei:</translation>
        </message>
        <message>
            <source>&amp;Pinned key:</source>
            <translation>&amp;Gepinnter Schlüssel:</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>CA-Zertifikate</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The profile does not send over https (its target is %1), so there is no certificate to pin.</source>
            <translation>Das Profil sendet nicht über https (sein Server ist %1), es gibt also kein Zertifikat zum Pinnen.</translation>
        </message>
        <message>
            <source>the local sandbox</source>
            <translation>die lokale Sandbox</translation>
        </message>
        <message>
            <source>No certificate came from %1: %2</source>
            <translation>%1 hat kein Zertifikat geliefert: %2</translation>
        </message>
        <message>
            <source>%1 presents a certificate for %2, valid until %3.

Its key: %4

%5Trust this key for this profile? Calls of the profile then accept this server, and no other key, whoever signed its certificate.</source>
            <translation>%1 legt ein Zertifikat für %2 vor, gültig bis %3.

Sein Schlüssel: %4

%5Diesem Schlüssel für dieses Profil vertrauen? Aufrufe des Profils akzeptieren dann diesen Server und keinen anderen Schlüssel, gleich, wer sein Zertifikat signiert hat.</translation>
        </message>
        <message>
            <source>What the system's check says: %1

</source>
            <translation>Was die Prüfung des Systems meldet: %1

</translation>
        </message>
        <message>
            <source>The profile's name, as the console's profile list shows it. Example: Acme live (US East)</source>
            <translation>Der Name des Profils, wie ihn die Profilliste der Konsole zeigt. Beispiel: Acme live (USA Ost)</translation>
        </message>
        <message>
            <source>Domain alias: the part before .demdex.net that Audience Manager assigned to your account; it goes in the Host header of every call. Example: acme for acme.demdex.net</source>
            <translation>Domain-Alias: der Teil vor .demdex.net, den Audience Manager Ihrem Konto zugewiesen hat; er steht im Host-Header jedes Aufrufs. Beispiel: acme für acme.demdex.net</translation>
        </message>
        <message>
            <source>Where calls go: the local sandbox, which answers from this workspace without a network, or the live DCS host of a region. Example: US East (use.demdex.net)</source>
            <translation>Wohin die Aufrufe gehen: die lokale Sandbox, die ohne Netzwerk aus diesem Arbeitsbereich antwortet, oder der Host des echten DCS einer Region. Beispiel: USA Ost (use.demdex.net)</translation>
        </message>
        <message>
            <source>Sends the calls to this address instead of the region's host, e.g. a test server. Leave it blank to use the region. Example: http://127.0.0.1:8080</source>
            <translation>Sendet die Aufrufe an diese Adresse statt an den Host der Region, z. B. an einen Testserver. Lassen Sie das Feld leer, um die Region zu verwenden. Beispiel: http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The user ID a new call starts with: a 38-digit Audience Manager ID (d_uuid) or an Experience Cloud ID (d_mid). Example: 07955261652886032950143702505894272138</source>
            <translation>Die Benutzer-ID, mit der ein neuer Aufruf beginnt: eine 38-stellige Audience-Manager-ID (d_uuid) oder eine Experience Cloud ID (d_mid). Beispiel: 07955261652886032950143702505894272138</translation>
        </message>
        <message>
            <source>d_uuid: the Audience Manager user ID. d_mid: the Experience Cloud ID, which also needs the Org ID.</source>
            <translation>d_uuid: die Benutzer-ID von Audience Manager. d_mid: die Experience Cloud ID, die auch die Org-ID benötigt.</translation>
        </message>
        <message>
            <source>Optional: a file of PEM certificates to trust for https instead of the system's, e.g. your company's proxy certificate.</source>
            <translation>Optional: eine Datei mit PEM-Zertifikaten, denen für https anstelle der Zertifikate des Systems vertraut wird, z. B. dem Proxy-Zertifikat Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>optional: a PEM file</source>
            <translation>optional: eine PEM-Datei</translation>
        </message>
        <message>
            <source>optional: sha256//…</source>
            <translation>optional: sha256//…</translation>
        </message>
        <message>
            <source>Pin from &amp;Server…</source>
            <translation>Vom &amp;Server pinnen…</translation>
        </message>
        <message>
            <source>Your Experience Cloud organization ID, sent as d_orgid with a d_mid. Example: 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>Die Organisations-ID Ihrer Experience Cloud, die mit einer d_mid als d_orgid gesendet wird. Beispiel: 5DC5123F5245B1D20A490D46@AdobeOrg</translation>
        </message>
        <message>
            <source>Optional: the only server key this profile trusts, as sha256// and the key's hash. Pin from Server fills it in.</source>
            <translation>Optional: der einzige Server-Schlüssel, dem dieses Profil vertraut, im Format sha256// gefolgt vom Hash des Schlüssels. „Vom Server pinnen“ füllt ihn aus.</translation>
        </message>
        <message>
            <source>Pin from Server</source>
            <translation>Vom Server pinnen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PullProgressText</name>
        <message>
            <source>Asking for a token…</source>
            <translation>Token wird angefordert…</translation>
        </message>
        <message>
            <source>Destinations: asking for the first page…</source>
            <translation>Ziele: Die erste Seite wird angefordert…</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2 received…</source>
            <translation>Ziele: %1 von %2 empfangen…</translation>
        </message>
        <message>
            <source>Destinations: %1 received…</source>
            <translation>Ziele: %1 empfangen…</translation>
        </message>
        <message>
            <source>Mappings of destination %1 of %2…</source>
            <translation>Zuordnungen: Ziel %1 von %2…</translation>
        </message>
        <message>
            <source>Segments: asking for the first page…</source>
            <translation>Segmente: Die erste Seite wird angefordert…</translation>
        </message>
        <message>
            <source>Segments: %1 of %2 received…</source>
            <translation>Segmente: %1 von %2 empfangen…</translation>
        </message>
        <message>
            <source>Segments: %1 received…</source>
            <translation>Segmente: %1 empfangen…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PushReportDialog</name>
        <message>
            <source>Push to %1</source>
            <translation>Übertragung an %1</translation>
        </message>
        <message>
            <source>Result: %1.</source>
            <translation>Ergebnis: %1.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>Die Übertragung wurde vorzeitig beendet: %1</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Ziel oder Zuordnung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>What the push did, item by item</source>
            <translation>Ergebnis der Übertragung für jeden Eintrag</translation>
        </message>
        <message>
            <source>created: the account gave it ID %1.</source>
            <translation>angelegt: Das Konto hat die ID %1 vergeben.</translation>
        </message>
        <message>
            <source>created.</source>
            <translation>angelegt.</translation>
        </message>
        <message>
            <source>updated.</source>
            <translation>aktualisiert.</translation>
        </message>
        <message numerus="yes">
            <source>updated: %n field(s) (%1).</source>
            <translation>
                <numerusform>aktualisiert: %n Feld (%1).</numerusform>
                <numerusform>aktualisiert: %n Felder (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The account holds it under ID %1.</source>
            <translation>Im Konto hat der Eintrag die ID %1.</translation>
        </message>
        <message>
            <source>done (%1).</source>
            <translation>erledigt (%1).</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Übertragung an das lokale Konto</translation>
        </message>
        <message>
            <source>The push was canceled; the items below say what reached the account.</source>
            <translation>Die Übertragung wurde abgebrochen; die Einträge unten zeigen, was im Konto angekommen ist.</translation>
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
        <name>dcsdesk::RequestBuilderWidget</name>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>&amp;Manage…</source>
            <translation>&amp;Verwalten…</translation>
        </message>
        <message>
            <source>Add, edit or remove connection profiles (undoable)</source>
            <translation>Verbindungsprofile hinzufügen, bearbeiten oder entfernen (lässt sich rückgängig machen)</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Host header:</source>
            <translation>Host-Header:</translation>
        </message>
        <message>
            <source>&amp;User ID:</source>
            <translation>Benut&amp;zer-ID:</translation>
        </message>
        <message>
            <source>User ID kind</source>
            <translation>Art der Benutzer-ID</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default</source>
            <translation>38 Ziffern; leer = Standard des Profils</translation>
        </message>
        <message>
            <source>&amp;New ID</source>
            <translation>Neue &amp;ID</translation>
        </message>
        <message>
            <source>A fresh random 38-digit ID: a user the DCS has never seen</source>
            <translation>Eine neue zufällige 38-stellige ID: ein Benutzer, den der DCS noch nie gesehen hat</translation>
        </message>
        <message>
            <source>Fill d_mid, d_orgid and the region from an AMCV cookie</source>
            <translation>d_mid, d_orgid und die Region aus einem AMCV-Cookie übernehmen</translation>
        </message>
        <message>
            <source>&amp;Org ID (d_orgid):</source>
            <translation>&amp;Org-ID (d_orgid):</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>Org-ID</translation>
        </message>
        <message>
            <source>goes with d_mid, e.g. 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>gehört zu d_mid, z. B. 5DC5123F5245B1D20A490D46@AdobeOrg</translation>
        </message>
        <message>
            <source>Required for a JSON answer; without it the DCS answers with a pixel</source>
            <translation>Für eine JSON-Antwort erforderlich; andernfalls antwortet der DCS mit einem Pixel</translation>
        </message>
        <message>
            <source>Ask for a JSON response (d_rtbd=json)</source>
            <translation>JSON-Antwort anfordern (d_rtbd=json)</translation>
        </message>
        <message>
            <source>JSON version 1; 0 disables ID syncs</source>
            <translation>JSON-Version 1; 0 deaktiviert ID-Synchronisierungen</translation>
        </message>
        <message>
            <source>JSON version (d_jsonv=1)</source>
            <translation>JSON-Version (d_jsonv=1)</translation>
        </message>
        <message>
            <source>Return URL destinations (dests)</source>
            <translation>URL-Ziele zurückgeben (dests)</translation>
        </message>
        <message>
            <source>Return URL destinations (d_dst=1)</source>
            <translation>URL-Ziele zurückgeben (d_dst=1)</translation>
        </message>
        <message>
            <source>Return traits and segments (d_cts)</source>
            <translation>Eigenschaften und Segmente zurückgeben (d_cts)</translation>
        </message>
        <message>
            <source>JSONP callback (d_cb)</source>
            <translation>JSONP-Callback (d_cb)</translation>
        </message>
        <message>
            <source>callback name (JSONP)</source>
            <translation>Callback-Name (JSONP)</translation>
        </message>
        <message>
            <source>Platform (d_ptfm)</source>
            <translation>Plattform (d_ptfm)</translation>
        </message>
        <message>
            <source>Segment or trait IDs (d_sid)</source>
            <translation>Segment- oder Eigenschafts-IDs (d_sid)</translation>
        </message>
        <message>
            <source>trait or segment IDs, comma-separated</source>
            <translation>Eigenschafts- oder Segment-IDs, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>1 (legacy IDs)</source>
            <translation>1 (alte IDs)</translation>
        </message>
        <message>
            <source>2 (segment IDs)</source>
            <translation>2 (Segment-IDs)</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Lokale Sandbox (offline)</translation>
        </message>
        <message>
            <source>%1 — %2 (ID %3)</source>
            <translation>%1 – %2 (ID %3)</translation>
        </message>
        <message>
            <source>Si&amp;gnals</source>
            <translation>Si&amp;gnale</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signale</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Separate several values with a comma: they are sent serialized</source>
            <translation>Mehrere Werte durch Kommas trennen – sie werden serialisiert gesendet</translation>
        </message>
        <message>
            <source>&amp;Declared IDs</source>
            <translation>De&amp;klarierte IDs</translation>
        </message>
        <message>
            <source>Declared IDs</source>
            <translation>Deklarierte IDs</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Data source or integration code</source>
            <translation>Datenquelle oder Integrationscode</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Auth state</source>
            <translation>Authentifizierungsstatus</translation>
        </message>
        <message>
            <source>Request preview</source>
            <translation>Anfragevorschau</translation>
        </message>
        <message>
            <source>F&amp;indings</source>
            <translation>Be&amp;funde</translation>
        </message>
        <message>
            <source>Request findings</source>
            <translation>Befunde zur Anfrage</translation>
        </message>
        <message>
            <source>Data source (d_cid)</source>
            <translation>Datenquelle (d_cid)</translation>
        </message>
        <message>
            <source>Integration code (d_cid_ic)</source>
            <translation>Integrationscode (d_cid_ic)</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>nicht gesendet</translation>
        </message>
        <message>
            <source>0 unknown</source>
            <translation>0 unbekannt</translation>
        </message>
        <message>
            <source>1 authenticated</source>
            <translation>1 authentifiziert</translation>
        </message>
        <message>
            <source>2 logged out</source>
            <translation>2 abgemeldet</translation>
        </message>
        <message>
            <source>No response</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>Without d_rtbd=json the DCS answers with a pixel and no data: nothing can be decoded or compared.</source>
            <translation>Ohne d_rtbd=json antwortet der DCS mit einem Pixel ohne Daten: Es lässt sich nichts dekodieren oder vergleichen.</translation>
        </message>
        <message>
            <source>Uncheck to keep the row without sending it</source>
            <translation>Abwählen, um die Zeile zu behalten, ohne sie zu senden</translation>
        </message>
        <message>
            <source>Declared ID kind</source>
            <translation>Art der deklarierten ID</translation>
        </message>
        <message>
            <source>No findings: the request follows the DCS rules.</source>
            <translation>Keine Befunde: Die Anfrage entspricht den DCS-Regeln.</translation>
        </message>
        <message>
            <source>Manage profiles</source>
            <translation>Profile verwalten</translation>
        </message>
        <message>
            <source>Host header</source>
            <translation>Host-Header</translation>
        </message>
        <message>
            <source>New user ID</source>
            <translation>Neue Benutzer-ID</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>AMCV-Cookie einfügen</translation>
        </message>
        <message>
            <source>38 digits</source>
            <translation>38 Ziffern</translation>
        </message>
        <message>
            <source>Previe&amp;w: every header and the body, as sent</source>
            <translation>Vorschau: alle Header und der Body, &amp;wie gesendet</translation>
        </message>
        <message>
            <source>As typed</source>
            <translation>Wie eingegeben</translation>
        </message>
        <message>
            <source>Send the key and values exactly as typed, already percent-encoded. Unchecked, every special character is encoded for you (a % becomes %25).</source>
            <translation>Schlüssel und Werte genau wie eingegeben senden, bereits prozentkodiert. Ohne diese Option wird jedes Sonderzeichen automatisch kodiert (ein % wird zu %25).</translation>
        </message>
        <message>
            <source>Keep the pasted alias and target as a profile of the workspace (undoable); until then they are used for these calls only</source>
            <translation>Den eingefügten Alias und den Server als Profil des Arbeitsbereichs behalten (lässt sich rückgängig machen); bis dahin gelten sie nur für diese Aufrufe</translation>
        </message>
        <message>
            <source>%1 (pasted, not saved)</source>
            <translation>%1 (eingefügt, nicht gespeichert)</translation>
        </message>
        <message>
            <source>Custom base URL: %1</source>
            <translation>Eigene Basis-URL: %1</translation>
        </message>
        <message>
            <source>Endpoin&amp;t:</source>
            <translation>&amp;Endpunkt:</translation>
        </message>
        <message>
            <source>profile default</source>
            <translation>Standard des Profils</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default, %1</source>
            <translation>38 Ziffern; leer = Standard des Profils, %1</translation>
        </message>
        <message>
            <source>Save as Profile…</source>
            <translation>Als Profil speichern…</translation>
        </message>
        <message>
            <source>Add Signal</source>
            <translation>Signal hinzufügen</translation>
        </message>
        <message>
            <source>Remove Signal</source>
            <translation>Signal entfernen</translation>
        </message>
        <message>
            <source>Add Declared ID</source>
            <translation>Deklarierte ID hinzufügen</translation>
        </message>
        <message>
            <source>Remove Declared ID</source>
            <translation>Deklarierte ID entfernen</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Als Profil speichern</translation>
        </message>
        <message>
            <source>Paste AMCV Cookie…</source>
            <translation>AMCV-Cookie einfügen…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseOutline</name>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>no uuid in the answer</source>
            <translation>keine uuid in der Antwort</translation>
        </message>
        <message>
            <source>uuid</source>
            <translation>uuid</translation>
        </message>
        <message>
            <source>The AAM unique user ID; use it as d_uuid.</source>
            <translation>Die eindeutige AAM-Benutzer-ID; als d_uuid verwenden.</translation>
        </message>
        <message>
            <source>dcs_region</source>
            <translation>dcs_region</translation>
        </message>
        <message>
            <source>The DCS region that holds this user; send to its host.</source>
            <translation>Die DCS-Region, in der die Daten dieses Benutzers liegen; an deren Host senden.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>not a documented region</source>
            <translation>keine dokumentierte Region</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Transaction ID: quote it to support.</source>
            <translation>Transaktions-ID: beim Support angeben.</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Opt-out</translation>
        </message>
        <message>
            <source>The user opted out (error 171).</source>
            <translation>Der Benutzer hat ein Opt-out erklärt (Fehler 171).</translation>
        </message>
        <message>
            <source>Cookie destinations (stuff)</source>
            <translation>Cookie-Ziele (stuff)</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n Cookie</numerusform>
                <numerusform>%n Cookies</numerusform>
            </translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(kein Schlüssel)</translation>
        </message>
        <message>
            <source>TTL</source>
            <translation>TTL</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>the client's maximum</source>
            <translation>das Maximum des Clients</translation>
        </message>
        <message>
            <source>0 means no cookie is written.</source>
            <translation>0 bedeutet, dass kein Cookie geschrieben wird.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>(the page's domain)</source>
            <translation>(die Domain der Seite)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Not a documented field.</source>
            <translation>Kein dokumentiertes Feld.</translation>
        </message>
        <message>
            <source>URL destinations (dests)</source>
            <translation>URL-Ziele (dests)</translation>
        </message>
        <message numerus="yes">
            <source>%n URL(s)</source>
            <translation>
                <numerusform>%n URL</numerusform>
                <numerusform>%n URLs</numerusform>
            </translation>
        </message>
        <message>
            <source>(no ID)</source>
            <translation>(keine ID)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>img or iframe</source>
            <translation>img oder iframe</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>Sichere URL</translation>
        </message>
        <message>
            <source>Traits and segments</source>
            <translation>Eigenschaften und Segmente</translation>
        </message>
        <message>
            <source>not asked for (send d_cts=2)</source>
            <translation>nicht angefordert (d_cts=2 senden)</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Eigenschaften</translation>
        </message>
        <message numerus="yes">
            <source>%n trait(s)</source>
            <translation>
                <numerusform>%n Eigenschaft</numerusform>
                <numerusform>%n Eigenschaften</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Segment</numerusform>
                <numerusform>%n Segmente</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>errors[] and X-Error</source>
            <translation>errors[] und X-Error</translation>
        </message>
        <message>
            <source>X-Error header</source>
            <translation>X-Error-Header</translation>
        </message>
        <message>
            <source>errors[]</source>
            <translation>errors[]</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown fields</source>
            <translation>Unbekannte Felder</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n Feld</numerusform>
                <numerusform>%n Felder</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer has no DCS error code, but its HTTP status is %1.</source>
            <translation>Die Antwort enthält keinen DCS-Fehlercode, aber ihr HTTP-Status ist %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Opt-out answer</source>
            <translation>Antwort auf das Opt-out</translation>
        </message>
        <message>
            <source>ID sync answer</source>
            <translation>Antwort auf die ID-Synchronisierung</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Inhaltstyp</translation>
        </message>
        <message>
            <source>An image or a redirect is the normal answer.</source>
            <translation>Ein Bild oder eine Weiterleitung ist die normale Antwort.</translation>
        </message>
        <message>
            <source>Redirect to</source>
            <translation>Weiterleitung nach</translation>
        </message>
        <message>
            <source>The redir address, with ${DD_UUID} replaced by the user's AAM UUID.</source>
            <translation>Die redir-Adresse, in der ${DD_UUID} durch die AAM-UUID des Benutzers ersetzt ist.</translation>
        </message>
        <message>
            <source>Cookie set</source>
            <translation>Gesetztes Cookie</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>What the local sandbox did with the call.</source>
            <translation>Was die lokale Sandbox mit dem Aufruf gemacht hat.</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>ID-Dienst (/id)</translation>
        </message>
        <message>
            <source>The Experience Cloud ID; send it as d_mid with d_orgid.</source>
            <translation>Die Experience Cloud ID; als d_mid mit d_orgid senden.</translation>
        </message>
        <message>
            <source>Encrypted Audience Manager metadata that goes with d_mid in later calls.</source>
            <translation>Verschlüsselte Audience-Manager-Metadaten, die in späteren Aufrufen zusammen mit d_mid gesendet werden.</translation>
        </message>
        <message>
            <source>How long ID syncs are not fired again.</source>
            <translation>Wie lange ID-Synchronisierungen nicht erneut ausgelöst werden.</translation>
        </message>
        <message>
            <source>How long the opt-out state is kept.</source>
            <translation>Wie lange der Opt-out-Status erhalten bleibt.</translation>
        </message>
        <message>
            <source>The user's opt-out state.</source>
            <translation>Der Opt-out-Status des Benutzers.</translation>
        </message>
        <message>
            <source>The customer's demdex.net subdomain.</source>
            <translation>Die demdex.net-Subdomain des Kunden.</translation>
        </message>
        <message>
            <source>ID syncs (ibs)</source>
            <translation>ID-Synchronisierungen (ibs)</translation>
        </message>
        <message numerus="yes">
            <source>%n ID sync(s)</source>
            <translation>
                <numerusform>%n ID-Synchronisierung</numerusform>
                <numerusform>%n ID-Synchronisierungen</numerusform>
            </translation>
        </message>
        <message>
            <source>none: the user opted out (error 171)</source>
            <translation>keine: Der Benutzer hat ein Opt-out erklärt (Fehler 171)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseWidget</name>
        <message>
            <source>Put the answer's uuid and dcs_region into the builder</source>
            <translation>uuid und dcs_region der Antwort in den Editor übernehmen</translation>
        </message>
        <message>
            <source>Response views</source>
            <translation>Antwortansichten</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Dekodiert</translation>
        </message>
        <message>
            <source>Pretty</source>
            <translation>Formatiert</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Decoded response</source>
            <translation>Dekodierte Antwort</translation>
        </message>
        <message>
            <source>Pretty response body</source>
            <translation>Formatierter Antwort-Body</translation>
        </message>
        <message>
            <source>Raw response body</source>
            <translation>Roher Antwort-Body</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Response headers</source>
            <translation>Antwort-Header</translation>
        </message>
        <message>
            <source>No request sent yet. Build a call and press Ctrl+Return.</source>
            <translation>Noch keine Anfrage gesendet. Erstellen Sie einen Aufruf und drücken Sie Strg+Eingabe.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>No answer (%1): %2</source>
            <translation>Keine Antwort (%1): %2</translation>
        </message>
        <message>
            <source>HTTP %1 · %2 · %3 · tid %4 · region %5</source>
            <translation>HTTP %1 · %2 · %3 · tid %4 · Region: %5</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n DCS error(s)</source>
            <translation>
                <numerusform>%1 – %n DCS-Fehler</numerusform>
                <numerusform>%1 – %n DCS-Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n weiterer Eintrag nicht angezeigt</numerusform>
                <numerusform>… %n weitere Einträge nicht angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>see the Raw view</source>
            <translation>siehe Ansicht „Roh“</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>Decoding…</source>
            <translation>Wird dekodiert…</translation>
        </message>
        <message>
            <source>The body is not JSON; see the Raw view.</source>
            <translation>Der Body ist kein JSON; siehe Ansicht „Roh“.</translation>
        </message>
        <message>
            <source>Formatting…</source>
            <translation>Wird formatiert…</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>(leerer Body)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>No answer to compare.</source>
            <translation>Keine Antwort zum Vergleichen.</translation>
        </message>
        <message>
            <source>Comparing with the workspace…</source>
            <translation>Vergleich mit dem Arbeitsbereich…</translation>
        </message>
        <message>
            <source>Use this uuid and region</source>
            <translation>Diese uuid und Region verwenden</translation>
        </message>
        <message>
            <source>Save the whole response body, exactly as received</source>
            <translation>Den ganzen Antwort-Body genau wie empfangen speichern</translation>
        </message>
        <message>
            <source>Save response body</source>
            <translation>Antwort-Body speichern</translation>
        </message>
        <message>
            <source>Pretty view note</source>
            <translation>Hinweis zur formatierten Ansicht</translation>
        </message>
        <message>
            <source>Raw view note</source>
            <translation>Hinweis zur Rohansicht</translation>
        </message>
        <message>
            <source>Cannot save the body to %1: %2</source>
            <translation>Der Body kann nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Lines longer than %1 characters are broken for display; the bytes are unchanged.</source>
            <translation>Zeilen mit mehr als %1 Zeichen werden für die Anzeige umbrochen; die Bytes bleiben unverändert.</translation>
        </message>
        <message>
            <source>%1 Shown without colors.</source>
            <translation>%1 Ohne Farben angezeigt.</translation>
        </message>
        <message>
            <source>Large answer: shown without colors.</source>
            <translation>Große Antwort: ohne Farben angezeigt.</translation>
        </message>
        <message>
            <source>Save Bod&amp;y…</source>
            <translation>Body spei&amp;chern…</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 — Save Body… to see all.</source>
            <translation>Die ersten %1 von %2 werden angezeigt – mit „Body speichern…“ sehen Sie alles.</translation>
        </message>
        <message>
            <source>Use This uuid / Region</source>
            <translation>Diese uuid / Region verwenden</translation>
        </message>
        <message>
            <source>Expected vs. Actual</source>
            <translation>Erwartet vs. tatsächlich</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>Antwortstatus</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Als AAM-REST-JSON exportieren</translation>
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
            <translation>Eigene Felder von DCS Desk einschließen (Plattform, automatisches Ausfüllen, Datenexportkennzeichnungen)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Only their mappings, as one list (as GET /v1/destinations/&lt;id&gt;/mappings returns them)</source>
            <translation>Nur die Zuordnungen der Ziele, in einer gemeinsamen Liste (wie GET /v1/destinations/&lt;id&gt;/mappings sie liefert)</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (%1).</source>
            <translation>Schreibt die Ziele so, wie die REST-API von Audience Manager sie liefert (%1).</translation>
        </message>
        <message>
            <source>These fields go in an “x-dcsdesk” object that the REST API does not know. Without them, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Diese Felder stehen in einem Objekt „x-dcsdesk“, das die REST-API nicht kennt. Ohne dieses Objekt werden Server-zu-Server-Ziele nicht exportiert: Die REST-API hat keinen Typ für sie.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestFieldText</name>
        <message>
            <source>Destination ID</source>
            <translation>Ziel-ID</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Created by (user ID)</source>
            <translation>Angelegt von (Benutzer-ID)</translation>
        </message>
        <message>
            <source>DCS Desk's own fields</source>
            <translation>Eigene Felder von DCS Desk</translation>
        </message>
        <message>
            <source>Mapping ID</source>
            <translation>Zuordnungs-ID</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>Segment-ID</translation>
        </message>
        <message>
            <source>Mapped object type</source>
            <translation>Typ des zugeordneten Objekts</translation>
        </message>
        <message>
            <source>Trait value</source>
            <translation>Eigenschaftswert</translation>
        </message>
        <message>
            <source>Segment name</source>
            <translation>Segmentname</translation>
        </message>
        <message>
            <source>Segment description</source>
            <translation>Segmentbeschreibung</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Segmentstatus</translation>
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
            <source>Mapping value (key or URL)</source>
            <translation>Zuordnungswert (Schlüssel oder URL)</translation>
        </message>
        <message>
            <source>Second value</source>
            <translation>Zweiter Wert</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>Sichere URL</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Zuordnungen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>field label (REST key)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(fehlt)</translation>
        </message>
        <message>
            <source>REST key: %1</source>
            <translation>REST-Schlüssel: %1</translation>
        </message>
        <message>
            <source>%1 (milliseconds since 1970, UTC)</source>
            <translation>%1 (Millisekunden seit 1970, UTC)</translation>
        </message>
        <message>
            <source>Changed by (user ID)</source>
            <translation>Geändert von (Benutzer-ID)</translation>
        </message>
        <message>
            <source>%1 (never ends)</source>
            <translation>%1 (endet nie)</translation>
        </message>
        <message>
            <source>REST keys: %1</source>
            <translation>REST-Schlüssel: %1</translation>
        </message>
        <message numerus="yes">
            <source>Audience Manager keeps the mapping's value in %n REST field(s) (%1): one edit changes them all, and a push sends the new value to each.</source>
            <translation>
                <numerusform>Audience Manager speichert den Zuordnungswert in %n REST-Feld (%1): Eine Bearbeitung ändert es, und eine Übertragung sendet den neuen Wert dorthin.</numerusform>
                <numerusform>Audience Manager speichert den Zuordnungswert in %n REST-Feldern (%1): Eine Bearbeitung ändert sie alle, und eine Übertragung sendet den neuen Wert an jedes davon.</numerusform>
            </translation>
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
        <message>
            <source>What the import adds, updates and skips</source>
            <translation>Was der Import hinzufügt, aktualisiert und überspringt</translation>
        </message>
        <message>
            <source>Add the segments the mappings use that are missing from the catalog (named from elementName and elementDescription)</source>
            <translation>Segmente hinzufügen, die die Zuordnungen verwenden und die im Katalog fehlen (benannt nach elementName und elementDescription)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack.</source>
            <translation>Bis Sie auf „Importieren“ klicken, ändert sich nichts. Der Import lässt sich in einem Schritt rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleEditor</name>
        <message>
            <source>No rule: no signals qualify a user; only d_sid reaches the segment.</source>
            <translation>Keine Regel: Keine Signale qualifizieren einen Benutzer; nur d_sid erreicht das Segment.</translation>
        </message>
        <message>
            <source>The rule is valid. It reads %1.</source>
            <translation>Die Regel ist gültig. Sie wertet diese Schlüssel aus: %1.</translation>
        </message>
        <message>
            <source>The trait rule that qualifies a user for the segment, over the keys of a DCS call: comparisons (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, joined with AND, OR, NOT and parentheses. Text goes in double quotes. Example: c_interest=="golf" AND c_score&gt;=5</source>
            <translation>Die Eigenschaftsregel, die einen Benutzer für das Segment qualifiziert, über die Schlüssel eines DCS-Aufrufs: Vergleiche (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, verbunden mit AND, OR, NOT und Klammern. Text steht in doppelten Anführungszeichen. Beispiel: c_interest=="golf" AND c_score&gt;=5</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleTest</name>
        <message>
            <source>The segment has no rule, so no signals qualify a user for it; only d_sid reaches it.</source>
            <translation>Das Segment hat keine Regel, daher qualifizieren keine Signale einen Benutzer dafür; nur d_sid erreicht es.</translation>
        </message>
        <message>
            <source>“%1” is not a key=value pair. Write the signals as in a call, for example c_make=A&amp;c_model=B.</source>
            <translation>„%1“ ist kein Schlüssel=Wert-Paar. Schreiben Sie die Signale wie in einem Aufruf, zum Beispiel c_make=A&amp;c_model=B.</translation>
        </message>
        <message>
            <source>Type signals to test, for example %1.</source>
            <translation>Geben Sie Signale zum Testen ein, zum Beispiel %1.</translation>
        </message>
        <message>
            <source>Qualifies: a call with these signals puts the user in the segment.</source>
            <translation>Qualifiziert: Ein Aufruf mit diesen Signalen qualifiziert den Benutzer für das Segment.</translation>
        </message>
        <message>
            <source>Does not qualify with these signals.</source>
            <translation>Mit diesen Signalen nicht qualifiziert.</translation>
        </message>
        <message>
            <source>Does not qualify. The rule also reads %1, which these signals do not carry.</source>
            <translation>Nicht qualifiziert. Die Regel wertet auch Schlüssel aus, die diese Signale nicht enthalten: %1.</translation>
        </message>
        <message>
            <source>Fix the rule above first.</source>
            <translation>Korrigieren Sie zuerst die Regel oben.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunResultPanel</name>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <source>Saved request and its checks</source>
            <translation>Gespeicherte Anfrage und ihre Prüfungen</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Expected and actual</source>
            <translation>Erwartet und tatsächlich</translation>
        </message>
        <message>
            <source>Run results</source>
            <translation>Ergebnisse des Laufs</translation>
        </message>
        <message>
            <source>Answer behind the selected result</source>
            <translation>Antwort zum ausgewählten Ergebnis</translation>
        </message>
        <message>
            <source>Select a saved request or a check to see the answer behind it.</source>
            <translation>Wählen Sie eine gespeicherte Anfrage oder eine Prüfung aus, um die Antwort dazu zu sehen.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 in %2 ms</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check result: what the check expects</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n weiteres Zeichen)</numerusform>
                <numerusform>(%n weitere Zeichen)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>saved request: its state</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure, as chosen.</source>
            <translation>Nicht gesendet: Der Lauf hat wie gewählt beim ersten Fehler angehalten.</translation>
        </message>
        <message>
            <source>The history keeps the answer only for saved requests that did not pass.</source>
            <translation>Der Verlauf bewahrt die Antwort nur für gespeicherte Anfragen auf, die nicht bestanden haben.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>Nicht gesendet: Der Lauf wurde abgebrochen.</translation>
        </message>
        <message>
            <source>No answer was received.</source>
            <translation>Es ist keine Antwort eingegangen.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunnerDialog</name>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Umgebung:</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>&amp;Stop at the first failure</source>
            <translation>Beim ersten Fehler an&amp;halten</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ausführen</translation>
        </message>
        <message>
            <source>Send each chosen saved request in turn and check its answer</source>
            <translation>Jede ausgewählte gespeicherte Anfrage nacheinander senden und ihre Antwort prüfen</translation>
        </message>
        <message>
            <source>Run progress</source>
            <translation>Fortschritt des Laufs</translation>
        </message>
        <message>
            <source>Open the selected saved request in the Console</source>
            <translation>Die ausgewählte gespeicherte Anfrage in der Konsole öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>(no environment)</source>
            <translation>(keine Umgebung)</translation>
        </message>
        <message>
            <source>Nothing was sent: the workspace has no profile to send with. Add one in the Console (Profile: Manage…).</source>
            <translation>Es wurde nichts gesendet: Der Arbeitsbereich hat kein Profil zum Senden. Fügen Sie in der Konsole eines hinzu (Profil: Verwalten…).</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request has checks. Add checks to a saved request in the Console's Checks panel.</source>
            <translation>Es wurde nichts gesendet: Keine gespeicherte Anfrage hat Prüfungen. Fügen Sie einer gespeicherten Anfrage im Bereich „Prüfungen“ der Konsole Prüfungen hinzu.</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request with the tags %1 has checks.</source>
            <translation>Es wurde nichts gesendet: Keine gespeicherte Anfrage mit den Tags %1 hat Prüfungen.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved. Define them in the environment (Environments… in the Console) or choose another one.</source>
            <translation>
                <numerusform>Es wurde nichts gesendet: %n Variable kann nicht aufgelöst werden. Definieren Sie sie in der Umgebung („Umgebungen…“ in der Konsole) oder wählen Sie eine andere.</numerusform>
                <numerusform>Es wurde nichts gesendet: %n Variablen können nicht aufgelöst werden. Definieren Sie sie in der Umgebung („Umgebungen…“ in der Konsole) oder wählen Sie eine andere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the local sandbox cannot start: %1</source>
            <translation>Es wurde nichts gesendet: Die lokale Sandbox kann nicht starten: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>saved requests done of all</comment>
            <translation>%1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 · stopped at the first failure, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · beim ersten Fehler angehalten, %n gespeicherte Anfrage nicht gesendet</numerusform>
                <numerusform>%1 · beim ersten Fehler angehalten, %n gespeicherte Anfragen nicht gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · not kept in the history: %2</source>
            <translation>%1 · nicht im Verlauf gespeichert: %2</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>Or&amp;dner:</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders</source>
            <translation>Nur die gespeicherten Anfragen in diesem Ordner und seinen Unterordnern ausführen</translation>
        </message>
        <message>
            <source>(all folders)</source>
            <translation>(alle Ordner)</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request in the folder %1 (with the tags chosen) has checks.</source>
            <translation>Es wurde nichts gesendet: Keine gespeicherte Anfrage im Ordner %1 (mit den gewählten Tags) hat Prüfungen.</translation>
        </message>
        <message>
            <source>Nothing was sent: the run to %1 was not confirmed.</source>
            <translation>Es wurde nichts gesendet: Das Senden an %1 wurde nicht bestätigt.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n saved request(s) to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage an %1 senden? Das ist nicht die lokale Sandbox: Die Aufrufe erreichen einen echten DCS, mit der Umgebung „%2“ und dem Profil „%3“.</numerusform>
                <numerusform>%n gespeicherte Anfragen an %1 senden? Das ist nicht die lokale Sandbox: Die Aufrufe erreichen einen echten DCS, mit der Umgebung „%2“ und dem Profil „%3“.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>Se&amp;nden</translation>
        </message>
        <message>
            <source>they are for the environment “%1”, not “%2”.</source>
            <translation>Die Prüfungen liefen mit der Umgebung „%1“, nicht „%2“.</translation>
        </message>
        <message>
            <source>they are for the profile “%1”, not “%2”.</source>
            <translation>Die Prüfungen liefen mit dem Profil „%1“, nicht „%2“.</translation>
        </message>
        <message>
            <source>a saved request, its checks or the environment changed since they were run.</source>
            <translation>Eine gespeicherte Anfrage, ihre Prüfungen oder die Umgebung haben sich seit dem Lauf geändert.</translation>
        </message>
        <message>
            <source>Out of date: %1 They no longer describe what is saved; Run again for current results.</source>
            <translation>Veraltet: %1 Die Ergebnisse entsprechen nicht mehr dem gespeicherten Stand; führen Sie die Prüfungen erneut aus, um aktuelle Ergebnisse zu erhalten.</translation>
        </message>
        <message>
            <source>The workspace was replaced: the last run's results were for the one before. Run again to check this one.</source>
            <translation>Der Arbeitsbereich wurde ersetzt: Die Ergebnisse des letzten Laufs galten dem vorherigen. Führen Sie die Prüfungen erneut aus, um diesen zu prüfen.</translation>
        </message>
        <message>
            <source>&amp;Tags: check some to run only the saved requests with one of them; none checked runs them all.</source>
            <translation>&amp;Tags: Wählen Sie einige aus, um nur die gespeicherten Anfragen mit einem davon auszuführen; ohne Auswahl werden alle ausgeführt.</translation>
        </message>
        <message>
            <source>Unchecked, every chosen saved request is sent whatever the ones before it gave</source>
            <translation>Nicht ausgewählt: Jede gewählte gespeicherte Anfrage wird gesendet, unabhängig vom Ergebnis der vorherigen</translation>
        </message>
        <message>
            <source>&amp;Cancel Run</source>
            <translation>Lauf a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>In der K&amp;onsole öffnen</translation>
        </message>
        <message>
            <source>Run Checks</source>
            <translation>Prüfungen ausführen</translation>
        </message>
        <message numerus="yes">
            <source>%1 · canceled, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · abgebrochen, %n gespeicherte Anfrage nicht gesendet</numerusform>
                <numerusform>%1 · abgebrochen, %n gespeicherte Anfragen nicht gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Send to a Live DCS?</source>
            <translation>An einen echten DCS senden?</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxServerCommand</name>
        <message>
            <source>Workspace file to serve (default: the bundled sample). It is reloaded when it changes.</source>
            <translation>Bereitzustellende Arbeitsbereichsdatei (Standard: das mitgelieferte Beispiel). Sie wird bei Änderungen neu geladen.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>TCP port; 0 picks a free one (default).</source>
            <translation>TCP-Port; 0 wählt einen freien (Standard).</translation>
        </message>
        <message>
            <source>port</source>
            <translation>Portnummer</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Adresse, auf der die Sandbox lauscht (Standard: 127.0.0.1).</translation>
        </message>
        <message>
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Allow an address other than loopback: anyone who can reach it can read what your workspace's destinations send.</source>
            <translation>Eine andere Adresse als eine Loopback-Adresse erlauben: Wer sie erreicht, kann lesen, was die Ziele Ihres Arbeitsbereichs senden.</translation>
        </message>
        <message>
            <source>Print one line per call (p_ values hidden).</source>
            <translation>Eine Zeile pro Aufruf ausgeben (p_-Werte verborgen).</translation>
        </message>
        <message>
            <source>Most connections at once (default 256).</source>
            <translation>Höchstzahl gleichzeitiger Verbindungen (Standard: 256).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Language of messages (en, es, de, fr).</source>
            <translation>Sprache der Meldungen (en, es, de, fr).</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>--port must be a number from 0 to 65535.</source>
            <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
        </message>
        <message>
            <source>--address must be an IP address such as 127.0.0.1.</source>
            <translation>--address muss eine IP-Adresse wie 127.0.0.1 sein.</translation>
        </message>
        <message>
            <source>--max-connections must be a number from 1 to 100000.</source>
            <translation>--max-connections muss eine Zahl von 1 bis 100000 sein.</translation>
        </message>
        <message>
            <source>Workspace loaded: %1</source>
            <translation>Arbeitsbereich geladen: %1</translation>
        </message>
        <message>
            <source>Could not reload %1: %2</source>
            <translation>%1 konnte nicht neu geladen werden: %2</translation>
        </message>
        <message>
            <source>Sandbox settings: %1</source>
            <translation>Sandbox-Einstellungen: %1</translation>
        </message>
        <message>
            <source>Cannot serve the workspace %1: %2</source>
            <translation>Der Arbeitsbereich %1 kann nicht bereitgestellt werden: %2</translation>
        </message>
        <message>
            <source>DCS sandbox listening on %1 (workspace: %2)</source>
            <translation>DCS-Sandbox lauscht auf %1 (Arbeitsbereich: %2)</translation>
        </message>
        <message>
            <source>Domain aliases: %1</source>
            <translation>Domain-Aliasse: %1</translation>
        </message>
        <message>
            <source>Try: curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</source>
            <translation>Zum Ausprobieren: curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so every call answers error 1. Add a profile with an alias.</source>
            <translation>Der Arbeitsbereich hat kein Profil mit Domain-Alias, daher wird jeder Aufruf mit Fehler 1 beantwortet. Legen Sie ein Profil mit Alias an.</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Mit Strg+C beenden.</translation>
        </message>
        <message>
            <source>Stopping: finishing the calls in progress.</source>
            <translation>Wird beendet: Laufende Aufrufe werden abgeschlossen.</translation>
        </message>
        <message>
            <source>There is no translation for “%1”; messages are in English.</source>
            <translation>Für „%1“ gibt es keine Übersetzung; die Meldungen sind auf Englisch.</translation>
        </message>
        <message>
            <source>Workspace whose destinations, mappings and segments the Audience Manager REST API serves (default: the bundled sample). Read once; REST writes are kept in memory only.</source>
            <translation>Arbeitsbereich, dessen Ziele, Segmentzuordnungen und Segmente die REST-API von Audience Manager liefert (Standard: das mitgelieferte Beispiel). Wird einmal gelesen; Schreibzugriffe über REST bleiben nur im Speicher.</translation>
        </message>
        <message>
            <source>Client ID (API key) the token endpoint accepts (default %1).</source>
            <translation>Client-ID (API-Schlüssel), die der Token-Endpunkt annimmt (Standard: %1).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID the REST API expects in x-gw-ims-org-id (default %1).</source>
            <translation>Organisations-ID, die die REST-API in x-gw-ims-org-id erwartet (Standard: %1).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>Org</translation>
        </message>
        <message>
            <source>Seconds a token stays valid (default %1).</source>
            <translation>Gültigkeitsdauer eines Tokens in Sekunden (Standard: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>--aam-token-lifetime must be a number of seconds from 1 to 31536000.</source>
            <translation>--aam-token-lifetime muss eine Anzahl Sekunden von 1 bis 31536000 sein.</translation>
        </message>
        <message>
            <source>Cannot serve the Audience Manager workspace %1: %2</source>
            <translation>Der Audience-Manager-Arbeitsbereich %1 kann nicht bereitgestellt werden: %2</translation>
        </message>
        <message>
            <source>Audience Manager REST API: %1/v1/destinations/ (%2 destinations, %3 mappings, %4 segments from %5; token: POST %1%6, client ID %7, organization %8). Writes stay in memory.</source>
            <translation>REST-API von Audience Manager: %1/v1/destinations/ (%2 Ziele, %3 Segmentzuordnungen, %4 Segmente aus %5; Token: POST %1%6, Client-ID %7, Organisation %8). Schreibzugriffe bleiben im Speicher.</translation>
        </message>
        <message>
            <source>A local DCS: answers /event calls the way the Audience Manager DCS documents it, from the segments, destinations and mappings of a workspace, and the ID sync (/ibs), ID service (/id) and opt-out (/demoptout.jpg) calls. It also answers Audience Manager's REST API (/v1/destinations/, their mappings, /v1/segments/) with a token endpoint at /ims/token/v3 and the legacy OAuth one at /oauth/token; the client secret comes from DCSDESK_AAM_CLIENT_SECRET (default dcsdesk-sandbox-secret), the legacy user's password from DCSDESK_AAM_PASSWORD (default dcsdesk-sandbox-password). REST writes change only the sandbox's memory: they are never written back to the workspace file.</source>
            <translation>Ein lokaler DCS: Er beantwortet /event-Aufrufe so, wie Adobe es für den DCS von Audience Manager dokumentiert, aus den Segmenten, Zielen und Segmentzuordnungen eines Arbeitsbereichs, sowie die Aufrufe für ID-Synchronisierung (/ibs), ID-Dienst (/id) und Opt-out (/demoptout.jpg). Außerdem bedient er die REST-API von Audience Manager (/v1/destinations/, deren Segmentzuordnungen, /v1/segments/) mit einem Token-Endpunkt unter /ims/token/v3 und dem Legacy-OAuth-Endpunkt unter /oauth/token; das Client-Geheimnis wird aus DCSDESK_AAM_CLIENT_SECRET gelesen (Standard: dcsdesk-sandbox-secret), das Passwort des Legacy-Benutzers aus DCSDESK_AAM_PASSWORD (Standard: dcsdesk-sandbox-password). Schreibzugriffe über REST ändern nur den Arbeitsspeicher der Sandbox: Diese Änderungen werden nie in die Arbeitsbereichsdatei zurückgeschrieben.</translation>
        </message>
        <message>
            <source>User name the legacy OAuth token endpoint accepts (default %1).</source>
            <translation>Benutzername, den der Legacy-OAuth-Token-Endpunkt akzeptiert (Standard: %1).</translation>
        </message>
        <message>
            <source>user</source>
            <translation>Benutzer</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxService</name>
        <message>
            <source>The workspace file is gone; still answering from the last workspace that loaded.</source>
            <translation>Die Arbeitsbereichsdatei ist verschwunden; die Sandbox antwortet weiterhin aus dem zuletzt geladenen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>%1 Still answering from the last workspace that loaded.</source>
            <translation>%1 Die Sandbox antwortet weiterhin aus dem zuletzt geladenen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>The sandbox is already running.</source>
            <translation>Die Sandbox läuft bereits.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxSettings</name>
        <message>
            <source>sandbox.rateLimit.calls must be a whole number from 0 (no limit) to 100000; using %1.</source>
            <translation>sandbox.rateLimit.calls muss eine ganze Zahl von 0 (unbegrenzt) bis 100000 sein; %1 wird verwendet.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit.perSeconds must be a number of seconds above 0 and at most 86400; using %1.</source>
            <translation>sandbox.rateLimit.perSeconds muss eine Anzahl Sekunden über 0 und höchstens 86400 sein; %1 wird verwendet.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit must be an object such as {"calls": 20, "perSeconds": 1}; using the default.</source>
            <translation>sandbox.rateLimit muss ein Objekt wie {"calls": 20, "perSeconds": 1} sein; der Standardwert wird verwendet.</translation>
        </message>
        <message>
            <source>sandbox.profileTtlSeconds must be a whole number of seconds, 0 to keep profiles until the sandbox stops; using 0.</source>
            <translation>sandbox.profileTtlSeconds muss eine ganzzahlige Anzahl Sekunden sein (0 behält die Profile, bis die Sandbox beendet wird); 0 wird verwendet.</translation>
        </message>
        <message>
            <source>sandbox.maxProfiles must be a whole number from 1 to 10000000; using %1.</source>
            <translation>sandbox.maxProfiles muss eine ganze Zahl von 1 bis 10000000 sein; %1 wird verwendet.</translation>
        </message>
        <message>
            <source>sandbox.dcsRegion must be a region ID such as 7, or -1 for the sandbox's own region; using -1.</source>
            <translation>sandbox.dcsRegion muss eine Regions-ID wie 7 sein oder -1 für die eigene Region der Sandbox; -1 wird verwendet.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxTargetProvider</name>
        <message>
            <source>Start the local sandbox on this workspace and send the call to it (its sandbox profile gives the alias unless --alias or --workspace does).</source>
            <translation>Die lokale Sandbox mit diesem Arbeitsbereich starten und den Aufruf an sie senden (das Sandbox-Profil des Arbeitsbereichs liefert den Alias, sofern nicht --alias oder --workspace ihn angibt).</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>Die Sandbox kann %1 nicht bereitstellen: %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>Die Sandbox kann nicht starten: %1</translation>
        </message>
        <message>
            <source>The workspace %1 has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias, or give --alias.</source>
            <translation>Der Arbeitsbereich %1 hat kein Profil mit Domain-Alias, daher würde die Sandbox jeden Aufruf mit Fehler 1 beantworten. Legen Sie ein Profil mit Alias an oder geben Sie --alias an.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestChecks</name>
        <message>
            <source>The “checks” of saved request %1 are not a list; they are kept in the file and not run.</source>
            <translation>Die „checks“ der gespeicherten Anfrage %1 sind keine Liste; sie bleiben in der Datei und werden nicht ausgeführt.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not an object; it is kept in the file and not run.</source>
            <translation>Prüfung %1 der gespeicherten Anfrage %2 ist kein Objekt; sie bleibt in der Datei und wird nicht ausgeführt.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 has the kind “%3”, which this version does not know; it is kept in the file and not run. Update DCS Desk to run it.</source>
            <translation>Prüfung %1 der gespeicherten Anfrage %2 hat die Art „%3“, die diese Version nicht kennt; sie bleibt in der Datei und wird nicht ausgeführt. Aktualisieren Sie DCS Desk, um sie auszuführen.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not run: %3</source>
            <translation>Prüfung %1 der gespeicherten Anfrage %2 wird nicht ausgeführt: %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestCollection</name>
        <message>
            <source>The “folder” of saved request %1 is not a list of folder names; it is kept in the file and the request is shown at the top level.</source>
            <translation>Der „folder“ der gespeicherten Anfrage %1 ist keine Liste von Ordnernamen; er bleibt in der Datei, und die Anfrage wird auf oberster Ebene angezeigt.</translation>
        </message>
        <message>
            <source>Entry %1 of “savedRequestFolders” is not a list of folder names; it is kept in the file and not shown.</source>
            <translation>Eintrag %1 von „savedRequestFolders“ ist keine Liste von Ordnernamen; er bleibt in der Datei und wird nicht angezeigt.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (Kopie %2)</translation>
        </message>
        <message>
            <source>A folder needs a name.</source>
            <translation>Ein Ordner benötigt einen Namen.</translation>
        </message>
        <message>
            <source>A folder name cannot contain “/”: it separates the folders of a path, as in dcsdesk-cli check --folder "Checkout/Mobile".</source>
            <translation>Ein Ordnername darf kein „/“ enthalten: Dieses Zeichen trennt die Ordner eines Pfads, wie in dcsdesk-cli check --folder "Checkout/Mobile".</translation>
        </message>
        <message>
            <source>There is already a folder %1.</source>
            <translation>Es gibt bereits einen Ordner %1.</translation>
        </message>
        <message>
            <source>There is no folder %1.</source>
            <translation>Es gibt keinen Ordner %1.</translation>
        </message>
        <message>
            <source>A folder cannot be moved into itself.</source>
            <translation>Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage</numerusform>
                <numerusform>%n gespeicherte Anfragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s)</source>
            <translation>
                <numerusform>%n Ordner</numerusform>
                <numerusform>%n Ordner</numerusform>
            </translation>
        </message>
        <message>
            <source>A saved request needs a name.</source>
            <translation>Eine gespeicherte Anfrage benötigt einen Namen.</translation>
        </message>
        <message>
            <source>The folder %1 holds %2; move or delete them first, or delete them with the folder.</source>
            <translation>Der Ordner %1 enthält %2; verschieben oder löschen Sie diese zuerst, oder löschen Sie sie mit dem Ordner.</translation>
        </message>
        <message>
            <source>There is no saved request “%1”.</source>
            <translation>Es gibt keine gespeicherte Anfrage „%1“.</translation>
        </message>
        <message>
            <source>There is already a saved request %1. Names are unique in a workspace: the CLI, Run Checks and the history refer to a request by its name.</source>
            <translation>Es gibt bereits eine gespeicherte Anfrage %1. Namen sind in einem Arbeitsbereich eindeutig: Die CLI, „Prüfungen ausführen“ und der Verlauf verweisen über den Namen auf eine Anfrage.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestPane</name>
        <message>
            <source>Filter by name or tag</source>
            <translation>Nach Name oder Tag filtern</translation>
        </message>
        <message>
            <source>Filter saved requests</source>
            <translation>Gespeicherte Anfragen filtern</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Gespeicherte Anfragen</translation>
        </message>
        <message>
            <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
            <translation>Einen Ordner im ausgewählten Ordner anlegen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>New folder %1</source>
            <translation>Neuer Ordner %1</translation>
        </message>
        <message>
            <source>Rename folder %1 to %2</source>
            <translation>Ordner %1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Rename saved request %1 to %2</source>
            <translation>Gespeicherte Anfrage %1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Duplicate saved request %1</source>
            <translation>Gespeicherte Anfrage %1 duplizieren</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>die oberste Ebene</translation>
        </message>
        <message numerus="yes">
            <source>Move %n saved request(s) to %1</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage in %1 verschieben</numerusform>
                <numerusform>%n gespeicherte Anfragen in %1 verschieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Move folder %1 to %2</source>
            <translation>Ordner %1 in %2 verschieben</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n saved request(s)</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage löschen</numerusform>
                <numerusform>%n gespeicherte Anfragen löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Move what it holds up one level, or delete it too?</source>
            <translation>Den Inhalt eine Ebene nach oben verschieben oder mitlöschen?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Delete folder %1</source>
            <translation>Ordner %1 löschen</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Ordnername:</translation>
        </message>
        <message>
            <source>Name of the folder in %1:</source>
            <translation>Name des Ordners in %1:</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Verschieben nach</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Oberste Ebene</translation>
        </message>
        <message>
            <source>Reorder folder %1</source>
            <translation>Position von Ordner %1 ändern</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to %1</source>
            <translation>
                <numerusform>%n Element in %1 verschieben</numerusform>
                <numerusform>%n Elemente in %1 verschieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in Builder</source>
            <translation>Im Editor öffnen</translation>
        </message>
        <message>
            <source>New Folder…</source>
            <translation>Neuer Ordner…</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Edit Tags…</source>
            <translation>Tags bearbeiten…</translation>
        </message>
        <message>
            <source>Delete All</source>
            <translation>Alles löschen</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Neuer Ordner</translation>
        </message>
        <message>
            <source>Run Checks in This Folder…</source>
            <translation>Prüfungen in diesem Ordner ausführen…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n saved request(s): %1. Edit › Undo brings them back.</source>
            <translation>
                <numerusform>%n gespeicherte Anfrage gelöscht: %1. Bearbeiten › Rückgängig stellt sie wieder her.</numerusform>
                <numerusform>%n gespeicherte Anfragen gelöscht: %1. Bearbeiten › Rückgängig stellt sie wieder her.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Folder</source>
            <translation>Ordner löschen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestTreeModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>%1 request. Double-click or Enter opens it.</source>
            <translation>%1-Anfrage. Doppelklick oder Eingabetaste öffnet sie.</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
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
            <translation>Keine anzuzeigenden Zuordnungen.</translation>
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
        <message>
            <source>Overlap</source>
            <translation>Überschneidung</translation>
        </message>
        <message>
            <source>Overlaps another flight of this segment (%1 → %2).</source>
            <translation>Überschneidet sich mit einem anderen Zeitraum dieses Segments (%1 → %2).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SecretMessages</name>
        <message>
            <source>The system keychain cannot be used: %1. Secret values you type are kept only until DCS Desk closes. To keep them, start a keychain service (such as GNOME Keyring or KWallet) and restart DCS Desk.</source>
            <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1. Geheime Werte, die Sie eingeben, bleiben nur bis zum Beenden von DCS Desk erhalten. Um sie zu behalten, starten Sie einen Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) und starten Sie DCS Desk neu.</translation>
        </message>
        <message>
            <source>The system keychain refused the secret value: %1. It is kept only until DCS Desk closes. To keep it, unlock the keychain and type the value again in Environments….</source>
            <translation>Der Schlüsselbund des Systems hat den geheimen Wert abgelehnt: %1. Er bleibt nur bis zum Beenden von DCS Desk erhalten. Um ihn zu behalten, entsperren Sie den Schlüsselbund und geben Sie den Wert unter „Umgebungen…“ erneut ein.</translation>
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
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <source>&amp;Check All Shown</source>
            <translation>Alle angezeigten a&amp;uswählen</translation>
        </message>
        <message>
            <source>&amp;Uncheck All</source>
            <translation>Alle a&amp;bwählen</translation>
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
            <source>A&amp;lias:</source>
            <translation>A&amp;lias:</translation>
        </message>
        <message>
            <source>U&amp;RL:</source>
            <translation>U&amp;RL:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>S&amp;tartdatum:</translation>
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
            <translation>Su&amp;chen:</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) checked</source>
            <translation>
                <numerusform>%n Segment ausgewählt</numerusform>
                <numerusform>%n Segmente ausgewählt</numerusform>
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
        <message>
            <source>Allo&amp;w another flight of mapped segments</source>
            <translation>Weiteren &amp;Zeitraum für zugeordnete Segmente erlauben</translation>
        </message>
        <message>
            <source>Search by name, ID, integration code or rule, or paste a list of IDs</source>
            <translation>Nach Name, ID, Integrationscode oder Regel suchen oder eine Liste von IDs einfügen</translation>
        </message>
        <message>
            <source>A list pasted here (one ID, name or integration code per line, or separated by commas) checks those segments instead of searching.</source>
            <translation>Eine hier eingefügte Liste (eine ID, ein Name oder ein Integrationscode pro Zeile oder durch Kommas getrennt) wählt diese Segmente aus, statt zu suchen.</translation>
        </message>
        <message>
            <source>Segments already mapped to this destination can be checked too: each gets another mapping, for example a later campaign flight. Give it its own dates; overlapping flights are flagged.</source>
            <translation>Auch Segmente, die diesem Ziel bereits zugeordnet sind, lassen sich auswählen: Jedes erhält eine weitere Zuordnung, zum Beispiel für einen späteren Kampagnenzeitraum. Geben Sie dieser ein eigenes Start- und Enddatum; sich überschneidende Zeiträume werden markiert.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n mapped segment(s) of the pasted list for another flight.</source>
            <translation>
                <numerusform>%n zugeordnetes Segment der eingefügten Liste für einen weiteren Zeitraum ausgewählt.</numerusform>
                <numerusform>%n zugeordnete Segmente der eingefügten Liste für einen weiteren Zeitraum ausgewählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing checked from the pasted list.</source>
            <translation>Aus der eingefügten Liste wurde nichts ausgewählt.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n segment(s) from the pasted list.</source>
            <translation>
                <numerusform>%n Segment aus der eingefügten Liste ausgewählt.</numerusform>
                <numerusform>%n Segmente aus der eingefügten Liste ausgewählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped to this destination: %1. Check “Allow another flight of mapped segments” to add another flight of them.</source>
            <translation>Diesem Ziel bereits zugeordnet: %1. Wählen Sie „Weiteren Zeitraum für zugeordnete Segmente erlauben“ aus, um einen weiteren Zeitraum hinzuzufügen.</translation>
        </message>
        <message>
            <source>&amp;Value of the key:</source>
            <translation>&amp;Wert des Schlüssels:</translation>
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
        <name>dcsdesk::SegmentCatalogView</name>
        <message>
            <source>&amp;New Segment…</source>
            <translation>&amp;Neues Segment…</translation>
        </message>
        <message>
            <source>Create a segment (Insert)</source>
            <translation>Ein Segment anlegen (Einfg)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected segment and test its rule (Enter)</source>
            <translation>Das ausgewählte Segment bearbeiten und seine Regel testen (Eingabe)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected segments (Del)</source>
            <translation>Ausgewählte Segmente löschen (Entf)</translation>
        </message>
        <message>
            <source>Import &amp;CSV…</source>
            <translation>&amp;CSV importieren…</translation>
        </message>
        <message>
            <source>Import AAM &amp;JSON…</source>
            <translation>AAM-&amp;JSON importieren…</translation>
        </message>
        <message>
            <source>Import the segment list exported from Audience Manager's REST API</source>
            <translation>Die aus der REST-API von Audience Manager exportierte Segmentliste importieren</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Search by name, ID, code or rule (Ctrl+F)</source>
            <translation>Nach Name, ID, Code oder Regel suchen (Strg+F)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Segment</numerusform>
                <numerusform>%n Segmente</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 segments shown</source>
            <translation>%1 von %2 Segmenten angezeigt</translation>
        </message>
        <message>
            <source>Delete Segments</source>
            <translation>Segmente löschen</translation>
        </message>
        <message>
            <source>Deleting them also deletes their %1 in %2. You can undo this.</source>
            <translation>Dabei werden auch ihre Zuordnungen gelöscht: %1 für %2. Sie können das rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n Segmentzuordnung</numerusform>
                <numerusform>%n Segmentzuordnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Segments and Mappings</source>
            <translation>Segmente und Zuordnungen löschen</translation>
        </message>
        <message>
            <source>Import Segments</source>
            <translation>Segmente importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import Segments from Audience Manager</source>
            <translation>Segmente aus Audience Manager importieren</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a segment list.</source>
            <translation>%1 ist größer als 256 MB, zu groß für eine Segmentliste.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Import Segments from %1</source>
            <translation>Segmente aus %1 importieren</translation>
        </message>
        <message numerus="yes">
            <source>Import %n segment(s) from %1</source>
            <translation>
                <numerusform>%n Segment aus %1 importieren</numerusform>
                <numerusform>%n Segmente aus %1 importieren</numerusform>
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
            <source>Export Segments</source>
            <translation>Segmente exportieren</translation>
        </message>
        <message>
            <source>segments.csv</source>
            <translation>segmente.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected segments are mapped to destinations.</source>
            <translation>
                <numerusform>%n der ausgewählten Segmente ist Zielen zugeordnet.</numerusform>
                <numerusform>%n der ausgewählten Segmente sind Zielen zugeordnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments are the audiences you map to destinations, each with an ID, a name and the rule that qualifies a user. Create one, or import the segment list from a CSV file or from Audience Manager's REST API.</source>
            <translation>Segmente sind die Zielgruppen, die Sie Zielen zuordnen, jede mit einer ID, einem Namen und der Regel, die einen Benutzer qualifiziert. Legen Sie eines an, oder importieren Sie die Segmentliste aus einer CSV-Datei oder aus der REST-API von Audience Manager.</translation>
        </message>
        <message>
            <source>Add or update segments from a CSV file; you see the result of every row before anything changes</source>
            <translation>Segmente aus einer CSV-Datei hinzufügen oder aktualisieren; Sie sehen das Ergebnis jeder Zeile, bevor sich etwas ändert</translation>
        </message>
        <message>
            <source>Search segments</source>
            <translation>Segmente durchsuchen</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Segmentstatus</translation>
        </message>
        <message>
            <source>Show only active, inactive or not mapped segments, or those with problems</source>
            <translation>Nur aktive, inaktive oder nicht zugeordnete Segmente oder solche mit Problemen anzeigen</translation>
        </message>
        <message>
            <source>The segment catalog is empty</source>
            <translation>Der Segmentkatalog ist leer</translation>
        </message>
        <message>
            <source>Segment catalog</source>
            <translation>Segmentkatalog</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentEditorDialog</name>
        <message>
            <source>&amp;Active</source>
            <translation>&amp;Aktiv</translation>
        </message>
        <message>
            <source>New Segment</source>
            <translation>Neues Segment</translation>
        </message>
        <message>
            <source>Edit Segment %1</source>
            <translation>Segment %1 bearbeiten</translation>
        </message>
        <message>
            <source>for example c_interest=golf&amp;c_score=5</source>
            <translation>zum Beispiel c_interest=golf&amp;c_score=5</translation>
        </message>
        <message>
            <source>Segment &amp;ID:</source>
            <translation>Segment-&amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Integration &amp;code:</source>
            <translation>Integrations&amp;code:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Rule:</source>
            <translation>&amp;Regel:</translation>
        </message>
        <message numerus="yes">
            <source>Mapped to %n destination(s).</source>
            <translation>
                <numerusform>%n Ziel zugeordnet.</numerusform>
                <numerusform>%n Zielen zugeordnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test with signals</source>
            <translation>Mit Signalen testen</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>Die Segment-ID muss eine positive Zahl sein.</translation>
        </message>
        <message>
            <source>Segment ID %1 is taken; choose another.</source>
            <translation>Die Segment-ID %1 ist vergeben; wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>Give the segment a name.</source>
            <translation>Geben Sie dem Segment einen Namen.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Der Integrationscode hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Create segment %1</source>
            <translation>Segment %1 anlegen</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Segment %1 bearbeiten</translation>
        </message>
        <message>
            <source>The segment's ID (SID), a whole number. It identifies the segment in mappings, in d_sid and in the DCS answer; it cannot change once the segment exists. Example: 1005</source>
            <translation>Die ID des Segments (SID), eine ganze Zahl. Sie kennzeichnet das Segment in Zuordnungen, in d_sid und in der DCS-Antwort; sie lässt sich nicht mehr ändern, sobald das Segment existiert. Beispiel: 1005</translation>
        </message>
        <message>
            <source>The name marketers know the segment by. Example: Golf enthusiasts</source>
            <translation>Der Name, unter dem Marketer das Segment kennen. Beispiel: Golfbegeisterte</translation>
        </message>
        <message>
            <source>Integration code: your own code for the segment (at most 255 characters), which destinations with auto-fill by integration code receive as the mapping value. Example: golf_fans</source>
            <translation>Integrationscode: Ihr eigener Code für das Segment (höchstens 255 Zeichen), den Ziele mit automatischem Ausfüllen per Integrationscode als Zuordnungswert erhalten. Beispiel: golf_fans</translation>
        </message>
        <message>
            <source>Only active segments qualify users and are sent to destinations; clear it to pause the segment without deleting it.</source>
            <translation>Nur aktive Segmente qualifizieren Benutzer und werden an Ziele gesendet; wählen Sie die Option ab, um das Segment anzuhalten, ohne es zu löschen.</translation>
        </message>
        <message>
            <source>An optional note: who the segment is for and where its data comes from.</source>
            <translation>Eine optionale Notiz: für wen das Segment gedacht ist und woher seine Daten stammen.</translation>
        </message>
        <message>
            <source>Key-value pairs as a DCS call carries them, joined by &amp;. The result below says whether a user with these signals qualifies. Example: c_interest=golf&amp;c_score=5</source>
            <translation>Schlüssel-Wert-Paare, wie ein DCS-Aufruf sie enthält, mit &amp; verbunden. Das Ergebnis darunter zeigt, ob sich ein Benutzer mit diesen Signalen qualifiziert. Beispiel: c_interest=golf&amp;c_score=5</translation>
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
        <message>
            <source>Already mapped to this destination: checked, it gets another flight</source>
            <translation>Diesem Ziel bereits zugeordnet: Wenn Sie es auswählen, erhält es einen weiteren Zeitraum</translation>
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
            <translation>Der Name ist leer. Jedes Segment benötigt einen Namen.</translation>
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
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>Die erste Zeile muss die Spalten benennen; mindestens Segment ID oder Name ist nötig. Die Spalten sind: %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Diese Spalten werden nicht verwendet und wurden ignoriert: %1.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Check the delimiter: %3 in this file.</source>
            <translation>Felder in dieser Zeile: %1, in der Kopfzeile: %2. Prüfen Sie das Trennzeichen: %3 in dieser Datei.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>Die Segment-ID „%1“ ist keine positive Zahl.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>Das ist kein gültiges JSON (Zeile %1, Spalte %2: %3). Exportieren Sie die Segmente erneut aus Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>Das JSON enthält keine Segmente: Erwartet wird ein Array von Segmentobjekten (mit sid, name, integrationCode, status, segmentRule) oder ein Objekt mit einem Array „list“.</translation>
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
        <message>
            <source>Audience Manager's own fields</source>
            <translation>Eigene Felder von Audience Manager</translation>
        </message>
        <message>
            <source>The status “%1” is not understood. Use “active” or “inactive” (1 or 0, true or false, yes or no also work).</source>
            <translation>Der Status „%1“ wird nicht verstanden. Verwenden Sie „active“ oder „inactive“ (auch 1 oder 0, true oder false, yes oder no sind möglich).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentListText</name>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiteres</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Read column %1 of the pasted table.</source>
            <translation>Spalte %1 der eingefügten Tabelle gelesen.</translation>
        </message>
        <message>
            <source>Read the column %1 of the pasted table.</source>
            <translation>Spalte %1 der eingefügten Tabelle gelesen.</translation>
        </message>
        <message>
            <source>Left out the header row %1.</source>
            <translation>Kopfzeile %1 ausgelassen.</translation>
        </message>
        <message>
            <source>Shared by several segments (paste their IDs instead): %1.</source>
            <translation>Von mehreren Segmenten verwendet (fügen Sie stattdessen deren IDs ein): %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n repeated item(s) counted once.</source>
            <translation>
                <numerusform>%n wiederholter Eintrag einmal gezählt.</numerusform>
                <numerusform>%n wiederholte Einträge je einmal gezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recognized as a segment ID, name or integration code: %1.</source>
            <translation>Nicht als Segment-ID, Name oder Integrationscode erkannt: %1.</translation>
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
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Verfügbar in</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 (also on the numeric keypad)</source>
            <comment>a shortcut with Return, e.g. Ctrl+Return, that the keypad's Enter gives too</comment>
            <translation>%1 (auch auf dem Ziffernblock)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TimingWaterfall</name>
        <message>
            <source>Timing waterfall</source>
            <translation>Zeitablauf-Diagramm</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Waiting (server)</source>
            <translation>Warten (Server)</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Send a request to see its timing.</source>
            <translation>Senden Sie eine Anfrage, um ihre Zeiten zu sehen.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Gesamt: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TlsProbe</name>
        <message>
            <source>No TLS answer within %1 s.</source>
            <translation>Keine TLS-Antwort innerhalb von %1 s.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TraitRule</name>
        <message>
            <source>Character %1: %2</source>
            <translation>Zeichen %1: %2</translation>
        </message>
        <message>
            <source>This closing parenthesis has no opening one.</source>
            <translation>Zu dieser schließenden Klammer gibt es keine öffnende.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule. Each comparison is key, operator, value; join comparisons with AND or OR.</source>
            <translation>AND, OR oder das Ende der Regel erwartet. Jeder Vergleich besteht aus Schlüssel, Operator, Wert; verbinden Sie Vergleiche mit AND oder OR.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule.</source>
            <translation>AND, OR oder das Ende der Regel erwartet.</translation>
        </message>
        <message>
            <source>This text has no closing double quote.</source>
            <translation>Diesem Text fehlt das schließende doppelte Anführungszeichen.</translation>
        </message>
        <message>
            <source>Put text in double quotes ("), not single quotes.</source>
            <translation>Setzen Sie Text in doppelte Anführungszeichen ("), nicht in einfache.</translation>
        </message>
        <message>
            <source>Unexpected character %1: join comparisons with AND or OR.</source>
            <translation>Unerwartetes Zeichen %1: Verbinden Sie Vergleiche mit AND oder OR.</translation>
        </message>
        <message>
            <source>Unexpected character %1.</source>
            <translation>Unerwartetes Zeichen %1.</translation>
        </message>
        <message>
            <source>The rule nests parentheses and NOT more than %1 levels deep.</source>
            <translation>Die Regel verschachtelt Klammern und NOT-Operatoren mehr als %1 Ebenen tief.</translation>
        </message>
        <message>
            <source>This parenthesis is never closed.</source>
            <translation>Diese Klammer wird nie geschlossen.</translation>
        </message>
        <message>
            <source>Expected AND, OR or a closing parenthesis.</source>
            <translation>AND, OR oder eine schließende Klammer erwartet.</translation>
        </message>
        <message>
            <source>Expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>Schlüssel wie c_make oder öffnende Klammer erwartet.</translation>
        </message>
        <message>
            <source>The rule ends too early: expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>Die Regel endet zu früh: Schlüssel wie c_make oder öffnende Klammer erwartet.</translation>
        </message>
        <message>
            <source>%1 needs a comparison before and after it.</source>
            <translation>%1 benötigt davor und danach einen Vergleich.</translation>
        </message>
        <message>
            <source>%1 is an operator; a key must come first, such as c_search %1 "x".</source>
            <translation>%1 ist ein Operator; zuerst muss ein Schlüssel stehen, etwa c_search %1 "x".</translation>
        </message>
        <message>
            <source>Use == to test equality (a single = is not an operator).</source>
            <translation>Prüfen Sie mit == auf Gleichheit (ein einzelnes = ist kein Operator).</translation>
        </message>
        <message>
            <source>%1 is not an operator. Use ==, !=, &lt;, &gt;, &lt;=, &gt;= or =&gt;.</source>
            <translation>%1 ist kein Operator. Verwenden Sie ==, !=, &lt;, &gt;, &lt;=, &gt;= oder =&gt;.</translation>
        </message>
        <message>
            <source>Expected an operator after %1: ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith or matchesregex.</source>
            <translation>Nach %1 wird ein Operator erwartet: ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith oder matchesregex.</translation>
        </message>
        <message>
            <source>Put text values in double quotes: %1 %2 "%3".</source>
            <translation>Setzen Sie Textwerte in doppelte Anführungszeichen: %1 %2 "%3".</translation>
        </message>
        <message>
            <source>Expected a value after %1: a number or text in double quotes.</source>
            <translation>Nach %1 wird ein Wert erwartet: eine Zahl oder Text in doppelten Anführungszeichen.</translation>
        </message>
        <message>
            <source>matcheswords needs at least one word.</source>
            <translation>matcheswords benötigt mindestens ein Wort.</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1.</source>
            <translation>Ungültiger regulärer Ausdruck: %1.</translation>
        </message>
        <message>
            <source>%1 is not a valid key: use letters, digits, dashes and underscores, not digits only, such as c_price or 123price.</source>
            <translation>%1 ist kein gültiger Schlüssel: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Unterstriche, nicht nur Ziffern, etwa c_price oder 123price.</translation>
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
        <name>dcsdesk::UserGuideWindow</name>
        <message>
            <source>Click to see the picture at full size</source>
            <translation>Klicken Sie, um das Bild in voller Größe zu sehen</translation>
        </message>
        <message>
            <source>Not found on this page</source>
            <translation>Auf dieser Seite nicht gefunden</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n match(es)</source>
            <translation>
                <numerusform>%1 von %n Treffer</numerusform>
                <numerusform>%1 von %n Treffern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk User Guide</source>
            <translation>DCS-Desk-Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the page you read before (%1)</source>
            <translation>Zurück zur zuvor gelesenen Seite (%1)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Forward again (%1)</source>
            <translation>Wieder vorwärts (%1)</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>The guide's first page, with the list of tasks</source>
            <translation>Die erste Seite des Handbuchs, mit der Liste der Aufgaben</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nächster Treffer (Eingabe)</translation>
        </message>
        <message>
            <source>Find in page (%1)</source>
            <translation>Auf der Seite suchen (%1)</translation>
        </message>
        <message>
            <source>Type a word to mark it everywhere on the page; Enter goes to the next match, Shift+Enter to the previous one.</source>
            <translation>Geben Sie ein Wort ein, um es überall auf der Seite hervorzuheben; mit der Eingabetaste springen Sie zum nächsten Treffer, mit Umschalt+Eingabe zum vorherigen.</translation>
        </message>
        <message>
            <source>User guide page</source>
            <translation>Seite des Benutzerhandbuchs</translation>
        </message>
        <message>
            <source>Larger Text</source>
            <translation>Größere Schrift</translation>
        </message>
        <message>
            <source>Smaller Text</source>
            <translation>Kleinere Schrift</translation>
        </message>
        <message>
            <source>Find in Page</source>
            <translation>Auf der Seite suchen</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ValidateCommand</name>
        <message>
            <source>Check a workspace: destinations, segments and their rules, mappings and account limits. Exit code 1 when there are errors.</source>
            <translation>Einen Arbeitsbereich prüfen: Ziele, Segmente und ihre Regeln, Zuordnungen und Kontolimits. Exit-Code 1 bei Fehlern.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Die Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The day to judge mapping schedules on (YYYY-MM-DD; default today).</source>
            <translation>Stichtag für die Beurteilung der Zeitpläne der Zuordnungen (JJJJ-MM-TT; Standard: heute).</translation>
        </message>
        <message>
            <source>profile “%1”</source>
            <translation>Profil „%1“</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>Profil %1</translation>
        </message>
        <message>
            <source>account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>mapping %1</source>
            <translation>Zuordnung %1</translation>
        </message>
        <message>
            <source>validate takes one workspace file.</source>
            <translation>validate erwartet genau eine Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“.</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4 (%5 destinations, %6 segments, %7 mappings).</source>
            <translation>%1: %2, %3, %4 (%5 Ziele, %6 Segmente, %7 Zuordnungen).</translation>
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
            <source>mapping %1 (%2 → %3)</source>
            <translation>Zuordnung %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ARBEITSBEREICH</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Datum</translation>
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
            <translation>Ein serialisiertes URL-Ziel benötigt eine Basis-URL.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a secure URL.</source>
            <translation>Ein serialisiertes URL-Ziel benötigt eine sichere URL.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a delimiter, usually a comma or a semicolon.</source>
            <translation>Ein serialisiertes URL-Ziel benötigt ein Trennzeichen, meist ein Komma oder ein Semikolon.</translation>
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
            <translation>Ein Cookie-Ziel benötigt einen Cookie-Namen.</translation>
        </message>
        <message>
            <source>A cookie name may only hold letters, digits and ! # $ % &amp; ' * + - . ^ _ ` | ~ (no spaces, commas, semicolons or equal signs).</source>
            <translation>Ein Cookie-Name darf nur Buchstaben, Ziffern und ! # $ % &amp; ' * + - . ^ _ ` | ~ enthalten (keine Leerzeichen, Kommas, Semikolons oder Gleichheitszeichen).</translation>
        </message>
        <message>
            <source>A single-key cookie needs its key.</source>
            <translation>Für ein Cookie mit einzelnem Schlüssel muss ein Schlüssel angegeben werden.</translation>
        </message>
        <message>
            <source>A serialized cookie needs a serial delimiter.</source>
            <translation>Ein serialisiertes Cookie benötigt ein Serien-Trennzeichen.</translation>
        </message>
        <message>
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Cookie-Ziele funktionieren nur in Browsern; setzen Sie die Plattform auf Browser.</translation>
        </message>
        <message>
            <source>The maximum cookie size must be a positive number of bytes.</source>
            <translation>Die maximale Cookie-Größe muss größer als 0 Bytes sein.</translation>
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
            <translation>Ein Profil benötigt einen Namen.</translation>
        </message>
        <message>
            <source>A profile needs the domain alias that goes in the Host header.</source>
            <translation>Ein Profil benötigt den Domain-Alias für den Host-Header.</translation>
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
            <source>A start date is required.</source>
            <translation>Ein Startdatum ist erforderlich.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
            <translation>Abgelaufen: Das Enddatum liegt in der Vergangenheit, daher wird für dieses Segment nichts gesendet.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Noch nicht begonnen: Vor dem Startdatum wird nichts gesendet.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>Die Zuordnung benötigt die URL, die das Ziel für dieses Segment aufruft.</translation>
        </message>
        <message>
            <source>The mapping needs a key.</source>
            <translation>Die Zuordnung benötigt einen Schlüssel.</translation>
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
            <translation>Eine Zuordnung zu einem Cookie-Ziel mit mehreren Schlüsseln benötigt einen Wert für ihren Schlüssel.</translation>
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
            <translation>Ihr Zeitraum überschneidet sich mit einer anderen Zuordnung von Segment %1.</translation>
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
        <message>
            <source>The pinned key must look like sha256//BASE64 (44 characters after the slashes); calls of this profile are refused until it does.</source>
            <translation>Der gepinnte Schlüssel muss die Form sha256//BASE64 haben (44 Zeichen nach den Schrägstrichen); solange er diese Form nicht hat, werden Aufrufe dieses Profils abgelehnt.</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read; calls of this profile over https will fail their certificate check until it can.</source>
            <translation>Die CA-Datei %1 kann nicht gelesen werden; https-Aufrufe dieses Profils scheitern an der Zertifikatsprüfung, bis sie lesbar ist.</translation>
        </message>
        <message>
            <source>The cookie domain must be blank (all domains) or one domain such as .example.com, without wildcard, https:// or path.</source>
            <translation>Die Cookie-Domain muss leer sein (alle Domains) oder eine Domain wie .example.com, ohne Platzhalter, https:// oder Pfad.</translation>
        </message>
        <message>
            <source>The cookie domain must be one domain without wildcard, https:// or path: use %1, which also covers its subdomains.</source>
            <translation>Die Cookie-Domain muss eine Domain ohne Platzhalter, https:// oder Pfad sein: Verwenden Sie %1; diese Domain deckt auch ihre Subdomains ab.</translation>
        </message>
        <message>
            <source>Destination Builder asks for a leading dot: .%1. Audience Manager's REST API accepts %1 too, and browsers treat both the same (the domain and its subdomains).</source>
            <translation>Der Destination Builder verlangt einen führenden Punkt: .%1. Die REST-API von Audience Manager akzeptiert auch %1, und Browser behandeln beides gleich (die Domain und ihre Subdomains).</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog.</source>
            <translation>Segment %1 ist nicht im Segmentkatalog.</translation>
        </message>
        <message>
            <source>The rule has an error at character %1: %2 Until the rule is fixed, the sandbox qualifies no user for this segment.</source>
            <translation>Die Regel hat einen Fehler bei Zeichen %1: %2 Solange die Regel nicht korrigiert ist, qualifiziert sich in der Sandbox kein Benutzer für dieses Segment.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::VariableResolution</name>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Choose an environment that defines %1, or add one with Environments….</source>
            <translation>Die Variable {{%1}} hat keinen Wert: Es ist keine Umgebung gewählt. Wählen Sie eine Umgebung, die %1 definiert, oder fügen Sie eine mit „Umgebungen…“ hinzu.</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it with Environments…, or choose an environment that defines it.</source>
            <translation>Die Variable {{%1}} ist in der Umgebung „%2“ nicht definiert. Fügen Sie sie mit „Umgebungen…“ hinzu, oder wählen Sie eine Umgebung, die sie definiert.</translation>
        </message>
        <message>
            <source>{{%1}} = “%2” (environment “%3”)</source>
            <translation>{{%1}} = „%2“ (Umgebung „%3“)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from %2 (environment “%3”, never stored)</source>
            <translation>{{%1}} = geheimer Wert aus %2 (Umgebung „%3“, nie gespeichert)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value typed in this session (environment “%2”, never stored)</source>
            <translation>{{%1}} = in dieser Sitzung eingegebener geheimer Wert (Umgebung „%2“, nie gespeichert)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from the system keychain (environment “%2”)</source>
            <translation>{{%1}} = geheimer Wert aus dem Schlüsselbund des Systems (Umgebung „%2“)</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Type the value in Environments…, or set the system environment variable %3.</source>
            <translation>Die geheime Variable {{%1}} der Umgebung „%2“ hat keinen Wert: Der Schlüsselbund des Systems hat keinen, und %3 ist nicht gesetzt. Geben Sie den Wert unter „Umgebungen…“ ein, oder setzen Sie die Systemumgebungsvariable %3.</translation>
        </message>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Add --env NAME with an environment of the workspace that defines %1.</source>
            <translation>Die Variable {{%1}} hat keinen Wert: Es ist keine Umgebung gewählt. Fügen Sie --env NAME mit einer Umgebung des Arbeitsbereichs hinzu, die %1 definiert.</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it to that environment in the workspace file (its "environments" list), or choose another environment with --env NAME.</source>
            <translation>Die Variable {{%1}} ist in der Umgebung „%2“ nicht definiert. Fügen Sie sie dieser Umgebung in der Arbeitsbereichsdatei hinzu (in deren Liste „environments“), oder wählen Sie mit --env NAME eine andere Umgebung.</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Set the system environment variable %3 for this command.</source>
            <translation>Die geheime Variable {{%1}} der Umgebung „%2“ hat keinen Wert: Der Schlüsselbund des Systems hat keinen, und %3 ist nicht gesetzt. Setzen Sie die Systemumgebungsvariable %3 für diesen Befehl.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ViewRegistry</name>
        <message>
            <source>%1 (not available in this build)</source>
            <translation>%1 (in diesem Build nicht verfügbar)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceController</name>
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
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
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
            <translation>%1 wurde nicht gespeichert. Die Datei auf der Festplatte ist unverändert und Ihre Änderungen bleiben hier erhalten; speichern Sie sie mit „Speichern unter“ an einem anderen Ort.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Arbeitsbereich speichern unter</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>DCS-Desk-Arbeitsbereiche (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>Der Arbeitsbereich wurde nicht als %1 gespeichert. Ihre Änderungen bleiben hier erhalten.

%2</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
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
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 existiert nicht mehr und wird aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
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
            <translation>Neuer Arbeitsbereich. Speichern Sie ihn mit „Speichern unter“ in einer Datei.</translation>
        </message>
        <message>
            <source>an untitled workspace</source>
            <translation>einem unbenannten Arbeitsbereich</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk wurde beendet, ohne die Änderungen an %1 zu speichern. Eine Kopie davon vom %2 wurde aufbewahrt.

Jetzt wiederherstellen? Wenn Sie sie verwerfen, sind sie verloren.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
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
            <source>%1 was changed on disk by another program, and you have unsaved changes here.

Reload it to see the other version (your unsaved changes are lost), or keep yours (Save will then ask before writing over the other version).</source>
            <translation>%1 wurde auf der Festplatte von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.

Laden Sie die Datei neu, um die andere Version zu sehen (Ihre ungespeicherten Änderungen gehen verloren), oder behalten Sie Ihre (beim Speichern wird dann gefragt, bevor die andere Version überschrieben wird).</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program.

Reload it to see that version, or keep the one shown here (Save will then ask before writing over the other version).</source>
            <translation>%1 wurde auf der Festplatte von einem anderen Programm geändert.

Laden Sie die Datei neu, um diese Version zu sehen, oder behalten Sie die hier angezeigte (beim Speichern wird dann gefragt, bevor die andere Version überschrieben wird).</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Datei auf der Festplatte geändert</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>&amp;Keep Mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>%1 could not be read, so the version shown here stays open. Nothing was saved.

%2</source>
            <translation>%1 konnte nicht gelesen werden; die hier angezeigte Version bleibt geöffnet. Es wurde nichts gespeichert.

%2</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 neu geladen.</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program since it was opened here.

Save your version over it (the other version's changes are then only in the backup copy, if one could be written), reload the other version (your unsaved changes are lost), or cancel and use Save As to keep both.</source>
            <translation>%1 wurde auf der Festplatte von einem anderen Programm geändert, seit die Datei hier geöffnet wurde.

Überschreiben Sie die Datei mit Ihrer Version (die Änderungen der anderen Version stehen dann nur noch in der Sicherungskopie, sofern eine geschrieben werden konnte), laden Sie die andere Version neu (Ihre ungespeicherten Änderungen gehen verloren) oder brechen Sie ab und verwenden Sie „Speichern unter“, um beide zu behalten.</translation>
        </message>
        <message>
            <source>&amp;Overwrite</source>
            <translation>&amp;Überschreiben</translation>
        </message>
        <message numerus="yes">
            <source>DCS Desk was closed without saving %n change(s) to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>
                <numerusform>DCS Desk wurde beendet, ohne %n Änderung an %1 zu speichern. Eine Kopie davon vom %2 wurde aufbewahrt.

Jetzt wiederherstellen? Wenn Sie sie verwerfen, ist sie verloren.</numerusform>
                <numerusform>DCS Desk wurde beendet, ohne %n Änderungen an %1 zu speichern. Eine Kopie davon vom %2 wurde aufbewahrt.

Jetzt wiederherstellen? Wenn Sie sie verwerfen, sind sie verloren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved Without Backup</source>
            <translation>Ohne Sicherungskopie gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>%1 is also open in another DCS Desk window, which has %n unsaved change(s) to it (copied at %2).</source>
            <translation>
                <numerusform>%1 ist auch in einem anderen DCS-Desk-Fenster geöffnet, in dem %n Änderung daran noch nicht gespeichert ist (Kopie vom %2).</numerusform>
                <numerusform>%1 ist auch in einem anderen DCS-Desk-Fenster geöffnet, in dem %n Änderungen daran noch nicht gespeichert sind (Kopie vom %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is also open in another DCS Desk window, which has unsaved changes to it (copied at %2).</source>
            <translation>%1 ist auch in einem anderen DCS-Desk-Fenster geöffnet, in dem Änderungen daran noch nicht gespeichert sind (Kopie vom %2).</translation>
        </message>
        <message>
            <source>You can edit it here too: whichever window saves second is asked before it writes over the other's save. To keep one version, close the file in one of the windows.</source>
            <translation>Sie können die Datei auch hier bearbeiten: Das Fenster, das als zweites speichert, fragt nach, bevor es die vom anderen gespeicherte Version überschreibt. Um nur eine Version zu behalten, schließen Sie die Datei in einem der Fenster.</translation>
        </message>
        <message>
            <source>The other program changed only segment mappings (%1), none of which you changed here: Merge adds its changes to yours as one step you can undo.</source>
            <translation>Das andere Programm hat nur Segmentzuordnungen geändert (%1), und keine davon haben Sie hier geändert: „Zusammenführen“ fügt seine Änderungen in einem Schritt, den Sie rückgängig machen können, zu Ihren hinzu.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>Merging is not possible: %1</source>
            <translation>Zusammenführen ist nicht möglich: %1</translation>
        </message>
        <message>
            <source>Merged from disk: %1. Save to keep both versions' changes.</source>
            <translation>Von der Festplatte zusammengeführt: %1. Speichern Sie, um die Änderungen beider Versionen zu behalten.</translation>
        </message>
        <message>
            <source>The other version holds the same workspace as the one last read or saved here: only the file was written again. Keep Mine loses nothing of it.</source>
            <translation>Die andere Version enthält denselben Arbeitsbereich wie die hier zuletzt gelesene oder gespeicherte: Nur die Datei wurde neu geschrieben. Mit „Meine behalten“ geht nichts davon verloren.</translation>
        </message>
        <message>
            <source>Already Open in Another Window</source>
            <translation>Bereits in einem anderen Fenster geöffnet</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <comment>the recovered changes</comment>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>workspace</source>
            <comment>the default file name, before .json</comment>
            <translation>arbeitsbereich</translation>
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
        <message>
            <source>The version this one started from is not known here (it was restored or converted).</source>
            <translation>Die Ausgangsversion des geöffneten Arbeitsbereichs ist hier nicht bekannt (er wurde wiederhergestellt oder umgewandelt).</translation>
        </message>
        <message>
            <source>Merge Mappings from Disk</source>
            <translation>Zuordnungen von der Festplatte zusammenführen</translation>
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
            <translation>%1 konnte nicht geschrieben werden: %2. Ihre Änderungen sind nicht verloren; speichern Sie sie an einem anderen Ort.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Die Datei auf der Festplatte wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf der Festplatte wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 was changed on disk after it was read (by another program or window), so it was not overwritten. Reload it to see those changes, or save under another name.</source>
            <translation>%1 wurde, nachdem die Datei gelesen wurde, von einem anderen Programm oder Fenster auf der Festplatte geändert und daher nicht überschrieben. Laden Sie die Datei neu, um diese Änderungen zu sehen, oder speichern Sie unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>the disk is full (%1 free on %2)</source>
            <translation>der Datenträger ist voll (%1 frei auf %2)</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>das System hat keinen Grund angegeben</translation>
        </message>
        <message>
            <source>%1 was saved, but no backup of the previous version could be written (%2).</source>
            <translation>%1 wurde gespeichert, aber es konnte keine Sicherungskopie der vorherigen Version geschrieben werden (%2).</translation>
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
        <message>
            <source>a whole number from %1 to %2 was expected</source>
            <translation>ganze Zahl von %1 bis %2 erwartet</translation>
        </message>
        <message>
            <source>a whole number was expected, not a fraction</source>
            <translation>ganze Zahl erwartet, keine Dezimalzahl</translation>
        </message>
        <message>
            <source>a number was expected, not text in quotes</source>
            <translation>Zahl erwartet, kein Text in Anführungszeichen</translation>
        </message>
        <message>
            <source>a whole number was expected</source>
            <translation>ganze Zahl erwartet</translation>
        </message>
        <message>
            <source>expected {"name": text, "value": text, "enabled": true or false}</source>
            <translation>{"name": Text, "value": Text, "enabled": true oder false} erwartet</translation>
        </message>
        <message>
            <source>The key “%1” appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>Der Schlüssel „%1“ kommt im selben Objekt zweimal vor; einer der beiden Werte ginge verloren. Entfernen Sie einen davon und öffnen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the “format” key is missing or different).</source>
            <translation>Dies ist kein DCS-Desk-Arbeitsbereich (der Schlüssel „format“ fehlt oder hat einen anderen Wert).</translation>
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
            <translation>Von jeder Hauptansicht ein PNG-Bild in den Ordner schreiben und dann beenden.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Unbekannte Sprache „%1“; mögliche Werte: %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>%1 konnte nicht geöffnet werden; DCS Desk startet mit einem leeren Arbeitsbereich.

%2</translation>
        </message>
        <message>
            <source>Print the milliseconds from process start to the first painted main window and the resident memory then, as JSON, and quit.</source>
            <translation>Die Millisekunden vom Prozessstart bis zum ersten gezeichneten Hauptfenster und den dann belegten Arbeitsspeicher als JSON ausgeben und beenden.</translation>
        </message>
        <message>
            <source>DCS Desk needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; to write screenshots without a display, set QT_QPA_PLATFORM=offscreen.</source>
            <translation>DCS Desk benötigt eine Anzeige, es wurde aber keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie es aus einer Desktop-Sitzung; um Bildschirmfotos ohne Anzeige zu erstellen, setzen Sie QT_QPA_PLATFORM=offscreen.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>DCS Desk is already running; its window is now in front.</source>
            <translation>DCS Desk läuft bereits; sein Fenster ist jetzt im Vordergrund.</translation>
        </message>
        <message>
            <source>DCS Desk is already running; %1 opens in its window (it asks first about unsaved changes).</source>
            <translation>DCS Desk läuft bereits; %1 wird in dessen Fenster geöffnet (zuvor werden Sie nach ungespeicherten Änderungen gefragt).</translation>
        </message>
        <message>
            <source>Another start of DCS Desk cannot hand its file to this window (%1); it opens its own window instead.</source>
            <translation>Eine weitere gestartete Instanz von DCS Desk kann ihre Datei nicht an dieses Fenster übergeben (%1); sie öffnet stattdessen ein eigenes Fenster.</translation>
        </message>
        <message>
            <source>scheme</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>With --screenshot: take the pictures at the window size a screen of this size gives, such as 1366x768 (without it, the window is 1280×800).</source>
            <translation>Mit --screenshot: die Bilder in der Fenstergröße aufnehmen, die ein Bildschirm dieser Größe ergibt, etwa 1366x768 (ohne diese Option ist das Fenster 1280×800 groß).</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT</source>
            <translation>BREITExHÖHE</translation>
        </message>
        <message>
            <source>--screen "%1" is not used: give it with --screenshot, as WIDTHxHEIGHT of at least 640x480, such as 1366x768.</source>
            <translation>--screen „%1“ wird nicht verwendet: Geben Sie die Option zusammen mit --screenshot an, als BREITExHÖHE von mindestens 640x480, etwa 1366x768.</translation>
        </message>
        <message>
            <source>Color scheme: light, dark or system (as the desktop). For this start only; screenshots are light unless it is given.</source>
            <translation>Farbschema: light (hell), dark (dunkel) oder system (wie der Desktop). Gilt nur für diesen Start; Bildschirmfotos sind hell, sofern die Option nicht angegeben ist.</translation>
        </message>
        <message>
            <source>Unknown color scheme "%1"; use one of: %2.</source>
            <translation>Unbekanntes Farbschema „%1“; mögliche Werte: %2.</translation>
        </message>
    </context>
</TS>
