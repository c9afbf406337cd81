<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AamRest</name>
        <message>
            <source>segment</source>
            <translation>segment</translation>
        </message>
        <message>
            <source>mapping value</source>
            <translation>valeur de mappage</translation>
        </message>
        <message>
            <source>cookie value</source>
            <translation>valeur de cookie</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>priorité</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Mappage %1</translation>
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
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorés</translation>
        </message>
        <message>
            <source>Import %1, %2 and %3 (AAM REST)</source>
            <translation>Importer %1, %2 et %3 (AAM REST)</translation>
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
                <numerusform>%n mappage</numerusform>
                <numerusform>%n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1 and %2 (AAM REST)</source>
            <translation>Importer %1 et %2 (AAM REST)</translation>
        </message>
        <message>
            <source>Its destination is skipped.</source>
            <translation>Sa destination est ignorée.</translation>
        </message>
        <message>
            <source>Destination %1 is neither in the workspace nor in the file.</source>
            <translation>La destination %1 n’est ni dans l’espace de travail ni dans le fichier.</translation>
        </message>
        <message>
            <source>The mapping does not say which destination it belongs to (destinationId).</source>
            <translation>Le mappage n’indique pas à quelle destination il appartient (destinationId).</translation>
        </message>
        <message>
            <source>Mapping ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>L’ID de mappage %1 apparaît plusieurs fois dans le fichier ; seul le premier est importé.</translation>
        </message>
        <message>
            <source>Mapping ID %1 belongs to destination %2 in the workspace, not to destination %3.</source>
            <translation>L’ID de mappage %1 appartient à la destination %2 dans l’espace de travail, pas à la destination %3.</translation>
        </message>
        <message>
            <source>Matched by segment and start date (the file has no mapping ID).</source>
            <translation>Rapproché par segment et date de début (le fichier n’a pas d’ID de mappage).</translation>
        </message>
        <message>
            <source>Same as in the workspace.</source>
            <translation>Identique à l’espace de travail.</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Modifications : %1</translation>
        </message>
        <message>
            <source>A new mapping needs a start date (YYYY-MM-DD).</source>
            <translation>Un nouveau mappage a besoin d’une date de début (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Destination %1</translation>
        </message>
        <message>
            <source>Destination %1 in the file</source>
            <translation>Destination %1 du fichier</translation>
        </message>
        <message>
            <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>L’ID de destination %1 apparaît plusieurs fois dans le fichier ; seule la première est importée.</translation>
        </message>
        <message>
            <source>Matched by name (the file has no destinationId).</source>
            <translation>Rapprochée par nom (le fichier n’a pas de destinationId).</translation>
        </message>
        <message>
            <source>Destination %1 has the type %2 in the workspace but %3 in the file. Change the ID in the file to import it as a new destination.</source>
            <translation>La destination %1 est de type %2 dans l’espace de travail mais %3 dans le fichier. Changez l’ID dans le fichier pour l’importer comme nouvelle destination.</translation>
        </message>
        <message>
            <source>Changes: Audience Manager's own fields</source>
            <translation>Modifications : champs propres à Audience Manager</translation>
        </message>
        <message>
            <source>A new destination needs a name.</source>
            <translation>Une nouvelle destination a besoin d’un nom.</translation>
        </message>
        <message>
            <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
            <translation>Le fichier n’indique pas s’il s’agit d’une destination d’URL (PUSH) ou de cookie (ADS).</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created in Audience Manager; this one mirrors an existing one.</source>
            <translation>Les destinations serveur à serveur ne peuvent pas être créées dans Audience Manager ; celle-ci reflète une destination existante.</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); created from the file's elementName and elementDescription.</source>
            <translation>
                <numerusform>Utilisé par %n mappage importé ; créé à partir des champs elementName et elementDescription du fichier.</numerusform>
                <numerusform>Utilisé par %n mappages importés ; créé à partir des champs elementName et elementDescription du fichier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
            <translation>
                <numerusform>Utilisé par %n mappage importé ; le fichier ne donne pas de nom, il est donc nommé d’après son ID.</numerusform>
                <numerusform>Utilisé par %n mappages importés ; le fichier ne donne pas de nom, il est donc nommé d’après son ID.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalogue. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>Absent du catalogue de segments. %n mappage importé l’utilise et reste signalé jusqu’à ce que vous l’ajoutiez.</numerusform>
                <numerusform>Absent du catalogue de segments. %n mappages importés l’utilisent et restent signalés jusqu’à ce que vous l’ajoutiez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping %1: "%2" has an unexpected value (%3).</source>
            <translation>Mappage %1 : « %2 » a une valeur inattendue (%3).</translation>
        </message>
        <message>
            <source>Mapping %1 has no segment ID (sid).</source>
            <translation>Le mappage %1 n’a pas d’ID de segment (sid).</translation>
        </message>
        <message>
            <source>Mapping %1 has traitType "%2"; only SEGMENT mappings can be imported.</source>
            <translation>Le mappage %1 a le traitType « %2 » ; seuls les mappages SEGMENT peuvent être importés.</translation>
        </message>
        <message>
            <source>%1: "%2" has an unexpected value (%3).</source>
            <translation>%1 : « %2 » a une valeur inattendue (%3).</translation>
        </message>
        <message>
            <source>%1: destinationType "%2" is neither PUSH (URL) nor ADS (cookie).</source>
            <translation>%1 : destinationType « %2 » n’est ni PUSH (URL) ni ADS (cookie).</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has cookie fields, so it is read as a cookie destination.</source>
            <translation>%1 n’a pas de destinationType ; elle a des champs de cookie et est donc lue comme destination de cookie.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 n’a pas de destinationType ; elle a des champs d’URL et est donc lue comme destination d’URL.</translation>
        </message>
        <message>
            <source>Mapping %1 is not a JSON object.</source>
            <translation>Le mappage %1 n’est pas un objet JSON.</translation>
        </message>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 n’existe pas. Vérifiez le nom du fichier et le dossier.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, larger than the %3 MB an AAM REST export can reasonably be. Choose the JSON file the REST API returned.</source>
            <translation>%1 fait %2 Mo, plus que les %3 Mo qu’un export AAM REST peut raisonnablement atteindre. Choisissez le fichier JSON renvoyé par l’API REST.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Check that you may read it.</source>
            <translation>Impossible de lire %1 : %2. Vérifiez que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
            <translation>Ce n’est pas du JSON valide (ligne %1, colonne %2 : %3). Corrigez le fichier ou exportez-le à nouveau depuis l’API REST.</translation>
        </message>
        <message numerus="yes">
            <source>The key "%1" is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>La clé « %1 » est répétée dans un objet (%n fois, la première à la ligne %2) ; la dernière valeur est utilisée.</numerusform>
                <numerusform>La clé « %1 » est répétée dans un objet (%n fois, la première à la ligne %2) ; la dernière valeur est utilisée.</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list: it holds %2 of %3 destinations. Export the other pages to import them too.</source>
            <translation>Ce fichier est la page %1 d’une liste paginée : il contient %2 destinations sur %3. Exportez les autres pages pour les importer aussi.</translation>
        </message>
        <message>
            <source>Destination %1 is not a JSON object; it is skipped.</source>
            <translation>La destination %1 n’est pas un objet JSON ; elle est ignorée.</translation>
        </message>
        <message>
            <source>The file holds no destination or mapping objects. Choose a file returned by GET /v1/destinations/ or a destination object.</source>
            <translation>Le fichier ne contient aucun objet destination ou mappage. Choisissez un fichier renvoyé par GET /v1/destinations/ ou un objet destination.</translation>
        </message>
        <message>
            <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk's fields to export them.</source>
            <translation>%1 (%2) : les destinations serveur à serveur n’ont pas de type AAM REST ; incluez les champs de DCS Desk pour les exporter.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
            <translation>Impossible d’enregistrer %1 : %2. Rien n’a été écrit ; vérifiez l’espace libre et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>AppPaths</name>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>The sample workspace could not be copied to %1.</source>
            <translation>Impossible de copier l’espace de travail d’exemple vers %1.</translation>
        </message>
    </context>
    <context>
        <name>DcsRegion</name>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox locale</translation>
        </message>
        <message>
            <source>Southeast Asia (Singapore)</source>
            <translation>Asie du Sud-Est (Singapour)</translation>
        </message>
        <message>
            <source>South America (São Paulo, Brazil)</source>
            <translation>Amérique du Sud (São Paulo, Brésil)</translation>
        </message>
        <message>
            <source>Europe (Dublin, Ireland)</source>
            <translation>Europe (Dublin, Irlande)</translation>
        </message>
        <message>
            <source>US East (Virginia, USA)</source>
            <translation>États-Unis Est (Virginie, États-Unis)</translation>
        </message>
        <message>
            <source>South Pacific / Oceania (Sydney, Australia)</source>
            <translation>Pacifique Sud / Océanie (Sydney, Australie)</translation>
        </message>
        <message>
            <source>US West (Oregon, USA)</source>
            <translation>États-Unis Ouest (Oregon, États-Unis)</translation>
        </message>
        <message>
            <source>Asia (Tokyo, Japan)</source>
            <translation>Asie (Tokyo, Japon)</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Inde</translation>
        </message>
        <message>
            <source>Unknown region %1</source>
            <translation>Région inconnue %1</translation>
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
            <translation>Sans sérialisation, chaque mappage déclenche sa propre URL. Activez « Sérialiser » pour envoyer tous les segments en un seul appel construit à partir de l’URL de base et de l’URL sécurisée.</translation>
        </message>
        <message>
            <source>Set a serial delimiter to see the serialized form of this cookie.</source>
            <translation>Définissez un délimiteur de série pour voir la forme sérialisée de ce cookie.</translation>
        </message>
        <message>
            <source>Server-to-server destinations deliver the mapping values in batch files from Audience Manager's servers, not from the browser.</source>
            <translation>Les destinations serveur à serveur livrent les valeurs de mappage dans des fichiers par lots depuis les serveurs d’Audience Manager, pas depuis le navigateur.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPrompt</name>
        <message>
            <source>an untitled workspace</source>
            <translation>un espace de travail sans titre</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Récupérer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>The copy could not be restored; it is kept in %1.

