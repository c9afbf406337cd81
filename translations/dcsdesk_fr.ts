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
