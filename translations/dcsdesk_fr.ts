<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <name>dcsdesk::BulkEditDialog</name>
        <message>
            <source>Set the &amp;start date to</source>
            <translation>Définir la date de &amp;début au</translation>
        </message>
        <message>
            <source>Set the &amp;end date to</source>
            <translation>Définir la date de &amp;fin au</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n Mapping(s)</source>
            <translation>
                <numerusform>Modifier %n mappage</numerusform>
                <numerusform>Modifier %n mappages</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the &amp;value to</source>
            <translation>Définir la &amp;valeur à</translation>
        </message>
        <message>
            <source>Set the &amp;alias to</source>
            <translation>Définir l’&amp;alias à</translation>
        </message>
        <message>
            <source>Set the &amp;URL to</source>
            <translation>Définir l’&amp;URL à</translation>
        </message>
        <message>
            <source>Set the &amp;key to</source>
            <translation>Définir la &amp;clé à</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name, {value} the current value, {second} the current second value.</source>
            <translation>Espaces réservés : {sid} ID de segment, {code} code d’intégration, {name} nom du segment, {value} la valeur actuelle, {second} la seconde valeur actuelle.</translation>
        </message>
        <message>
            <source>Set the v&amp;alue of the key to</source>
            <translation>Définir la v&amp;aleur de la clé à</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>Définir la &amp;priorité à</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Only the ticked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Seuls les champs cochés changent ; les autres gardent la valeur propre à chaque mappage. C’est une seule étape dans l’historique d’annulation.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n Mapping(s)</source>
            <translation>
                <numerusform>&amp;Appliquer à %n mappage</numerusform>
                <numerusform>&amp;Appliquer à %n mappages</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1: “%2” becomes “%3”.</source>
            <translation>Segment %1 : « %2 » devient « %3 ».</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Csv</name>
        <message>
            <source>comma (,)</source>
            <translation>virgule (,)</translation>
        </message>
        <message>
            <source>semicolon (;)</source>
            <translation>point-virgule (;)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as "CSV UTF-8".</source>
            <translation>Le fichier se déclare en UTF-8 mais contient des octets qui n’en sont pas. Enregistrez-le à nouveau en « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as "CSV UTF-8".</source>
            <translation>Le fichier se déclare en UTF-16 mais n’est pas en UTF-16 valide. Enregistrez-le à nouveau en « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>Ce n’est pas un fichier texte (il contient des octets NUL). Choisissez un fichier CSV.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Un champ entre guillemets qui commence à la ligne %1 n’est jamais fermé. Vérifiez que chaque " de cette ligne est doublé ("") ou fermé.</translation>
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
        <name>dcsdesk::ImportReport</name>
        <message>
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>%1, %2, %3, %4</source>
            <translation>%1, %2, %3, %4</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message>
            <source>Show only rows with &amp;errors</source>
            <translation>N’afficher que les lignes avec &amp;erreurs</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Import result per row</source>
            <translation>Résultat de l’importation par ligne</translation>
        </message>
        <message numerus="yes">
            <source>Skip the %n row(s) with errors and import the rest</source>
            <translation>
                <numerusform>Ignorer la %n ligne en erreur et importer le reste</numerusform>
                <numerusform>Ignorer les %n lignes en erreur et importer le reste</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Report…</source>
            <translation>&amp;Enregistrer le rapport…</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>Le fichier ne peut pas être importé : %1</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet. Correct the rows with errors in the file and import it again, or skip them.</source>
            <translation>%1. Rien n’a encore changé. Corrigez les lignes en erreur dans le fichier et importez-le à nouveau, ou ignorez-les.</translation>
        </message>
        <message>
            <source>%1. Nothing to import: the workspace already matches the file.</source>
            <translation>%1. Rien à importer : l’espace de travail correspond déjà au fichier.</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet; Import applies it as one step you can undo.</source>
            <translation>%1. Rien n’a encore changé ; « Importer » l’applique en une seule étape que vous pouvez annuler.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n Change(s)</source>
            <translation>
                <numerusform>&amp;Importer %n modification</numerusform>
                <numerusform>&amp;Importer %n modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Save Import Report</source>
            <translation>Enregistrer le rapport d’importation</translation>
        </message>
        <message>
            <source>import-report.csv</source>
            <translation>rapport-importation.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report could not be saved to %1: %2. Choose another folder.</source>
            <translation>Le rapport n’a pas pu être enregistré dans %1 : %2. Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportModel</name>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
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
    </context>
    <context>
        <name>dcsdesk::MappingCsv</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>value %1 → %2</source>
            <translation>valeur %1 → %2</translation>
        </message>
        <message>
            <source>second value %1 → %2</source>
            <translation>seconde valeur %1 → %2</translation>
        </message>
        <message>
            <source>start %1 → %2</source>
            <translation>début %1 → %2</translation>
        </message>
        <message>
            <source>end %1 → %2</source>
            <translation>fin %1 → %2</translation>
        </message>
        <message>
            <source>priority %1 → %2</source>
            <translation>priorité %1 → %2</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
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
            <source>The file is empty. Export mappings first to get a file with the right columns.</source>
            <translation>Le fichier est vide. Exportez d’abord des mappages pour obtenir un fichier avec les bonnes colonnes.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Latin-1. If names or values look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>Le fichier n’est pas en UTF-8 ; il a été lu en Latin-1. Si des noms ou des valeurs semblent erronés, enregistrez-le en « CSV UTF-8 » et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>La première ligne doit nommer les colonnes, et celles-ci manquent : %1. Les colonnes attendues sont : %2 (délimiteur virgule ou point-virgule).</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Ces colonnes ne sont pas utilisées et ont été ignorées : %1.</translation>
        </message>
        <message>
            <source>This row is separated by %1 but the file uses %2. Use one delimiter for the whole file.</source>
            <translation>Cette ligne est séparée par %1 alors que le fichier utilise %2. Utilisez un seul délimiteur pour tout le fichier.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2. Check for a missing or extra %3.</source>
            <translation>La ligne a %1 champs mais l’en-tête en a %2. Vérifiez s’il manque ou s’il y a en trop un(e) %3.</translation>
        </message>
        <message>
            <source>The destination ID “%1” is not a number.</source>
            <translation>L’ID de destination « %1 » n’est pas un nombre.</translation>
        </message>
        <message>
            <source>Destination %1 does not exist in this workspace. Create it first or correct the ID.</source>
            <translation>La destination %1 n’existe pas dans cet espace de travail. Créez-la d’abord ou corrigez l’ID.</translation>
        </message>
        <message>
            <source>There is no destination called “%1”. Give its ID in the Destination ID column.</source>
            <translation>Aucune destination ne s’appelle « %1 ». Indiquez son ID dans la colonne Destination ID.</translation>
        </message>
        <message>
            <source>Several destinations are called “%1”. Give the ID in the Destination ID column.</source>
            <translation>Plusieurs destinations s’appellent « %1 ». Indiquez l’ID dans la colonne Destination ID.</translation>
        </message>
        <message>
            <source>The destination ID is empty.</source>
            <translation>L’ID de destination est vide.</translation>
        </message>
        <message>
            <source>This row is for destination %1 (%2), but you are importing into destination %3 (%4). Remove the row or import it from the other destination.</source>
            <translation>Cette ligne concerne la destination %1 (%2), mais vous importez dans la destination %3 (%4). Supprimez la ligne ou importez-la depuis l’autre destination.</translation>
        </message>
        <message>
            <source>The segment ID is empty.</source>
            <translation>L’ID de segment est vide.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>L’ID de segment « %1 » n’est pas un nombre positif.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalogue. Add or import it there first.</source>
            <translation>Le segment %1 n’est pas dans le catalogue de segments. Ajoutez-le ou importez-le d’abord.</translation>
        </message>
        <message>
            <source>The start date is empty; use YYYY-MM-DD, for example %1.</source>
            <translation>La date de début est vide ; utilisez AAAA-MM-JJ, par exemple %1.</translation>
        </message>
        <message>
            <source>The start date “%1” is not a date; use YYYY-MM-DD, for example %2.</source>
            <translation>La date de début « %1 » n’est pas une date ; utilisez AAAA-MM-JJ, par exemple %2.</translation>
        </message>
        <message>
            <source>The end date “%1” is not a date; use YYYY-MM-DD, or leave it empty for a mapping that never ends.</source>
            <translation>La date de fin « %1 » n’est pas une date ; utilisez AAAA-MM-JJ ou laissez-la vide pour un mappage qui ne se termine jamais.</translation>
        </message>
        <message>
            <source>The priority “%1” is not a whole number from 1 up; leave it empty for none.</source>
            <translation>La priorité « %1 » n’est pas un nombre entier à partir de 1 ; laissez-la vide pour aucune.</translation>
        </message>
        <message>
            <source>Only cookie destinations have a priority; leave it empty for %1.</source>
            <translation>Seules les destinations de cookie ont une priorité ; laissez-la vide pour %1.</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Seules les destinations de cookie à clés multiples utilisent une seconde valeur ; laissez-la vide pour %1.</translation>
        </message>
        <message>
            <source>Same as line %1: the row is duplicated. Delete one of them.</source>
            <translation>Identique à la ligne %1 : la ligne est en double. Supprimez l’une des deux.</translation>
        </message>
        <message>
            <source>Line %1 already maps segment %2 to this destination from %3. Keep one of the two rows or give them different start dates.</source>
            <translation>La ligne %1 mappe déjà le segment %2 à cette destination à partir du %3. Gardez l’une des deux lignes ou donnez-leur des dates de début différentes.</translation>
        </message>
        <message>
            <source>New mapping.</source>
            <translation>Nouveau mappage.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Cookie priority: 1 is sent first; None sends it last.</source>
            <translation>Priorité du cookie : 1 est envoyé en premier ; Aucune l’envoie en dernier.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>&amp;Ajouter des segments…</translation>
        </message>
        <message>
            <source>Map segments from the catalogue to this destination (Insert)</source>
            <translation>Mapper des segments du catalogue à cette destination (Inser)</translation>
        </message>
        <message>
            <source>&amp;Bulk Edit…</source>
            <translation>&amp;Modification groupée…</translation>
        </message>
        <message>
            <source>Set the value, dates or priority of the selected mappings at once (Ctrl+E)</source>
            <translation>Définir en une fois la valeur, les dates ou la priorité des mappages sélectionnés (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected mappings (Del)</source>
            <translation>Supprimer les mappages sélectionnés (Suppr)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer un CSV…</translation>
        </message>
        <message>
            <source>Add or update mappings from a CSV file; you see the result of every row before anything changes</source>
            <translation>Ajouter ou mettre à jour des mappages depuis un fichier CSV ; vous voyez le résultat de chaque ligne avant que rien ne change</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Save this destination's mappings as CSV for a spreadsheet</source>
            <translation>Enregistrer les mappages de cette destination en CSV pour un tableur</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Filter by segment, ID or value (Ctrl+F)</source>
            <translation>Filtrer par segment, ID ou valeur (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select a destination to see and edit its segment mappings.</source>
            <translation>Sélectionnez une destination pour voir et modifier ses mappages de segments.</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Mappages de segments</translation>
        </message>
        <message>
            <source>Show only active, expired, not yet started or flagged mappings</source>
            <translation>N’afficher que les mappages actifs, expirés, pas encore commencés ou signalés</translation>
        </message>
        <message>
            <source>serialized URL</source>
            <translation>URL sérialisée</translation>
        </message>
        <message>
            <source>URL, one pixel per segment</source>
            <translation>URL, un pixel par segment</translation>
        </message>
        <message>
            <source>Segment mappings of %1 (%2)</source>
            <translation>Mappages de segments de %1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2 active · %3 expired · %4 not started · %5 flagged</source>
            <translation>%1 · %2 actifs · %3 expirés · %4 pas commencés · %5 signalés</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mappage</numerusform>
                <numerusform>%n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n shown by the filter</source>
            <translation>
                <numerusform>%1 — %n affiché par le filtre</numerusform>
                <numerusform>%1 — %n affichés par le filtre</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;a href="undo"&gt;Undo&lt;/a&gt;</source>
            <translation>%1 &lt;a href="undo"&gt;Annuler&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Nothing added: every chosen segment is already mapped.</source>
            <translation>Rien n’a été ajouté : chaque segment choisi est déjà mappé.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment mapping(s)</source>
            <translation>
                <numerusform>Ajouter %n mappage de segment</numerusform>
                <numerusform>Ajouter %n mappages de segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s).</source>
            <translation>
                <numerusform>%n mappage ajouté.</numerusform>
                <numerusform>%n mappages ajoutés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changed: the selected mappings already have these values.</source>
            <translation>Rien n’a changé : les mappages sélectionnés ont déjà ces valeurs.</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n mapping(s)</source>
            <translation>
                <numerusform>Modifier %n mappage</numerusform>
                <numerusform>Modifier %n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed %n mapping(s).</source>
            <translation>
                <numerusform>%n mappage modifié.</numerusform>
                <numerusform>%n mappages modifiés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Supprimer %n mappage</numerusform>
                <numerusform>Supprimer %n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n mapping(s).</source>
            <translation>
                <numerusform>%n mappage supprimé.</numerusform>
                <numerusform>%n mappages supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder or file name.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier ou nom de fichier.</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, séparé par des virgules (*.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated (*.csv)</source>
            <translation>CSV, séparé par des points-virgules (*.csv)</translation>
        </message>
        <message>
            <source>Export Mappings</source>
            <translation>Exporter les mappages</translation>
        </message>
        <message>
            <source>%1 mappings.csv</source>
            <translation>%1 mappages.csv</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n mapping(s) to %1.</source>
            <translation>
                <numerusform>%n mappage exporté vers %1.</numerusform>
                <numerusform>%n mappages exportés vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Mappings</source>
            <translation>Importer des mappages</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a mapping file. Check that you chose the right file.</source>
            <translation>%1 dépasse 256 Mo, c’est trop pour un fichier de mappages. Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>Import %1 into %2</source>
            <translation>Importer %1 dans %2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n mapping(s) from %1</source>
            <translation>
                <numerusform>Importer %n mappage depuis %1</numerusform>
                <numerusform>Importer %n mappages depuis %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1: %2.</source>
            <translation>%1 importé : %2.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingFilterProxyModel</name>
        <message>
            <source>All mappings</source>
            <translation>Tous les mappages</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Pas encore commencé</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Non valide</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>Avec un signalement</translation>
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
        <name>dcsdesk::OptionalDateEdit</name>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>No end date: the mapping stays active until you set one.</source>
            <translation>Pas de date de fin : le mappage reste actif jusqu’à ce que vous en fixiez une.</translation>
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
        <name>dcsdesk::ScheduleTimeline</name>
        <message>
            <source>Schedule of the mappings</source>
            <translation>Calendrier des mappages</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Pas encore commencé</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>No mappings to show.</source>
            <translation>Aucun mappage à afficher.</translation>
        </message>
        <message numerus="yes">
            <source>Expired %n day(s) ago</source>
            <translation>
                <numerusform>Expiré depuis %n jour</numerusform>
                <numerusform>Expiré depuis %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, ends in %n day(s)</source>
            <translation>
                <numerusform>Actif, se termine dans %n jour</numerusform>
                <numerusform>Actif, se termine dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Active, never ends</source>
            <translation>Actif, ne se termine jamais</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Commence dans %n jour</numerusform>
                <numerusform>Commence dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6 : %7</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentBrowserDialog</name>
        <message>
            <source>&amp;Hide segments already mapped</source>
            <translation>&amp;Masquer les segments déjà mappés</translation>
        </message>
        <message>
            <source>Active segments &amp;only</source>
            <translation>Segments actifs &amp;uniquement</translation>
        </message>
        <message>
            <source>Add Segments to %1</source>
            <translation>Ajouter des segments à %1</translation>
        </message>
        <message>
            <source>Add Segments</source>
            <translation>Ajouter des segments</translation>
        </message>
        <message>
            <source>Search by name, ID, integration code or rule</source>
            <translation>Rechercher par nom, ID, code d’intégration ou règle</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Check &amp;All Shown</source>
            <translation>Cocher &amp;tous ceux affichés</translation>
        </message>
        <message>
            <source>&amp;Uncheck All</source>
            <translation>&amp;Tout décocher</translation>
        </message>
        <message>
            <source>New mappings</source>
            <translation>Nouveaux mappages</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name.</source>
            <translation>Espaces réservés : {sid} ID de segment, {code} code d’intégration, {name} nom du segment.</translation>
        </message>
        <message>
            <source>for example {sid} or {code}</source>
            <translation>par exemple {sid} ou {code}</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
        <message>
            <source>&amp;Alias:</source>
            <translation>&amp;Alias :</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL :</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>Value of the &amp;key:</source>
            <translation>Valeur de la &amp;clé :</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Date de &amp;début :</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Date de &amp;fin :</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) checked</source>
            <translation>
                <numerusform>%n segment coché</numerusform>
                <numerusform>%n segments cochés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n Segment(s)</source>
            <translation>
                <numerusform>&amp;Ajouter %n segment</numerusform>
                <numerusform>&amp;Ajouter %n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>The value stays empty; the new mappings are flagged until you fill it in.</source>
            <translation>La valeur reste vide ; les nouveaux mappages sont signalés jusqu’à ce que vous la remplissiez.</translation>
        </message>
        <message>
            <source>For %1 (%2): %3</source>
            <translation>Pour %1 (%2) : %3</translation>
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
        <name>dcsdesk::SegmentFilterProxyModel</name>
        <message>
            <source>All segments</source>
            <translation>Tous les segments</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Not mapped</source>
            <translation>Non mappé</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Avec des problèmes</translation>
        </message>
        <message>
            <source>Already mapped to this destination</source>
            <translation>Déjà mappé à cette destination</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentImport</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Segment %1 is already on line %2 of this file. Keep one of the two rows.</source>
            <translation>Le segment %1 figure déjà à la ligne %2 de ce fichier. Gardez l’une des deux lignes.</translation>
        </message>
        <message>
            <source>The name is empty. Every segment needs a name.</source>
            <translation>Le nom est vide. Chaque segment a besoin d’un nom.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Le code d’intégration compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>New segment; it gets ID %1.</source>
            <translation>Nouveau segment ; il reçoit l’ID %1.</translation>
        </message>
        <message>
            <source>New segment.</source>
            <translation>Nouveau segment.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>code d’intégration</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>règle</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>Changes: %1.</source>
            <translation>Modifications : %1.</translation>
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
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Latin-1. If names look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>Le fichier n’est pas en UTF-8 ; il a été lu en Latin-1. Si des noms semblent erronés, enregistrez-le en « CSV UTF-8 » et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>La première ligne doit nommer les colonnes ; il faut au moins Segment ID ou Name. Les colonnes sont : %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Ces colonnes ne sont pas utilisées et ont été ignorées : %1.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2. Check the delimiter (the file uses %3).</source>
            <translation>La ligne a %1 champs mais l’en-tête en a %2. Vérifiez le délimiteur (le fichier utilise %3).</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>L’ID de segment « %1 » n’est pas un nombre positif.</translation>
        </message>
        <message>
            <source>The status “%1” is neither active nor inactive.</source>
            <translation>Le statut « %1 » n’est ni active ni inactive.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>Ce n’est pas du JSON valide (ligne %1, colonne %2 : %3). Exportez à nouveau les segments depuis Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>Le JSON ne contient aucun segment : un tableau d’objets segment (avec sid, name, integrationCode, status, segmentRule) ou un objet avec un tableau "list" est attendu.</translation>
        </message>
        <message>
            <source>Item %1 is not a segment object.</source>
            <translation>L’élément %1 n’est pas un objet segment.</translation>
        </message>
        <message>
            <source>The sid is not a positive whole number.</source>
            <translation>Le sid n’est pas un nombre entier positif.</translation>
        </message>
        <message>
            <source>The field %1 should be text.</source>
            <translation>Le champ %1 devrait être du texte.</translation>
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
    </context>
</TS>