%2</source>
            <translation>Impossible de restaurer la copie ; elle est conservée dans %1.

%2</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk a été fermé sans enregistrer les modifications apportées à %1. Une copie datée du %2 a été conservée.

Les restaurer maintenant ? Si vous les abandonnez, elles sont perdues.</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
            <translation>Impossible de créer le dossier %1. Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>Impossible d’écrire %1.</translation>
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
            <translation>Serveur à serveur</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Toutes les plateformes</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Navigateur</translation>
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
            <translation>Pas de remplissage automatique</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segment</translation>
        </message>
        <message>
            <source>Integration code value</source>
            <translation>Valeur du code d’intégration</translation>
        </message>
        <message>
            <source>Single key</source>
            <translation>Clé unique</translation>
        </message>
        <message>
            <source>Multi key</source>
            <translation>Clés multiples</translation>
        </message>
        <message>
            <source>All of our domains</source>
            <translation>Tous nos domaines</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Uniquement les domaines sélectionnés</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Tous nos domaines sauf les domaines sélectionnés</translation>
        </message>
        <message>
            <source>May enable a combination with personally identifiable information (PII)</source>
            <translation>Peut permettre une combinaison avec des informations d’identification personnelle (PII)</translation>
        </message>
        <message>
            <source>May be used for on-site ad targeting</source>
            <translation>Peut être utilisée pour le ciblage publicitaire sur site</translation>
        </message>
        <message>
            <source>May be used for off-site ad targeting</source>
            <translation>Peut être utilisée pour le ciblage publicitaire hors site</translation>
        </message>
        <message>
            <source>May be used for on-site ad personalization</source>
            <translation>Peut être utilisée pour la personnalisation publicitaire sur site</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Auto-fill mapping</source>
            <translation>Remplir le mappage automatiquement</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Libellés d’exportation des données</translation>
        </message>
        <message>
            <source>Serialize</source>
            <translation>Sérialiser</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL de base</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL sécurisée</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Délimiteur</translation>
        </message>
        <message>
            <source>Cookie name</source>
            <translation>Nom du cookie</translation>
        </message>
        <message>
            <source>Cookie domain</source>
            <translation>Domaine du cookie</translation>
        </message>
        <message>
            <source>Data format</source>
            <translation>Format des données</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Key-value separator</source>
            <translation>Séparateur clé-valeur</translation>
        </message>
        <message>
            <source>Key-value delimiter</source>
            <translation>Délimiteur de paires clé-valeur</translation>
        </message>
        <message>
            <source>Serial delimiter</source>
            <translation>Délimiteur de série</translation>
        </message>
        <message>
            <source>Maximum cookie size</source>
            <translation>Taille maximale du cookie</translation>
        </message>
        <message>
            <source>Cookie expiration (days)</source>
            <translation>Expiration du cookie (jours)</translation>
        </message>
        <message>
            <source>Publish data to</source>
            <translation>Publier les données vers</translation>
        </message>
        <message>
            <source>Selected domains</source>
            <translation>Domaines sélectionnés</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationEditor</name>
        <message>
            <source>Select a destination in the list, or create one with New.</source>
            <translation>Sélectionnez une destination dans la liste ou créez-en une avec Nouveau.</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>Informations de base</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Libellés d’exportation des données</translation>
        </message>
        <message>
            <source>Configuration: URL</source>
            <translation>Configuration : URL</translation>
        </message>
        <message>
            <source>Configuration: cookie</source>
            <translation>Configuration : cookie</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Mappages de segments</translation>
        </message>
        <message>
            <source>Labels block an export only when a data source has a matching data export control.</source>
            <translation>Les libellés ne bloquent une exportation que si une source de données a un contrôle d’exportation correspondant.</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Auto-fill destination mapping:</source>
            <translation>Remplir le mappage automatiquement :</translation>
        </message>
        <message>
            <source>Domain IDs:</source>
            <translation>ID de domaine :</translation>
        </message>
        <message>
            <source>Maximum size (bytes):</source>
            <translation>Taille maximale (octets) :</translation>
        </message>
        <message>
            <source>Expiration (days):</source>
            <translation>Expiration (jours) :</translation>
        </message>
        <message>
            <source>Serialize:</source>
            <translation>Sérialiser :</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Required; no abbreviations or special characters</source>
            <translation>Obligatoire ; sans abréviations ni caractères spéciaux</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Send all qualified segments in one call</source>
            <translation>Envoyer tous les segments qualifiés en un seul appel</translation>
        </message>
        <message>
            <source>Put all values of a key in one pair</source>
            <translation>Toutes les valeurs d’une clé en une paire</translation>
        </message>
        <message>
            <source>e.g. , or ;</source>
            <translation>p. ex. , ou ;</translation>
        </message>
        <message>
            <source>e.g. , or #</source>
            <translation>p. ex. , ou #</translation>
        </message>
        <message>
            <source>Blank = all domains, else e.g. .example.com</source>
            <translation>Vide = tous les domaines, sinon p. ex. .example.com</translation>
        </message>
        <message>
            <source>Domain IDs separated by commas, e.g. 312, 318</source>
            <translation>ID de domaine séparés par des virgules, p. ex. 312, 318</translation>
        </message>
        <message>
            <source>Not serialized: each mapped segment fires its own URL, which is set in the segment's mapping.</source>
            <translation>Non sérialisé : chaque segment mappé déclenche sa propre URL, définie dans le mappage du segment.</translation>
        </message>
        <message>
            <source>HTTP address; %ALIAS% is replaced by the mapped segment values. Macros such as %rnd%, %did% and %timestamp% are expanded.</source>
            <translation>Adresse HTTP ; %ALIAS% est remplacé par les valeurs des segments mappés. Les macros comme %rnd%, %did% et %timestamp% sont développées.</translation>
        </message>
        <message>
            <source>HTTPS address used on secure pages; it needs %ALIAS% too.</source>
            <translation>Adresse HTTPS utilisée sur les pages sécurisées ; elle a aussi besoin de %ALIAS%.</translation>
        </message>
        <message>
            <source>0 (session)</source>
            <translation>0 (session)</translation>
        </message>
        <message>
            <source>Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.</source>
            <translation>Saisissez les ID de domaine en nombres entiers séparés par des virgules, p. ex. 312, 318.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>URL destination · ID %1 · last change %2</source>
            <translation>Destination d’URL · ID %1 · dernière modification %2</translation>
        </message>
        <message>
            <source>Cookie destination · ID %1 · last change %2</source>
            <translation>Destination de cookie · ID %1 · dernière modification %2</translation>
        </message>
        <message>
            <source>Server-to-server destination · ID %1 · last change %2</source>
            <translation>Destination serveur à serveur · ID %1 · dernière modification %2</translation>
        </message>
        <message>
            <source>Server-to-server destinations are set up by Adobe or through an integrated platform. Audience Manager cannot create them and lets you edit only their segment mappings; their name cannot be changed there. Here they mirror the destinations of your account.</source>
            <translation>Les destinations serveur à serveur sont configurées par Adobe ou via une plateforme intégrée. Audience Manager ne peut pas les créer et ne permet de modifier que leurs mappages de segments ; leur nom n’y est pas modifiable. Ici, elles reflètent les destinations de votre compte.</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <translation>Plateformes intégrées</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisée</translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet.</source>
            <translation>Aucun segment n’est encore mappé à cette destination.</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n actif</numerusform>
                <numerusform>%n actifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n expiré</numerusform>
                <numerusform>%n expirés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not started yet</source>
            <translation>
                <numerusform>%n pas encore commencé</numerusform>
                <numerusform>%n pas encore commencés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped</source>
            <translation>
                <numerusform>%n segment mappé</numerusform>
                <numerusform>%n segments mappés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message>
            <source>No declared ID for data source %1: %%2% is empty.</source>
            <translation>Aucun ID déclaré pour la source de données %1 : %%2% reste vide.</translation>
        </message>
        <message>
            <source>%1 is not a known macro and is sent as is.</source>
            <translation>%1 n’est pas une macro connue et est envoyée telle quelle.</translation>
        </message>
        <message>
            <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
            <translation>L’URL compte %1 caractères, plus que les %2 qu’une requête GET peut transporter ; les partenaires peuvent la tronquer.</translation>
        </message>
        <message>
            <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
            <translation>%1 ne contient pas %ALIAS% : les valeurs des segments n’ont nulle part où aller.</translation>
        </message>
        <message numerus="yes">
            <source>%n lowest-priority value(s) left out to keep the cookie within its maximum size.</source>
            <translation>
                <numerusform>%n valeur de plus faible priorité omise pour que le cookie respecte sa taille maximale.</numerusform>
                <numerusform>%n valeurs de plus faible priorité omises pour que le cookie respecte sa taille maximale.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationListModel</name>
        <message numerus="yes">
            <source>%n expired mapping(s)</source>
            <translation>
                <numerusform>%n mappage expiré</numerusform>
                <numerusform>%n mappages expirés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n invalid setting(s)</source>
            <translation>
                <numerusform>%n paramètre non valide</numerusform>
                <numerusform>%n paramètres non valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n expiré</numerusform>
                <numerusform>%n expirés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Active mappings / all mappings</source>
            <translation>Mappages actifs / tous les mappages</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Mapped segments</source>
            <translation>Segments mappés</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Nouvelle destination %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n destination(s)</source>
            <translation>
                <numerusform>Ajouter %n destination</numerusform>
                <numerusform>Ajouter %n destinations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationsView</name>
        <message>
            <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
            <translation>Rechercher nom, ID, URL ou nom de cookie (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
            <translation>Chaque mot doit apparaître. Flèche bas passe à la liste ; Échap efface.</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Show only destinations of one type</source>
            <translation>N’afficher que les destinations d’un type</translation>
        </message>
        <message>
            <source>New &amp;URL Destination</source>
            <translation>Nouvelle destination d’&amp;URL</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>New URL destination (%1); the arrow offers the other types</source>
            <translation>Nouvelle destination d’URL (%1) ; la flèche propose les autres types</translation>
        </message>
        <message>
            <source>New &amp;Cookie Destination</source>
            <translation>Nouvelle destination de &amp;cookie</translation>
        </message>
        <message>
            <source>New &amp;Server-to-Server Destination…</source>
            <translation>Nouvelle destination &amp;serveur à serveur…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Duplicate the selected destinations with their mappings (%1)</source>
            <translation>Dupliquer les destinations sélectionnées avec leurs mappages (%1)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected destinations (%1)</source>
            <translation>Supprimer les destinations sélectionnées (%1)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>Destinations from AAM REST JSON…</source>
            <translation>Destinations depuis un JSON AAM REST…</translation>
        </message>
        <message>
            <source>Destinations as AAM REST JSON…</source>
            <translation>Destinations en JSON AAM REST…</translation>
        </message>
        <message>
            <source>Show Fire &amp;Preview</source>
            <translation>Afficher l’a&amp;perçu du déclenchement</translation>
        </message>
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
                <numerusform>%1 sur %n destination</numerusform>
                <numerusform>%1 sur %n destinations</numerusform>
            </translation>
        </message>
        <message>
            <source>New server-to-server destination</source>
            <translation>Nouvelle destination serveur à serveur</translation>
        </message>
        <message>
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager ne peut pas créer de destinations serveur à serveur : Adobe ou une plateforme intégrée les configure, et vous ne pouvez modifier que leurs mappages.

N’en ajoutez une ici que pour refléter une destination qui existe dans votre compte, afin de modifier ses mappages et de l’essayer dans la sandbox.</translation>
        </message>
        <message>
            <source>Add Mirror</source>
            <translation>Ajouter le reflet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>New URL destination %1</source>
            <translation>Nouvelle destination d’URL %1</translation>
        </message>
        <message>
            <source>New cookie destination %1</source>
            <translation>Nouvelle destination de cookie %1</translation>
        </message>
        <message>
            <source>New server-to-server destination %1</source>
            <translation>Nouvelle destination serveur à serveur %1</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Nouvelle destination %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: Audience Manager cannot create them.</source>
            <translation>
                <numerusform>%n destination serveur à serveur non dupliquée : Audience Manager ne peut pas les créer.</numerusform>
                <numerusform>%n destinations serveur à serveur non dupliquées : Audience Manager ne peut pas les créer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n destination(s)</source>
            <translation>
                <numerusform>Dupliquer %n destination</numerusform>
                <numerusform>Dupliquer %n destinations</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicated %1 with %2.</source>
            <translation>Dupliqué : %1 avec %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mappage</numerusform>
                <numerusform>%n mappages</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete destinations</source>
            <translation>Supprimer des destinations</translation>
        </message>
        <message>
            <source>Delete the destination "%1"?</source>
            <translation>Supprimer la destination « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)?</source>
            <translation>
                <numerusform>Supprimer %n destination ?</numerusform>
                <numerusform>Supprimer %n destinations ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s).</source>
            <translation>
                <numerusform>%n destination supprimée.</numerusform>
                <numerusform>%n destinations supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" still has %2. Audience Manager deletes a destination only after its mappings are removed.

