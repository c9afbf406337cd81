<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AamCommand</name>
        <message>
            <source>The REST API's address, e.g. https://aam.adobe.io (not with --sandbox).</source>
            <translation>Adresse de l’API REST, p. ex. https://aam.adobe.io (incompatible avec --sandbox).</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server client ID (the API key).</source>
            <translation>ID client OAuth Server-to-Server (la clé d’API).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID (…@AdobeOrg).</source>
            <translation>ID d’organisation (…@AdobeOrg).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>org</translation>
        </message>
        <message>
            <source>Scopes, comma-separated (default: %1).</source>
            <translation>Portées (scopes), séparées par des virgules (par défaut : %1).</translation>
        </message>
        <message>
            <source>scopes</source>
            <translation>portées</translation>
        </message>
        <message>
            <source>Token endpoint (default: Adobe's IMS for adobe.io hosts, else the base URL's /ims/token/v3).</source>
            <translation>Point de terminaison de jetons (par défaut : l’IMS d’Adobe pour les hôtes adobe.io, sinon /ims/token/v3 de l’URL de base).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>Items per page of a list (default 100).</source>
            <translation>Éléments par page d’une liste (100 par défaut).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>With --sandbox: the workspace the sandbox's account is made of (default: the bundled sample).</source>
            <translation>Avec --sandbox : l’espace de travail à partir duquel est créé le compte de la sandbox (par défaut : l’exemple fourni).</translation>
        </message>
        <message>
            <source>--out FILE is required: the workspace to write.</source>
            <translation>--out FICHIER est obligatoire : l’espace de travail à écrire.</translation>
        </message>
        <message>
            <source>--page-size must be a number from 1 to 10000.</source>
            <translation>--page-size doit être un nombre de 1 à 10000.</translation>
        </message>
        <message>
            <source>Give --sandbox or --base-url, not both.</source>
            <translation>Indiquez --sandbox ou --base-url, pas les deux.</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>La sandbox ne peut pas charger %1 : %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>La sandbox ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>--client-id and --org-id are required (from the Developer Console credential).</source>
            <translation>--client-id et --org-id sont obligatoires (issus des identifiants de la Developer Console).</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the client secret. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Définissez la variable d’environnement système %1 avec le secret client. Il n’est pas accepté sur la ligne de commande, pour ne pas rester dans l’historique du shell.</translation>
        </message>
        <message>
            <source>Token received.</source>
            <translation>Jeton reçu.</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2</source>
            <translation>Destinations : %1 sur %2</translation>
        </message>
        <message>
            <source>Mappings: %1 of %2 destinations</source>
            <translation>Mappages : %1 sur %2 destinations</translation>
        </message>
        <message>
            <source>Segments: %1 of %2</source>
            <translation>Segments : %1 sur %2</translation>
        </message>
        <message>
            <source>Pulled %1, %2 and %3 into %4 (%5 requests).</source>
            <translation>%1, %2 et %3 récupérés dans %4 (%5 requêtes).</translation>
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
            <source>In the workspace: %1 added, %2 updated, %3 unchanged, %4 not taken.</source>
            <translation>Dans l’espace de travail : %1 ajouté(s), %2 mis à jour, %3 inchangé(s), %4 non repris.</translation>
        </message>
        <message>
            <source>Not taken: %1</source>
            <translation>Non repris : %1</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(absent)</translation>
        </message>
        <message>
            <source>aam diff writes nothing: --out is for aam pull.</source>
            <translation>aam diff n’écrit rien : --out est réservé à aam pull.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 ne peut pas être lu : %2</translation>
        </message>
        <message>
            <source>Compared %1 with the account's %2 and %3 (%4 requests).</source>
            <translation>%1 comparé avec %2 et %3 du compte (%4 requêtes).</translation>
        </message>
        <message>
            <source>%1 (%2): last pulled %3, workspace %4, account %5</source>
            <translation>%1 (%2) : %3 à la dernière récupération, %4 dans l’espace de travail, %5 dans le compte</translation>
        </message>
        <message>
            <source>Cannot be pushed: %1</source>
            <translation>Impossible à envoyer : %1</translation>
        </message>
        <message>
            <source>No differences: the workspace and the account hold the same destinations and mappings.</source>
            <translation>Aucune différence : l’espace de travail et le compte contiennent les mêmes destinations et mappages.</translation>
        </message>
        <message>
            <source>Use the local sandbox's Audience Manager account, started in-process.</source>
            <translation>Utiliser le compte Audience Manager de la sandbox locale, démarrée dans le processus.</translation>
        </message>
        <message>
            <source>With push: say what would be sent and what would be refused; send nothing.</source>
            <translation>Avec push : indiquer ce qui serait envoyé et ce qui serait refusé ; ne rien envoyer.</translation>
        </message>
        <message>
            <source>field</source>
            <translation>champ</translation>
        </message>
        <message>
            <source>aam push writes the IDs and snapshots the account returns into WORKSPACE itself: --out is for aam pull.</source>
            <translation>aam push écrit lui-même dans ESPACE_DE_TRAVAIL les ID et instantanés que renvoie le compte : --out est réservé à aam pull.</translation>
        </message>
        <message>
            <source>Pushed %1 of %2</source>
            <translation>Envoi : %1 sur %2</translation>
        </message>
        <message>
            <source>[would send] %1: %2 %3</source>
            <translation>[serait envoyé] %1 : %2 %3</translation>
        </message>
        <message>
            <source>[would not send] %1: %2</source>
            <translation>[ne serait pas envoyé] %1 : %2</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2: the account's ID is %3</source>
            <translation>[envoyé, HTTP %1] %2 : l’ID dans le compte est %3</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2</source>
            <translation>[envoyé, HTTP %1] %2</translation>
        </message>
        <message>
            <source>[failed, HTTP %1] %2: %3</source>
            <translation>[échec, HTTP %1] %2 : %3</translation>
        </message>
        <message>
            <source>[failed] %1: %2</source>
            <translation>[échec] %1 : %2</translation>
        </message>
        <message>
            <source>[not sent] %1: %2</source>
            <translation>[non envoyé] %1 : %2</translation>
        </message>
        <message>
            <source>Nothing to push: the workspace has no change the account lacks.</source>
            <translation>Rien à envoyer : l’espace de travail ne contient aucune modification absente du compte.</translation>
        </message>
        <message>
            <source>Dry run: %1 would be sent, %2 would not; nothing was sent.</source>
            <translation>Simulation : envoi prévu pour %1, pas pour %2 ; rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>L’envoi s’est arrêté : %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the IDs and objects the account returned for %n item(s) into %1.</source>
            <translation>
                <numerusform>Les ID et objets renvoyés par le compte pour %n élément ont été écrits dans %1.</numerusform>
                <numerusform>Les ID et objets renvoyés par le compte pour %n éléments ont été écrits dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The push reached the account, but %1 could not be saved: %2 Pull into it to take what the account now holds.</source>
            <translation>L’envoi a atteint le compte, mais %1 n’a pas pu être enregistré : %2 Récupérez le compte dans ce fichier pour y reprendre ce que le compte contient maintenant.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
        <message>
            <source>With pull: the new workspace file to write (an existing file is refused: pull WORKSPACE updates one).</source>
            <translation>Avec pull : le nouveau fichier d’espace de travail à écrire (un fichier existant est refusé : pull ESPACE_DE_TRAVAIL met à jour un fichier existant).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the account's value (a REST field name, or * for every conflicting field; repeatable, or comma-separated).</source>
            <translation>Avec push ou pull ESPACE_DE_TRAVAIL : pour un champ modifié des deux côtés, utiliser la valeur du compte (un nom de champ REST, ou * pour tous les champs en conflit ; répétable, ou noms séparés par des virgules).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the workspace's value (a REST field name, or *). A conflict not resolved with these options is neither pushed nor pulled.</source>
            <translation>Avec push ou pull ESPACE_DE_TRAVAIL : pour un champ modifié des deux côtés, utiliser la valeur de l’espace de travail (un nom de champ REST, ou *). Un conflit non résolu par ces options n’est ni envoyé ni récupéré.</translation>
        </message>
        <message>
            <source>%1 exists; aam pull --out writes a new workspace and does not replace a file. To take what changed in the account into it, keeping its own changes, run: %2 aam pull %1 …</source>
            <translation>%1 existe déjà ; aam pull --out écrit un nouvel espace de travail et ne remplace pas un fichier existant. Pour y reprendre ce qui a changé dans le compte, en gardant ses propres modifications, exécutez : %2 aam pull %1 …</translation>
        </message>
        <message>
            <source>aam pull WORKSPACE updates WORKSPACE itself: --out is for a new workspace (aam pull --out FILE).</source>
            <translation>aam pull ESPACE_DE_TRAVAIL met à jour ESPACE_DE_TRAVAIL lui-même : --out est réservé à un nouvel espace de travail (aam pull --out FICHIER).</translation>
        </message>
        <message>
            <source>Nothing to take into %1: it has everything the account changed (%2 requests).</source>
            <translation>Rien à reprendre dans %1 : il contient déjà tout ce que le compte a modifié (%2 requêtes).</translation>
        </message>
        <message>
            <source>Took into %1: %2 added, %3 updated, %4 removed.</source>
            <translation>Repris dans %1 : %2 ajout(s), %3 mise(s) à jour, %4 retrait(s).</translation>
        </message>
        <message>
            <source>Kept as it is: %1</source>
            <translation>Conservé tel quel : %1</translation>
        </message>
        <message>
            <source>Save a connection to an Audience Manager account, pull the account (destinations, mappings, segments) over its REST API into a workspace file, compare a workspace with the account, or push the workspace's changes to it.</source>
            <translation>Enregistrer une connexion à un compte Audience Manager, récupérer le compte (destinations, mappages, segments) par son API REST dans un fichier d’espace de travail, comparer un espace de travail avec le compte, ou y envoyer les modifications de l’espace de travail.</translation>
        </message>
        <message>
            <source>What to do: login NAME (save a connection under NAME after one call of the account shows that it works, and keep its secrets in the system keychain), connections (list the saved ones), logout NAME (remove its secrets from the keychain), pull --out FILE (a new workspace), pull WORKSPACE (take what changed in the account into it, keeping its own changes), diff WORKSPACE (what differs between the workspace and the account; exit 1 when anything does), or push WORKSPACE (send the workspace's changes, then write the IDs and objects the account returns into WORKSPACE).</source>
            <translation>Action à effectuer : login NOM (enregistrer une connexion sous NOM après qu’un appel au compte a montré qu’elle fonctionne, et conserver ses secrets dans le trousseau du système), connections (lister les connexions enregistrées), logout NOM (retirer ses secrets du trousseau), pull --out FICHIER (un nouvel espace de travail), pull ESPACE_DE_TRAVAIL (y reprendre ce qui a changé dans le compte, en gardant ses propres modifications), diff ESPACE_DE_TRAVAIL (ce qui diffère entre l’espace de travail et le compte ; code de sortie 1 s’il y a une différence) ou push ESPACE_DE_TRAVAIL (envoyer les modifications de l’espace de travail, puis écrire dans ESPACE_DE_TRAVAIL les ID et objets que renvoie le compte).</translation>
        </message>
        <message>
            <source>The saved connection to use (see aam connections); its secrets come from the system keychain unless DCSDESK_AAM_CLIENT_SECRET (and DCSDESK_AAM_PASSWORD) are set.</source>
            <translation>La connexion enregistrée à utiliser (voir aam connections) ; ses secrets viennent du trousseau du système, sauf si les variables DCSDESK_AAM_CLIENT_SECRET (et DCSDESK_AAM_PASSWORD) sont définies.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>The deprecated legacy OAuth method (api.demdex.com): a user name with --username, the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>L’ancienne méthode OAuth, obsolète (api.demdex.com) : un nom d’utilisateur avec --username, le mot de passe dans DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>With --legacy-oauth: the Audience Manager user.</source>
            <translation>Avec --legacy-oauth : l’utilisateur Audience Manager.</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <source>With logout: remove the saved connection too.</source>
            <translation>Avec logout : retirer aussi la connexion enregistrée.</translation>
        </message>
        <message>
            <source>Say what to do: %1 aam login NAME …, %1 aam pull --out FILE …, %1 aam pull WORKSPACE …, %1 aam diff WORKSPACE …, %1 aam push WORKSPACE …, %1 aam connections or %1 aam logout NAME.</source>
            <translation>Indiquez l’action à effectuer : %1 aam login NOM …, %1 aam pull --out FICHIER …, %1 aam pull ESPACE_DE_TRAVAIL …, %1 aam diff ESPACE_DE_TRAVAIL …, %1 aam push ESPACE_DE_TRAVAIL …, %1 aam connections ou %1 aam logout NOM.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>--connection gives the account and its credential, so --%1 cannot be given with it. Change a saved connection with %2 aam login NAME --%1 ….</source>
            <translation>--connection fournit le compte et ses identifiants, --%1 ne peut donc pas l’accompagner. Modifiez une connexion enregistrée avec %2 aam login NOM --%1 ….</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1". Save one with %2 aam login "%1" ….</source>
            <translation>Aucune connexion n’est enregistrée, il n’y en a donc aucune nommée « %1 ». Enregistrez-en une avec %2 aam login "%1" ….</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2. Save a new one with %3 aam login "%1" ….</source>
            <translation>Aucune connexion enregistrée ne s’appelle « %1 ». Connexions enregistrées : %2. Enregistrez-en une nouvelle avec %3 aam login "%1" ….</translation>
        </message>
        <message>
            <source>Say which account: --connection NAME (saved with %1 aam login), --base-url URL with the credential, or --sandbox.</source>
            <translation>Indiquez le compte : --connection NOM (enregistrée avec %1 aam login), --base-url URL avec les identifiants, ou --sandbox.</translation>
        </message>
        <message>
            <source>--client-id and --username are required with --legacy-oauth.</source>
            <translation>--client-id et --username sont obligatoires avec --legacy-oauth.</translation>
        </message>
        <message>
            <source>The %1 holds no secret for the connection "%2": run %3 aam login "%2" with %4 set, or set %4 for this command.</source>
            <translation>Le %1 ne contient aucun secret pour la connexion « %2 » : exécutez %3 aam login "%2" après avoir défini %4, ou définissez %4 pour cette commande.</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the password of %2. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Définissez la variable d’environnement système %1 avec le mot de passe de %2. Il n’est pas accepté sur la ligne de commande, pour ne pas rester dans l’historique du shell.</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>l’espace de travail d’exemple fourni</translation>
        </message>
        <message>
            <source>"%1" is a new connection: give --base-url URL with --client-id and --org-id (or --legacy-oauth with --client-id and --username), or --sandbox for a local account.</source>
            <translation>« %1 » est une nouvelle connexion : indiquez --base-url URL avec --client-id et --org-id (ou --legacy-oauth avec --client-id et --username), ou --sandbox pour un compte local.</translation>
        </message>
        <message>
            <source>HTTP %1 on /v1/destinations/: %2</source>
            <translation>HTTP %1 sur /v1/destinations/ : %2</translation>
        </message>
        <message>
            <source>The connection "%1" was not saved: %2</source>
            <translation>La connexion « %1 » n’a pas été enregistrée : %2</translation>
        </message>
        <message>
            <source>The value of %1 is kept in the %2; later commands with --connection "%3" read it from there.</source>
            <translation>La valeur de %1 est conservée dans le %2 ; les prochaines commandes avec --connection "%3" l’y liront.</translation>
        </message>
        <message>
            <source>The %1 did not keep the value of %2 (%3): set %2 for every command that uses this connection.</source>
            <translation>Le %1 n’a pas gardé la valeur de %2 (%3) : définissez %2 pour chaque commande qui utilise cette connexion.</translation>
        </message>
        <message>
            <source>Connection "%1" updated in %2.</source>
            <translation>Connexion « %1 » mise à jour dans %2.</translation>
        </message>
        <message>
            <source>Connection "%1" saved in %2.</source>
            <translation>Connexion « %1 » enregistrée dans %2.</translation>
        </message>
        <message numerus="yes">
            <source>The account answered at %1 (%2): %n destination(s).</source>
            <translation>
                <numerusform>Le compte a répondu à l’adresse %1 (%2) : %n destination.</numerusform>
                <numerusform>Le compte a répondu à l’adresse %1 (%2) : %n destinations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use it with --connection "%1", e.g. %2 aam pull --connection "%1" --out FILE.</source>
            <translation>Utilisez-la avec --connection "%1", p. ex. %2 aam pull --connection "%1" --out FICHIER.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Removed from the %1: the secrets of "%2" (%3).</source>
            <translation>Retirés du %1 : les secrets de « %2 » (%3).</translation>
        </message>
        <message>
            <source>Kept in the %1, because another saved connection uses the same credential: %2.</source>
            <translation>Conservés dans le %1, car une autre connexion enregistrée utilise les mêmes identifiants : %2.</translation>
        </message>
        <message>
            <source>Not removed from the %1: %2</source>
            <translation>Non retiré du %1 : %2</translation>
        </message>
        <message>
            <source>The connection "%1" is no longer saved.</source>
            <translation>La connexion « %1 » n’est plus enregistrée.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved without its secrets; %2 aam login "%1" keeps them again, --forget removes the connection too.</source>
            <translation>La connexion « %1 » reste enregistrée sans ses secrets ; %2 aam login "%1" les enregistre de nouveau, --forget retire aussi la connexion.</translation>
        </message>
        <message>
            <source>No connection is saved (%1). Save one with %2 aam login NAME ….</source>
            <translation>Aucune connexion n’est enregistrée (%1). Enregistrez-en une avec %2 aam login NOM ….</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1 : %2, %3</translation>
        </message>
        <message>
            <source>, client ID %1</source>
            <translation>, ID client %1</translation>
        </message>
        <message>
            <source>, organization %1</source>
            <translation>, organisation %1</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, utilisateur %1</translation>
        </message>
        <message>
            <source> (last used)</source>
            <translation> (utilisée en dernier)</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1 : %2 retiré</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1 : %2 ajouté</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1".</source>
            <translation>Aucune connexion n’est enregistrée, il n’y en a donc aucune nommée « %1 ».</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2.</source>
            <translation>Aucune connexion enregistrée ne s’appelle « %1 ». Connexions enregistrées : %2.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved; its secrets could not be removed (above).</source>
            <translation>La connexion « %1 » reste enregistrée ; ses secrets n’ont pas pu être retirés (voir ci-dessus).</translation>
        </message>
        <message>
            <source>--base-url must be a whole address with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080 (got "%1"), or give --sandbox.</source>
            <translation>--base-url doit être une adresse complète avec https:// ou http://, p. ex. https://aam.adobe.io ou http://127.0.0.1:8080 (reçu : « %1 »), ou indiquez --sandbox.</translation>
        </message>
        <message>
            <source>The secret of the connection "%2" cannot be read from the %3 (%4): set %1 instead.</source>
            <translation>Le secret de la connexion « %2 » ne peut pas être lu dans le %3 (%4) : définissez plutôt %1.</translation>
        </message>
        <message>
            <source>Dry run, nothing written: taking into %1 would add %2, update %3 and remove %4.</source>
            <translation>Serait repris dans %1 (simulation, rien n’est écrit) : %2 ajout(s), %3 mise(s) à jour, %4 retrait(s).</translation>
        </message>
    </context>
    <context>
        <name>AamConnection</name>
        <message>
            <source>The connection has no name.</source>
            <translation>La connexion n’a pas de nom.</translation>
        </message>
        <message>
            <source>The connection "%1" has no client ID.</source>
            <translation>La connexion « %1 » n’a pas d’ID client.</translation>
        </message>
        <message>
            <source>The connection "%1" has no organization ID.</source>
            <translation>La connexion « %1 » n’a pas d’ID d’organisation.</translation>
        </message>
        <message>
            <source>The connection "%1" has no user name.</source>
            <translation>La connexion « %1 » n’a pas de nom d’utilisateur.</translation>
        </message>
        <message>
            <source>Local account (offline)</source>
            <translation>Compte local (hors ligne)</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server</source>
            <translation>OAuth Server-to-Server</translation>
        </message>
        <message>
            <source>Legacy OAuth (deprecated)</source>
            <translation>Ancienne méthode OAuth (obsolète)</translation>
        </message>
        <message>
            <source>The connection "%1" has no valid REST API address ("%2"): write it whole, with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080.</source>
            <translation>La connexion « %1 » n’a pas d’adresse valide pour l’API REST (« %2 ») : écrivez-la en entier, avec https:// ou http://, p. ex. https://aam.adobe.io ou http://127.0.0.1:8080.</translation>
        </message>
    </context>
    <context>
        <name>AamConnectionList</name>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 à l’octet %2</translation>
        </message>
        <message>
            <source>it is not a DCS Desk connections file ("format" is not "%1")</source>
            <translation>ce n’est pas un fichier de connexions DCS Desk (« format » ne vaut pas « %1 »)</translation>
        </message>
        <message>
            <source>it was written by a newer DCS Desk (version %1)</source>
            <translation>il a été créé par une version plus récente de DCS Desk (%1)</translation>
        </message>
        <message>
            <source>the connection "%1" has an unknown method "%2"</source>
            <translation>la connexion « %1 » a une méthode inconnue « %2 »</translation>
        </message>
        <message>
            <source>a connection has no name, or a name used twice ("%1")</source>
            <translation>une connexion n’a pas de nom, ou un nom est utilisé deux fois (« %1 »)</translation>
        </message>
        <message>
            <source>The saved connections cannot be written to %1: %2</source>
            <translation>Les connexions enregistrées ne peuvent pas être écrites dans %1 : %2</translation>
        </message>
        <message>
            <source>The saved connections in %1 cannot be read: %2. Nothing is written to that file until you repair it or move it away.</source>
            <translation>Les connexions enregistrées dans %1 ne peuvent pas être lues : %2. Rien n’est écrit dans ce fichier tant qu’il n’a pas été réparé ou déplacé.</translation>
        </message>
    </context>
    <context>
        <name>AamCookies</name>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager (this cookie lasts 10 years).</source>
            <translation>NOTARGET : le visiteur s’est désinscrit d’Audience Manager (ce cookie a une durée de vie de 10 ans).</translation>
        </message>
        <message>
            <source>“%1” is not an AAM UUID (38 digits).</source>
            <translation>« %1 » n’est pas un UUID AAM (38 chiffres).</translation>
        </message>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager.</source>
            <translation>NOTARGET : le visiteur s’est désinscrit d’Audience Manager.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;data source&gt;-&lt;type&gt;-&lt;time&gt; or &lt;provider&gt;-&lt;time&gt;.</source>
            <translation>« %1 » n’a ni la forme &lt;source de données&gt;-&lt;type&gt;-&lt;horodatage&gt; ni &lt;fournisseur&gt;-&lt;horodatage&gt;.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;destination ID&gt;-&lt;time&gt;.</source>
            <translation>« %1 » n’a pas la forme &lt;ID de destination&gt;-&lt;horodatage&gt;.</translation>
        </message>
        <message>
            <source>Marks the browser session of the Experience Cloud ID service (value 1).</source>
            <translation>Marque la session du navigateur du service d’ID Experience Cloud (valeur 1).</translation>
        </message>
        <message>
            <source>A test cookie that checks whether third-party cookies can be set.</source>
            <translation>Un cookie de test qui vérifie si des cookies tiers peuvent être déposés.</translation>
        </message>
        <message>
            <source>First-party copy of the AAM UUID, written from the answer's uuid.</source>
            <translation>Copie de l’UUID AAM dans un cookie propriétaire (first-party), écrite à partir de l’uuid de la réponse.</translation>
        </message>
        <message>
            <source>Not an Audience Manager cookie.</source>
            <translation>Ce n’est pas un cookie Audience Manager.</translation>
        </message>
    </context>
    <context>
        <name>AamDeletedList</name>
        <message>
            <source>Entry %1 of “aamDeleted” is not a deleted destination or mapping (kind, id and remote); it is ignored, and nothing is deleted in the account for it.</source>
            <translation>L’entrée %1 de « aamDeleted » n’est pas une destination ou un mappage supprimé (kind, id et remote) ; elle est ignorée, et rien n’est supprimé dans le compte pour elle.</translation>
        </message>
    </context>
    <context>
        <name>AamDiff</name>
        <message>
            <source>Deleted in the account, changed in the workspace.</source>
            <translation>Suppression dans le compte, modification dans l’espace de travail.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) of the account have no ID that can be read and were not compared.</source>
            <translation>
                <numerusform>%n objet du compte n’a pas d’ID lisible et n’a pas été comparé.</numerusform>
                <numerusform>%n objets du compte n’ont pas d’ID lisible et n’ont pas été comparés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destination %1 (%2)</translation>
        </message>
        <message>
            <source>The account has a destination with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>Le compte contient une destination avec cet ID, listée comme nouvelle dans le compte ; celle-ci n’a jamais été récupérée. Récupérez le compte pour les relier.</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created or changed through Audience Manager's API: make this change in Audience Manager, then pull.</source>
            <translation>Les destinations serveur à serveur ne peuvent être ni créées ni modifiées par l’API d’Audience Manager : faites cette modification dans Audience Manager, puis récupérez le compte.</translation>
        </message>
        <message>
            <source>Mapping %1 was not compared: its destination %2 is not in the workspace.</source>
            <translation>Le mappage %1 n’a pas été comparé : sa destination %2 n’est pas dans l’espace de travail.</translation>
        </message>
        <message>
            <source>The account has a mapping with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>Le compte contient un mappage avec cet ID, listé comme nouveau dans le compte ; celui-ci n’a jamais été récupéré. Récupérez le compte pour les relier.</translation>
        </message>
        <message>
            <source>Mapping %1 (segment %2, destination %3)</source>
            <translation>Mappage %1 (segment %2, destination %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destination à mettre à jour</numerusform>
                <numerusform>%n destinations à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n à créer</numerusform>
                <numerusform>%n à créer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n mappage à mettre à jour</numerusform>
                <numerusform>%n mappages à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to take from the account</source>
            <translation>
                <numerusform>%n à reprendre depuis le compte</numerusform>
                <numerusform>%n à reprendre depuis le compte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be pushed</source>
            <translation>
                <numerusform>%n ne peut pas être envoyé</numerusform>
                <numerusform>%n ne peuvent pas être envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sans changement</translation>
        </message>
        <message>
            <source>changed in the workspace, to push</source>
            <translation>modification dans l’espace de travail, à envoyer</translation>
        </message>
        <message>
            <source>changed in the account, to take</source>
            <translation>modification dans le compte, à reprendre</translation>
        </message>
        <message>
            <source>changed on both sides, in different fields</source>
            <translation>modifications des deux côtés, dans des champs différents</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>new in the workspace, to create</source>
            <translation>ajout dans l’espace de travail, à créer</translation>
        </message>
        <message>
            <source>deleted in the account</source>
            <translation>suppression dans le compte</translation>
        </message>
        <message>
            <source>new in the account</source>
            <translation>ajout dans le compte</translation>
        </message>
        <message>
            <source>changed in the workspace</source>
            <translation>modification dans l’espace de travail</translation>
        </message>
        <message>
            <source>changed in the account</source>
            <translation>modification dans le compte</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <extracomment>joins two parts of the dry-run summary (French puts a space before the semicolon)</extracomment>
            <translation>%1 ; %2</translation>
        </message>
        <message>
            <source>Deleted in the workspace, changed in the account since the pull.</source>
            <translation>Suppression dans l’espace de travail, modification dans le compte depuis la récupération.</translation>
        </message>
        <message numerus="yes">
            <source>The account still has %n mapping(s) under it that are not deleted with it, and Audience Manager does not delete a destination with mappings: delete them in the workspace too (or take them from the account to see them), then push.</source>
            <translation>
                <numerusform>Le compte contient encore %n mappage de cette destination qui n’est pas supprimé avec elle, et Audience Manager ne supprime pas une destination qui a des mappages : supprimez-le aussi dans l’espace de travail (ou reprenez-le du compte pour le voir), puis lancez l’envoi.</numerusform>
                <numerusform>Le compte contient encore %n mappages de cette destination qui ne sont pas supprimés avec elle, et Audience Manager ne supprime pas une destination qui a des mappages : supprimez-les aussi dans l’espace de travail (ou reprenez-les du compte pour les voir), puis lancez l’envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n à supprimer</numerusform>
                <numerusform>%n à supprimer</numerusform>
            </translation>
        </message>
        <message>
            <source>Destinations - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Destinations – à mettre à jour : %1, à créer : %2, à supprimer : %3, à reprendre depuis le compte : %4, conflits : %5, supprimées dans le compte : %6, nouvelles dans le compte : %7, impossibles à envoyer : %8, inchangées : %9.</translation>
        </message>
        <message>
            <source>Mappings - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Mappages – à mettre à jour : %1, à créer : %2, à supprimer : %3, à reprendre depuis le compte : %4, conflits : %5, supprimés dans le compte : %6, nouveaux dans le compte : %7, impossibles à envoyer : %8, inchangés : %9.</translation>
        </message>
        <message>
            <source>deleted in the workspace, to delete</source>
            <translation>suppression dans l’espace de travail, à supprimer</translation>
        </message>
        <message>
            <source>A server-to-server destination cannot be deleted through Audience Manager's API: delete it in Audience Manager, then pull.</source>
            <translation>Une destination serveur à serveur ne peut pas être supprimée par l’API d’Audience Manager : supprimez-la dans Audience Manager, puis récupérez le compte.</translation>
        </message>
        <message>
            <source>The account already has destination %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>Le compte a déjà la destination %1, et celle-ci n’a jamais été récupérée : l’envoyer en créerait une deuxième. Reprenez celle du compte (« Reprendre », ou dcsdesk-cli aam pull ESPACE_DE_TRAVAIL) pour les relier, puis comparez de nouveau.</translation>
        </message>
        <message>
            <source>The account already has mapping %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>Le compte a déjà le mappage %1, et celui-ci n’a jamais été récupéré : l’envoyer en créerait un deuxième. Reprenez celui du compte (« Reprendre », ou dcsdesk-cli aam pull ESPACE_DE_TRAVAIL) pour les relier, puis comparez de nouveau.</translation>
        </message>
    </context>
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
            <translation>L’ID de mappage %1 apparaît plusieurs fois dans le fichier ; seul le premier est importé.</translation>
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
            <translation>Identique à la version de l’espace de travail.</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Modifications : %1</translation>
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
            <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>L’ID de destination %1 apparaît plusieurs fois dans le fichier ; seule la première occurrence est importée.</translation>
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
            <translation>Modifications : champs propres à Audience Manager</translation>
        </message>
        <message>
            <source>A new destination needs a name.</source>
            <translation>Une nouvelle destination doit avoir un nom.</translation>
        </message>
        <message>
            <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
            <translation>Le fichier n’indique pas s’il s’agit d’une destination d’URL (PUSH) ou de cookie (ADS).</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created in Audience Manager; this one mirrors an existing one.</source>
            <translation>Les destinations serveur à serveur ne peuvent pas être créées dans Audience Manager ; celle-ci correspond à une destination existante.</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); created from the file's elementName and elementDescription.</source>
            <translation>
                <numerusform>Utilisé par %n mappage importé ; créé à partir des champs elementName et elementDescription du fichier.</numerusform>
                <numerusform>Utilisé par %n mappages importés ; créé à partir des champs elementName et elementDescription du fichier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
            <translation>
                <numerusform>Utilisé par %n mappage importé ; le fichier ne donne pas de nom, il est donc nommé d’après son ID.</numerusform>
                <numerusform>Utilisé par %n mappages importés ; le fichier ne donne pas de nom, il est donc nommé d’après son ID.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping %1: "%2" has an unexpected value (%3).</source>
            <translation>Mappage %1 : « %2 » a une valeur inattendue (%3).</translation>
        </message>
        <message>
            <source>Mapping %1 has no segment ID (sid).</source>
            <translation>Le mappage %1 n’a pas d’ID de segment (sid).</translation>
        </message>
        <message>
            <source>Mapping %1 has traitType "%2"; only SEGMENT mappings can be imported.</source>
            <translation>Le mappage %1 a le traitType « %2 » ; seuls les mappages SEGMENT peuvent être importés.</translation>
        </message>
        <message>
            <source>%1: "%2" has an unexpected value (%3).</source>
            <translation>%1 : « %2 » a une valeur inattendue (%3).</translation>
        </message>
        <message>
            <source>%1: destinationType "%2" is neither PUSH (URL) nor ADS (cookie).</source>
            <translation>%1 : destinationType « %2 » n’est ni PUSH (URL) ni ADS (cookie).</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has cookie fields, so it is read as a cookie destination.</source>
            <translation>%1 n’a pas de destinationType ; elle a des champs de cookie et est donc lue comme destination de cookie.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 n’a pas de destinationType ; elle a des champs d’URL et est donc lue comme destination d’URL.</translation>
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
            <translation>%1 fait %2 Mo, plus que les %3 Mo qu’un export AAM REST peut raisonnablement atteindre. Choisissez le fichier JSON renvoyé par l’API REST.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Check that you may read it.</source>
            <translation>Impossible de lire %1 : %2. Vérifiez que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
            <translation>Ce n’est pas du JSON valide (ligne %1, colonne %2 : %3). Corrigez le fichier ou exportez-le à nouveau depuis l’API REST.</translation>
        </message>
        <message>
            <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk's fields to export them.</source>
            <translation>%1 (%2) : les destinations serveur à serveur n’ont pas de type AAM REST ; incluez les champs propres à DCS Desk pour les exporter.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
            <translation>Impossible d’enregistrer %1 : %2. Rien n’a été écrit ; vérifiez l’espace libre et réessayez.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
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
            <source>Segment ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>L’ID de segment %1 apparaît plusieurs fois dans le fichier ; seul le premier est importé.</translation>
        </message>
        <message>
            <source>Segment %1 has no segment ID (sid).</source>
            <translation>Le segment %1 n’a pas d’ID de segment (sid).</translation>
        </message>
        <message>
            <source>Segment %1: "%2" has an unexpected value (%3).</source>
            <translation>Segment %1 : « %2 » a une valeur inattendue (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n objet</numerusform>
                <numerusform>%n objets</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is a page of a paged list (page %1) holding %2; it does not say how many there are in all.</source>
            <translation>Ce fichier est une page d’une liste paginée (page %1) et contient %2 ; il n’indique pas combien il y en a en tout.</translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list (%2 per page): it holds %3 of %4. Export the other pages to import them too.</source>
            <translation>Ce fichier est la page %1 d’une liste paginée (%2 par page) : il contient %3 sur %4. Exportez les autres pages pour les importer aussi.</translation>
        </message>
        <message>
            <source>This file is a paged list that is complete: it holds %1.</source>
            <translation>Ce fichier est une liste paginée complète : il contient %1.</translation>
        </message>
        <message>
            <source>Item %1 of the list is not a JSON object (%2); it is skipped.</source>
            <translation>L’élément %1 de la liste n’est pas un objet JSON (%2) ; il est ignoré.</translation>
        </message>
        <message>
            <source>The file holds no destination, mapping or segment objects. Choose a file returned by GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings or GET /v1/segments/, or one such object.</source>
            <translation>Le fichier ne contient aucun objet destination, mappage ou segment. Choisissez un fichier renvoyé par GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings ou GET /v1/segments/, ou un tel objet.</translation>
        </message>
        <message>
            <source>The paged list also has %1, which DCS Desk does not use; it is not imported.</source>
            <translation>La liste paginée contient aussi %1, que DCS Desk n’utilise pas et n’importe pas.</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>règle</translation>
        </message>
        <message>
            <source>Kept as the account sent them and written back on export, not edited in DCS Desk: %1.</source>
            <translation>Conservés tels que le compte les a envoyés et réécrits à l’exportation, non modifiés dans DCS Desk : %1.</translation>
        </message>
        <message>
            <source>Destination number %1 in the file</source>
            <translation>Destination n° %1 du fichier</translation>
        </message>
        <message numerus="yes">
            <source>The key “%1” is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>La clé « %1 » est répétée dans un objet (%n fois, la première à la ligne %2) ; la dernière valeur est utilisée.</numerusform>
                <numerusform>La clé « %1 » est répétée dans un objet (%n fois, la première à la ligne %2) ; la dernière valeur est utilisée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalog. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>Absent du catalogue de segments. %n mappage importé l’utilise et reste signalé jusqu’à ce que vous l’ajoutiez.</numerusform>
                <numerusform>Absent du catalogue de segments. %n mappages importés l’utilisent et restent signalés jusqu’à ce que vous l’ajoutiez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamTake</name>
        <message>
            <source>Take changes from Audience Manager</source>
            <translation>Reprendre les modifications d’Audience Manager</translation>
        </message>
        <message>
            <source>%1: deleted in the account and changed in the workspace; kept. Push it to create it again, or delete it here.</source>
            <translation>%1 : suppression dans le compte et modification dans l’espace de travail ; l’objet est conservé. Envoyez-le pour le recréer, ou supprimez-le ici.</translation>
        </message>
        <message>
            <source>%1: deleted in the workspace and changed in the account (%2); it stays deleted here. To have the account's version back, take the account's side of every field.</source>
            <translation>%1 : suppression dans l’espace de travail et modification dans le compte (%2) ; la suppression est conservée ici. Pour retrouver la version du compte, prenez la valeur du compte pour chaque champ.</translation>
        </message>
        <message>
            <source>%1: changed on both sides (%2); kept as it is. Choose a side for each field: in the app's comparison, or with --take-account or --keep-workspace.</source>
            <translation>%1 : modification des deux côtés (%2) ; rien n’est changé ici. Choisissez un côté pour chaque champ : dans la comparaison de l’application, ou avec --take-account ou --keep-workspace.</translation>
        </message>
        <message>
            <source>%1: deleted in the account, removed</source>
            <translation>%1 : suppression dans le compte, donc retrait ici</translation>
        </message>
        <message numerus="yes">
            <source>%1: deleted in the account, but %n mapping(s) under it are kept in the workspace, so it is kept too.</source>
            <translation>
                <numerusform>%1 : supprimée dans le compte, mais %n mappage qui en dépend est conservé dans l’espace de travail ; elle est donc conservée aussi.</numerusform>
                <numerusform>%1 : supprimée dans le compte, mais %n mappages qui en dépendent sont conservés dans l’espace de travail ; elle est donc conservée aussi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1 (%2): made in the workspace and different in the account; kept as it is.</source>
            <translation>Segment %1 (%2) : créé dans l’espace de travail et différent dans le compte ; conservé tel quel.</translation>
        </message>
        <message>
            <source>Segment %1 (%2): changed on both sides; the workspace's version is kept.</source>
            <translation>Segment %1 (%2) : modifié des deux côtés ; la version de l’espace de travail est conservée.</translation>
        </message>
        <message>
            <source>%1: added from the account</source>
            <translation>%1 : ajout depuis le compte</translation>
        </message>
        <message>
            <source>%1: the account's %2</source>
            <translation>%1 : version du compte reprise pour %2</translation>
        </message>
        <message>
            <source>%1: not chosen (unchecked, or a conflict without the account's side); kept as it is.</source>
            <translation>%1 : aucun choix (décoché, ou conflit sans la valeur du compte) ; aucune modification.</translation>
        </message>
        <message>
            <source>%1: the workspace's values kept, now to push</source>
            <translation>%1 : valeurs de l’espace de travail conservées, à envoyer</translation>
        </message>
        <message>
            <source>%1: the workspace has its own version, never pulled, that differs from the account's (%2); kept as it is. To take the account's, delete it here and take again, or use --take-account '*'.</source>
            <translation>%1 : l’espace de travail a sa propre version, jamais récupérée, qui diffère de celle du compte (%2) ; conservée telle quelle. Pour reprendre celle du compte, supprimez-la ici puis relancez la reprise, ou utilisez --take-account '*'.</translation>
        </message>
        <message>
            <source>%1: linked to the account's (the same values)</source>
            <translation>%1 : lien établi avec la version du compte (mêmes valeurs)</translation>
        </message>
        <message>
            <source>%1: the account's version replaces the workspace's (%2)</source>
            <translation>%1 : la version du compte remplace celle de l’espace de travail (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) deleted in the workspace were also deleted in the account: nothing is left to push for them.</source>
            <translation>
                <numerusform>%n objet supprimé dans l’espace de travail a aussi été supprimé dans le compte : il ne reste rien à envoyer pour lui.</numerusform>
                <numerusform>%n objets supprimés dans l’espace de travail ont aussi été supprimés dans le compte : il ne reste rien à envoyer pour eux.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AmcvCommand</name>
        <message>
            <source>Decode an AMCV cookie and show the server-to-server call it gives.</source>
            <translation>Décoder un cookie AMCV et afficher l’appel serveur à serveur qui en découle.</translation>
        </message>
        <message>
            <source>The cookie value (raw or URL-encoded), AMCV_...=value, a Cookie header, or - for stdin.</source>
            <translation>La valeur du cookie (brute ou encodée en URL), AMCV_...=valeur, un en-tête Cookie, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Évaluer l’expiration à cette date et heure (ISO 8601) plutôt qu’à l’heure actuelle.</translation>
        </message>
        <message>
            <source>amcv takes one cookie value, or - for stdin.</source>
            <translation>amcv attend une valeur de cookie, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now attend une date et heure ISO 8601 comme 2019-11-01T00:00:00Z, pas « %1 ».</translation>
        </message>
        <message>
            <source>Server-to-server call:</source>
            <translation>Appel serveur à serveur :</translation>
        </message>
        <message>
            <source>Regional host: %1 (region %2)</source>
            <translation>Hôte régional : %1 (région %2)</translation>
        </message>
        <message>
            <source>Region unknown: the cookie has no valid location hint.</source>
            <translation>Région inconnue : le cookie n’a pas d’indication de localisation valide.</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>VALUE|-</source>
            <translation>VALEUR|-</translation>
        </message>
        <message>
            <source>time</source>
            <translation>date-heure</translation>
        </message>
    </context>
    <context>
        <name>AmcvCookie</name>
        <message>
            <source>Only the AMCVS_ cookie is there: it just marks the browser session (value 1). Paste the AMCV_ cookie instead.</source>
            <translation>Seul le cookie AMCVS_ est présent : il ne fait que marquer la session du navigateur (valeur 1). Collez plutôt le cookie AMCV_.</translation>
        </message>
        <message>
            <source>The cookie name %1 does not end in @AdobeOrg, so it gives no org ID.</source>
            <translation>Le nom de cookie %1 ne se termine pas par @AdobeOrg ; il ne donne donc pas d’ID d’organisation.</translation>
        </message>
        <message>
            <source>The value was URL-encoded twice.</source>
            <translation>La valeur a été encodée en URL deux fois.</translation>
        </message>
        <message>
            <source>The AMCV cookie is empty.</source>
            <translation>Le cookie AMCV est vide.</translation>
        </message>
        <message>
            <source>“%1” is not an AMCV value: it should look like -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</source>
            <translation>« %1 » n’est pas une valeur AMCV : elle devrait ressembler à -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</translation>
        </message>
        <message>
            <source>The last entry “%1” has no value and was skipped.</source>
            <translation>La dernière entrée « %1 » n’a pas de valeur et a été ignorée.</translation>
        </message>
        <message>
            <source>“%1” is not a KEY or KEY-EXPIRY entry; it is shown as is.</source>
            <translation>« %1 » n’est pas une entrée CLÉ ou CLÉ-EXPIRATION ; elle est affichée telle quelle.</translation>
        </message>
        <message>
            <source>The AMCV cookie has no fields.</source>
            <translation>Le cookie AMCV n’a aucun champ.</translation>
        </message>
        <message>
            <source>%1 expired on %2 and is ignored, as the ID service does.</source>
            <translation>%1 a expiré le %2 et est ignoré, comme le fait le service d’ID.</translation>
        </message>
        <message>
            <source>The location hint %1 is not a documented DCS region.</source>
            <translation>L’indication de localisation %1 n’est pas une région DCS documentée.</translation>
        </message>
        <message>
            <source>The location hint “%1” is not a region number.</source>
            <translation>L’indication de localisation « %1 » n’est pas un numéro de région.</translation>
        </message>
        <message>
            <source>MCOPTOUT has the unknown value “%1”.</source>
            <translation>MCOPTOUT a la valeur inconnue « %1 ».</translation>
        </message>
        <message>
            <source>The cookie uses the legacy keys mid / aamlh.</source>
            <translation>Le cookie utilise les anciennes clés mid / aamlh.</translation>
        </message>
        <message>
            <source>The cookie has no MCMID, so it gives no Experience Cloud ID.</source>
            <translation>Le cookie n’a pas de MCMID ; il ne donne donc pas d’ID Experience Cloud.</translation>
        </message>
        <message>
            <source>The visitor has opted out (MCOPTOUT): the DCS answers error 171 for this ID.</source>
            <translation>Le visiteur s’est désinscrit (MCOPTOUT) : le DCS répond par l’erreur 171 pour cet ID.</translation>
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
        <message>
            <source>Sample account</source>
            <translation>Compte d’exemple</translation>
        </message>
        <message>
            <source>Sample (local sandbox)</source>
            <translation>Exemple (sandbox locale)</translation>
        </message>
        <message>
            <source>Production US West</source>
            <translation>Production États-Unis Ouest</translation>
        </message>
        <message>
            <source>Production Europe (ECID)</source>
            <translation>Production Europe (ECID)</translation>
        </message>
    </context>
    <context>
        <name>BruLang</name>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>“%1” is outside any block; a block opens with a name and “{”, such as “headers {”.</source>
            <translation>« %1 » est en dehors de tout bloc ; un bloc commence par un nom et « { », comme « headers { ».</translation>
        </message>
        <message>
            <source>the block “%1” is not closed: put “}” on a line of its own before line %2.</source>
            <translation>le bloc « %1 » n’est pas fermé : mettez « } » seul sur une ligne avant la ligne %2.</translation>
        </message>
        <message>
            <source>the quoted name “%1” has no closing quote.</source>
            <translation>le nom entre guillemets « %1 » n’a pas de guillemet fermant.</translation>
        </message>
        <message>
            <source>“%1” in the block “%2” is not “name: value”.</source>
            <translation>« %1 » dans le bloc « %2 » n’a pas la forme « nom: valeur ».</translation>
        </message>
        <message>
            <source>the value of “%1” opens with %2 but never ends with %3.</source>
            <translation>la valeur de « %1 » commence par %2 mais ne se termine jamais par %3.</translation>
        </message>
        <message>
            <source>the block “%1” is never closed: add “}” on a line of its own.</source>
            <translation>le bloc « %1 » n’est jamais fermé : ajoutez « } » seul sur une ligne.</translation>
        </message>
    </context>
    <context>
        <name>BrunoCollection</name>
        <message>
            <source>%1: its headers %2 are added to each request below it, as Bruno sends them.</source>
            <translation>%1 : ses en-têtes %2 sont ajoutés à chaque requête qui s’y trouve, comme Bruno les envoie.</translation>
        </message>
        <message>
            <source>%1: not imported: %2 (DCS Desk runs no scripts and the DCS reads no authorization; use checks to test answers).</source>
            <translation>%1 : éléments non importés : %2 (DCS Desk n’exécute aucun script et le DCS ne lit aucune autorisation ; utilisez des vérifications pour tester les réponses).</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s) in environments/ were not imported: define their variables in Console › Environments.</source>
            <translation>
                <numerusform>%n environnement du dossier environments/ n’a pas été importé : définissez ses variables dans Console › Environnements.</numerusform>
                <numerusform>%n environnements du dossier environments/ n’ont pas été importés : définissez leurs variables dans Console › Environnements.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1/folder.bru, %2; the folder's settings were not imported.</source>
            <translation>%1/folder.bru, %2 ; les réglages du dossier n’ont pas été importés.</translation>
        </message>
        <message>
            <source>Folder “%1”</source>
            <translation>Dossier « %1 »</translation>
        </message>
        <message>
            <source>%1, %2 The file was skipped; correct it (or open and save it in Bruno) and import again.</source>
            <translation>%1, %2 Le fichier a été ignoré ; corrigez-le (ou ouvrez-le et enregistrez-le dans Bruno) et importez à nouveau.</translation>
        </message>
        <message>
            <source>A %1 request, not an HTTP call: the DCS takes plain GET and POST calls.</source>
            <translation>Une requête %1, pas un appel HTTP : le DCS accepte de simples appels GET et POST.</translation>
        </message>
        <message>
            <source>%1 has no method block (get { url: … }, post { … }); it was skipped.</source>
            <translation>%1 n’a pas de bloc de méthode (get { url: … }, post { … }) ; il a été ignoré.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Les champs de fichier %1 n’ont pas été importés : le DCS ne lit aucun fichier.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>L’autorisation %1 n’a pas été importée : le DCS n’en lit aucune. Si un proxy placé devant en a besoin, ajoutez l’en-tête dans la console.</translation>
        </message>
        <message>
            <source>The %1 script (line %2) was not imported: DCS Desk runs no scripts.</source>
            <translation>Le script %1 (ligne %2) n’a pas été importé : DCS Desk n’exécute aucun script.</translation>
        </message>
        <message>
            <source>The tests (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>Les tests (ligne %1) n’ont pas été importés : ajoutez des vérifications (Console › Vérifications) pour tester la réponse.</translation>
        </message>
        <message numerus="yes">
            <source>%n assertion(s) (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>
                <numerusform>%n assertion (ligne %1) n’a pas été importée : ajoutez des vérifications (Console › Vérifications) pour tester la réponse.</numerusform>
                <numerusform>%n assertions (ligne %1) n’ont pas été importées : ajoutez des vérifications (Console › Vérifications) pour tester la réponse.</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 variables (line %2) were not imported: set them in an environment (Console › Environments).</source>
            <translation>Les variables %1 (ligne %2) n’ont pas été importées : définissez-les dans un environnement (Console › Environnements).</translation>
        </message>
        <message>
            <source>The path parameters (line %1) were not imported: write their values into the path.</source>
            <translation>Les paramètres de chemin (ligne %1) n’ont pas été importés : écrivez leurs valeurs dans le chemin.</translation>
        </message>
        <message>
            <source>The docs (line %1) were not imported.</source>
            <translation>La documentation (ligne %1) n’a pas été importée.</translation>
        </message>
        <message>
            <source>Bruno collection</source>
            <translation>Collection Bruno</translation>
        </message>
        <message>
            <source>%1 has no bruno.json, so it is not a Bruno collection. Choose the collection's folder (the one that holds bruno.json).</source>
            <translation>%1 n’a pas de bruno.json, ce n’est donc pas une collection Bruno. Choisissez le dossier de la collection (celui qui contient bruno.json).</translation>
        </message>
        <message>
            <source>bruno.json is not valid JSON (%1 at byte %2). Open the collection in Bruno to repair it.</source>
            <translation>bruno.json n’est pas un JSON valide (%1 à l’octet %2). Ouvrez la collection dans Bruno pour la réparer.</translation>
        </message>
        <message>
            <source>The collection</source>
            <translation>La collection</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>Le formulaire multipart est envoyé comme corps form-urlencoded, le seul format de corps que lit le DCS.</translation>
        </message>
        <message>
            <source>collection.bru, %1 The collection's settings were not imported.</source>
            <translation>collection.bru, %1 Les réglages de la collection n’ont pas été importés.</translation>
        </message>
        <message>
            <source>The block “%1” (line %2) was not imported: DCS Desk does not support it.</source>
            <translation>Le bloc « %1 » (ligne %2) n’a pas été importé : DCS Desk ne le prend pas en charge.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Unknown language “%1”: use en, es, de or fr.</source>
            <translation>Langue inconnue « %1 » : utilisez en, es, de ou fr.</translation>
        </message>
        <message>
            <source>Unknown command “%1”. Run “%2 help” for the list.</source>
            <translation>Commande inconnue « %1 ». Lancez « %2 help » pour voir la liste.</translation>
        </message>
    </context>
    <context>
        <name>CliRegistry</name>
        <message>
            <source>Print JSON for scripts instead of text for people.</source>
            <translation>Afficher du JSON pour les scripts au lieu d’un texte lisible par un humain.</translation>
        </message>
        <message>
            <source>Language of the text output (en, es, de, fr); the default follows LC_ALL, LC_MESSAGES and LANG.</source>
            <translation>Langue de la sortie texte (en, es, de, fr) ; par défaut selon LC_ALL, LC_MESSAGES et LANG.</translation>
        </message>
        <message>
            <source>Show the options of this command.</source>
            <translation>Afficher les options de cette commande.</translation>
        </message>
        <message>
            <source>%1 %2: %3 Run “%1 help %2” for the options.</source>
            <translation>%1 %2 : %3 Lancez « %1 help %2 » pour voir les options.</translation>
        </message>
        <message>
            <source>Usage: %1 COMMAND [options]</source>
            <translation>Utilisation : %1 COMMANDE [options]</translation>
        </message>
        <message>
            <source>Build, send and decode DCS server-to-server event calls.</source>
            <translation>Construire, envoyer et décoder les appels d’événement serveur à serveur du DCS.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Run “%1 help COMMAND” or “%1 COMMAND --help” for a command's options. Global options: --json, --lang CODE.</source>
            <translation>Lancez « %1 help COMMANDE » ou « %1 COMMANDE --help » pour voir les options d’une commande. Options globales : --json, --lang CODE.</translation>
        </message>
        <message>
            <source>Exit codes: 0 OK, 1 DCS errors or findings, 2 bad input, 3 network failure.</source>
            <translation>Codes de sortie : 0 OK, 1 erreurs DCS ou constats, 2 entrée non valide, 3 échec réseau.</translation>
        </message>
        <message>
            <source>Usage: %1 %2 [options] %3</source>
            <translation>Utilisation : %1 %2 [options] %3</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
    </context>
    <context>
        <name>CliRequestOptions</name>
        <message>
            <source>Domain alias; sent as Host: &lt;alias&gt;.demdex.net.</source>
            <translation>Alias de domaine ; envoyé comme Host: &lt;alias&gt;.demdex.net.</translation>
        </message>
        <message>
            <source>DCS region: an ID (3, 4, 6, 7, 8, 9, 11, 12), a code (usw2) or a host name (usw2.demdex.net).</source>
            <translation>Région DCS : un ID (3, 4, 6, 7, 8, 9, 11, 12), un code (usw2) ou un nom d’hôte (usw2.demdex.net).</translation>
        </message>
        <message>
            <source>Send to this base URL instead of a region, e.g. http://127.0.0.1:8080.</source>
            <translation>Envoyer à cette URL de base au lieu d’une région, p. ex. http://127.0.0.1:8080.</translation>
        </message>
        <message>
            <source>Take the profile (and saved requests) from this workspace file.</source>
            <translation>Prendre le profil (et les requêtes enregistrées) dans ce fichier d’espace de travail.</translation>
        </message>
        <message>
            <source>Name of the profile in the workspace.</source>
            <translation>Nom du profil dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Start from a saved request (JSON file, or - for stdin), e.g. the output of curl-import --json.</source>
            <translation>Partir d’une requête enregistrée (fichier JSON, ou - pour l’entrée standard), p. ex. la sortie de curl-import --json.</translation>
        </message>
        <message>
            <source>Start from a cURL command.</source>
            <translation>Partir d’une commande cURL.</translation>
        </message>
        <message>
            <source>Start from the saved request of this name in the workspace.</source>
            <translation>Partir de la requête enregistrée de ce nom dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Take d_mid, d_orgid and the region from an AMCV cookie (raw or URL-encoded).</source>
            <translation>Prendre d_mid, d_orgid et la région dans un cookie AMCV (brut ou encodé en URL).</translation>
        </message>
        <message>
            <source>User ID as d_uuid (the AAM UUID).</source>
            <translation>ID utilisateur en d_uuid (l’UUID AAM).</translation>
        </message>
        <message>
            <source>User ID as d_mid (the Experience Cloud ID).</source>
            <translation>ID utilisateur en d_mid (l’ID Experience Cloud).</translation>
        </message>
        <message>
            <source>IMS Org ID for d_orgid.</source>
            <translation>ID d’organisation IMS pour d_orgid.</translation>
        </message>
        <message>
            <source>GET (default) or POST.</source>
            <translation>GET (par défaut) ou POST.</translation>
        </message>
        <message>
            <source>Same as --method POST.</source>
            <translation>Identique à --method POST.</translation>
        </message>
        <message>
            <source>Path of the call; /event by default.</source>
            <translation>Chemin de l’appel ; /event par défaut.</translation>
        </message>
        <message>
            <source>d_jsonv value (1 by default; “none” leaves it out).</source>
            <translation>Valeur de d_jsonv (1 par défaut ; « none » l’omet).</translation>
        </message>
        <message>
            <source>Add d_dst=1 (URL destinations in the answer).</source>
            <translation>Ajouter d_dst=1 (destinations d’URL dans la réponse).</translation>
        </message>
        <message>
            <source>Add d_cts=1 or 2 (traits and segments in the answer).</source>
            <translation>Ajouter d_cts=1 ou 2 (caractéristiques et segments dans la réponse).</translation>
        </message>
        <message>
            <source>d_cb: JSONP callback name.</source>
            <translation>d_cb : nom de la fonction de rappel JSONP.</translation>
        </message>
        <message>
            <source>d_ptfm: ios, android, browser or all.</source>
            <translation>d_ptfm : ios, android, browser ou all.</translation>
        </message>
        <message>
            <source>d_sid: trait or segment IDs, comma-separated.</source>
            <translation>d_sid : ID de caractéristiques ou de segments, séparés par des virgules.</translation>
        </message>
        <message>
            <source>d_tdpid: evaluate only traits of this data source.</source>
            <translation>d_tdpid : évaluer uniquement les caractéristiques de cette source de données.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE (repeatable); commas in VALUE make a serialized signal.</source>
            <translation>Un signal CLÉ=VALEUR (répétable) ; des virgules dans VALEUR en font un signal sérialisé.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE sent exactly as typed (already percent-encoded).</source>
            <translation>Un signal CLÉ=VALEUR envoyé exactement tel que saisi (déjà encodé en pourcentage).</translation>
        </message>
        <message>
            <source>Declared ID d_cid as DPID:ID[:AUTH] (repeatable).</source>
            <translation>ID déclaré d_cid sous la forme DPID:ID[:AUTH] (répétable).</translation>
        </message>
        <message>
            <source>Declared ID d_cid_ic as CODE:ID[:AUTH] (repeatable).</source>
            <translation>ID déclaré d_cid_ic sous la forme CODE:ID[:AUTH] (répétable).</translation>
        </message>
        <message>
            <source>“%1” is not NAMESPACE:ID, e.g. --cid 123:abc or --cid-ic crm_code:abc:1.</source>
            <translation>« %1 » n’a pas la forme ESPACE_DE_NOMS:ID, p. ex. --cid 123:abc ou --cid-ic crm_code:abc:1.</translation>
        </message>
        <message>
            <source>The request JSON is not valid: %1.</source>
            <translation>Le JSON de la requête n’est pas valide : %1.</translation>
        </message>
        <message>
            <source>The request JSON must be an object.</source>
            <translation>Le JSON de la requête doit être un objet.</translation>
        </message>
        <message>
            <source>Cannot open the workspace %1: %2</source>
            <translation>Impossible d’ouvrir l’espace de travail %1 : %2</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”. Profiles: %2</source>
            <translation>L’espace de travail n’a pas de profil « %1 ». Profils : %2</translation>
        </message>
        <message>
            <source>Choose a profile with --profile: %1</source>
            <translation>Choisissez un profil avec --profile : %1</translation>
        </message>
        <message>
            <source>The workspace has no saved request “%1”. Saved requests: %2</source>
            <translation>L’espace de travail n’a pas de requête enregistrée « %1 ». Requêtes enregistrées : %2</translation>
        </message>
        <message>
            <source>--profile and --saved need --workspace FILE.</source>
            <translation>--profile et --saved nécessitent --workspace FICHIER.</translation>
        </message>
        <message>
            <source>Use only one of --from-json, --from-curl and --saved.</source>
            <translation>N’utilisez qu’une seule des options --from-json, --from-curl et --saved.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use an ID (3, 4, 6, 7, 8, 9, 11, 12), a code such as usw2, or run “%2 regions”.</source>
            <translation>Région inconnue « %1 ». Utilisez un ID (3, 4, 6, 7, 8, 9, 11, 12), un code comme usw2, ou lancez « %2 regions ».</translation>
        </message>
        <message>
            <source>Give either --uuid or --mid, not both.</source>
            <translation>Indiquez --uuid ou --mid, pas les deux.</translation>
        </message>
        <message>
            <source>The method must be GET or POST, not “%1”.</source>
            <translation>La méthode doit être GET ou POST, pas « %1 ».</translation>
        </message>
        <message>
            <source>--cts takes 1 or 2, not “%1”.</source>
            <translation>--cts attend 1 ou 2, pas « %1 ».</translation>
        </message>
        <message>
            <source>“%1” is not KEY=VALUE, e.g. --signal c_color=blue.</source>
            <translation>« %1 » n’a pas la forme CLÉ=VALEUR, p. ex. --signal c_color=blue.</translation>
        </message>
        <message>
            <source>Extra header “Name: value”, or “Name;” for an empty value (repeatable).</source>
            <translation>En-tête supplémentaire « Nom: valeur », ou « Nom; » pour une valeur vide (répétable).</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value” (or “Name;” for an empty value).</source>
            <translation>« %1 » n’est pas un en-tête « Nom: valeur » (ni « Nom; » pour une valeur vide).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>region</source>
            <translation>région</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>command</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>cookie</source>
            <translation>cookie</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>org</source>
            <translation>org</translation>
        </message>
        <message>
            <source>method</source>
            <translation>méthode</translation>
        </message>
        <message>
            <source>path</source>
            <translation>chemin</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>key=value</source>
            <translation>clé=valeur</translation>
        </message>
        <message>
            <source>dpid:id</source>
            <translation>dpid:ID</translation>
        </message>
        <message>
            <source>code:id</source>
            <translation>code:ID</translation>
        </message>
        <message>
            <source>header</source>
            <translation>en-tête</translation>
        </message>
        <message>
            <source>Leave out d_rtbd=json (the DCS then answers with no body).</source>
            <translation>Omettre d_rtbd=json (le DCS répond alors sans corps).</translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Findings: none</source>
            <translation>Constats : aucun</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Constats :</translation>
        </message>
        <message>
            <source>%1 (not sent)</source>
            <translation>%1 (requête non envoyée)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>Paramètres :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>cURL:</source>
            <translation>cURL :</translation>
        </message>
        <message>
            <source>Timing: queued %1 · connect %2 · TLS %3 · waiting %4 · download %5 · total %6</source>
            <translation>Temps : file d’attente %1 · connexion %2 · TLS %3 · attente %4 · téléchargement %5 · total %6</translation>
        </message>
        <message>
            <source>empty body</source>
            <translation>corps vide</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>JSONP, callback %1</source>
            <translation>JSONP, fonction de rappel %1</translation>
        </message>
        <message>
            <source>pixel (image)</source>
            <translation>pixel (image)</translation>
        </message>
        <message>
            <source>HTML page</source>
            <translation>page HTML</translation>
        </message>
        <message>
            <source>text, not JSON</source>
            <translation>texte, pas du JSON</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>données binaires</translation>
        </message>
        <message>
            <source>Response: %1 (%2 bytes)</source>
            <translation>Réponse : %1 (%2 octets)</translation>
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation>%1 — %2 — %3</translation>
        </message>
        <message>
            <source>stuff (cookie destinations): %1</source>
            <translation>stuff (destinations de cookie) : %1</translation>
        </message>
        <message>
            <source>ttl %1, domain %2</source>
            <translation>ttl %1, domaine %2</translation>
        </message>
        <message>
            <source>dests (URL destinations): %1</source>
            <translation>dests (destinations d’URL) : %1</translation>
        </message>
        <message>
            <source>Keys as received: %1</source>
            <translation>Clés dans l’ordre reçu : %1</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Erreurs :</translation>
        </message>
        <message>
            <source>body and X-Error</source>
            <translation>corps et X-Error</translation>
        </message>
        <message>
            <source>X-Error</source>
            <translation>X-Error</translation>
        </message>
        <message>
            <source>body</source>
            <translation>corps</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Remarques :</translation>
        </message>
        <message>
            <source>Body: %1 bytes, not printed (use --body to print it).</source>
            <translation>Corps : %1 octets, non affiché (utilisez --body pour l’afficher).</translation>
        </message>
        <message>
            <source>Body: %1 bytes of binary data (base64):</source>
            <translation>Corps : %1 octets de données binaires (base64) :</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>Corps :</translation>
        </message>
        <message>
            <source>Redirect to %1 (not followed).</source>
            <translation>Redirection vers %1 (non suivie).</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Échec : %1</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID d’organisation</translation>
        </message>
        <message>
            <source>Settings digest</source>
            <translation>Empreinte des réglages</translation>
        </message>
        <message>
            <source>Fields:</source>
            <translation>Champs :</translation>
        </message>
        <message>
            <source>expired %1</source>
            <translation>expiré le %1</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>expire le %1</translation>
        </message>
        <message>
            <source>, session only</source>
            <translation>, session uniquement</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Values in force:</source>
            <translation>Valeurs en vigueur :</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>désinscrit</translation>
        </message>
        <message>
            <source>not opted out</source>
            <translation>non désinscrit</translation>
        </message>
        <message>
            <source>AAM UUID</source>
            <translation>UUID AAM</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Désinscription</translation>
        </message>
        <message>
            <source>yes (NOTARGET)</source>
            <translation>oui (NOTARGET)</translation>
        </message>
        <message>
            <source>ID sync</source>
            <translation>synchronisation d’ID</translation>
        </message>
        <message>
            <source>deprecated type 2</source>
            <translation>type 2 obsolète</translation>
        </message>
        <message>
            <source>old style</source>
            <translation>ancien format</translation>
        </message>
        <message>
            <source>data source %1: %2, last %3</source>
            <translation>source de données %1 : %2, dernière synchronisation le %3</translation>
        </message>
        <message>
            <source>destination %1: send error at %2</source>
            <translation>destination %1 : erreur d’envoi le %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>the server's own message, in quotation marks</comment>
            <translation>« %1 »</translation>
        </message>
    </context>
    <context>
        <name>CollectionImport</name>
        <message>
            <source>The request has no URL. Give it the DCS address in the collection and import again.</source>
            <translation>La requête n’a pas d’URL. Indiquez l’adresse du DCS pour cette requête dans la collection, puis importez-la à nouveau.</translation>
        </message>
        <message>
            <source>The %1 body was not imported: the DCS reads key=value pairs only (a form body or the query). Add the values as signals in the console.</source>
            <translation>Le corps %1 n’a pas été importé : le DCS ne lit que des paires clé=valeur (un corps de formulaire ou la chaîne de requête). Ajoutez les valeurs comme signaux dans la console.</translation>
        </message>
        <message>
            <source>The URL cannot be read: %1 Correct it in the collection and import again.</source>
            <translation>L’URL ne peut pas être lue : %1 Corrigez-la dans la collection et importez à nouveau.</translation>
        </message>
        <message>
            <source>Not a DCS call: it goes to %1%2, which is not an Audience Manager DCS address (a demdex.net host with /event, /ibs, /id or /demoptout.jpg). Nothing to do if it belongs to another API; to import it, point its URL at the DCS.</source>
            <translation>Pas un appel au DCS : il est envoyé à %1%2, qui n’est pas une adresse du DCS d’Audience Manager (un hôte demdex.net avec /event, /ibs, /id ou /demoptout.jpg). Rien à faire s’il appartient à une autre API ; pour l’importer, faites pointer son URL vers le DCS.</translation>
        </message>
        <message>
            <source>%1 (alias %2)</source>
            <translation>%1 (alias %2)</translation>
        </message>
        <message>
            <source>The body of this GET request is sent in the query, where the DCS reads a GET call's pairs.</source>
            <translation>Le corps de cette requête GET est envoyé dans la chaîne de requête, où le DCS lit les paires d’un appel GET.</translation>
        </message>
        <message>
            <source>The disabled header(s) %1 are set by DCS Desk and were left out.</source>
            <translation>En-têtes désactivés omis, car définis par DCS Desk : %1.</translation>
        </message>
        <message>
            <source>Imported request</source>
            <translation>Requête importée</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The request has no name in the collection; it is saved as “%1”.</source>
            <translation>La requête n’a pas de nom dans la collection ; elle est enregistrée sous « %1 ».</translation>
        </message>
        <message>
            <source>Saved as “%1”: a saved request named “%2” exists already in the workspace or earlier in this import. Rename either one if you like.</source>
            <translation>Enregistrée sous « %1 » : une requête enregistrée nommée « %2 » existe déjà dans l’espace de travail ou plus haut dans cette importation. Renommez l’une des deux si vous le souhaitez.</translation>
        </message>
        <message>
            <source>The requests went to %1. A saved request holds no address: it is sent where the console's profile says (alias, region or base URL). Choose or add a profile for these calls.</source>
            <translation>Les requêtes étaient envoyées à %1. Une requête enregistrée ne contient pas d’adresse : elle est envoyée là où l’indique le profil de la console (alias, région ou URL de base). Choisissez ou ajoutez un profil pour ces appels.</translation>
        </message>
        <message>
            <source>The requests use the variables %1, kept as written. Define them in an environment (Console › Environments) before sending.</source>
            <translation>Les requêtes utilisent les variables %1, conservées telles quelles. Définissez-les dans un environnement (Console › Environnements) avant l’envoi.</translation>
        </message>
        <message>
            <source>The collection gives values to %1; the values are not imported. Add them to an environment if the requests need them.</source>
            <translation>La collection définit des valeurs pour %1 ; ces valeurs ne sont pas importées. Ajoutez-les à un environnement si les requêtes en ont besoin.</translation>
        </message>
        <message>
            <source>%1 imported, %2 imported with changes, %3 skipped</source>
            <translation>Importées : %1, importées avec modifications : %2, ignorées : %3</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importée</translation>
        </message>
        <message>
            <source>Imported with changes</source>
            <translation>Importée avec modifications</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorée</translation>
        </message>
        <message>
            <source>Folder “%1” holds no DCS request: it is created empty, so the collection keeps its folders. Delete it in the Saved requests pane if you do not need it.</source>
            <translation>Le dossier « %1 » ne contient aucune requête DCS : il est créé vide pour que la collection garde ses dossiers. Supprimez-le dans le panneau des requêtes enregistrées si vous n’en avez pas besoin.</translation>
        </message>
    </context>
    <context>
        <name>CookieCommand</name>
        <message>
            <source>Decode Audience Manager cookies: demdex, dextp, dst and AMCV.</source>
            <translation>Décoder les cookies Audience Manager : demdex, dextp, dst et AMCV.</translation>
        </message>
        <message>
            <source>A Cookie header or name=value pairs separated by ;, or - for stdin.</source>
            <translation>Un en-tête Cookie ou des paires nom=valeur séparées par ;, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Évaluer l’expiration à cette date et heure (ISO 8601) plutôt qu’à l’heure actuelle.</translation>
        </message>
        <message>
            <source>cookie takes one Cookie header, or - for stdin.</source>
            <translation>cookie attend un en-tête Cookie, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now attend une date et heure ISO 8601 comme 2019-11-01T00:00:00Z, pas « %1 ».</translation>
        </message>
        <message>
            <source>No cookies found: give them as name=value; name=value.</source>
            <translation>Aucun cookie trouvé : indiquez-les sous la forme nom=valeur; nom=valeur.</translation>
        </message>
        <message>
            <source>cookies</source>
            <translation>cookies</translation>
        </message>
        <message>
            <source>COOKIES|-</source>
            <translation>COOKIES|-</translation>
        </message>
        <message>
            <source>time</source>
            <translation>date-heure</translation>
        </message>
    </context>
    <context>
        <name>CurlImport</name>
        <message>
            <source>The command cannot be read: %1</source>
            <translation>Impossible de lire la commande : %1</translation>
        </message>
        <message>
            <source>The command is empty: paste a cURL command with a DCS URL.</source>
            <translation>La commande est vide : collez une commande cURL avec une URL DCS.</translation>
        </message>
        <message>
            <source>%1 %2 is not a “Name: value” header and was ignored.</source>
            <translation>%1 %2 n’est pas un en-tête « Nom: valeur » et a été ignoré.</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>L’option %1 nécessite une valeur.</translation>
        </message>
        <message>
            <source>%1 %2 reads a file, which DCS Desk cannot see; paste the data itself instead.</source>
            <translation>%1 %2 lit un fichier que DCS Desk ne peut pas voir ; collez plutôt les données elles-mêmes.</translation>
        </message>
        <message>
            <source>%1 %2 reads cookies from a file, which DCS Desk cannot see; give the cookies as name=value.</source>
            <translation>%1 %2 lit des cookies dans un fichier que DCS Desk ne peut pas voir ; indiquez les cookies sous la forme nom=valeur.</translation>
        </message>
        <message>
            <source>%1 sends a HEAD request; the DCS takes GET or POST, so the call is imported as GET.</source>
            <translation>%1 envoie une requête HEAD ; le DCS accepte GET ou POST, l’appel est donc importé en GET.</translation>
        </message>
        <message>
            <source>%1 (follow redirects) is not used: DCS Desk shows a redirect instead of following it.</source>
            <translation>%1 (suivre les redirections) n’est pas utilisé : DCS Desk affiche une redirection au lieu de la suivre.</translation>
        </message>
        <message>
            <source>%1 (ignore TLS errors) is not used: DCS Desk shows TLS errors and never ignores them.</source>
            <translation>%1 (ignorer les erreurs TLS) n’est pas utilisé : DCS Desk affiche les erreurs TLS et ne les ignore jamais.</translation>
        </message>
        <message>
            <source>%1 %2 only changes how curl runs and is not part of the request; it was ignored.</source>
            <translation>%1 %2 ne change que la façon dont curl s’exécute et ne fait pas partie de la requête ; il a été ignoré.</translation>
        </message>
        <message>
            <source>No URL found: the command needs the DCS address, such as https://usw2.demdex.net/event?d_rtbd=json</source>
            <translation>Aucune URL trouvée : la commande a besoin de l’adresse du DCS, comme https://usw2.demdex.net/event?d_rtbd=json</translation>
        </message>
        <message>
            <source>Only the first URL is imported; the others are listed as not imported.</source>
            <translation>Seule la première URL est importée ; les autres sont listées comme non importées.</translation>
        </message>
        <message>
            <source>The URL has no scheme; %1 is assumed.</source>
            <translation>L’URL n’a pas de schéma ; %1 est utilisé par défaut.</translation>
        </message>
        <message>
            <source>“%1” is not an http:// or https:// URL.</source>
            <translation>« %1 » n’est pas une URL http:// ou https://.</translation>
        </message>
        <message>
            <source>The DCS takes GET or POST; the %1 request is imported as GET.</source>
            <translation>Le DCS accepte GET ou POST ; la requête %1 est importée en GET.</translation>
        </message>
        <message>
            <source>The URL's query and the POST body are merged; DCS Desk sends all pairs in the body.</source>
            <translation>La chaîne de requête de l’URL et le corps POST sont fusionnés ; DCS Desk envoie toutes les paires dans le corps.</translation>
        </message>
        <message>
            <source>Content-Type %1 is replaced by application/x-www-form-urlencoded, the only body the DCS reads.</source>
            <translation>Content-Type %1 est remplacé par application/x-www-form-urlencoded, le seul format de corps que lit le DCS.</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk and was left out.</source>
            <translation>L’en-tête %1 est défini par DCS Desk et a été omis.</translation>
        </message>
        <message>
            <source>The URL uses the alias as host name (browser style). For a server-to-server call choose the DCS region the user belongs to.</source>
            <translation>L’URL utilise l’alias comme nom d’hôte (style navigateur). Pour un appel serveur à serveur, choisissez la région DCS de l’utilisateur.</translation>
        </message>
        <message>
            <source>The Host header “%1” is not &lt;alias&gt;.demdex.net; it is kept as the alias, check it in the profile.</source>
            <translation>L’en-tête Host « %1 » n’est pas de la forme &lt;alias&gt;.demdex.net ; il est conservé comme alias, vérifiez-le dans le profil.</translation>
        </message>
        <message>
            <source>The call contains a % that is not followed by two hex digits: the DCS ignores such a request (error 311). The value is kept as given.</source>
            <translation>L’appel contient un % qui n’est pas suivi de deux chiffres hexadécimaux : le DCS ignore une telle requête (erreur 311). La valeur est conservée telle quelle.</translation>
        </message>
        <message>
            <source>Kept exactly as pasted (“As typed”), because DCS Desk would encode the same values with other bytes: %1.</source>
            <translation>Conservé exactement tel que collé (« Tel quel »), car DCS Desk encoderait les mêmes valeurs avec d’autres octets : %1.</translation>
        </message>
        <message>
            <source>%1 starts another request; only the first was imported.</source>
            <translation>%1 commence une autre requête ; seule la première a été importée.</translation>
        </message>
        <message>
            <source>%1 is not a curl option; it was ignored.</source>
            <translation>%1 n’est pas une option de curl ; elle a été ignorée.</translation>
        </message>
        <message>
            <source>The body “%1” is JSON, not the key=value pairs the DCS reads; it was not imported, so the call is sent without it.</source>
            <translation>Le corps « %1 » est du JSON, pas les paires clé=valeur que lit le DCS ; il n’a pas été importé, l’appel part donc sans lui.</translation>
        </message>
        <message numerus="yes">
            <source>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</source>
            <translation>
                <numerusform>Dans le corps, %1 n’a pas de « = » : il est envoyé comme clé à valeur vide (« %2= »).</numerusform>
                <numerusform>Dans le corps, %1 n’ont pas de « = » : ils sont envoyés comme clés à valeur vide (« %2= »).</numerusform>
            </translation>
        </message>
        <message>
            <source>Content-Type is sent as %1, without “%2”.</source>
            <translation>Content-Type est envoyé avec la valeur %1, sans « %2 ».</translation>
        </message>
        <message>
            <source>curl would send User-Agent: curl/…; DCS Desk sends its own User-Agent. Add a User-Agent header to send another.</source>
            <translation>curl enverrait User-Agent: curl/… ; DCS Desk envoie son propre User-Agent. Ajoutez un en-tête User-Agent pour en envoyer un autre.</translation>
        </message>
        <message>
            <source>curl would also send Accept: */*; DCS Desk sends no Accept header unless you add one.</source>
            <translation>curl enverrait aussi Accept: */* ; DCS Desk n’envoie pas d’en-tête Accept sauf si vous en ajoutez un.</translation>
        </message>
        <message>
            <source>%1 is not used: DCS Desk uses HTTP/1.1 so that the Host header reaches the DCS as given.</source>
            <translation>%1 n’est pas utilisé : DCS Desk communique en HTTP/1.1 afin que l’en-tête Host parvienne au DCS tel quel.</translation>
        </message>
    </context>
    <context>
        <name>CurlImportCommand</name>
        <message>
            <source>Read a cURL command (as pasted, or - for stdin) and show the DCS call it makes.</source>
            <translation>Lire une commande cURL (telle que collée, ou - pour l’entrée standard) et afficher l’appel DCS qu’elle produit.</translation>
        </message>
        <message>
            <source>The cURL command in one argument (quote it), or - for stdin.</source>
            <translation>La commande cURL en un seul argument (entre guillemets), ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>curl-import takes the cURL command in quotes, or - for stdin.</source>
            <translation>curl-import attend la commande cURL entre guillemets, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>Alias: %1</source>
            <translation>Alias : %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Base URL: %1</source>
            <translation>URL de base : %1</translation>
        </message>
        <message>
            <source>Region: %1</source>
            <translation>Région : %1</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Remarques :</translation>
        </message>
        <message>
            <source>Save it with --json &gt; request.json and send it with “%1 send --from-json request.json”.</source>
            <translation>Enregistrez-la avec --json &gt; request.json et envoyez-la avec « %1 send --from-json request.json ».</translation>
        </message>
        <message>
            <source>command</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>COMMAND|-</source>
            <translation>COMMANDE|-</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Options non importées :</translation>
        </message>
    </context>
    <context>
        <name>DcsEndpointChecker</name>
        <message>
            <source>An ID sync carries its pairs in the URL after /ibs:, so it cannot be sent as POST. Switch the method to GET.</source>
            <translation>Une synchronisation d’ID transporte ses paires dans l’URL après /ibs:, elle ne peut donc pas être envoyée en POST. Passez la méthode à GET.</translation>
        </message>
        <message>
            <source>Adobe documents %1 as a GET call only; POST may be ignored. Switch the method to GET.</source>
            <translation>Adobe documente %1 uniquement comme appel GET ; un POST peut être ignoré. Passez la méthode à GET.</translation>
        </message>
        <message>
            <source>%1 is read only by /event calls; %2 ignores it. Remove it, or send it to /event.</source>
            <translation>%1 n’est lu que par les appels /event ; %2 l’ignore. Retirez-le, ou envoyez-le à /event.</translation>
        </message>
        <message>
            <source>An opt-out names the ID to opt out, and this call has none. Set a user ID (d_uuid, or d_mid with d_orgid) or add a declared ID (d_cid or d_cid_ic).</source>
            <translation>Une désinscription désigne l’ID à désinscrire, et cet appel n’en a aucun. Définissez un ID utilisateur (d_uuid, ou d_mid avec d_orgid) ou ajoutez un ID déclaré (d_cid ou d_cid_ic).</translation>
        </message>
        <message>
            <source>An ID sync needs the vendor's data source ID and user ID: add the signals dpid=&lt;VENDOR_ID&gt; and dpuuid=&lt;VENDOR_UUID&gt;, or a declared ID (d_cid).</source>
            <translation>Une synchronisation d’ID a besoin de l’ID de source de données et de l’ID utilisateur du fournisseur : ajoutez les signaux dpid=&lt;VENDOR_ID&gt; et dpuuid=&lt;VENDOR_UUID&gt;, ou un ID déclaré (d_cid).</translation>
        </message>
        <message>
            <source>dpid is the data source ID Audience Manager assigned to the vendor, a number, not “%1”.</source>
            <translation>dpid est l’ID de source de données qu’Audience Manager a attribué au fournisseur, un nombre, pas « %1 ».</translation>
        </message>
        <message>
            <source>The redir URL has no %1, so the partner gets no AAM UUID back. Put %1 where the partner expects the ID, for example https://partner.example/sync?aam=%1.</source>
            <translation>L’URL redir ne contient pas %1 ; le partenaire ne reçoit donc aucun UUID AAM en retour. Placez %1 là où le partenaire attend l’ID, par exemple https://partner.example/sync?aam=%1.</translation>
        </message>
        <message>
            <source>redir is “%1”, not an http:// or https:// address; the DCS redirects the browser there.</source>
            <translation>redir vaut « %1 », pas une adresse http:// ou https:// ; le DCS y redirige le navigateur.</translation>
        </message>
        <message>
            <source>The ID service answers an Experience Cloud ID (d_mid) for an org (d_orgid). Send d_mid with d_orgid, or a declared ID, rather than d_uuid.</source>
            <translation>Le service d’ID renvoie un ID Experience Cloud (d_mid) pour une organisation (d_orgid). Envoyez d_mid avec d_orgid, ou un ID déclaré, plutôt que d_uuid.</translation>
        </message>
        <message>
            <source>Adobe documents the DCS paths /event, /ibs, /id and /demoptout.jpg; %1 is none of them, so the answer may be anything. Choose one of them unless you are testing another server.</source>
            <translation>Adobe documente les chemins du DCS /event, /ibs, /id et /demoptout.jpg ; %1 n’en fait pas partie, la réponse est donc imprévisible. Choisissez l’un d’eux, sauf si vous testez un autre serveur.</translation>
        </message>
        <message>
            <source>%2 not sent: %1 does not read them, only /event does. Choose /event as the endpoint to send them.</source>
            <translation>%2 : non envoyés, car %1 ne les lit pas ; seul /event les lit. Choisissez /event comme point de terminaison pour les envoyer.</translation>
        </message>
    </context>
    <context>
        <name>DcsErrorCatalog</name>
        <message>
            <source>Unspecified error</source>
            <translation>Erreur non précisée</translation>
        </message>
        <message>
            <source>A catch-all error. Retry the call; if it keeps failing, contact Adobe.</source>
            <translation>Une erreur générique. Relancez l’appel ; s’il échoue encore, contactez Adobe.</translation>
        </message>
        <message>
            <source>Could not find config for hostname: &lt;hostname&gt;</source>
            <translation>Configuration introuvable pour le nom d’hôte : &lt;nom d’hôte&gt;</translation>
        </message>
        <message>
            <source>The host name in the Host header is not provisioned. Check the domain alias.</source>
            <translation>Le nom d’hôte de l’en-tête Host n’est pas provisionné. Vérifiez l’alias de domaine.</translation>
        </message>
        <message>
            <source>Invalid d_orgid value (could not find a config for this org id): &lt;ID&gt;</source>
            <translation>Valeur d_orgid non valide (configuration introuvable pour cet ID d’organisation) : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The IMS Org ID in d_orgid is wrong. Check it; it ends in @AdobeOrg.</source>
            <translation>L’ID d’organisation IMS de d_orgid est erroné. Vérifiez-le ; il se termine par @AdobeOrg.</translation>
        </message>
        <message>
            <source>Unable to evaluate traits</source>
            <translation>Impossible d’évaluer les caractéristiques</translation>
        </message>
        <message>
            <source>The traits of this call were evaluated only partly or not at all.</source>
            <translation>Les caractéristiques de cet appel n’ont été évaluées qu’en partie, voire pas du tout.</translation>
        </message>
        <message>
            <source>Could not retrieve host name for the request</source>
            <translation>Impossible de récupérer le nom d’hôte de la requête</translation>
        </message>
        <message>
            <source>The request has no Host header. Set the domain alias in the profile.</source>
            <translation>La requête n’a pas d’en-tête Host. Définissez l’alias de domaine dans le profil.</translation>
        </message>
        <message>
            <source>Invalid Experience Cloud id passed in &lt;ID&gt;</source>
            <translation>ID Experience Cloud non valide transmis : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_mid value is not a valid Experience Cloud ID.</source>
            <translation>La valeur de d_mid n’est pas un ID Experience Cloud valide.</translation>
        </message>
        <message>
            <source>Invalid AAM ID passed in request &lt;ID&gt;</source>
            <translation>ID AAM non valide transmis dans la requête : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_uuid value is not a valid AAM UUID (38 digits).</source>
            <translation>La valeur de d_uuid n’est pas un UUID AAM valide (38 chiffres).</translation>
        </message>
        <message>
            <source>All customer IDs are invalid</source>
            <translation>Tous les ID client sont non valides</translation>
        </message>
        <message>
            <source>None of the declared IDs (d_cid, d_cid_ic) in the call is valid.</source>
            <translation>Aucun des ID déclarés (d_cid, d_cid_ic) de l’appel n’est valide.</translation>
        </message>
        <message>
            <source>Referer &lt;HTTP referer&gt; is not allowed for partner &lt;Partner ID&gt;</source>
            <translation>Le référent &lt;référent HTTP&gt; n’est pas autorisé pour le partenaire &lt;ID partenaire&gt;</translation>
        </message>
        <message>
            <source>The HTTP referer of the call is not allowed for this partner.</source>
            <translation>Le référent HTTP de l’appel n’est pas autorisé pour ce partenaire.</translation>
        </message>
        <message>
            <source>Invalid IMS token received</source>
            <translation>Jeton IMS non valide reçu</translation>
        </message>
        <message>
            <source>Audience Manager–Target integration: the IMS token is invalid, expired or not authorized.</source>
            <translation>Intégration Audience Manager–Target : le jeton IMS est non valide, expiré ou non autorisé.</translation>
        </message>
        <message>
            <source>Encountered opt out tag for id &lt;ID&gt;</source>
            <translation>Marqueur de désinscription rencontré pour l’ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The user has opted out; the DCS does not process the call and returns no UUID.</source>
            <translation>L’utilisateur s’est désinscrit ; le DCS ne traite pas l’appel et ne renvoie pas d’UUID.</translation>
        </message>
        <message>
            <source>Blocked cookies</source>
            <translation>Cookies bloqués</translation>
        </message>
        <message>
            <source>The browser blocks third-party cookies; the call is not processed.</source>
            <translation>Le navigateur bloque les cookies tiers ; l’appel n’est pas traité.</translation>
        </message>
        <message>
            <source>Encountered trust relationship via NAI</source>
            <translation>Relation de confiance rencontrée via NAI</translation>
        </message>
        <message>
            <source>The user opted out through the Network Advertising Initiative (NAI).</source>
            <translation>L’utilisateur s’est désinscrit via la Network Advertising Initiative (NAI).</translation>
        </message>
        <message>
            <source>Requests from this country are blocked by partner</source>
            <translation>Les requêtes de ce pays sont bloquées par le partenaire</translation>
        </message>
        <message>
            <source>The partner blocks calls from the user's country (by IP address).</source>
            <translation>Le partenaire bloque les appels du pays de l’utilisateur (par adresse IP).</translation>
        </message>
        <message>
            <source>Requests from this country are not allowed</source>
            <translation>Les requêtes de ce pays ne sont pas autorisées</translation>
        </message>
        <message>
            <source>Calls from Cuba, Iran, North Korea, Sudan and Syria are not processed.</source>
            <translation>Les appels de Cuba, d’Iran, de Corée du Nord, du Soudan et de Syrie ne sont pas traités.</translation>
        </message>
        <message>
            <source>Cannot read traits from profile cache for id: &lt;ID&gt;</source>
            <translation>Impossible de lire les caractéristiques dans le cache de profils pour l’ID : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The user's profile could not be read, so earlier traits were not used.</source>
            <translation>Le profil de l’utilisateur n’a pas pu être lu ; les caractéristiques antérieures n’ont donc pas été utilisées.</translation>
        </message>
        <message>
            <source>Cannot read device ids from profile cache for customer id: &lt;ID&gt;</source>
            <translation>Impossible de lire les ID d’appareil dans le cache de profils pour l’ID client : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device IDs linked to the customer ID could not be read (Profile Link merge rule).</source>
            <translation>Les ID d’appareil liés à l’ID client n’ont pas pu être lus (règle de fusion Profile Link).</translation>
        </message>
        <message>
            <source>Cannot read related customer for device id: &lt;ID&gt;</source>
            <translation>Impossible de lire le client associé à l’ID d’appareil : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The customer linked to the device could not be read (Last Authenticated merge rule).</source>
            <translation>Le client lié à l’appareil n’a pas pu être lu (règle de fusion Last Authenticated).</translation>
        </message>
        <message>
            <source>Cannot read device cluster for id: &lt;ID&gt;</source>
            <translation>Impossible de lire le cluster d’appareils pour l’ID : &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device graph cluster of the user is not available.</source>
            <translation>Le cluster du graphe d’appareils de l’utilisateur n’est pas disponible.</translation>
        </message>
        <message>
            <source>Could not perform migration since profile read failed for primary device</source>
            <translation>Migration impossible, car la lecture du profil de l’appareil principal a échoué</translation>
        </message>
        <message>
            <source>A profile migration failed because the primary device's profile could not be read (profile cache scalability).</source>
            <translation>Une migration de profil a échoué, car le profil de l’appareil principal n’a pas pu être lu (montée en charge du cache de profils).</translation>
        </message>
        <message>
            <source>Could not perform migration from &lt;ID&gt; to &lt;ID&gt;, because profile read failed for &lt;ID&gt;</source>
            <translation>Migration de &lt;ID&gt; vers &lt;ID&gt; impossible, car la lecture du profil de &lt;ID&gt; a échoué</translation>
        </message>
        <message>
            <source>A profile migration between two IDs failed because a profile could not be read (profile cache scalability).</source>
            <translation>Une migration de profil entre deux ID a échoué, car un profil n’a pas pu être lu (montée en charge du cache de profils).</translation>
        </message>
        <message>
            <source>Invalid customer id &lt;ID&gt;</source>
            <translation>ID client non valide &lt;ID&gt;</translation>
        </message>
        <message>
            <source>A declared customer ID is missing or invalid: an unknown data source or integration code, a blank ID, a blocked ID, or a data source the account does not own.</source>
            <translation>Un ID client déclaré est absent ou non valide : source de données ou code d’intégration inconnu, ID vide, ID bloqué, ou source de données qui n’appartient pas au compte.</translation>
        </message>
        <message>
            <source>Maximum number of customer ids exceeded. Maximum allowed is &lt;max&gt;. Found is &lt;found&gt;.</source>
            <translation>Nombre maximal d’ID client dépassé. Le maximum autorisé est &lt;max&gt;. Trouvés : &lt;trouvés&gt;.</translation>
        </message>
        <message>
            <source>More than 10 declared customer IDs in one call; the extra ones are dropped.</source>
            <translation>Plus de 10 ID client déclarés dans un appel ; les ID en trop sont abandonnés.</translation>
        </message>
        <message>
            <source>Unauthorized customer id &lt;ID&gt;</source>
            <translation>ID client non autorisé &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source of the declared ID does not belong to the organization.</source>
            <translation>La source de données de l’ID déclaré n’appartient pas à l’organisation.</translation>
        </message>
        <message>
            <source>Blocked customer id &lt;ID&gt;</source>
            <translation>ID client bloqué &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The customer ID is denylisted. Denylisted IDs cannot be removed from the denylist; never use this ID again.</source>
            <translation>L’ID client est sur la liste de blocage. Les ID bloqués ne peuvent pas en être retirés ; n’utilisez plus jamais cet ID.</translation>
        </message>
        <message>
            <source>Blocked datasource id &lt;ID&gt;</source>
            <translation>ID de source de données bloqué &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source is denylisted.</source>
            <translation>La source de données est sur la liste de blocage.</translation>
        </message>
        <message>
            <source>Blocked declared device id &lt;ID&gt;</source>
            <translation>ID d’appareil déclaré bloqué &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device ID is denylisted because of an extreme call rate. Never use this ID again.</source>
            <translation>L’ID d’appareil est sur la liste de blocage en raison d’une fréquence d’appels extrême. N’utilisez plus jamais cet ID.</translation>
        </message>
        <message>
            <source>Blocked profile operation for &lt;ID&gt;</source>
            <translation>Opération de profil bloquée pour &lt;ID&gt;</translation>
        </message>
        <message>
            <source>Reading or writing this profile is denylisted. Never use this ID again.</source>
            <translation>La lecture ou l’écriture de ce profil est bloquée. N’utilisez plus jamais cet ID.</translation>
        </message>
        <message>
            <source>Customer id &lt;ID&gt; was discarded because it exceeded the limit of declared customer ids per request</source>
            <translation>L’ID client &lt;ID&gt; a été ignoré, car il dépassait la limite d’ID client déclarés par requête</translation>
        </message>
        <message>
            <source>A declared ID was dropped because the call has more than 10; the DCS reports this once per dropped ID.</source>
            <translation>Un ID déclaré a été abandonné, car l’appel en compte plus de 10 ; le DCS le signale une fois par ID abandonné.</translation>
        </message>
        <message>
            <source>Customer id was discarded because it exceeded the limit for a given namespace. Namespace id is &lt;ID&gt;, customer id is &lt;ID&gt;.</source>
            <translation>L’ID client a été ignoré, car il dépassait la limite d’un espace de noms. L’ID de l’espace de noms est &lt;ID&gt;, l’ID client est &lt;ID&gt;.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for the same data source (namespace); the extra ones are dropped.</source>
            <translation>Plus de 3 ID déclarés pour la même source de données (espace de noms) ; les ID en trop sont abandonnés.</translation>
        </message>
        <message>
            <source>Request contains invalid parameters</source>
            <translation>La requête contient des paramètres non valides</translation>
        </message>
        <message>
            <source>A parameter is badly encoded (for example a bare %); the DCS ignores the whole request. Percent-encode every key and value.</source>
            <translation>Un paramètre est mal encodé (par exemple un % isolé) ; le DCS ignore toute la requête. Encodez en pourcentage chaque clé et chaque valeur.</translation>
        </message>
        <message>
            <source>Request contains an invalid Global Device ID</source>
            <translation>La requête contient un ID d’appareil global non valide</translation>
        </message>
        <message>
            <source>A global device ID is invalid (for example an IDFA in lower case) and was ignored.</source>
            <translation>Un ID d’appareil global est non valide (par exemple un IDFA en minuscules) et a été ignoré.</translation>
        </message>
        <message>
            <source>CMP ID is not present in GCL</source>
            <translation>L’ID de CMP n’est pas présent dans la GCL</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is not in the Global Vendor List; the consent string is discarded and ${GDPR} is 0.</source>
            <translation>La plateforme de consentement (CMP) de la chaîne IAB TCF n’est pas dans la Global Vendor List ; la chaîne de consentement est ignorée et ${GDPR} vaut 0.</translation>
        </message>
        <message>
            <source>CMP ID is marked as deleted in GCL</source>
            <translation>L’ID de CMP est marqué comme supprimé dans la GCL</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is marked as deleted; the consent string is discarded.</source>
            <translation>La plateforme de consentement (CMP) de la chaîne IAB TCF est marquée comme supprimée ; la chaîne de consentement est ignorée.</translation>
        </message>
        <message>
            <source>Consent string indicates no consent</source>
            <translation>La chaîne de consentement n’indique aucun consentement</translation>
        </message>
        <message>
            <source>The IAB TCF consent string gives no consent; the user is opted out or the call is dropped.</source>
            <translation>La chaîne de consentement IAB TCF ne donne pas de consentement ; l’utilisateur est désinscrit ou l’appel est abandonné.</translation>
        </message>
        <message>
            <source>System error</source>
            <translation>Erreur système</translation>
        </message>
        <message>
            <source>Integration error</source>
            <translation>Erreur d’intégration</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Désinscription</translation>
        </message>
        <message>
            <source>Profile retrieval error</source>
            <translation>Erreur de récupération du profil</translation>
        </message>
        <message>
            <source>Integration warning</source>
            <translation>Avertissement d’intégration</translation>
        </message>
        <message>
            <source>Undocumented code</source>
            <translation>Code non documenté</translation>
        </message>
        <message>
            <source>%1: not in the documented DCS error table (%2).</source>
            <translation>%1 : absent de la table documentée des erreurs DCS (%2).</translation>
        </message>
        <message>
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
    </context>
    <context>
        <name>DcsQueryReader</name>
        <message>
            <source>The key “%1” is not correctly percent-encoded; it is kept exactly as given.</source>
            <translation>La clé « %1 » n’est pas correctement encodée en pourcentage ; elle est conservée telle quelle.</translation>
        </message>
        <message>
            <source>Removed the spaces around the key “%1”.</source>
            <translation>Espaces autour de la clé « %1 » supprimés.</translation>
        </message>
        <message>
            <source>%1=%2 is not &lt;ID&gt;%3&lt;user ID&gt;[%3&lt;auth state 0, 1 or 2&gt;]; it is kept as a signal.</source>
            <translation>%1=%2 n’a pas la forme &lt;ID&gt;%3&lt;ID utilisateur&gt;[%3&lt;état d’authentification 0, 1 ou 2&gt;] ; il est conservé comme signal.</translation>
        </message>
        <message>
            <source>%1 appears more than once or has an unusual value; the extra one is kept as a signal.</source>
            <translation>%1 apparaît plusieurs fois ou a une valeur inhabituelle ; l’occurrence en trop est conservée comme signal.</translation>
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
        <message>
            <source>local sandbox</source>
            <comment>the region's name after a word, in lower case</comment>
            <translation>sandbox locale</translation>
        </message>
    </context>
    <context>
        <name>DcsRequest</name>
        <message>
            <source>a text</source>
            <translation>un texte</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>%1 must be an object.</source>
            <translation>%1 doit être un objet.</translation>
        </message>
        <message>
            <source>“%1” in %2 must be %3.</source>
            <translation>« %1 » dans %2 doit être %3.</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>la requête</translation>
        </message>
        <message>
            <source>Unknown method “%1”: use GET or POST.</source>
            <translation>Méthode inconnue « %1 » : utilisez GET ou POST.</translation>
        </message>
        <message>
            <source>signal %1</source>
            <translation>signal %1</translation>
        </message>
        <message>
            <source>declared ID %1</source>
            <translation>ID déclaré %1</translation>
        </message>
        <message>
            <source>The auth state of %1 must be 0, 1 or 2.</source>
            <translation>L’état d’authentification de %1 doit être 0, 1 ou 2.</translation>
        </message>
        <message>
            <source>header %1</source>
            <translation>en-tête %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestBuilder</name>
        <message>
            <source>The base URL “%1” is not an http:// or https:// address with a host name (and no query). Example: http://127.0.0.1:8080</source>
            <translation>L’URL de base « %1 » n’est pas une adresse http:// ou https:// avec un nom d’hôte (et sans chaîne de requête). Exemple : http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The local sandbox is not running, so there is nowhere to send this request. Start the sandbox, or choose a DCS region or a base URL.</source>
            <translation>La sandbox locale n’est pas lancée : cette requête ne peut être envoyée nulle part. Démarrez la sandbox, ou choisissez une région DCS ou une URL de base.</translation>
        </message>
        <message>
            <source>DCS region %1 is not a documented region. Choose one of 3, 4, 6, 7, 8, 9, 11 or 12, or give a base URL.</source>
            <translation>La région DCS %1 n’est pas une région documentée. Choisissez 3, 4, 6, 7, 8, 9, 11 ou 12, ou indiquez une URL de base.</translation>
        </message>
        <message>
            <source>The path “%1” must start with / and contain no spaces, control characters, ? or #. The DCS event path is /event.</source>
            <translation>Le chemin « %1 » doit commencer par / et ne contenir ni espaces, ni caractères de contrôle, ni ? ni #. Le chemin d’événement du DCS est /event.</translation>
        </message>
        <message>
            <source>These parts do not make a valid URL: %1</source>
            <translation>Ces éléments ne forment pas une URL valide : %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestChecker</name>
        <message>
            <source>The header has no name.</source>
            <translation>L’en-tête n’a pas de nom.</translation>
        </message>
        <message>
            <source>The header name “%1” may only contain letters, digits and !#$%&amp;'*+.^_`|~- (no spaces, colons or control characters).</source>
            <translation>Le nom d’en-tête « %1 » ne peut contenir que des lettres, des chiffres et !#$%&amp;'*+.^_`|~- (ni espaces, ni deux-points, ni caractères de contrôle).</translation>
        </message>
        <message>
            <source>It contains a line break, which would start a new header or end the request early. It is refused and never sent.</source>
            <translation>Il contient un saut de ligne, qui commencerait un nouvel en-tête ou terminerait la requête prématurément. Il est refusé et n’est jamais envoyé.</translation>
        </message>
        <message>
            <source>It contains the control character U+%1, which is not allowed in an HTTP header. It is refused and never sent.</source>
            <translation>Il contient le caractère de contrôle U+%1, interdit dans un en-tête HTTP. Il est refusé et n’est jamais envoyé.</translation>
        </message>
        <message>
            <source>No domain alias: the request goes out without a Host header of the form &lt;alias&gt;.demdex.net, and the DCS answers error 100. Set the alias in the profile.</source>
            <translation>Pas d’alias de domaine : la requête part sans en-tête Host de la forme &lt;alias&gt;.demdex.net et le DCS répond par l’erreur 100. Définissez l’alias dans le profil.</translation>
        </message>
        <message>
            <source>Give only the alias “%1”, not the whole host name “%2”: DCS Desk adds .demdex.net itself.</source>
            <translation>Indiquez seulement l’alias « %1 », pas le nom d’hôte complet « %2 » : DCS Desk ajoute .demdex.net lui-même.</translation>
        </message>
        <message>
            <source>The alias “%1” is not a host name label (letters, digits, - and _, no dots or spaces), so it cannot go into the Host header. The request is refused.</source>
            <translation>L’alias « %1 » n’est pas une étiquette de nom d’hôte (lettres, chiffres, - et _, sans points ni espaces) ; il ne peut donc pas figurer dans l’en-tête Host. La requête est refusée.</translation>
        </message>
        <message>
            <source>The alias cannot go into the Host header: %1</source>
            <translation>L’alias ne peut pas figurer dans l’en-tête Host : %1</translation>
        </message>
        <message>
            <source>Header “%1”: %2</source>
            <translation>En-tête « %1 » : %2</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk (the Host header comes from the alias) and this one is not sent.</source>
            <translation>L’en-tête %1 est défini par DCS Desk (l’en-tête Host vient de l’alias) et celui-ci n’est pas envoyé.</translation>
        </message>
        <message>
            <source>The URL is %1 bytes, over the DCS limit of 8K (8,192 bytes) for GET. Send it as POST (limit 32K) or remove signals.</source>
            <translation>L’URL fait %1 octets, au-delà de la limite du DCS de 8 Kio (8 192 octets) pour GET. Envoyez-la en POST (limite 32 Kio) ou retirez des signaux.</translation>
        </message>
        <message>
            <source>The body is %1 bytes, over the DCS limit of 32K (32,768 bytes) for POST. Remove signals or split the call.</source>
            <translation>Le corps fait %1 octets, au-delà de la limite du DCS de 32 Kio (32 768 octets) pour POST. Retirez des signaux ou scindez l’appel.</translation>
        </message>
        <message>
            <source>No user ID: a server-to-server call needs d_uuid (the AAM UUID) or d_mid (the Experience Cloud ID), or the DCS treats the call as a new visitor.</source>
            <translation>Pas d’ID utilisateur : un appel serveur à serveur a besoin de d_uuid (l’UUID AAM) ou de d_mid (l’ID Experience Cloud), sinon le DCS traite l’appel comme un nouveau visiteur.</translation>
        </message>
        <message>
            <source>“%1” does not look like an AAM UUID (38 digits). The DCS answers error 102 for an invalid d_uuid.</source>
            <translation>« %1 » ne ressemble pas à un UUID AAM (38 chiffres). Le DCS répond par l’erreur 102 à un d_uuid non valide.</translation>
        </message>
        <message>
            <source>“%1” does not look like an Experience Cloud ID (38 digits). The DCS answers error 101 for an invalid d_mid.</source>
            <translation>« %1 » ne ressemble pas à un ID Experience Cloud (38 chiffres). Le DCS répond par l’erreur 101 à un d_mid non valide.</translation>
        </message>
        <message>
            <source>d_mid goes with d_orgid, the IMS Org ID (for example 5DC5123F5245B1D20A490D46@AdobeOrg).</source>
            <translation>d_mid s’utilise avec d_orgid, l’ID d’organisation IMS (par exemple 5DC5123F5245B1D20A490D46@AdobeOrg).</translation>
        </message>
        <message>
            <source>The org ID “%1” does not end in @AdobeOrg. The DCS answers error 2 for an org ID it does not know.</source>
            <translation>L’ID d’organisation « %1 » ne se termine pas par @AdobeOrg. Le DCS répond par l’erreur 2 à un ID d’organisation qu’il ne connaît pas.</translation>
        </message>
        <message>
            <source>d_jsonv=0 disables ID syncs.</source>
            <translation>d_jsonv=0 désactive les synchronisations d’ID.</translation>
        </message>
        <message>
            <source>d_jsonv is normally 1 (0 disables ID syncs); “%1” is not documented.</source>
            <translation>d_jsonv vaut normalement 1 (0 désactive les synchronisations d’ID) ; « %1 » n’est pas documenté.</translation>
        </message>
        <message>
            <source>d_cts must be 1 (legacy segment IDs) or 2 (segment IDs), not %1.</source>
            <translation>d_cts doit valoir 1 (anciens ID de segment) ou 2 (ID de segment), pas %1.</translation>
        </message>
        <message>
            <source>The callback “%1” is not a JavaScript function name; the JSONP answer could not be called.</source>
            <translation>La fonction de rappel « %1 » n’est pas un nom de fonction JavaScript ; la réponse JSONP ne pourra pas être exécutée.</translation>
        </message>
        <message>
            <source>d_ptfm is one of ios, android, browser or all, not “%1”.</source>
            <translation>d_ptfm doit valoir ios, android, browser ou all, pas « %1 ».</translation>
        </message>
        <message>
            <source>d_sid takes trait or segment IDs separated by commas, such as 1234,5678.</source>
            <translation>d_sid attend des ID de caractéristiques ou de segments séparés par des virgules, comme 1234,5678.</translation>
        </message>
        <message>
            <source>d_tdpid takes one data source ID (a number).</source>
            <translation>d_tdpid attend un seul ID de source de données (un nombre).</translation>
        </message>
        <message>
            <source>Declared ID %1 needs both a %2 and a user ID; the DCS answers error 300 (invalid customer ID).</source>
            <translation>L’ID déclaré %1 a besoin d’un %2 et d’un ID utilisateur ; le DCS répond par l’erreur 300 (ID client non valide).</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>code d’intégration</translation>
        </message>
        <message>
            <source>data source ID</source>
            <translation>ID de source de données</translation>
        </message>
        <message>
            <source>d_cid takes a numeric data source ID, not “%1”; use d_cid_ic for an integration code.</source>
            <translation>d_cid attend un ID numérique de source de données, pas « %1 » ; utilisez d_cid_ic pour un code d’intégration.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for data source %1: the DCS drops the extra ones with error 310.</source>
            <translation>Plus de 3 ID déclarés pour la source de données %1 : le DCS abandonne les ID excédentaires et renvoie l’erreur 310.</translation>
        </message>
        <message>
            <source>IDFA values (DSID_20915) must be upper case, such as %1; the DCS ignores this one with error 312.</source>
            <translation>Les valeurs IDFA (DSID_20915) doivent être en majuscules, comme %1 ; le DCS ignore celle-ci et renvoie l’erreur 312.</translation>
        </message>
        <message>
            <source>An IDFA has the form 8-4-4-4-12 hexadecimal digits; the DCS ignores an invalid global device ID with error 312.</source>
            <translation>Un IDFA se compose de chiffres hexadécimaux groupés en 8-4-4-4-12 ; le DCS ignore un ID d’appareil global non valide et renvoie l’erreur 312.</translation>
        </message>
        <message>
            <source>IDs of global data source %1 (such as GAID 20914) are lower case; the DCS may ignore this one with error 312.</source>
            <translation>Les ID de la source de données globale %1 (comme GAID 20914) sont en minuscules ; le DCS peut ignorer cet ID et renvoyer l’erreur 312.</translation>
        </message>
        <message>
            <source>Signal %1 has a value but no key.</source>
            <translation>Le signal %1 a une valeur mais pas de clé.</translation>
        </message>
        <message>
            <source>%1 has its own field in the request; as a signal it may be sent twice.</source>
            <translation>%1 a son propre champ dans la requête ; en tant que signal, il risque d’être envoyé deux fois.</translation>
        </message>
        <message>
            <source>Enter %1 as a declared ID, so it is encoded with %2 and counted against the limits.</source>
            <translation>Saisissez %1 comme ID déclaré, afin qu’il soit encodé avec %2 et compté dans les limites.</translation>
        </message>
        <message>
            <source>%1 is deprecated; declare IDs with d_cid or d_cid_ic.</source>
            <translation>%1 est obsolète ; déclarez les ID avec d_cid ou d_cid_ic.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits. The DCS would ignore the whole request (error 311), and a URL cannot carry it as is: write it as %25, or send the call as POST to see error 311.</source>
            <translation>%1 contient un % qui n’est pas suivi de deux chiffres hexadécimaux. Le DCS ignorerait toute la requête (erreur 311) et une URL ne peut pas le transporter tel quel : écrivez-le sous la forme %25, ou envoyez l’appel en POST pour voir l’erreur 311.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits: the DCS ignores the whole request (error 311). Write it as %25.</source>
            <translation>%1 contient un % qui n’est pas suivi de deux chiffres hexadécimaux : le DCS ignore toute la requête (erreur 311). Écrivez-le %25.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); they are encoded when sent.</source>
            <translation>%1 est marqué comme déjà encodé mais contient des caractères qui doivent être encodés en pourcentage (%2) ; ils sont encodés à l’envoi.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); the DCS may ignore the request (error 311).</source>
            <translation>%1 est marqué comme déjà encodé mais contient des caractères qui doivent être encodés en pourcentage (%2) ; le DCS peut ignorer la requête (erreur 311).</translation>
        </message>
        <message>
            <source>Header “%1” has characters outside ASCII: they are sent as UTF-8 bytes, as curl sends what is typed. HTTP servers take them as opaque bytes; some expect ASCII only.</source>
            <translation>L’en-tête « %1 » contient des caractères hors ASCII : ils sont envoyés en octets UTF-8, comme curl envoie ce qui est saisi. Les serveurs HTTP les traitent comme des octets opaques ; certains n’attendent que de l’ASCII.</translation>
        </message>
        <message>
            <source>The value of %1 already looks percent-encoded (“%2”); it will be encoded again (%25…). To send it as typed, mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>La valeur de %1 semble déjà encodée en pourcentage (« %2 ») ; elle sera encodée une seconde fois (%25…). Pour l’envoyer telle que saisie, marquez-la comme déjà encodée : « Tel quel » dans la console, --raw-signal dans dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The % in the value of %1 (“%2”) is sent encoded, as %25, so the DCS reads a literal %. To send it as typed (a lone % makes the DCS answer error 311), mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>Le % de la valeur de %1 (« %2 ») est envoyé encodé, en %25, donc le DCS lit un % littéral. Pour l’envoyer tel que saisi (un % isolé fait répondre le DCS par l’erreur 311), marquez-le comme déjà encodé : « Tel quel » dans la console, --raw-signal dans dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The value of the %1 header is “[not stored]”, the history's placeholder for a credential. Type it again or remove the header.</source>
            <translation>La valeur de l’en-tête %1 est « [not stored] », ce que l’historique enregistre à la place des identifiants. Saisissez-la à nouveau ou retirez l’en-tête.</translation>
        </message>
        <message>
            <source>The value of %1 is “[private]”, the history's placeholder: the real value was not stored. Type it again.</source>
            <translation>La valeur de %1 est « [private] », ce que l’historique enregistre à la place de la valeur réelle, qui n’a pas été conservée. Saisissez-la à nouveau.</translation>
        </message>
        <message>
            <source>The profile's pinned server key “%1” is not of the form sha256//BASE64. The request is refused; fix or clear it in Manage profiles.</source>
            <translation>La clé de serveur épinglée du profil, « %1 », n’a pas la forme sha256//BASE64. La requête est refusée ; corrigez-la ou videz-la dans « Gérer les profils ».</translation>
        </message>
        <message>
            <source>The profile's default header “%1”: %2 Fix or remove it in Manage profiles.</source>
            <translation>En-tête par défaut du profil « %1 » : %2 Corrigez-le ou retirez-le dans « Gérer les profils ».</translation>
        </message>
        <message>
            <source>The request's own %1 header replaces the profile's default (“%2”).</source>
            <translation>L’en-tête %1 propre à la requête remplace celui par défaut du profil (« %2 »).</translation>
        </message>
        <message>
            <source>d_rtbd=json is not set, so the answer carries no data: the DCS returns only a pixel.</source>
            <translation>d_rtbd=json n’est pas défini ; la réponse ne contient donc aucune donnée : le DCS ne renvoie qu’un pixel.</translation>
        </message>
        <message>
            <source>“%1” is not a valid trait key (letters, digits, dashes and underscores, not digits only), so no trait rule can match it.</source>
            <translation>« %1 » n’est pas une clé de caractéristique valide (lettres, chiffres, tirets et tirets bas, pas uniquement des chiffres) ; aucune règle de caractéristique ne peut donc la reconnaître.</translation>
        </message>
        <message numerus="yes">
            <source>%n declared ID(s): the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</source>
            <translation>
                <numerusform>%n ID déclaré : le DCS en accepte au plus 10 par appel et abandonne le reste. Il répond par l’erreur 301, et par l’erreur 309 pour chaque ID abandonné.</numerusform>
                <numerusform>%n ID déclarés : le DCS en accepte au plus 10 par appel et abandonne le reste. Il répond par l’erreur 301, et par l’erreur 309 pour chaque ID abandonné.</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk sets the %1 header itself, so the profile's default one is not sent.</source>
            <translation>DCS Desk définit lui-même l’en-tête %1 : celui du profil n’est donc pas envoyé.</translation>
        </message>
    </context>
    <context>
        <name>DcsResponseDecoder</name>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate. Wait before retrying, and do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests : le DCS limite la fréquence des appels. Attendez avant de réessayer et n’envoyez pas d’appels simultanés ou rapprochés pour le même utilisateur.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects, without saying where. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1 : le serveur demande une redirection sans indiquer l’adresse. DCS Desk ne suit pas les redirections ; vérifiez la région ou l’URL de base.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects to %2. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1 : le serveur redirige vers %2. DCS Desk ne suit pas les redirections ; vérifiez la région ou l’URL de base.</translation>
        </message>
        <message>
            <source>HTTP %1: the server answered with an error instead of a DCS response.</source>
            <translation>HTTP %1 : le serveur a répondu par une erreur au lieu d’une réponse du DCS.</translation>
        </message>
        <message>
            <source>The request has no d_rtbd=json, so the DCS sends no data, only a pixel.</source>
            <translation>La requête n’a pas d_rtbd=json : le DCS n’envoie donc pas de données, seulement un pixel.</translation>
        </message>
        <message>
            <source>The answer is an image (%1 bytes), not JSON. Was d_rtbd=json sent?</source>
            <translation>La réponse est une image (%1 octets), pas du JSON. d_rtbd=json a-t-il été envoyé ?</translation>
        </message>
        <message>
            <source>The answer is an HTML page, not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>La réponse est une page HTML, pas une réponse du DCS : un proxy, un répartiteur de charge ou une mauvaise URL a répondu.</translation>
        </message>
        <message>
            <source>The answer is an HTML page (“%1”), not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>La réponse est une page HTML (« %1 »), pas une réponse du DCS : un proxy, un répartiteur de charge ou une mauvaise URL a répondu.</translation>
        </message>
        <message>
            <source>The JSONP answer %1(…) does not end with “)”; the body may be truncated.</source>
            <translation>La réponse JSONP %1(…) ne se termine pas par « ) » ; le corps est peut-être tronqué.</translation>
        </message>
        <message>
            <source>The answer is JSONP, %1(…), although the request had no d_cb.</source>
            <translation>La réponse est du JSONP, %1(…), alors que la requête n’avait pas de d_cb.</translation>
        </message>
        <message>
            <source>The answer calls %1(…), but the request asked for d_cb=%2.</source>
            <translation>La réponse appelle %1(…), mais la requête demandait d_cb=%2.</translation>
        </message>
        <message>
            <source>The request asked for d_cb=%1, but the answer is plain JSON, not %1(…).</source>
            <translation>La requête demandait d_cb=%1, mais la réponse est du JSON simple, pas %1(…).</translation>
        </message>
        <message>
            <source>The body (%1 bytes) is binary data, not JSON.</source>
            <translation>Le corps (%1 octets) est constitué de données binaires, pas de JSON.</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at line %2, column %3.</source>
            <translation>Le corps n’est pas du JSON valide : %1 à la ligne %2, colonne %3.</translation>
        </message>
        <message>
            <source>The X-Error header contains “%1”, which is not an error code.</source>
            <translation>L’en-tête X-Error contient « %1 », qui n’est pas un code d’erreur.</translation>
        </message>
        <message>
            <source>The JSON is not an object, so it carries no DCS fields.</source>
            <translation>Le JSON n’est pas un objet ; il ne porte donc aucun champ du DCS.</translation>
        </message>
        <message>
            <source>%1 is a number in the answer, where the DCS documents a string; it is read from the raw text so that no digit is lost.</source>
            <translation>%1 est un nombre dans la réponse, alors que la documentation du DCS indique une chaîne ; il est lu dans le texte brut pour ne perdre aucun chiffre.</translation>
        </message>
        <message>
            <source>%1 is neither a text nor a number.</source>
            <translation>%1 n’est ni un texte ni un nombre.</translation>
        </message>
        <message>
            <source>dcs_region “%1” is not a region ID.</source>
            <translation>dcs_region « %1 » n’est pas un ID de région.</translation>
        </message>
        <message>
            <source>Region 0 marks traffic that came through Inbound; it is not a DCS host.</source>
            <translation>La région 0 marque le trafic arrivé par Inbound ; ce n’est pas un hôte DCS.</translation>
        </message>
        <message>
            <source>dcs_region %1 is not in the documented region table, so its host name is not known.</source>
            <translation>dcs_region %1 n’est pas dans la table documentée des régions ; son nom d’hôte est donc inconnu.</translation>
        </message>
        <message>
            <source>“stuff” is not a list.</source>
            <translation>« stuff » n’est pas une liste.</translation>
        </message>
        <message>
            <source>“dests” is not a list.</source>
            <translation>« dests » n’est pas une liste.</translation>
        </message>
        <message>
            <source>“%1” is not a list of IDs.</source>
            <translation>« %1 » n’est pas une liste d’ID.</translation>
        </message>
        <message>
            <source>An entry of “errors” has no numeric code: %1</source>
            <translation>Une entrée de « errors » n’a pas de code numérique : %1</translation>
        </message>
        <message>
            <source>“errors” is not a list.</source>
            <translation>« errors » n’est pas une liste.</translation>
        </message>
        <message>
            <source>The answer is an empty JSON object: nothing qualified, or the user opted out.</source>
            <translation>La réponse est un objet JSON vide : l’utilisateur n’est qualifié pour aucun segment, ou il s’est désinscrit.</translation>
        </message>
        <message>
            <source>The user has opted out (error 171): the DCS returns no UUID and does not process the call.</source>
            <translation>L’utilisateur s’est désinscrit (erreur 171) : le DCS ne renvoie pas d’UUID et ne traite pas l’appel.</translation>
        </message>
        <message>
            <source>The answer has no uuid, which a server-to-server integration needs as d_uuid.</source>
            <translation>La réponse ne contient pas d’uuid, alors qu’une intégration serveur à serveur en a besoin comme d_uuid.</translation>
        </message>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks not to retry before %1 (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests : le DCS limite la fréquence des appels et demande de ne pas réessayer avant %1 (Retry-After). N’envoyez pas d’appels simultanés ou rapprochés pour le même utilisateur.</translation>
        </message>
        <message>
            <source>HTTP %1: the ID sync redirects to the partner's URL %2, with the AAM UUID in place of %3. DCS Desk does not follow it.</source>
            <translation>HTTP %1 : la synchronisation d’ID redirige vers l’URL du partenaire %2, avec l’UUID AAM à la place de %3. DCS Desk ne suit pas cette redirection.</translation>
        </message>
        <message>
            <source>%1 answers with an image (%2 bytes), as documented; it carries no data. Check the status, the headers and Set-Cookie.</source>
            <translation>%1 répond par une image (%2 octets), comme documenté ; elle ne contient aucune donnée. Vérifiez le statut, les en-têtes et Set-Cookie.</translation>
        </message>
        <message>
            <source>“ibs” is not a list of ID syncs.</source>
            <translation>« ibs » n’est pas une liste de synchronisations d’ID.</translation>
        </message>
        <message>
            <source>The ID service answer has no d_mid, the Experience Cloud ID it is asked for. Check d_orgid and the errors.</source>
            <translation>La réponse du service d’ID ne contient pas de d_mid, l’ID Experience Cloud qui lui est demandé. Vérifiez d_orgid et les erreurs.</translation>
        </message>
        <message>
            <source>The answer is a text message, not JSON: “%1”.</source>
            <translation>La réponse est un message texte, pas du JSON : « %1 ».</translation>
        </message>
        <message>
            <source>“%1” has entries that are not whole-number IDs, left out of the decoded list: %2. The raw body shows them as the server sent them.</source>
            <translation>« %1 » contient des entrées qui ne sont pas des ID sous forme de nombre entier ; elles sont omises de la liste décodée : %2. Le corps brut les montre telles que le serveur les a envoyées.</translation>
        </message>
        <message>
            <source>dcs_region is a string in the answer, where the DCS documents a number.</source>
            <translation>dcs_region est une chaîne dans la réponse, alors que la documentation du DCS indique un nombre.</translation>
        </message>
        <message numerus="yes">
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n second(s) before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>
                <numerusform>HTTP 429 Too Many Requests : le DCS limite la fréquence des appels et demande d’attendre %n seconde avant de réessayer (Retry-After). N’envoyez pas d’appels simultanés ou rapprochés pour le même utilisateur.</numerusform>
                <numerusform>HTTP 429 Too Many Requests : le DCS limite la fréquence des appels et demande d’attendre %n secondes avant de réessayer (Retry-After). N’envoyez pas d’appels simultanés ou rapprochés pour le même utilisateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP %1 with no data: the DCS ignored the request. It does so for an invalid or malformed request, a user who opted out, a call from a blocked region or a client that blocks third-party cookies. Check X-Error and the request's findings.</source>
            <translation>HTTP %1 sans données : le DCS a ignoré la requête. C’est le cas pour une requête non valide ou mal formée, un utilisateur désinscrit, un appel provenant d’une région bloquée ou un client qui bloque les cookies tiers. Vérifiez X-Error et les constats de la requête.</translation>
        </message>
    </context>
    <context>
        <name>DcsResult</name>
        <message>
            <source>The request was not sent: %1</source>
            <translation>La requête n’a pas été envoyée : %1</translation>
        </message>
        <message>
            <source>The request was not sent: it has no valid URL.</source>
            <translation>La requête n’a pas été envoyée : elle n’a pas d’URL valide.</translation>
        </message>
        <message>
            <source>No complete answer from %1 within %2 s (%3 received). The server or the network is slow, or the address is wrong; try again or raise the timeout.</source>
            <translation>Pas de réponse complète de %1 en %2 s (%3 reçus). Le serveur ou le réseau est lent, ou l’adresse est erronée ; réessayez ou augmentez le délai d’attente.</translation>
        </message>
        <message>
            <source>The answer is larger than the limit of %1, so DCS Desk stopped reading it (%2 kept). Raise the limit if you expect such a large answer.</source>
            <translation>La réponse dépasse la limite de %1 ; DCS Desk a donc cessé de la lire (%2 conservés). Augmentez la limite si vous attendez une réponse aussi grande.</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 of %2 bytes).</source>
            <translation>La connexion s’est fermée avant la réception complète de la réponse (%1 sur %2 octets).</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 bytes received): %2</source>
            <translation>La connexion s’est fermée avant la réception complète de la réponse (%1 octets reçus) : %2</translation>
        </message>
        <message>
            <source>Could not connect to %1: the connection was refused. Check the address, and that the server (or the sandbox) is running.</source>
            <translation>Impossible de se connecter à %1 : la connexion a été refusée. Vérifiez l’adresse et assurez-vous que le serveur (ou la sandbox) est démarré.</translation>
        </message>
        <message>
            <source>%1 closed the connection without answering.</source>
            <translation>%1 a fermé la connexion sans répondre.</translation>
        </message>
        <message>
            <source>The request to %1 failed: %2</source>
            <translation>La requête vers %1 a échoué : %2</translation>
        </message>
        <message>
            <source>The host name %1 could not be found. Check the region and the alias of the profile (or its base URL), then the network connection.</source>
            <translation>Le nom d’hôte %1 est introuvable. Vérifiez la région et l’alias du profil (ou son URL de base), puis la connexion réseau.</translation>
        </message>
        <message>
            <source>DCS Desk did not send the request: the TLS certificate of %1 cannot be trusted, and DCS Desk never ignores TLS errors.</source>
            <translation>DCS Desk n’a pas envoyé la requête : le certificat TLS de %1 n’est pas digne de confiance, et DCS Desk n’ignore jamais les erreurs TLS.</translation>
        </message>
        <message>
            <source>The certificate is issued by an authority this system does not trust. A proxy or company firewall that inspects TLS may have replaced it: add that authority to the system's trusted certificates, or ask your network administrator.</source>
            <translation>Le certificat est émis par une autorité à laquelle ce système ne fait pas confiance. Un proxy ou un pare-feu d’entreprise qui inspecte TLS l’a peut-être remplacé : ajoutez cette autorité aux certificats de confiance du système ou adressez-vous à votre administrateur réseau.</translation>
        </message>
        <message>
            <source>The certificate expired on %1. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>Le certificat a expiré le %1. Vérifiez que la date et l’heure de cet ordinateur sont justes ; si c’est le cas, le serveur doit renouveler son certificat.</translation>
        </message>
        <message>
            <source>The certificate has expired. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>Le certificat a expiré. Vérifiez que la date et l’heure de cet ordinateur sont justes ; si c’est le cas, le serveur doit renouveler son certificat.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1. Check this computer's date and time.</source>
            <translation>Le certificat n’est valide qu’à partir du %1. Vérifiez la date et l’heure de cet ordinateur.</translation>
        </message>
        <message>
            <source>The certificate is not valid yet. Check this computer's date and time.</source>
            <translation>Le certificat n’est pas encore valide. Vérifiez la date et l’heure de cet ordinateur.</translation>
        </message>
        <message>
            <source>The certificate is for %1, not for %2 (host name mismatch). Check the region and the alias of the profile; a custom base URL must use a host name the certificate names.</source>
            <translation>Le certificat est établi pour %1, pas pour %2 (nom d’hôte différent). Vérifiez la région et l’alias du profil ; une URL de base personnalisée doit utiliser un nom d’hôte que le certificat mentionne.</translation>
        </message>
        <message>
            <source>another host</source>
            <translation>un autre hôte</translation>
        </message>
        <message>
            <source>The TLS check failed: %1. Check that the address uses HTTPS on this port, then the system's certificates.</source>
            <translation>La vérification TLS a échoué : %1. Vérifiez que l’adresse utilise HTTPS sur ce port, puis les certificats du système.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: no certificate authority vouches for it. A DCS host never uses one; if this is your own test server, trust it for its profile: Manage profiles › Pin from Server, or give the profile a CA file.</source>
            <translation>Le certificat est auto-signé : aucune autorité de certification ne s’en porte garante. Un hôte DCS n’en utilise jamais ; si c’est votre propre serveur de test, faites-lui confiance pour son profil : Gérer les profils › Épingler depuis le serveur, ou donnez au profil un fichier CA.</translation>
        </message>
        <message>
            <source>The server's key is not the one pinned in the profile (%1). If its certificate was replaced on purpose, pin the new one in Manage profiles › Pin from Server; otherwise something else answers at this address.</source>
            <translation>La clé du serveur n’est pas celle épinglée dans le profil (%1). Si son certificat a été remplacé volontairement, épinglez le nouveau dans Gérer les profils › Épingler depuis le serveur ; sinon, c’est un autre serveur qui répond à cette adresse.</translation>
        </message>
        <message>
            <source>The request was canceled.</source>
            <translation>La requête a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>Decode a DCS answer from a file (or - for stdin): fields, errors and notes.</source>
            <translation>Décoder une réponse du DCS depuis un fichier (ou - pour l’entrée standard) : champs, erreurs et remarques.</translation>
        </message>
        <message>
            <source>The answer body, or - for stdin.</source>
            <translation>Le corps de la réponse, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>HTTP status of the answer (default 200).</source>
            <translation>Statut HTTP de la réponse (200 par défaut).</translation>
        </message>
        <message>
            <source>The request had no d_rtbd=json (no data expected).</source>
            <translation>La requête n’avait pas d_rtbd=json (aucune donnée attendue).</translation>
        </message>
        <message>
            <source>decode takes one file name, or - for stdin.</source>
            <translation>decode attend un nom de fichier, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value”.</source>
            <translation>« %1 » n’est pas un en-tête « Nom: valeur ».</translation>
        </message>
        <message>
            <source>--status takes an HTTP status from 100 to 599, not “%1”.</source>
            <translation>--status attend un statut HTTP de 100 à 599, pas « %1 ».</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>FILE|-</source>
            <translation>FICHIER|-</translation>
        </message>
        <message>
            <source>header</source>
            <translation>en-tête</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>A response header “Name: value”, for example “X-Error: 101,102” (repeatable).</source>
            <translation>Un en-tête de réponse « Nom: valeur », p. ex. « X-Error: 101,102 » (répétable).</translation>
        </message>
        <message>
            <source>The request's d_cb value, to check a JSONP answer.</source>
            <translation>Le d_cb de la requête, pour vérifier une réponse JSONP.</translation>
        </message>
    </context>
    <context>
        <name>ErrorCodesCommand</name>
        <message>
            <source>Explain DCS error codes (all of them, or the codes given).</source>
            <translation>Expliquer les codes d’erreur du DCS (tous, ou ceux indiqués).</translation>
        </message>
        <message>
            <source>Error codes to explain.</source>
            <translation>Codes d’erreur à expliquer.</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>« %1 » n’est pas un code d’erreur.</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>codes</translation>
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
            <translation>Sans sérialisation, chaque mappage appelle sa propre URL. Activez « Sérialiser » pour envoyer tous les segments en un seul appel construit à partir de l’URL de base et de l’URL sécurisée.</translation>
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
        <name>HarCommand</name>
        <message>
            <source>%1 B</source>
            <translation>%1 o</translation>
        </message>
        <message>
            <source>List the Audience Manager calls of a browser capture (HAR) and decode them.</source>
            <translation>Lister les appels Audience Manager d’une capture du navigateur (HAR) et les décoder.</translation>
        </message>
        <message>
            <source>A HAR file saved by Chrome, Chromium, Firefox or Playwright.</source>
            <translation>Un fichier HAR enregistré par Chrome, Chromium, Firefox ou Playwright.</translation>
        </message>
        <message>
            <source>A host that is an Audience Manager CNAME alias of the site, e.g. metrics.example.com (repeatable); *.demdex.net always counts.</source>
            <translation>Un hôte qui est un alias CNAME Audience Manager du site, p. ex. metrics.example.com (répétable) ; *.demdex.net est toujours pris en compte.</translation>
        </message>
        <message>
            <source>host</source>
            <translation>hôte</translation>
        </message>
        <message>
            <source>List every entry, not only Audience Manager calls.</source>
            <translation>Lister toutes les entrées, pas seulement les appels Audience Manager.</translation>
        </message>
        <message>
            <source>Decode every listed call: keys, cookies and the answer.</source>
            <translation>Décoder chaque appel listé : clés, cookies et réponse.</translation>
        </message>
        <message>
            <source>Decode only the call with this number in the list.</source>
            <translation>Ne décoder que l’appel portant ce numéro dans la liste.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>numéro</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Autres clés</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>Clés %1</translation>
        </message>
        <message>
            <source>Cookies sent</source>
            <translation>Cookies envoyés</translation>
        </message>
        <message>
            <source>Cookies set</source>
            <translation>Cookies définis</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>expire le %1</translation>
        </message>
        <message>
            <source>session cookie</source>
            <translation>cookie de session</translation>
        </message>
        <message>
            <source>har takes one HAR file.</source>
            <translation>har attend un fichier HAR.</translation>
        </message>
        <message>
            <source>--call takes a number from 1 to %1, not “%2”.</source>
            <translation>--call attend un numéro de 1 à %1, pas « %2 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n Audience Manager call(s) in %1 (%2 entries, HAR %3, %4).</source>
            <translation>
                <numerusform>%n appel Audience Manager dans %1 (%2 entrées, HAR %3, %4).</numerusform>
                <numerusform>%n appels Audience Manager dans %1 (%2 entrées, HAR %3, %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown browser</source>
            <translation>navigateur inconnu</translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or an --alias). Its hosts:</source>
            <translation>Aucun appel de cette capture n’a été envoyé à un hôte Audience Manager (*.demdex.net ou un --alias). Hôtes de la capture :</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), name it with --alias HOST.</source>
            <translation>Si le site appelle Audience Manager par son propre hôte (un CNAME), indiquez-le avec --alias HÔTE.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>With --mask: replace the file if it exists.</source>
            <translation>Avec --mask : remplacer le fichier s’il existe.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n entry(ies) could be read; the calls listed above come from them. The rest of the capture is missing.</source>
            <translation>
                <numerusform>Seule la première entrée (%n) a pu être lue ; les appels listés ci-dessus en proviennent. Le reste de la capture manque.</numerusform>
                <numerusform>Seules les %n premières entrées ont pu être lues ; les appels listés ci-dessus en proviennent. Le reste de la capture manque.</numerusform>
            </translation>
        </message>
        <message>
            <source>No answer: the browser recorded no response (blocked, failed or canceled).</source>
            <translation>Pas de réponse : le navigateur n’a enregistré aucune réponse (appel bloqué, en échec ou annulé).</translation>
        </message>
        <message>
            <source>HTTP %1. The capture did not save this answer's body (%2 bytes): save the HAR again with its content to decode the answer.</source>
            <translation>HTTP %1. La capture n’a pas enregistré le corps de cette réponse (%2 octets) : enregistrez de nouveau le HAR avec son contenu pour décoder la réponse.</translation>
        </message>
        <message>
            <source>Write a copy for a support ticket with cookie values, user IDs, p_ values and credentials masked, and list what was masked.</source>
            <translation>Écrire, pour un ticket de support, une copie où les valeurs des cookies, les ID utilisateur, les valeurs p_ et les identifiants sont masqués, et indiquer ce qui a été masqué.</translation>
        </message>
    </context>
    <context>
        <name>HarMaskCli</name>
        <message>
            <source>--mask writes a masked copy and lists no calls; leave out --%1, or run har again on the copy.</source>
            <translation>--mask écrit une copie masquée et ne liste aucun appel ; retirez --%1, ou relancez har sur la copie.</translation>
        </message>
        <message>
            <source>--mask takes the path of the masked copy to write.</source>
            <translation>--mask attend le chemin de la copie masquée à écrire.</translation>
        </message>
        <message>
            <source>%1 is the capture being masked; the masked copy must go to another file, so the original stays as it is.</source>
            <translation>%1 est la capture en cours de masquage ; la copie masquée doit être enregistrée dans un autre fichier, pour que l’original reste tel quel.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new file for the masked copy.</source>
            <translation>%1 n’est pas un fichier ordinaire ; indiquez le chemin d’un nouveau fichier pour la copie masquée.</translation>
        </message>
        <message>
            <source>%1 already exists; nothing was written. Give another file name, or add --force to replace it.</source>
            <translation>%1 existe déjà ; rien n’a été écrit. Indiquez un autre nom de fichier, ou ajoutez --force pour le remplacer.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 ne peut pas être lu : %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2; nothing was written.</source>
            <translation>Impossible d’écrire %1 : %2 ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Wrote the masked copy of %1 to %2 (%3 bytes).</source>
            <translation>Copie masquée de %1 écrite dans %2 (%3 octets).</translation>
        </message>
        <message>
            <source>--force goes with --mask FILE (replace FILE if it exists).</source>
            <translation>--force s’utilise avec --mask FICHIER (remplacer FICHIER s’il existe).</translation>
        </message>
    </context>
    <context>
        <name>PostmanCollection</name>
        <message>
            <source>pre-request script</source>
            <translation>script de pré-requête</translation>
        </message>
        <message>
            <source>test script</source>
            <translation>script de test</translation>
        </message>
        <message>
            <source>“%1” script</source>
            <translation>script « %1 »</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>Dossier « %1 » : son %2 n’a pas été importé (DCS Desk n’exécute aucun script ; utilisez des vérifications pour tester les réponses).</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 authorization was not imported (the DCS reads none).</source>
            <translation>Dossier « %1 » : son autorisation %2 n’a pas été importée (le DCS n’en lit aucune).</translation>
        </message>
        <message>
            <source>The %1 was not imported: DCS Desk runs no scripts. Add checks (Console › Checks) to test the answer.</source>
            <translation>Le %1 n’a pas été importé : DCS Desk n’exécute aucun script. Ajoutez des vérifications (Console › Vérifications) pour tester la réponse.</translation>
        </message>
        <message>
            <source>The item has neither a request nor items; it was skipped. Check it in Postman.</source>
            <translation>L’élément n’a ni requête ni éléments ; il a été ignoré. Vérifiez-le dans Postman.</translation>
        </message>
        <message>
            <source>The URL's path variables (:name) were not imported: write their values into the path.</source>
            <translation>Les variables de chemin de l’URL (:name) n’ont pas été importées : écrivez leurs valeurs dans le chemin.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>L’autorisation %1 n’a pas été importée : le DCS n’en lit aucune. Si un proxy placé devant en a besoin, ajoutez l’en-tête dans la console.</translation>
        </message>
        <message>
            <source>The body is switched off in Postman and was not imported.</source>
            <translation>Le corps est désactivé dans Postman et n’a pas été importé.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Les champs de fichier %1 n’ont pas été importés : le DCS ne lit aucun fichier.</translation>
        </message>
        <message>
            <source>Postman Collection v2.1</source>
            <translation>Postman Collection v2.1</translation>
        </message>
        <message>
            <source>The file is not valid JSON (%1 at byte %2), so it is no Postman collection. Export the collection from Postman again.</source>
            <translation>Le fichier n’est pas un JSON valide (%1 à l’octet %2), ce n’est donc pas une collection Postman. Exportez à nouveau la collection depuis Postman.</translation>
        </message>
        <message>
            <source>This is a Postman Collection %1 file; DCS Desk reads v2.1, whose requests and authorization are laid out differently. In Postman, export the collection again as “Collection v2.1” and import that file.</source>
            <translation>Ceci est un fichier Postman Collection %1 ; DCS Desk lit la v2.1, dont les requêtes et l’autorisation sont organisées autrement. Dans Postman, exportez à nouveau la collection en « Collection v2.1 » et importez ce fichier.</translation>
        </message>
        <message>
            <source>The file is JSON but not a Postman collection (it has no “info” and “item”). Export the collection from Postman as “Collection v2.1”.</source>
            <translation>Le fichier est du JSON mais pas une collection Postman (il n’a ni « info » ni « item »). Exportez la collection depuis Postman au format « Collection v2.1 ».</translation>
        </message>
        <message>
            <source>The file names no known schema (%1); it was read as Collection v2.1.</source>
            <translation>Le fichier n’indique aucun schéma connu (%1) ; il a été lu comme Collection v2.1.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The collection's %1 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>Le %1 de la collection n’a pas été importé (DCS Desk n’exécute aucun script ; utilisez des vérifications pour tester les réponses).</translation>
        </message>
        <message>
            <source>The collection's %1 authorization was not imported (the DCS reads none).</source>
            <translation>L’autorisation %1 de la collection n’a pas été importée (le DCS n’en lit aucune).</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>Le formulaire multipart est envoyé comme corps form-urlencoded, le seul format de corps que lit le DCS.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved example(s) (example responses) were not imported.</source>
            <translation>
                <numerusform>%n exemple enregistré (exemple de réponse) n’a pas été importé.</numerusform>
                <numerusform>%n exemples enregistrés (exemples de réponse) n’ont pas été importés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegionsCommand</name>
        <message>
            <source>List the DCS regions with their IDs, host names and locations.</source>
            <translation>Lister les régions DCS avec leurs ID, noms d’hôte et emplacements.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Use the region of the user's dcs_region (or the AMCV location hint); any other region works, but more slowly.</source>
            <translation>Utilisez la région du dcs_region de l’utilisateur (ou l’indication de localisation AMCV) ; une autre région fonctionne aussi, seulement plus lentement.</translation>
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>Build a DCS call and print its URL, headers, body, cURL command and findings.</source>
            <translation>Construire un appel DCS et afficher son URL, ses en-têtes, son corps, sa commande cURL et ses constats.</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Remarques :</translation>
        </message>
        <message>
            <source>Hint: give --region ID or --base-url URL.</source>
            <translation>Astuce : indiquez --region ID ou --base-url URL.</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Options non importées :</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>%1 could not be written.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you have permission to write to.</source>
            <translation>Impossible de créer le dossier %1. Choisissez un dossier accessible en écriture.</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>the keychain did not answer within %1 s</source>
            <translation>le trousseau n’a pas répondu en %1 s</translation>
        </message>
    </context>
    <context>
        <name>SendCommand</name>
        <message>
            <source>Send a DCS call and print the answer: status, headers, timing, fields and errors.</source>
            <translation>Envoyer un appel DCS et afficher la réponse : statut, en-têtes, minutage, champs et erreurs.</translation>
        </message>
        <message>
            <source>Give up after this many seconds (default 10).</source>
            <translation>Abandonner après ce nombre de secondes (10 par défaut).</translation>
        </message>
        <message>
            <source>Largest answer to read, e.g. 16M (default 16 MiB).</source>
            <translation>Taille maximale de la réponse à lire, p. ex. 16M (16 Mio par défaut).</translation>
        </message>
        <message>
            <source>Always print the body, even a large one.</source>
            <translation>Toujours afficher le corps, même volumineux.</translation>
        </message>
        <message>
            <source>Do not print the body.</source>
            <translation>Ne pas afficher le corps.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout attend un nombre de secondes entre 0 et 3600, pas « %1 ».</translation>
        </message>
        <message>
            <source>--max-body takes a size such as 65536, 512K or 16M, not “%1”.</source>
            <translation>--max-body attend une taille comme 65536, 512K ou 16M, pas « %1 ».</translation>
        </message>
        <message>
            <source>The request was not sent.</source>
            <translation>La requête n’a pas été envoyée.</translation>
        </message>
        <message>
            <source>Notes on the request:</source>
            <translation>Remarques sur la requête :</translation>
        </message>
        <message>
            <source>Compare the answer's destinations with what this workspace's mappings predict for the answer's segments; exit 1 when anything differs or is missing.</source>
            <translation>Comparer les destinations de la réponse à ce que prévoient les mappages de cet espace de travail pour les segments de la réponse ; code de sortie 1 si quelque chose diffère ou manque.</translation>
        </message>
        <message>
            <source>Expected vs actual:</source>
            <translation>Attendu / réel :</translation>
        </message>
        <message>
            <source>destination %1 (%2)</source>
            <translation>destination %1 (%2)</translation>
        </message>
        <message>
            <source>no destination of the workspace</source>
            <translation>aucune destination de l’espace de travail</translation>
        </message>
        <message>
            <source>expected: %1</source>
            <translation>attendu : %1</translation>
        </message>
        <message>
            <source>actual:   %1</source>
            <translation>réel :    %1</translation>
        </message>
        <message>
            <source>segment %1 (not in the workspace)</source>
            <translation>segment %1 (absent de l’espace de travail)</translation>
        </message>
        <message>
            <source>segment %1 (%2)</source>
            <translation>segment %1 (%2)</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>size</source>
            <translation>taille</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>--env needs the workspace that defines the environment: add --workspace FILE or --sandbox FILE.</source>
            <translation>--env a besoin de l’espace de travail qui définit l’environnement : ajoutez --workspace FICHIER ou --sandbox FICHIER.</translation>
        </message>
    </context>
    <context>
        <name>ShellQuote</name>
        <message>
            <source>A single quote (') is not closed.</source>
            <translation>Un guillemet simple (') n’est pas fermé.</translation>
        </message>
        <message>
            <source>A double quote (") is not closed.</source>
            <translation>Un guillemet double (") n’est pas fermé.</translation>
        </message>
        <message>
            <source>A $'…' quote is not closed.</source>
            <translation>Une chaîne $'…' n’est pas fermée.</translation>
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
            <translation>Modifié seulement dans le compte : rien à envoyer. Récupérez le compte pour reprendre sa version.</translation>
        </message>
        <message>
            <source>Deleted in the account and unchanged in the workspace: nothing to push.</source>
            <translation>Supprimé dans le compte et inchangé dans l’espace de travail : rien à envoyer.</translation>
        </message>
        <message>
            <source>No difference to push.</source>
            <translation>Aucune différence à envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>%n sent to the account</source>
            <translation>
                <numerusform>%n envoyé au compte</numerusform>
                <numerusform>%n envoyés au compte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent</source>
            <translation>
                <numerusform>%n non envoyé</numerusform>
                <numerusform>%n non envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <source>Deleted in the account and changed in the workspace: it cannot be updated. Delete it in the workspace, or add it again as a new one to create it.</source>
            <translation>Supprimé dans le compte et modifié dans l’espace de travail : il ne peut pas être mis à jour. Supprimez-le dans l’espace de travail, ou ajoutez-le comme nouvel élément pour le recréer.</translation>
        </message>
        <message>
            <source>Changed on both sides (%1): choose for each field whether to keep the workspace's value or take the account's, then push again.</source>
            <translation>Modifié des deux côtés (%1) : choisissez pour chaque champ de garder la valeur de l’espace de travail ou de reprendre celle du compte, puis envoyez de nouveau.</translation>
        </message>
        <message>
            <source>Audience Manager's API creates URL (PUSH) and cookie (ADS) destinations only; this one is %1. Server-to-server destinations are set up by Adobe: create it in Audience Manager, then pull.</source>
            <translation>L’API d’Audience Manager ne crée que des destinations d’URL (PUSH) et de cookie (ADS) ; celle-ci est de type %1. Les destinations serveur à serveur sont configurées par Adobe : créez-la dans Audience Manager, puis récupérez le compte.</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and is not created by this push: push the destination with it.</source>
            <translation>Sa destination %1 est nouvelle dans l’espace de travail et cet envoi ne la crée pas : envoyez aussi la destination.</translation>
        </message>
        <message>
            <source>Not sent: its destination %1 was not created.</source>
            <translation>Non envoyé : sa destination %1 n’a pas été créée.</translation>
        </message>
        <message>
            <source>No answer: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Pas de réponse : il n’est pas certain que l’appel ait atteint le compte. Récupérez le compte et comparez pour le savoir.</translation>
        </message>
        <message>
            <source>The account refused the call (HTTP 403 on %1: %2). Check that the credential's technical account may change destinations in Audience Manager.</source>
            <translation>Le compte a refusé l’appel (HTTP 403 sur %1 : %2). Vérifiez que le compte technique associé aux identifiants peut modifier des destinations dans Audience Manager.</translation>
        </message>
        <message>
            <source>The account answered HTTP %1: %2</source>
            <translation>Le compte a répondu HTTP %1 : %2</translation>
        </message>
        <message>
            <source>The account created it but its answer has no destinationId: its mappings are not sent. Pull to link it, then push them.</source>
            <translation>Le compte l’a créée mais sa réponse n’a pas de destinationId : ses mappages ne sont pas envoyés. Récupérez le compte pour la relier, puis envoyez-les.</translation>
        </message>
        <message>
            <source>Not sent: the push stopped before it (%1).</source>
            <translation>Non envoyé : l’envoi s’est arrêté avant cet élément (%1).</translation>
        </message>
        <message>
            <source>Destination %1 of the workspace moved to ID %2: the account gave its ID to a pushed destination.</source>
            <translation>La destination %1 de l’espace de travail passe à l’ID %2 : le compte a attribué son ancien ID à une destination envoyée.</translation>
        </message>
        <message>
            <source>Mapping %1 of the workspace moved to ID %2: the account gave its ID to a pushed mapping.</source>
            <translation>Le mappage %1 de l’espace de travail passe à l’ID %2 : le compte a attribué son ancien ID à un mappage envoyé.</translation>
        </message>
        <message>
            <source>Not written back: %1</source>
            <translation>Non réécrit : %1</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and cannot be created (see the destination): this mapping waits for it.</source>
            <translation>Sa destination %1 est nouvelle dans l’espace de travail et ne peut pas être créée (voir la destination) : ce mappage l’attend.</translation>
        </message>
        <message>
            <source>Nothing to send: the account already has these values.</source>
            <translation>Rien à envoyer : le compte a déjà ces valeurs.</translation>
        </message>
        <message>
            <source>Only the account has it: nothing to push. Pull to take it, or take it and delete it in the workspace to delete it in the account.</source>
            <translation>Seul le compte le contient : rien à envoyer. Récupérez le compte pour le reprendre, ou reprenez-le puis supprimez-le dans l’espace de travail pour le supprimer dans le compte.</translation>
        </message>
        <message>
            <source>Deleted in the workspace and changed in the account since the pull (%1): keep the workspace's side to delete it anyway, or take the account's to keep it.</source>
            <translation>Supprimé dans l’espace de travail et modifié dans le compte depuis la récupération (%1) : gardez la version de l’espace de travail pour le supprimer quand même, ou reprenez celle du compte pour le conserver.</translation>
        </message>
        <message>
            <source>Deleted in the workspace, but the account's version is chosen: nothing is deleted. Take it from the account to have it back in the workspace.</source>
            <translation>Supprimé dans l’espace de travail, mais la version du compte est choisie : rien n’est supprimé. Reprenez-le du compte pour le retrouver dans l’espace de travail.</translation>
        </message>
        <message>
            <source>The account accepted the change but did not return the object; pull to see what the account now holds.</source>
            <translation>Le compte a accepté la modification mais n’a pas renvoyé l’objet ; récupérez le compte pour voir ce qu’il contient maintenant.</translation>
        </message>
        <message numerus="yes">
            <source>Update %n pushed item(s) with the account's answer</source>
            <translation>
                <numerusform>Mettre à jour %n élément envoyé avec la réponse du compte</numerusform>
                <numerusform>Mettre à jour %n éléments envoyés avec la réponse du compte</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled while it was being sent: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Annulé pendant l’envoi : il n’est pas certain que l’appel ait atteint le compte. Récupérez le compte et comparez pour le savoir.</translation>
        </message>
        <message>
            <source>Not sent: the push was canceled.</source>
            <translation>Non envoyé : l’envoi a été annulé.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AamRestClient</name>
        <message>
            <source>The token service at %1 cannot be reached: %2</source>
            <translation>Le service de jetons à l’adresse %1 est injoignable : %2</translation>
        </message>
        <message>
            <source>%1 cannot be reached (%2): %3</source>
            <translation>%1 est injoignable (%2) : %3</translation>
        </message>
        <message>
            <source>The API answered HTTP %1 on %2: %3</source>
            <translation>L’API a répondu HTTP %1 sur %2 : %3</translation>
        </message>
        <message>
            <source>The API's answer on %1 is not JSON: %2</source>
            <translation>La réponse de l’API sur %1 n’est pas du JSON : %2</translation>
        </message>
        <message>
            <source>Check the client ID, the secret in DCSDESK_AAM_CLIENT_SECRET and the scope.</source>
            <translation>Vérifiez l’ID client, le secret dans DCSDESK_AAM_CLIENT_SECRET et la portée.</translation>
        </message>
        <message>
            <source>The token service refused the credentials (HTTP %1: %2). %3</source>
            <translation>Le service de jetons a refusé les identifiants (HTTP %1 : %2). %3</translation>
        </message>
        <message>
            <source>Check the client ID, the client secret in DCSDESK_AAM_CLIENT_SECRET, the user name and the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>Vérifiez l’ID client, le secret client dans DCSDESK_AAM_CLIENT_SECRET, le nom d’utilisateur et le mot de passe dans DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>The API also refused a new token (HTTP 401 on %1: %2). Check that the Audience Manager API is added to the credential's project and that the organization ID is correct.</source>
            <translation>L’API a aussi refusé un nouveau jeton (HTTP 401 sur %1 : %2). Vérifiez que l’API Audience Manager a été ajoutée au projet des identifiants et que l’ID d’organisation est correct.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountActions</name>
        <message>
            <source>Pulls the account's destinations and mappings and shows, field by field, what differs from this workspace. Nothing is changed.</source>
            <translation>Récupère les destinations et les mappages du compte et montre, champ par champ, ce qui diffère de cet espace de travail. Rien n’est modifié.</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Se connecter à Audience Manager</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1 in %n request(s).</source>
            <translation>
                <numerusform>Récupération depuis %1 terminée en %n requête.</numerusform>
                <numerusform>Récupération depuis %1 terminée en %n requêtes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The local account cannot be made of %1: %2 Choose another workspace file in the connection dialog.</source>
            <translation>Le compte local ne peut pas être créé à partir de %1 : %2 Choisissez un autre fichier d’espace de travail dans la fenêtre de connexion.</translation>
        </message>
        <message>
            <source>The local account cannot start: %1</source>
            <translation>Le compte local ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>Pull %1</source>
            <translation>Récupération depuis %1</translation>
        </message>
        <message>
            <source>Asking for a token…</source>
            <translation>Demande d’un jeton…</translation>
        </message>
        <message>
            <source>Compare &amp;with Audience Manager Account…</source>
            <translation>Comparer avec le compte Audience &amp;Manager…</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change %1.</source>
            <translation>
                <numerusform>%n appel modifiera %1.</numerusform>
                <numerusform>%n appels modifieront %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to %1.</source>
            <translation>Rien ne peut être envoyé vers %1.</translation>
        </message>
        <message>
            <source>Push to Audience Manager</source>
            <translation>Envoyer à Audience Manager</translation>
        </message>
        <message>
            <source>&amp;Push</source>
            <translation>En&amp;voyer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Push to %1</source>
            <translation>Envoi vers %1</translation>
        </message>
        <message>
            <source>Push to %1: %2.</source>
            <translation>Envoi vers %1 : %2.</translation>
        </message>
        <message>
            <source>The workspace changed after this comparison, so Push is off: compare again to push what it holds now.</source>
            <translation>L’espace de travail a changé après cette comparaison, donc « Envoyer » est désactivé : comparez de nouveau pour envoyer ce qu’il contient maintenant.</translation>
        </message>
        <message>
            <source>A push ran after this comparison, so Push is off: compare again to see what the account holds now.</source>
            <translation>Un envoi a eu lieu après cette comparaison, donc « Envoyer » est désactivé : comparez de nouveau pour voir ce que contient maintenant le compte.</translation>
        </message>
        <message>
            <source>Check the client ID, the organization ID, the client secret and the scopes in the connection dialog (Developer Console, the credential's page).</source>
            <translation>Vérifiez l’ID client, l’ID d’organisation, le secret client et les portées dans la fenêtre de connexion (Developer Console, page des identifiants).</translation>
        </message>
        <message>
            <source>This account looks empty: it has no destinations at all. If you expected some, the credential may belong to another organization, or to another Audience Manager account than the one you meant: check the organization ID and the client ID in the connection dialog. If the account is new, every destination and mapping of the workspace is listed as to create.</source>
            <translation>Ce compte semble vide : il n’a aucune destination. Si vous en attendiez, les identifiants appartiennent peut-être à une autre organisation, ou à un autre compte Audience Manager que celui voulu : vérifiez l’ID d’organisation et l’ID client dans la fenêtre de connexion. Si le compte est nouveau, toutes les destinations et tous les mappages de l’espace de travail sont listés comme à créer.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will not be sent (refused, or the account already has their values); the report says why.</source>
            <translation>
                <numerusform>%n élément ne sera pas envoyé (refusé, ou ses valeurs sont déjà dans le compte) ; le rapport indique pourquoi.</numerusform>
                <numerusform>%n éléments ne seront pas envoyés (refusés, ou leurs valeurs sont déjà dans le compte) ; le rapport indique pourquoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked item(s) have validation errors and will be sent as they are:</source>
            <translation>
                <numerusform>%n élément coché a des erreurs de validation et sera envoyé tel quel :</numerusform>
                <numerusform>%n éléments cochés ont des erreurs de validation et seront envoyés tels quels :</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending %1 of %2…</source>
            <translation>Envoi de %1 sur %2…</translation>
        </message>
        <message>
            <source>Sent %1 of %2.</source>
            <translation>%1 sur %2 envoyés.</translation>
        </message>
        <message>
            <source>Local Account Changed</source>
            <translation>Compte local modifié</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Save the Local Account as a Workspace</source>
            <translation>Enregistrer le compte local comme espace de travail</translation>
        </message>
        <message>
            <source>local account</source>
            <translation>compte local</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espaces de travail DCS Desk (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Saved the local account as %1.</source>
            <translation>Compte local enregistré sous %1.</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Échec de l’enregistrement</translation>
        </message>
        <message>
            <source>The local account was not saved as %1; it is still open.

%2</source>
            <translation>Le compte local n’a pas été enregistré sous %1 ; il est toujours ouvert.

%2</translation>
        </message>
        <message>
            <source>What you pushed to the local account is kept only in memory: it is lost when DCS Desk closes, or when another workspace file becomes the local account.

Save the local account's current content as a workspace file?</source>
            <translation>Ce que vous avez envoyé au compte local n’est gardé qu’en mémoire et sera perdu à la fermeture de DCS Desk, ou quand un autre fichier d’espace de travail deviendra le compte local.

Enregistrer le contenu actuel du compte local dans un fichier d’espace de travail ?</translation>
        </message>
        <message>
            <source>New Workspace &amp;from Audience Manager Account…</source>
            <translation>Nouvel espace de travail depuis un compte &amp;Audience Manager…</translation>
        </message>
        <message>
            <source>New Workspace from Audience Manager Account</source>
            <translation>Nouvel espace de travail depuis un compte Audience Manager</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from %4 into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>%1, %2 et %3 récupérés depuis %4 dans un nouvel espace de travail (%n requête).</numerusform>
                <numerusform>%1, %2 et %3 récupérés depuis %4 dans un nouvel espace de travail (%n requêtes).</numerusform>
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
            <source>It is not saved yet: use File › Save As to give it a file. Later, File › Compare with Audience Manager Account shows what you changed and pushes it.</source>
            <translation>Il n’est pas encore enregistré : utilisez Fichier › Enregistrer sous pour lui donner un fichier. Ensuite, Fichier › Comparer avec le compte Audience Manager montre ce que vous avez modifié et l’envoie.</translation>
        </message>
        <message>
            <source>The account has no destinations. If you expected some, check the organization ID and that the credential's product profile includes Audience Manager.</source>
            <translation>Le compte n’a aucune destination. Si vous en attendiez, vérifiez l’ID d’organisation, et que le profil de produit des identifiants inclut bien Audience Manager.</translation>
        </message>
        <message>
            <source>Not taken (%1):</source>
            <translation>Non repris (%1) :</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… et %n autre.</numerusform>
                <numerusform>… et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from %1</source>
            <translation>Reprise depuis %1</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of %1 into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n modification reprise depuis %1 dans l’espace de travail, en une seule étape : Édition › Annuler la retire.</numerusform>
                <numerusform>%n modifications reprises depuis %1 dans l’espace de travail, en une seule étape : Édition › Annuler les retire.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was taken: the workspace already has what was chosen.</source>
            <translation>Rien n’a été repris : l’espace de travail contient déjà ce qui a été choisi.</translation>
        </message>
        <message>
            <source>Kept as it is:</source>
            <translation>Conservés tels quels :</translation>
        </message>
        <message>
            <source>Not taken:</source>
            <translation>Non repris :</translation>
        </message>
        <message>
            <source>What the account returns (new IDs, the objects as it stores them) is written into the workspace as one step you can undo.</source>
            <translation>Ce que le compte renvoie (les nouveaux ID, les objets tels qu’il les stocke) est écrit dans l’espace de travail en une seule étape que vous pouvez annuler.</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects, so the new workspace has none: set them here if you use them.</source>
            <translation>Les champs de destination propres à DCS Desk (remplissage automatique, libellés d’exportation des données, plateforme) ne font pas partie des objets REST d’Audience Manager ; le nouvel espace de travail ne les a donc pas : définissez-les ici si vous les utilisez.</translation>
        </message>
        <message numerus="yes">
            <source>Pulled the local account in %n request(s).</source>
            <translation>
                <numerusform>Récupération depuis le compte local terminée en %n requête.</numerusform>
                <numerusform>Récupération depuis le compte local terminée en %n requêtes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pull the Local Account</source>
            <translation>Récupération depuis le compte local</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change the local account.</source>
            <translation>
                <numerusform>%n appel modifiera le compte local.</numerusform>
                <numerusform>%n appels modifieront le compte local.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to the local account.</source>
            <translation>Rien ne peut être envoyé vers le compte local.</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Envoi vers le compte local</translation>
        </message>
        <message>
            <source>Push to the local account: %1.</source>
            <translation>Envoi vers le compte local : %1.</translation>
        </message>
        <message>
            <source>Local account (pulled)</source>
            <extracomment>The name of a new workspace pulled from the local account. Sentences use it as a name ("%1 has changes that are not saved."): a title, not a phrase to decline.</extracomment>
            <translation>Compte local (récupéré)</translation>
        </message>
        <message>
            <source>%1 (pulled)</source>
            <translation>%1 (récupéré)</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from the local account into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>%1, %2 et %3 récupérés depuis le compte local dans un nouvel espace de travail (%n requête).</numerusform>
                <numerusform>%1, %2 et %3 récupérés depuis le compte local dans un nouvel espace de travail (%n requêtes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from the Local Account</source>
            <translation>Reprise depuis le compte local</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of the local account into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n modification reprise depuis le compte local dans l’espace de travail, en une seule étape : Édition › Annuler la retire.</numerusform>
                <numerusform>%n modifications reprises depuis le compte local dans l’espace de travail, en une seule étape : Édition › Annuler les retire.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the client ID, the client secret, the user name and the password in the connection dialog.</source>
            <translation>Vérifiez l’ID client, le secret client, le nom d’utilisateur et le mot de passe dans la fenêtre de connexion.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them delete(s) from the account what was deleted in the workspace (mappings before their destination).</source>
            <translation>
                <numerusform>Parmi ces appels, %n supprime dans le compte ce qui a été supprimé dans l’espace de travail (les mappages avant leur destination).</numerusform>
                <numerusform>Parmi ces appels, %n suppriment dans le compte ce qui a été supprimé dans l’espace de travail (les mappages avant leur destination).</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>The pull was canceled; nothing was changed.</source>
            <translation>La récupération a été annulée ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Changes from the account were taken into the workspace, so this comparison is out of date: compare again to see what is left to push.</source>
            <translation>Des modifications du compte ont été reprises dans l’espace de travail, cette comparaison n’est donc plus à jour : comparez de nouveau pour voir ce qu’il reste à envoyer.</translation>
        </message>
        <message>
            <source>Pulls an account's destinations, mappings and segments into a new workspace, so you can change them offline and push them back later.</source>
            <translation>Récupère les destinations, les mappages et les segments d’un compte dans un nouvel espace de travail, pour les modifier hors ligne et les renvoyer plus tard.</translation>
        </message>
        <message>
            <source>The connection was not saved: %1</source>
            <translation>La connexion n’a pas été enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountConnectDialog</name>
        <message>
            <source>Workspace the Local Account Is Made Of</source>
            <translation>Espace de travail servant de base au compte local</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espaces de travail DCS Desk (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Se connecter à Audience Manager</translation>
        </message>
        <message>
            <source>&amp;Local account (offline)</source>
            <translation>Compte &amp;local (hors ligne)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>l’espace de travail d’exemple fourni</translation>
        </message>
        <message>
            <source>&amp;Adobe account (OAuth Server-to-Server credential)</source>
            <translation>Compte Ado&amp;be (identifiants OAuth Server-to-Server)</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Environnement :</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Autre adresse</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Ad&amp;resse :</translation>
        </message>
        <message>
            <source>Client &amp;ID (API key):</source>
            <translation>&amp;ID client (clé d’API) :</translation>
        </message>
        <message>
            <source>&amp;Organization ID:</source>
            <translation>ID d’&amp;organisation :</translation>
        </message>
        <message>
            <source>…@AdobeOrg</source>
            <translation>…@AdobeOrg</translation>
        </message>
        <message>
            <source>&amp;Scopes:</source>
            <translation>Portée&amp;s (scopes) :</translation>
        </message>
        <message>
            <source>Client se&amp;cret:</source>
            <translation>Secret &amp;client :</translation>
        </message>
        <message>
            <source>Co&amp;nnect</source>
            <translation>Se co&amp;nnecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Type the REST API's address, such as https://aam.adobe.io.</source>
            <translation>Saisissez l’adresse de l’API REST, p. ex. https://aam.adobe.io.</translation>
        </message>
        <message>
            <source>Type the client ID: the Developer Console shows it on the project's OAuth Server-to-Server credential.</source>
            <translation>Saisissez l’ID client : la Developer Console l’affiche dans les identifiants OAuth Server-to-Server du projet.</translation>
        </message>
        <message>
            <source>Type the organization ID, which ends in @AdobeOrg (Developer Console, the credential's page).</source>
            <translation>Saisissez l’ID d’organisation, qui se termine par @AdobeOrg (Developer Console, page des identifiants).</translation>
        </message>
        <message>
            <source>Type the client secret (Developer Console, the credential's page, Retrieve client secret).</source>
            <translation>Saisissez le secret client (Developer Console, page des identifiants, « Retrieve client secret »).</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The last attempt failed: %1</source>
            <translation>La dernière tentative a échoué : %1</translation>
        </message>
        <message>
            <source>An Audience Manager account that DCS Desk serves on this computer, made of a workspace file. Nothing leaves the computer. What you push to it is kept in memory; before it is lost, DCS Desk offers to save it as a workspace file.</source>
            <translation>Un compte Audience Manager hébergé par DCS Desk sur cet ordinateur et créé à partir d’un fichier d’espace de travail. Rien ne quitte l’ordinateur. Ce que vous y envoyez est gardé en mémoire ; avant qu’il ne soit perdu, DCS Desk propose de l’enregistrer dans un fichier d’espace de travail.</translation>
        </message>
        <message>
            <source>Forget the saved connection, and its secrets in the system keychain unless another connection uses them.</source>
            <translation>Oublier la connexion enregistrée, ainsi que ses secrets dans le trousseau du système si aucune autre connexion ne les utilise.</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;m :</translation>
        </message>
        <message>
            <source>e.g. Production</source>
            <translation>p. ex. Production</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nouvelle connexion</translation>
        </message>
        <message>
            <source>Adobe account, le&amp;gacy OAuth (deprecated: user name and password)</source>
            <translation>Compte Adobe, ancienne mét&amp;hode OAuth (obsolète : nom d’utilisateur et mot de passe)</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d’utilis&amp;ateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mo&amp;t de passe :</translation>
        </message>
        <message>
            <source>&amp;Remember the secrets in the system keychain</source>
            <translation>Conser&amp;ver les secrets dans le trousseau du système</translation>
        </message>
        <message>
            <source>Production (%1)</source>
            <translation>Production (%1)</translation>
        </message>
        <message>
            <source>Beta (%1)</source>
            <translation>Bêta (%1)</translation>
        </message>
        <message>
            <source>Local account</source>
            <translation>Compte local</translation>
        </message>
        <message>
            <source>Delete Connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1"?</source>
            <translation>Supprimer la connexion enregistrée « %1 » ?</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1" and its secrets in the %2?</source>
            <translation>Supprimer la connexion enregistrée « %1 » et ses secrets dans le %2 ?</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>trousseau du système</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>The connection "%1" is deleted.</source>
            <translation>La connexion « %1 » a été supprimée.</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>&amp;ID client :</translation>
        </message>
        <message>
            <source>Type the client ID of the legacy API client (Adobe Customer Care gave it with its secret).</source>
            <translation>Saisissez l’ID client de l’ancien client d’API (fourni par Adobe Customer Care avec le secret client).</translation>
        </message>
        <message>
            <source>Type the client secret of the legacy API client.</source>
            <translation>Saisissez le secret client de l’ancien client d’API.</translation>
        </message>
        <message>
            <source>Type the Audience Manager user name and password the legacy API client signs in with.</source>
            <translation>Saisissez le nom d’utilisateur et le mot de passe Audience Manager avec lesquels l’ancien client d’API se connecte.</translation>
        </message>
        <message>
            <source>client secret</source>
            <translation>secret client</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>The %1 typed earlier in this session is filled in.</source>
            <translation>Le %1 saisi plus tôt dans cette session est renseigné.</translation>
        </message>
        <message>
            <source>The %1 was read from the %2.</source>
            <translation>Le %1 a été lu dans le %2.</translation>
        </message>
        <message>
            <source>The %1 holds no %2 for this connection: type it.</source>
            <translation>Le %1 ne contient aucun %2 pour cette connexion : saisissez-le.</translation>
        </message>
        <message>
            <source>The %1 cannot be read from the %2 (%3). Type it: it is kept in memory until DCS Desk closes, and asked again at the next start.</source>
            <translation>Le %1 ne peut pas être lu dans le %2 (%3). Saisissez-le : il est gardé en mémoire jusqu’à la fermeture de DCS Desk et redemandé au prochain démarrage.</translation>
        </message>
        <message>
            <source>Saving the secrets in the %1…</source>
            <translation>Enregistrement des secrets dans le %1…</translation>
        </message>
        <message>
            <source>The %1 did not keep the secrets (%2). Press Connect again to use them for this session only; they will be asked again at the next start.</source>
            <translation>Le %1 n’a pas gardé les secrets (%2). Cliquez de nouveau sur « Se connecter » pour ne les utiliser que pendant cette session ; ils seront redemandés au prochain démarrage.</translation>
        </message>
        <message>
            <source>Sa&amp;ved connection:</source>
            <translation>Connexion enre&amp;gistrée :</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>S&amp;upprimer…</translation>
        </message>
        <message>
            <source>A saved connection is already named "%1" (%2). Choose it in the list to change it, or type another name.</source>
            <translation>Une connexion enregistrée s’appelle déjà « %1 » (%2). Choisissez-la dans la liste pour la modifier, ou saisissez un autre nom.</translation>
        </message>
        <message>
            <source>No system keychain answered (%1): the secrets are kept in memory until DCS Desk closes.</source>
            <translation>Aucun trousseau du système n’a répondu (%1) : les secrets sont gardés en mémoire jusqu’à la fermeture de DCS Desk.</translation>
        </message>
        <message>
            <source>dcsdesk-cli uses the same saved connections: a command with --connection "%1" will no longer find it.</source>
            <translation>dcsdesk-cli utilise les mêmes connexions enregistrées : une commande avec --connection "%1" ne la trouvera plus.</translation>
        </message>
        <message>
            <source>Workspace &amp;file:</source>
            <translation>&amp;Fichier d’espace de travail :</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountReviewDialog</name>
        <message>
            <source>Compare with %1</source>
            <translation>Comparaison avec %1</translation>
        </message>
        <message>
            <source>All differences</source>
            <translation>Toutes les différences</translation>
        </message>
        <message>
            <source>To push</source>
            <translation>À envoyer</translation>
        </message>
        <message>
            <source>To take from the account</source>
            <translation>À reprendre du compte</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Cannot be pushed</source>
            <translation>Impossible à envoyer</translation>
        </message>
        <message>
            <source>Only in the account</source>
            <translation>Seulement dans le compte</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Destination ou mappage</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Différence</translation>
        </message>
        <message>
            <source>Destinations and mappings that differ</source>
            <translation>Destinations et mappages qui diffèrent</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Last pulled</source>
            <translation>Dernière récupération</translation>
        </message>
        <message>
            <source>In the workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>In the account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Champs qui diffèrent</translation>
        </message>
        <message>
            <source>The workspace and %1 hold the same destinations and mappings.</source>
            <translation>L’espace de travail et %1 contiennent les mêmes destinations et mappages.</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Destination %1</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destination %1 (%2)</translation>
        </message>
        <message>
            <source>mappings differ</source>
            <translation>les mappages diffèrent</translation>
        </message>
        <message>
            <source>%1 — cannot be pushed</source>
            <translation>%1 — impossible à envoyer</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: narrow the list with the filter or the search</source>
            <translation>
                <numerusform>… et %n autre : affinez la liste avec le filtre ou la recherche</numerusform>
                <numerusform>… et %n autres : affinez la liste avec le filtre ou la recherche</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>Affichés : %1 sur %2</translation>
        </message>
        <message>
            <source>The destination itself differs too; choose "%1" to see how.</source>
            <translation>La destination elle-même diffère aussi ; choisissez « %1 » pour voir en quoi.</translation>
        </message>
        <message>
            <source>The destination itself is the same on both sides; its mappings below differ.</source>
            <translation>La destination elle-même est identique des deux côtés ; ses mappages ci-dessous diffèrent.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to %1. You confirm first.</source>
            <translation>Envoie vers %1 les destinations et mappages cochés ainsi que les conflits que vous avez tranchés. Une confirmation vous est d’abord demandée.</translation>
        </message>
        <message>
            <source>conflict, settled: to push</source>
            <translation>conflit tranché : à envoyer</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Push %n Item(s)…</source>
            <translation>
                <numerusform>En&amp;voyer %n élément…</numerusform>
                <numerusform>En&amp;voyer %n éléments…</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict: choose a side</source>
            <translation>Conflit : choisissez un côté</translation>
        </message>
        <message>
            <source>Keep the workspace's</source>
            <translation>Garder celle de l’espace de travail</translation>
        </message>
        <message>
            <source>Take the account's</source>
            <translation>Reprendre celle du compte</translation>
        </message>
        <message>
            <source>Value to push for %1</source>
            <translation>Valeur à envoyer pour %1</translation>
        </message>
        <message>
            <source>Destination name, or a destination, mapping or segment ID</source>
            <translation>Nom de destination, ou ID de destination, de mappage ou de segment</translation>
        </message>
        <message>
            <source>Shows the items whose title contains this text (not case-sensitive): a destination's name, or a destination, mapping or segment ID. Segment names are not searched.</source>
            <translation>Affiche les éléments dont le titre contient ce texte (sans tenir compte de la casse) : le nom d’une destination, ou un ID de destination, de mappage ou de segment. La recherche ne porte pas sur les noms de segments.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>All differences: %1.</source>
            <translation>Toutes les différences : %1.</translation>
        </message>
        <message>
            <source>Push sends the checked items: %1; %2.</source>
            <translation>« Envoyer » transmet les éléments cochés : %1 ; %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destination à mettre à jour</numerusform>
                <numerusform>%n destinations à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n à créer</numerusform>
                <numerusform>%n à créer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n mappage à mettre à jour</numerusform>
                <numerusform>%n mappages à mettre à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) unchecked</source>
            <translation>
                <numerusform>%n élément décoché</numerusform>
                <numerusform>%n éléments décochés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n with validation errors)</source>
            <translation>
                <numerusform>(%n avec des erreurs de validation)</numerusform>
                <numerusform>(%n avec des erreurs de validation)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent: %1.</source>
            <translation>Non envoyés : %1.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and %1 hold the same destinations and mappings. There is nothing to push.</source>
            <translation>Aucune différence : l’espace de travail et %1 contiennent les mêmes destinations et mappages. Il n’y a rien à envoyer.</translation>
        </message>
        <message>
            <source>Nothing shown under "%1" matches "%2". The search looks in destination names and in destination, mapping and segment IDs. Clear the search, or choose "%3".</source>
            <translation>Rien dans « %1 » ne correspond à « %2 ». La recherche porte sur les noms de destinations et les ID de destinations, de mappages et de segments. Effacez la recherche, ou choisissez « %3 ».</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n difference(s) is in "%1". Choose "%2" to see them all.</source>
            <translation>
                <numerusform>La seule différence (%n) n’est pas dans « %1 ». Choisissez « %2 » pour la voir.</numerusform>
                <numerusform>Aucune des %n différences n’est dans « %1 ». Choisissez « %2 » pour les voir toutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The validator finds errors in the workspace's version:</source>
            <translation>La validation détecte des erreurs dans la version de l’espace de travail :</translation>
        </message>
        <message>
            <source>It is not pushed unless you check it; the push confirmation then names it.</source>
            <translation>Cet élément n’est envoyé que si vous le cochez ; la confirmation de l’envoi le mentionne alors.</translation>
        </message>
        <message>
            <source>validation errors — %1</source>
            <translation>erreurs de validation — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n à supprimer</numerusform>
                <numerusform>%n à supprimer</numerusform>
            </translation>
        </message>
        <message>
            <source>Brings the checked changes of %1 into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Reprend dans l’espace de travail les modifications cochées de %1, en conservant les modifications propres à l’espace de travail, en une seule étape que vous pouvez annuler. Rien n’est envoyé.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Take %n Item(s) from the Account</source>
            <translation>
                <numerusform>&amp;Reprendre %n élément du compte</numerusform>
                <numerusform>&amp;Reprendre %n éléments du compte</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is sent until you press Push and confirm. Uncheck what should not be pushed; settle a conflict field by field on the right. Take brings the checked changes of the account into the workspace (one step you can undo).</source>
            <translation>Rien n’est envoyé tant que vous n’avez pas cliqué sur « Envoyer » et confirmé. Décochez ce qui ne doit pas être envoyé ; tranchez un conflit champ par champ à droite. « Reprendre » apporte dans l’espace de travail les modifications cochées du compte (une étape que vous pouvez annuler).</translation>
        </message>
        <message>
            <source>conflict, settled: to push and to take</source>
            <translation>conflit tranché : à envoyer et à reprendre</translation>
        </message>
        <message>
            <source>conflict, settled: to take</source>
            <translation>conflit tranché : à reprendre</translation>
        </message>
        <message>
            <source>conflict, settled: nothing to do</source>
            <translation>conflit tranché : rien à faire</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects: they stay in the workspace and are neither compared, pulled nor pushed.</source>
            <translation>Les champs de destination propres à DCS Desk (remplissage automatique, libellés d’exportation des données, plateforme) ne font pas partie des objets REST d’Audience Manager : ils restent dans l’espace de travail et ne sont ni comparés, ni récupérés, ni envoyés.</translation>
        </message>
        <message>
            <source>Compare with the Local Account</source>
            <translation>Comparaison avec le compte local</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to the local account. You confirm first.</source>
            <translation>Envoie vers le compte local les destinations et mappages cochés ainsi que les conflits que vous avez tranchés. Une confirmation vous est d’abord demandée.</translation>
        </message>
        <message>
            <source>Brings the checked changes of the local account into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Reprend dans l’espace de travail les modifications cochées du compte local, en conservant les modifications propres à l’espace de travail, en une seule étape que vous pouvez annuler. Rien n’est envoyé.</translation>
        </message>
        <message>
            <source>The workspace and the local account hold the same destinations and mappings.</source>
            <translation>L’espace de travail et le compte local contiennent les mêmes destinations et mappages.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and the local account hold the same destinations and mappings. There is nothing to push.</source>
            <translation>Aucune différence : l’espace de travail et le compte local contiennent les mêmes destinations et mappages. Il n’y a rien à envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>%n changed in the account</source>
            <translation>
                <numerusform>%n élément modifié dans le compte</numerusform>
                <numerusform>%n éléments modifiés dans le compte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new in the account</source>
            <translation>
                <numerusform>%n nouvel élément dans le compte</numerusform>
                <numerusform>%n nouveaux éléments dans le compte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the account</source>
            <translation>
                <numerusform>%n élément supprimé dans le compte</numerusform>
                <numerusform>%n éléments supprimés dans le compte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled conflict(s)</source>
            <translation>
                <numerusform>%n conflit tranché</numerusform>
                <numerusform>%n conflits tranchés</numerusform>
            </translation>
        </message>
        <message>
            <source>Take brings the account's version of: %1.</source>
            <translation>« Reprendre » apporte la version du compte pour : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) with no side chosen</source>
            <translation>
                <numerusform>%n conflit non tranché</numerusform>
                <numerusform>%n conflits non tranchés</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchCharts</name>
        <message>
            <source>Latency</source>
            <translation>Latence</translation>
        </message>
        <message>
            <source>Answers by HTTP status and DCS error</source>
            <translation>Réponses par statut HTTP et erreur DCS</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Erreur %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>milliseconds (upper bound of each bar)</source>
            <translation>millisecondes (borne supérieure de chaque barre)</translation>
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
            <translation>Générer ce nombre d’utilisateurs avec des ID aléatoires de 38 chiffres.</translation>
        </message>
        <message>
            <source>ID type of generated users: uuid (default) or mid.</source>
            <translation>Type d’ID des utilisateurs générés : uuid (par défaut) ou mid.</translation>
        </message>
        <message>
            <source>Calls in flight at once (default 6, at most %1).</source>
            <translation>Nombre d’appels simultanés (6 par défaut, au plus %1).</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network (default 3).</source>
            <translation>Nouvelles tentatives pour un appel qui reçoit la réponse 429 ou se perd sur le réseau (3 par défaut).</translation>
        </message>
        <message>
            <source>Give up a call after this many seconds (default 10).</source>
            <translation>Abandonner un appel après ce nombre de secondes (10 par défaut).</translation>
        </message>
        <message>
            <source>Write one line per row to this file: .csv, or .jsonl for JSON Lines.</source>
            <translation>Écrire dans ce fichier une ligne de résultat par ligne d’entrée : .csv, ou .jsonl pour JSON Lines.</translation>
        </message>
        <message>
            <source>What to do with rows that cannot be sent: skip (default, they are listed) or stop (send nothing).</source>
            <translation>Que faire des lignes qui ne peuvent pas être envoyées : skip (par défaut, elles sont listées) ou stop (ne rien envoyer).</translation>
        </message>
        <message>
            <source>%1/%2 (%3%)</source>
            <translation>%1/%2 (%3 %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 appels/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>temps restant %1</translation>
        </message>
        <message>
            <source>p95 %1 ms</source>
            <translation>p95 %1 ms</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1 : %2</translation>
        </message>
        <message>
            <source>DCS errors: %1</source>
            <translation>erreurs DCS : %1</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>échecs : %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>--uuid and --mid name one user; a batch takes its users from --input or --generate.</source>
            <translation>--uuid et --mid désignent un seul utilisateur ; un lot prend ses utilisateurs dans --input ou --generate.</translation>
        </message>
        <message>
            <source>Give the users with either --input FILE (CSV) or --generate N.</source>
            <translation>Indiquez les utilisateurs avec --input FICHIER (CSV) ou avec --generate N.</translation>
        </message>
        <message>
            <source>--concurrency takes a number from 1 to %1, not “%2”.</source>
            <translation>--concurrency attend un nombre de 1 à %1, pas « %2 ».</translation>
        </message>
        <message>
            <source>--retries takes a number from 0 to 20, not “%1”.</source>
            <translation>--retries attend un nombre de 0 à 20, pas « %1 ».</translation>
        </message>
        <message>
            <source>--rate takes calls per second (0 for no limit), not “%1”.</source>
            <translation>--rate attend un nombre d’appels par seconde (0 pour aucune limite), pas « %1 ».</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout attend un nombre de secondes entre 0 et 3600, pas « %1 ».</translation>
        </message>
        <message>
            <source>--on-invalid takes skip or stop, not “%1”.</source>
            <translation>--on-invalid attend skip ou stop, pas « %1 ».</translation>
        </message>
        <message>
            <source>--out needs a file name such as results.csv, not a folder.</source>
            <translation>--out attend un nom de fichier comme results.csv, pas un dossier.</translation>
        </message>
        <message>
            <source>--generate takes a number from 1 to %1, not “%2”.</source>
            <translation>--generate attend un nombre de 1 à %1, pas « %2 ».</translation>
        </message>
        <message>
            <source>--id-type takes uuid or mid, not “%1”.</source>
            <translation>--id-type attend uuid ou mid, pas « %1 ».</translation>
        </message>
        <message>
            <source>--seed takes a whole number, not “%1”.</source>
            <translation>--seed attend un nombre entier, pas « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n utilisateur généré</numerusform>
                <numerusform>%n utilisateurs générés</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>line %1 skipped: %2</source>
            <translation>ligne %1 ignorée : %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) skipped.</source>
            <translation>
                <numerusform>… et %n autre ligne ignorée.</numerusform>
                <numerusform>… et %n autres lignes ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 answered, %2 with DCS errors, %3 failed, %4 invalid, %5 not sent; %6 calls/s; latency p50 %7 ms, p95 %8 ms, p99 %9 ms.</source>
            <translation>%1 avec réponse, %2 avec erreurs DCS, %3 en échec, %4 non valides, %5 non envoyées ; %6 appels/s ; latence p50 %7 ms, p95 %8 ms, p99 %9 ms.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>appels</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>skip|stop</source>
            <translation>skip|stop</translation>
        </message>
        <message>
            <source>line %1, user %2: %3</source>
            <translation>ligne %1, utilisateur %2 : %3</translation>
        </message>
        <message>
            <source>CSV file of users (or - for stdin) with a d_uuid or d_mid column and optional c_, p_, d_, h_ signal columns, d_cid, d_cid_ic, d_orgid, region, and the expectations expect_segments, expect_not_segments and expect_destinations.</source>
            <translation>Fichier CSV des utilisateurs (ou - pour l’entrée standard) avec une colonne d_uuid ou d_mid et, en option, des colonnes de signaux c_, p_, d_, h_, ainsi que d_cid, d_cid_ic, d_orgid, region et les attentes expect_segments, expect_not_segments et expect_destinations.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) with failed or unchecked expectations.</source>
            <translation>
                <numerusform>… et %n autre ligne dont les attentes ne sont pas remplies ou pas vérifiées.</numerusform>
                <numerusform>… et %n autres lignes dont les attentes ne sont pas remplies ou pas vérifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the --out CSV without the UTF-8 byte order mark (kept by default so that Excel reads the file as UTF-8).</source>
            <translation>Écrire le CSV de --out sans l’indicateur d’ordre des octets UTF-8 (présent par défaut pour qu’Excel lise le fichier en UTF-8).</translation>
        </message>
        <message>
            <source>Send a request for every user of a CSV file (or N generated users) and summarize the answers.</source>
            <translation>Envoyer une requête pour chaque utilisateur d’un fichier CSV (ou N utilisateurs générés) et résumer les réponses.</translation>
        </message>
        <message>
            <source>At most this many calls per second (default: no limit for the sandbox or a loopback address, %1 for the live DCS).</source>
            <translation>Nombre maximal d’appels par seconde (par défaut : aucune limite pour la sandbox ou une adresse de bouclage, %1 pour le DCS réel).</translation>
        </message>
        <message numerus="yes">
            <source>Confirm a run of more than %n call(s) to the live DCS.</source>
            <translation>
                <numerusform>Confirmer une exécution de plus de %n appel vers le DCS réel.</numerusform>
                <numerusform>Confirmer une exécution de plus de %n appels vers le DCS réel.</numerusform>
            </translation>
        </message>
        <message>
            <source>This sends %1 calls to the live DCS, not the local sandbox. Add --yes to confirm (the rate is %2 calls per second unless you set --rate), or use --sandbox or a loopback --base-url to try it locally.</source>
            <translation>Cela envoie %1 appels au DCS réel, et non à la sandbox locale. Ajoutez --yes pour confirmer (le débit est de %2 appels par seconde sauf si vous indiquez --rate), ou utilisez --sandbox ou une adresse de bouclage dans --base-url pour essayer en local.</translation>
        </message>
        <message>
            <source>Seed for the generated users; the same seed gives the same users (default 1).</source>
            <translation>Graine des utilisateurs générés ; la même graine donne les mêmes utilisateurs (1 par défaut).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExpectations</name>
        <message>
            <source>Write a cookie name (aam_gpt), a destination ID or name, or url; add =TEXT (contains), ==TEXT (equals) or ~REGEX for the value, ! in front for “does not fire”, and separate several with ; (for example aam_gpt=1001;url=ads.example.com).</source>
            <translation>Écrivez un nom de cookie (aam_gpt), un ID ou un nom de destination, ou url ; ajoutez =TEXTE (contient), ==TEXTE (égal) ou ~REGEX pour la valeur, ! devant pour « n’est pas déclenchée », et séparez-en plusieurs par ; (par exemple aam_gpt=1001;url=ads.example.com).</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression (%2).</source>
            <translation>« %1 » n’est pas une expression régulière valide (%2).</translation>
        </message>
        <message>
            <source>“%1” names no destination. %2</source>
            <translation>« %1 » ne correspond à aucune destination. %2</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>L’espace de travail n’a pas de destination %1.</translation>
        </message>
        <message>
            <source>“%1” looks like a destination ID, but no workspace is open to look it up.</source>
            <translation>« %1 » ressemble à un ID de destination, mais aucun espace de travail n’est ouvert pour le chercher.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) has no URL format to look for; write url=TEXT with a part of the URL it fires.</source>
            <translation>La destination %1 (%2) n’a pas de format d’URL à rechercher ; écrivez url=TEXTE avec une partie de l’URL qu’elle appelle.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) is server-to-server: it never appears in an answer, so it cannot be expected there.</source>
            <translation>La destination %1 (%2) est de type serveur à serveur : elle n’apparaît jamais dans une réponse et ne peut donc pas y être attendue.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not a segment ID. Write segment IDs separated by ; (for example 1001;1002).</source>
            <translation>« %1 » dans la colonne %2 n’est pas un ID de segment. Écrivez les ID de segment séparés par ; (par exemple 1001;1002).</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Colonne %1 : %2</translation>
        </message>
        <message>
            <source>The expected segments cannot be checked: the template does not ask for segment IDs. Set Traits and segments to 2 (d_cts=2, --cts 2 on the command line).</source>
            <translation>Les segments attendus ne peuvent pas être vérifiés : le modèle ne demande pas les ID de segment. Réglez « Caractéristiques et segments » sur 2 (d_cts=2, --cts 2 en ligne de commande).</translation>
        </message>
        <message>
            <source>The expected URL destinations cannot be checked: the template does not ask for them. Tick URL destinations (d_dst=1, --dst on the command line).</source>
            <translation>Les destinations d’URL attendues ne peuvent pas être vérifiées : le modèle ne les demande pas. Cochez « Destinations d’URL » (d_dst=1, --dst en ligne de commande).</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Non vérifiées : la ligne n’a pas reçu de réponse.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer. %1</source>
            <translation>Non vérifiées : la ligne n’a pas reçu de réponse. %1</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for segment IDs (d_cts=2).</source>
            <translation>Non vérifiée : %1. Le modèle ne demande pas les ID de segment (d_cts=2).</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for URL destinations (d_dst=1).</source>
            <translation>Non vérifiée : %1. Le modèle ne demande pas les destinations d’URL (d_dst=1).</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>Non vérifiée : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) failed their expectations</source>
            <translation>
                <numerusform>Attentes non remplies : %1 sur %n ligne</numerusform>
                <numerusform>Attentes non remplies : %1 sur %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2 passed, %3 not checked.</source>
            <translation>%1 ; %2 remplies, %3 non vérifiées.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExport</name>
        <message>
            <source>Cannot write the results: %1</source>
            <translation>Impossible d’écrire les résultats : %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder or file name.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier ou nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchHistory</name>
        <message>
            <source>Cannot save the run in the history (%1): %2</source>
            <translation>Impossible d’enregistrer l’exécution dans l’historique (%1) : %2</translation>
        </message>
        <message>
            <source>Cannot read the batch history (%1): %2</source>
            <translation>Impossible de lire l’historique des lots (%1) : %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchInput</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>The file is empty. A batch CSV starts with a header line such as d_uuid,c_color.</source>
            <translation>Le fichier est vide. Un CSV de lot commence par une ligne d’en-tête comme d_uuid,c_color.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice in the header. Keep one.</source>
            <translation>La colonne « %1 » apparaît deux fois dans la ligne d’en-tête. Gardez-en une.</translation>
        </message>
        <message>
            <source>The header has both d_uuid and d_mid. Keep one user ID column.</source>
            <translation>La ligne d’en-tête contient d_uuid et d_mid. Gardez une seule colonne d’ID utilisateur.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: it is set once for all users in the request template.</source>
            <translation>La colonne « %1 » est ignorée : elle est définie une fois pour tous les utilisateurs dans le modèle de requête.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: signal columns start with c_, p_, d_ or h_.</source>
            <translation>La colonne « %1 » est ignorée : les colonnes de signaux commencent par c_, p_, d_ ou h_.</translation>
        </message>
        <message>
            <source>The header has no d_uuid or d_mid column, so the rows name no user. Add one (for example d_uuid,c_color).</source>
            <translation>La ligne d’en-tête ne contient ni colonne d_uuid ni colonne d_mid : les lignes ne désignent donc aucun utilisateur. Ajoutez-en une (par exemple d_uuid,c_color).</translation>
        </message>
        <message>
            <source>The file has more than %1 rows; split it into smaller batches.</source>
            <translation>Le fichier a plus de %1 lignes ; divisez-le en lots plus petits.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Quote values that contain the delimiter.</source>
            <translation>Champs dans cette ligne : %1, dans la ligne d’en-tête : %2. Mettez entre guillemets les valeurs qui contiennent le délimiteur.</translation>
        </message>
        <message>
            <source>No user ID in the %1 column.</source>
            <translation>Pas d’ID utilisateur dans la colonne %1.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use a DCS region ID (3, 4, 6, 7, 8, 9, 11, 12) or a code such as usw2.</source>
            <translation>Région inconnue « %1 ». Utilisez un ID de région DCS (3, 4, 6, 7, 8, 9, 11, 12) ou un code comme usw2.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not NAMESPACE:ID[:AUTH], for example 123:abc or crm_code:abc:1; separate several with |.</source>
            <translation>« %1 » dans la colonne %2 n’a pas la forme ESPACE_DE_NOMS:ID[:AUTH], par exemple 123:abc ou crm_code:abc:1 ; séparez-en plusieurs par |.</translation>
        </message>
        <message>
            <source>The file has a header but no rows of users.</source>
            <translation>Le fichier a une ligne d’en-tête, mais aucune ligne d’utilisateur.</translation>
        </message>
        <message>
            <source>Generate between 1 and %1 users, not %2.</source>
            <translation>Générez entre 1 et %1 utilisateurs, pas %2.</translation>
        </message>
        <message>
            <source>The column “%1” is not an expectation DCS Desk knows. Use %2.</source>
            <translation>La colonne « %1 » n’est pas une attente connue de DCS Desk. Utilisez %2.</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
        <message>
            <source>saved %1, SHA-256 %2</source>
            <translation>enregistré le %1, SHA-256 %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchResultModel</name>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>Erreurs DCS</translation>
        </message>
        <message>
            <source>Cookie destinations</source>
            <translation>Destinations de cookie</translation>
        </message>
        <message>
            <source>URL destinations</source>
            <translation>Destinations d’URL</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>Durée (ms)</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Attentes</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRowResult</name>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <source>Invalid row</source>
            <translation>Ligne non valide</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Remplies</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>NON REMPLIES</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Non vérifiées</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulé</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRunner</name>
        <message>
            <source>The batch is already running.</source>
            <translation>Le lot est déjà en cours d’exécution.</translation>
        </message>
        <message>
            <source>The request is refused: %1</source>
            <translation>La requête est refusée : %1</translation>
        </message>
        <message>
            <source>No row can be sent: %1</source>
            <translation>Aucune ligne ne peut être envoyée : %1</translation>
        </message>
        <message>
            <source>No row can be sent: every row of the input is invalid.</source>
            <translation>Aucune ligne ne peut être envoyée : toutes les lignes de l’entrée sont non valides.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent; the first is line %1: %2</source>
            <translation>
                <numerusform>%n ligne ne peut pas être envoyée (ligne %1) : %2</numerusform>
                <numerusform>%n lignes ne peuvent pas être envoyées ; la première est la ligne %1 : %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent: %1</source>
            <translation>
                <numerusform>%n ligne ne peut pas être envoyée : %1</numerusform>
                <numerusform>%n lignes ne peuvent pas être envoyées : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1. Give each user's own IDs in the input (columns d_cid or d_cid_ic).</source>
            <translation>Non envoyé avec l’appel de chaque utilisateur, car cela identifie un seul utilisateur : %1. Indiquez les ID propres à chaque utilisateur dans l’entrée (colonnes d_cid ou d_cid_ic).</translation>
        </message>
        <message>
            <source>Every user's call: %1 %2</source>
            <translation>Appel de chaque utilisateur : %1 %2</translation>
        </message>
        <message>
            <source>Parameters for every user: %1</source>
            <translation>Paramètres pour tous les utilisateurs : %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Headers for every user: %1</source>
            <translation>En-têtes pour tous les utilisateurs : %1</translation>
        </message>
        <message>
            <source>From each user's row: the user ID (d_uuid or d_mid), and the row's own signals, d_cid, d_cid_ic, d_orgid and region.</source>
            <translation>De la ligne de chaque utilisateur : l’ID utilisateur (d_uuid ou d_mid) et les signaux propres à la ligne, d_cid, d_cid_ic, d_orgid et la région.</translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1.</source>
            <translation>Non envoyé avec l’appel de chaque utilisateur, car cela identifie un seul utilisateur : %1.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Non vérifiées : la ligne n’a pas reçu de réponse.</translation>
        </message>
        <message>
            <source>Not checked: the row was not sent.</source>
            <translation>Non vérifiées : la ligne n’a pas été envoyée.</translation>
        </message>
        <message>
            <source>Canceled while waiting to retry.</source>
            <translation>Annulé pendant l’attente d’une nouvelle tentative.</translation>
        </message>
        <message>
            <source>Canceled while the call was in flight.</source>
            <translation>Annulé pendant que l’appel était en cours.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled first.</source>
            <translation>Non envoyé : l’exécution a été annulée avant l’envoi.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchView</name>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>&amp;CSV file:</source>
            <translation>Fichier &amp;CSV :</translation>
        </message>
        <message>
            <source>&amp;Generate:</source>
            <translation>&amp;Générer :</translation>
        </message>
        <message>
            <source>A CSV with a d_uuid or d_mid column</source>
            <translation>CSV avec d_uuid ou d_mid</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Parc&amp;ourir…</translation>
        </message>
        <message>
            <source> users</source>
            <translation> utilisateurs</translation>
        </message>
        <message>
            <source>Invalid rows:</source>
            <translation>Lignes non valides :</translation>
        </message>
        <message>
            <source>Skip them and send the others</source>
            <translation>Les ignorer et envoyer les autres</translation>
        </message>
        <message>
            <source>Stop: send nothing</source>
            <translation>Arrêter : ne rien envoyer</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil :</translation>
        </message>
        <message>
            <source>Te&amp;mplate:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>URL destinations (d_dst=1)</source>
            <translation>Destinations d’URL (d_dst=1)</translation>
        </message>
        <message>
            <source>Traits and segments (d_cts):</source>
            <translation>Caractéristiques et segments (d_cts) :</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivés</translation>
        </message>
        <message>
            <source>1 — legacy segment IDs</source>
            <translation>1 — anciens ID de segment</translation>
        </message>
        <message>
            <source>2 — segment IDs</source>
            <translation>2 — ID de segment</translation>
        </message>
        <message>
            <source>Signals for every user:</source>
            <translation>Signaux pour chaque utilisateur :</translation>
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
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Cadence</translation>
        </message>
        <message>
            <source>Calls at &amp;once:</source>
            <translation>Appels &amp;simultanés :</translation>
        </message>
        <message>
            <source>&amp;Rate limit:</source>
            <translation>Limite de dé&amp;bit :</translation>
        </message>
        <message>
            <source> calls/s</source>
            <translation> appels/s</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source>Re&amp;tries:</source>
            <translation>Nouvelles &amp;tentatives :</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>Start the batch (%1)</source>
            <translation>Démarrer le lot (%1)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Save the results as CSV or JSON Lines (%1)</source>
            <translation>Enregistrer les résultats en CSV ou JSON Lines (%1)</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Compteur</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Toutes les lignes</translation>
        </message>
        <message>
            <source>OK (200, no DCS errors)</source>
            <translation>OK (200, sans erreur DCS)</translation>
        </message>
        <message>
            <source>With DCS errors</source>
            <translation>Avec erreurs DCS</translation>
        </message>
        <message>
            <source>Not HTTP 200</source>
            <translation>Autre que HTTP 200</translation>
        </message>
        <message>
            <source>Failed or not sent</source>
            <translation>En échec ou non envoyées</translation>
        </message>
        <message>
            <source>Invalid rows</source>
            <translation>Lignes non valides</translation>
        </message>
        <message>
            <source>Filter by user, tid, error code…</source>
            <translation>Filtrer par utilisateur, tid, code d’erreur…</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox locale</translation>
        </message>
        <message>
            <source>Empty request</source>
            <translation>Requête vide</translation>
        </message>
        <message>
            <source>From the request console</source>
            <translation>Depuis la console de requêtes</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistrée : %1</translation>
        </message>
        <message>
            <source>Open a CSV of users</source>
            <translation>Ouvrir un CSV d’utilisateurs</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot use this CSV file</source>
            <translation>Impossible d’utiliser ce fichier CSV</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) to send</source>
            <translation>
                <numerusform>%n utilisateur à envoyer</numerusform>
                <numerusform>%n utilisateurs à envoyer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n row(s) cannot be sent</source>
            <translation>
                <numerusform>· %n ligne ne peut pas être envoyée</numerusform>
                <numerusform>· %n lignes ne peuvent pas être envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n note(s)</source>
            <translation>
                <numerusform>· %n remarque</numerusform>
                <numerusform>· %n remarques</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Choose a CSV file of users first, or generate users.</source>
            <translation>Choisissez d’abord un fichier CSV d’utilisateurs, ou générez des utilisateurs.</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n utilisateur généré</numerusform>
                <numerusform>%n utilisateurs générés</numerusform>
            </translation>
        </message>
        <message>
            <source>The local sandbox cannot start: %1</source>
            <translation>La sandbox locale ne peut pas démarrer : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent and are skipped; see the Invalid rows filter.</source>
            <translation>
                <numerusform>%n ligne ne peut pas être envoyée et est ignorée ; voir le filtre « Lignes non valides ».</numerusform>
                <numerusform>%n lignes ne peuvent pas être envoyées et sont ignorées ; voir le filtre « Lignes non valides ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Not started.</source>
            <translation>Pas encore démarré.</translation>
        </message>
        <message>
            <source>%1 of %2 (%p%)</source>
            <translation>%1 sur %2 (%p %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 appels/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>temps restant %1</translation>
        </message>
        <message>
            <source>elapsed %1</source>
            <translation>temps écoulé %1</translation>
        </message>
        <message>
            <source>latency p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
            <translation>latence p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
        </message>
        <message numerus="yes">
            <source>%n retry(ies)</source>
            <translation>
                <numerusform>%n nouvelle tentative</numerusform>
                <numerusform>%n nouvelles tentatives</numerusform>
            </translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Erreur %1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>In flight</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Rate limited (429)</source>
            <translation>Trop d’appels (429)</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>Pa&amp;use</translation>
        </message>
        <message>
            <source>Done: %1 answered, %2 with DCS errors, %3 failed.</source>
            <translation>Terminé : %1 avec réponse, %2 avec erreurs DCS, %3 en échec.</translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Exporter les résultats du lot</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>%1 The run summary was not saved in the history: %2</source>
            <translation>%1 Le résumé de l’exécution n’a pas été enregistré dans l’historique : %2</translation>
        </message>
        <message>
            <source>What each call sends:</source>
            <translation>Ce que chaque appel envoie :</translation>
        </message>
        <message>
            <source>What each call of the run sends</source>
            <translation>Ce que chaque appel de l’exécution envoie</translation>
        </message>
        <message>
            <source>No batch run yet</source>
            <translation>Aucune exécution par lot pour l’instant</translation>
        </message>
        <message>
            <source>Number of users to generate</source>
            <translation>Nombre d’utilisateurs à générer</translation>
        </message>
        <message>
            <source>Filter results</source>
            <translation>Filtrer les résultats</translation>
        </message>
        <message>
            <source>Rows shown</source>
            <translation>Lignes affichées</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Compteurs</translation>
        </message>
        <message>
            <source>Results of the batch</source>
            <translation>Résultats de l’exécution par lot</translation>
        </message>
        <message numerus="yes">
            <source>· %n with expectations</source>
            <translation>
                <numerusform>· %n avec attentes</numerusform>
                <numerusform>· %n avec attentes</numerusform>
            </translation>
        </message>
        <message>
            <source>With expectations</source>
            <translation>Avec attentes</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Remplies</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Non vérifiées</translation>
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
                <numerusform>Attentes (%n) :</numerusform>
                <numerusform>Attentes (%n) :</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Ligne %1</translation>
        </message>
        <message>
            <source>Line %1, user %2</source>
            <translation>Ligne %1, utilisateur %2</translation>
        </message>
        <message>
            <source>Choose a CSV file: a header with d_uuid or d_mid, and optional c_, p_, d_, h_ signal columns, d_cid, d_orgid, region and expect_ columns (what each answer must show).</source>
            <translation>Choisissez un fichier CSV : une ligne d’en-tête avec d_uuid ou d_mid et des colonnes de signaux facultatives c_, p_, d_, h_, ainsi que d_cid, d_orgid, region et des colonnes expect_ (ce que chaque réponse doit montrer).</translation>
        </message>
        <message>
            <source>Failed or unchecked expectations</source>
            <translation>Attentes non remplies ou non vérifiées</translation>
        </message>
        <message>
            <source>CSV, failed or unchecked expectations only (*.csv)</source>
            <translation>CSV, attentes non remplies ou non vérifiées seulement (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines, failed or unchecked expectations only (*.jsonl)</source>
            <translation>JSON Lines, attentes non remplies ou non vérifiées seulement (*.jsonl)</translation>
        </message>
        <message>
            <source>Saved the rows with failed or unchecked expectations in %1.</source>
            <translation>Les lignes dont les attentes ne sont pas remplies ou pas vérifiées ont été enregistrées dans %1.</translation>
        </message>
        <message>
            <source>Input: %1 (%2).</source>
            <translation>Entrée : %1 (%2).</translation>
        </message>
        <message>
            <source>Nothing was sent: %1 cannot be read again as it is on disk now: %2</source>
            <translation>Rien n’a été envoyé : %1 ne peut pas être relu tel qu’il est maintenant sur le disque : %2</translation>
        </message>
        <message>
            <source>%1 changed on disk since it was loaded: this run uses the file as it is now.</source>
            <translation>%1 a changé sur le disque depuis son chargement : cette exécution utilise le fichier tel qu’il est maintenant.</translation>
        </message>
        <message>
            <source>CSV for spreadsheets, UTF-8 with BOM (*.csv)</source>
            <translation>CSV pour tableurs, UTF-8 avec BOM (*.csv)</translation>
        </message>
        <message>
            <source>CSV for scripts, UTF-8 without BOM (*.csv)</source>
            <translation>CSV pour scripts, UTF-8 sans BOM (*.csv)</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>expectations not met</comment>
            <translation>Non remplies</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) with random 38-digit IDs (as dcsdesk-cli batch --generate makes them).</source>
            <translation>
                <numerusform>%n utilisateur avec un ID aléatoire de 38 chiffres (généré comme le fait dcsdesk-cli batch --generate).</numerusform>
                <numerusform>%n utilisateurs avec des ID aléatoires de 38 chiffres (générés comme le fait dcsdesk-cli batch --generate).</numerusform>
            </translation>
        </message>
        <message>
            <source>This run sends %1 calls to the live DCS of profile “%2”, not to the local sandbox, at %3 calls per second. Continue?</source>
            <translation>Cette exécution envoie %1 appels au DCS réel du profil « %2 », pas à la sandbox locale, à %3 appels par seconde. Continuer ?</translation>
        </message>
        <message>
            <source>Send to the live DCS?</source>
            <translation>Envoyer au DCS réel ?</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be sent; the “Invalid rows” setting skips them or stops the run.</source>
            <translation>
                <numerusform>%n ligne sur %1 ne peut pas être envoyée ; le réglage « Lignes non valides » l’ignore ou arrête l’exécution.</numerusform>
                <numerusform>%n lignes sur %1 ne peuvent pas être envoyées ; le réglage « Lignes non valides » les ignore ou arrête l’exécution.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Invalid Rows…</source>
            <translation>Afficher les lignes non valides…</translation>
        </message>
        <message>
            <source>At most this many calls start per second. Runs against the live DCS start at %1 calls per second unless you set a rate.</source>
            <translation>Nombre maximal d’appels lancés par seconde. Sans débit indiqué, les exécutions vers le DCS réel sont limitées à %1 appels par seconde.</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network; Retry-After is honored.</source>
            <translation>Nouvelles tentatives d’un appel qui a reçu la réponse 429 ou s’est perdu sur le réseau ; Retry-After est respecté.</translation>
        </message>
        <message>
            <source>Canceled or not sent</source>
            <translation>Annulées ou non envoyées</translation>
        </message>
        <message>
            <source>Canceled: %1 answered, %2 not sent.</source>
            <translation>Annulé : %1 avec réponse, %2 non envoyées.</translation>
        </message>
        <message>
            <source>A batch sends one call for each of many users, at the pace you set, and counts the answers. Choose the users above (a CSV file of user IDs, or a number of generated users), the profile and the request, then click Start. The result of every call is listed here.</source>
            <translation>Un lot envoie un appel par utilisateur, pour de nombreux utilisateurs, à la cadence que vous choisissez, et compte les réponses. Choisissez ci-dessus les utilisateurs (un fichier CSV d’ID utilisateur ou un nombre d’utilisateurs générés), le profil et la requête, puis cliquez sur « Démarrer ». Le résultat de chaque appel s’affiche ici.</translation>
        </message>
        <message>
            <source>Rows That Cannot Be Sent</source>
            <translation>Lignes qui ne peuvent pas être envoyées</translation>
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
            <source>Set the a&amp;lias to</source>
            <translation>Définir l’a&amp;lias à</translation>
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
            <translation>Espaces réservés : {sid} ID de segment, {code} code d’intégration, {name} nom du segment, {value} la valeur actuelle, {second} la seconde valeur actuelle.</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>Définir la &amp;priorité à</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
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
            <translation>Segment %1 : « %2 » devient « %3 ».</translation>
        </message>
        <message>
            <source>Example: seg-{sid} gives seg-1005 for segment 1005.</source>
            <translation>Exemple : seg-{sid} donne seg-1005 pour le segment 1005.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value; untick it to keep each mapping's own.</source>
            <translation>Cochez pour donner cette valeur à tous les mappages sélectionnés ; décochez pour que chaque mappage garde la sienne.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this start date.</source>
            <translation>Cochez pour donner cette date de début à tous les mappages sélectionnés.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this end date, or no end date (Never).</source>
            <translation>Cochez pour donner cette date de fin à tous les mappages sélectionnés, ou aucune (« Jamais »).</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value of its key; untick it to keep each mapping's own.</source>
            <translation>Cochez pour donner cette valeur de clé à tous les mappages sélectionnés ; décochez pour que chaque mappage garde la sienne.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this priority.</source>
            <translation>Cochez pour donner cette priorité à tous les mappages sélectionnés.</translation>
        </message>
        <message>
            <source>Set the &amp;value of the key to</source>
            <translation>Définir la &amp;valeur de la clé à</translation>
        </message>
        <message>
            <source>Only the checked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Seuls les champs cochés sont modifiés ; les autres gardent la valeur propre à chaque mappage. L’opération constitue une seule étape dans l’historique d’annulation.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CallQualification</name>
        <message>
            <source>Segment %1 qualifies: its rule %2 holds for this call's signals.</source>
            <translation>Le segment %1 est qualifié : sa règle %2 est vérifiée pour les signaux de cet appel.</translation>
        </message>
        <message>
            <source>Segment %1 qualifies: d_sid asks for it.</source>
            <translation>Le segment %1 est qualifié : d_sid le demande.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the workspace.</source>
            <translation>Le segment %1 n’est pas dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Segment %1 is inactive in the workspace.</source>
            <translation>Le segment %1 est inactif dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Segment %1 has no rule: only d_sid qualifies a user for it.</source>
            <translation>Le segment %1 n’a pas de règle : seul d_sid peut qualifier un utilisateur pour ce segment.</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule has an error (%2).</source>
            <translation>Le segment %1 n’est pas qualifié : sa règle contient une erreur (%2).</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule %2 is false for this call's signals.</source>
            <translation>Le segment %1 n’est pas qualifié : sa règle %2 est fausse pour les signaux de cet appel.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureCall</name>
        <message>
            <source>call %1 (%2)</source>
            <translation>appel %1 (%2)</translation>
        </message>
        <message>
            <source>Opted out of Audience Manager (NOTARGET)</source>
            <translation>Désinscrit d’Audience Manager (NOTARGET)</translation>
        </message>
        <message>
            <source>Audience Manager user ID (UUID) %1</source>
            <translation>ID utilisateur Audience Manager (UUID) %1</translation>
        </message>
        <message>
            <source>data source %1 on %2</source>
            <translation>source de données %1 le %2</translation>
        </message>
        <message>
            <source>Opted out (NOTARGET)</source>
            <translation>Désinscrit (NOTARGET)</translation>
        </message>
        <message>
            <source>Last ID syncs: %1</source>
            <translation>Dernières synchronisations d’ID : %1</translation>
        </message>
        <message>
            <source>destination %1 on %2</source>
            <translation>destination %1 le %2</translation>
        </message>
        <message>
            <source>Destination send errors: %1</source>
            <translation>Erreurs d’envoi aux destinations : %1</translation>
        </message>
        <message>
            <source>ECID %1</source>
            <translation>ECID %1</translation>
        </message>
        <message>
            <source>organization %1</source>
            <translation>organisation %1</translation>
        </message>
        <message>
            <source>region %1</source>
            <translation>région %1</translation>
        </message>
        <message numerus="yes">
            <source>The capture did not save this answer's body (%n byte(s)): save the HAR again with its content to decode the answer.</source>
            <translation>
                <numerusform>La capture n’a pas enregistré le corps de cette réponse (%n octet) : enregistrez de nouveau le HAR avec son contenu pour décoder la réponse.</numerusform>
                <numerusform>La capture n’a pas enregistré le corps de cette réponse (%n octets) : enregistrez de nouveau le HAR avec son contenu pour décoder la réponse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asks for a JSON answer (d_rtbd=json) so that it can be read; the browser's call asked for a pixel.</source>
            <translation>Demande une réponse JSON (d_rtbd=json) pour pouvoir la lire ; l’appel du navigateur demandait un pixel.</translation>
        </message>
        <message>
            <source>Without the JSONP callback d_cb=%1: a server reads JSON.</source>
            <translation>Sans la fonction de rappel JSONP d_cb=%1 : un serveur lit du JSON.</translation>
        </message>
        <message>
            <source>An /event call for the same user without signals: the captured call went to %1, which has no server-to-server form.</source>
            <translation>Un appel /event sans signaux pour le même utilisateur : l’appel capturé a été envoyé à %1, qui n’a pas de forme serveur à serveur.</translation>
        </message>
        <message>
            <source>the %1 cookie sent with %2</source>
            <extracomment>Fills "from %3" in "ECID %1 and organization %2 from %3." and "of %2" in "Region %1 from the location hint (MCAAMLH) of %2."; %2 is "call 3 (event)"</extracomment>
            <translation>cookie %1 envoyé avec l’%2</translation>
        </message>
        <message>
            <source>the %1 cookie sent to %2 with %3</source>
            <extracomment>Fills "from %3" and "of %2" like "the %1 cookie sent with %2"</extracomment>
            <translation>cookie %1 envoyé à %2 avec l’%3</translation>
        </message>
        <message>
            <source>ECID %1 and organization %2 from %3.</source>
            <translation>ECID %1 et organisation %2 tirés du %3.</translation>
        </message>
        <message>
            <source>Region %1 from the location hint (MCAAMLH) of %2.</source>
            <translation>Région %1 tirée de l’indication de localisation (MCAAMLH) du %2.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid of %2.</source>
            <translation>ECID %1 tiré de d_mid de l’%2.</translation>
        </message>
        <message>
            <source>User ID %1 from d_uuid of %2.</source>
            <translation>ID utilisateur %1 tiré de d_uuid de l’%2.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie sent with %2.</source>
            <translation>ID utilisateur %1 tiré du cookie demdex envoyé avec l’%2.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid in the answer to %2.</source>
            <translation>ECID %1 tiré de d_mid dans la réponse à l’%2.</translation>
        </message>
        <message>
            <source>User ID %1 from the uuid of the answer to %2.</source>
            <translation>ID utilisateur %1 tiré de l’uuid de la réponse à l’%2.</translation>
        </message>
        <message>
            <source>The user opted out (demdex=NOTARGET): the DCS answers error 171 and keeps no data for this user.</source>
            <translation>L’utilisateur s’est désinscrit (demdex=NOTARGET) : le DCS répond par l’erreur 171 et ne garde aucune donnée sur cet utilisateur.</translation>
        </message>
        <message>
            <source>%1 names no user: no AMCV or demdex cookie was sent, it has no d_mid or d_uuid and its answer no uuid. Choose a call that sent the user's cookies, or enter a user ID in the console.</source>
            <translation>L’%1 ne désigne aucun utilisateur : aucun cookie AMCV ni demdex n’a été envoyé, il n’a ni d_mid ni d_uuid et sa réponse n’a pas d’uuid. Choisissez un appel qui a envoyé les cookies de l’utilisateur, ou saisissez un ID utilisateur dans la console.</translation>
        </message>
        <message>
            <source>Region %1 from dcs_region in the answer to %2.</source>
            <translation>Région %1 tirée de dcs_region dans la réponse à l’%2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host of %2.</source>
            <translation>Alias %1 tiré de l’hôte de l’%2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host %2 of %3 in the same capture.</source>
            <translation>Alias %1 tiré de l’hôte %2 de l’%3 dans la même capture.</translation>
        </message>
        <message>
            <source>No &lt;alias&gt;.demdex.net host in the capture (the site calls Audience Manager through %1): choose the profile with the alias behind it.</source>
            <translation>Aucun hôte &lt;alias&gt;.demdex.net dans la capture (le site appelle Audience Manager via %1) : choisissez le profil dont l’alias se trouve derrière cet hôte.</translation>
        </message>
        <message>
            <source>%1 is not an Audience Manager call (DCS endpoint on *.demdex.net or a profile's CNAME host): there is no server-to-server form of it.</source>
            <translation>L’%1 n’est pas un appel Audience Manager (point de terminaison du DCS sur *.demdex.net ou sur l’hôte CNAME d’un profil) : il n’a pas de forme serveur à serveur.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie set by the answer to %2.</source>
            <translation>ID utilisateur %1 tiré du cookie demdex défini par la réponse à l’%2.</translation>
        </message>
        <message>
            <source>Names the user by d_uuid instead of the call's d_mid %1: both name the same user, and d_uuid is the profile's own ID.</source>
            <translation>Désigne l’utilisateur par d_uuid au lieu du d_mid %1 de l’appel : les deux désignent le même utilisateur, et d_uuid est l’ID propre au profil.</translation>
        </message>
        <message>
            <source>The browser recorded no answer: the call was blocked, failed or was canceled.</source>
            <translation>Le navigateur n’a enregistré aucune réponse : l’appel a été bloqué, a échoué ou a été annulé.</translation>
        </message>
        <message>
            <source>The capture names no region: choose the user's region in the console (a wrong region still works, but more slowly).</source>
            <translation>La capture n’indique aucune région : choisissez la région de l’utilisateur dans la console (une mauvaise région fonctionne aussi, mais plus lentement).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureDetails</name>
        <message>
            <source>The call as the browser sent it (URL, headers, cookies, body) in the console, with the captured answer.</source>
            <translation>L’appel tel que le navigateur l’a envoyé (URL, en-têtes, cookies, corps) dans la console, avec la réponse capturée.</translation>
        </message>
        <message>
            <source>&amp;Replay in Sandbox</source>
            <translation>&amp;Rejouer dans la sandbox</translation>
        </message>
        <message>
            <source>Replay on the &amp;Live DCS…</source>
            <translation>Rejouer sur le &amp;DCS réel…</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>Cookies</source>
            <translation>Cookies</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Server-to-Server</source>
            <translation>Serveur à serveur</translation>
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
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expiration</translation>
        </message>
        <message>
            <source>Select a call to read it.</source>
            <translation>Sélectionnez un appel pour l’afficher.</translation>
        </message>
        <message>
            <source>Call %1 · %2 · %3 %4</source>
            <translation>Appel %1 · %2 · %3 %4</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>HTTP version</source>
            <translation>Version HTTP</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Autres clés</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>Clés %1</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Corps</translation>
        </message>
        <message>
            <source>Headers sent</source>
            <translation>En-têtes envoyés</translation>
        </message>
        <message numerus="yes">
            <source>%n header(s)</source>
            <translation>
                <numerusform>%n en-tête</numerusform>
                <numerusform>%n en-têtes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent with the call</source>
            <translation>Envoyés avec l’appel</translation>
        </message>
        <message>
            <source>Set by the answer</source>
            <translation>Définis par la réponse</translation>
        </message>
        <message>
            <source>End of the browser session</source>
            <translation>Fin de la session du navigateur</translation>
        </message>
        <message>
            <source>%1 (domain %2)</source>
            <translation>%1 (domaine %2)</translation>
        </message>
        <message>
            <source>No cookie was sent.</source>
            <translation>Aucun cookie n’a été envoyé.</translation>
        </message>
        <message>
            <source>The answer set no cookie.</source>
            <translation>La réponse n’a défini aucun cookie.</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n cookie</numerusform>
                <numerusform>%n cookies</numerusform>
            </translation>
        </message>
        <message>
            <source>On the live DCS it is sent as:</source>
            <translation>Sur le DCS réel, il est envoyé ainsi :</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to the local sandbox and compares its answer with the captured one.</source>
            <translation>Envoie l’appel serveur à serveur de cet utilisateur à la sandbox locale et compare sa réponse à la réponse capturée.</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to %1 with Host %2, after you confirm, and compares its answer with the captured one.</source>
            <translation>Après votre confirmation, envoie l’appel serveur à serveur de cet utilisateur à %1 avec Host %2 et compare sa réponse à la réponse capturée.</translation>
        </message>
        <message>
            <source>Open in Co&amp;nsole</source>
            <translation>&amp;Ouvrir dans la console</translation>
        </message>
        <message>
            <source>HTTP %1: the capture did not save this answer's body (%2), so nothing of it can be decoded here; only its headers are known. Save the HAR again with the content to read the answer.</source>
            <translation>HTTP %1 : la capture n’a pas enregistré le corps de cette réponse (%2), rien ne peut donc en être décodé ici ; seuls ses en-têtes sont connus. Enregistrez de nouveau le HAR avec le contenu pour lire la réponse.</translation>
        </message>
        <message>
            <source>As a server-to-server call for the same user, this call is sent as an /event call:</source>
            <translation>Envoyé en serveur à serveur pour le même utilisateur, cet appel devient un appel /event :</translation>
        </message>
        <message>
            <source>The capture does not give the site's alias: open the call in the console and choose the profile with the alias there.</source>
            <translation>La capture ne donne pas l’alias du site : ouvrez l’appel dans la console et choisissez-y le profil qui utilise cet alias.</translation>
        </message>
        <message>
            <source>The capture does not give the user's region: open the call in the console and choose the region there.</source>
            <translation>La capture ne donne pas la région de l’utilisateur : ouvrez l’appel dans la console et choisissez-y la région.</translation>
        </message>
        <message>
            <source>To the local sandbox: %1 /event with these keys:</source>
            <translation>Vers la sandbox locale : %1 /event avec ces clés :</translation>
        </message>
        <message>
            <source>No answer (blocked, failed or canceled)</source>
            <translation>Aucune réponse (appel bloqué, en échec ou annulé)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureListModel</name>
        <message>
            <source>The capture did not save this answer's body.</source>
            <translation>La capture n’a pas enregistré le corps de cette réponse.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>Path and query</source>
            <translation>Chemin et chaîne de requête</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>DCS error codes in the answer's X-Error header: %1. The Answer tab says what each means.</source>
            <translation>Codes d’erreur DCS dans l’en-tête X-Error de la réponse : %1. L’onglet « Réponse » explique la signification de chacun.</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>Erreurs DCS</translation>
        </message>
        <message>
            <source>No answer: the browser recorded none (the call was blocked, failed or was canceled).</source>
            <translation>Aucune réponse : le navigateur n’en a enregistré aucune (l’appel a été bloqué, a échoué ou a été annulé).</translation>
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
            <translation>Ouvrir une &amp;capture…</translation>
        </message>
        <message>
            <source>Show &amp;All Entries</source>
            <translation>Afficher &amp;toutes les entrées</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Audience Manager calls</source>
            <translation>Appels Audience Manager</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Toutes les entrées</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Audience Manager calls: to *.demdex.net and to the hosts of your profiles' custom base URLs (the site's CNAME aliases).</source>
            <translation>Appels Audience Manager : vers *.demdex.net et vers les hôtes des URL de base personnalisées de vos profils (les alias CNAME du site).</translation>
        </message>
        <message>
            <source>Search URLs, keys, headers, cookies…</source>
            <translation>Rechercher dans les URL, clés, en-têtes, cookies…</translation>
        </message>
        <message>
            <source>Every word must appear in the call's URL, body, headers or cookies (case does not matter).</source>
            <translation>Chaque mot doit figurer dans l’URL, le corps, les en-têtes ou les cookies de l’appel (sans tenir compte de la casse).</translation>
        </message>
        <message>
            <source>Open Capture</source>
            <translation>Ouvrir une capture</translation>
        </message>
        <message>
            <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
            <translation>Fichiers HAR (*.har);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading %1 (%2)…</source>
            <translation>Lecture de %1 (%2)…</translation>
        </message>
        <message>
            <source>%1 could not be opened as a capture.</source>
            <translation>%1 n’a pas pu être ouvert comme capture.</translation>
        </message>
        <message>
            <source>%1 — still showing %2.</source>
            <translation>%1 — %2 reste affiché.</translation>
        </message>
        <message>
            <source>an unknown browser</source>
            <translation>un navigateur inconnu</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n Audience Manager call(s) among %2 entries (HAR %3, saved by %4).</source>
            <translation>
                <numerusform>%1 : %n appel Audience Manager parmi %2 entrées (HAR %3, enregistré par %4).</numerusform>
                <numerusform>%1 : %n appels Audience Manager parmi %2 entrées (HAR %3, enregistré par %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n entry(ies))</source>
            <translation>
                <numerusform>%1 (%n entrée)</numerusform>
                <numerusform>%1 (%n entrées)</numerusform>
            </translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or a profile's custom base URL). Its hosts: %1.</source>
            <translation>Aucun appel de cette capture n’a été envoyé à un hôte Audience Manager (*.demdex.net ou l’URL de base personnalisée d’un profil). Hôtes de la capture : %1.</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 sur %2 affichées</translation>
        </message>
        <message>
            <source>No capture open</source>
            <translation>Aucune capture ouverte</translation>
        </message>
        <message>
            <source>No Audience Manager calls in this capture</source>
            <translation>Aucun appel Audience Manager dans cette capture</translation>
        </message>
        <message>
            <source>No call matches the filter</source>
            <translation>Aucun appel ne correspond au filtre</translation>
        </message>
        <message>
            <source>Change the type or the search, or show all entries.</source>
            <translation>Modifiez le type ou la recherche, ou affichez toutes les entrées.</translation>
        </message>
        <message>
            <source>Captured call %1 of %2</source>
            <translation>Appel capturé %1 de %2</translation>
        </message>
        <message>
            <source>Call %1 of the capture %2, as the browser sent it on %3; the answer shown is the captured one.</source>
            <translation>Appel %1 de la capture %2, tel que le navigateur l’a envoyé le %3 ; la réponse affichée est celle qui a été capturée.</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Rejouer</translation>
        </message>
        <message>
            <source>Replay on the Live DCS</source>
            <translation>Rejouer sur le DCS réel</translation>
        </message>
        <message>
            <source>Send call %1 for user %2 to the live DCS (%3)? Audience Manager counts it as a new visit of this user: the signals are realized again.</source>
            <translation>Envoyer l’appel %1 de l’utilisateur %2 au DCS réel (%3) ? Audience Manager le compte comme une nouvelle visite de cet utilisateur : les signaux sont de nouveau pris en compte.</translation>
        </message>
        <message>
            <source>Server-to-server replay of call %1 of %2.</source>
            <translation>Rejeu serveur à serveur de l’appel %1 de %2.</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Capture</source>
            <translation>Ouvrir la capture d’e&amp;xemple</translation>
        </message>
        <message>
            <source>A visit of a test shop recorded by Chromium: ID service, ID syncs, pixel, JSON, JSONP and POST event calls.</source>
            <translation>Une visite d’une boutique de test enregistrée par Chromium : service d’ID, synchronisations d’ID, appels d’événement pixel, JSON, JSONP et POST.</translation>
        </message>
        <message>
            <source>Save &amp;Masked Copy…</source>
            <translation>Enregistrer une copie &amp;masquée…</translation>
        </message>
        <message>
            <source>A copy of the capture for a support ticket, with cookie values, user IDs, p_ values and credentials replaced: you see what is replaced before anything is saved.</source>
            <translation>Une copie de la capture pour un ticket de support, où les valeurs des cookies, les ID utilisateur, les valeurs p_ et les identifiants sont remplacés : vous voyez ce qui est remplacé avant tout enregistrement.</translation>
        </message>
        <message>
            <source>Masking %1…</source>
            <translation>Masquage de %1…</translation>
        </message>
        <message>
            <source>Search calls</source>
            <translation>Rechercher dans les appels</translation>
        </message>
        <message>
            <source>Calls shown</source>
            <translation>Appels affichés</translation>
        </message>
        <message>
            <source>Call type</source>
            <translation>Type d’appel</translation>
        </message>
        <message>
            <source>Show only calls of one type</source>
            <translation>N’afficher que les appels d’un type donné</translation>
        </message>
        <message>
            <source>Captured calls</source>
            <translation>Appels capturés</translation>
        </message>
        <message>
            <source>Open a HAR file saved by the browser's developer tools (Network › Export HAR in Chrome, Network › Save All As HAR in Firefox).</source>
            <translation>Ouvrir un fichier HAR enregistré avec les outils de développement du navigateur (Réseau › Exporter HAR dans Chrome, Réseau › Tout enregistrer en tant que HAR dans Firefox).</translation>
        </message>
        <message>
            <source>In Chrome or Chromium: Developer Tools › Network › Export HAR. In Firefox: Network › Save All As HAR. Open the file here or drop it on the window to read every Audience Manager call on the page, decoded.</source>
            <translation>Dans Chrome ou Chromium : Outils de développement › Réseau › Exporter HAR. Dans Firefox : Réseau › Tout enregistrer en tant que HAR. Ouvrez le fichier ici ou déposez-le sur la fenêtre pour voir tous les appels Audience Manager de la page, décodés.</translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), set that host as a profile's custom base URL and open the capture again.</source>
            <translation>Si le site appelle Audience Manager via son propre hôte (un CNAME), indiquez cet hôte comme URL de base personnalisée d’un profil, puis rouvrez la capture.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Check</name>
        <message>
            <source>The check's “%1” must be %2.</source>
            <translation>Dans la vérification, « %1 » doit être %2.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a list of numbers</source>
            <translation>une liste de nombres</translation>
        </message>
        <message>
            <source>“contains”, “equals” or “regex”</source>
            <translation>« contains », « equals » ou « regex »</translation>
        </message>
        <message>
            <source>a number of milliseconds above 0</source>
            <translation>un nombre de millisecondes supérieur à 0</translation>
        </message>
        <message>
            <source>a header name</source>
            <translation>un nom d’en-tête</translation>
        </message>
        <message>
            <source>A URL destination fires</source>
            <translation>Une destination d’URL est déclenchée</translation>
        </message>
        <message>
            <source>No URL destination fires</source>
            <translation>Aucune destination d’URL n’est déclenchée</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires</source>
            <translation>La destination de cookie %1 est déclenchée</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire</source>
            <translation>La destination de cookie %1 n’est pas déclenchée</translation>
        </message>
        <message>
            <source>A URL destination fires with the URL “%1”</source>
            <translation>Une destination d’URL appelle l’URL « %1 »</translation>
        </message>
        <message>
            <source>No URL destination fires with the URL “%1”</source>
            <translation>Aucune destination d’URL n’appelle l’URL « %1 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with the value “%2”</source>
            <translation>La destination de cookie %1 est déclenchée avec la valeur « %2 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with the value “%2”</source>
            <translation>La destination de cookie %1 n’est pas déclenchée avec la valeur « %2 »</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that matches “%1”</source>
            <translation>Une destination d’URL appelle une URL qui correspond à « %1 »</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that matches “%1”</source>
            <translation>Aucune destination d’URL n’appelle d’URL qui corresponde à « %1 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that matches “%2”</source>
            <translation>La destination de cookie %1 est déclenchée avec une valeur qui correspond à « %2 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that matches “%2”</source>
            <translation>La destination de cookie %1 n’est pas déclenchée avec une valeur qui correspond à « %2 »</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that contains “%1”</source>
            <translation>Une destination d’URL appelle une URL qui contient « %1 »</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that contains “%1”</source>
            <translation>Aucune destination d’URL n’appelle d’URL qui contienne « %1 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that contains “%2”</source>
            <translation>La destination de cookie %1 est déclenchée avec une valeur qui contient « %2 »</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that contains “%2”</source>
            <translation>La destination de cookie %1 n’est pas déclenchée avec une valeur qui contient « %2 »</translation>
        </message>
        <message>
            <source>HTTP status is %1</source>
            <translation>Le statut HTTP est %1</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>Aucune erreur DCS</translation>
        </message>
        <message>
            <source>DCS errors are exactly %1</source>
            <translation>Les erreurs DCS sont exactement %1</translation>
        </message>
        <message>
            <source>Segments qualify: %1</source>
            <translation>Segments qualifiés : %1</translation>
        </message>
        <message>
            <source>Segments do not qualify: %1</source>
            <translation>Segments non qualifiés : %1</translation>
        </message>
        <message>
            <source>The answer has a uuid</source>
            <translation>La réponse contient un uuid</translation>
        </message>
        <message>
            <source>uuid is %1</source>
            <translation>L’uuid est %1</translation>
        </message>
        <message>
            <source>dcs_region is %1</source>
            <translation>Le dcs_region est %1</translation>
        </message>
        <message>
            <source>The answer has a dcs_region</source>
            <translation>La réponse contient un dcs_region</translation>
        </message>
        <message>
            <source>Answer within %1 ms</source>
            <translation>Réponse en moins de %1 ms</translation>
        </message>
        <message>
            <source>Header %1 is present</source>
            <translation>L’en-tête %1 est présent</translation>
        </message>
        <message>
            <source>Check of unknown kind “%1”</source>
            <translation>Vérification de type inconnu « %1 »</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckCommand</name>
        <message>
            <source>Run the checks of a workspace's saved requests and report which passed; exit 1 when one fails.</source>
            <translation>Exécuter les vérifications des requêtes enregistrées d’un espace de travail et indiquer celles qui ont réussi ; code de sortie 1 si l’une échoue.</translation>
        </message>
        <message>
            <source>The workspace whose saved requests have checks.</source>
            <translation>L’espace de travail dont les requêtes enregistrées ont des vérifications.</translation>
        </message>
        <message>
            <source>Run only the saved requests with this tag (may be repeated).</source>
            <translation>N’exécuter que les requêtes enregistrées portant cette étiquette (répétable).</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>étiquette</translation>
        </message>
        <message>
            <source>Also write the results as JUnit XML to this file, for CI.</source>
            <translation>Écrire aussi les résultats en XML JUnit dans ce fichier, pour la CI.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>Start the local sandbox on the workspace and send the requests to it.</source>
            <translation>Démarrer la sandbox locale avec l’espace de travail et lui envoyer les requêtes.</translation>
        </message>
        <message>
            <source>Send with this profile of the workspace (default: the first one).</source>
            <translation>Envoyer avec ce profil de l’espace de travail (par défaut : le premier).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>Give up on a call after this many seconds (default 10).</source>
            <translation>Abandonner un appel après ce nombre de secondes (10 par défaut).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”.</source>
            <translation>L’espace de travail n’a pas de profil « %1 ».</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias.</source>
            <translation>L’espace de travail n’a aucun profil avec un alias de domaine : la sandbox répondrait à chaque appel par l’erreur 1. Ajoutez un profil avec un alias.</translation>
        </message>
        <message>
            <source>The workspace has no profile to send with; add one, or use --sandbox.</source>
            <translation>L’espace de travail ne contient aucun profil pour envoyer les appels ; ajoutez-en un ou utilisez --sandbox.</translation>
        </message>
        <message>
            <source>Profile “%1” sends to the local sandbox: add --sandbox to start it, or choose another profile with --profile.</source>
            <translation>Le profil « %1 » envoie à la sandbox locale : ajoutez --sandbox pour la démarrer, ou choisissez un autre profil avec --profile.</translation>
        </message>
        <message>
            <source>check takes one workspace file, e.g. “%1 check workspace.json --sandbox”.</source>
            <translation>check attend un fichier d’espace de travail, p. ex. « %1 check workspace.json --sandbox ».</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout attend un nombre de secondes entre 0 et 3600, pas « %1 ».</translation>
        </message>
        <message>
            <source>No saved request of %1 has checks, so nothing was checked. Add checks to a saved request (docs/workspace-format.md).</source>
            <translation>Aucune requête enregistrée de %1 n’a de vérifications : rien n’a été vérifié. Ajoutez des vérifications à une requête enregistrée (docs/workspace-format.md).</translation>
        </message>
        <message>
            <source>No saved request of %1 with the tag %2 has checks, so nothing was checked.</source>
            <translation>Aucune requête enregistrée de %1 portant l’étiquette %2 n’a de vérifications : rien n’a été vérifié.</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>La sandbox ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>The JUnit report cannot be written to %1: %2</source>
            <translation>Le rapport JUnit ne peut pas être écrit dans %1 : %2</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2 against the local sandbox.</source>
            <translation>Vérification de %1 avec le profil %2 sur la sandbox locale.</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2.</source>
            <translation>Vérification de %1 avec le profil %2.</translation>
        </message>
        <message>
            <source>%1 (HTTP %2, %3 ms)</source>
            <translation>%1 (HTTP %2, %3 ms)</translation>
        </message>
        <message>
            <source>%1 (no answer)</source>
            <translation>%1 (pas de réponse)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check status: what the check expects</comment>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved.</source>
            <translation>
                <numerusform>Rien n’a été envoyé : %n variable ne peut pas être résolue.</numerusform>
                <numerusform>Rien n’a été envoyé : %n variables ne peuvent pas être résolues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Environment %1:</source>
            <comment>followed by the variables and their values</comment>
            <translation>Environnement %1 :</translation>
        </message>
        <message>
            <source>Environment %1: the checked requests use none of its variables.</source>
            <translation>Environnement %1 : les requêtes vérifiées n’utilisent aucune de ses variables.</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders, e.g. “Checkout/Mobile”.</source>
            <translation>N’exécuter que les requêtes enregistrées de ce dossier et de ses sous-dossiers, p. ex. « Checkout/Mobile ».</translation>
        </message>
        <message>
            <source>path</source>
            <translation>chemin</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”: its saved requests are not in folders.</source>
            <translation>%1 n’a pas de dossier « %2 » : ses requêtes enregistrées ne sont pas dans des dossiers.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 has checks, so nothing was checked.</source>
            <translation>Aucune requête enregistrée du dossier %1 de %2 n’a de vérifications : rien n’a été vérifié.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 with the tag %3 has checks, so nothing was checked.</source>
            <translation>Aucune requête enregistrée du dossier %1 de %2 portant l’étiquette %3 n’a de vérifications : rien n’a été vérifié.</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”. Its folders: %3.</source>
            <translation>%1 n’a pas de dossier « %2 ». Ses dossiers : %3.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEditor</name>
        <message>
            <source>fires</source>
            <translation>est déclenchée</translation>
        </message>
        <message>
            <source>does not fire</source>
            <translation>n’est pas déclenchée</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>contient</translation>
        </message>
        <message>
            <source>equals</source>
            <translation>est égale à</translation>
        </message>
        <message>
            <source>matches the regular expression</source>
            <translation>correspond à l’expression régulière</translation>
        </message>
        <message>
            <source>any region</source>
            <translation>toute région</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>HTTP status:</source>
            <translation>Statut HTTP :</translation>
        </message>
        <message>
            <source>Error codes:</source>
            <translation>Codes d’erreur :</translation>
        </message>
        <message>
            <source>Segment IDs:</source>
            <translation>ID de segment :</translation>
        </message>
        <message>
            <source>From destination:</source>
            <translation>Depuis la destination :</translation>
        </message>
        <message>
            <source>Cookie name:</source>
            <translation>Nom du cookie :</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>Valeur :</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>uuid:</source>
            <translation>uuid :</translation>
        </message>
        <message>
            <source>dcs_region:</source>
            <translation>dcs_region :</translation>
        </message>
        <message>
            <source>Header name:</source>
            <translation>Nom de l’en-tête :</translation>
        </message>
        <message>
            <source>Check kind</source>
            <translation>Type de vérification</translation>
        </message>
        <message>
            <source>How the value is compared</source>
            <translation>Comment la valeur est comparée</translation>
        </message>
        <message>
            <source>Value pattern</source>
            <translation>Motif de la valeur</translation>
        </message>
        <message>
            <source>Fill from a workspace destination</source>
            <translation>Remplir depuis une destination de l’espace de travail</translation>
        </message>
        <message>
            <source>Why the check cannot be saved</source>
            <translation>Pourquoi la vérification ne peut pas être enregistrée</translation>
        </message>
        <message>
            <source>e.g. 6, 11</source>
            <translation>p. ex. 6, 11</translation>
        </message>
        <message>
            <source>e.g. 1001, 1002</source>
            <translation>p. ex. 1001, 1002</translation>
        </message>
        <message>
            <source>empty: any value</source>
            <translation>vide : toute valeur</translation>
        </message>
        <message>
            <source>empty: any uuid</source>
            <translation>vide : tout uuid</translation>
        </message>
        <message>
            <source>e.g. aam_uuid</source>
            <translation>p. ex. aam_uuid</translation>
        </message>
        <message>
            <source>e.g. Set-Cookie</source>
            <translation>p. ex. Set-Cookie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Région %1</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Statut HTTP</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>Aucune erreur DCS</translation>
        </message>
        <message>
            <source>Exactly these DCS error codes</source>
            <translation>Exactement ces codes d’erreur DCS</translation>
        </message>
        <message>
            <source>Segments qualify (d_cts=2)</source>
            <translation>Segments qualifiés (d_cts=2)</translation>
        </message>
        <message>
            <source>Segments do not qualify (d_cts=2)</source>
            <translation>Segments non qualifiés (d_cts=2)</translation>
        </message>
        <message>
            <source>URL destination</source>
            <translation>Destination d’URL</translation>
        </message>
        <message>
            <source>Cookie destination</source>
            <translation>Destination de cookie</translation>
        </message>
        <message>
            <source>uuid present or equal</source>
            <translation>uuid présent ou égal</translation>
        </message>
        <message>
            <source>dcs_region present or equal</source>
            <translation>dcs_region présent ou égal</translation>
        </message>
        <message>
            <source>Answer time under a bound</source>
            <translation>Temps de réponse maximal</translation>
        </message>
        <message>
            <source>Response header present</source>
            <translation>En-tête de réponse présent</translation>
        </message>
        <message>
            <source>Unknown kind</source>
            <translation>Type inconnu</translation>
        </message>
        <message>
            <source>(type the fields below)</source>
            <translation>(remplissez les champs ci-dessous)</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>« %1 » n’est pas un code d’erreur.</translation>
        </message>
        <message>
            <source>Type at least one error code, or choose the kind “%1”.</source>
            <translation>Saisissez au moins un code d’erreur ou choisissez le type « %1 ».</translation>
        </message>
        <message>
            <source>“%1” is not a segment ID.</source>
            <translation>« %1 » n’est pas un ID de segment.</translation>
        </message>
        <message>
            <source>Type at least one segment ID.</source>
            <translation>Saisissez au moins un ID de segment.</translation>
        </message>
        <message>
            <source>Type the cookie name, or pick a cookie destination.</source>
            <translation>Saisissez le nom du cookie ou choisissez une destination de cookie.</translation>
        </message>
        <message>
            <source>The pattern is not a valid regular expression: %1</source>
            <translation>Le motif n’est pas une expression régulière valide : %1</translation>
        </message>
        <message>
            <source>Type the header name.</source>
            <translation>Saisissez le nom de l’en-tête.</translation>
        </message>
        <message>
            <source>The check: %1</source>
            <translation>La vérification : %1</translation>
        </message>
        <message>
            <source>Not a check yet: %1</source>
            <translation>Pas encore une vérification : %1</translation>
        </message>
        <message>
            <source>Answer within (ms):</source>
            <translation>Temps de réponse max. (ms) :</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Ajouter une vérification</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Modifier la vérification</translation>
        </message>
        <message>
            <source>Expected:</source>
            <translation>Résultat attendu :</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEvaluator</name>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %n autre</numerusform>
                <numerusform>%1 et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer lists no segment IDs to check; save the request with d_cts=2 so the DCS lists them.</source>
            <translation>La réponse ne liste aucun ID de segment à vérifier ; enregistrez la requête avec d_cts=2 pour que le DCS les liste.</translation>
        </message>
        <message>
            <source>Qualified as expected: %1.</source>
            <translation>Qualifié comme prévu : %1.</translation>
        </message>
        <message>
            <source>Expected to qualify: %1; not in the answer: %2. The answer lists: %3.</source>
            <translation>Qualification attendue : %1 ; absents de la réponse : %2. La réponse liste : %3.</translation>
        </message>
        <message>
            <source>Not qualified, as expected: %1.</source>
            <translation>Non qualifié, comme prévu : %1.</translation>
        </message>
        <message>
            <source>Expected not to qualify: %1; the answer lists %2.</source>
            <translation>Non-qualification attendue : %1 ; la réponse liste %2.</translation>
        </message>
        <message>
            <source>The answer lists no URL destinations to check; save the request with d_dst=1 so the DCS lists them.</source>
            <translation>La réponse ne liste aucune destination d’URL à vérifier ; enregistrez la requête avec d_dst=1 pour que le DCS les liste.</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression; correct the check.</source>
            <translation>« %1 » n’est pas une expression régulière valide ; corrigez la vérification.</translation>
        </message>
        <message>
            <source>The answer has no URL destination.</source>
            <translation>La réponse n’a aucune destination d’URL.</translation>
        </message>
        <message>
            <source>URL destinations in the answer: %1.</source>
            <translation>Destinations d’URL dans la réponse : %1.</translation>
        </message>
        <message>
            <source>The answer has no cookie %1.</source>
            <translation>La réponse ne contient pas de cookie %1.</translation>
        </message>
        <message>
            <source>Cookie %1 in the answer: %2.</source>
            <translation>Cookie %1 dans la réponse : %2.</translation>
        </message>
        <message>
            <source>Expected: %1. %2</source>
            <translation>Attendu : %1. %2</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussie</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>EN ÉCHEC</translation>
        </message>
        <message>
            <source>NOT RUN</source>
            <translation>NON EXÉCUTÉE</translation>
        </message>
        <message>
            <source>This version of DCS Desk does not know the check kind “%1”; the check stays in the workspace as it is. Update DCS Desk to run it.</source>
            <translation>Cette version de DCS Desk ne connaît pas le type de vérification « %1 » ; la vérification reste telle quelle dans l’espace de travail. Mettez à jour DCS Desk pour l’exécuter.</translation>
        </message>
        <message>
            <source>The call got no answer to check.</source>
            <translation>L’appel n’a obtenu aucune réponse à vérifier.</translation>
        </message>
        <message>
            <source>The call got no answer to check: %1</source>
            <translation>L’appel n’a obtenu aucune réponse à vérifier : %1</translation>
        </message>
        <message>
            <source>Expected HTTP status %1, the answer has %2.</source>
            <translation>Statut HTTP %1 attendu, la réponse a le statut %2.</translation>
        </message>
        <message>
            <source>no DCS errors</source>
            <translation>aucune erreur DCS</translation>
        </message>
        <message>
            <source>DCS errors %1</source>
            <translation>erreurs DCS %1</translation>
        </message>
        <message>
            <source>Expected %1, the answer has: %2.</source>
            <translation>Attendu : %1 ; la réponse contient : %2.</translation>
        </message>
        <message>
            <source>the answer has no uuid</source>
            <translation>la réponse n’a pas d’uuid</translation>
        </message>
        <message>
            <source>the answer's uuid is %1</source>
            <translation>l’uuid de la réponse est %1</translation>
        </message>
        <message>
            <source>Expected uuid %1, %2.</source>
            <translation>uuid %1 attendu ; %2.</translation>
        </message>
        <message>
            <source>the answer's dcs_region is %1</source>
            <translation>le dcs_region de la réponse est %1</translation>
        </message>
        <message>
            <source>the answer has no dcs_region</source>
            <translation>la réponse n’a pas de dcs_region</translation>
        </message>
        <message>
            <source>Expected dcs_region %1, %2.</source>
            <translation>dcs_region %1 attendu ; %2.</translation>
        </message>
        <message>
            <source>The call's timing is not known, so its answer time cannot be checked.</source>
            <translation>La durée de l’appel n’est pas connue : son temps de réponse ne peut donc pas être vérifié.</translation>
        </message>
        <message>
            <source>Expected an answer within %1 ms, it took %2 ms.</source>
            <translation>Réponse attendue en moins de %1 ms, reçue en %2 ms.</translation>
        </message>
        <message>
            <source>Header %1 is present: %2</source>
            <translation>L’en-tête %1 est présent : %2</translation>
        </message>
        <message>
            <source>Expected header %1, the answer has no such header.</source>
            <translation>En-tête %1 attendu, la réponse n’a pas cet en-tête.</translation>
        </message>
        <message>
            <source>Expected a uuid: %1.</source>
            <translation>Un uuid était attendu : %1.</translation>
        </message>
        <message>
            <source>Expected a dcs_region: %1.</source>
            <translation>Un dcs_region était attendu : %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRun</name>
        <message>
            <source>Saved request “%1”: %2</source>
            <translation>Requête enregistrée « %1 » : %2</translation>
        </message>
        <message>
            <source>Nothing was sent: another saved request of this run has a variable that cannot be resolved.</source>
            <translation>Rien n’a été envoyé : une autre requête enregistrée de cette exécution a une variable qui ne peut pas être résolue.</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure (“%1”), as chosen.</source>
            <translation>Non envoyée : l’exécution s’est arrêtée au premier échec (« %1 »), selon l’option choisie.</translation>
        </message>
        <message>
            <source>Not sent: the run ended before it.</source>
            <translation>Non envoyée : l’exécution s’est terminée avant.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled while it was being sent.</source>
            <translation>Non envoyée : l’exécution a été annulée pendant l’envoi de la requête.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>Non envoyée : l’exécution a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRunReport</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
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
                <numerusform>%n non exécutée</numerusform>
                <numerusform>%n non exécutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n caractère de plus)</numerusform>
                <numerusform>(%n caractères de plus)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passed</source>
            <translation>
                <numerusform>%n vérification réussie</numerusform>
                <numerusform>%n vérifications réussies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckVariables</name>
        <message>
            <source>The secret variable {{%1}} cannot be used in a check: the check's outcome shows the value it expects. Use a plain variable.</source>
            <translation>La variable secrète {{%1}} ne peut pas servir dans une vérification : le résultat de la vérification affiche la valeur attendue. Utilisez une variable ordinaire.</translation>
        </message>
        <message>
            <source>Check “%1”: %2</source>
            <translation>Vérification « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksFromComparison</name>
        <message>
            <source>Cookie destination %1: no cookie name to check.</source>
            <translation>Destination de cookie %1 : aucun nom de cookie à vérifier.</translation>
        </message>
        <message>
            <source>URL destination %1: no URL to check.</source>
            <translation>Destination d’URL %1 : aucune URL à vérifier.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not shown in the table were not turned into checks.</source>
            <translation>
                <numerusform>%n ligne non affichée dans le tableau n’a pas été transformée en vérification.</numerusform>
                <numerusform>%n lignes non affichées dans le tableau n’ont pas été transformées en vérifications.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksPanel</name>
        <message>
            <source>Passed</source>
            <translation>Réussie</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Non exécutée</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>Checks of the request</source>
            <translation>Vérifications de la requête</translation>
        </message>
        <message>
            <source>Name to save the request under</source>
            <translation>Nom sous lequel enregistrer la requête</translation>
        </message>
        <message>
            <source>Name of the saved request</source>
            <translation>Nom de la requête enregistrée</translation>
        </message>
        <message>
            <source>Save the request in the workspace, so that it can keep checks</source>
            <translation>Enregistrer la requête dans l’espace de travail pour qu’elle puisse garder des vérifications</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Étiquettes :</translation>
        </message>
        <message>
            <source>Tags of the saved request</source>
            <translation>Étiquettes de la requête enregistrée</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. smoke, eu</source>
            <translation>Séparées par des virgules, p. ex. smoke, eu</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Actual value or reason</source>
            <translation>Valeur réelle ou raison</translation>
        </message>
        <message>
            <source>Checks and their results</source>
            <translation>Vérifications et leurs résultats</translation>
        </message>
        <message>
            <source>Add a check with pickers for its kind and values</source>
            <translation>Ajouter une vérification en choisissant son type et ses valeurs</translation>
        </message>
        <message>
            <source>Checks note</source>
            <translation>Note sur les vérifications</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Pas encore exécutée</translation>
        </message>
        <message>
            <source>The file holds checks that are not check objects; they are kept as they are. Correct them in the workspace file to edit the checks here.</source>
            <translation>Le fichier contient des vérifications qui ne sont pas des objets de vérification ; elles sont conservées telles quelles. Corrigez-les dans le fichier de l’espace de travail pour modifier les vérifications ici.</translation>
        </message>
        <message>
            <source>This request is not saved yet. Checks are kept with a saved request: type a name and save it. Adding a check saves it too.</source>
            <translation>Cette requête n’est pas encore enregistrée. Les vérifications sont gardées avec une requête enregistrée : saisissez un nom et enregistrez-la. Ajouter une vérification l’enregistre aussi.</translation>
        </message>
        <message>
            <source>This version does not know the kind “%1”; the check is kept as it is.</source>
            <translation>Cette version ne connaît pas le type « %1 » ; la vérification est conservée telle quelle.</translation>
        </message>
        <message>
            <source>Send the request to run the check.</source>
            <translation>Envoyez la requête pour exécuter la vérification.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n check(s) passed on the latest answer.</source>
            <translation>
                <numerusform>%1 sur %n vérification réussie avec la dernière réponse.</numerusform>
                <numerusform>%1 sur %n vérifications réussies avec la dernière réponse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type a name for the request first: checks are kept with a saved request.</source>
            <translation>Saisissez d’abord un nom pour la requête : les vérifications sont gardées avec une requête enregistrée.</translation>
        </message>
        <message>
            <source>A saved request named “%1” exists already. Type another name, or open it from Saved to edit its checks.</source>
            <translation>Une requête enregistrée nommée « %1 » existe déjà. Saisissez un autre nom, ou ouvrez-la depuis « Enregistrées » pour modifier ses vérifications.</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Enregistrer la requête %1</translation>
        </message>
        <message numerus="yes">
            <source>Save request %1 with %n check(s)</source>
            <translation>
                <numerusform>Enregistrer la requête %1 avec %n vérification</numerusform>
                <numerusform>Enregistrer la requête %1 avec %n vérifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Add check to %1</source>
            <translation>Ajouter une vérification à %1</translation>
        </message>
        <message>
            <source>Check added: %1. Edit › Undo takes it back.</source>
            <translation>Vérification ajoutée : %1. Édition › Annuler la retire.</translation>
        </message>
        <message>
            <source>Edit check of %1</source>
            <translation>Modifier une vérification de %1</translation>
        </message>
        <message>
            <source>Remove check from %1</source>
            <translation>Retirer une vérification de %1</translation>
        </message>
        <message>
            <source>Check removed: %1. Edit › Undo brings it back.</source>
            <translation>Vérification retirée : %1. Édition › Annuler la rétablit.</translation>
        </message>
        <message>
            <source>Tags of %1</source>
            <translation>Étiquettes de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) added from the Expected column; Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n vérification ajoutée depuis la colonne « Attendu » ; Édition › Annuler la retire.</numerusform>
                <numerusform>%n vérifications ajoutées depuis la colonne « Attendu » ; Édition › Annuler les retire.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks added.</source>
            <translation>Aucune vérification ajoutée.</translation>
        </message>
        <message>
            <source>Skipped, the request has them already: %1</source>
            <translation>Ignorées, car la requête les a déjà : %1</translation>
        </message>
        <message>
            <source>Checks of the saved request “%1”, run on the answer of every call.</source>
            <translation>Vérifications de la requête enregistrée « %1 », exécutées sur la réponse de chaque appel.</translation>
        </message>
        <message>
            <source>Check changed: %1. Edit › Undo takes it back.</source>
            <translation>Vérification modifiée : %1. Édition › Annuler rétablit la version précédente.</translation>
        </message>
        <message>
            <source>The request has this check already (row %1): %2. Nothing was added.</source>
            <translation>La requête a déjà cette vérification (ligne %1) : %2. Rien n’a été ajouté.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>“%1” contradicts %n check(s) of this request; they cannot all pass on one answer:</source>
            <translation>
                <numerusform>« %1 » contredit %n vérification de cette requête ; les deux ne peuvent pas réussir avec une même réponse :</numerusform>
                <numerusform>« %1 » contredit %n vérifications de cette requête ; elles ne peuvent pas toutes réussir avec une même réponse :</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace them with the new check, keep both, or cancel?</source>
            <translation>Les remplacer par la nouvelle vérification, garder les deux ou annuler ?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Remplacer</translation>
        </message>
        <message>
            <source>&amp;Keep both</source>
            <translation>&amp;Garder les deux</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Nothing was added: %1 contradicts a check of this request.</source>
            <translation>Rien n’a été ajouté : %1 contredit une vérification de cette requête.</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1, in place of %n contradicting check(s). Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Vérification ajoutée : %1, à la place de %n vérification contradictoire. Édition › Annuler la retire.</numerusform>
                <numerusform>Vérification ajoutée : %1, à la place de %n vérifications contradictoires. Édition › Annuler la retire.</numerusform>
            </translation>
        </message>
        <message>
            <source>dcsdesk-cli check --tag smoke runs only the saved requests tagged “smoke”</source>
            <translation>dcsdesk-cli check --tag smoke n’exécute que les requêtes enregistrées portant l’étiquette « smoke »</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Enregistrer la requête</translation>
        </message>
        <message>
            <source>Add Check…</source>
            <translation>Ajouter une vérification…</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Ajouter une vérification</translation>
        </message>
        <message>
            <source>Edit Check…</source>
            <translation>Modifier la vérification…</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Modifier la vérification</translation>
        </message>
        <message>
            <source>Remove Check</source>
            <translation>Retirer la vérification</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1. It contradicts %n other check(s), so the request cannot pass until you remove one of them. Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Vérification ajoutée : %1. Elle contredit %n autre vérification ; la requête ne peut donc pas réussir tant que l’une d’elles n’est pas retirée. Édition › Annuler la retire.</numerusform>
                <numerusform>Vérification ajoutée : %1. Elle contredit %n autres vérifications ; la requête ne peut donc pas réussir tant que l’une d’elles n’est pas retirée. Édition › Annuler la retire.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks yet: add one, or click Turn into Checks under Expected vs. Actual after a call.</source>
            <translation>Pas encore de vérifications : ajoutez-en une ou, après un appel, cliquez sur « Transformer en vérifications » sous « Attendu / réel ».</translation>
        </message>
        <message numerus="yes">
            <source>Add %n check(s) from Expected vs. Actual</source>
            <translation>
                <numerusform>Ajouter %n vérification depuis « Attendu / réel »</numerusform>
                <numerusform>Ajouter %n vérifications depuis « Attendu / réel »</numerusform>
            </translation>
        </message>
        <message>
            <source>Contradicting Check</source>
            <translation>Vérification contradictoire</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CliEnvironment</name>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”: it has no environments at all. Add one in the console (Environments…) or leave out --env.</source>
            <translation>L’espace de travail n’a pas d’environnement « %1 » : il n’en a aucun. Ajoutez-en un dans la console (Environnements…) ou omettez --env.</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”. Environments: %2</source>
            <translation>L’espace de travail n’a pas d’environnement « %1 ». Environnements : %2</translation>
        </message>
        <message>
            <source>Take the values of the {{name}} variables from this environment of the workspace (default: its first one). Secret values come from the system keychain, else DCSDESK_VAR_&lt;NAME&gt;.</source>
            <translation>Prendre les valeurs des variables {{name}} dans cet environnement de l’espace de travail (par défaut : le premier). Les valeurs secrètes viennent du trousseau du système, sinon de DCSDESK_VAR_&lt;NAME&gt;.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used: %1. Secret values come from DCSDESK_VAR_&lt;NAME&gt; only.</source>
            <translation>Le trousseau du système ne peut pas être utilisé : %1. Les valeurs secrètes ne viennent que de DCSDESK_VAR_&lt;NAME&gt;.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CollectionImportDialog</name>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2) : %3</translation>
        </message>
        <message>
            <source>taken as it is</source>
            <translation>reprise telle quelle</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>What the import takes, changes and skips</source>
            <translation>Ce que l’importation reprend, modifie et ignore</translation>
        </message>
        <message>
            <source>&amp;Target folder:</source>
            <translation>Dossier &amp;cible :</translation>
        </message>
        <message>
            <source>Folder names separated by /; the collection's own folders go below it. Leave it empty for none.</source>
            <translation>Noms de dossiers séparés par / ; les dossiers de la collection se placent en dessous. Laissez ce champ vide pour n’en utiliser aucun.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>%1 (was “%2”)</source>
            <translation>%1 (anciennement « %2 »)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n saved request(s).</source>
            <translation>
                <numerusform>Ajoute %n requête enregistrée.</numerusform>
                <numerusform>Ajoute %n requêtes enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <source>No request is checked, or the collection has no DCS call.</source>
            <translation>Aucune requête n’est cochée, ou la collection n’a aucun appel au DCS.</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>%1 ne peut pas être importé.

%2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n saved request(s) from %1</source>
            <translation>
                <numerusform>Importer %n requête enregistrée depuis %1</numerusform>
                <numerusform>Importer %n requêtes enregistrées depuis %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Bruno Collection (choose its bruno.json)</source>
            <translation>Importer une collection Bruno (choisissez son bruno.json)</translation>
        </message>
        <message>
            <source>Import Postman Collection</source>
            <translation>Importer une collection Postman</translation>
        </message>
        <message>
            <source>Bruno collection (bruno.json);;All files (*)</source>
            <translation>Collection Bruno (bruno.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Postman collections (*.json);;All files (*)</source>
            <translation>Collections Postman (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack; existing saved requests are never replaced.</source>
            <translation>Rien ne change tant que vous ne cliquez pas sur « Importer ». L’importation constitue une seule étape dans l’historique d’annulation ; les requêtes enregistrées existantes ne sont jamais remplacées.</translation>
        </message>
        <message>
            <source>Review Collection Import</source>
            <translation>Vérifier l’importation de la collection</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ColonText</name>
        <message>
            <source>capital</source>
            <extracomment>After a colon, a sentence keeps its capital letter ("capital": English, German) or continues in lower case ("lower": French, Spanish). Translate with one of the two words.</extracomment>
            <translation>lower</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ComparisonView</name>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Segment or destination</source>
            <translation>Segment ou destination</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Expected vs actual segments and destinations</source>
            <translation>Segments et destinations attendus / réels</translation>
        </message>
        <message>
            <source>Selected row in full</source>
            <translation>Ligne sélectionnée en entier</translation>
        </message>
        <message>
            <source>Select a row to read its values and reason in full.</source>
            <translation>Sélectionnez une ligne pour afficher ses valeurs complètes et la raison.</translation>
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
            <translation>inconnue</translation>
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
            <translation>absent de l’espace de travail</translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n autre non affiché</numerusform>
                <numerusform>… %n autres non affichés</numerusform>
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
            <translation>Attendu : %1</translation>
        </message>
        <message>
            <source>Actual: %1</source>
            <translation>Réel : %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Pourquoi : %1</translation>
        </message>
        <message>
            <source>Turn the expectations into checks</source>
            <translation>Transformer les attentes en vérifications</translation>
        </message>
        <message>
            <source>Add the Expected column to the saved request's checks: segments that must or must not qualify, destinations that must or must not fire with these values</source>
            <translation>Ajouter la colonne « Attendu » aux vérifications de la requête enregistrée : segments pour lesquels l’utilisateur doit être qualifié ou non, destinations qui doivent être déclenchées ou non avec ces valeurs</translation>
        </message>
        <message>
            <source>Turn into Checks</source>
            <translation>Transformer en vérifications</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleServices</name>
        <message>
            <source>The batch uses profile “%1” with its own target (%2), not the region chosen in the console (%3).</source>
            <translation>Le lot utilise le profil « %1 » avec sa propre cible (%2), et non la région choisie dans la console (%3).</translation>
        </message>
        <message>
            <source>Captured Answer and Replay</source>
            <translation>Réponse capturée et rejeu</translation>
        </message>
        <message>
            <source>%1 Left: the captured call (without the browser's request headers, which the Captures view lists); right: the server-to-server replay.</source>
            <translation>%1 À gauche : l’appel capturé (sans les en-têtes de requête du navigateur, que répertorie la vue « Captures ») ; à droite : le rejeu serveur à serveur.</translation>
        </message>
        <message>
            <source>The runner keeps its results: View › Run Checks… (%1) shows them again.</source>
            <translation>Les résultats de l’exécution sont conservés : Affichage › Exécuter les vérifications… (%1) les affiche de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleView</name>
        <message>
            <source>HTTP method</source>
            <translation>Méthode HTTP</translation>
        </message>
        <message>
            <source>Request URL</source>
            <translation>URL de la requête</translation>
        </message>
        <message>
            <source>The exact URL; paste a cURL command here to import it</source>
            <translation>L’URL exacte ; collez ici une commande cURL pour l’importer</translation>
        </message>
        <message>
            <source>Shows the exact URL. Paste a cURL command or a URL to import it.</source>
            <translation>Affiche l’URL exacte. Collez une commande cURL ou une URL pour l’importer.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Return)</source>
            <translation>Envoyer la requête (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the running request (Esc)</source>
            <translation>Annuler la requête en cours (Échap)</translation>
        </message>
        <message>
            <source>&amp;Copy as cURL</source>
            <translation>Copier en c&amp;URL</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Save the request in the workspace</source>
            <translation>Enregistrer la requête dans l’espace de travail</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrées</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Requêtes enregistrées</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>Start a new request with the console's defaults</source>
            <translation>Commencer une nouvelle requête avec les valeurs par défaut de la console</translation>
        </message>
        <message>
            <source>Request not sent</source>
            <translation>Requête non envoyée</translation>
        </message>
        <message>
            <source>The request cannot be sent:
%1</source>
            <translation>La requête ne peut pas être envoyée :
%1</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Envoi à %1…</translation>
        </message>
        <message>
            <source>Receiving… %1</source>
            <translation>Réception… %1</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard.</source>
            <translation>Commande cURL copiée dans le presse-papiers.</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Ajouter le profil %1</translation>
        </message>
        <message>
            <source>Ignored option: %1</source>
            <translation>Option ignorée : %1</translation>
        </message>
        <message>
            <source>cURL command imported.</source>
            <translation>Commande cURL importée.</translation>
        </message>
        <message>
            <source>The cookie has no valid MCMID (ECID).</source>
            <translation>Le cookie ne contient pas de MCMID (ECID) valide.</translation>
        </message>
        <message>
            <source>d_mid %1, region %2 from the AMCV cookie.</source>
            <translation>d_mid %1, région %2 issus du cookie AMCV.</translation>
        </message>
        <message>
            <source>d_mid %1 from the AMCV cookie; it has no valid region.</source>
            <translation>d_mid %1 issu du cookie AMCV ; il ne contient pas de région valide.</translation>
        </message>
        <message>
            <source>%1 The local sandbox stays selected; pick the region to send live.</source>
            <translation>%1 La sandbox locale reste sélectionnée ; choisissez la région pour envoyer l’appel au DCS réel.</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>Coller le cookie AMCV</translation>
        </message>
        <message>
            <source>AMCV_…@AdobeOrg cookie (name=value, the value alone, or a whole Cookie header):</source>
            <translation>Cookie AMCV_…@AdobeOrg (nom=valeur, la valeur seule ou un en-tête Cookie complet) :</translation>
        </message>
        <message>
            <source>AMCV cookie</source>
            <translation>Cookie AMCV</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Enregistrer la requête %1</translation>
        </message>
        <message>
            <source>No saved requests</source>
            <translation>Aucune requête enregistrée</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Delete saved request</source>
            <translation>Supprimer la requête enregistrée</translation>
        </message>
        <message>
            <source>Delete saved request %1</source>
            <translation>Supprimer la requête enregistrée %1</translation>
        </message>
        <message>
            <source>Try destination %1</source>
            <translation>Tester la destination %1</translation>
        </message>
        <message>
            <source>A sandbox call for a user in segment(s) %1 (d_sid). Press Ctrl+Return to send.</source>
            <translation>Un appel à la sandbox pour un utilisateur qualifié pour le(s) segment(s) %1 (d_sid). Appuyez sur Ctrl+Entrée pour l’envoyer.</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Envoyer la requête</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Annuler la requête</translation>
        </message>
        <message>
            <source>Copy as cURL</source>
            <translation>Copier en cURL</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nouvelle requête</translation>
        </message>
        <message>
            <source>Send this request for many users in the Batch view (Ctrl+Shift+B)</source>
            <translation>Envoyer cette requête pour de nombreux utilisateurs dans la vue « Lot » (Ctrl+Maj+B)</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>les valeurs p_</translation>
        </message>
        <message>
            <source>the URL password</source>
            <translation>le mot de passe de l’URL</translation>
        </message>
        <message>
            <source>the %1 header</source>
            <translation>l’en-tête %1</translation>
        </message>
        <message>
            <source>Press Enter to use the edited URL.</source>
            <translation>Appuyez sur Entrée pour utiliser l’URL modifiée.</translation>
        </message>
        <message>
            <source>A profile named “%1” exists already. Choose another name.</source>
            <translation>Un profil nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Profile “%1” added to the workspace (Edit › Undo removes it).</source>
            <translation>Profil « %1 » ajouté à l’espace de travail (Édition › Annuler le retire).</translation>
        </message>
        <message>
            <source>Not stored, so type them again before sending: %1.</source>
            <translation>Éléments non conservés, à saisir de nouveau avant l’envoi : %1.</translation>
        </message>
        <message>
            <source>URL read into the request.</source>
            <translation>URL importée dans la requête.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 It could not be read: %2</source>
            <translation>%1 L’appel n’a pas pu être lu : %2</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} cannot go to a batch run: a batch keeps its request in the history. Use a plain value.</source>
            <translation>La variable secrète {{%1}} ne peut pas être utilisée dans une exécution par lot : un lot conserve sa requête dans l’historique. Utilisez une valeur ordinaire.</translation>
        </message>
        <message>
            <source>Not run as batch</source>
            <translation>Non exécuté en lot</translation>
        </message>
        <message>
            <source>Copy a cURL command that sends exactly this request (a secret value stays {{name}})</source>
            <translation>Copier une commande cURL qui envoie exactement cette requête (une valeur secrète y reste sous la forme {{name}})</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard without secret values: put the values of %1 in before you run it.</source>
            <translation>Commande cURL copiée dans le presse-papiers sans les valeurs secrètes : ajoutez-y les valeurs de %1 avant de l’exécuter.</translation>
        </message>
        <message>
            <source>Run the checks of the saved requests in an environment</source>
            <translation>Exécuter les vérifications des requêtes enregistrées dans un environnement</translation>
        </message>
        <message>
            <source>Show the saved requests in their folders beside the builder</source>
            <translation>Afficher les requêtes enregistrées dans leurs dossiers à côté de l’éditeur</translation>
        </message>
        <message>
            <source>The URL field was left empty: the request is unchanged and its URL is shown again.</source>
            <translation>Le champ de l’URL a été laissé vide : la requête est inchangée et son URL est de nouveau affichée.</translation>
        </message>
        <message>
            <source>“%1” is neither a URL (http:// or https://) nor a cURL command: the request is unchanged and its URL is shown again. Type the whole URL, or paste a cURL command.</source>
            <translation>« %1 » n’est ni une URL (http:// ou https://) ni une commande cURL : la requête est inchangée et son URL est de nouveau affichée. Saisissez l’URL complète ou collez une commande cURL.</translation>
        </message>
        <message>
            <source>Run Chec&amp;ks…</source>
            <translation>Exécuter les &amp;vérifications…</translation>
        </message>
        <message>
            <source>Saved Re&amp;quests Pane</source>
            <translation>Panneau des requêtes &amp;enregistrées</translation>
        </message>
        <message>
            <source>Run as &amp;Batch…</source>
            <translation>E&amp;xécuter en lot…</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Enregistrer comme profil</translation>
        </message>
        <message>
            <source>Run as Batch</source>
            <translation>Exécuter en lot</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Enregistrer la requête</translation>
        </message>
        <message>
            <source>Stored answer from %1: %2</source>
            <translation>Réponse enregistrée du %1 : %2</translation>
        </message>
        <message>
            <source>Stored call from %1: %2</source>
            <translation>Appel enregistré du %1 : %2</translation>
        </message>
        <message>
            <source>The history kept only the first %1 of the %2 body.</source>
            <translation>Seul le début du corps (%1 sur %2) a été conservé dans l’historique.</translation>
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
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>Ce n’est pas un fichier texte (il contient des octets NUL). Choisissez un fichier CSV.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Un champ entre guillemets qui commence à la ligne %1 n’est jamais fermé. Vérifiez que chaque " de cette ligne est doublé ("") ou fermé.</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as “CSV UTF-8”.</source>
            <translation>Le fichier se déclare en UTF-8 mais contient des octets qui n’en sont pas. Enregistrez-le à nouveau au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as “CSV UTF-8”.</source>
            <translation>Le fichier se déclare en UTF-16 mais n’est pas en UTF-16 valide. Enregistrez-le à nouveau au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>Line %1 holds a byte that is not UTF-8 (0x%2), so the file was not read. Save it as “CSV UTF-8” and import it again.</source>
            <translation>La ligne %1 contient un octet qui n’est pas de l’UTF-8 (0x%2) ; le fichier n’a donc pas été lu. Enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CurlCommandText</name>
        <message>
            <source>Read as a Windows cmd command: ^ escapes and line ends were removed.</source>
            <translation>Lu comme une commande Windows cmd : les échappements ^ et les fins de ligne ont été retirés.</translation>
        </message>
        <message>
            <source>Read as a PowerShell command: ` line ends were joined.</source>
            <translation>Lu comme une commande PowerShell : les lignes terminées par ` ont été réunies.</translation>
        </message>
        <message numerus="yes">
            <source>%n comment line(s) ignored.</source>
            <translation>
                <numerusform>%n ligne de commentaire ignorée.</numerusform>
                <numerusform>%n lignes de commentaire ignorées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The paste holds %n more command(s) after the first; only the first was imported.</source>
            <translation>
                <numerusform>Le texte collé contient %n commande de plus après la première ; seule la première a été importée.</numerusform>
                <numerusform>Le texte collé contient %n commandes de plus après la première ; seule la première a été importée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the curl command was imported; “%1” after it was not.</source>
            <translation>Seule la commande curl a été importée ; « %1 », qui la suivait, ne l’a pas été.</translation>
        </message>
        <message>
            <source>Read as a Windows command quoted with "" and "%" (as older Firefox copies it): "" inside quotes is one quote.</source>
            <translation>Lu comme une commande Windows protégée par "" et "%" (comme la copient les anciennes versions de Firefox) : "" entre guillemets vaut un seul guillemet.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateField</name>
        <message>
            <source>Type a date such as %1 or 2027-03-31, or pick one with the arrow. Up and Down change the day, Page Up and Page Down the month.</source>
            <translation>Saisissez une date comme %1 ou 2027-03-31, ou choisissez-la avec la flèche. Les touches Haut et Bas changent le jour, Page préc. et Page suiv. le mois.</translation>
        </message>
        <message>
            <source>Pick a date in a calendar (Alt+Down)</source>
            <translation>Choisir une date dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateText</name>
        <message>
            <source>“%1” is not a date. Write it as %2, or 2027-03-31, or 31 Mar 2027.</source>
            <translation>« %1 » n’est pas une date. Écrivez-la sous la forme %2, 2027-03-31 ou 31 mars 2027.</translation>
        </message>
        <message>
            <source>Write the year of “%1” with four digits, as in %2.</source>
            <translation>Écrivez l’année de « %1 » avec quatre chiffres, comme dans %2.</translation>
        </message>
        <message>
            <source>“%1” has no month %2. Write the date as %3.</source>
            <translation>« %1 » : le mois %2 n’existe pas. Écrivez la date sous la forme %3.</translation>
        </message>
        <message>
            <source>%1 has %2 days, so “%3” does not exist.</source>
            <translation>En %1, le mois compte %2 jours : « %3 » n’existe donc pas.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyCatalog</name>
        <message>
            <source>Identifies the caller of the DCS API.</source>
            <translation>Identifie l’appelant de l’API DCS.</translation>
        </message>
        <message>
            <source>Disables third-party cookies (COPPA).</source>
            <translation>Désactive les cookies tiers (COPPA).</translation>
        </message>
        <message>
            <source>Name space ID of the JavaScript container.</source>
            <translation>ID d’espace de noms du conteneur JavaScript.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this integration code.</source>
            <translation>N’évaluer que les caractéristiques de la source de données ayant ce code d’intégration.</translation>
        </message>
        <message>
            <source>Platform-level key: country, normally derived from the IP address.</source>
            <translation>Clé de plateforme : pays, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: city, normally derived from the IP address.</source>
            <translation>Clé de plateforme : ville, normalement déduite de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: region, normally derived from the IP address.</source>
            <translation>Clé de plateforme : région, normalement déduite de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: state, normally derived from the IP address.</source>
            <translation>Clé de plateforme : État, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: postal code, normally derived from the IP address.</source>
            <translation>Clé de plateforme : code postal, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>ZIP code set by the caller.</source>
            <translation>Code postal fourni par l’appelant.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : système d’exploitation, normalement déduit du User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device model, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : modèle d’appareil, normalement déduit du User-Agent.</translation>
        </message>
        <message>
            <source>IAB TCF: 1 when GDPR applies, else 0.</source>
            <translation>IAB TCF : 1 si le RGPD s’applique, sinon 0.</translation>
        </message>
        <message>
            <source>IAB TCF consent string (URL-safe base64).</source>
            <translation>Chaîne de consentement IAB TCF (base64 compatible URL).</translation>
        </message>
        <message>
            <source>The User-Agent header value.</source>
            <translation>La valeur de l’en-tête User-Agent.</translation>
        </message>
        <message>
            <source>The Accept-Language header value.</source>
            <translation>La valeur de l’en-tête Accept-Language.</translation>
        </message>
        <message>
            <source>The Referer header value.</source>
            <translation>La valeur de l’en-tête Referer.</translation>
        </message>
        <message>
            <source>The client's data collection host name.</source>
            <translation>Le nom d’hôte de collecte de données du client.</translation>
        </message>
        <message>
            <source>The Date header value.</source>
            <translation>La valeur de l’en-tête Date.</translation>
        </message>
        <message>
            <source>Type a key: c_ for your attributes, p_ for private ones, h_ for header data.</source>
            <translation>Saisissez une clé : c_ pour vos attributs, p_ pour les attributs privés, h_ pour les données d’en-tête.</translation>
        </message>
        <message>
            <source>Customer-defined attribute, logged and used by trait rules.</source>
            <translation>Attribut défini par le client, journalisé et utilisé par les règles de caractéristiques.</translation>
        </message>
        <message>
            <source>Private attribute: used for trait evaluation, never logged or stored.</source>
            <translation>Attribut privé : utilisé pour évaluer les caractéristiques, jamais journalisé ni stocké.</translation>
        </message>
        <message>
            <source>HTTP header data.</source>
            <translation>Données d’en-tête HTTP.</translation>
        </message>
        <message>
            <source>Audience Manager attribute; this key is not documented for /event calls.</source>
            <translation>Attribut Audience Manager ; cette clé n’est pas documentée pour les appels /event.</translation>
        </message>
        <message>
            <source>Unprefixed key: works, trait rules match the exact key name.</source>
            <translation>Clé sans préfixe : fonctionne, les règles de caractéristiques portent sur le nom exact de la clé.</translation>
        </message>
        <message>
            <source>JavaScript callback name: the answer becomes callback({...}) (JSONP). The builder has a field for it.</source>
            <translation>Nom de la fonction de rappel JavaScript : la réponse devient callback({...}) (JSONP). L’éditeur a un champ pour cela.</translation>
        </message>
        <message>
            <source>Declared ID: data source ID and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>ID déclaré : ID de la source de données et ID utilisateur séparés par le caractère non imprimable 0x01 ; répétable. Le tableau des ID déclarés le construit.</translation>
        </message>
        <message>
            <source>Declared ID: integration code and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>ID déclaré : code d’intégration et ID utilisateur séparés par le caractère non imprimable 0x01 ; répétable. Le tableau des ID déclarés le construit.</translation>
        </message>
        <message>
            <source>1 or 2: adds the traits and segments arrays (1 = legacy segment IDs, 2 = segment IDs). The builder has a field for it.</source>
            <translation>1 ou 2 : ajoute les tableaux traits et segments (1 = anciens ID de segment, 2 = ID de segment). L’éditeur a un champ pour cela.</translation>
        </message>
        <message>
            <source>Deprecated data provider ID; use d_cid or d_cid_ic.</source>
            <translation>Obsolète : ID du fournisseur de données ; utilisez d_cid ou d_cid_ic.</translation>
        </message>
        <message>
            <source>Deprecated data provider user ID; use d_cid or d_cid_ic.</source>
            <translation>Obsolète : ID utilisateur du fournisseur de données ; utilisez d_cid ou d_cid_ic.</translation>
        </message>
        <message>
            <source>Reserved for the Analytics integration.</source>
            <translation>Réservé à l’intégration Analytics.</translation>
        </message>
        <message>
            <source>Experience Cloud ID (ECID/MID). The builder's User ID field sets it.</source>
            <translation>ID Experience Cloud (ECID/MID). Le champ ID utilisateur de l’éditeur le définit.</translation>
        </message>
        <message>
            <source>IMS Org ID that goes with d_mid; error 2 when it is wrong. The builder has a field for it.</source>
            <translation>ID d’organisation IMS qui accompagne d_mid ; erreur 2 s’il est faux. L’éditeur a un champ pour cela.</translation>
        </message>
        <message>
            <source>Platform: ios, android, browser or all. The builder has a field for it.</source>
            <translation>Plateforme : ios, android, browser ou all. L’éditeur a un champ pour cela.</translation>
        </message>
        <message>
            <source>Deprecated and reserved (legacy Analytics).</source>
            <translation>Obsolète et réservé (ancien Analytics).</translation>
        </message>
        <message>
            <source>Trait or segment IDs, comma-separated. The builder has a field for it.</source>
            <translation>ID de caractéristiques ou de segments, séparés par des virgules. L’éditeur a un champ pour cela.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this ID (DPID).</source>
            <translation>N’évaluer que les caractéristiques de la source de données ayant cet ID (DPID).</translation>
        </message>
        <message>
            <source>Audience Manager user ID (38 digits): identifies the visitor when there is no cookie. The builder's User ID field sets it.</source>
            <translation>ID utilisateur Audience Manager (38 chiffres) : identifie le visiteur en l’absence de cookie. Le champ ID utilisateur de l’éditeur le définit.</translation>
        </message>
        <message>
            <source>Media pixel: the event, imp, click or conv. Impression calls get no answer.</source>
            <translation>Pixel média : l’événement, imp, click ou conv. Les appels d’impression n’obtiennent pas de réponse.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the media data.</source>
            <translation>Pixel média : l’ID de la source de données des données média.</translation>
        </message>
        <message>
            <source>Media pixel: the site ID.</source>
            <translation>Pixel média : l’ID du site.</translation>
        </message>
        <message>
            <source>Media pixel: the creative ID.</source>
            <translation>Pixel média : l’ID de la création.</translation>
        </message>
        <message>
            <source>Media pixel: the ad group ID.</source>
            <translation>Pixel média : l’ID du groupe d’annonces.</translation>
        </message>
        <message>
            <source>Media pixel: the placement ID.</source>
            <translation>Pixel média : l’ID de l’emplacement.</translation>
        </message>
        <message>
            <source>Media pixel: the campaign ID.</source>
            <translation>Pixel média : l’ID de la campagne.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the advertiser.</source>
            <translation>Pixel média : l’ID de la source de données de l’annonceur.</translation>
        </message>
        <message>
            <source>Media pixel: the business unit ID.</source>
            <translation>Pixel média : l’ID de l’unité commerciale.</translation>
        </message>
        <message>
            <source>Media pixel: a cache buster.</source>
            <translation>Pixel média : un paramètre anti-cache.</translation>
        </message>
        <message>
            <source>Click pixel: the redirect URL, encoded twice.</source>
            <translation>Pixel de clic : l’URL de redirection, encodée deux fois.</translation>
        </message>
        <message>
            <source>Platform-level key: DMA code, normally derived from the IP address.</source>
            <translation>Clé de plateforme : code DMA, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: area code, normally derived from the IP address.</source>
            <translation>Clé de plateforme : indicatif régional, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: latitude, normally derived from the IP address.</source>
            <translation>Clé de plateforme : latitude, normalement déduite de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: longitude, normally derived from the IP address.</source>
            <translation>Clé de plateforme : longitude, normalement déduite de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: internet service provider, normally derived from the IP address.</source>
            <translation>Clé de plateforme : fournisseur d’accès à internet, normalement déduit de l’adresse IP.</translation>
        </message>
        <message>
            <source>Platform-level key: device vendor, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : marque de l’appareil, normalement déduite du User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: hardware type, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : type de matériel, normalement déduit du User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system version, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : version du système d’exploitation, normalement déduite du User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device marketing name, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : nom commercial de l’appareil, normalement déduit du User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device manufacturer, normally derived from the User-Agent.</source>
            <translation>Clé de plateforme : fabricant de l’appareil, normalement déduit du User-Agent.</translation>
        </message>
        <message>
            <source>Added by DIL: the time of the call (_ts=milliseconds).</source>
            <translation>Ajouté par DIL : l’heure de l’appel (_ts=millisecondes).</translation>
        </message>
        <message>
            <source>Added by DIL: the DIL version.</source>
            <translation>Ajouté par DIL : la version de DIL.</translation>
        </message>
        <message>
            <source>Added by DIL.</source>
            <translation>Ajouté par DIL.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op may use the call.</source>
            <translation>Ajouté par DIL : 1 lorsque la coopérative d’appareils peut utiliser l’appel.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op must not use the call.</source>
            <translation>Ajouté par DIL : 1 lorsque la coopérative d’appareils ne doit pas utiliser l’appel.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's data source ID in Audience Manager, a number.</source>
            <translation>Synchronisation d’ID (/ibs) : l’ID de source de données du fournisseur dans Audience Manager, un nombre.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's own ID for this user.</source>
            <translation>Synchronisation d’ID (/ibs) : l’ID que le fournisseur attribue à cet utilisateur.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the partner URL the DCS redirects to, with ${DD_UUID} where the AAM UUID goes.</source>
            <translation>Synchronisation d’ID (/ibs) : l’URL du partenaire vers laquelle le DCS redirige, avec ${DD_UUID} à la place de l’UUID AAM.</translation>
        </message>
        <message>
            <source>1 returns the URL destinations (dests) in the answer. The builder has a check box for it.</source>
            <translation>1 renvoie les destinations d’URL (dests) dans la réponse. L’éditeur propose une case à cocher pour cela.</translation>
        </message>
        <message>
            <source>JSON version, normally 1; 0 disables ID syncs. The builder has a check box for it.</source>
            <translation>Version JSON, normalement 1 ; 0 désactive les synchronisations d’ID. L’éditeur propose une case à cocher pour cela.</translation>
        </message>
        <message>
            <source>json is required for a JSON answer; without it the DCS answers with a pixel. The builder has a check box for it.</source>
            <translation>json est requis pour une réponse JSON ; sans cette valeur, le DCS répond par un pixel. L’éditeur propose une case à cocher pour cela.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyDelegate</name>
        <message>
            <source>Signal key</source>
            <translation>Clé du signal</translation>
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
            <translation>Tous vos domaines</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Uniquement les domaines sélectionnés</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Tous vos domaines sauf les domaines sélectionnés</translation>
        </message>
        <message>
            <source>May enable a combination with personally identifiable information (PII)</source>
            <translation>Peut permettre de combiner les données avec des informations personnelles identifiables (PII)</translation>
        </message>
        <message>
            <source>May be used for on-site ad targeting</source>
            <translation>Peut servir au ciblage publicitaire sur site</translation>
        </message>
        <message>
            <source>May be used for off-site ad targeting</source>
            <translation>Peut servir au ciblage publicitaire hors site</translation>
        </message>
        <message>
            <source>May be used for on-site ad personalization</source>
            <translation>Peut servir à la personnalisation publicitaire sur site</translation>
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
            <translation>Remplissage automatique du mappage</translation>
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
            <translation>Sélectionnez une destination dans la liste ou créez-en une avec « Nouvelle ».</translation>
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
            <translation>Configuration : URL</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Mappages de segments</translation>
        </message>
        <message>
            <source>Labels block an export only when a data source has a matching data export control.</source>
            <translation>Les libellés ne bloquent une exportation que si une source de données a un contrôle d’exportation des données correspondant.</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Auto-fill destination mapping:</source>
            <translation>Remplissage automatique du mappage :</translation>
        </message>
        <message>
            <source>Domain IDs:</source>
            <translation>ID de domaine :</translation>
        </message>
        <message>
            <source>Maximum size (bytes):</source>
            <translation>Taille maximale (octets) :</translation>
        </message>
        <message>
            <source>Expiration (days):</source>
            <translation>Expiration (jours) :</translation>
        </message>
        <message>
            <source>Serialize:</source>
            <translation>Sérialiser :</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Required; no abbreviations or special characters</source>
            <translation>Obligatoire ; sans abréviations ni caractères spéciaux</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultative</translation>
        </message>
        <message>
            <source>Send all qualified segments in one call</source>
            <translation>Envoyer tous les segments qualifiés en un seul appel</translation>
        </message>
        <message>
            <source>Put all values of a key in one pair</source>
            <translation>Mettre toutes les valeurs d’une clé dans une seule paire</translation>
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
            <translation>Non sérialisé : chaque segment mappé appelle sa propre URL, définie dans le mappage du segment.</translation>
        </message>
        <message>
            <source>0 (session)</source>
            <translation>0 (session)</translation>
        </message>
        <message>
            <source>Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.</source>
            <translation>Saisissez les ID de domaine sous forme de nombres entiers séparés par des virgules, p. ex. 312, 318.</translation>
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
            <translation>Les destinations serveur à serveur sont configurées par Adobe ou via une plateforme intégrée. Audience Manager ne peut pas les créer et ne permet de modifier que leurs mappages de segments ; leur nom n’y est pas modifiable. Ici, elles reflètent les destinations de votre compte.</translation>
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
        <message>
            <source>Configuration: Cookie</source>
            <translation>Configuration : Cookie</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <comment>the value after Category:</comment>
            <translation>Plateformes intégrées</translation>
        </message>
        <message>
            <source>Custom</source>
            <comment>the value after Category:</comment>
            <translation>Personnalisée</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFieldHelp</name>
        <message>
            <source>The name Audience Manager lists the destination under. Required; write it in full, without abbreviations or special characters. Example: Sports fans for the display partner</source>
            <translation>Le nom sous lequel Audience Manager affiche la destination. Obligatoire ; écrivez-le en entier, sans abréviations ni caractères spéciaux. Exemple : Fans de sport pour le partenaire display</translation>
        </message>
        <message>
            <source>An optional note for your colleagues: what the destination is for and who asked for it. Example: Spring campaign, display partner</source>
            <translation>Une note facultative pour vos collègues : à quoi sert la destination et qui l’a demandée. Exemple : Campagne de printemps, partenaire display</translation>
        </message>
        <message>
            <source>URL: a pixel (image or iframe) the page calls for the user's segments. Cookie: a key-value cookie in the browser that your ad server reads. Server-to-server: set up by Adobe or an integrated platform; you edit only its segment mappings.</source>
            <translation>URL : un pixel (image ou iframe) que la page appelle pour les segments de l’utilisateur. Cookie : un cookie clé-valeur dans le navigateur, que lit votre serveur publicitaire. Serveur à serveur : destination configurée par Adobe ou par une plateforme intégrée ; vous n’en modifiez que les mappages de segments.</translation>
        </message>
        <message>
            <source>The devices the destination receives data from: all platforms, the browser, Android or iOS apps. Cookie destinations work in the browser only.</source>
            <translation>Les appareils dont la destination reçoit des données : toutes les plateformes, le navigateur, les applications Android ou iOS. Les destinations de cookie ne fonctionnent que dans le navigateur.</translation>
        </message>
        <message>
            <source>Fills in the mapping value of each segment you map: with its segment ID or with its integration code value (at most 255 characters). With no auto-fill you type each value. Example: Segment ID gives the value 1005 for segment 1005.</source>
            <translation>Remplit la valeur de mappage de chaque segment que vous mappez : avec son ID de segment ou avec la valeur de son code d’intégration (255 caractères au plus). Sans remplissage automatique, vous saisissez chaque valeur. Exemple : « ID de segment » donne la valeur 1005 pour le segment 1005.</translation>
        </message>
        <message>
            <source>Serialize: put all values of the key in one key-value pair, separated by the serial delimiter. Example: seg=123,456 instead of seg=123&amp;seg=456.</source>
            <translation>Sérialiser : mettre toutes les valeurs de la clé dans une seule paire clé-valeur, séparées par le délimiteur de série. Exemple : seg=123,456 au lieu de seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serialize: send all of a user's segments in one call instead of one call per segment. The base URL and the secure URL then carry %ALIAS%, where the segments' values go, joined by the delimiter.</source>
            <translation>Sérialiser : envoyer tous les segments d’un utilisateur en un seul appel au lieu d’un appel par segment. L’URL de base et l’URL sécurisée contiennent alors %ALIAS%, remplacé par les valeurs des segments séparées par le délimiteur.</translation>
        </message>
        <message>
            <source>Base URL: the http address that is called, with %ALIAS% where the mapped values go. Macros such as %rnd% (a random number against caching), %did% (the user's Audience Manager ID) and %timestamp% are filled in. Example: http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>URL de base : l’adresse http appelée, avec %ALIAS% à la place des valeurs mappées. Les macros comme %rnd% (un nombre aléatoire qui empêche la mise en cache), %did% (l’ID Audience Manager de l’utilisateur) et %timestamp% sont remplacées par leur valeur. Exemple : http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Secure URL: the https address called from secure pages; it needs %ALIAS% too. Example: https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>URL sécurisée : l’adresse https appelée depuis les pages sécurisées ; elle doit elle aussi contenir %ALIAS%. Exemple : https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Cookie name: the name of the cookie written in the browser. Required. Example: aam_segments</source>
            <translation>Nom du cookie : le nom du cookie écrit dans le navigateur. Obligatoire. Exemple : aam_segments</translation>
        </message>
        <message>
            <source>Data format. Single key: you set the key here once and each mapping gives a value (seg=123). Multi key: each mapping gives its own key and value (sport=golf).</source>
            <translation>Format des données. Clé unique : vous définissez la clé ici une seule fois et chaque mappage fournit une valeur (seg=123). Clés multiples : chaque mappage fournit sa propre clé et sa valeur (sport=golf).</translation>
        </message>
        <message>
            <source>Key: the key of a single-key cookie; each mapped segment adds its value to it. Example: seg gives seg=123&amp;seg=456.</source>
            <translation>Clé : la clé d’un cookie à clé unique ; chaque segment mappé y ajoute sa valeur. Exemple : seg donne seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serial delimiter: the character between the values of the key when the cookie is serialized, as your ad server expects. Example: a comma gives seg=123,456.</source>
            <translation>Délimiteur de série : le caractère entre les valeurs de la clé quand le cookie est sérialisé, tel que l’attend votre serveur publicitaire. Exemple : une virgule donne seg=123,456.</translation>
        </message>
        <message>
            <source>Cookie domain: leave it blank to write the cookie on all your domains, or give one domain that starts with a dot, without a wildcard or https://. Example: .example.com, which also covers shop.example.com.</source>
            <translation>Domaine du cookie : laissez-le vide pour écrire le cookie sur tous vos domaines, ou indiquez un domaine qui commence par un point, sans caractère générique ni https://. Exemple : .example.com, qui couvre aussi shop.example.com.</translation>
        </message>
        <message>
            <source>Publish data to: all of your domains (the default), only the selected domains, or all of your domains except the selected ones. The domains are given by their Audience Manager domain IDs below.</source>
            <translation>Publier les données vers : tous vos domaines (par défaut), seulement les domaines sélectionnés, ou tous vos domaines sauf les domaines sélectionnés. Les domaines sont indiqués plus bas par leur ID de domaine Audience Manager.</translation>
        </message>
        <message>
            <source>Domain IDs: the Audience Manager IDs of the domains that "Publish data to" includes or leaves out, separated by commas. Example: 312, 318</source>
            <translation>ID de domaine : les ID Audience Manager des domaines que « Publier les données vers » inclut ou exclut, séparés par des virgules. Exemple : 312, 318</translation>
        </message>
        <message>
            <source>Maximum size: the largest size of the cookie in bytes. Example: 2048</source>
            <translation>Taille maximale : la taille que le cookie ne peut pas dépasser, en octets. Exemple : 2048</translation>
        </message>
        <message>
            <source>Expiration: how many days the cookie stays in the browser; 0 ends it with the browser session. Example: 30</source>
            <translation>Expiration : nombre de jours pendant lesquels le cookie reste dans le navigateur ; avec 0, il expire à la fin de la session du navigateur. Exemple : 30</translation>
        </message>
        <message>
            <source>Tick it when the partner may combine the data with personally identifiable information, such as names or e-mail addresses. Data sources whose export controls forbid that are then kept from this destination.</source>
            <translation>Cochez cette case si le partenaire peut combiner les données avec des informations personnelles identifiables, comme des noms ou des adresses e-mail. Les sources de données dont les contrôles d’exportation l’interdisent sont alors tenues à l’écart de cette destination.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on your own websites. Data sources whose export controls forbid on-site ad targeting are then kept from this destination.</source>
            <translation>Cochez cette case si les données servent au ciblage publicitaire sur vos propres sites. Les sources de données dont les contrôles d’exportation l’interdisent sont alors tenues à l’écart de cette destination.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on other websites. Data sources whose export controls forbid off-site ad targeting are then kept from this destination.</source>
            <translation>Cochez cette case si les données servent au ciblage publicitaire sur d’autres sites. Les sources de données dont les contrôles d’exportation l’interdisent sont alors tenues à l’écart de cette destination.</translation>
        </message>
        <message>
            <source>Tick it when the data personalises ads on your own websites. Data sources whose export controls forbid on-site ad personalization are then kept from this destination.</source>
            <translation>Cochez cette case si les données servent à personnaliser les publicités sur vos propres sites. Les sources de données dont les contrôles d’exportation interdisent la personnalisation publicitaire sur site sont alors tenues à l’écart de cette destination.</translation>
        </message>
        <message>
            <source>Custom: URL and cookie destinations you build yourself. Integrated platforms: server-to-server destinations that Adobe or a platform set up.</source>
            <translation>Personnalisée : destinations d’URL et de cookie que vous créez vous-même. Plateformes intégrées : destinations serveur à serveur configurées par Adobe ou une plateforme.</translation>
        </message>
        <message>
            <source>Delimiter: the character that separates the values of several segments in one serialized call, as the partner requires; usually a comma or a semicolon. Example: with a comma, two segments are sent as s=123,456.</source>
            <translation>Délimiteur : le caractère qui sépare les valeurs de plusieurs segments dans un appel sérialisé, comme l’exige le partenaire ; en général une virgule ou un point-virgule. Exemple : avec une virgule, deux segments sont envoyés sous la forme s=123,456.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message>
            <source>No declared ID for data source %1: %%2% is empty.</source>
            <translation>Aucun ID déclaré pour la source de données %1 : %%2% reste vide.</translation>
        </message>
        <message>
            <source>%1 is not a known macro and is sent as is.</source>
            <translation>%1 n’est pas une macro connue et est envoyée telle quelle.</translation>
        </message>
        <message>
            <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
            <translation>L’URL compte %1 caractères, plus que les %2 qu’une requête GET peut transporter ; les partenaires peuvent la tronquer.</translation>
        </message>
        <message>
            <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
            <translation>%1 ne contient pas %ALIAS% : les valeurs des segments n’ont nulle part où aller.</translation>
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
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
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
        <message>
            <source>Expired mappings</source>
            <translation>Mappages expirés</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1 : %2 : %3</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments with a mapping active today / segments mapped.</source>
            <translation>Segments ayant un mappage actif aujourd’hui / segments mappés.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) in all</source>
            <translation>
                <numerusform>%n mappage au total</numerusform>
                <numerusform>%n mappages au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active today</source>
            <translation>
                <numerusform>%n actif aujourd’hui</numerusform>
                <numerusform>%n actifs aujourd’hui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped more than once (several flights)</source>
            <translation>
                <numerusform>%n segment mappé plusieurs fois (plusieurs périodes)</numerusform>
                <numerusform>%n segments mappés plusieurs fois (plusieurs périodes)</numerusform>
            </translation>
        </message>
        <message>
            <source>No errors, warnings or expired mappings in this destination or its mappings.</source>
            <translation>Aucune erreur, aucun avertissement ni mappage expiré dans cette destination ou ses mappages.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: click the validation summary in the status bar for the full list.</source>
            <translation>
                <numerusform>… et %n autre : cliquez sur le résumé de validation dans la barre d’état pour voir la liste complète.</numerusform>
                <numerusform>… et %n autres : cliquez sur le résumé de validation dans la barre d’état pour voir la liste complète.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationsView</name>
        <message>
            <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
            <translation>Rechercher par nom, ID, URL ou nom de cookie (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
            <translation>Tous les mots saisis doivent figurer. La flèche vers le bas passe à la liste ; Échap efface la recherche.</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Show only destinations of one type</source>
            <translation>N’afficher que les destinations d’un type donné</translation>
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
            <translation>Nouvelle destination d’URL (%1) ; la flèche propose les autres types</translation>
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
            <source>Du&amp;plicate</source>
            <translation>Du&amp;pliquer</translation>
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
            <translation>Afficher l’aperçu du &amp;déclenchement</translation>
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
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager ne peut pas créer de destinations serveur à serveur : Adobe ou une plateforme intégrée les configure, et vous ne pouvez modifier que leurs mappages.

N’en ajoutez une ici que pour refléter une destination qui existe dans votre compte, afin de modifier ses mappages et de l’essayer dans la sandbox.</translation>
        </message>
        <message>
            <source>Add Mirror</source>
            <translation>Ajouter en miroir</translation>
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
            <source>Duplicate %n destination(s)</source>
            <translation>
                <numerusform>Dupliquer %n destination</numerusform>
                <numerusform>Dupliquer %n destinations</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicated %1 with %2.</source>
            <translation>Duplication effectuée : %1 avec %2.</translation>
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
            <translation>Supprimer la destination « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)?</source>
            <translation>
                <numerusform>Supprimer %n destination ?</numerusform>
                <numerusform>Supprimer %n destinations ?</numerusform>
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
            <translation>« %1 » a encore %2. Audience Manager ne supprime une destination qu’après la suppression de ses mappages.

Supprimer la destination et ses mappages ?</translation>
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
            <translation>Des mappages subsistent dans %1 des %2 destinations sélectionnées (%3 au total). Audience Manager ne supprime une destination qu’après la suppression de ses mappages.</translation>
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
            <translation>Suppression effectuée : %1 et %2.</translation>
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
            <translation>Importé depuis %1 : %2.</translation>
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
            <translation>Exportation terminée : %1 avec %2 vers %3.</translation>
        </message>
        <message>
            <source>%1 Left out: %2</source>
            <translation>%1 Destinations omises : %2</translation>
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
        <message>
            <source>Segment &amp;Mappings</source>
            <translation>&amp;Mappages de segments</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>&amp;Destination</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings (%1)</source>
            <translation>&amp;Mappages de segments (%1)</translation>
        </message>
        <message>
            <source>The segments mapped to this destination, with their values and dates (Ctrl+M)</source>
            <translation>Les segments mappés à cette destination, avec leurs valeurs et leurs dates (Ctrl+M)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <source>Show only destinations whose worst finding, over the destination and its mappings, is of one kind</source>
            <translation>N’afficher que les destinations dont le constat le plus grave (dans la destination et ses mappages) est d’un type donné</translation>
        </message>
        <message>
            <source>No destinations yet</source>
            <translation>Aucune destination pour l’instant</translation>
        </message>
        <message>
            <source>A destination is where your segments go: a URL that is called (a pixel), a cookie in the browser or a server-to-server partner. Create one here, or read destinations from a file with File › Import › Destinations from AAM REST JSON.</source>
            <translation>Une destination est l’endroit où vont vos segments : une URL appelée (un pixel), un cookie dans le navigateur ou un partenaire serveur à serveur. Créez-en une ici, ou importez des destinations depuis un fichier avec Fichier › Importer › Destinations depuis un JSON AAM REST.</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n destination(s): their rows are on the clipboard; Edit › Undo brings the destinations back.</source>
            <translation>
                <numerusform>%n destination coupée : sa ligne est dans le presse-papiers ; Édition › Annuler la rétablit.</numerusform>
                <numerusform>%n destinations coupées : leurs lignes sont dans le presse-papiers ; Édition › Annuler les rétablit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 to %2.</source>
            <translation>Exportation terminée : %1 vers %2.</translation>
        </message>
        <message>
            <source>Search destinations</source>
            <translation>Rechercher des destinations</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <source>Destination type</source>
            <translation>Type de destination</translation>
        </message>
        <message>
            <source>Destination status</source>
            <translation>Statut de la destination</translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</source>
            <translation>
                <numerusform>%n destination serveur à serveur non dupliquée : seul Adobe ou une plateforme intégrée configure une destination serveur à serveur.</numerusform>
                <numerusform>%n destinations serveur à serveur non dupliquées : seul Adobe ou une plateforme intégrée configure une destination serveur à serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>New Server-to-Server Destination</source>
            <translation>Nouvelle destination serveur à serveur</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EditCommands</name>
        <message numerus="yes">
            <source>Copied %n row(s) and the column titles: a spreadsheet pastes them into columns.</source>
            <translation>
                <numerusform>%n ligne copiée avec les titres des colonnes : au collage, un tableur les répartit en colonnes.</numerusform>
                <numerusform>%n lignes copiées avec les titres des colonnes : au collage, un tableur les répartit en colonnes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EndpointCombo</name>
        <message>
            <source>Endpoint</source>
            <translation>Point de terminaison</translation>
        </message>
        <message>
            <source>The DCS path the call goes to. Choose one or type another path.</source>
            <translation>Le chemin du DCS vers lequel part l’appel. Choisissez-en un ou saisissez un autre chemin.</translation>
        </message>
        <message>
            <source>Event call: signals in, segments and destinations out.</source>
            <translation>Appel d’événement : des signaux en entrée, des segments et des destinations en sortie.</translation>
        </message>
        <message>
            <source>ID sync: links dpid and dpuuid (or d_cid) to the AAM UUID; the pairs follow a colon, /ibs:dpid=…, and redir=&lt;URL with ${DD_UUID}&gt; redirects there.</source>
            <translation>Synchronisation d’ID : lie dpid et dpuuid (ou d_cid) à l’UUID AAM ; les paires suivent un deux-points, /ibs:dpid=…, et redir=&lt;URL avec ${DD_UUID}&gt; redirige vers cette URL.</translation>
        </message>
        <message>
            <source>ID service: answers the Experience Cloud ID (d_mid) for d_orgid, with d_blob and the ID syncs.</source>
            <translation>Service d’ID : renvoie l’ID Experience Cloud (d_mid) pour d_orgid, avec d_blob et les synchronisations d’ID.</translation>
        </message>
        <message>
            <source>Opt-out: opts out the d_uuid, the d_mid with d_orgid, or the declared IDs; later calls for them return error 171.</source>
            <translation>Désinscription : désinscrit le d_uuid, le d_mid avec d_orgid, ou les ID déclarés ; les appels suivants pour ces ID reçoivent en réponse l’erreur 171.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Environment</name>
        <message>
            <source>%1: expected an object</source>
            <translation>%1 : objet attendu</translation>
        </message>
        <message>
            <source>%1.name: expected the environment's name (text)</source>
            <translation>%1.name : nom de l’environnement attendu (texte)</translation>
        </message>
        <message>
            <source>%1.name: a second environment named “%2”</source>
            <translation>%1.name : un second environnement nommé « %2 »</translation>
        </message>
        <message>
            <source>%1.variables: expected a list</source>
            <translation>%1.variables : liste attendue</translation>
        </message>
        <message>
            <source>%1.name: expected a variable name (letters, digits, _ . -, starting with a letter or _)</source>
            <translation>%1.name : nom de variable attendu (lettres, chiffres, _ . -, commençant par une lettre ou _)</translation>
        </message>
        <message>
            <source>%1.name: a second variable named “%2”</source>
            <translation>%1.name : une seconde variable nommée « %2 »</translation>
        </message>
        <message>
            <source>%1.value: expected text</source>
            <translation>%1.value : texte attendu</translation>
        </message>
        <message>
            <source>%1.secret: expected true or false</source>
            <translation>%1.secret : true ou false attendu</translation>
        </message>
        <message>
            <source>%1.value: the secret variable “%2” has a value in the file. Secret values are never kept in a workspace: remove the value and set %3 instead.</source>
            <translation>%1.value : la variable secrète « %2 » a une valeur dans le fichier. Les valeurs secrètes ne sont jamais conservées dans un espace de travail : supprimez la valeur et définissez plutôt %3.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentBar</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Environnement :</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>The environment whose values replace the {{name}} variables of the request and the profile</source>
            <translation>L’environnement dont les valeurs remplacent les variables {{name}} de la requête et du profil</translation>
        </message>
        <message>
            <source>Environments…</source>
            <translation>Environnements…</translation>
        </message>
        <message>
            <source>Manage environments</source>
            <translation>Gérer les environnements</translation>
        </message>
        <message>
            <source>Add, rename or remove environments and edit their variables</source>
            <translation>Ajouter, renommer ou supprimer des environnements et modifier leurs variables</translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n value(s) were copied there from “%2”, whose entries are kept.</source>
            <translation>
                <numerusform>L’espace de travail s’appelle maintenant « %1 » et ses valeurs secrètes sont conservées dans le trousseau du système sous ce nom : %n valeur y a été copiée depuis « %2 », dont les entrées sont gardées.</numerusform>
                <numerusform>L’espace de travail s’appelle maintenant « %1 » et ses valeurs secrètes sont conservées dans le trousseau du système sous ce nom : %n valeurs y ont été copiées depuis « %2 », dont les entrées sont gardées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”: its %n secret value(s) are kept in memory until DCS Desk closes.</source>
            <translation>
                <numerusform>L’espace de travail s’appelle maintenant « %1 » : %n valeur secrète est gardée en mémoire jusqu’à la fermeture de DCS Desk.</numerusform>
                <numerusform>L’espace de travail s’appelle maintenant « %1 » : ses %n valeurs secrètes sont gardées en mémoire jusqu’à la fermeture de DCS Desk.</numerusform>
            </translation>
        </message>
        <message>
            <source>The keychain refused a secret value: unlock it and type the value again.</source>
            <translation>Le trousseau a refusé une valeur secrète : déverrouillez-le et saisissez de nouveau la valeur.</translation>
        </message>
        <message>
            <source>The secret values follow the new name “%1”.</source>
            <translation>Les valeurs secrètes sont désormais rattachées au nouveau nom « %1 ».</translation>
        </message>
        <message>
            <source>No system keychain: secret values are lost when DCS Desk closes; start a keychain service to keep them.</source>
            <translation>Pas de trousseau du système : les valeurs secrètes sont perdues à la fermeture de DCS Desk ; démarrez un service de trousseau pour les garder.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentDialog</name>
        <message>
            <source>Environments</source>
            <translation>Environnements</translation>
        </message>
        <message>
            <source>E&amp;nvironments:</source>
            <translation>E&amp;nvironnements :</translation>
        </message>
        <message>
            <source>Environment name</source>
            <translation>Nom de l’environnement</translation>
        </message>
        <message>
            <source>The environment's name, e.g. production, beta, mock or sandbox</source>
            <translation>Le nom de l’environnement, p. ex. production, beta, mock ou sandbox</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>&amp;Variables ({{name}} in any field of a request or profile):</source>
            <translation>&amp;Variables ({{name}} dans tout champ d’une requête ou d’un profil) :</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;m :</translation>
        </message>
        <message>
            <source>(from %1)</source>
            <translation>(provenant de %1)</translation>
        </message>
        <message>
            <source>new environment</source>
            <translation>nouvel environnement</translation>
        </message>
        <message>
            <source>new environment %1</source>
            <translation>nouvel environnement %1</translation>
        </message>
        <message>
            <source>The environments cannot be saved: %1
Correct it, or press Cancel to keep them as they were.</source>
            <translation>Les environnements ne peuvent pas être enregistrés : %1
Corrigez le problème ou appuyez sur « Annuler » pour les garder tels qu’ils étaient.</translation>
        </message>
        <message>
            <source>Edit environments</source>
            <translation>Modifier les environnements</translation>
        </message>
        <message>
            <source>Without a value, a secret comes from the system environment variable DCSDESK_VAR_&lt;NAME&gt; (for example DCSDESK_VAR_PARTNERTOKEN).</source>
            <translation>Si aucune valeur n’est indiquée, une variable secrète prend sa valeur dans la variable d’environnement système DCSDESK_VAR_&lt;NAME&gt; (par exemple DCSDESK_VAR_PARTNERTOKEN).</translation>
        </message>
        <message>
            <source>A secret value is never saved in the workspace, the settings or the history: it is kept in the system keychain. Empty its Value cell to forget it.</source>
            <translation>La valeur d’une variable secrète n’est jamais enregistrée dans l’espace de travail, les réglages ou l’historique : elle est conservée dans le trousseau du système. Videz la cellule « Valeur » de la variable pour l’oublier.</translation>
        </message>
        <message>
            <source>A secret's value is kept in the system keychain, never in the workspace file</source>
            <translation>La valeur d’une variable secrète est conservée dans le trousseau du système, jamais dans le fichier de l’espace de travail</translation>
        </message>
        <message>
            <source>A secret's value is never written in the workspace file; without a keychain it is kept until DCS Desk closes</source>
            <translation>La valeur d’une variable secrète n’est jamais écrite dans le fichier de l’espace de travail ; sans trousseau, elle est gardée jusqu’à la fermeture de DCS Desk</translation>
        </message>
        <message>
            <source>environment %1 in the list has no name. Type one in the Name field.</source>
            <translation>l’environnement n° %1 de la liste n’a pas de nom. Saisissez-en un dans le champ « Nom ».</translation>
        </message>
        <message>
            <source>two environments are named “%1”. Rename one of them.</source>
            <translation>deux environnements s’appellent « %1 ». Renommez l’un d’eux.</translation>
        </message>
        <message>
            <source>a variable of environment “%1” has no name. Type one, or remove the row.</source>
            <translation>une variable de l’environnement « %1 » n’a pas de nom. Saisissez-en un ou retirez la ligne.</translation>
        </message>
        <message>
            <source>“%1” (environment “%2”) cannot be a variable name: use letters, digits, _ . or -, and begin with a letter or _.</source>
            <translation>« %1 » (environnement « %2 ») ne peut pas être un nom de variable : utilisez des lettres, des chiffres, _ . ou -, et commencez par une lettre ou _.</translation>
        </message>
        <message>
            <source>environment “%1” has two variables named “%2”. Rename or remove one of them.</source>
            <translation>l’environnement « %1 » a deux variables nommées « %2 ». Renommez ou retirez l’une d’elles.</translation>
        </message>
        <message>
            <source>&amp;Add Environment</source>
            <translation>&amp;Ajouter un environnement</translation>
        </message>
        <message>
            <source>&amp;Remove Environment</source>
            <translation>&amp;Retirer l’environnement</translation>
        </message>
        <message>
            <source>Add Varia&amp;ble</source>
            <translation>Ajouter une varia&amp;ble</translation>
        </message>
        <message>
            <source>Remove Variab&amp;le</source>
            <translation>Retirer la var&amp;iable</translation>
        </message>
        <message>
            <source>Kept in the system keychain; empty the cell to forget it. An empty cell takes the value from %1.</source>
            <translation>Conservée dans le trousseau du système ; videz la cellule pour l’oublier. Si la cellule est vide, la valeur est prise dans %1.</translation>
        </message>
        <message>
            <source>Kept in memory until DCS Desk closes. An empty cell takes the value from %1.</source>
            <translation>Conservée en mémoire jusqu’à la fermeture de DCS Desk. Si la cellule est vide, la valeur est prise dans %1.</translation>
        </message>
        <message>
            <source>Environments Not Saved</source>
            <translation>Environnements non enregistrés</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentSecrets</name>
        <message>
            <source>no reason given</source>
            <translation>aucune raison indiquée</translation>
        </message>
        <message>
            <source>DCS Desk was started without one</source>
            <comment>one: a system keychain</comment>
            <translation>DCS Desk a été démarré sans trousseau</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ExpectedVsActual</name>
        <message>
            <source>The mapping of segment %1 expired on %2.</source>
            <translation>Le mappage du segment %1 a expiré le %2.</translation>
        </message>
        <message>
            <source>The mapping of segment %1 starts on %2.</source>
            <translation>Le mappage du segment %1 commence le %2.</translation>
        </message>
        <message>
            <source>Destination not in the response.</source>
            <translation>Destination absente de la réponse.</translation>
        </message>
        <message>
            <source>The cookie value differs from the mappings' values.</source>
            <translation>La valeur du cookie diffère des valeurs des mappages.</translation>
        </message>
        <message>
            <source>The request did not ask for URL destinations (d_dst=1).</source>
            <translation>La requête n’a pas demandé les destinations d’URL (d_dst=1).</translation>
        </message>
        <message>
            <source>No mapping of a qualified segment predicts this destination.</source>
            <translation>Aucun mappage d’un segment qualifié ne prévoit cette destination.</translation>
        </message>
        <message>
            <source>The workspace has no destination that predicts this.</source>
            <translation>Aucune destination de l’espace de travail ne le prévoit.</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Correspond</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Diffère</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manque</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>En trop</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>Absence normale</translation>
        </message>
        <message>
            <source>The same keys and values in another order.</source>
            <translation>Les mêmes clés et valeurs dans un autre ordre.</translation>
        </message>
        <message>
            <source>The destination is for %1; the call says d_ptfm=%2.</source>
            <translation>Plateforme de la destination : %1 ; l’appel indique d_ptfm=%2.</translation>
        </message>
        <message>
            <source>The destination has no mappings in the workspace.</source>
            <translation>La destination n’a aucun mappage dans l’espace de travail.</translation>
        </message>
        <message>
            <source>The answer lists a segment of this destination: a DCS keeps the segments of this user's earlier calls.</source>
            <translation>La réponse liste un segment de cette destination : un DCS conserve les segments des appels précédents de cet utilisateur.</translation>
        </message>
        <message>
            <source>The answer also has %1, which the mappings do not predict for this call.</source>
            <translation>La réponse contient aussi %1, que les mappages ne prévoient pas pour cet appel.</translation>
        </message>
        <message>
            <source>The answer lacks %1.</source>
            <translation>La réponse ne contient pas %1.</translation>
        </message>
        <message>
            <source>Nothing to compare: only /event answers carry segments and destinations, and this call went to %1.</source>
            <translation>Rien à comparer : seules les réponses de /event contiennent des segments et des destinations, et cet appel a été envoyé à %1.</translation>
        </message>
        <message>
            <source>d_cts=1 returns legacy segment IDs; send d_cts=2 to compare the answer's segments with the workspace's.</source>
            <translation>d_cts=1 renvoie les anciens ID de segment ; envoyez d_cts=2 pour comparer les segments de la réponse à ceux de l’espace de travail.</translation>
        </message>
        <message>
            <source>The answer lists no segments; send d_cts=2 to compare them too.</source>
            <translation>La réponse ne liste aucun segment ; envoyez d_cts=2 pour les comparer aussi.</translation>
        </message>
        <message>
            <source>The DCS did not list it: its rule or status in the account may differ from the workspace.</source>
            <translation>Le DCS ne l’a pas listé : sa règle ou son statut dans le compte peuvent différer de ceux de l’espace de travail.</translation>
        </message>
        <message>
            <source>A DCS also lists the segments of this user's earlier calls.</source>
            <translation>Un DCS liste aussi les segments des appels précédents de cet utilisateur.</translation>
        </message>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>… %n autre</numerusform>
                <numerusform>… %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Listed in the answer: %1.</source>
            <translation>Listés dans la réponse : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n correspondance</numerusform>
                <numerusform>%n correspondances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n manquant</numerusform>
                <numerusform>%n manquants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unexpected</source>
            <translation>
                <numerusform>%n inattendu</numerusform>
                <numerusform>%n inattendus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different</source>
            <translation>
                <numerusform>%n différent</numerusform>
                <numerusform>%n différents</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: the DCS answered error 171, the user opted out, so it qualifies no segment and fires no destination for this user.</source>
            <translation>Rien à comparer : le DCS a répondu par l’erreur 171, l’utilisateur s’est désinscrit ; le DCS ne le qualifie donc pour aucun segment et ne déclenche aucune destination pour lui.</translation>
        </message>
        <message>
            <source>The same URL but for values that may differ on every call: cache-busting macros (%rnd%, %timestamp%) and the order of serialized segments.</source>
            <translation>La même URL, aux valeurs près qui peuvent changer à chaque appel : macros anti-cache (%rnd%, %timestamp%) et ordre des segments sérialisés.</translation>
        </message>
        <message>
            <source>Qualified for this call (by the workspace's rules or d_sid): %1.</source>
            <translation>Qualifiés pour cet appel (par les règles de l’espace de travail ou par d_sid) : %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingSubject</name>
        <message>
            <source>segment %1</source>
            <translation>segment %1</translation>
        </message>
        <message>
            <source>segment %1 “%2”</source>
            <translation>segment %1 « %2 »</translation>
        </message>
        <message>
            <source>destination %1</source>
            <translation>destination %1</translation>
        </message>
        <message>
            <source>destination %1 “%2”</source>
            <translation>destination %1 « %2 »</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Mappage %1</translation>
        </message>
        <message>
            <source>Mapping %1: %2 → %3</source>
            <translation>Mappage %1 : %2 → %3</translation>
        </message>
        <message>
            <source>%1 (mapping %2)</source>
            <translation>%1 (mappage %2)</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 « %2 »</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Profile “%1”</source>
            <translation>Profil « %1 »</translation>
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
            <translation>Constats de validation</translation>
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
            <translation>Aucun problème détecté dans cet espace de travail.</translation>
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
            <source>No problems found</source>
            <translation>Aucun problème détecté</translation>
        </message>
        <message>
            <source>DCS Desk checks every destination, mapping and segment as you edit. What Audience Manager would refuse shows here as an error, what may not work as you expect as a warning; double-click one to go to it.</source>
            <translation>DCS Desk vérifie chaque destination, chaque mappage et chaque segment pendant que vous les modifiez. Ce qu’Audience Manager refuserait s’affiche ici en erreur, ce qui risque de ne pas fonctionner comme prévu en avertissement ; double-cliquez sur une ligne pour aller à l’objet.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FireCommand</name>
        <message>
            <source>Show what a destination fires for a user in the given segments: pixels, cookie or server-to-server values.</source>
            <translation>Afficher ce qu’une destination déclenche pour un utilisateur qualifié pour les segments indiqués : pixels, cookie ou valeurs serveur à serveur.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Le fichier de l’espace de travail.</translation>
        </message>
        <message>
            <source>The destination ID.</source>
            <translation>L’ID de la destination.</translation>
        </message>
        <message>
            <source>The segments the user qualifies for (IDs, comma-separated); default: every segment the destination maps.</source>
            <translation>Les segments pour lesquels l’utilisateur est qualifié (ID séparés par des virgules) ; par défaut, tous les segments mappés par la destination.</translation>
        </message>
        <message>
            <source>The day of the call (YYYY-MM-DD; default today).</source>
            <translation>Le jour de l’appel (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
        </message>
        <message>
            <source>The user's AAM ID for %did%.</source>
            <translation>L’ID AAM de l’utilisateur pour %did%.</translation>
        </message>
        <message>
            <source>A fixed value for %rnd% (default: a new random number).</source>
            <translation>Une valeur fixe pour %rnd% (par défaut : un nouveau nombre aléatoire).</translation>
        </message>
        <message>
            <source>fire takes one workspace file and --destination ID.</source>
            <translation>fire attend un fichier d’espace de travail et --destination ID.</translation>
        </message>
        <message>
            <source>fire needs --destination with a destination ID.</source>
            <translation>fire attend --destination suivi d’un ID de destination.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>L’espace de travail n’a pas de destination %1.</translation>
        </message>
        <message>
            <source>--segments takes segment IDs separated by commas, not “%1”.</source>
            <translation>--segments attend des ID de segment séparés par des virgules, pas « %1 ».</translation>
        </message>
        <message>
            <source>segment %1: the mapping ended on %2</source>
            <translation>segment %1 : le mappage s’est terminé le %2</translation>
        </message>
        <message>
            <source>segment %1: the mapping starts on %2</source>
            <translation>segment %1 : le mappage commence le %2</translation>
        </message>
        <message>
            <source>segment %1: not mapped to this destination</source>
            <translation>segment %1 : non mappé à cette destination</translation>
        </message>
        <message>
            <source>%1 (%2) on %3:</source>
            <translation>%1 (%2) le %3 :</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>pixel</source>
            <translation>pixel</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>URL sécurisée</translation>
        </message>
        <message>
            <source>cookie</source>
            <translation>cookie</translation>
        </message>
        <message numerus="yes">
            <source>domain %1, expires after %n day(s)</source>
            <translation>
                <numerusform>domaine %1, expire après %n jour</numerusform>
                <numerusform>domaine %1, expire après %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>(all domains)</source>
            <translation>(tous les domaines)</translation>
        </message>
        <message>
            <source>server-to-server value</source>
            <translation>valeur serveur à serveur</translation>
        </message>
        <message>
            <source>Nothing fires: no active mapping for these segments.</source>
            <translation>Rien n’est déclenché : aucun mappage actif pour ces segments.</translation>
        </message>
        <message>
            <source>not fired</source>
            <translation>non déclenché</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>sids</source>
            <translation>SID</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
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
            <translation>Ouvrir la console de requêtes avec un appel à la sandbox pour un utilisateur qualifié pour les segments d’exemple.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>La console de requêtes ne fait pas partie de cette version ; l’appel ne peut donc pas être essayé ici.</translation>
        </message>
        <message>
            <source>&amp;Sample segments:</source>
            <translation>&amp;Segments d’exemple :</translation>
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
            <translation>ID utilisateur (%did%) :</translation>
        </message>
        <message>
            <source>Experience Cloud ID (%mcid%):</source>
            <translation>ID Experience Cloud (%mcid%) :</translation>
        </message>
        <message>
            <source>Region (%region%):</source>
            <translation>Région (%region%) :</translation>
        </message>
        <message>
            <source>Page protocol (%http_proto%):</source>
            <translation>Protocole de la page (%http_proto%) :</translation>
        </message>
        <message>
            <source>Timestamp (%timestamp%):</source>
            <translation>Horodatage (%timestamp%) :</translation>
        </message>
        <message>
            <source>Random number (%rnd%):</source>
            <translation>Nombre aléatoire (%rnd%) :</translation>
        </message>
        <message>
            <source>Declared IDs (%dpid_…%):</source>
            <translation>ID déclarés (%dpid_…%) :</translation>
        </message>
        <message>
            <source>GDPR applies (${GDPR}):</source>
            <translation>Le RGPD s’applique (${GDPR}) :</translation>
        </message>
        <message>
            <source>Consent string (${GDPR_CONSENT_…}):</source>
            <translation>Chaîne de consentement (${GDPR_CONSENT_…}) :</translation>
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
            <translation>ID de segment non valide : %1. Saisissez des nombres séparés par des virgules.</translation>
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
            <translation>pas encore mappé : valeur remplie automatiquement</translation>
        </message>
        <message>
            <source>mapping expired: not sent</source>
            <translation>mappage expiré : non envoyé</translation>
        </message>
        <message>
            <source>mapping not started: not sent</source>
            <translation>mappage pas encore commencé : non envoyé</translation>
        </message>
        <message>
            <source>not mapped: needs a mapping to send anything</source>
            <translation>non mappé : il faut un mappage pour envoyer quoi que ce soit</translation>
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
            <translation>URL (http et https) :</translation>
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
            <translation>URL de base (http) :</translation>
        </message>
        <message>
            <source>Secure URL (https):</source>
            <translation>URL sécurisée (https) :</translation>
        </message>
        <message>
            <source>No cookie is written for these segments.</source>
            <translation>Aucun cookie n’est écrit pour ces segments.</translation>
        </message>
        <message>
            <source>Cookie (name=value):</source>
            <translation>Cookie (nom=valeur) :</translation>
        </message>
        <message>
            <source>domain: all of the site's domains</source>
            <translation>domaine : tous les domaines du site</translation>
        </message>
        <message>
            <source>domain: %1</source>
            <translation>domaine : %1</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>expire dans %n jour</numerusform>
                <numerusform>expire dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>expires with the session</source>
            <translation>expire à la fin de la session</translation>
        </message>
        <message>
            <source>Nothing is sent for these segments.</source>
            <translation>Rien n’est envoyé pour ces segments.</translation>
        </message>
        <message>
            <source>Segment values in the next batch file:</source>
            <translation>Valeurs de segment dans le prochain fichier par lots :</translation>
        </message>
        <message>
            <source>Sent server to server</source>
            <translation>Envoi de serveur à serveur</translation>
        </message>
        <message>
            <source>Fires now (serialized)</source>
            <translation>Se déclenche maintenant (sérialisé)</translation>
        </message>
        <message>
            <source>Fires now (not serialized)</source>
            <translation>Se déclenche maintenant (non sérialisé)</translation>
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
        <message>
            <source>(not in the catalog)</source>
            <translation>(absent du catalogue)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FiredUrlMatch</name>
        <message>
            <source>%1: expected “%2”, the answer has “%3”.</source>
            <translation>%1 : attendu « %2 », la réponse contient « %3 ».</translation>
        </message>
        <message>
            <source>%1: the segment values should be %2, the answer has %3.</source>
            <translation>%1 : les valeurs de segment devraient être %2, la réponse contient %3.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Parameter %1 is missing.</source>
            <translation>Le paramètre %1 est absent.</translation>
        </message>
        <message>
            <source>Parameter %1</source>
            <translation>Paramètre %1</translation>
        </message>
        <message>
            <source>Parameter %1 is not in the destination's URL.</source>
            <translation>Le paramètre %1 ne figure pas dans l’URL de la destination.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::GenerateCommand</name>
        <message>
            <source>Write a generated workspace (by default at the account limits: 1,000 destinations, 20,000 segments, 100,000 mappings), the same for the same seed.</source>
            <translation>Écrire un espace de travail généré (par défaut aux limites du compte : 1 000 destinations, 20 000 segments, 100 000 mappages), toujours identique pour la même graine.</translation>
        </message>
        <message>
            <source>The workspace file to write.</source>
            <translation>Le fichier d’espace de travail à écrire.</translation>
        </message>
        <message>
            <source>The seed (default 1).</source>
            <translation>La graine (1 par défaut).</translation>
        </message>
        <message>
            <source>Number of destinations (default 1000).</source>
            <translation>Nombre de destinations (1000 par défaut).</translation>
        </message>
        <message>
            <source>Number of segments (default 20000).</source>
            <translation>Nombre de segments (20000 par défaut).</translation>
        </message>
        <message>
            <source>Number of mappings (default 100000).</source>
            <translation>Nombre de mappages (100000 par défaut).</translation>
        </message>
        <message>
            <source>The day the mapping schedules are spread around (YYYY-MM-DD; default today).</source>
            <translation>Le jour autour duquel les calendriers des mappages sont répartis (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
        </message>
        <message>
            <source>generate-workspace takes one output file.</source>
            <translation>generate-workspace attend un seul fichier de sortie.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
            <translation>--%1 attend un nombre entier de %2 à %3, pas « %4 ».</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
        </message>
        <message>
            <source>%1: %2 destinations, %3 segments, %4 mappings (seed %5).</source>
            <translation>%1 : %2 destinations, %3 segments, %4 mappages (graine %5).</translation>
        </message>
        <message>
            <source>out</source>
            <translation>sortie</translation>
        </message>
        <message>
            <source>OUT.json</source>
            <translation>SORTIE.json</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarCapture</name>
        <message>
            <source>Event (/event)</source>
            <translation>Événement (/event)</translation>
        </message>
        <message>
            <source>ID sync (/ibs)</source>
            <translation>Synchronisation d’ID (/ibs)</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>Service d’ID (/id)</translation>
        </message>
        <message>
            <source>Destination page (dest5.html)</source>
            <translation>Page des destinations (dest5.html)</translation>
        </message>
        <message>
            <source>Opt-out (/demoptout.jpg)</source>
            <translation>Désinscription (/demoptout.jpg)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>%1 ne peut pas être lu : %2.</translation>
        </message>
        <message>
            <source>The file ends too early (line %1): the capture was cut short while it was saved or copied. Save it again from the browser.</source>
            <translation>Le fichier se termine trop tôt (ligne %1) : la capture a été tronquée lors de son enregistrement ou de sa copie. Enregistrez-la à nouveau depuis le navigateur.</translation>
        </message>
        <message>
            <source>The file is not valid JSON at line %1, column %2: %3. A HAR file is JSON as the browser saved it; was it edited?</source>
            <translation>Le fichier n’est pas du JSON valide à la ligne %1, colonne %2 : %3. Un fichier HAR est du JSON tel que le navigateur l’a enregistré ; a-t-il été modifié ?</translation>
        </message>
        <message>
            <source>The file cannot be read as JSON: %1.</source>
            <translation>Le fichier ne peut pas être lu comme JSON : %1.</translation>
        </message>
        <message>
            <source>The capture does not say which HAR version it is; it was read as HAR 1.2.</source>
            <translation>La capture n’indique pas sa version HAR ; elle a été lue comme HAR 1.2.</translation>
        </message>
        <message>
            <source>The capture is HAR %1; DCS Desk reads HAR 1.2 and read what it knows of this one. Fields this version lacks are shown empty.</source>
            <translation>La capture est au format HAR %1 ; DCS Desk lit HAR 1.2 et en a lu ce qu’il connaît. Les champs absents de cette version restent vides.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8 text (line %1, column %2), so it is not a HAR file as browsers save them. Save the capture again, or convert the file to UTF-8.</source>
            <translation>Le fichier n’est pas du texte UTF-8 valide (ligne %1, colonne %2), ce n’est donc pas un fichier HAR tel que les navigateurs les enregistrent. Enregistrez à nouveau la capture ou convertissez le fichier en UTF-8.</translation>
        </message>
        <message>
            <source>Reading the capture was canceled; nothing of it is shown. Open it again to read it.</source>
            <translation>La lecture de la capture a été annulée ; rien n’en est affiché. Ouvrez-la de nouveau pour la lire.</translation>
        </message>
        <message>
            <source>The file is empty. Save the capture again from the browser's network panel (Export HAR in Chrome, Save All As HAR in Firefox).</source>
            <translation>Le fichier est vide. Enregistrez à nouveau la capture depuis le panneau réseau du navigateur (Exporter HAR dans Chrome, Tout enregistrer en tant que HAR dans Firefox).</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a HAR capture (no "log" with "entries"). Save the network log as HAR: in Chrome, Network › Export HAR; in Firefox, Network › Save All As HAR.</source>
            <translation>Le fichier contient du JSON, mais pas une capture HAR (pas de « log » avec « entries »). Enregistrez le journal réseau au format HAR : dans Chrome, Réseau › Exporter HAR ; dans Firefox, Réseau › Tout enregistrer en tant que HAR.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMaskItem</name>
        <message>
            <source>%1 in cookie %2 (sent)</source>
            <translation>%1 dans le cookie %2 (envoyé)</translation>
        </message>
        <message>
            <source>Cookie %1 (sent)</source>
            <translation>Cookie %1 (envoyé)</translation>
        </message>
        <message>
            <source>%1 in cookie %2 (set)</source>
            <translation>%1 dans le cookie %2 (défini)</translation>
        </message>
        <message>
            <source>Cookie %1 (set)</source>
            <translation>Cookie %1 (défini)</translation>
        </message>
        <message>
            <source>Password in URL</source>
            <translation>Mot de passe dans l’URL</translation>
        </message>
        <message>
            <source>%1 in URL</source>
            <translation>%1 dans l’URL</translation>
        </message>
        <message>
            <source>%1 in POST body</source>
            <translation>%1 dans le corps POST</translation>
        </message>
        <message>
            <source>%1 in %2 header</source>
            <translation>%1 dans l’en-tête %2</translation>
        </message>
        <message>
            <source>%1 header</source>
            <translation>En-tête %1</translation>
        </message>
        <message>
            <source>%1 in answer</source>
            <translation>%1 dans la réponse</translation>
        </message>
        <message>
            <source>User ID in %1</source>
            <translation>ID utilisateur dans %1</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 dans %2</translation>
        </message>
        <message>
            <source>%1 in another field</source>
            <translation>%1 dans un autre champ</translation>
        </message>
        <message>
            <source>cookie values</source>
            <translation>valeurs de cookies</translation>
        </message>
        <message>
            <source>user IDs</source>
            <translation>ID utilisateur</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>valeurs p_</translation>
        </message>
        <message>
            <source>credentials</source>
            <translation>identifiants</translation>
        </message>
        <message>
            <source>cookies sent</source>
            <translation>cookies envoyés</translation>
        </message>
        <message>
            <source>cookies set</source>
            <translation>cookies définis</translation>
        </message>
        <message>
            <source>URLs</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>POST bodies</source>
            <translation>corps POST</translation>
        </message>
        <message>
            <source>headers</source>
            <translation>en-têtes</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>réponses</translation>
        </message>
        <message>
            <source>redirects</source>
            <translation>redirections</translation>
        </message>
        <message>
            <source>other fields</source>
            <translation>autres champs</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMasker</name>
        <message>
            <source>The capture could not be taken apart for masking (at byte %1), so no masked copy was made.</source>
            <translation>La capture n’a pas pu être décomposée pour le masquage (à l’octet %1) ; aucune copie masquée n’a été créée.</translation>
        </message>
        <message>
            <source>The demdex value NOTARGET was kept: it says the user opted out and identifies no one.</source>
            <translation>La valeur demdex NOTARGET a été conservée : elle indique que l’utilisateur s’est désinscrit et n’identifie personne.</translation>
        </message>
        <message>
            <source>The masked copy would not be valid JSON, so it was not made.</source>
            <translation>La copie masquée ne serait pas du JSON valide ; elle n’a donc pas été créée.</translation>
        </message>
        <message>
            <source>%1 (entry %2)</source>
            <translation>%1 (entrée %2)</translation>
        </message>
        <message>
            <source>After masking, %1 was still in the copy, so no masked copy was made. Please report this, with the kind of capture, to the DCS Desk team.</source>
            <translation>Après le masquage, %1 était encore dans la copie ; aucune copie masquée n’a donc été créée. Signalez-le à l’équipe DCS Desk, avec le type de capture.</translation>
        </message>
        <message>
            <source>a masked value</source>
            <translation>une valeur masquée</translation>
        </message>
        <message>
            <source>Masking changed entry %1 (%2 %3): the copy would not list the same calls, so it was not made.</source>
            <translation>Le masquage a modifié l’entrée %1 (%2 %3) : la copie ne listerait pas les mêmes appels ; elle n’a donc pas été créée.</translation>
        </message>
        <message>
            <source>The masked copy could not be read back as the same capture, so it was not made.</source>
            <translation>La copie masquée n’a pas pu être relue comme la même capture ; elle n’a donc pas été créée.</translation>
        </message>
        <message>
            <source>Nothing to mask: the capture holds no cookie values, user IDs, p_ values or credentials.</source>
            <translation>Rien à masquer : la capture ne contient ni valeurs de cookies, ni ID utilisateur, ni valeurs p_, ni identifiants.</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie value(s)</source>
            <translation>
                <numerusform>%n valeur de cookie</numerusform>
                <numerusform>%n valeurs de cookies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user ID(s)</source>
            <translation>
                <numerusform>%n ID utilisateur</numerusform>
                <numerusform>%n ID utilisateur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n p_ value(s)</source>
            <translation>
                <numerusform>%n valeur p_</numerusform>
                <numerusform>%n valeurs p_</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n identifiant</numerusform>
                <numerusform>%n identifiants</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) masked: %1.</source>
            <translation>
                <numerusform>%n valeur masquée : %1.</numerusform>
                <numerusform>%n valeurs masquées : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Occurrences in the calls: %n (%1); strings changed in the file: %2.</source>
            <translation>
                <numerusform>%n occurrence dans les appels (%1) ; chaînes du fichier modifiées : %2.</numerusform>
                <numerusform>%n occurrences dans les appels (%1) ; chaînes du fichier modifiées : %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HeaderTableWidget</name>
        <message>
            <source>HTTP he&amp;aders</source>
            <translation>En-têtes &amp;HTTP</translation>
        </message>
        <message>
            <source>HTTP headers</source>
            <translation>En-têtes HTTP</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Header name refused: %1</source>
            <translation>Nom d’en-tête refusé : %1</translation>
        </message>
        <message>
            <source>Header value refused: %1</source>
            <translation>Valeur d’en-tête refusée : %1</translation>
        </message>
        <message>
            <source>Default &amp;headers</source>
            <translation>&amp;En-têtes par défaut</translation>
        </message>
        <message>
            <source>Default headers</source>
            <translation>En-têtes par défaut</translation>
        </message>
        <message>
            <source>Sent with every call of this profile, after Host and User-Agent. A request's own header of the same name replaces it. Uncheck a row to keep it without sending it.</source>
            <translation>Envoyés avec chaque appel de ce profil, après Host et User-Agent. Un en-tête de même nom propre à la requête le remplace. Décochez une ligne pour la garder sans l’envoyer.</translation>
        </message>
        <message>
            <source>Sent after Host, User-Agent and the profile's default headers, in this order. Uncheck a row to keep it without sending it.</source>
            <translation>Envoyés après Host, User-Agent et les en-têtes par défaut du profil, dans cet ordre. Décochez une ligne pour la garder sans l’envoyer.</translation>
        </message>
        <message>
            <source>Also sent, from the profile “%1”: %2. A row here with the same name replaces it.</source>
            <translation>Également envoyés, depuis le profil « %1 » : %2. Une ligne de ce tableau portant le même nom remplace l’en-tête correspondant.</translation>
        </message>
        <message>
            <source>Row %1 has a value but no name: a header needs a name to be sent.</source>
            <translation>La ligne %1 a une valeur mais pas de nom : un en-tête n’est envoyé qu’avec un nom.</translation>
        </message>
        <message>
            <source>Add Header</source>
            <translation>Ajouter un en-tête</translation>
        </message>
        <message>
            <source>Remove Header</source>
            <translation>Retirer l’en-tête</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryCompareDialog</name>
        <message>
            <source>Compare calls</source>
            <translation>Comparer les appels</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Differences between the two calls</source>
            <translation>Différences entre les deux appels</translation>
        </message>
        <message>
            <source>Only &amp;differences</source>
            <translation>Seulement les &amp;différences</translation>
        </message>
        <message>
            <source>≠ %1</source>
            <translation>≠ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differ.</source>
            <translation>
                <numerusform>%n champ diffère.</numerusform>
                <numerusform>%n champs diffèrent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryComparison</name>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Statut HTTP</translation>
        </message>
        <message>
            <source>Failure</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Body size</source>
            <translation>Taille du corps</translation>
        </message>
        <message>
            <source>Cookie %1</source>
            <translation>Cookie %1</translation>
        </message>
        <message>
            <source>URL destination %1</source>
            <translation>Destination d’URL %1</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Caractéristiques</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Codes d’erreur</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Décodée</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryEntry</name>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Délai dépassé</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Too large</source>
            <translation>Trop volumineuse</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>Erreur TLS</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Erreur réseau</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): %1 answered, %2 with DCS errors, %3 failed</source>
            <translation>
                <numerusform>%n ligne : %1 avec réponse, %2 avec erreurs DCS, %3 en échec</numerusform>
                <numerusform>%n lignes : %1 avec réponse, %2 avec erreurs DCS, %3 en échec</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · p50 %2 · p95 %3 · p99 %4</source>
            <translation>%1 · p50 %2 · p95 %3 · p99 %4</translation>
        </message>
        <message>
            <source>%1 (first %2 kept)</source>
            <translation>%1 (tronqué à %2)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>%1 · environment %2</source>
            <translation>%1 · environnement %2</translation>
        </message>
        <message>
            <source>%1 · tags %2</source>
            <translation>%1 · étiquettes %2</translation>
        </message>
        <message>
            <source>%1 · stopped at the first failure</source>
            <translation>%1 · exécution arrêtée au premier échec</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n not sent</source>
            <translation>
                <numerusform>%1 · %n non envoyée</numerusform>
                <numerusform>%1 · %n non envoyées</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>%1 · canceled</source>
            <translation>%1 · exécution annulée</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryListModel</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID utilisateur</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Codes d’erreur</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n utilisateur</numerusform>
                <numerusform>%n utilisateurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>%1 (Host %2)</source>
            <translation>%1 (Host %2)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n requête enregistrée</numerusform>
                <numerusform>%n requêtes enregistrées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryStore</name>
        <message>
            <source>Cannot read the history file %1: %2. New calls are not recorded until it can be read.</source>
            <translation>Impossible de lire le fichier d’historique %1 : %2. Les nouveaux appels ne sont pas enregistrés tant qu’il ne peut pas être lu.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The call is kept until DCS Desk closes.</source>
            <translation>Impossible d’écrire le fichier d’historique %1 : %2. L’appel est conservé jusqu’à la fermeture de DCS Desk.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The previous file is unchanged.</source>
            <translation>Impossible d’écrire le fichier d’historique %1 : %2. Le fichier précédent est inchangé.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryView</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Search: uuid:…, alias:…, status:200, error:171 or any text</source>
            <translation>Rechercher : uuid:…, alias:…, status:200, error:171 ou tout texte</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Rechercher dans l’historique</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected call (Delete)</source>
            <translation>Supprimer l’appel sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>Keep p_ values in history</source>
            <translation>Conserver les valeurs p_ dans l’historique</translation>
        </message>
        <message>
            <source>p_ values are private: by default they are masked before a call is stored</source>
            <translation>Les valeurs p_ sont privées : par défaut, elles sont masquées avant l’enregistrement d’un appel</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n call(s)</source>
            <translation>
                <numerusform>%1 sur %n appel</numerusform>
                <numerusform>%1 sur %n appels</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>Effacer l’historique</translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n call(s) from the history? This cannot be undone.</source>
            <translation>
                <numerusform>Supprimer %n appel de l’historique ? Cette action est irréversible.</numerusform>
                <numerusform>Supprimer les %n appels de l’historique ? Cette action est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Comparer…</translation>
        </message>
        <message>
            <source>Select two calls (Ctrl+click) to see them side by side</source>
            <translation>Sélectionnez deux appels (Ctrl+clic) pour les voir côte à côte</translation>
        </message>
        <message>
            <source>No calls yet</source>
            <translation>Aucun appel pour l’instant</translation>
        </message>
        <message>
            <source>Every call you send from the Console is kept here, newest first, and so is the summary of every batch run. Open a call again in the Console, compare two side by side, or search by user ID, alias, status or error code.</source>
            <translation>Chaque appel que vous envoyez depuis la console est conservé ici, le plus récent en premier, ainsi que le résumé de chaque exécution par lot. Rouvrez un appel dans la console, comparez-en deux côte à côte, ou cherchez par ID utilisateur, alias, statut ou code d’erreur.</translation>
        </message>
        <message>
            <source>uuid:, alias:, status: and error: search one field; any other word searches the whole call</source>
            <translation>uuid:, alias:, status: et error: limitent la recherche à un champ ; tout autre mot est recherché dans tout l’appel</translation>
        </message>
        <message>
            <source>Go to the Console</source>
            <translation>Aller à la console</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>&amp;Ouvrir dans la console</translation>
        </message>
        <message>
            <source>Clear &amp;All…</source>
            <translation>Tout &amp;effacer…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HttpServer</name>
        <message>
            <source>Refusing to listen on %1: the sandbox serves your workspace and listens on loopback (127.0.0.1) only, unless you allow remote access explicitly.</source>
            <translation>Écoute sur %1 refusée : la sandbox expose votre espace de travail et n’écoute que sur l’adresse de bouclage (127.0.0.1), sauf si vous autorisez explicitement l’accès à distance.</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2: %3</source>
            <translation>Impossible d’écouter sur %1, port %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportCollectionCommand</name>
        <message>
            <source>Import the DCS calls of a Postman v2.1 or Bruno collection as saved requests, with a result per request (--dry-run changes nothing).</source>
            <translation>Importer les appels au DCS d’une collection Postman v2.1 ou Bruno comme requêtes enregistrées, avec un résultat par requête (--dry-run ne change rien).</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>collection</translation>
        </message>
        <message>
            <source>A Postman Collection v2.1 file, or a Bruno collection folder (or its bruno.json).</source>
            <translation>Un fichier Postman Collection v2.1, ou le dossier d’une collection Bruno (ou son bruno.json).</translation>
        </message>
        <message>
            <source>FILE|DIR</source>
            <translation>FICHIER|DOSSIER</translation>
        </message>
        <message>
            <source>The workspace file that gets the saved requests.</source>
            <translation>Le fichier d’espace de travail qui reçoit les requêtes enregistrées.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
        <message>
            <source>The saved-request folder to put them in, parts separated by / (default: the collection's name; "" for none).</source>
            <translation>Le dossier de requêtes enregistrées où les placer, parties séparées par / (par défaut : le nom de la collection ; "" pour aucun).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>chemin</translation>
        </message>
        <message>
            <source>Show what would be imported and write nothing.</source>
            <translation>Afficher ce qui serait importé sans rien écrire.</translation>
        </message>
        <message>
            <source>Use: import-collection FILE|DIR --into WORKSPACE [--folder PATH] [--dry-run].</source>
            <translation>Utilisation : import-collection FICHIER|DOSSIER --into ESPACE_DE_TRAVAIL [--folder CHEMIN] [--dry-run].</translation>
        </message>
        <message>
            <source>Import collection %1</source>
            <translation>Importer la collection %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 “%2”: %n request(s).</source>
            <translation>
                <numerusform>%1 « %2 » : %n requête.</numerusform>
                <numerusform>%1 « %2 » : %n requêtes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Remarques :</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 enregistré ; le fichier précédent est conservé comme sauvegarde.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulation : rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Rien à importer.</translation>
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
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangé</numerusform>
                <numerusform>%n inchangés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Added</source>
            <comment>segments</comment>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>Added</source>
            <comment>mappings</comment>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>segments</comment>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>mappings</comment>
            <translation>Mis à jour</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message>
            <source>Show only rows with &amp;errors</source>
            <translation>&amp;N’afficher que les lignes en erreur</translation>
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
                <numerusform>Ignorer %n ligne en erreur et importer le reste</numerusform>
                <numerusform>Ignorer les %n lignes en erreur et importer le reste</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Report…</source>
            <translation>&amp;Enregistrer le rapport…</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>Le fichier ne peut pas être importé : %1</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet. Correct the rows with errors in the file and import it again, or skip them.</source>
            <translation>%1. Rien n’a encore changé. Corrigez les lignes en erreur dans le fichier et importez-le à nouveau, ou ignorez-les.</translation>
        </message>
        <message>
            <source>%1. Nothing to import: the workspace already matches the file.</source>
            <translation>%1. Rien à importer : l’espace de travail correspond déjà au fichier.</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet; Import applies it as one step you can undo.</source>
            <translation>%1. Rien n’a encore changé ; « Importer » applique ces modifications en une seule étape, que vous pouvez annuler.</translation>
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
            <translation>Le rapport n’a pas pu être enregistré dans %1 : %2. Choisissez un autre dossier.</translation>
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
        <name>dcsdesk::InputFile</name>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 n’existe pas. Vérifiez le nom du fichier et le dossier.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file inside it.</source>
            <translation>%1 est un dossier. Choisissez un fichier qu’il contient.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. Save what it holds to a file and choose that; for a pipe, use - to read standard input.</source>
            <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket) ; il n’a donc pas été lu. Enregistrez son contenu dans un fichier et choisissez celui-ci ; pour un tube, utilisez - pour lire l’entrée standard.</translation>
        </message>
        <message>
            <source>The input holds more than %1, the most this command reads; nothing was done.</source>
            <translation>L’entrée contient plus de %1, le maximum que lit cette commande ; rien n’a été fait.</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 a file of this kind may have.</source>
            <translation>%1 fait %2, soit plus que les %3 autorisés pour un fichier de ce type.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2. Check that you may read it.</source>
            <translation>Impossible d’ouvrir %1 : %2. Vérifiez que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1 grew past %2 while it was read; nothing was done.</source>
            <translation>%1 a dépassé %2 pendant sa lecture ; rien n’a été fait.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::JsonGrammar</name>
        <message>
            <source>more text after the end of the JSON value</source>
            <translation>du texte suit la fin de la valeur JSON</translation>
        </message>
        <message>
            <source>unexpected character (true, false and null are the only words JSON knows)</source>
            <translation>caractère inattendu (true, false et null sont les seuls mots que JSON connaît)</translation>
        </message>
        <message>
            <source>the text ends where a value should be</source>
            <translation>le texte s’arrête là où une valeur devrait se trouver</translation>
        </message>
        <message>
            <source>unexpected character where a value should be</source>
            <translation>caractère inattendu là où une valeur devrait se trouver</translation>
        </message>
        <message>
            <source>nested too deeply</source>
            <translation>imbrication trop profonde</translation>
        </message>
        <message>
            <source>a key in double quotes was expected (no trailing comma before })</source>
            <translation>une clé entre guillemets doubles était attendue (pas de virgule avant })</translation>
        </message>
        <message>
            <source>a colon was expected after the key</source>
            <translation>un deux-points était attendu après la clé</translation>
        </message>
        <message>
            <source>the text ends inside an object</source>
            <translation>le texte s’arrête à l’intérieur d’un objet</translation>
        </message>
        <message>
            <source>a comma or } was expected</source>
            <translation>une virgule ou } était attendue</translation>
        </message>
        <message>
            <source>a value was expected (no trailing comma before ])</source>
            <translation>une valeur était attendue (pas de virgule avant ])</translation>
        </message>
        <message>
            <source>the text ends inside a list</source>
            <translation>le texte s’arrête à l’intérieur d’une liste</translation>
        </message>
        <message>
            <source>a comma or ] was expected</source>
            <translation>une virgule ou ] était attendue</translation>
        </message>
        <message>
            <source>a digit was expected</source>
            <translation>un chiffre était attendu</translation>
        </message>
        <message>
            <source>a number cannot start with 0 followed by digits</source>
            <translation>un nombre ne peut pas commencer par 0 suivi d’autres chiffres</translation>
        </message>
        <message>
            <source>a digit was expected after the decimal point</source>
            <translation>un chiffre était attendu après le point décimal</translation>
        </message>
        <message>
            <source>a digit was expected in the exponent</source>
            <translation>un chiffre était attendu dans l’exposant</translation>
        </message>
        <message>
            <source>invalid UTF-8 (the file must be saved as UTF-8)</source>
            <translation>UTF-8 non valide (le fichier doit être enregistré en UTF-8)</translation>
        </message>
        <message>
            <source>the text ends inside a string (a closing " is missing)</source>
            <translation>le texte s’arrête à l’intérieur d’une chaîne (il manque le " fermant)</translation>
        </message>
        <message>
            <source>a control character (such as a tab or a line break) inside a string must be written as an escape, e.g. \t or \n</source>
            <translation>un caractère de contrôle (comme une tabulation ou un saut de ligne) dans une chaîne doit être écrit comme séquence d’échappement, p. ex. \t ou \n</translation>
        </message>
        <message>
            <source>the text ends inside an escape</source>
            <translation>le texte s’arrête à l’intérieur d’une séquence d’échappement</translation>
        </message>
        <message>
            <source>\u must be followed by four hex digits</source>
            <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>\%1 is not a JSON escape (a backslash itself is written \\)</source>
            <translation>\%1 n’est pas une séquence d’échappement JSON (une barre oblique inverse s’écrit \\)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::KeychainSecretStore</name>
        <message>
            <source>no D-Bus session bus</source>
            <translation>aucun bus de session D-Bus</translation>
        </message>
        <message>
            <source>no Secret Service (org.freedesktop.secrets) on the session bus</source>
            <translation>aucun Secret Service (org.freedesktop.secrets) sur le bus de session</translation>
        </message>
        <message>
            <source>no keychain service is running</source>
            <translation>aucun service de trousseau n’est lancé</translation>
        </message>
        <message>
            <source>the request to the keychain was declined</source>
            <translation>la demande au trousseau a été refusée</translation>
        </message>
        <message>
            <source>the keychain refused access; it may be locked</source>
            <translation>le trousseau a refusé l’accès ; il est peut-être verrouillé</translation>
        </message>
        <message>
            <source>the keychain could not delete the value</source>
            <translation>le trousseau n’a pas pu supprimer la valeur</translation>
        </message>
        <message>
            <source>this system's keychain cannot do this</source>
            <translation>le trousseau de ce système ne prend pas en charge cette opération</translation>
        </message>
        <message>
            <source>the keychain failed without saying why</source>
            <translation>le trousseau a échoué sans indiquer de raison</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>trousseau du système</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2</source>
            <translation>%1 — erreur QtKeychain %2</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2: %3</source>
            <translation>%1 — erreur QtKeychain %2 : %3</translation>
        </message>
        <message>
            <source>no D-Bus session bus, the system says “%1”</source>
            <translation>aucun bus de session D-Bus, message du système : « %1 »</translation>
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
            <source>About DCS Desk</source>
            <translation>À propos de DCS Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, segment mappings and DCS calls for Audience Manager style data activation, with a local DCS sandbox that works offline.&lt;/p&gt;&lt;p&gt;Your workspaces are plain JSON files; nothing leaves this computer unless you send a call.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, mappages de segments et appels DCS pour l’activation de données à la manière d’Audience Manager, avec une sandbox DCS locale qui fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Vos espaces de travail sont de simples fichiers JSON ; rien ne quitte cet ordinateur tant que vous n’envoyez pas d’appel.&lt;/p&gt;</translation>
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
            <translation>Rec&amp;hercher…</translation>
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
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
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
            <source>Opened %1.</source>
            <translation>%1 ouvert.</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Chargement de %1…</translation>
        </message>
        <message>
            <source>%1[*] (%2, read-only) — DCS Desk</source>
            <translation>%1[*] (%2, lecture seule) — DCS Desk</translation>
        </message>
        <message>
            <source>%1[*] (%2) — DCS Desk</source>
            <translation>%1[*] (%2) — DCS Desk</translation>
        </message>
        <message>
            <source>&amp;Destinations from AAM REST JSON…</source>
            <translation>&amp;Destinations depuis un JSON AAM REST…</translation>
        </message>
        <message>
            <source>Reads URL, cookie and server-to-server destinations, with their segment mappings when the file has them, from a JSON file in the format of Audience Manager's REST API (one destination or a list). You review every change before it is made.</source>
            <translation>Importe des destinations d’URL, de cookie et serveur à serveur, avec leurs mappages de segments si le fichier les contient, depuis un fichier JSON au format de l’API REST d’Audience Manager (une destination ou une liste). Vous vérifiez chaque modification avant qu’elle ne soit appliquée.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings from CSV (Selected Destination)…</source>
            <translation>&amp;Mappages de segments depuis un CSV (destination sélectionnée)…</translation>
        </message>
        <message>
            <source>Reads segment mappings for the destination selected in Destinations from a CSV file with the columns Segment ID, Mapping Value, Start Date and End Date (and Second Value and Priority for cookies). You see the result of every row before anything changes.</source>
            <translation>Importe des mappages de segments pour la destination sélectionnée dans « Destinations » depuis un fichier CSV aux colonnes Segment ID, Mapping Value, Start Date et End Date (et, pour les cookies, Second Value et Priority). Vous voyez le résultat de chaque ligne avant toute modification.</translation>
        </message>
        <message>
            <source>&amp;Segments from CSV…</source>
            <translation>&amp;Segments depuis un CSV…</translation>
        </message>
        <message>
            <source>Segments from AAM REST &amp;JSON…</source>
            <translation>Segments depuis un &amp;JSON AAM REST…</translation>
        </message>
        <message>
            <source>&amp;Destinations as AAM REST JSON…</source>
            <translation>&amp;Destinations en JSON AAM REST…</translation>
        </message>
        <message>
            <source>Writes the destinations you choose, with or without their mappings, as JSON in the format of Audience Manager's REST API.</source>
            <translation>Écrit les destinations de votre choix, avec ou sans leurs mappages, en JSON au format de l’API REST d’Audience Manager.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings as CSV (Selected Destination)…</source>
            <translation>&amp;Mappages de segments en CSV (destination sélectionnée)…</translation>
        </message>
        <message>
            <source>Writes the segment mappings of the destination selected in Destinations to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Écrit les mappages de segments de la destination sélectionnée dans « Destinations » dans un fichier CSV qu’un tableur peut ouvrir et que le menu « Importer » relit.</translation>
        </message>
        <message>
            <source>&amp;Segments as CSV…</source>
            <translation>&amp;Segments en CSV…</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guide d’utilisation</translation>
        </message>
        <message>
            <source>How to do each task, step by step, with pictures (%1)</source>
            <translation>Chaque tâche expliquée pas à pas, avec des illustrations (%1)</translation>
        </message>
        <message>
            <source>Every shortcut of the window in one list</source>
            <translation>Tous les raccourcis de la fenêtre dans une liste</translation>
        </message>
        <message>
            <source>Captures</source>
            <translation>Captures</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>S&amp;ystème</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Postman Collection…</source>
            <translation>Requêtes enregistrées depuis une collection &amp;Postman…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Postman Collection v2.1 export as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Importe les appels au DCS d’un export Postman Collection v2.1 sous forme de requêtes enregistrées, classées en dossiers. Vous voyez ce qui sera repris, modifié ou ignoré avant toute modification.</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Bruno Collection…</source>
            <translation>Requêtes enregistrées depuis une collection &amp;Bruno…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Bruno collection (choose its bruno.json) as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Importe les appels au DCS d’une collection Bruno (choisissez son bruno.json) sous forme de requêtes enregistrées, classées en dossiers. Vous voyez ce qui sera repris, modifié ou ignoré avant toute modification.</translation>
        </message>
        <message>
            <source>&amp;Color Scheme</source>
            <translation>&amp;Jeu de couleurs</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <extracomment>Keyboard shortcuts, Where column: the menu an action is in (%1 is its title, "File")</extracomment>
            <translation>Menu %1</translation>
        </message>
        <message>
            <source>%1 view</source>
            <extracomment>Keyboard shortcuts, Where column: the view an action works in (%1: "Segments")</extracomment>
            <translation>Vue %1</translation>
        </message>
        <message>
            <source>Reads segments into the catalog from a CSV file with the columns Segment ID, Name, Integration Code, Status, Rule and Description. Segments with a known ID are updated; you see the result of every row before anything changes.</source>
            <translation>Importe dans le catalogue les segments d’un fichier CSV aux colonnes Segment ID, Name, Integration Code, Status, Rule et Description. Les segments dont l’ID est déjà connu sont mis à jour ; vous voyez le résultat de chaque ligne avant toute modification.</translation>
        </message>
        <message>
            <source>Reads the segment list that Audience Manager's REST API returns (a JSON file saved from GET /v1/segments) into the catalog. You see the result of every segment before anything changes.</source>
            <translation>Importe dans le catalogue la liste de segments que renvoie l’API REST d’Audience Manager (un fichier JSON enregistré depuis GET /v1/segments). Vous voyez le résultat pour chaque segment avant toute modification.</translation>
        </message>
        <message>
            <source>Writes the whole segment catalog to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Écrit tout le catalogue de segments dans un fichier CSV qu’un tableur peut ouvrir et que le menu « Importer » relit.</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the menu after a comma ("Edit view, File menu"), where a language may write it in lower case</extracomment>
            <translation>menu %1</translation>
        </message>
        <message>
            <source>%1 view</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the view after a comma ("Destinations view, Segments view"), where a language may write it in lower case</extracomment>
            <translation>vue %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingColumnHelp</name>
        <message>
            <source>The mapping value: what the destination receives for the segment.</source>
            <translation>La valeur de mappage : ce que la destination reçoit pour le segment.</translation>
        </message>
        <message>
            <source>Alias: the value that takes the place of %ALIAS% in the destination's URL for this segment, usually the segment ID or the partner's code. Example: 1005</source>
            <translation>Alias : la valeur qui prend la place de %ALIAS% dans l’URL de la destination pour ce segment, en général l’ID de segment ou le code du partenaire. Exemple : 1005</translation>
        </message>
        <message>
            <source>URL: the pixel address called when a user qualifies for this segment. Example: https://partner.example.com/px?seg=1005</source>
            <translation>URL : l’adresse du pixel appelé quand un utilisateur est qualifié pour ce segment. Exemple : https://partner.example.com/px?seg=1005</translation>
        </message>
        <message>
            <source>Key: the key this segment writes in the cookie; its value is in the next column. Example: sport</source>
            <translation>Clé : la clé que ce segment écrit dans le cookie ; sa valeur est dans la colonne suivante. Exemple : sport</translation>
        </message>
        <message>
            <source>Value: the value this segment gives the cookie's key. Example: 1005, which gives seg=1005</source>
            <translation>Valeur : la valeur que ce segment donne à la clé du cookie. Exemple : 1005, qui donne seg=1005</translation>
        </message>
        <message>
            <source>Alias: the value the partner receives for this segment. Example: 1005</source>
            <translation>Alias : la valeur que le partenaire reçoit pour ce segment. Exemple : 1005</translation>
        </message>
        <message>
            <source>Value: the value of the key for this segment. Example: golf, which gives sport=golf</source>
            <translation>Valeur : la valeur de la clé pour ce segment. Exemple : golf, qui donne sport=golf</translation>
        </message>
        <message>
            <source>Start date: the first day the segment is sent to the destination. Required.</source>
            <translation>Date de début : le premier jour où le segment est envoyé à la destination. Obligatoire.</translation>
        </message>
        <message>
            <source>End date: the last day the segment is sent. Never: it is sent until you set a date. A segment can have several flights, each a mapping with its own dates.</source>
            <translation>Date de fin : le dernier jour où le segment est envoyé. Jamais : il est envoyé jusqu’à ce que vous fixiez une date. Un segment peut avoir plusieurs périodes de diffusion (flights), chacune correspondant à un mappage avec ses propres dates.</translation>
        </message>
        <message>
            <source>Priority: the order of the segments in the cookie; 1 is written first, None last. Example: 1</source>
            <translation>Priorité : l’ordre des segments dans le cookie ; 1 est écrit en premier, « Aucune » en dernier. Exemple : 1</translation>
        </message>
        <message>
            <source>What needs a look: expired, not started yet (future), duplicate, overlapping flights, unknown segment or a value the destination refuses. Point at a row for the details.</source>
            <translation>Ce qui demande votre attention : expiré, pas encore commencé (à venir), en double, périodes qui se chevauchent, segment inconnu ou valeur refusée par la destination. Survolez une ligne pour afficher les détails.</translation>
        </message>
        <message>
            <source>Segment ID: the mapped segment, by its ID in the catalog. Type another ID to map another segment. Example: 1005</source>
            <translation>ID de segment : le segment mappé, par son ID dans le catalogue. Saisissez un autre ID pour mapper un autre segment. Exemple : 1005</translation>
        </message>
        <message>
            <source>The segment's name in the catalog; change it in the Segments view.</source>
            <translation>Le nom du segment dans le catalogue ; modifiez-le dans la vue « Segments ».</translation>
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
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>La première ligne doit contenir les noms des colonnes ; celles-ci manquent : %1. Colonnes attendues : %2 (délimiteur : virgule ou point-virgule).</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Ces colonnes ne sont pas utilisées et ont été ignorées : %1.</translation>
        </message>
        <message>
            <source>This row is separated by %1 but the file uses %2. Use one delimiter for the whole file.</source>
            <translation>Cette ligne est séparée par %1 alors que le fichier utilise %2. Utilisez un seul délimiteur pour tout le fichier.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Check for a missing or extra %3.</source>
            <translation>Champs dans cette ligne : %1, dans la ligne d’en-tête : %2. Vérifiez s’il manque un délimiteur (%3) ou s’il y en a un de trop.</translation>
        </message>
        <message>
            <source>The destination ID “%1” is not a number.</source>
            <translation>L’ID de destination « %1 » n’est pas un nombre.</translation>
        </message>
        <message>
            <source>Destination %1 does not exist in this workspace. Create it first or correct the ID.</source>
            <translation>La destination %1 n’existe pas dans cet espace de travail. Créez-la d’abord ou corrigez l’ID.</translation>
        </message>
        <message>
            <source>There is no destination called “%1”. Give its ID in the Destination ID column.</source>
            <translation>Aucune destination ne s’appelle « %1 ». Indiquez son ID dans la colonne Destination ID.</translation>
        </message>
        <message>
            <source>Several destinations are called “%1”. Give the ID in the Destination ID column.</source>
            <translation>Plusieurs destinations s’appellent « %1 ». Indiquez l’ID dans la colonne Destination ID.</translation>
        </message>
        <message>
            <source>The destination ID is empty.</source>
            <translation>L’ID de destination est vide.</translation>
        </message>
        <message>
            <source>This row is for destination %1 (%2), but you are importing into destination %3 (%4). Remove the row or import it from the other destination.</source>
            <translation>Cette ligne concerne la destination %1 (%2), mais vous importez dans la destination %3 (%4). Supprimez la ligne ou importez-la dans l’autre destination.</translation>
        </message>
        <message>
            <source>The segment ID is empty.</source>
            <translation>L’ID de segment est vide.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>L’ID de segment « %1 » n’est pas un nombre positif.</translation>
        </message>
        <message>
            <source>The start date is empty; use YYYY-MM-DD, for example %1.</source>
            <translation>La date de début est vide ; utilisez AAAA-MM-JJ, par exemple %1.</translation>
        </message>
        <message>
            <source>The start date “%1” is not a date; use YYYY-MM-DD, for example %2.</source>
            <translation>La date de début « %1 » n’est pas une date ; utilisez AAAA-MM-JJ, par exemple %2.</translation>
        </message>
        <message>
            <source>The end date “%1” is not a date; use YYYY-MM-DD, or leave it empty for a mapping that never ends.</source>
            <translation>La date de fin « %1 » n’est pas une date ; utilisez AAAA-MM-JJ ou laissez-la vide pour un mappage qui ne se termine jamais.</translation>
        </message>
        <message>
            <source>The priority “%1” is not a whole number from 1 up; leave it empty for none.</source>
            <translation>La priorité « %1 » n’est pas un nombre entier supérieur ou égal à 1 ; laissez-la vide s’il n’y en a pas.</translation>
        </message>
        <message>
            <source>Only cookie destinations have a priority; leave it empty for %1.</source>
            <translation>Seules les destinations de cookie ont une priorité ; laissez-la vide pour %1.</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Seules les destinations de cookie à clés multiples utilisent une seconde valeur ; laissez-la vide pour %1.</translation>
        </message>
        <message>
            <source>Same as line %1: the row is duplicated. Delete one of them.</source>
            <translation>Identique à la ligne %1 : la ligne est en double. Supprimez l’une des deux.</translation>
        </message>
        <message>
            <source>Line %1 already maps segment %2 to this destination from %3. Keep one of the two rows or give them different start dates.</source>
            <translation>La ligne %1 mappe déjà le segment %2 à cette destination à partir du %3. Gardez l’une des deux lignes ou donnez-leur des dates de début différentes.</translation>
        </message>
        <message>
            <source>New mapping.</source>
            <translation>Nouveau mappage.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a value in quotation marks</comment>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog. Add or import it there first.</source>
            <translation>Le segment %1 n’est pas dans le catalogue de segments. Ajoutez-le ou importez-le d’abord.</translation>
        </message>
        <message>
            <source>value: %1 → %2</source>
            <translation>valeur : %1 → %2</translation>
        </message>
        <message>
            <source>second value: %1 → %2</source>
            <translation>seconde valeur : %1 → %2</translation>
        </message>
        <message>
            <source>start date: %1 → %2</source>
            <translation>date de début : %1 → %2</translation>
        </message>
        <message>
            <source>end date: %1 → %2</source>
            <translation>date de fin : %1 → %2</translation>
        </message>
        <message>
            <source>priority: %1 → %2</source>
            <translation>priorité : %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>&amp;Ajouter des segments…</translation>
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
            <translation>Ajouter ou mettre à jour des mappages depuis un fichier CSV ; vous voyez le résultat de chaque ligne avant toute modification</translation>
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
            <translation>Rien n’a été ajouté : tous les segments choisis sont déjà mappés.</translation>
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
            <translation>Rien n’a changé : les mappages sélectionnés ont déjà ces valeurs.</translation>
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
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier ou nom de fichier.</translation>
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
            <translation>%1 dépasse 256 Mo : c’est trop volumineux pour un fichier de mappages. Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
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
            <translation>%1 importé : %2.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · %4 · %5</source>
            <translation>%1 · %2 · %3 · %4 · %5</translation>
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
            <source>%n not started</source>
            <translation>
                <numerusform>%n pas encore commencé</numerusform>
                <numerusform>%n pas encore commencés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flagged</source>
            <translation>
                <numerusform>%n signalé</numerusform>
                <numerusform>%n signalés</numerusform>
            </translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet</source>
            <translation>Aucun segment n’est encore mappé à cette destination</translation>
        </message>
        <message>
            <source>Shows only the mappings whose segment ID, segment name or value contains every word you type</source>
            <translation>N’affiche que les mappages dont l’ID de segment, le nom de segment ou la valeur contient tous les mots saisis</translation>
        </message>
        <message numerus="yes">
            <source>Another flight of a segment already mapped: %n mapping(s). Give each flight its own dates; overlapping ones are flagged.</source>
            <translation>
                <numerusform>Autre période d’un segment déjà mappé : %n mappage. Donnez à chaque période ses propres dates ; celles qui se chevauchent sont signalées.</numerusform>
                <numerusform>Autres périodes de segments déjà mappés : %n mappages. Donnez à chaque période ses propres dates ; celles qui se chevauchent sont signalées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s)</source>
            <translation>
                <numerusform>Couper %n mappage</numerusform>
                <numerusform>Couper %n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s): their rows are on the clipboard.</source>
            <translation>
                <numerusform>%n mappage coupé : sa ligne est dans le presse-papiers.</numerusform>
                <numerusform>%n mappages coupés : leurs lignes sont dans le presse-papiers.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped, so not added again: %1. To add another flight of a mapped segment, use Add Segments with “Allow another flight of mapped segments”.</source>
            <translation>Déjà mappés, donc pas ajoutés à nouveau : %1. Pour ajouter une autre période à un segment mappé, utilisez « Ajouter des segments… » avec « Autoriser une autre période pour les segments mappés ».</translation>
        </message>
        <message>
            <source>The clipboard names no segments: paste segment IDs, names or integration codes, one per line.</source>
            <translation>Le presse-papiers ne contient aucun segment : collez des ID de segment, des noms ou des codes d’intégration, un par ligne.</translation>
        </message>
        <message>
            <source>Nothing added. %1</source>
            <translation>Rien n’a été ajouté. %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n segment mapping(s)</source>
            <translation>
                <numerusform>Coller %n mappage de segment</numerusform>
                <numerusform>Coller %n mappages de segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s) from the clipboard.</source>
            <translation>
                <numerusform>%n mappage ajouté depuis le presse-papiers.</numerusform>
                <numerusform>%n mappages ajoutés depuis le presse-papiers.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter mappings</source>
            <translation>Filtrer les mappages</translation>
        </message>
        <message>
            <source>Mapping status</source>
            <translation>Statut du mappage</translation>
        </message>
        <message>
            <source>Segment mappings of %1 — %2</source>
            <translation>Mappages de segments : %1 — %2</translation>
        </message>
        <message>
            <source>A mapping sends a segment to this destination from its start date to its end date. Add segments from the catalog, or import the mappings from a CSV file.</source>
            <translation>Un mappage envoie un segment à cette destination de sa date de début à sa date de fin. Ajoutez des segments du catalogue, ou importez les mappages depuis un fichier CSV.</translation>
        </message>
        <message>
            <source>Map segments from the catalog to this destination (Insert)</source>
            <translation>Mapper des segments du catalogue à cette destination (Inser)</translation>
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
            <translation>Signalé</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingMerge</name>
        <message>
            <source>The other version changed more than segment mappings (destinations, segments, profiles or settings).</source>
            <translation>L’autre version a aussi modifié autre chose que des mappages de segments (destinations, segments, profils ou réglages).</translation>
        </message>
        <message>
            <source>Both versions changed the same mappings (ID %1).</source>
            <translation>Les deux versions ont modifié les mêmes mappages (ID %1).</translation>
        </message>
        <message>
            <source>The other version adds mappings (ID %1) to destinations or segments you deleted here.</source>
            <translation>L’autre version ajoute des mappages (ID %1) à des destinations ou des segments que vous avez supprimés ici.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) added</source>
            <translation>
                <numerusform>%n mappage ajouté</numerusform>
                <numerusform>%n mappages ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
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
            <translation>à venir</translation>
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
            <translation>Signalements</translation>
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
        <name>dcsdesk::MappingsCommand</name>
        <message>
            <source>Export segment mappings to CSV, or import them from CSV with a result per row (--dry-run changes nothing).</source>
            <translation>Exporter les mappages de segments en CSV ou les importer depuis un CSV avec un résultat par ligne (--dry-run ne change rien).</translation>
        </message>
        <message>
            <source>export or import.</source>
            <translation>export ou import.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Le fichier de l’espace de travail.</translation>
        </message>
        <message>
            <source>The CSV file, or - for standard output/input.</source>
            <translation>Le fichier CSV, ou - pour la sortie ou l’entrée standard.</translation>
        </message>
        <message>
            <source>Export: only these destinations (IDs, comma-separated). Import: only rows for this destination are accepted; other rows are errors.</source>
            <translation>Export : seulement ces destinations (ID séparés par des virgules). Import : seules les lignes de cette destination sont acceptées ; les autres sont des erreurs.</translation>
        </message>
        <message>
            <source>Export: the delimiter, , (default) or ;.</source>
            <translation>Export : le délimiteur, , (par défaut) ou ;.</translation>
        </message>
        <message>
            <source>Import: show what would change and write nothing.</source>
            <translation>Import : afficher ce qui changerait sans rien écrire.</translation>
        </message>
        <message>
            <source>Use: mappings export|import WORKSPACE FILE.csv (or - for the file).</source>
            <translation>Utilisation : mappings export|import ESPACE_DE_TRAVAIL FICHIER.csv (ou - pour le fichier).</translation>
        </message>
        <message>
            <source>--dry-run is for import.</source>
            <translation>--dry-run s’utilise avec import.</translation>
        </message>
        <message>
            <source>--delimiter takes , or ;, not “%1”.</source>
            <translation>--delimiter attend , ou ;, pas « %1 ».</translation>
        </message>
        <message>
            <source>--destination takes destination IDs separated by commas, such as 12,14.</source>
            <translation>--destination attend des ID de destination séparés par des virgules, comme 12,14.</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>L’espace de travail n’a pas de destination %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n mapping(s) to %1.</source>
            <translation>
                <numerusform>%n mappage écrit dans %1.</numerusform>
                <numerusform>%n mappages écrits dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--delimiter is for export; import detects it.</source>
            <translation>--delimiter s’utilise avec export ; import le détecte.</translation>
        </message>
        <message>
            <source>For import, --destination takes one destination ID.</source>
            <translation>Pour l’importation, --destination attend un seul ID de destination.</translation>
        </message>
        <message>
            <source>Import mappings</source>
            <translation>Importer des mappages</translation>
        </message>
        <message>
            <source>destination %1, segment %2</source>
            <translation>destination %1, segment %2</translation>
        </message>
        <message>
            <source>line %1: %2 (%3): %4</source>
            <translation>ligne %1 : %2 (%3) : %4</translation>
        </message>
        <message>
            <source>line %1: %2 (%3)</source>
            <translation>ligne %1 : %2 (%3)</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 enregistré ; le fichier précédent est conservé comme sauvegarde.</translation>
        </message>
        <message>
            <source>Nothing was written: correct the rows with errors and import again.</source>
            <translation>Rien n’a été écrit : corrigez les lignes en erreur et importez à nouveau.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulation : rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Rien à changer.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1 is the workspace being exported; writing the CSV there would replace it. Give the CSV another file name.</source>
            <translation>%1 est l’espace de travail exporté ; y écrire le CSV le remplacerait. Donnez un autre nom de fichier au CSV.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new or existing CSV file (or - for standard output).</source>
            <translation>%1 n’est pas un fichier ordinaire ; indiquez le chemin d’un fichier CSV nouveau ou existant (ou - pour la sortie standard).</translation>
        </message>
        <message>
            <source>%1 holds JSON, not CSV, and would be replaced by the export. Give the CSV another file name, or delete that file first if it is not needed.</source>
            <translation>%1 contient du JSON, pas du CSV, et serait remplacé par l’exportation. Donnez un autre nom de fichier au CSV, ou supprimez d’abord ce fichier s’il n’est plus utile.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to standard output (is the disk full or the pipe closed?); nothing was exported.</source>
            <translation>Impossible d’écrire le CSV sur la sortie standard (le disque est-il plein ou le tube fermé ?) ; rien n’a été exporté.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>export|import</source>
            <translation>export|import</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>FILE.csv|-</source>
            <translation>FICHIER.csv|-</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>char</source>
            <translation>caractère</translation>
        </message>
        <message>
            <source>export|import WORKSPACE FILE.csv|-</source>
            <translation>export|import ESPACE_DE_TRAVAIL FICHIER.csv|-</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MaskPreviewDialog</name>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>Save Masked Copy</source>
            <translation>Enregistrer une copie masquée</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Valeur d’origine</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Remplacement</translation>
        </message>
        <message>
            <source>Values that will be masked</source>
            <translation>Valeurs qui seront masquées</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1 is the capture itself; the masked copy must go to another file so the original stays as it is. Choose another name.</source>
            <translation>%1 est la capture elle-même ; la copie masquée doit être enregistrée dans un autre fichier pour que l’original reste intact. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The masked copy could not be saved to %1: %2. Nothing was written; choose another folder.</source>
            <translation>La copie masquée n’a pas pu être enregistrée dans %1 : %2. Rien n’a été écrit ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>%1-masked.har</source>
            <translation>%1-masqué.har</translation>
        </message>
        <message>
            <source>HAR captures (*.har);;All files (*)</source>
            <translation>Captures HAR (*.har);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the masked copy to %1 (%2): %n value(s) masked. %3 is unchanged.</source>
            <translation>
                <numerusform>Copie masquée enregistrée dans %1 (%2) : %n valeur masquée. %3 est inchangé.</numerusform>
                <numerusform>Copie masquée enregistrée dans %1 (%2) : %n valeurs masquées. %3 est inchangé.</numerusform>
            </translation>
        </message>
        <message>
            <source>A copy of “%1” for a support ticket: cookie values, user IDs, p_ values and credentials are replaced by tokens, one per value, so the calls still match. Check what will be replaced, then save the copy. The capture itself is not changed.</source>
            <translation>Une copie de « %1 » pour un ticket de support : les valeurs de cookies, les ID utilisateur, les valeurs p_ et les identifiants sont remplacés par des jetons, un par valeur, pour que les appels restent reliés. Vérifiez ce qui sera remplacé, puis enregistrez la copie. La capture elle-même n’est pas modifiée.</translation>
        </message>
        <message>
            <source>No masked copy can be made of “%1”: %2</source>
            <translation>Impossible de créer une copie masquée de « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::NoticeLine</name>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Masquer cet avis</translation>
        </message>
        <message>
            <source>Hide notice</source>
            <translation>Masquer l’avis</translation>
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
            <translation>Pas de date de fin : le mappage reste actif jusqu’à ce que vous en fixiez une.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ProfileDialog</name>
        <message>
            <source>Profiles</source>
            <translation>Profils</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Nom du profil</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Alias de domaine</translation>
        </message>
        <message>
            <source>alias of &lt;alias&gt;.demdex.net</source>
            <translation>alias de &lt;alias&gt;.demdex.net</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Sandbox locale (hors ligne)</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>URL de base personnalisée</translation>
        </message>
        <message>
            <source>optional, e.g. http://127.0.0.1:8080</source>
            <translation>facultatif, p. ex. http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>Default user ID</source>
            <translation>ID utilisateur par défaut</translation>
        </message>
        <message>
            <source>Default user ID kind</source>
            <translation>Type d’ID utilisateur par défaut</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID d’organisation</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ret&amp;irer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>A&amp;lias:</source>
            <translation>A&amp;lias :</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Région :</translation>
        </message>
        <message>
            <source>&amp;Custom base URL:</source>
            <translation>URL de base &amp;personnalisée :</translation>
        </message>
        <message>
            <source>Default &amp;user ID:</source>
            <translation>ID &amp;utilisateur par défaut :</translation>
        </message>
        <message>
            <source>User ID &amp;kind:</source>
            <translation>&amp;Type d’ID utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Org ID:</source>
            <translation>ID d’&amp;organisation :</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nouveau profil</translation>
        </message>
        <message>
            <source>New profile %1</source>
            <translation>Nouveau profil %1</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Ajouter le profil %1</translation>
        </message>
        <message>
            <source>The last profile cannot be removed: the console needs one.</source>
            <translation>Le dernier profil ne peut pas être retiré : la console a besoin d’au moins un profil.</translation>
        </message>
        <message>
            <source>Remove profile %1</source>
            <translation>Retirer le profil %1</translation>
        </message>
        <message>
            <source>Names must be unique and not empty.</source>
            <translation>Les noms doivent être uniques et non vides.</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>Fichier CA</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Pinned server key</source>
            <translation>Clé de serveur épinglée</translation>
        </message>
        <message>
            <source>Connect to the profile's https address, show its certificate and trust its key for this profile only</source>
            <translation>Se connecter à l’adresse https du profil, afficher son certificat et faire confiance à sa clé pour ce profil seulement</translation>
        </message>
        <message>
            <source>CA &amp;file:</source>
            <translation>&amp;Fichier CA :</translation>
        </message>
        <message>
            <source>&amp;Pinned key:</source>
            <translation>&amp;Clé épinglée :</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>Certificats CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The profile does not send over https (its target is %1), so there is no certificate to pin.</source>
            <translation>Le profil n’utilise pas https (sa cible est %1) : il n’y a donc pas de certificat à épingler.</translation>
        </message>
        <message>
            <source>the local sandbox</source>
            <translation>la sandbox locale</translation>
        </message>
        <message>
            <source>No certificate came from %1: %2</source>
            <translation>Aucun certificat n’a été reçu de %1 : %2</translation>
        </message>
        <message>
            <source>%1 presents a certificate for %2, valid until %3.

Its key: %4

%5Trust this key for this profile? Calls of the profile then accept this server, and no other key, whoever signed its certificate.</source>
            <translation>%1 présente un certificat pour %2, valable jusqu’au %3.

Sa clé : %4

%5Faire confiance à cette clé pour ce profil ? Les appels du profil accepteront alors ce serveur, et aucune autre clé, quel que soit le signataire de son certificat.</translation>
        </message>
        <message>
            <source>What the system's check says: %1

</source>
            <translation>La vérification du système signale : %1

</translation>
        </message>
        <message>
            <source>The profile's name, as the console's profile list shows it. Example: Acme live (US East)</source>
            <translation>Le nom du profil, tel que l’affiche la liste des profils de la console. Exemple : Acme en production (États-Unis Est)</translation>
        </message>
        <message>
            <source>Domain alias: the part before .demdex.net that Audience Manager assigned to your account; it goes in the Host header of every call. Example: acme for acme.demdex.net</source>
            <translation>Alias de domaine : la partie avant .demdex.net qu’Audience Manager a attribuée à votre compte ; elle figure dans l’en-tête Host de chaque appel. Exemple : acme pour acme.demdex.net</translation>
        </message>
        <message>
            <source>Where calls go: the local sandbox, which answers from this workspace without a network, or the live DCS host of a region. Example: US East (use.demdex.net)</source>
            <translation>Où vont les appels : la sandbox locale, qui répond à partir de cet espace de travail sans réseau, ou l’hôte du DCS réel d’une région. Exemple : États-Unis Est (use.demdex.net)</translation>
        </message>
        <message>
            <source>Sends the calls to this address instead of the region's host, e.g. a test server. Leave it blank to use the region. Example: http://127.0.0.1:8080</source>
            <translation>Envoie les appels à cette adresse au lieu de l’hôte de la région, par exemple à un serveur de test. Laissez vide pour utiliser la région. Exemple : http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The user ID a new call starts with: a 38-digit Audience Manager ID (d_uuid) or an Experience Cloud ID (d_mid). Example: 07955261652886032950143702505894272138</source>
            <translation>L’ID utilisateur par défaut d’un nouvel appel : un ID Audience Manager de 38 chiffres (d_uuid) ou un ID Experience Cloud (d_mid). Exemple : 07955261652886032950143702505894272138</translation>
        </message>
        <message>
            <source>d_uuid: the Audience Manager user ID. d_mid: the Experience Cloud ID, which also needs the Org ID.</source>
            <translation>d_uuid : l’ID utilisateur d’Audience Manager. d_mid : l’ID Experience Cloud, qui demande aussi l’ID d’organisation.</translation>
        </message>
        <message>
            <source>Optional: a file of PEM certificates to trust for https instead of the system's, e.g. your company's proxy certificate.</source>
            <translation>Facultatif : un fichier de certificats PEM auxquels se fier pour https au lieu de ceux du système, par exemple le certificat du proxy de votre entreprise.</translation>
        </message>
        <message>
            <source>optional: a PEM file</source>
            <translation>facultatif : un fichier PEM</translation>
        </message>
        <message>
            <source>optional: sha256//…</source>
            <translation>facultatif : sha256//…</translation>
        </message>
        <message>
            <source>Pin from &amp;Server…</source>
            <translation>Épingler depuis le &amp;serveur…</translation>
        </message>
        <message>
            <source>Your Experience Cloud organization ID, sent as d_orgid with a d_mid. Example: 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>L’ID de votre organisation Experience Cloud, envoyé comme d_orgid avec un d_mid. Exemple : 5DC5123F5245B1D20A490D46@AdobeOrg</translation>
        </message>
        <message>
            <source>Optional: the only server key this profile trusts, as sha256// and the key's hash. Pin from Server fills it in.</source>
            <translation>Facultatif : la seule clé de serveur à laquelle ce profil se fie, sous la forme sha256// et l’empreinte de la clé. « Épingler depuis le serveur… » la remplit.</translation>
        </message>
        <message>
            <source>Pin from Server</source>
            <translation>Épingler depuis le serveur</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PullProgressText</name>
        <message>
            <source>Asking for a token…</source>
            <translation>Demande d’un jeton…</translation>
        </message>
        <message>
            <source>Destinations: asking for the first page…</source>
            <translation>Destinations : demande de la première page…</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2 received…</source>
            <translation>Destinations : %1 sur %2 reçues…</translation>
        </message>
        <message>
            <source>Destinations: %1 received…</source>
            <translation>Destinations : %1 reçues…</translation>
        </message>
        <message>
            <source>Mappings of destination %1 of %2…</source>
            <translation>Mappages de la destination %1 sur %2…</translation>
        </message>
        <message>
            <source>Segments: asking for the first page…</source>
            <translation>Segments : demande de la première page…</translation>
        </message>
        <message>
            <source>Segments: %1 of %2 received…</source>
            <translation>Segments : %1 sur %2 reçus…</translation>
        </message>
        <message>
            <source>Segments: %1 received…</source>
            <translation>Segments : %1 reçus…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PushReportDialog</name>
        <message>
            <source>Push to %1</source>
            <translation>Envoi vers %1</translation>
        </message>
        <message>
            <source>Result: %1.</source>
            <translation>Résultat : %1.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>L’envoi s’est arrêté : %1</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Destination ou mappage</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Statut HTTP</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>What the push did, item by item</source>
            <translation>Ce que l’envoi a fait, élément par élément</translation>
        </message>
        <message>
            <source>created: the account gave it ID %1.</source>
            <translation>création effectuée : le compte lui a attribué l’ID %1.</translation>
        </message>
        <message>
            <source>created.</source>
            <translation>création effectuée.</translation>
        </message>
        <message>
            <source>updated.</source>
            <translation>mise à jour effectuée.</translation>
        </message>
        <message numerus="yes">
            <source>updated: %n field(s) (%1).</source>
            <translation>
                <numerusform>mise à jour effectuée : %n champ (%1).</numerusform>
                <numerusform>mise à jour effectuée : %n champs (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The account holds it under ID %1.</source>
            <translation>Dans le compte, son ID est %1.</translation>
        </message>
        <message>
            <source>done (%1).</source>
            <translation>effectué (%1).</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Envoi vers le compte local</translation>
        </message>
        <message>
            <source>The push was canceled; the items below say what reached the account.</source>
            <translation>L’envoi a été annulé ; les éléments ci-dessous indiquent ce qui a atteint le compte.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>Impossible d’écrire la copie de récupération : %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RequestBuilderWidget</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil :</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>&amp;Manage…</source>
            <translation>&amp;Gérer…</translation>
        </message>
        <message>
            <source>Add, edit or remove connection profiles (undoable)</source>
            <translation>Ajouter, modifier ou retirer des profils de connexion (annulable)</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Région :</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Host header:</source>
            <translation>En-tête Host :</translation>
        </message>
        <message>
            <source>&amp;User ID:</source>
            <translation>ID u&amp;tilisateur :</translation>
        </message>
        <message>
            <source>User ID kind</source>
            <translation>Type d’ID utilisateur</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID utilisateur</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default</source>
            <translation>38 chiffres ; vide = valeur par défaut du profil</translation>
        </message>
        <message>
            <source>&amp;New ID</source>
            <translation>Nou&amp;vel ID</translation>
        </message>
        <message>
            <source>A fresh random 38-digit ID: a user the DCS has never seen</source>
            <translation>Un nouvel ID aléatoire de 38 chiffres : un utilisateur que le DCS n’a jamais vu</translation>
        </message>
        <message>
            <source>Fill d_mid, d_orgid and the region from an AMCV cookie</source>
            <translation>Remplir d_mid, d_orgid et la région à partir d’un cookie AMCV</translation>
        </message>
        <message>
            <source>&amp;Org ID (d_orgid):</source>
            <translation>ID d’&amp;org. (d_orgid) :</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID d’organisation</translation>
        </message>
        <message>
            <source>goes with d_mid, e.g. 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>avec d_mid, p. ex. 5DC5123F5245B1D20A490D46@AdobeOrg</translation>
        </message>
        <message>
            <source>Required for a JSON answer; without it the DCS answers with a pixel</source>
            <translation>Requis pour une réponse JSON ; sans ce paramètre, le DCS répond par un pixel</translation>
        </message>
        <message>
            <source>Ask for a JSON response (d_rtbd=json)</source>
            <translation>Demander une réponse JSON (d_rtbd=json)</translation>
        </message>
        <message>
            <source>JSON version 1; 0 disables ID syncs</source>
            <translation>Version JSON 1 ; 0 désactive les synchronisations d’ID</translation>
        </message>
        <message>
            <source>JSON version (d_jsonv=1)</source>
            <translation>Version JSON (d_jsonv=1)</translation>
        </message>
        <message>
            <source>Return URL destinations (dests)</source>
            <translation>Renvoyer les destinations d’URL (dests)</translation>
        </message>
        <message>
            <source>Return URL destinations (d_dst=1)</source>
            <translation>Renvoyer les destinations d’URL (d_dst=1)</translation>
        </message>
        <message>
            <source>Return traits and segments (d_cts)</source>
            <translation>Renvoyer les caractéristiques et les segments (d_cts)</translation>
        </message>
        <message>
            <source>JSONP callback (d_cb)</source>
            <translation>Fonction de rappel JSONP (d_cb)</translation>
        </message>
        <message>
            <source>callback name (JSONP)</source>
            <translation>nom de la fonction JSONP</translation>
        </message>
        <message>
            <source>Platform (d_ptfm)</source>
            <translation>Plateforme (d_ptfm)</translation>
        </message>
        <message>
            <source>Segment or trait IDs (d_sid)</source>
            <translation>ID de segment ou de caractéristique (d_sid)</translation>
        </message>
        <message>
            <source>trait or segment IDs, comma-separated</source>
            <translation>ID de caractéristique ou de segment, séparés par des virgules</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>1 (legacy IDs)</source>
            <translation>1 (anciens ID)</translation>
        </message>
        <message>
            <source>2 (segment IDs)</source>
            <translation>2 (ID de segment)</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Sandbox locale (hors ligne)</translation>
        </message>
        <message>
            <source>%1 — %2 (ID %3)</source>
            <translation>%1 — %2 (ID %3)</translation>
        </message>
        <message>
            <source>Si&amp;gnals</source>
            <translation>&amp;Signaux</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signaux</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Indication</translation>
        </message>
        <message>
            <source>Separate several values with a comma: they are sent serialized</source>
            <translation>Séparez plusieurs valeurs par une virgule : elles sont envoyées sérialisées</translation>
        </message>
        <message>
            <source>&amp;Declared IDs</source>
            <translation>ID &amp;déclarés</translation>
        </message>
        <message>
            <source>Declared IDs</source>
            <translation>ID déclarés</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Data source or integration code</source>
            <translation>Source de données ou code d’intégration</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Auth state</source>
            <translation>État d’authentification</translation>
        </message>
        <message>
            <source>Request preview</source>
            <translation>Aperçu de la requête</translation>
        </message>
        <message>
            <source>F&amp;indings</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>Request findings</source>
            <translation>Constats sur la requête</translation>
        </message>
        <message>
            <source>Data source (d_cid)</source>
            <translation>Source de données (d_cid)</translation>
        </message>
        <message>
            <source>Integration code (d_cid_ic)</source>
            <translation>Code d’intégration (d_cid_ic)</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <source>0 unknown</source>
            <translation>0 inconnu</translation>
        </message>
        <message>
            <source>1 authenticated</source>
            <translation>1 authentifié</translation>
        </message>
        <message>
            <source>2 logged out</source>
            <translation>2 déconnecté</translation>
        </message>
        <message>
            <source>No response</source>
            <translation>Aucune réponse</translation>
        </message>
        <message>
            <source>Without d_rtbd=json the DCS answers with a pixel and no data: nothing can be decoded or compared.</source>
            <translation>Sans d_rtbd=json, le DCS répond par un pixel sans données : rien ne peut être décodé ni comparé.</translation>
        </message>
        <message>
            <source>Uncheck to keep the row without sending it</source>
            <translation>Décochez pour garder la ligne sans l’envoyer</translation>
        </message>
        <message>
            <source>Declared ID kind</source>
            <translation>Type d’ID déclaré</translation>
        </message>
        <message>
            <source>No findings: the request follows the DCS rules.</source>
            <translation>Aucun constat : la requête respecte les règles du DCS.</translation>
        </message>
        <message>
            <source>Manage profiles</source>
            <translation>Gérer les profils</translation>
        </message>
        <message>
            <source>Host header</source>
            <translation>En-tête Host</translation>
        </message>
        <message>
            <source>New user ID</source>
            <translation>Nouvel ID utilisateur</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>Coller le cookie AMCV</translation>
        </message>
        <message>
            <source>38 digits</source>
            <translation>38 chiffres</translation>
        </message>
        <message>
            <source>Previe&amp;w: every header and the body, as sent</source>
            <translation>Aperçu : tous les en-têtes et le corps, tels &amp;qu’ils sont envoyés</translation>
        </message>
        <message>
            <source>As typed</source>
            <translation>Tel quel</translation>
        </message>
        <message>
            <source>Send the key and values exactly as typed, already percent-encoded. Unchecked, every special character is encoded for you (a % becomes %25).</source>
            <translation>Envoyer la clé et les valeurs exactement telles que saisies, déjà encodées en pourcentage. Si cette case est décochée, chaque caractère spécial est encodé pour vous (un % devient %25).</translation>
        </message>
        <message>
            <source>Keep the pasted alias and target as a profile of the workspace (undoable); until then they are used for these calls only</source>
            <translation>Garder l’alias et la cible collés comme profil de l’espace de travail (annulable) ; d’ici là, ils ne servent qu’à ces appels</translation>
        </message>
        <message>
            <source>%1 (pasted, not saved)</source>
            <translation>%1 (collé, non enregistré)</translation>
        </message>
        <message>
            <source>Custom base URL: %1</source>
            <translation>URL de base personnalisée : %1</translation>
        </message>
        <message>
            <source>Endpoin&amp;t:</source>
            <translation>Point de ter&amp;minaison :</translation>
        </message>
        <message>
            <source>profile default</source>
            <translation>celui du profil</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default, %1</source>
            <translation>38 chiffres ; vide = valeur par défaut du profil, %1</translation>
        </message>
        <message>
            <source>Save as Profile…</source>
            <translation>Enregistrer comme profil…</translation>
        </message>
        <message>
            <source>Add Signal</source>
            <translation>Ajouter un signal</translation>
        </message>
        <message>
            <source>Remove Signal</source>
            <translation>Retirer le signal</translation>
        </message>
        <message>
            <source>Add Declared ID</source>
            <translation>Ajouter un ID déclaré</translation>
        </message>
        <message>
            <source>Remove Declared ID</source>
            <translation>Retirer l’ID déclaré</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Enregistrer comme profil</translation>
        </message>
        <message>
            <source>Paste AMCV Cookie…</source>
            <translation>Coller le cookie AMCV…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseOutline</name>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>no uuid in the answer</source>
            <translation>aucun uuid dans la réponse</translation>
        </message>
        <message>
            <source>uuid</source>
            <translation>uuid</translation>
        </message>
        <message>
            <source>The AAM unique user ID; use it as d_uuid.</source>
            <translation>L’ID utilisateur unique AAM ; utilisez-le comme d_uuid.</translation>
        </message>
        <message>
            <source>dcs_region</source>
            <translation>dcs_region</translation>
        </message>
        <message>
            <source>The DCS region that holds this user; send to its host.</source>
            <translation>La région DCS de cet utilisateur ; envoyez vos appels à son hôte.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>not a documented region</source>
            <translation>région non documentée</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Transaction ID: quote it to support.</source>
            <translation>ID de transaction : communiquez-le au support.</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Désinscription</translation>
        </message>
        <message>
            <source>The user opted out (error 171).</source>
            <translation>L’utilisateur s’est désinscrit (erreur 171).</translation>
        </message>
        <message>
            <source>Cookie destinations (stuff)</source>
            <translation>Destinations de cookie (stuff)</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie(s)</source>
            <translation>
                <numerusform>%n cookie</numerusform>
                <numerusform>%n cookies</numerusform>
            </translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(sans clé)</translation>
        </message>
        <message>
            <source>TTL</source>
            <translation>TTL</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>the client's maximum</source>
            <translation>le maximum du client</translation>
        </message>
        <message>
            <source>0 means no cookie is written.</source>
            <translation>0 signifie qu’aucun cookie n’est écrit.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>(the page's domain)</source>
            <translation>(le domaine de la page)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Not a documented field.</source>
            <translation>Champ non documenté.</translation>
        </message>
        <message>
            <source>URL destinations (dests)</source>
            <translation>Destinations d’URL (dests)</translation>
        </message>
        <message numerus="yes">
            <source>%n URL(s)</source>
            <translation>
                <numerusform>%n URL</numerusform>
                <numerusform>%n URL</numerusform>
            </translation>
        </message>
        <message>
            <source>(no ID)</source>
            <translation>(sans ID)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>img or iframe</source>
            <translation>img ou iframe</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL sécurisée</translation>
        </message>
        <message>
            <source>Traits and segments</source>
            <translation>Caractéristiques et segments</translation>
        </message>
        <message>
            <source>not asked for (send d_cts=2)</source>
            <translation>non demandés (envoyez d_cts=2)</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Caractéristiques</translation>
        </message>
        <message numerus="yes">
            <source>%n trait(s)</source>
            <translation>
                <numerusform>%n caractéristique</numerusform>
                <numerusform>%n caractéristiques</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message>
            <source>errors[] and X-Error</source>
            <translation>errors[] et X-Error</translation>
        </message>
        <message>
            <source>X-Error header</source>
            <translation>En-tête X-Error</translation>
        </message>
        <message>
            <source>errors[]</source>
            <translation>errors[]</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n remarque</numerusform>
                <numerusform>%n remarques</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown fields</source>
            <translation>Champs inconnus</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n champ</numerusform>
                <numerusform>%n champs</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer has no DCS error code, but its HTTP status is %1.</source>
            <translation>La réponse ne contient aucun code d’erreur DCS, mais son statut HTTP est %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>Opt-out answer</source>
            <translation>Réponse de désinscription</translation>
        </message>
        <message>
            <source>ID sync answer</source>
            <translation>Réponse de synchronisation d’ID</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Type de contenu</translation>
        </message>
        <message>
            <source>An image or a redirect is the normal answer.</source>
            <translation>La réponse normale est une image ou une redirection.</translation>
        </message>
        <message>
            <source>Redirect to</source>
            <translation>Redirection vers</translation>
        </message>
        <message>
            <source>The redir address, with ${DD_UUID} replaced by the user's AAM UUID.</source>
            <translation>L’adresse redir, où ${DD_UUID} est remplacé par l’UUID AAM de l’utilisateur.</translation>
        </message>
        <message>
            <source>Cookie set</source>
            <translation>Cookie déposé</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>What the local sandbox did with the call.</source>
            <translation>Ce que la sandbox locale a fait de l’appel.</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>Service d’ID (/id)</translation>
        </message>
        <message>
            <source>The Experience Cloud ID; send it as d_mid with d_orgid.</source>
            <translation>L’ID Experience Cloud ; envoyez-le comme d_mid avec d_orgid.</translation>
        </message>
        <message>
            <source>Encrypted Audience Manager metadata that goes with d_mid in later calls.</source>
            <translation>Métadonnées Audience Manager chiffrées qui accompagnent d_mid dans les appels suivants.</translation>
        </message>
        <message>
            <source>How long ID syncs are not fired again.</source>
            <translation>Durée pendant laquelle les synchronisations d’ID ne sont pas redéclenchées.</translation>
        </message>
        <message>
            <source>How long the opt-out state is kept.</source>
            <translation>Durée de conservation de l’état de désinscription.</translation>
        </message>
        <message>
            <source>The user's opt-out state.</source>
            <translation>L’état de désinscription de l’utilisateur.</translation>
        </message>
        <message>
            <source>The customer's demdex.net subdomain.</source>
            <translation>Le sous-domaine demdex.net du client.</translation>
        </message>
        <message>
            <source>ID syncs (ibs)</source>
            <translation>Synchronisations d’ID (ibs)</translation>
        </message>
        <message numerus="yes">
            <source>%n ID sync(s)</source>
            <translation>
                <numerusform>%n synchronisation d’ID</numerusform>
                <numerusform>%n synchronisations d’ID</numerusform>
            </translation>
        </message>
        <message>
            <source>none: the user opted out (error 171)</source>
            <translation>aucun : l’utilisateur s’est désinscrit (erreur 171)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseWidget</name>
        <message>
            <source>Put the answer's uuid and dcs_region into the builder</source>
            <translation>Reporter l’uuid et le dcs_region de la réponse dans l’éditeur</translation>
        </message>
        <message>
            <source>Response views</source>
            <translation>Vues de la réponse</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Décodée</translation>
        </message>
        <message>
            <source>Pretty</source>
            <translation>Formatée</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Brute</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Minutage</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Decoded response</source>
            <translation>Réponse décodée</translation>
        </message>
        <message>
            <source>Pretty response body</source>
            <translation>Corps de réponse formaté</translation>
        </message>
        <message>
            <source>Raw response body</source>
            <translation>Corps de réponse brut</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Response headers</source>
            <translation>En-têtes de la réponse</translation>
        </message>
        <message>
            <source>No request sent yet. Build a call and press Ctrl+Return.</source>
            <translation>Aucune requête envoyée. Construisez un appel et appuyez sur Ctrl+Entrée.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <source>No answer (%1): %2</source>
            <translation>Aucune réponse (%1) : %2</translation>
        </message>
        <message>
            <source>HTTP %1 · %2 · %3 · tid %4 · region %5</source>
            <translation>HTTP %1 · %2 · %3 · tid %4 · région %5</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n DCS error(s)</source>
            <translation>
                <numerusform>%1 — %n erreur DCS</numerusform>
                <numerusform>%1 — %n erreurs DCS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n autre non affiché</numerusform>
                <numerusform>… %n autres non affichés</numerusform>
            </translation>
        </message>
        <message>
            <source>see the Raw view</source>
            <translation>voir l’onglet « Brute »</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Aucune réponse</translation>
        </message>
        <message>
            <source>Decoding…</source>
            <translation>Décodage…</translation>
        </message>
        <message>
            <source>The body is not JSON; see the Raw view.</source>
            <translation>Le corps n’est pas du JSON ; voir l’onglet « Brute ».</translation>
        </message>
        <message>
            <source>Formatting…</source>
            <translation>Mise en forme…</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>(corps vide)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>No answer to compare.</source>
            <translation>Aucune réponse à comparer.</translation>
        </message>
        <message>
            <source>Comparing with the workspace…</source>
            <translation>Comparaison avec l’espace de travail…</translation>
        </message>
        <message>
            <source>Use this uuid and region</source>
            <translation>Utiliser cet uuid et cette région</translation>
        </message>
        <message>
            <source>Save the whole response body, exactly as received</source>
            <translation>Enregistrer tout le corps de la réponse, exactement tel que reçu</translation>
        </message>
        <message>
            <source>Save response body</source>
            <translation>Enregistrer le corps de la réponse</translation>
        </message>
        <message>
            <source>Pretty view note</source>
            <translation>Note de la vue formatée</translation>
        </message>
        <message>
            <source>Raw view note</source>
            <translation>Note de la vue brute</translation>
        </message>
        <message>
            <source>Cannot save the body to %1: %2</source>
            <translation>Impossible d’enregistrer le corps dans %1 : %2</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Lines longer than %1 characters are broken for display; the bytes are unchanged.</source>
            <translation>Les lignes de plus de %1 caractères sont coupées pour l’affichage ; les octets restent inchangés.</translation>
        </message>
        <message>
            <source>%1 Shown without colors.</source>
            <translation>%1 Affichage sans couleurs.</translation>
        </message>
        <message>
            <source>Large answer: shown without colors.</source>
            <translation>Réponse volumineuse : affichée sans couleurs.</translation>
        </message>
        <message>
            <source>Save Bod&amp;y…</source>
            <translation>E&amp;nregistrer le corps…</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 — Save Body… to see all.</source>
            <translation>Affichage du début (%1 sur %2) — utilisez « Enregistrer le corps… » pour tout voir.</translation>
        </message>
        <message>
            <source>Use This uuid / Region</source>
            <translation>Utiliser cet uuid / cette région</translation>
        </message>
        <message>
            <source>Expected vs. Actual</source>
            <translation>Attendu / réel</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>Statut de la réponse</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Exporter en JSON AAM REST</translation>
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
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Only their mappings, as one list (as GET /v1/destinations/&lt;id&gt;/mappings returns them)</source>
            <translation>Seulement leurs mappages, en une liste (comme GET /v1/destinations/&lt;id&gt;/mappings les renvoie)</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (%1).</source>
            <translation>Exporte les destinations telles que l’API REST d’Audience Manager les renvoie (%1).</translation>
        </message>
        <message>
            <source>These fields go in an “x-dcsdesk” object that the REST API does not know. Without them, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Ces champs sont placés dans un objet « x-dcsdesk », inconnu de l’API REST. Sans cette option, les destinations serveur à serveur sont omises : l’API REST n’a pas de type pour elles.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestFieldText</name>
        <message>
            <source>Destination ID</source>
            <translation>ID de destination</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Created by (user ID)</source>
            <translation>Créé par (ID utilisateur)</translation>
        </message>
        <message>
            <source>DCS Desk's own fields</source>
            <translation>Champs propres à DCS Desk</translation>
        </message>
        <message>
            <source>Mapping ID</source>
            <translation>ID de mappage</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segment</translation>
        </message>
        <message>
            <source>Mapped object type</source>
            <translation>Type d’objet mappé</translation>
        </message>
        <message>
            <source>Trait value</source>
            <translation>Valeur de caractéristique</translation>
        </message>
        <message>
            <source>Segment name</source>
            <translation>Nom du segment</translation>
        </message>
        <message>
            <source>Segment description</source>
            <translation>Description du segment</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Statut du segment</translation>
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
            <source>Mapping value (key or URL)</source>
            <translation>Valeur de mappage (clé ou URL)</translation>
        </message>
        <message>
            <source>Second value</source>
            <translation>Seconde valeur</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL sécurisée</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Mappages</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>field label (REST key)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(absent)</translation>
        </message>
        <message>
            <source>REST key: %1</source>
            <translation>Clé REST : %1</translation>
        </message>
        <message>
            <source>%1 (milliseconds since 1970, UTC)</source>
            <translation>%1 (millisecondes depuis 1970, UTC)</translation>
        </message>
        <message>
            <source>Changed by (user ID)</source>
            <translation>Modifié par (ID utilisateur)</translation>
        </message>
        <message>
            <source>%1 (never ends)</source>
            <translation>%1 (ne se termine jamais)</translation>
        </message>
        <message>
            <source>REST keys: %1</source>
            <translation>Clés REST : %1</translation>
        </message>
        <message numerus="yes">
            <source>Audience Manager keeps the mapping's value in %n REST field(s) (%1): one edit changes them all, and a push sends the new value to each.</source>
            <translation>
                <numerusform>Audience Manager conserve la valeur du mappage dans %n champ REST (%1) : une modification le change, et un envoi y transmet la nouvelle valeur.</numerusform>
                <numerusform>Audience Manager conserve la valeur du mappage dans %n champs REST (%1) : une modification les change tous, et un envoi transmet la nouvelle valeur à chacun.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestImportDialog</name>
        <message>
            <source>%1 (%2 %3): %4</source>
            <translation>%1 (%2 %3) : %4</translation>
        </message>
        <message>
            <source>no remarks</source>
            <translation>aucune remarque</translation>
        </message>
        <message>
            <source>Review AAM REST import</source>
            <translation>Vérifier l’importation AAM REST</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
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
            <translation>À vérifier après l’importation : %1</translation>
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
        <message>
            <source>What the import adds, updates and skips</source>
            <translation>Ce que l’importation ajoute, met à jour et ignore</translation>
        </message>
        <message>
            <source>Add the segments the mappings use that are missing from the catalog (named from elementName and elementDescription)</source>
            <translation>Ajouter les segments qu’utilisent les mappages et qui manquent au catalogue (nommés d’après elementName et elementDescription)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack.</source>
            <translation>Rien ne change tant que vous ne cliquez pas sur « Importer ». L’importation constitue une seule étape dans l’historique d’annulation.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleEditor</name>
        <message>
            <source>No rule: no signals qualify a user; only d_sid reaches the segment.</source>
            <translation>Pas de règle : aucun signal ne qualifie un utilisateur pour le segment ; seul d_sid peut l’y placer.</translation>
        </message>
        <message>
            <source>The rule is valid. It reads %1.</source>
            <translation>La règle est valide. Elle utilise %1.</translation>
        </message>
        <message>
            <source>The trait rule that qualifies a user for the segment, over the keys of a DCS call: comparisons (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, joined with AND, OR, NOT and parentheses. Text goes in double quotes. Example: c_interest=="golf" AND c_score&gt;=5</source>
            <translation>La règle de caractéristique qui qualifie un utilisateur pour le segment, portant sur les clés d’un appel DCS : comparaisons (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, reliées par AND, OR, NOT et des parenthèses. Le texte va entre guillemets droits doubles. Exemple : c_interest=="golf" AND c_score&gt;=5</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleTest</name>
        <message>
            <source>The segment has no rule, so no signals qualify a user for it; only d_sid reaches it.</source>
            <translation>Le segment n’a pas de règle : aucun signal ne qualifie un utilisateur pour ce segment ; seul d_sid peut l’y placer.</translation>
        </message>
        <message>
            <source>“%1” is not a key=value pair. Write the signals as in a call, for example c_make=A&amp;c_model=B.</source>
            <translation>« %1 » n’est pas une paire clé=valeur. Écrivez les signaux comme dans un appel, par exemple c_make=A&amp;c_model=B.</translation>
        </message>
        <message>
            <source>Type signals to test, for example %1.</source>
            <translation>Saisissez des signaux à tester, par exemple %1.</translation>
        </message>
        <message>
            <source>Qualifies: a call with these signals puts the user in the segment.</source>
            <translation>Qualifié : un appel avec ces signaux place l’utilisateur dans le segment.</translation>
        </message>
        <message>
            <source>Does not qualify with these signals.</source>
            <translation>Non qualifié avec ces signaux.</translation>
        </message>
        <message>
            <source>Does not qualify. The rule also reads %1, which these signals do not carry.</source>
            <translation>Non qualifié. La règle utilise aussi %1, que ces signaux ne contiennent pas.</translation>
        </message>
        <message>
            <source>Fix the rule above first.</source>
            <translation>Corrigez d’abord la règle ci-dessus.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunResultPanel</name>
        <message>
            <source>Passed</source>
            <translation>Réussie</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>Non exécutée</translation>
        </message>
        <message>
            <source>Saved request and its checks</source>
            <translation>Requête enregistrée et ses vérifications</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Expected and actual</source>
            <translation>Attendu et réel</translation>
        </message>
        <message>
            <source>Run results</source>
            <translation>Résultats de l’exécution</translation>
        </message>
        <message>
            <source>Answer behind the selected result</source>
            <translation>Réponse correspondant au résultat sélectionné</translation>
        </message>
        <message>
            <source>Select a saved request or a check to see the answer behind it.</source>
            <translation>Sélectionnez une requête enregistrée ou une vérification pour voir la réponse correspondante.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Non envoyée</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 en %2 ms</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check result: what the check expects</comment>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n caractère de plus)</numerusform>
                <numerusform>(%n caractères de plus)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>saved request: its state</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure, as chosen.</source>
            <translation>Non envoyée : l’exécution s’est arrêtée au premier échec, selon l’option choisie.</translation>
        </message>
        <message>
            <source>The history keeps the answer only for saved requests that did not pass.</source>
            <translation>L’historique ne conserve la réponse que pour les requêtes enregistrées qui n’ont pas réussi.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>Non envoyée : l’exécution a été annulée.</translation>
        </message>
        <message>
            <source>No answer was received.</source>
            <translation>Aucune réponse n’est arrivée.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunnerDialog</name>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Environnement :</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil :</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>&amp;Stop at the first failure</source>
            <translation>&amp;Arrêter au premier échec</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Lancer</translation>
        </message>
        <message>
            <source>Send each chosen saved request in turn and check its answer</source>
            <translation>Envoyer tour à tour chaque requête enregistrée choisie et vérifier sa réponse</translation>
        </message>
        <message>
            <source>Run progress</source>
            <translation>Progression de l’exécution</translation>
        </message>
        <message>
            <source>Open the selected saved request in the Console</source>
            <translation>Ouvrir la requête enregistrée sélectionnée dans la console</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>(no environment)</source>
            <translation>(aucun environnement)</translation>
        </message>
        <message>
            <source>Nothing was sent: the workspace has no profile to send with. Add one in the Console (Profile: Manage…).</source>
            <translation>Rien n’a été envoyé : l’espace de travail n’a aucun profil pour l’envoi. Ajoutez-en un dans la console (Profil : Gérer…).</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request has checks. Add checks to a saved request in the Console's Checks panel.</source>
            <translation>Rien n’a été envoyé : aucune requête enregistrée n’a de vérifications. Ajoutez des vérifications à une requête enregistrée dans le panneau « Vérifications » de la console.</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request with the tags %1 has checks.</source>
            <translation>Rien n’a été envoyé : aucune requête enregistrée portant les étiquettes %1 n’a de vérifications.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved. Define them in the environment (Environments… in the Console) or choose another one.</source>
            <translation>
                <numerusform>Rien n’a été envoyé : %n variable ne peut pas être résolue. Définissez-la dans l’environnement (« Environnements… » dans la console) ou choisissez-en un autre.</numerusform>
                <numerusform>Rien n’a été envoyé : %n variables ne peuvent pas être résolues. Définissez-les dans l’environnement (« Environnements… » dans la console) ou choisissez-en un autre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the local sandbox cannot start: %1</source>
            <translation>Rien n’a été envoyé : la sandbox locale ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>saved requests done of all</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 · stopped at the first failure, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · exécution arrêtée au premier échec, %n requête enregistrée non envoyée</numerusform>
                <numerusform>%1 · exécution arrêtée au premier échec, %n requêtes enregistrées non envoyées</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · not kept in the history: %2</source>
            <translation>%1 · exécution non conservée dans l’historique : %2</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders</source>
            <translation>N’exécuter que les requêtes enregistrées de ce dossier et de ses sous-dossiers</translation>
        </message>
        <message>
            <source>(all folders)</source>
            <translation>(tous les dossiers)</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request in the folder %1 (with the tags chosen) has checks.</source>
            <translation>Rien n’a été envoyé : aucune requête enregistrée du dossier %1 (avec les étiquettes choisies) n’a de vérifications.</translation>
        </message>
        <message>
            <source>Nothing was sent: the run to %1 was not confirmed.</source>
            <translation>Rien n’a été envoyé : l’exécution vers %1 n’a pas été confirmée.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n saved request(s) to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</source>
            <translation>
                <numerusform>Envoyer %n requête enregistrée à %1 ? Ce n’est pas la sandbox locale : les appels atteignent un DCS réel, avec l’environnement « %2 » et le profil « %3 ».</numerusform>
                <numerusform>Envoyer %n requêtes enregistrées à %1 ? Ce n’est pas la sandbox locale : les appels atteignent un DCS réel, avec l’environnement « %2 » et le profil « %3 ».</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>they are for the environment “%1”, not “%2”.</source>
            <translation>ils concernent l’environnement « %1 », pas « %2 ».</translation>
        </message>
        <message>
            <source>they are for the profile “%1”, not “%2”.</source>
            <translation>ils concernent le profil « %1 », pas « %2 ».</translation>
        </message>
        <message>
            <source>a saved request, its checks or the environment changed since they were run.</source>
            <translation>une requête enregistrée, ses vérifications ou l’environnement ont changé depuis leur exécution.</translation>
        </message>
        <message>
            <source>Out of date: %1 They no longer describe what is saved; Run again for current results.</source>
            <translation>Périmés : %1 Ils ne décrivent plus ce qui est enregistré ; relancez pour avoir des résultats à jour.</translation>
        </message>
        <message>
            <source>The workspace was replaced: the last run's results were for the one before. Run again to check this one.</source>
            <translation>L’espace de travail a été remplacé : les résultats de la dernière exécution concernaient le précédent. Relancez pour vérifier celui-ci.</translation>
        </message>
        <message>
            <source>&amp;Tags: check some to run only the saved requests with one of them; none checked runs them all.</source>
            <translation>É&amp;tiquettes : cochez-en certaines pour n’exécuter que les requêtes enregistrées qui portent l’une d’elles ; si aucune n’est cochée, toutes les requêtes sont exécutées.</translation>
        </message>
        <message>
            <source>Unchecked, every chosen saved request is sent whatever the ones before it gave</source>
            <translation>Si cette case est décochée, chaque requête enregistrée choisie est envoyée, quel que soit le résultat des précédentes</translation>
        </message>
        <message>
            <source>&amp;Cancel Run</source>
            <translation>A&amp;nnuler l’exécution</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>&amp;Ouvrir dans la console</translation>
        </message>
        <message>
            <source>Run Checks</source>
            <translation>Exécuter les vérifications</translation>
        </message>
        <message numerus="yes">
            <source>%1 · canceled, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · exécution annulée, %n requête enregistrée non envoyée</numerusform>
                <numerusform>%1 · exécution annulée, %n requêtes enregistrées non envoyées</numerusform>
            </translation>
        </message>
        <message>
            <source>Send to a Live DCS?</source>
            <translation>Envoyer à un DCS réel ?</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxServerCommand</name>
        <message>
            <source>Workspace file to serve (default: the bundled sample). It is reloaded when it changes.</source>
            <translation>Fichier d’espace de travail à servir (par défaut : l’exemple fourni). Il est rechargé quand il change.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>TCP port; 0 picks a free one (default).</source>
            <translation>Port TCP ; 0 (valeur par défaut) choisit un port libre.</translation>
        </message>
        <message>
            <source>port</source>
            <translation>port</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Adresse d’écoute (127.0.0.1 par défaut).</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>Allow an address other than loopback: anyone who can reach it can read what your workspace's destinations send.</source>
            <translation>Autoriser une adresse autre que l’adresse de bouclage : quiconque peut l’atteindre peut lire ce qu’envoient les destinations de votre espace de travail.</translation>
        </message>
        <message>
            <source>Print one line per call (p_ values hidden).</source>
            <translation>Afficher une ligne par appel (valeurs p_ masquées).</translation>
        </message>
        <message>
            <source>Most connections at once (default 256).</source>
            <translation>Nombre maximal de connexions simultanées (256 par défaut).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>Language of messages (en, es, de, fr).</source>
            <translation>Langue des messages (en, es, de, fr).</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>--port must be a number from 0 to 65535.</source>
            <translation>--port doit être un nombre de 0 à 65535.</translation>
        </message>
        <message>
            <source>--address must be an IP address such as 127.0.0.1.</source>
            <translation>--address doit être une adresse IP, par exemple 127.0.0.1.</translation>
        </message>
        <message>
            <source>--max-connections must be a number from 1 to 100000.</source>
            <translation>--max-connections doit être un nombre de 1 à 100 000.</translation>
        </message>
        <message>
            <source>Workspace loaded: %1</source>
            <translation>Espace de travail chargé : %1</translation>
        </message>
        <message>
            <source>Could not reload %1: %2</source>
            <translation>Impossible de recharger %1 : %2</translation>
        </message>
        <message>
            <source>Sandbox settings: %1</source>
            <translation>Réglages de la sandbox : %1</translation>
        </message>
        <message>
            <source>Cannot serve the workspace %1: %2</source>
            <translation>Impossible de servir l’espace de travail %1 : %2</translation>
        </message>
        <message>
            <source>DCS sandbox listening on %1 (workspace: %2)</source>
            <translation>Sandbox DCS à l’écoute sur %1 (espace de travail : %2)</translation>
        </message>
        <message>
            <source>Domain aliases: %1</source>
            <translation>Alias de domaine : %1</translation>
        </message>
        <message>
            <source>Try: curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</source>
            <translation>Essayez : curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so every call answers error 1. Add a profile with an alias.</source>
            <translation>L’espace de travail n’a aucun profil avec un alias de domaine : la sandbox répond à chaque appel par l’erreur 1. Ajoutez un profil avec un alias.</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
        </message>
        <message>
            <source>Stopping: finishing the calls in progress.</source>
            <translation>Arrêt : les appels en cours se terminent.</translation>
        </message>
        <message>
            <source>There is no translation for “%1”; messages are in English.</source>
            <translation>Il n’existe pas de traduction pour « %1 » ; les messages sont en anglais.</translation>
        </message>
        <message>
            <source>Workspace whose destinations, mappings and segments the Audience Manager REST API serves (default: the bundled sample). Read once; REST writes are kept in memory only.</source>
            <translation>Espace de travail dont l’API REST d’Audience Manager sert les destinations, mappages de segments et segments (par défaut : l’exemple fourni). Lu une fois ; les écritures REST restent en mémoire seulement.</translation>
        </message>
        <message>
            <source>Client ID (API key) the token endpoint accepts (default %1).</source>
            <translation>ID client (clé d’API) que le point de terminaison de jetons accepte (%1 par défaut).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID the REST API expects in x-gw-ims-org-id (default %1).</source>
            <translation>ID d’organisation que l’API REST attend dans x-gw-ims-org-id (%1 par défaut).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>org</translation>
        </message>
        <message>
            <source>Seconds a token stays valid (default %1).</source>
            <translation>Durée de validité d’un jeton, en secondes (%1 par défaut).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>--aam-token-lifetime must be a number of seconds from 1 to 31536000.</source>
            <translation>--aam-token-lifetime doit être un nombre de secondes de 1 à 31 536 000.</translation>
        </message>
        <message>
            <source>Cannot serve the Audience Manager workspace %1: %2</source>
            <translation>Impossible de servir l’espace de travail Audience Manager %1 : %2</translation>
        </message>
        <message>
            <source>Audience Manager REST API: %1/v1/destinations/ (%2 destinations, %3 mappings, %4 segments from %5; token: POST %1%6, client ID %7, organization %8). Writes stay in memory.</source>
            <translation>API REST d’Audience Manager : %1/v1/destinations/ (%2 destinations, %3 mappages de segments, %4 segments de %5 ; jeton : POST %1%6, ID client %7, organisation %8). Les écritures restent en mémoire.</translation>
        </message>
        <message>
            <source>A local DCS: answers /event calls the way the Audience Manager DCS documents it, from the segments, destinations and mappings of a workspace, and the ID sync (/ibs), ID service (/id) and opt-out (/demoptout.jpg) calls. It also answers Audience Manager's REST API (/v1/destinations/, their mappings, /v1/segments/) with a token endpoint at /ims/token/v3 and the legacy OAuth one at /oauth/token; the client secret comes from DCSDESK_AAM_CLIENT_SECRET (default dcsdesk-sandbox-secret), the legacy user's password from DCSDESK_AAM_PASSWORD (default dcsdesk-sandbox-password). REST writes change only the sandbox's memory: they are never written back to the workspace file.</source>
            <translation>Un DCS local : répond aux appels /event comme le décrit la documentation du DCS d’Audience Manager, à partir des segments, destinations et mappages de segments d’un espace de travail, ainsi qu’aux appels de synchronisation d’ID (/ibs), de service d’ID (/id) et de désinscription (/demoptout.jpg). Il répond aussi à l’API REST d’Audience Manager (/v1/destinations/, leurs mappages, /v1/segments/) avec un point de terminaison de jetons à /ims/token/v3 et celui de l’ancienne méthode OAuth à /oauth/token ; le secret client vient de DCSDESK_AAM_CLIENT_SECRET (dcsdesk-sandbox-secret par défaut) et, pour l’ancienne méthode, le mot de passe de l’utilisateur vient de DCSDESK_AAM_PASSWORD (dcsdesk-sandbox-password par défaut). Les écritures REST ne changent que la mémoire de la sandbox : elles ne sont jamais réécrites dans le fichier d’espace de travail.</translation>
        </message>
        <message>
            <source>User name the legacy OAuth token endpoint accepts (default %1).</source>
            <translation>Nom d’utilisateur que le point de terminaison de jetons de l’ancienne méthode OAuth accepte (%1 par défaut).</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxService</name>
        <message>
            <source>The workspace file is gone; still answering from the last workspace that loaded.</source>
            <translation>Le fichier d’espace de travail a disparu ; les réponses viennent toujours du dernier espace de travail chargé.</translation>
        </message>
        <message>
            <source>%1 Still answering from the last workspace that loaded.</source>
            <translation>%1 Les réponses viennent toujours du dernier espace de travail chargé.</translation>
        </message>
        <message>
            <source>The sandbox is already running.</source>
            <translation>La sandbox est déjà en cours d’exécution.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxSettings</name>
        <message>
            <source>sandbox.rateLimit.calls must be a whole number from 0 (no limit) to 100000; using %1.</source>
            <translation>sandbox.rateLimit.calls doit être un nombre entier de 0 (aucune limite) à 100 000 ; la valeur %1 est utilisée.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit.perSeconds must be a number of seconds above 0 and at most 86400; using %1.</source>
            <translation>sandbox.rateLimit.perSeconds doit être un nombre de secondes supérieur à 0 et inférieur ou égal à 86 400 ; la valeur %1 est utilisée.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit must be an object such as {"calls": 20, "perSeconds": 1}; using the default.</source>
            <translation>sandbox.rateLimit doit être un objet comme {"calls": 20, "perSeconds": 1} ; la valeur par défaut est utilisée.</translation>
        </message>
        <message>
            <source>sandbox.profileTtlSeconds must be a whole number of seconds, 0 to keep profiles until the sandbox stops; using 0.</source>
            <translation>sandbox.profileTtlSeconds doit être un nombre entier de secondes (0 pour garder les profils jusqu’à l’arrêt de la sandbox) ; la valeur 0 est utilisée.</translation>
        </message>
        <message>
            <source>sandbox.maxProfiles must be a whole number from 1 to 10000000; using %1.</source>
            <translation>sandbox.maxProfiles doit être un nombre entier de 1 à 10 000 000 ; la valeur %1 est utilisée.</translation>
        </message>
        <message>
            <source>sandbox.dcsRegion must be a region ID such as 7, or -1 for the sandbox's own region; using -1.</source>
            <translation>sandbox.dcsRegion doit être un ID de région, par exemple 7, ou -1 pour la région propre à la sandbox ; la valeur -1 est utilisée.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxTargetProvider</name>
        <message>
            <source>Start the local sandbox on this workspace and send the call to it (its sandbox profile gives the alias unless --alias or --workspace does).</source>
            <translation>Démarrer la sandbox locale avec cet espace de travail et lui envoyer l’appel (l’alias vient de son profil de sandbox, sauf si --alias ou --workspace en fournit un).</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>La sandbox ne peut pas charger %1 : %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>La sandbox ne peut pas démarrer : %1</translation>
        </message>
        <message>
            <source>The workspace %1 has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias, or give --alias.</source>
            <translation>L’espace de travail %1 n’a aucun profil avec un alias de domaine : la sandbox répondrait à chaque appel par l’erreur 1. Ajoutez un profil avec un alias, ou indiquez --alias.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestChecks</name>
        <message>
            <source>The “checks” of saved request %1 are not a list; they are kept in the file and not run.</source>
            <translation>Les « checks » de la requête enregistrée %1 ne sont pas une liste ; ils restent dans le fichier et ne sont pas exécutés.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not an object; it is kept in the file and not run.</source>
            <translation>La vérification %1 de la requête enregistrée %2 n’est pas un objet ; elle reste dans le fichier et n’est pas exécutée.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 has the kind “%3”, which this version does not know; it is kept in the file and not run. Update DCS Desk to run it.</source>
            <translation>La vérification %1 de la requête enregistrée %2 est du type « %3 », que cette version ne connaît pas ; elle reste dans le fichier et n’est pas exécutée. Mettez à jour DCS Desk pour l’exécuter.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not run: %3</source>
            <translation>La vérification %1 de la requête enregistrée %2 n’est pas exécutée : %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestCollection</name>
        <message>
            <source>The “folder” of saved request %1 is not a list of folder names; it is kept in the file and the request is shown at the top level.</source>
            <translation>Le « folder » de la requête enregistrée %1 n’est pas une liste de noms de dossiers ; il est conservé dans le fichier et la requête est affichée au premier niveau.</translation>
        </message>
        <message>
            <source>Entry %1 of “savedRequestFolders” is not a list of folder names; it is kept in the file and not shown.</source>
            <translation>L’entrée %1 de « savedRequestFolders » n’est pas une liste de noms de dossiers ; elle est conservée dans le fichier et n’est pas affichée.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (copie %2)</translation>
        </message>
        <message>
            <source>A folder needs a name.</source>
            <translation>Un dossier doit avoir un nom.</translation>
        </message>
        <message>
            <source>A folder name cannot contain “/”: it separates the folders of a path, as in dcsdesk-cli check --folder "Checkout/Mobile".</source>
            <translation>Un nom de dossier ne peut pas contenir « / » : il sépare les dossiers d’un chemin, comme dans dcsdesk-cli check --folder "Checkout/Mobile".</translation>
        </message>
        <message>
            <source>There is already a folder %1.</source>
            <translation>Il existe déjà un dossier %1.</translation>
        </message>
        <message>
            <source>There is no folder %1.</source>
            <translation>Il n’existe pas de dossier %1.</translation>
        </message>
        <message>
            <source>A folder cannot be moved into itself.</source>
            <translation>Un dossier ne peut pas être déplacé dans lui-même.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n requête enregistrée</numerusform>
                <numerusform>%n requêtes enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message>
            <source>A saved request needs a name.</source>
            <translation>Une requête enregistrée doit avoir un nom.</translation>
        </message>
        <message>
            <source>The folder %1 holds %2; move or delete them first, or delete them with the folder.</source>
            <translation>Le dossier %1 contient %2 ; déplacez-les ou supprimez-les d’abord, ou supprimez-les avec le dossier.</translation>
        </message>
        <message>
            <source>There is no saved request “%1”.</source>
            <translation>Il n’existe pas de requête enregistrée « %1 ».</translation>
        </message>
        <message>
            <source>There is already a saved request %1. Names are unique in a workspace: the CLI, Run Checks and the history refer to a request by its name.</source>
            <translation>Une requête enregistrée porte déjà le nom %1. Les noms sont uniques dans un espace de travail : la CLI, « Exécuter les vérifications » et l’historique désignent une requête par son nom.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestPane</name>
        <message>
            <source>Filter by name or tag</source>
            <translation>Filtrer par nom ou étiquette</translation>
        </message>
        <message>
            <source>Filter saved requests</source>
            <translation>Filtrer les requêtes enregistrées</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Requêtes enregistrées</translation>
        </message>
        <message>
            <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
            <translation>Créer un dossier dans le dossier sélectionné (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>New folder %1</source>
            <translation>Nouveau dossier %1</translation>
        </message>
        <message>
            <source>Rename folder %1 to %2</source>
            <translation>Renommer le dossier %1 en %2</translation>
        </message>
        <message>
            <source>Rename saved request %1 to %2</source>
            <translation>Renommer la requête enregistrée %1 en %2</translation>
        </message>
        <message>
            <source>Duplicate saved request %1</source>
            <translation>Dupliquer la requête enregistrée %1</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>le premier niveau</translation>
        </message>
        <message numerus="yes">
            <source>Move %n saved request(s) to %1</source>
            <translation>
                <numerusform>Déplacer %n requête enregistrée vers %1</numerusform>
                <numerusform>Déplacer %n requêtes enregistrées vers %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Move folder %1 to %2</source>
            <translation>Déplacer le dossier %1 vers %2</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n saved request(s)</source>
            <translation>
                <numerusform>Supprimer %n requête enregistrée</numerusform>
                <numerusform>Supprimer %n requêtes enregistrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Move what it holds up one level, or delete it too?</source>
            <translation>Remonter son contenu d’un niveau, ou le supprimer aussi ?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Delete folder %1</source>
            <translation>Supprimer le dossier %1</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nom du dossier :</translation>
        </message>
        <message>
            <source>Name of the folder in %1:</source>
            <translation>Nom du dossier dans %1 :</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Premier niveau</translation>
        </message>
        <message>
            <source>Reorder folder %1</source>
            <translation>Réordonner le dossier %1</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to %1</source>
            <translation>
                <numerusform>Déplacer %n élément vers %1</numerusform>
                <numerusform>Déplacer %n éléments vers %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in Builder</source>
            <translation>Ouvrir dans l’éditeur</translation>
        </message>
        <message>
            <source>New Folder…</source>
            <translation>Nouveau dossier…</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Edit Tags…</source>
            <translation>Modifier les étiquettes…</translation>
        </message>
        <message>
            <source>Delete All</source>
            <translation>Tout supprimer</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>Run Checks in This Folder…</source>
            <translation>Exécuter les vérifications de ce dossier…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n saved request(s): %1. Edit › Undo brings them back.</source>
            <translation>
                <numerusform>%n requête enregistrée supprimée : %1. Édition › Annuler la rétablit.</numerusform>
                <numerusform>%n requêtes enregistrées supprimées : %1. Édition › Annuler les rétablit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Folder</source>
            <translation>Supprimer le dossier</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestTreeModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>%1 request. Double-click or Enter opens it.</source>
            <translation>Requête %1. Double-cliquez ou appuyez sur Entrée pour l’ouvrir.</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Étiquettes : %1</translation>
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
                <numerusform>Expiré depuis %n jour</numerusform>
                <numerusform>Expiré depuis %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, ends in %n day(s)</source>
            <translation>
                <numerusform>Actif, se termine dans %n jour</numerusform>
                <numerusform>Actif, se termine dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Active, never ends</source>
            <translation>Actif, ne se termine jamais</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Commence dans %n jour</numerusform>
                <numerusform>Commence dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6 : %7</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>Overlaps another flight of this segment (%1 → %2).</source>
            <translation>Chevauche une autre période de ce segment (%1 → %2).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SecretMessages</name>
        <message>
            <source>The system keychain cannot be used: %1. Secret values you type are kept only until DCS Desk closes. To keep them, start a keychain service (such as GNOME Keyring or KWallet) and restart DCS Desk.</source>
            <translation>Le trousseau du système ne peut pas être utilisé : %1. Les valeurs secrètes que vous saisissez ne sont gardées que jusqu’à la fermeture de DCS Desk. Pour les conserver, lancez un service de trousseau (comme GNOME Keyring ou KWallet) et redémarrez DCS Desk.</translation>
        </message>
        <message>
            <source>The system keychain refused the secret value: %1. It is kept only until DCS Desk closes. To keep it, unlock the keychain and type the value again in Environments….</source>
            <translation>Le trousseau du système a refusé la valeur secrète : %1. Elle n’est gardée que jusqu’à la fermeture de DCS Desk. Pour la conserver, déverrouillez le trousseau et saisissez de nouveau la valeur dans « Environnements… ».</translation>
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
            <translation>Segments actifs u&amp;niquement</translation>
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
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <source>&amp;Check All Shown</source>
            <translation>Coc&amp;her tous les segments affichés</translation>
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
            <translation>Espaces réservés : {sid} ID de segment, {code} code d’intégration, {name} nom du segment.</translation>
        </message>
        <message>
            <source>for example {sid} or {code}</source>
            <translation>par exemple {sid} ou {code}</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
        <message>
            <source>A&amp;lias:</source>
            <translation>A&amp;lias :</translation>
        </message>
        <message>
            <source>U&amp;RL:</source>
            <translation>&amp;URL :</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Date de &amp;début :</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Date de &amp;fin :</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
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
            <translation>La valeur reste vide ; les nouveaux mappages sont signalés jusqu’à ce que vous la remplissiez.</translation>
        </message>
        <message>
            <source>For %1 (%2): %3</source>
            <translation>Pour %1 (%2) : %3</translation>
        </message>
        <message>
            <source>Allo&amp;w another flight of mapped segments</source>
            <translation>Autoriser une autre période pour les &amp;segments mappés</translation>
        </message>
        <message>
            <source>Search by name, ID, integration code or rule, or paste a list of IDs</source>
            <translation>Rechercher par nom, ID, code d’intégration ou règle, ou coller une liste d’ID</translation>
        </message>
        <message>
            <source>A list pasted here (one ID, name or integration code per line, or separated by commas) checks those segments instead of searching.</source>
            <translation>Une liste collée ici (un ID, un nom ou un code d’intégration par ligne, ou séparés par des virgules) coche ces segments au lieu de lancer une recherche.</translation>
        </message>
        <message>
            <source>Segments already mapped to this destination can be checked too: each gets another mapping, for example a later campaign flight. Give it its own dates; overlapping flights are flagged.</source>
            <translation>Les segments déjà mappés à cette destination peuvent aussi être cochés : chacun reçoit un autre mappage, par exemple pour une période ultérieure de la campagne. Donnez-lui ses propres dates ; les périodes qui se chevauchent sont signalées.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n mapped segment(s) of the pasted list for another flight.</source>
            <translation>
                <numerusform>%n segment mappé de la liste collée a été coché pour une autre période.</numerusform>
                <numerusform>%n segments mappés de la liste collée ont été cochés pour une autre période.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing checked from the pasted list.</source>
            <translation>Rien n’a été coché dans la liste collée.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n segment(s) from the pasted list.</source>
            <translation>
                <numerusform>%n segment coché dans la liste collée.</numerusform>
                <numerusform>%n segments cochés dans la liste collée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped to this destination: %1. Check “Allow another flight of mapped segments” to add another flight of them.</source>
            <translation>Déjà mappés à cette destination : %1. Cochez « Autoriser une autre période pour les segments mappés » pour leur ajouter une autre période.</translation>
        </message>
        <message>
            <source>&amp;Value of the key:</source>
            <translation>&amp;Valeur de la clé :</translation>
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
        <name>dcsdesk::SegmentCatalogView</name>
        <message>
            <source>&amp;New Segment…</source>
            <translation>&amp;Nouveau segment…</translation>
        </message>
        <message>
            <source>Create a segment (Insert)</source>
            <translation>Créer un segment (Inser)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected segment and test its rule (Enter)</source>
            <translation>Modifier le segment sélectionné et tester sa règle (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected segments (Del)</source>
            <translation>Supprimer les segments sélectionnés (Suppr)</translation>
        </message>
        <message>
            <source>Import &amp;CSV…</source>
            <translation>Importer un &amp;CSV…</translation>
        </message>
        <message>
            <source>Import AAM &amp;JSON…</source>
            <translation>Importer un &amp;JSON AAM…</translation>
        </message>
        <message>
            <source>Import the segment list exported from Audience Manager's REST API</source>
            <translation>Importer la liste de segments exportée depuis l’API REST d’Audience Manager</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Search by name, ID, code or rule (Ctrl+F)</source>
            <translation>Rechercher par nom, ID, code ou règle (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 segments shown</source>
            <translation>%1 segments sur %2 affichés</translation>
        </message>
        <message>
            <source>Delete Segments</source>
            <translation>Supprimer les segments</translation>
        </message>
        <message>
            <source>Deleting them also deletes their %1 in %2. You can undo this.</source>
            <translation>La suppression de ces segments supprime aussi %1 dans %2. Vous pourrez annuler cette opération.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n mappage</numerusform>
                <numerusform>%n mappages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destination</numerusform>
                <numerusform>%n destinations</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Segments and Mappings</source>
            <translation>Supprimer les segments et les mappages</translation>
        </message>
        <message>
            <source>Import Segments</source>
            <translation>Importer des segments</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import Segments from Audience Manager</source>
            <translation>Importer des segments depuis Audience Manager</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a segment list.</source>
            <translation>%1 dépasse 256 Mo : c’est trop volumineux pour une liste de segments.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>Import Segments from %1</source>
            <translation>Importer des segments depuis %1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n segment(s) from %1</source>
            <translation>
                <numerusform>Importer %n segment depuis %1</numerusform>
                <numerusform>Importer %n segments depuis %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder or file name.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier ou nom de fichier.</translation>
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
            <source>Export Segments</source>
            <translation>Exporter les segments</translation>
        </message>
        <message>
            <source>segments.csv</source>
            <translation>segments.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected segments are mapped to destinations.</source>
            <translation>
                <numerusform>%n des segments sélectionnés est mappé à des destinations.</numerusform>
                <numerusform>%n des segments sélectionnés sont mappés à des destinations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments are the audiences you map to destinations, each with an ID, a name and the rule that qualifies a user. Create one, or import the segment list from a CSV file or from Audience Manager's REST API.</source>
            <translation>Les segments sont les audiences que vous mappez aux destinations, chacun avec un ID, un nom et la règle qui qualifie un utilisateur. Créez-en un, ou importez la liste des segments depuis un fichier CSV ou depuis l’API REST d’Audience Manager.</translation>
        </message>
        <message>
            <source>Add or update segments from a CSV file; you see the result of every row before anything changes</source>
            <translation>Ajouter ou mettre à jour des segments depuis un fichier CSV ; le résultat de chaque ligne s’affiche avant toute modification</translation>
        </message>
        <message>
            <source>Search segments</source>
            <translation>Rechercher des segments</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Statut du segment</translation>
        </message>
        <message>
            <source>Show only active, inactive or not mapped segments, or those with problems</source>
            <translation>N’afficher que les segments actifs, inactifs ou non mappés, ou ceux qui ont des problèmes</translation>
        </message>
        <message>
            <source>The segment catalog is empty</source>
            <translation>Le catalogue de segments est vide</translation>
        </message>
        <message>
            <source>Segment catalog</source>
            <translation>Catalogue de segments</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentEditorDialog</name>
        <message>
            <source>&amp;Active</source>
            <translation>&amp;Actif</translation>
        </message>
        <message>
            <source>New Segment</source>
            <translation>Nouveau segment</translation>
        </message>
        <message>
            <source>Edit Segment %1</source>
            <translation>Modifier le segment %1</translation>
        </message>
        <message>
            <source>for example c_interest=golf&amp;c_score=5</source>
            <translation>par exemple c_interest=golf&amp;c_score=5</translation>
        </message>
        <message>
            <source>Segment &amp;ID:</source>
            <translation>&amp;ID de segment :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Integration &amp;code:</source>
            <translation>&amp;Code d’intégration :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>&amp;Rule:</source>
            <translation>&amp;Règle :</translation>
        </message>
        <message numerus="yes">
            <source>Mapped to %n destination(s).</source>
            <translation>
                <numerusform>Mappé à %n destination.</numerusform>
                <numerusform>Mappé à %n destinations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test with signals</source>
            <translation>Tester avec des signaux</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>L’ID de segment doit être un nombre positif.</translation>
        </message>
        <message>
            <source>Segment ID %1 is taken; choose another.</source>
            <translation>L’ID de segment %1 est déjà pris ; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Give the segment a name.</source>
            <translation>Donnez un nom au segment.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Le code d’intégration compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Create segment %1</source>
            <translation>Créer le segment %1</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Modifier le segment %1</translation>
        </message>
        <message>
            <source>The segment's ID (SID), a whole number. It identifies the segment in mappings, in d_sid and in the DCS answer; it cannot change once the segment exists. Example: 1005</source>
            <translation>L’ID du segment (SID), un nombre entier. Il identifie le segment dans les mappages, dans d_sid et dans la réponse du DCS ; il ne peut plus changer une fois le segment créé. Exemple : 1005</translation>
        </message>
        <message>
            <source>The name marketers know the segment by. Example: Golf enthusiasts</source>
            <translation>Le nom sous lequel les marketeurs connaissent le segment. Exemple : Passionnés de golf</translation>
        </message>
        <message>
            <source>Integration code: your own code for the segment (at most 255 characters), which destinations with auto-fill by integration code receive as the mapping value. Example: golf_fans</source>
            <translation>Code d’intégration : votre propre code pour le segment (255 caractères au plus), que les destinations à remplissage automatique par code d’intégration reçoivent comme valeur de mappage. Exemple : golf_fans</translation>
        </message>
        <message>
            <source>Only active segments qualify users and are sent to destinations; clear it to pause the segment without deleting it.</source>
            <translation>Seuls les segments actifs qualifient des utilisateurs et sont envoyés aux destinations ; décochez pour mettre le segment en pause sans le supprimer.</translation>
        </message>
        <message>
            <source>An optional note: who the segment is for and where its data comes from.</source>
            <translation>Une note facultative : à qui s’adresse le segment et d’où viennent ses données.</translation>
        </message>
        <message>
            <source>Key-value pairs as a DCS call carries them, joined by &amp;. The result below says whether a user with these signals qualifies. Example: c_interest=golf&amp;c_score=5</source>
            <translation>Paires clé-valeur telles qu’elles figurent dans un appel DCS, reliées par &amp;. Le résultat ci-dessous indique si un utilisateur avec ces signaux est qualifié. Exemple : c_interest=golf&amp;c_score=5</translation>
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
        <message>
            <source>Already mapped to this destination: checked, it gets another flight</source>
            <translation>Déjà mappé à cette destination : s’il est coché, il reçoit une autre période</translation>
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
            <translation>Le nom est vide. Chaque segment doit avoir un nom.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>Le code d’intégration compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>New segment; it gets ID %1.</source>
            <translation>Nouveau segment ; il reçoit l’ID %1.</translation>
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
            <translation>Modifications : %1.</translation>
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
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>La première ligne doit nommer les colonnes ; il faut au moins Segment ID ou Name. Les colonnes sont : %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Ces colonnes ne sont pas utilisées et ont été ignorées : %1.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Check the delimiter: %3 in this file.</source>
            <translation>Champs dans cette ligne : %1, dans la ligne d’en-tête : %2. Vérifiez le délimiteur : %3 dans ce fichier.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>L’ID de segment « %1 » n’est pas un nombre positif.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>Ce n’est pas du JSON valide (ligne %1, colonne %2 : %3). Exportez à nouveau les segments depuis Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>Le JSON ne contient aucun segment : un tableau d’objets segment (avec sid, name, integrationCode, status, segmentRule) ou un objet avec un tableau "list" est attendu.</translation>
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
            <translation>Le champ %1 doit être du texte.</translation>
        </message>
        <message>
            <source>Audience Manager's own fields</source>
            <translation>champs propres à Audience Manager</translation>
        </message>
        <message>
            <source>The status “%1” is not understood. Use “active” or “inactive” (1 or 0, true or false, yes or no also work).</source>
            <translation>Le statut « %1 » n’est pas reconnu. Utilisez « active » ou « inactive » (1 ou 0, true ou false, yes ou no conviennent aussi).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentListText</name>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %n autre</numerusform>
                <numerusform>%1 et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Read column %1 of the pasted table.</source>
            <translation>Valeurs lues dans la colonne %1 du tableau collé.</translation>
        </message>
        <message>
            <source>Read the column %1 of the pasted table.</source>
            <translation>Valeurs lues dans la colonne %1 du tableau collé.</translation>
        </message>
        <message>
            <source>Left out the header row %1.</source>
            <translation>Ligne d’en-tête %1 ignorée.</translation>
        </message>
        <message>
            <source>Shared by several segments (paste their IDs instead): %1.</source>
            <translation>Éléments communs à plusieurs segments (collez plutôt leurs ID) : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n repeated item(s) counted once.</source>
            <translation>
                <numerusform>%n élément répété compté une fois.</numerusform>
                <numerusform>%n éléments répétés comptés une fois.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recognized as a segment ID, name or integration code: %1.</source>
            <translation>Éléments non reconnus comme ID, nom ou code d’intégration de segment : %1.</translation>
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
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 (also on the numeric keypad)</source>
            <comment>a shortcut with Return, e.g. Ctrl+Return, that the keypad's Enter gives too</comment>
            <translation>%1 (aussi sur le pavé numérique)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TimingWaterfall</name>
        <message>
            <source>Timing waterfall</source>
            <translation>Cascade de minutage</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En file d’attente</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Waiting (server)</source>
            <translation>Attente (serveur)</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <source>Send a request to see its timing.</source>
            <translation>Envoyez une requête pour voir son minutage.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total : %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TlsProbe</name>
        <message>
            <source>No TLS answer within %1 s.</source>
            <translation>Pas de réponse TLS en %1 s.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TraitRule</name>
        <message>
            <source>Character %1: %2</source>
            <translation>Caractère %1 : %2</translation>
        </message>
        <message>
            <source>This closing parenthesis has no opening one.</source>
            <translation>Cette parenthèse fermante n’a pas de parenthèse ouvrante.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule. Each comparison is key, operator, value; join comparisons with AND or OR.</source>
            <translation>AND, OR ou la fin de la règle attendus. Chaque comparaison se compose d’une clé, d’un opérateur et d’une valeur ; reliez les comparaisons par AND ou OR.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule.</source>
            <translation>AND, OR ou la fin de la règle attendus.</translation>
        </message>
        <message>
            <source>This text has no closing double quote.</source>
            <translation>Ce texte n’a pas de guillemet double fermant.</translation>
        </message>
        <message>
            <source>Put text in double quotes ("), not single quotes.</source>
            <translation>Mettez le texte entre guillemets doubles ("), pas entre apostrophes.</translation>
        </message>
        <message>
            <source>Unexpected character %1: join comparisons with AND or OR.</source>
            <translation>Caractère inattendu %1 : reliez les comparaisons par AND ou OR.</translation>
        </message>
        <message>
            <source>Unexpected character %1.</source>
            <translation>Caractère inattendu %1.</translation>
        </message>
        <message>
            <source>The rule nests parentheses and NOT more than %1 levels deep.</source>
            <translation>La règle imbrique des parenthèses et des NOT sur plus de %1 niveaux.</translation>
        </message>
        <message>
            <source>This parenthesis is never closed.</source>
            <translation>Cette parenthèse n’est jamais fermée.</translation>
        </message>
        <message>
            <source>Expected AND, OR or a closing parenthesis.</source>
            <translation>AND, OR ou une parenthèse fermante attendus.</translation>
        </message>
        <message>
            <source>Expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>Clé (par exemple c_make) ou parenthèse ouvrante attendue.</translation>
        </message>
        <message>
            <source>The rule ends too early: expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>La règle s’arrête trop tôt : clé (par exemple c_make) ou parenthèse ouvrante attendue.</translation>
        </message>
        <message>
            <source>%1 needs a comparison before and after it.</source>
            <translation>%1 doit être précédé et suivi d’une comparaison.</translation>
        </message>
        <message>
            <source>%1 is an operator; a key must come first, such as c_search %1 "x".</source>
            <translation>%1 est un opérateur ; il doit être précédé d’une clé, par exemple c_search %1 "x".</translation>
        </message>
        <message>
            <source>Use == to test equality (a single = is not an operator).</source>
            <translation>Utilisez == pour tester l’égalité (un = seul n’est pas un opérateur).</translation>
        </message>
        <message>
            <source>%1 is not an operator. Use ==, !=, &lt;, &gt;, &lt;=, &gt;= or =&gt;.</source>
            <translation>%1 n’est pas un opérateur. Utilisez ==, !=, &lt;, &gt;, &lt;=, &gt;= ou =&gt;.</translation>
        </message>
        <message>
            <source>Expected an operator after %1: ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith or matchesregex.</source>
            <translation>Opérateur attendu après %1 : ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith ou matchesregex.</translation>
        </message>
        <message>
            <source>Put text values in double quotes: %1 %2 "%3".</source>
            <translation>Mettez les valeurs texte entre guillemets doubles : %1 %2 "%3".</translation>
        </message>
        <message>
            <source>Expected a value after %1: a number or text in double quotes.</source>
            <translation>Valeur attendue après %1 : un nombre ou un texte entre guillemets doubles.</translation>
        </message>
        <message>
            <source>matcheswords needs at least one word.</source>
            <translation>matcheswords demande au moins un mot.</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1.</source>
            <translation>Expression régulière non valide : %1.</translation>
        </message>
        <message>
            <source>%1 is not a valid key: use letters, digits, dashes and underscores, not digits only, such as c_price or 123price.</source>
            <translation>%1 n’est pas une clé valide : utilisez des lettres, chiffres, tirets et tirets bas, pas uniquement des chiffres, par exemple c_price ou 123price.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UnavailableView</name>
        <message>
            <source>The %1 view is not available in this build of DCS Desk.</source>
            <translation>La vue « %1 » n’est pas disponible dans cette version de DCS Desk.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UserGuideWindow</name>
        <message>
            <source>Click to see the picture at full size</source>
            <translation>Cliquez pour voir l’image en taille réelle</translation>
        </message>
        <message>
            <source>Not found on this page</source>
            <translation>Introuvable sur cette page</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n match(es)</source>
            <translation>
                <numerusform>%1 sur %n résultat</numerusform>
                <numerusform>%1 sur %n résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk User Guide</source>
            <translation>Guide d’utilisation de DCS Desk</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Reculer</translation>
        </message>
        <message>
            <source>Back to the page you read before (%1)</source>
            <translation>Retour à la page lue auparavant (%1)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <source>Forward again (%1)</source>
            <translation>Avancer d’une page (%1)</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>The guide's first page, with the list of tasks</source>
            <translation>La première page du guide, avec la liste des tâches</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Résultat précédent (Maj+Entrée)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Résultat suivant (Entrée)</translation>
        </message>
        <message>
            <source>Find in page (%1)</source>
            <translation>Rechercher dans la page (%1)</translation>
        </message>
        <message>
            <source>Type a word to mark it everywhere on the page; Enter goes to the next match, Shift+Enter to the previous one.</source>
            <translation>Saisissez un mot pour le surligner partout dans la page ; Entrée passe au résultat suivant, Maj+Entrée au précédent.</translation>
        </message>
        <message>
            <source>User guide page</source>
            <translation>Page du guide d’utilisation</translation>
        </message>
        <message>
            <source>Larger Text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Smaller Text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>Find in Page</source>
            <translation>Rechercher dans la page</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ValidateCommand</name>
        <message>
            <source>Check a workspace: destinations, segments and their rules, mappings and account limits. Exit code 1 when there are errors.</source>
            <translation>Vérifier un espace de travail : destinations, segments et leurs règles, mappages et limites du compte. Code de sortie 1 en cas d’erreurs.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>Le fichier de l’espace de travail.</translation>
        </message>
        <message>
            <source>The day to judge mapping schedules on (YYYY-MM-DD; default today).</source>
            <translation>Jour de référence pour évaluer les calendriers des mappages (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
        </message>
        <message>
            <source>profile “%1”</source>
            <translation>profil « %1 »</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>profil %1</translation>
        </message>
        <message>
            <source>account</source>
            <translation>compte</translation>
        </message>
        <message>
            <source>mapping %1</source>
            <translation>mappage %1</translation>
        </message>
        <message>
            <source>validate takes one workspace file.</source>
            <translation>validate attend un fichier d’espace de travail.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1 : %2 : %3</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4 (%5 destinations, %6 segments, %7 mappings).</source>
            <translation>%1 : %2, %3, %4 (%5 destinations, %6 segments, %7 mappages).</translation>
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
            <source>mapping %1 (%2 → %3)</source>
            <translation>mappage %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACE_DE_TRAVAIL</translation>
        </message>
        <message>
            <source>day</source>
            <translation>jour</translation>
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
            <translation>L’URL doit contenir %ALIAS%, qui est remplacé par les valeurs des segments mappés.</translation>
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
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Les destinations de cookie ne fonctionnent que dans les navigateurs ; choisissez la plateforme Navigateur.</translation>
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
            <translation>Le code d’intégration compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Un profil doit avoir un nom.</translation>
        </message>
        <message>
            <source>A profile needs the domain alias that goes in the Host header.</source>
            <translation>Un profil nécessite l’alias de domaine placé dans l’en-tête Host.</translation>
        </message>
        <message>
            <source>The alias must be a host name label: letters, digits, - and _, without dots, spaces or control characters.</source>
            <translation>L’alias doit être une étiquette de nom d’hôte : lettres, chiffres, - et _, sans points, espaces ni caractères de contrôle.</translation>
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
            <source>A start date is required.</source>
            <translation>Une date de début est obligatoire.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
            <translation>Expiré : la date de fin est passée, rien n’est donc envoyé pour ce segment.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Pas encore commencé : rien n’est envoyé avant la date de début.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>Le mappage nécessite l’URL à appeler pour ce segment.</translation>
        </message>
        <message>
            <source>The mapping needs a key.</source>
            <translation>Le mappage nécessite une clé.</translation>
        </message>
        <message>
            <source>The mapping value is empty.</source>
            <translation>La valeur de mappage est vide.</translation>
        </message>
        <message>
            <source>The value has %1 characters; at most %2 are allowed.</source>
            <translation>La valeur compte %1 caractères ; %2 au maximum sont autorisés.</translation>
        </message>
        <message>
            <source>A multi-key cookie mapping needs a value for its key.</source>
            <translation>Un mappage de cookie à clés multiples nécessite une valeur pour sa clé.</translation>
        </message>
        <message>
            <source>The priority must be 1 or more (blank for none).</source>
            <translation>La priorité doit être supérieure ou égale à 1 (vide pour aucune).</translation>
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
            <translation>Le compte contient %1 segments ; Audience Manager en autorise au maximum %2.</translation>
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
            <translation>Le compte contient %1 destinations ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 URL destinations; at most %2 are allowed.</source>
            <translation>Le compte contient %1 destinations d’URL ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 cookie destinations; at most %2 are allowed.</source>
            <translation>Le compte contient %1 destinations de cookie ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The account has %1 server-to-server destinations; at most %2 are allowed.</source>
            <translation>Le compte contient %1 destinations serveur à serveur ; %2 au maximum sont autorisées.</translation>
        </message>
        <message>
            <source>The pinned key must look like sha256//BASE64 (44 characters after the slashes); calls of this profile are refused until it does.</source>
            <translation>La clé épinglée doit avoir la forme sha256//BASE64 (44 caractères après les barres obliques) ; tant qu’elle n’a pas cette forme, les appels de ce profil sont refusés.</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read; calls of this profile over https will fail their certificate check until it can.</source>
            <translation>Le fichier CA %1 est illisible ; les appels https de ce profil échoueront à la vérification du certificat tant qu’il ne pourra pas être lu.</translation>
        </message>
        <message>
            <source>The cookie domain must be blank (all domains) or one domain such as .example.com, without wildcard, https:// or path.</source>
            <translation>Le domaine du cookie doit être vide (tous les domaines) ou un seul domaine comme .example.com, sans caractère générique, https:// ni chemin.</translation>
        </message>
        <message>
            <source>The cookie domain must be one domain without wildcard, https:// or path: use %1, which also covers its subdomains.</source>
            <translation>Le domaine du cookie doit être un seul domaine sans caractère générique, https:// ni chemin : utilisez %1, qui couvre aussi ses sous-domaines.</translation>
        </message>
        <message>
            <source>Destination Builder asks for a leading dot: .%1. Audience Manager's REST API accepts %1 too, and browsers treat both the same (the domain and its subdomains).</source>
            <translation>Destination Builder demande un point initial : .%1. L’API REST d’Audience Manager accepte aussi %1, et les navigateurs traitent les deux de la même façon (le domaine et ses sous-domaines).</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog.</source>
            <translation>Le segment %1 n’est pas dans le catalogue de segments.</translation>
        </message>
        <message>
            <source>The rule has an error at character %1: %2 Until the rule is fixed, the sandbox qualifies no user for this segment.</source>
            <translation>La règle contient une erreur au caractère %1 : %2 La sandbox ne qualifie aucun utilisateur pour ce segment tant que la règle n’est pas corrigée.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::VariableResolution</name>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Choose an environment that defines %1, or add one with Environments….</source>
            <translation>La variable {{%1}} n’a pas de valeur : aucun environnement n’est choisi. Choisissez un environnement qui définit %1, ou ajoutez-en un avec « Environnements… ».</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it with Environments…, or choose an environment that defines it.</source>
            <translation>La variable {{%1}} n’est pas définie dans l’environnement « %2 ». Ajoutez-la avec « Environnements… », ou choisissez un environnement qui la définit.</translation>
        </message>
        <message>
            <source>{{%1}} = “%2” (environment “%3”)</source>
            <translation>{{%1}} = « %2 » (environnement « %3 »)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from %2 (environment “%3”, never stored)</source>
            <translation>{{%1}} = valeur secrète issue de %2 (environnement « %3 », jamais enregistrée)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value typed in this session (environment “%2”, never stored)</source>
            <translation>{{%1}} = valeur secrète saisie dans cette session (environnement « %2 », jamais enregistrée)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from the system keychain (environment “%2”)</source>
            <translation>{{%1}} = valeur secrète du trousseau du système (environnement « %2 »)</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Type the value in Environments…, or set the system environment variable %3.</source>
            <translation>La variable secrète {{%1}} de l’environnement « %2 » n’a pas de valeur : le trousseau du système n’en a pas et %3 n’est pas définie. Saisissez la valeur dans « Environnements… », ou définissez la variable d’environnement système %3.</translation>
        </message>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Add --env NAME with an environment of the workspace that defines %1.</source>
            <translation>La variable {{%1}} n’a pas de valeur : aucun environnement n’est choisi. Ajoutez --env NOM avec un environnement de l’espace de travail qui définit %1.</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it to that environment in the workspace file (its "environments" list), or choose another environment with --env NAME.</source>
            <translation>La variable {{%1}} n’est pas définie dans l’environnement « %2 ». Ajoutez-la à cet environnement dans le fichier de l’espace de travail (sa liste « environments »), ou choisissez un autre environnement avec --env NOM.</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Set the system environment variable %3 for this command.</source>
            <translation>La variable secrète {{%1}} de l’environnement « %2 » n’a pas de valeur : le trousseau du système n’en a pas et %3 n’est pas définie. Définissez la variable d’environnement système %3 pour cette commande.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ViewRegistry</name>
        <message>
            <source>%1 (not available in this build)</source>
            <translation>%1 (non disponible dans cette version)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceController</name>
        <message>
            <source>Unsaved Changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
            <translation>%1 contient des modifications non enregistrées.

Les enregistrer avant de continuer ? Si vous les abandonnez, elles seront perdues.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Ne pas enregistrer</translation>
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
            <translation>%1 n’a pas été enregistré. Le fichier sur le disque est inchangé et vos modifications sont toujours présentes ici ; essayez « Enregistrer sous… » pour les garder ailleurs.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Enregistrer l’espace de travail sous</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espaces de travail DCS Desk (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>L’espace de travail n’a pas été enregistré sous %1. Vos modifications sont toujours présentes ici.

%2</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Ouvrir un espace de travail</translation>
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
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 n’existe plus ; il a été retiré des fichiers récents.</translation>
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
            <translation>Nouvel espace de travail. Utilisez « Enregistrer sous… » pour lui donner un fichier.</translation>
        </message>
        <message>
            <source>an untitled workspace</source>
            <translation>un espace de travail sans titre</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Récupérer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk a été fermé sans enregistrer les modifications apportées à %1. Une copie datée du %2 a été conservée.

Les restaurer maintenant ? Si vous les abandonnez, elles seront perdues.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>The copy could not be restored; it is kept in %1.

%2</source>
            <translation>Impossible de restaurer la copie ; elle est conservée dans %1.

%2</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program, and you have unsaved changes here.

Reload it to see the other version (your unsaved changes are lost), or keep yours (Save will then ask before writing over the other version).</source>
            <translation>%1 a été modifié sur le disque par un autre programme, et vous avez ici des modifications non enregistrées.

Rechargez-le pour voir l’autre version (vos modifications non enregistrées seront perdues), ou gardez la vôtre (« Enregistrer » demandera alors confirmation avant d’écraser l’autre version).</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program.

Reload it to see that version, or keep the one shown here (Save will then ask before writing over the other version).</source>
            <translation>%1 a été modifié sur le disque par un autre programme.

Rechargez-le pour voir cette version, ou gardez celle qui est affichée ici (« Enregistrer » demandera alors confirmation avant d’écraser l’autre version).</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Fichier modifié sur le disque</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>&amp;Keep Mine</source>
            <translation>&amp;Garder la mienne</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>%1 could not be read, so the version shown here stays open. Nothing was saved.

%2</source>
            <translation>Impossible de lire %1 : la version affichée ici reste ouverte. Rien n’a été enregistré.

%2</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 rechargé.</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program since it was opened here.

Save your version over it (the other version's changes are then only in the backup copy, if one could be written), reload the other version (your unsaved changes are lost), or cancel and use Save As to keep both.</source>
            <translation>%1 a été modifié sur le disque par un autre programme depuis son ouverture ici.

Enregistrez votre version par-dessus (les modifications de l’autre version ne seront alors plus que dans la copie de sauvegarde, si elle a pu être écrite), rechargez l’autre version (vos modifications non enregistrées seront perdues), ou annulez et utilisez « Enregistrer sous… » pour garder les deux.</translation>
        </message>
        <message>
            <source>&amp;Overwrite</source>
            <translation>&amp;Écraser</translation>
        </message>
        <message numerus="yes">
            <source>DCS Desk was closed without saving %n change(s) to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>
                <numerusform>DCS Desk a été fermé sans enregistrer %n modification apportée à %1. Une copie datée du %2 a été conservée.

La restaurer maintenant ? Si vous l’abandonnez, elle sera perdue.</numerusform>
                <numerusform>DCS Desk a été fermé sans enregistrer %n modifications apportées à %1. Une copie datée du %2 a été conservée.

Les restaurer maintenant ? Si vous les abandonnez, elles seront perdues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved Without Backup</source>
            <translation>Enregistré sans copie de sauvegarde</translation>
        </message>
        <message numerus="yes">
            <source>%1 is also open in another DCS Desk window, which has %n unsaved change(s) to it (copied at %2).</source>
            <translation>
                <numerusform>%1 est aussi ouvert dans une autre fenêtre de DCS Desk, où %n modification n’a pas été enregistrée (copiée le %2).</numerusform>
                <numerusform>%1 est aussi ouvert dans une autre fenêtre de DCS Desk, où %n modifications n’ont pas été enregistrées (copiées le %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is also open in another DCS Desk window, which has unsaved changes to it (copied at %2).</source>
            <translation>%1 est aussi ouvert dans une autre fenêtre de DCS Desk, où des modifications n’ont pas été enregistrées (copiées le %2).</translation>
        </message>
        <message>
            <source>You can edit it here too: whichever window saves second is asked before it writes over the other's save. To keep one version, close the file in one of the windows.</source>
            <translation>Vous pouvez aussi le modifier ici : la fenêtre qui enregistre en second demande confirmation avant d’écraser l’enregistrement de l’autre. Pour ne garder qu’une version, fermez le fichier dans l’une des fenêtres.</translation>
        </message>
        <message>
            <source>The other program changed only segment mappings (%1), none of which you changed here: Merge adds its changes to yours as one step you can undo.</source>
            <translation>L’autre programme n’a modifié que des mappages de segments (%1), dont aucun n’a été modifié ici : « Fusionner » ajoute ses modifications aux vôtres en une seule étape, que vous pouvez annuler.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>Merging is not possible: %1</source>
            <translation>La fusion n’est pas possible : %1</translation>
        </message>
        <message>
            <source>Merged from disk: %1. Save to keep both versions' changes.</source>
            <translation>Fusionné depuis le disque : %1. Enregistrez pour garder les modifications des deux versions.</translation>
        </message>
        <message>
            <source>The other version holds the same workspace as the one last read or saved here: only the file was written again. Keep Mine loses nothing of it.</source>
            <translation>L’autre version contient le même espace de travail que celui lu ou enregistré ici en dernier : seul le fichier a été réécrit. « Garder la mienne » ne fait rien perdre.</translation>
        </message>
        <message>
            <source>Already Open in Another Window</source>
            <translation>Déjà ouvert dans une autre fenêtre</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <comment>the recovered changes</comment>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>workspace</source>
            <comment>the default file name, before .json</comment>
            <translation>espace-de-travail</translation>
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
            <translation>Cet espace de travail a été enregistré par une version plus récente de DCS Desk (format %1). Il est ouvert en lecture seule pour que rien ne soit perdu ; utilisez « Enregistrer sous… » pour garder une copie au format de cette version.</translation>
        </message>
        <message>
            <source>The workspace has no file yet. Use Save As.</source>
            <translation>L’espace de travail n’a pas encore de fichier. Utilisez « Enregistrer sous… ».</translation>
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
            <translation>Modifier le champ « %1 » de la destination %2</translation>
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
        <message>
            <source>The version this one started from is not known here (it was restored or converted).</source>
            <translation>La version de départ de celle-ci n’est pas connue ici (elle a été restaurée ou convertie).</translation>
        </message>
        <message>
            <source>Merge Mappings from Disk</source>
            <translation>Fusionner les mappages depuis le disque</translation>
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
            <translation>%1 fait %2 Mo, soit plus que les %3 Mo autorisés pour un espace de travail.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2.</source>
            <translation>Impossible d’ouvrir %1 : %2.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1, line %2, column %3: %4 The file was not changed.</source>
            <translation>%1, ligne %2, colonne %3 : %4 Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1: %2 The file was not changed.</source>
            <translation>%1 : %2 Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file name.</source>
            <translation>%1 est un dossier. Choisissez un nom de fichier.</translation>
        </message>
        <message>
            <source>%1 exists and is not a workspace DCS Desk can read, so it was not overwritten. Save under another name.</source>
            <translation>%1 existe et n’est pas un espace de travail lisible par DCS Desk ; il n’a donc pas été écrasé. Enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of DCS Desk (format %2) and was not overwritten. Save under another name.</source>
            <translation>%1 a été enregistré par une version plus récente de DCS Desk (format %2) et n’a pas été écrasé. Enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. Your changes are still open; save them somewhere else.</source>
            <translation>Impossible d’écrire %1 : %2. Vos modifications ne sont pas perdues ; enregistrez-les ailleurs.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>Impossible d’écrire %1 : %2. Le fichier sur le disque n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>Impossible d’enregistrer %1 : %2. Le fichier sur le disque n’a pas été modifié.</translation>
        </message>
        <message>
            <source>%1 was changed on disk after it was read (by another program or window), so it was not overwritten. Reload it to see those changes, or save under another name.</source>
            <translation>%1 a été modifié sur le disque après sa lecture (par un autre programme ou une autre fenêtre) ; il n’a donc pas été écrasé. Rechargez-le pour voir ces modifications, ou enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>the disk is full (%1 free on %2)</source>
            <translation>le disque est plein (%1 libres sur %2)</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>le système n’a donné aucune raison</translation>
        </message>
        <message>
            <source>%1 was saved, but no backup of the previous version could be written (%2).</source>
            <translation>%1 a été enregistré, mais aucune copie de sauvegarde de la version précédente n’a pu être écrite (%2).</translation>
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
            <translation>JSON non valide : %1.</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a DCS Desk workspace object.</source>
            <translation>Le fichier contient du JSON, mais pas un objet d’espace de travail DCS Desk.</translation>
        </message>
        <message>
            <source>Unsupported workspace version %1.</source>
            <translation>Version d’espace de travail non prise en charge : %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
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
            <translation>valeur inconnue « %1 »</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>date et heure (ISO 8601) attendues</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2 was expected</source>
            <translation>un nombre entier de %1 à %2 était attendu</translation>
        </message>
        <message>
            <source>a whole number was expected, not a fraction</source>
            <translation>un nombre entier était attendu, pas une fraction</translation>
        </message>
        <message>
            <source>a number was expected, not text in quotes</source>
            <translation>un nombre était attendu, pas du texte entre guillemets</translation>
        </message>
        <message>
            <source>a whole number was expected</source>
            <translation>un nombre entier était attendu</translation>
        </message>
        <message>
            <source>expected {"name": text, "value": text, "enabled": true or false}</source>
            <translation>{"name": texte, "value": texte, "enabled": true ou false} attendu</translation>
        </message>
        <message>
            <source>The key “%1” appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>La clé « %1 » apparaît deux fois dans le même objet ; l’une des deux valeurs serait perdue. Supprimez-en une et rouvrez le fichier.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the “format” key is missing or different).</source>
            <translation>Ce n’est pas un espace de travail DCS Desk (la clé « format » est absente ou différente).</translation>
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
            <translation>Écrire une image PNG de chaque vue principale dans le dossier, puis quitter.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Langue inconnue « %1 » ; utilisez l’une des langues suivantes : %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>Impossible d’ouvrir %1 ; DCS Desk démarre avec un espace de travail vide.

%2</translation>
        </message>
        <message>
            <source>Print the milliseconds from process start to the first painted main window and the resident memory then, as JSON, and quit.</source>
            <translation>Afficher en JSON les millisecondes entre le démarrage du processus et la première fenêtre principale dessinée, ainsi que la mémoire résidente à cet instant, puis quitter.</translation>
        </message>
        <message>
            <source>DCS Desk needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; to write screenshots without a display, set QT_QPA_PLATFORM=offscreen.</source>
            <translation>DCS Desk a besoin d’un écran et n’en a trouvé aucun (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Lancez-le depuis une session de bureau ; pour écrire des captures d’écran sans écran, définissez QT_QPA_PLATFORM=offscreen.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espace-de-travail</translation>
        </message>
        <message>
            <source>DCS Desk is already running; its window is now in front.</source>
            <translation>DCS Desk est déjà en cours d’exécution ; sa fenêtre est maintenant au premier plan.</translation>
        </message>
        <message>
            <source>DCS Desk is already running; %1 opens in its window (it asks first about unsaved changes).</source>
            <translation>DCS Desk est déjà en cours d’exécution ; %1 s’ouvre dans sa fenêtre (il demande d’abord ce qu’il faut faire des modifications non enregistrées).</translation>
        </message>
        <message>
            <source>Another start of DCS Desk cannot hand its file to this window (%1); it opens its own window instead.</source>
            <translation>Un autre lancement de DCS Desk ne peut pas confier son fichier à cette fenêtre (%1) ; il ouvrira sa propre fenêtre.</translation>
        </message>
        <message>
            <source>scheme</source>
            <translation>jeu-de-couleurs</translation>
        </message>
        <message>
            <source>With --screenshot: take the pictures at the window size a screen of this size gives, such as 1366x768 (without it, the window is 1280×800).</source>
            <translation>Avec --screenshot : prendre les images à la taille de fenêtre qu’offre un écran de cette taille, par exemple 1366x768 (sans cette option, la fenêtre fait 1280×800).</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT</source>
            <translation>LARGEURxHAUTEUR</translation>
        </message>
        <message>
            <source>--screen "%1" is not used: give it with --screenshot, as WIDTHxHEIGHT of at least 640x480, such as 1366x768.</source>
            <translation>--screen « %1 » est ignoré : utilisez-le avec --screenshot, sous la forme LARGEURxHAUTEUR d’au moins 640x480, par exemple 1366x768.</translation>
        </message>
        <message>
            <source>Color scheme: light, dark or system (as the desktop). For this start only; screenshots are light unless it is given.</source>
            <translation>Jeu de couleurs : light (clair), dark (sombre) ou system (comme le bureau). Pour ce démarrage seulement ; sans cette option, les captures d’écran utilisent le jeu clair.</translation>
        </message>
        <message>
            <source>Unknown color scheme "%1"; use one of: %2.</source>
            <translation>Jeu de couleurs inconnu « %1 » ; utilisez l’un des jeux suivants : %2.</translation>
        </message>
    </context>
</TS>