Delete the destination and its mappings?</source>
            <translation>« %1 » a encore %2. Audience Manager ne supprime une destination qu’après la suppression de ses mappages.

Supprimer la destination et ses mappages ?</translation>
        </message>
        <message numerus="yes">
            <source>%n segment mapping(s)</source>
            <translation>
                <numerusform>%n mappage de segment</numerusform>
                <numerusform>%n mappages de segments</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of the %2 selected destinations still have mappings (%3 in all). Audience Manager deletes a destination only after its mappings are removed.</source>
            <translation>%1 des %2 destinations sélectionnées ont encore des mappages (%3 au total). Audience Manager ne supprime une destination qu’après la suppression de ses mappages.</translation>
        </message>
        <message>
            <source>Delete with Mappings</source>
            <translation>Supprimer avec les mappages</translation>
        </message>
        <message>
            <source>Delete Only Unmapped (%1)</source>
            <translation>Supprimer seulement celles sans mappage (%1)</translation>
        </message>
        <message>
            <source>Deleted %1 and %2.</source>
            <translation>Supprimé : %1 et %2.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s) without mappings.</source>
            <translation>
                <numerusform>%n destination sans mappage supprimée.</numerusform>
                <numerusform>%n destinations sans mappage supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Destinations from AAM REST JSON</source>
            <translation>Importer des destinations depuis un JSON AAM REST</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>Impossible d’importer %1.

%2</translation>
        </message>
        <message>
            <source>Imported from %1: %2.</source>
            <translation>Importé depuis %1 : %2.</translation>
        </message>
        <message>
            <source>destinations</source>
            <translation>destinations</translation>
        </message>
        <message>
            <source>Export Destinations as AAM REST JSON</source>
            <translation>Exporter les destinations en JSON AAM REST</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Exported %1 with %2 to %3.</source>
            <translation>Exporté : %1 avec %2 vers %3.</translation>
        </message>
        <message>
            <source>%1 Left out: %2</source>
            <translation>%1 Omis : %2</translation>
        </message>
        <message>
            <source>Updated by the partner</source>
            <translation>Mis à jour par le partenaire</translation>
        </message>
        <message>
            <source>Partner pixel (imported)</source>
            <translation>Pixel du partenaire (importé)</translation>
        </message>
        <message>
            <source>Partner audience</source>
            <translation>Audience du partenaire</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingsDialog</name>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Mapping value</source>
            <translation>Valeur de mappage</translation>
        </message>
        <message>
            <source>Cookie value</source>
            <translation>Valeur de cookie</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segment</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Code d’intégration</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Alias de domaine</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>URL de base personnalisée</translation>
        </message>
        <message>
            <source>Validation Findings</source>
            <translation>Résultats de la validation</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>No problems found in this workspace.</source>
            <translation>Aucun problème trouvé dans cet espace de travail.</translation>
        </message>
        <message>
            <source>%1, %2 and %3. Double-click a row to go to the object.</source>
            <translation>%1, %2 et %3. Double-cliquez sur une ligne pour aller à l’objet.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n remarque</numerusform>
                <numerusform>%n remarques</numerusform>
            </translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destination %1 (%2)</translation>
        </message>
        <message>
            <source>Mapping %1: segment %2 → destination %3</source>
            <translation>Mappage %1 : segment %2 → destination %3</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Mappage %1</translation>
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
            <translation>Aperçu du déclenchement</translation>
        </message>
        <message>
            <source>Try in Console</source>
            <translation>Essayer dans la console</translation>
        </message>
        <message>
            <source>Open the request console with a sandbox call for a user who qualifies for the sample segments.</source>
            <translation>Ouvre la console de requêtes avec un appel à la sandbox pour un utilisateur qualifié pour les segments d’exemple.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>La console de requêtes ne fait pas partie de cette version, l’appel ne peut donc pas être essayé d’ici.</translation>
        </message>
        <message>
            <source>&amp;Sample segments:</source>
            <translation>&amp;Segments d’exemple :</translation>
        </message>
        <message>
            <source>Segment IDs separated by commas</source>
            <translation>ID de segment séparés par des virgules</translation>
        </message>
        <message>
            <source>The segments the sample user qualifies for. By default the segments mapped to this destination.</source>
            <translation>Les segments pour lesquels l’utilisateur d’exemple est qualifié. Par défaut, les segments mappés à cette destination.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Back to the segments mapped to this destination</source>
            <translation>Revenir aux segments mappés à cette destination</translation>
        </message>
        <message>
            <source>Sample macro values</source>
            <translation>Valeurs d’exemple des macros</translation>
        </message>
        <message>
            <source>User ID (%did%):</source>
            <translation>ID d’utilisateur (%did%) :</translation>
        </message>
        <message>
            <source>Experience Cloud ID (%mcid%):</source>
            <translation>ID Experience Cloud (%mcid%) :</translation>
        </message>
        <message>
            <source>Region (%region%):</source>
            <translation>Région (%region%) :</translation>
        </message>
        <message>
            <source>Page protocol (%http_proto%):</source>
            <translation>Protocole de la page (%http_proto%) :</translation>
        </message>
        <message>
            <source>Timestamp (%timestamp%):</source>
            <translation>Horodatage (%timestamp%) :</translation>
        </message>
        <message>
            <source>Random number (%rnd%):</source>
            <translation>Nombre aléatoire (%rnd%) :</translation>
        </message>
        <message>
            <source>Declared IDs (%dpid_…%):</source>
            <translation>ID déclarés (%dpid_…%) :</translation>
        </message>
        <message>
            <source>GDPR applies (${GDPR}):</source>
            <translation>Le RGPD s’applique (${GDPR}) :</translation>
        </message>
        <message>
            <source>Consent string (${GDPR_CONSENT_…}):</source>
            <translation>Chaîne de consentement (${GDPR_CONSENT_…}) :</translation>
        </message>
        <message>
            <source>data source:ID, e.g. 1:CustomerABC, 2:98765</source>
            <translation>source de données:ID, p. ex. 1:CustomerABC, 2:98765</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Draw a new random number</source>
            <translation>Tirer un nouveau nombre aléatoire</translation>
        </message>
        <message>
            <source>1 (applies)</source>
            <translation>1 (s’applique)</translation>
        </message>
        <message>
            <source>0 (does not apply)</source>
            <translation>0 (ne s’applique pas)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Not a segment ID: %1. Enter numbers separated by commas.</source>
            <translation>Pas un ID de segment : %1. Saisissez des nombres séparés par des virgules.</translation>
        </message>
        <message>
            <source>Select a destination to see what it fires.</source>
            <translation>Sélectionnez une destination pour voir ce qu’elle déclenche.</translation>
        </message>
        <message>
            <source>Sample user's segments</source>
            <translation>Segments de l’utilisateur d’exemple</translation>
        </message>
        <message>
            <source>None. Enter segment IDs above.</source>
            <translation>Aucun. Saisissez des ID de segment ci-dessus.</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>mappé</translation>
        </message>
        <message>
            <source>not mapped yet: auto-fill value</source>
            <translation>pas encore mappé : valeur remplie automatiquement</translation>
        </message>
        <message>
            <source>mapping expired: not sent</source>
            <translation>mappage expiré : non envoyé</translation>
        </message>
        <message>
            <source>mapping not started: not sent</source>
            <translation>mappage pas commencé : non envoyé</translation>
        </message>
        <message>
            <source>not mapped: needs a mapping to send anything</source>
            <translation>non mappé : il faut un mappage pour envoyer quoi que ce soit</translation>
        </message>
        <message>
            <source>(not in the catalogue)</source>
            <translation>(absent du catalogue)</translation>
        </message>
        <message>
            <source>Nothing fires for these segments.</source>
            <translation>Rien n’est déclenché pour ces segments.</translation>
        </message>
        <message>
            <source>Pixel for segment %1</source>
            <translation>Pixel du segment %1</translation>
        </message>
        <message>
            <source>URL (http and https):</source>
            <translation>URL (http et https) :</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n caractère</numerusform>
                <numerusform>%n caractères</numerusform>
            </translation>
        </message>
        <message>
            <source>Base URL (http):</source>
            <translation>URL de base (http) :</translation>
        </message>
        <message>
            <source>Secure URL (https):</source>
            <translation>URL sécurisée (https) :</translation>
        </message>
        <message>
            <source>No cookie is written for these segments.</source>
            <translation>Aucun cookie n’est écrit pour ces segments.</translation>
        </message>
        <message>
            <source>Cookie (name=value):</source>
            <translation>Cookie (nom=valeur) :</translation>
        </message>
        <message>
            <source>domain: all of the site's domains</source>
            <translation>domaine : tous les domaines du site</translation>
        </message>
        <message>
            <source>domain: %1</source>
            <translation>domaine : %1</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>expire dans %n jour</numerusform>
                <numerusform>expire dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>expires with the session</source>
            <translation>expire avec la session</translation>
        </message>
        <message>
            <source>Nothing is sent for these segments.</source>
            <translation>Rien n’est envoyé pour ces segments.</translation>
        </message>
        <message>
            <source>Segment values in the next batch file:</source>
            <translation>Valeurs de segment dans le prochain fichier par lots :</translation>
        </message>
        <message>
            <source>Sent server to server</source>
            <translation>Envoyé de serveur à serveur</translation>
        </message>
        <message>
            <source>Fires now (serialized)</source>
            <translation>Déclenché maintenant (sérialisé)</translation>
        </message>
        <message>
            <source>Fires now (not serialized)</source>
            <translation>Déclenché maintenant (non sérialisé)</translation>
        </message>
        <message>
            <source>If not serialized</source>
            <translation>Si non sérialisé</translation>
        </message>
        <message>
            <source>If serialized</source>
            <translation>Si sérialisé</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MainWindow</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>%1[*] — DCS Desk</source>
            <translation>%1[*] — DCS Desk</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espaces de travail DCS Desk (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>About DCS Desk</source>
            <translation>À propos de DCS Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, segment mappings and DCS calls for Audience Manager style data activation, with a local DCS sandbox that works offline.&lt;/p&gt;&lt;p&gt;Your workspaces are plain JSON files; nothing leaves this computer unless you send a call.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, mappages de segments et appels DCS pour l’activation de données à la manière d’Audience Manager, avec une sandbox DCS locale qui fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Vos espaces de travail sont de simples fichiers JSON ; rien ne quitte cet ordinateur tant que vous n’envoyez pas d’appel.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New Workspace</source>
            <translation>&amp;Nouvel espace de travail</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>&amp;Effacer les fichiers récents</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Show &amp;Navigation</source>
            <translation>Afficher la &amp;navigation</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>Langue du &amp;système</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About DCS Desk</source>
            <translation>À &amp;propos de DCS Desk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Validation of the whole workspace. Click for the list.</source>
            <translation>Validation de tout l’espace de travail. Cliquez pour voir la liste.</translation>
        </message>
        <message>
            <source>%1 (not available in this build)</source>
            <translation>%1 (non disponible dans cette version)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir %1</translation>
        </message>
        <message>
            <source>%1[*] (read-only) — DCS Desk</source>
            <translation>%1[*] (lecture seule) — DCS Desk</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Aucun problème</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
            <translation>%1 contient des modifications non enregistrées.

Les enregistrer avant de continuer ? Si vous les abandonnez, elles sont perdues.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Échec de l’enregistrement</translation>
        </message>
        <message>
            <source>%1 was not saved. The file on disk is unchanged and your edits are still open here; try Save As to keep them elsewhere.

%2</source>
            <translation>%1 n’a pas été enregistré. Le fichier sur le disque est inchangé et vos modifications sont toujours ouvertes ici ; essayez Enregistrer sous pour les garder ailleurs.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Enregistrer l’espace de travail sous</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>L’espace de travail n’a pas été enregistré sous %1. Vos modifications sont toujours ouvertes ici.

%2</translation>
        </message>
        <message>
            <source>%1 could not be opened. The workspace you had open is unchanged.

%2</source>
            <translation>Impossible d’ouvrir %1. L’espace de travail ouvert est inchangé.

%2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>%1 ouvert.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox locale</translation>
        </message>
        <message>
            <source>New workspace. Use Save As to give it a file.</source>
            <translation>Nouvel espace de travail. Utilisez Enregistrer sous pour lui donner un fichier.</translation>
        </message>
        <message>
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 n’existe plus ; il est retiré des fichiers récents.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingTableModel</name>
        <message>
            <source>Mapping</source>
            <translation>Mappage</translation>
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
            <translation>Clé</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>(unknown segment)</source>
            <translation>(segment inconnu)</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>future</source>
            <translation>futur</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>doublon</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>chevauchement</translation>
        </message>
        <message>
            <source>unknown segment</source>
            <translation>segment inconnu</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>non valide</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segment</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Indicateurs</translation>
        </message>
        <message numerus="yes">
            <source>Add %n mapping(s)</source>
            <translation>
                <numerusform>Ajouter %n mappage</numerusform>
                <numerusform>Ajouter %n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Supprimer %n mappage</numerusform>
                <numerusform>Supprimer %n mappages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>Impossible d’écrire la copie de récupération : %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Exporter en JSON AAM REST</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</source>
            <translation>Écrit les destinations telles que l’API REST d’Audience Manager les renvoie (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</translation>
        </message>
        <message>
            <source>All destinations (%1)</source>
            <translation>Toutes les destinations (%1)</translation>
        </message>
        <message>
            <source>Selected destinations (%1)</source>
            <translation>Destinations sélectionnées (%1)</translation>
        </message>
        <message>
            <source>Include segment mappings</source>
            <translation>Inclure les mappages de segments</translation>
        </message>
        <message>
            <source>Include DCS Desk's own fields (platform, auto-fill, export labels)</source>
            <translation>Inclure les champs propres à DCS Desk (plateforme, remplissage automatique, libellés d’exportation)</translation>
        </message>
        <message>
            <source>They go in an "x-dcsdesk" object that the REST API does not know. Without it, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Ils vont dans un objet « x-dcsdesk » que l’API REST ne connaît pas. Sans lui, les destinations serveur à serveur sont omises : l’API REST n’a pas de type pour elles.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestImportDialog</name>
        <message>
            <source>%1 (%2 %3): %4</source>
            <translation>%1 (%2 %3) : %4</translation>
        </message>
        <message>
            <source>no remarks</source>
            <translation>aucune remarque</translation>
        </message>
        <message>
            <source>Review AAM REST import</source>
            <translation>Vérifier l’import AAM REST</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Add segments the mappings refer to but the catalogue lacks (from elementName and elementDescription)</source>
            <translation>Ajouter les segments que les mappages citent mais qui manquent au catalogue (à partir de elementName et elementDescription)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Mappages</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Nothing changes until you press Import. The import is one step on the undo stack.</source>
            <translation>Rien ne change tant que vous n’appuyez pas sur Importer. L’import est une seule étape d’annulation.</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Mappage</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Check after import: %1</source>
            <translation>À vérifier après l’import : %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>The file would change nothing in this workspace.</source>
            <translation>Le fichier ne changerait rien dans cet espace de travail.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogModel</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segment</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Code d’intégration</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>New segment %1</source>
            <translation>Nouveau segment %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment(s)</source>
            <translation>
                <numerusform>Ajouter %n segment</numerusform>
                <numerusform>Ajouter %n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UnavailableView</name>
        <message>
            <source>The %1 view is not available in this build of DCS Desk.</source>
            <translation>La vue « %1 » n’est pas disponible dans cette version de DCS Desk.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Validator</name>
        <message>
            <source>The destination ID must be a positive number.</source>
            <translation>L’ID de destination doit être un nombre positif.</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>Un nom est obligatoire.</translation>
        </message>
        <message>
            <source>Avoid special characters such as &lt; &gt; " { } | in names.</source>
            <translation>Évitez les caractères spéciaux tels que &lt; &gt; " { } | dans les noms.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a base URL.</source>
            <translation>Une destination d’URL sérialisée nécessite une URL de base.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a secure URL.</source>
            <translation>Une destination d’URL sérialisée nécessite une URL sécurisée.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a delimiter, usually a comma or a semicolon.</source>
            <translation>Une destination d’URL sérialisée nécessite un délimiteur, généralement une virgule ou un point-virgule.</translation>
        </message>
        <message>
            <source>The URL must contain %ALIAS%, where the mapped segment values go.</source>
            <translation>L’URL doit contenir %ALIAS%, là où vont les valeurs des segments mappés.</translation>
        </message>
        <message>
            <source>This is not a valid http or https URL.</source>
            <translation>Ce n’est pas une URL http ou https valide.</translation>
        </message>
        <message>
            <source>The secure URL should start with https://.</source>
            <translation>L’URL sécurisée devrait commencer par https://.</translation>
        </message>
        <message>
            <source>A cookie destination needs a cookie name.</source>
            <translation>Une destination de cookie nécessite un nom de cookie.</translation>
        </message>
        <message>
            <source>A cookie name may only hold letters, digits and ! # $ % &amp; ' * + - . ^ _ ` | ~ (no spaces, commas, semicolons or equal signs).</source>
            <translation>Un nom de cookie ne peut contenir que des lettres, des chiffres et ! # $ % &amp; ' * + - . ^ _ ` | ~ (ni espaces, ni virgules, ni points-virgules, ni signes égal).</translation>
        </message>
        <message>
            <source>A single-key cookie needs its key.</source>
            <translation>Un cookie à clé unique nécessite sa clé.</translation>
        </message>
        <message>
            <source>A serialized cookie needs a serial delimiter.</source>
            <translation>Un cookie sérialisé nécessite un délimiteur de série.</translation>
        </message>
        <message>
            <source>The cookie domain must be blank (all domains) or one domain starting with a dot, such as .example.com, without wildcard or https://.</source>
            <translation>Le domaine du cookie doit être vide (tous les domaines) ou un seul domaine commençant par un point, comme .example.com, sans caractère générique ni https://.</translation>
        </message>
        <message>
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Les destinations de cookie ne fonctionnent que dans les navigateurs ; choisissez la plateforme Navigateur.</translation>
        </message>
        <message>
            <source>The maximum cookie size must be a positive number of bytes.</source>
            <translation>La taille maximale du cookie doit être un nombre positif d’octets.</translation>
        </message>
        <message>
            <source>The cookie expiration cannot be negative.</source>
            <translation>L’expiration du cookie ne peut pas être négative.</translation>
        </message>
        <message>
            <source>Publishing to selected domains needs at least one domain.</source>
            <translation>La publication vers des domaines sélectionnés nécessite au moins un domaine.</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>L’ID de segment doit être un nombre positif.</translation>
        </message>
        <message>
            <source>The segment has no name.</source>
            <translation>Le segment n’a pas de nom.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Le code d’intégration compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Un profil nécessite un nom.</translation>
        </message>
        <message>
            <source>A profile needs the domain alias that goes in the Host header.</source>
            <translation>Un profil nécessite l’alias de domaine placé dans l’en-tête Host.</translation>
        </message>
        <message>
            <source>The alias must be a host name label: letters, digits, - and _, without dots, spaces or control characters.</source>
            <translation>L’alias doit être une étiquette de nom d’hôte : lettres, chiffres, - et _, sans points, espaces ni caractères de contrôle.</translation>
        </message>
        <message>
            <source>The custom base URL must be an http or https URL.</source>
            <translation>L’URL de base personnalisée doit être une URL http ou https.</translation>
        </message>
        <message>
            <source>The mapping belongs to destination %1, which does not exist.</source>
            <translation>Le mappage appartient à la destination %1, qui n’existe pas.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalogue.</source>
            <translation>Le segment %1 n’est pas dans le catalogue de segments.</translation>
        </message>
        <message>
            <source>A start date is required.</source>
            <translation>Une date de début est obligatoire.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
            <translation>Expiré : la date de fin est passée, rien n’est donc envoyé pour ce segment.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Pas encore commencé : rien n’est envoyé avant la date de début.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>Le mappage nécessite l’URL à déclencher pour ce segment.</translation>
        </message>
        <message>
            <source>The mapping needs a key.</source>
            <translation>Le mappage nécessite une clé.</translation>
        </message>
        <message>
            <source>The mapping value is empty.</source>
            <translation>La valeur du mappage est vide.</translation>
        </message>
        <message>
            <source>The value has %1 characters; at most %2 are allowed.</source>
            <translation>La valeur compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>A multi-key cookie mapping needs a value for its key.</source>
            <translation>Un mappage de cookie à clés multiples nécessite une valeur pour sa clé.</translation>
        </message>
        <message>
            <source>The priority must be 1 or more (blank for none).</source>
            <translation>La priorité doit être 1 ou plus (vide pour aucune).</translation>
        </message>
        <message>
            <source>Segment %1 is mapped %2 times to this destination.</source>
            <translation>Le segment %1 est mappé %2 fois à cette destination.</translation>
        </message>
        <message>
            <source>Its dates overlap another mapping of segment %1.</source>
            <translation>Ses dates chevauchent un autre mappage du segment %1.</translation>
        </message>
        <message>
            <source>Segment ID %1 is used more than once.</source>
            <translation>L’ID de segment %1 est utilisé plusieurs fois.</translation>
        </message>
        <message>
            <source>The account has %1 segments; Audience Manager allows at most %2.</source>
            <translation>Le compte compte %1 segments ; Audience Manager en autorise au maximum %2.</translation>
        </message>
        <message>
            <source>Destination ID %1 is used more than once.</source>
            <translation>L’ID de destination %1 est utilisé plusieurs fois.</translation>
        </message>
        <message>
            <source>Mapping ID %1 is used more than once.</source>
            <translation>L’ID de mappage %1 est utilisé plusieurs fois.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>The account has %1 destinations; at most %2 are allowed.</source>
            <translation>Le compte compte %1 destinations ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 URL destinations; at most %2 are allowed.</source>
            <translation>Le compte compte %1 destinations d’URL ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 cookie destinations; at most %2 are allowed.</source>
            <translation>Le compte compte %1 destinations de cookie ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 server-to-server destinations; at most %2 are allowed.</source>
            <translation>Le compte compte %1 destinations serveur à serveur ; %2 au maximum sont autorisées.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of DCS Desk (format %1). It is open read-only so nothing in it is lost; use Save As to keep a copy in this version's format.</source>
            <translation>Cet espace de travail a été écrit par une version plus récente de DCS Desk (format %1). Il est ouvert en lecture seule pour que rien ne soit perdu ; utilisez Enregistrer sous pour garder une copie au format de cette version.</translation>
        </message>
        <message>
            <source>The workspace has no file yet. Use Save As.</source>
            <translation>L’espace de travail n’a pas encore de fichier. Utilisez Enregistrer sous.</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Modifier le profil</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Modifier le segment %1</translation>
        </message>
        <message>
            <source>Edit %1 of %2</source>
            <translation>Modifier %1 de %2</translation>
        </message>
        <message>
            <source>Edit mapping of segment %1</source>
            <translation>Modifier le mappage du segment %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)</source>
            <translation>
                <numerusform>Supprimer %n destination</numerusform>
                <numerusform>Supprimer %n destinations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n segment(s)</source>
            <translation>
                <numerusform>Supprimer %n segment</numerusform>
                <numerusform>Supprimer %n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceFile</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n’existe pas.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a workspace file. Choose the .json file inside it.</source>
            <translation>%1 est un dossier, pas un fichier d’espace de travail. Choisissez le fichier .json qu’il contient.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, more than the %3 MB a workspace may have.</source>
            <translation>%1 fait %2 Mo, plus que les %3 Mo qu’un espace de travail peut avoir.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2.</source>
            <translation>Impossible d’ouvrir %1 : %2.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1, line %2, column %3: %4 The file was not changed.</source>
            <translation>%1, ligne %2, colonne %3 : %4 Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1: %2 The file was not changed.</source>
            <translation>%1 : %2 Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file name.</source>
            <translation>%1 est un dossier. Choisissez un nom de fichier.</translation>
        </message>
        <message>
            <source>%1 exists and is not a workspace DCS Desk can read, so it was not overwritten. Save under another name.</source>
            <translation>%1 existe et n’est pas un espace de travail lisible par DCS Desk ; il n’a donc pas été écrasé. Enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of DCS Desk (format %2) and was not overwritten. Save under another name.</source>
            <translation>%1 a été écrit par une version plus récente de DCS Desk (format %2) et n’a pas été écrasé. Enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. Your changes are still open; save them somewhere else.</source>
            <translation>Impossible d’écrire %1 : %2. Vos modifications sont toujours ouvertes ; enregistrez-les ailleurs.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>Impossible d’écrire %1 : %2. Le fichier sur le disque n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>Impossible d’enregistrer %1 : %2. Le fichier sur le disque n’a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceSerializer</name>
        <message>
            <source>The data could not be written.</source>
            <translation>Impossible d’écrire les données.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>Not valid JSON: %1.</source>
            <translation>JSON non valide : %1.</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a DCS Desk workspace object.</source>
            <translation>Le fichier contient du JSON, mais pas un objet d’espace de travail DCS Desk.</translation>
        </message>
        <message>
            <source>The key "%1" appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>La clé « %1 » apparaît deux fois dans le même objet ; l’une des deux valeurs serait perdue. Supprimez-en une et rouvrez le fichier.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the "format" key is missing or different).</source>
            <translation>Ce n’est pas un espace de travail DCS Desk (la clé « format » est absente ou différente).</translation>
        </message>
        <message>
            <source>Unsupported workspace version %1.</source>
            <translation>Version d’espace de travail non prise en charge : %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>texte attendu</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>nombre entier attendu</translation>
        </message>
        <message>
            <source>expected a whole number within range</source>
            <translation>nombre entier dans la plage attendu</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true ou false attendu</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD</source>
            <translation>date au format AAAA-MM-JJ attendue</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>liste attendue</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>objet attendu</translation>
        </message>
        <message>
            <source>unknown value "%1"</source>
            <translation>valeur inconnue « %1 »</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>date et heure (ISO 8601) attendues</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Destinations, segment mappings and DCS calls.</source>
            <translation>Destinations, mappages de segments et appels DCS.</translation>
        </message>
        <message>
            <source>User interface language (en, es, de, fr).</source>
            <translation>Langue de l’interface (en, es, de, fr).</translation>
        </message>
        <message>
            <source>Workspace file to open.</source>
            <translation>Fichier d’espace de travail à ouvrir.</translation>
        </message>
        <message>
            <source>DCS Desk</source>
            <translation>DCS Desk</translation>
        </message>
        <message>
            <source>Write a PNG picture of every main view to the folder, then quit.</source>
            <translation>Écrit une image PNG de chaque vue principale dans le dossier, puis quitte.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Langue inconnue « %1 » ; utilisez l’une de : %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>Impossible d’ouvrir %1 ; DCS Desk démarre avec un espace de travail vide.

%2</translation>
        </message>
    </context>
</TS>
