<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AamCommand</name>
        <message>
            <source>The REST API's address, e.g. https://aam.adobe.io (not with --sandbox).</source>
            <translation>Dirección de la API REST, p. ej. https://aam.adobe.io (no se usa con --sandbox).</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server client ID (the API key).</source>
            <translation>ID de cliente de la credencial OAuth Server-to-Server (la clave de API).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID (…@AdobeOrg).</source>
            <translation>ID de organización (…@AdobeOrg).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>org</translation>
        </message>
        <message>
            <source>Scopes, comma-separated (default: %1).</source>
            <translation>Ámbitos (scopes), separados por comas (predeterminado: %1).</translation>
        </message>
        <message>
            <source>scopes</source>
            <translation>ámbitos</translation>
        </message>
        <message>
            <source>Token endpoint (default: Adobe's IMS for adobe.io hosts, else the base URL's /ims/token/v3).</source>
            <translation>Punto de conexión de tokens (predeterminado: el IMS de Adobe para hosts de adobe.io; si no, /ims/token/v3 de la URL base).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Items per page of a list (default 100).</source>
            <translation>Elementos por página de una lista (predeterminado: 100).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>número</translation>
        </message>
        <message>
            <source>With --sandbox: the workspace the sandbox's account is made of (default: the bundled sample).</source>
            <translation>Con --sandbox: el espacio de trabajo a partir del cual se crea la cuenta del sandbox (predeterminado: el ejemplo incluido).</translation>
        </message>
        <message>
            <source>--out FILE is required: the workspace to write.</source>
            <translation>--out ARCHIVO es obligatorio: el espacio de trabajo que se escribe.</translation>
        </message>
        <message>
            <source>--page-size must be a number from 1 to 10000.</source>
            <translation>--page-size debe ser un número de 1 a 10000.</translation>
        </message>
        <message>
            <source>Give --sandbox or --base-url, not both.</source>
            <translation>Indique --sandbox o --base-url, no ambos.</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>El sandbox no puede servir %1: %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>El sandbox no puede iniciarse: %1</translation>
        </message>
        <message>
            <source>--client-id and --org-id are required (from the Developer Console credential).</source>
            <translation>--client-id y --org-id son obligatorios (de la credencial de Developer Console).</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the client secret. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Defina la variable de entorno %1 con el secreto de cliente. No se acepta en la línea de comandos, para que no quede en el historial del shell.</translation>
        </message>
        <message>
            <source>Token received.</source>
            <translation>Token recibido.</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2</source>
            <translation>Destinos: %1 de %2</translation>
        </message>
        <message>
            <source>Mappings: %1 of %2 destinations</source>
            <translation>Asignaciones: %1 de %2 destinos</translation>
        </message>
        <message>
            <source>Segments: %1 of %2</source>
            <translation>Segmentos: %1 de %2</translation>
        </message>
        <message>
            <source>Pulled %1, %2 and %3 into %4 (%5 requests).</source>
            <translation>Se han descargado %1, %2 y %3 en %4 (%5 solicitudes).</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destino</numerusform>
                <numerusform>%n destinos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>In the workspace: %1 added, %2 updated, %3 unchanged, %4 not taken.</source>
            <translation>En el espacio de trabajo: %1 añadidos, %2 actualizados, %3 sin cambios, %4 no incorporados.</translation>
        </message>
        <message>
            <source>Not taken: %1</source>
            <translation>Sin incorporar: %1</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(ausente)</translation>
        </message>
        <message>
            <source>aam diff writes nothing: --out is for aam pull.</source>
            <translation>aam diff no escribe nada: --out es para aam pull.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>Compared %1 with the account's %2 and %3 (%4 requests).</source>
            <translation>Se ha comparado %1 con %2 y %3 de la cuenta (%4 solicitudes).</translation>
        </message>
        <message>
            <source>%1 (%2): last pulled %3, workspace %4, account %5</source>
            <translation>%1 (%2): %3 en la última descarga, %4 en el espacio de trabajo, %5 en la cuenta</translation>
        </message>
        <message>
            <source>Cannot be pushed: %1</source>
            <translation>No se puede enviar: %1</translation>
        </message>
        <message>
            <source>No differences: the workspace and the account hold the same destinations and mappings.</source>
            <translation>Sin diferencias: el espacio de trabajo y la cuenta contienen los mismos destinos y asignaciones.</translation>
        </message>
        <message>
            <source>Use the local sandbox's Audience Manager account, started in-process.</source>
            <translation>Usar la cuenta de Audience Manager del sandbox local, iniciado en el mismo proceso.</translation>
        </message>
        <message>
            <source>With push: say what would be sent and what would be refused; send nothing.</source>
            <translation>Con push: indicar qué se enviaría y qué se rechazaría; no enviar nada.</translation>
        </message>
        <message>
            <source>field</source>
            <translation>campo</translation>
        </message>
        <message>
            <source>aam push writes the IDs and snapshots the account returns into WORKSPACE itself: --out is for aam pull.</source>
            <translation>aam push escribe los ID y las instantáneas que devuelve la cuenta en el propio ESPACIO_DE_TRABAJO: --out es para aam pull.</translation>
        </message>
        <message>
            <source>Pushed %1 of %2</source>
            <translation>Enviados %1 de %2</translation>
        </message>
        <message>
            <source>[would send] %1: %2 %3</source>
            <translation>[se enviaría] %1: %2 %3</translation>
        </message>
        <message>
            <source>[would not send] %1: %2</source>
            <translation>[no se enviaría] %1: %2</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2: the account's ID is %3</source>
            <translation>[enviado, HTTP %1] %2: el ID en la cuenta es %3</translation>
        </message>
        <message>
            <source>[sent, HTTP %1] %2</source>
            <translation>[enviado, HTTP %1] %2</translation>
        </message>
        <message>
            <source>[failed, HTTP %1] %2: %3</source>
            <translation>[fallido, HTTP %1] %2: %3</translation>
        </message>
        <message>
            <source>[failed] %1: %2</source>
            <translation>[fallido] %1: %2</translation>
        </message>
        <message>
            <source>[not sent] %1: %2</source>
            <translation>[no enviado] %1: %2</translation>
        </message>
        <message>
            <source>Nothing to push: the workspace has no change the account lacks.</source>
            <translation>Nada que enviar: el espacio de trabajo no tiene ningún cambio que falte en la cuenta.</translation>
        </message>
        <message>
            <source>Dry run: %1 would be sent, %2 would not; nothing was sent.</source>
            <translation>Simulación: se enviarían %1, %2 no; no se ha enviado nada.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>El envío se ha detenido: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the IDs and objects the account returned for %n item(s) into %1.</source>
            <translation>
                <numerusform>Se han escrito en %1 los ID y objetos que la cuenta ha devuelto para %n elemento.</numerusform>
                <numerusform>Se han escrito en %1 los ID y objetos que la cuenta ha devuelto para %n elementos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The push reached the account, but %1 could not be saved: %2 Pull into it to take what the account now holds.</source>
            <translation>El envío ha llegado a la cuenta, pero no se ha podido guardar %1: %2 Descargue la cuenta en ese archivo para incorporar lo que la cuenta contiene ahora.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
        </message>
        <message>
            <source>With pull: the new workspace file to write (an existing file is refused: pull WORKSPACE updates one).</source>
            <translation>Con pull: el archivo de espacio de trabajo nuevo que se escribe (no se admite un archivo existente: pull ESPACIO_DE_TRABAJO actualiza uno).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the account's value (a REST field name, or * for every conflicting field; repeatable, or comma-separated).</source>
            <translation>Con push o pull ESPACIO_DE_TRABAJO: para un campo modificado en ambos lados, usar el valor de la cuenta (un nombre de campo REST, o * para todos los campos en conflicto; repetible, o varios nombres separados por comas).</translation>
        </message>
        <message>
            <source>With push or pull WORKSPACE: for a field changed on both sides, use the workspace's value (a REST field name, or *). A conflict not resolved with these options is neither pushed nor pulled.</source>
            <translation>Con push o pull ESPACIO_DE_TRABAJO: para un campo modificado en ambos lados, usar el valor del espacio de trabajo (un nombre de campo REST, o *). Un conflicto que no se resuelva con estas opciones ni se envía ni se descarga.</translation>
        </message>
        <message>
            <source>%1 exists; aam pull --out writes a new workspace and does not replace a file. To take what changed in the account into it, keeping its own changes, run: %2 aam pull %1 …</source>
            <translation>%1 ya existe; aam pull --out escribe un espacio de trabajo nuevo y no sustituye ningún archivo. Para incorporar a él lo que cambió en la cuenta, conservando sus propios cambios, ejecute: %2 aam pull %1 …</translation>
        </message>
        <message>
            <source>aam pull WORKSPACE updates WORKSPACE itself: --out is for a new workspace (aam pull --out FILE).</source>
            <translation>aam pull ESPACIO_DE_TRABAJO actualiza el propio ESPACIO_DE_TRABAJO: --out es para un espacio de trabajo nuevo (aam pull --out ARCHIVO).</translation>
        </message>
        <message>
            <source>Nothing to take into %1: it has everything the account changed (%2 requests).</source>
            <translation>Nada que incorporar a %1: ya tiene todo lo que cambió en la cuenta (%2 solicitudes).</translation>
        </message>
        <message>
            <source>Took into %1: %2 added, %3 updated, %4 removed.</source>
            <translation>Cambios incorporados a %1: %2 añadidos, %3 actualizados, %4 eliminados.</translation>
        </message>
        <message>
            <source>Kept as it is: %1</source>
            <translation>Se mantiene tal como está: %1</translation>
        </message>
        <message>
            <source>Save a connection to an Audience Manager account, pull the account (destinations, mappings, segments) over its REST API into a workspace file, compare a workspace with the account, or push the workspace's changes to it.</source>
            <translation>Guardar una conexión con una cuenta de Audience Manager, descargar la cuenta (destinos, asignaciones, segmentos) mediante su API REST en un archivo de espacio de trabajo, comparar un espacio de trabajo con la cuenta o enviarle los cambios del espacio de trabajo.</translation>
        </message>
        <message>
            <source>What to do: login NAME (save a connection under NAME after one call of the account shows that it works, and keep its secrets in the system keychain), connections (list the saved ones), logout NAME (remove its secrets from the keychain), pull --out FILE (a new workspace), pull WORKSPACE (take what changed in the account into it, keeping its own changes), diff WORKSPACE (what differs between the workspace and the account; exit 1 when anything does), or push WORKSPACE (send the workspace's changes, then write the IDs and objects the account returns into WORKSPACE).</source>
            <translation>Qué hacer: login NOMBRE (guardar una conexión con el nombre NOMBRE después de que una llamada a la cuenta demuestre que funciona, y conservar sus secretos en el llavero del sistema), connections (listar las conexiones guardadas), logout NOMBRE (quitar sus secretos del llavero), pull --out ARCHIVO (un espacio de trabajo nuevo), pull ESPACIO_DE_TRABAJO (incorporar a él lo que cambió en la cuenta, conservando sus propios cambios), diff ESPACIO_DE_TRABAJO (qué difiere entre el espacio de trabajo y la cuenta; salir con el código 1 si algo difiere) o push ESPACIO_DE_TRABAJO (enviar los cambios del espacio de trabajo y después escribir en ESPACIO_DE_TRABAJO los ID y objetos que devuelve la cuenta).</translation>
        </message>
        <message>
            <source>The saved connection to use (see aam connections); its secrets come from the system keychain unless DCSDESK_AAM_CLIENT_SECRET (and DCSDESK_AAM_PASSWORD) are set.</source>
            <translation>La conexión guardada que se usa (véase aam connections); sus secretos se toman del llavero del sistema salvo que estén definidas DCSDESK_AAM_CLIENT_SECRET (y DCSDESK_AAM_PASSWORD).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>The deprecated legacy OAuth method (api.demdex.com): a user name with --username, the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>El método OAuth heredado y obsoleto (api.demdex.com): un nombre de usuario con --username y la contraseña en DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>With --legacy-oauth: the Audience Manager user.</source>
            <translation>Con --legacy-oauth: el usuario de Audience Manager.</translation>
        </message>
        <message>
            <source>user</source>
            <translation>usuario</translation>
        </message>
        <message>
            <source>With logout: remove the saved connection too.</source>
            <translation>Con logout: quitar también la conexión guardada.</translation>
        </message>
        <message>
            <source>Say what to do: %1 aam login NAME …, %1 aam pull --out FILE …, %1 aam pull WORKSPACE …, %1 aam diff WORKSPACE …, %1 aam push WORKSPACE …, %1 aam connections or %1 aam logout NAME.</source>
            <translation>Indique qué hacer: %1 aam login NOMBRE …, %1 aam pull --out ARCHIVO …, %1 aam pull ESPACIO_DE_TRABAJO …, %1 aam diff ESPACIO_DE_TRABAJO …, %1 aam push ESPACIO_DE_TRABAJO …, %1 aam connections o %1 aam logout NOMBRE.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <source>--connection gives the account and its credential, so --%1 cannot be given with it. Change a saved connection with %2 aam login NAME --%1 ….</source>
            <translation>--connection ya indica la cuenta y su credencial, así que --%1 no se puede indicar junto con ella. Para cambiar una conexión guardada, use %2 aam login NOMBRE --%1 ….</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1". Save one with %2 aam login "%1" ….</source>
            <translation>No hay ninguna conexión guardada, así que no existe ninguna con el nombre «%1». Guarde una con %2 aam login "%1" ….</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2. Save a new one with %3 aam login "%1" ….</source>
            <translation>No hay ninguna conexión guardada con el nombre «%1». Conexiones guardadas: %2. Guarde una nueva con %3 aam login "%1" ….</translation>
        </message>
        <message>
            <source>Say which account: --connection NAME (saved with %1 aam login), --base-url URL with the credential, or --sandbox.</source>
            <translation>Indique qué cuenta: --connection NOMBRE (guardada con %1 aam login), --base-url URL con la credencial o --sandbox.</translation>
        </message>
        <message>
            <source>--client-id and --username are required with --legacy-oauth.</source>
            <translation>--client-id y --username son obligatorios con --legacy-oauth.</translation>
        </message>
        <message>
            <source>The %1 holds no secret for the connection "%2": run %3 aam login "%2" with %4 set, or set %4 for this command.</source>
            <translation>El %1 no tiene ningún secreto para la conexión «%2»: ejecute %3 aam login "%2" con %4 definida o defina %4 para este comando.</translation>
        </message>
        <message>
            <source>Set the environment variable %1 to the password of %2. It is not taken on the command line, so it stays out of the shell history.</source>
            <translation>Defina la variable de entorno %1 con la contraseña de %2. No se acepta en la línea de comandos, para que no quede en el historial del shell.</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>el espacio de trabajo de ejemplo incluido</translation>
        </message>
        <message>
            <source>"%1" is a new connection: give --base-url URL with --client-id and --org-id (or --legacy-oauth with --client-id and --username), or --sandbox for a local account.</source>
            <translation>«%1» es una conexión nueva: indique --base-url URL con --client-id y --org-id (o --legacy-oauth con --client-id y --username), o --sandbox para una cuenta local.</translation>
        </message>
        <message>
            <source>HTTP %1 on /v1/destinations/: %2</source>
            <translation>HTTP %1 en /v1/destinations/: %2</translation>
        </message>
        <message>
            <source>The connection "%1" was not saved: %2</source>
            <translation>No se ha guardado la conexión «%1»: %2</translation>
        </message>
        <message>
            <source>The value of %1 is kept in the %2; later commands with --connection "%3" read it from there.</source>
            <translation>El valor de %1 se guarda en el %2; los comandos posteriores con --connection "%3" lo leen de ahí.</translation>
        </message>
        <message>
            <source>The %1 did not keep the value of %2 (%3): set %2 for every command that uses this connection.</source>
            <translation>El %1 no ha guardado el valor de %2 (%3): defina %2 en cada comando que use esta conexión.</translation>
        </message>
        <message>
            <source>Connection "%1" updated in %2.</source>
            <translation>Conexión «%1» actualizada en %2.</translation>
        </message>
        <message>
            <source>Connection "%1" saved in %2.</source>
            <translation>Conexión «%1» guardada en %2.</translation>
        </message>
        <message numerus="yes">
            <source>The account answered at %1 (%2): %n destination(s).</source>
            <translation>
                <numerusform>La cuenta ha respondido en %1 (%2): %n destino.</numerusform>
                <numerusform>La cuenta ha respondido en %1 (%2): %n destinos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use it with --connection "%1", e.g. %2 aam pull --connection "%1" --out FILE.</source>
            <translation>Úsela con --connection "%1", p. ej. %2 aam pull --connection "%1" --out ARCHIVO.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Removed from the %1: the secrets of "%2" (%3).</source>
            <translation>Se han eliminado del %1 los secretos de «%2» (%3).</translation>
        </message>
        <message>
            <source>Kept in the %1, because another saved connection uses the same credential: %2.</source>
            <translation>Se mantienen en el %1 porque otra conexión guardada usa la misma credencial: %2.</translation>
        </message>
        <message>
            <source>Not removed from the %1: %2</source>
            <translation>No se ha eliminado del %1: %2</translation>
        </message>
        <message>
            <source>The connection "%1" is no longer saved.</source>
            <translation>La conexión «%1» ya no está guardada.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved without its secrets; %2 aam login "%1" keeps them again, --forget removes the connection too.</source>
            <translation>La conexión «%1» sigue guardada sin sus secretos; %2 aam login "%1" vuelve a guardarlos y --forget también elimina la conexión.</translation>
        </message>
        <message>
            <source>No connection is saved (%1). Save one with %2 aam login NAME ….</source>
            <translation>No hay ninguna conexión guardada (%1). Guarde una con %2 aam login NOMBRE ….</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>, client ID %1</source>
            <translation>, ID de cliente %1</translation>
        </message>
        <message>
            <source>, organization %1</source>
            <translation>, organización %1</translation>
        </message>
        <message>
            <source>, user %1</source>
            <translation>, usuario %1</translation>
        </message>
        <message>
            <source> (last used)</source>
            <translation> (la última usada)</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 eliminado</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 añadido</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>No connection is saved, so there is none named "%1".</source>
            <translation>No hay ninguna conexión guardada, así que no existe ninguna con el nombre «%1».</translation>
        </message>
        <message>
            <source>No saved connection is named "%1". Saved: %2.</source>
            <translation>No hay ninguna conexión guardada con el nombre «%1». Conexiones guardadas: %2.</translation>
        </message>
        <message>
            <source>The connection "%1" stays saved; its secrets could not be removed (above).</source>
            <translation>La conexión «%1» sigue guardada; no se han podido eliminar sus secretos (véase arriba).</translation>
        </message>
        <message>
            <source>--base-url must be a whole address with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080 (got "%1"), or give --sandbox.</source>
            <translation>--base-url debe ser una dirección completa con https:// o http://, como https://aam.adobe.io o http://127.0.0.1:8080 (se ha recibido «%1»), o indique --sandbox.</translation>
        </message>
        <message>
            <source>The secret of the connection "%2" cannot be read from the %3 (%4): set %1 instead.</source>
            <translation>El secreto de la conexión «%2» no se puede leer del %3 (%4): defina %1 en su lugar.</translation>
        </message>
        <message>
            <source>Dry run, nothing written: taking into %1 would add %2, update %3 and remove %4.</source>
            <translation>Cambios que se incorporarían a %1 (simulación, no se escribe nada): %2 añadidos, %3 actualizados, %4 eliminados.</translation>
        </message>
    </context>
    <context>
        <name>AamConnection</name>
        <message>
            <source>The connection has no name.</source>
            <translation>La conexión no tiene nombre.</translation>
        </message>
        <message>
            <source>The connection "%1" has no client ID.</source>
            <translation>La conexión «%1» no tiene ID de cliente.</translation>
        </message>
        <message>
            <source>The connection "%1" has no organization ID.</source>
            <translation>La conexión «%1» no tiene ID de organización.</translation>
        </message>
        <message>
            <source>The connection "%1" has no user name.</source>
            <translation>La conexión «%1» no tiene nombre de usuario.</translation>
        </message>
        <message>
            <source>Local account (offline)</source>
            <translation>Cuenta local (sin conexión)</translation>
        </message>
        <message>
            <source>OAuth Server-to-Server</source>
            <translation>OAuth Server-to-Server</translation>
        </message>
        <message>
            <source>Legacy OAuth (deprecated)</source>
            <translation>OAuth heredado (obsoleto)</translation>
        </message>
        <message>
            <source>The connection "%1" has no valid REST API address ("%2"): write it whole, with https:// or http://, such as https://aam.adobe.io or http://127.0.0.1:8080.</source>
            <translation>La conexión «%1» no tiene una dirección válida de la API REST («%2»): escríbala completa, con https:// o http://, como https://aam.adobe.io o http://127.0.0.1:8080.</translation>
        </message>
    </context>
    <context>
        <name>AamConnectionList</name>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 en el byte %2</translation>
        </message>
        <message>
            <source>it is not a DCS Desk connections file ("format" is not "%1")</source>
            <translation>no es un archivo de conexiones de DCS Desk («format» no es «%1»)</translation>
        </message>
        <message>
            <source>it was written by a newer DCS Desk (version %1)</source>
            <translation>lo escribió una versión más reciente de DCS Desk (la %1)</translation>
        </message>
        <message>
            <source>the connection "%1" has an unknown method "%2"</source>
            <translation>la conexión «%1» tiene un método desconocido, «%2»</translation>
        </message>
        <message>
            <source>a connection has no name, or a name used twice ("%1")</source>
            <translation>una conexión no tiene nombre o hay un nombre usado dos veces («%1»)</translation>
        </message>
        <message>
            <source>The saved connections cannot be written to %1: %2</source>
            <translation>No se pueden escribir las conexiones guardadas en %1: %2</translation>
        </message>
        <message>
            <source>The saved connections in %1 cannot be read: %2. Nothing is written to that file until you repair it or move it away.</source>
            <translation>No se pueden leer las conexiones guardadas en %1: %2. No se escribirá nada en ese archivo hasta que se repare o se mueva a otro sitio.</translation>
        </message>
    </context>
    <context>
        <name>AamCookies</name>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager (this cookie lasts 10 years).</source>
            <translation>NOTARGET: el visitante se ha excluido de Audience Manager (esta cookie dura 10 años).</translation>
        </message>
        <message>
            <source>“%1” is not an AAM UUID (38 digits).</source>
            <translation>«%1» no es un UUID de AAM (38 dígitos).</translation>
        </message>
        <message>
            <source>NOTARGET: the visitor opted out of Audience Manager.</source>
            <translation>NOTARGET: el visitante se ha excluido de Audience Manager.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;data source&gt;-&lt;type&gt;-&lt;time&gt; or &lt;provider&gt;-&lt;time&gt;.</source>
            <translation>«%1» no tiene la forma &lt;fuente de datos&gt;-&lt;tipo&gt;-&lt;marca de tiempo&gt; ni &lt;proveedor&gt;-&lt;marca de tiempo&gt;.</translation>
        </message>
        <message>
            <source>“%1” is not &lt;destination ID&gt;-&lt;time&gt;.</source>
            <translation>«%1» no tiene la forma &lt;ID de destino&gt;-&lt;marca de tiempo&gt;.</translation>
        </message>
        <message>
            <source>Marks the browser session of the Experience Cloud ID service (value 1).</source>
            <translation>Marca la sesión del navegador del servicio de ID de Experience Cloud (valor 1).</translation>
        </message>
        <message>
            <source>A test cookie that checks whether third-party cookies can be set.</source>
            <translation>Una cookie de prueba que comprueba si se pueden establecer cookies de terceros.</translation>
        </message>
        <message>
            <source>First-party copy of the AAM UUID, written from the answer's uuid.</source>
            <translation>Copia en cookie propia (first-party) del UUID de AAM, escrita a partir del uuid de la respuesta.</translation>
        </message>
        <message>
            <source>Not an Audience Manager cookie.</source>
            <translation>No es una cookie de Audience Manager.</translation>
        </message>
    </context>
    <context>
        <name>AamDeletedList</name>
        <message>
            <source>Entry %1 of “aamDeleted” is not a deleted destination or mapping (kind, id and remote); it is ignored, and nothing is deleted in the account for it.</source>
            <translation>La entrada %1 de «aamDeleted» no es un destino ni una asignación eliminados (kind, id y remote); se ignora y no se elimina nada en la cuenta por ella.</translation>
        </message>
    </context>
    <context>
        <name>AamDiff</name>
        <message>
            <source>Deleted in the account, changed in the workspace.</source>
            <translation>Se eliminó en la cuenta y se modificó en el espacio de trabajo.</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) of the account have no ID that can be read and were not compared.</source>
            <translation>
                <numerusform>%n objeto de la cuenta no tiene un ID legible y no se ha comparado.</numerusform>
                <numerusform>%n objetos de la cuenta no tienen un ID legible y no se han comparado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destino %1 (%2)</translation>
        </message>
        <message>
            <source>The account has a destination with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>La cuenta tiene un destino con este ID, que figura como nuevo en ella; este nunca se ha descargado. Descargue la cuenta para vincularlos.</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created or changed through Audience Manager's API: make this change in Audience Manager, then pull.</source>
            <translation>Los destinos de servidor a servidor no se pueden crear ni modificar mediante la API de Audience Manager: haga este cambio en Audience Manager y después descargue la cuenta.</translation>
        </message>
        <message>
            <source>Mapping %1 was not compared: its destination %2 is not in the workspace.</source>
            <translation>La asignación %1 no se ha comparado: su destino %2 no está en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>The account has a mapping with this ID, listed as new there; this one was never pulled. Pull to link them.</source>
            <translation>La cuenta tiene una asignación con este ID, que figura como nueva en ella; esta nunca se ha descargado. Descargue la cuenta para vincularlas.</translation>
        </message>
        <message>
            <source>Mapping %1 (segment %2, destination %3)</source>
            <translation>Asignación %1 (segmento %2, destino %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destino por actualizar</numerusform>
                <numerusform>%n destinos por actualizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n por crear</numerusform>
                <numerusform>%n por crear</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n asignación por actualizar</numerusform>
                <numerusform>%n asignaciones por actualizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to take from the account</source>
            <translation>
                <numerusform>%n por incorporar desde la cuenta</numerusform>
                <numerusform>%n por incorporar desde la cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be pushed</source>
            <translation>
                <numerusform>%n no se puede enviar</numerusform>
                <numerusform>%n no se pueden enviar</numerusform>
            </translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>changed in the workspace, to push</source>
            <translation>cambio en el espacio de trabajo, por enviar</translation>
        </message>
        <message>
            <source>changed in the account, to take</source>
            <translation>cambio en la cuenta, por incorporar</translation>
        </message>
        <message>
            <source>changed on both sides, in different fields</source>
            <translation>cambios en ambos lados, en campos distintos</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <source>new in the workspace, to create</source>
            <translation>elemento nuevo en el espacio de trabajo, por crear</translation>
        </message>
        <message>
            <source>deleted in the account</source>
            <translation>eliminación en la cuenta</translation>
        </message>
        <message>
            <source>new in the account</source>
            <translation>elemento nuevo en la cuenta</translation>
        </message>
        <message>
            <source>changed in the workspace</source>
            <translation>cambio en el espacio de trabajo</translation>
        </message>
        <message>
            <source>changed in the account</source>
            <translation>cambio en la cuenta</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <extracomment>joins two parts of the dry-run summary (French puts a space before the semicolon)</extracomment>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>Deleted in the workspace, changed in the account since the pull.</source>
            <translation>Se eliminó en el espacio de trabajo y se modificó en la cuenta desde la última vez que se descargó.</translation>
        </message>
        <message numerus="yes">
            <source>The account still has %n mapping(s) under it that are not deleted with it, and Audience Manager does not delete a destination with mappings: delete them in the workspace too (or take them from the account to see them), then push.</source>
            <translation>
                <numerusform>La cuenta aún tiene %n asignación de este destino que no se elimina con él, y Audience Manager no elimina un destino que tenga asignaciones: elimínela también en el espacio de trabajo (o incorpórela desde la cuenta para verla) y después envíe los cambios.</numerusform>
                <numerusform>La cuenta aún tiene %n asignaciones de este destino que no se eliminan con él, y Audience Manager no elimina un destino que tenga asignaciones: elimínelas también en el espacio de trabajo (o incorpórelas desde la cuenta para verlas) y después envíe los cambios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n por eliminar</numerusform>
                <numerusform>%n por eliminar</numerusform>
            </translation>
        </message>
        <message>
            <source>Destinations - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Destinos — por actualizar: %1, por crear: %2, por eliminar: %3, por incorporar desde la cuenta: %4, conflictos: %5, eliminados en la cuenta: %6, nuevos en la cuenta: %7, no se pueden enviar: %8, sin cambios: %9.</translation>
        </message>
        <message>
            <source>Mappings - to update: %1, to create: %2, to delete: %3, to take from the account: %4, conflicts: %5, deleted in the account: %6, new in the account: %7, cannot be pushed: %8, unchanged: %9.</source>
            <translation>Asignaciones — por actualizar: %1, por crear: %2, por eliminar: %3, por incorporar desde la cuenta: %4, conflictos: %5, eliminadas en la cuenta: %6, nuevas en la cuenta: %7, no se pueden enviar: %8, sin cambios: %9.</translation>
        </message>
        <message>
            <source>deleted in the workspace, to delete</source>
            <translation>elemento eliminado en el espacio de trabajo, por eliminar</translation>
        </message>
        <message>
            <source>A server-to-server destination cannot be deleted through Audience Manager's API: delete it in Audience Manager, then pull.</source>
            <translation>Un destino de servidor a servidor no se puede eliminar mediante la API de Audience Manager: elimínelo en Audience Manager y después descargue la cuenta.</translation>
        </message>
        <message>
            <source>The account already has destination %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>La cuenta ya tiene el destino %1, y este nunca se ha descargado: enviarlo crearía un segundo destino. Para vincularlos, incorpore el de la cuenta («Incorporar») o descargue la cuenta (dcsdesk-cli aam pull ESPACIO_DE_TRABAJO), y vuelva a comparar.</translation>
        </message>
        <message>
            <source>The account already has mapping %1, and this one was never pulled: pushing would create a second one. Take the account's version (Take, or dcsdesk-cli aam pull WORKSPACE) to link them, then compare again.</source>
            <translation>La cuenta ya tiene la asignación %1, y esta nunca se ha descargado: enviarla crearía una segunda asignación. Para vincularlas, incorpore la de la cuenta («Incorporar») o descargue la cuenta (dcsdesk-cli aam pull ESPACIO_DE_TRABAJO), y vuelva a comparar.</translation>
        </message>
    </context>
    <context>
        <name>AamRest</name>
        <message>
            <source>segment</source>
            <translation>segmento</translation>
        </message>
        <message>
            <source>mapping value</source>
            <translation>valor de asignación</translation>
        </message>
        <message>
            <source>cookie value</source>
            <translation>valor de cookie</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>fecha de finalización</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>prioridad</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Asignación %1</translation>
        </message>
        <message>
            <source>Segment %1</source>
            <translation>Segmento %1</translation>
        </message>
        <message>
            <source>Segment %1 (%2)</source>
            <translation>Segmento %1 (%2)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Import %1, %2 and %3 (AAM REST)</source>
            <translation>Importar %1, %2 y %3 (AAM REST)</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destino</numerusform>
                <numerusform>%n destinos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1 and %2 (AAM REST)</source>
            <translation>Importar %1 y %2 (AAM REST)</translation>
        </message>
        <message>
            <source>Its destination is skipped.</source>
            <translation>Su destino se omite.</translation>
        </message>
        <message>
            <source>Destination %1 is neither in the workspace nor in the file.</source>
            <translation>El destino %1 no está ni en el espacio de trabajo ni en el archivo.</translation>
        </message>
        <message>
            <source>The mapping does not say which destination it belongs to (destinationId).</source>
            <translation>La asignación no indica a qué destino pertenece (destinationId).</translation>
        </message>
        <message>
            <source>Mapping ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>El ID de asignación %1 aparece más de una vez en el archivo; solo se importa el primero.</translation>
        </message>
        <message>
            <source>Mapping ID %1 belongs to destination %2 in the workspace, not to destination %3.</source>
            <translation>El ID de asignación %1 pertenece al destino %2 en el espacio de trabajo, no al destino %3.</translation>
        </message>
        <message>
            <source>Matched by segment and start date (the file has no mapping ID).</source>
            <translation>Emparejada por segmento y fecha de inicio (el archivo no tiene ID de asignación).</translation>
        </message>
        <message>
            <source>Same as in the workspace.</source>
            <translation>Igual que en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Cambios: %1</translation>
        </message>
        <message>
            <source>A new mapping needs a start date (YYYY-MM-DD).</source>
            <translation>Una asignación nueva necesita una fecha de inicio (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Destino %1</translation>
        </message>
        <message>
            <source>Destination ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>El ID de destino %1 aparece más de una vez en el archivo; solo se importa el primero.</translation>
        </message>
        <message>
            <source>Matched by name (the file has no destinationId).</source>
            <translation>Emparejado por nombre (el archivo no tiene destinationId).</translation>
        </message>
        <message>
            <source>Destination %1 has the type %2 in the workspace but %3 in the file. Change the ID in the file to import it as a new destination.</source>
            <translation>El destino %1 es de tipo %2 en el espacio de trabajo, pero %3 en el archivo. Cambie el ID en el archivo para importarlo como un destino nuevo.</translation>
        </message>
        <message>
            <source>Changes: Audience Manager's own fields</source>
            <translation>Cambios: campos propios de Audience Manager</translation>
        </message>
        <message>
            <source>A new destination needs a name.</source>
            <translation>Un destino nuevo necesita un nombre.</translation>
        </message>
        <message>
            <source>The file does not say whether this is a URL (PUSH) or a cookie (ADS) destination.</source>
            <translation>El archivo no indica si es un destino de URL (PUSH) o de cookie (ADS).</translation>
        </message>
        <message>
            <source>Server-to-server destinations cannot be created in Audience Manager; this one mirrors an existing one.</source>
            <translation>Los destinos de servidor a servidor no se pueden crear en Audience Manager; este refleja uno existente.</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); created from the file's elementName and elementDescription.</source>
            <translation>
                <numerusform>Lo usa %n asignación importada; creado a partir de elementName y elementDescription del archivo.</numerusform>
                <numerusform>Lo usan %n asignaciones importadas; creado a partir de elementName y elementDescription del archivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Used by %n imported mapping(s); the file gives no name, so it is named after its ID.</source>
            <translation>
                <numerusform>Lo usa %n asignación importada; el archivo no indica ningún nombre, así que recibe uno a partir de su ID.</numerusform>
                <numerusform>Lo usan %n asignaciones importadas; el archivo no indica ningún nombre, así que recibe uno a partir de su ID.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mapping %1: "%2" has an unexpected value (%3).</source>
            <translation>Asignación %1: «%2» tiene un valor inesperado (%3).</translation>
        </message>
        <message>
            <source>Mapping %1 has no segment ID (sid).</source>
            <translation>La asignación %1 no tiene ID de segmento (sid).</translation>
        </message>
        <message>
            <source>Mapping %1 has traitType "%2"; only SEGMENT mappings can be imported.</source>
            <translation>La asignación %1 tiene traitType «%2»; solo se pueden importar asignaciones SEGMENT.</translation>
        </message>
        <message>
            <source>%1: "%2" has an unexpected value (%3).</source>
            <translation>%1: «%2» tiene un valor inesperado (%3).</translation>
        </message>
        <message>
            <source>%1: destinationType "%2" is neither PUSH (URL) nor ADS (cookie).</source>
            <translation>%1: destinationType «%2» no es PUSH (URL) ni ADS (cookie).</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has cookie fields, so it is read as a cookie destination.</source>
            <translation>%1 no tiene destinationType; tiene campos de cookie, así que se interpreta como destino de cookie.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 no tiene destinationType; tiene campos de URL, así que se interpreta como destino de URL.</translation>
        </message>
        <message>
            <source>Mapping %1 is not a JSON object.</source>
            <translation>La asignación %1 no es un objeto JSON.</translation>
        </message>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 no existe. Compruebe el nombre del archivo y la carpeta.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, larger than the %3 MB an AAM REST export can reasonably be. Choose the JSON file the REST API returned.</source>
            <translation>%1 ocupa %2 MB, más de los %3 MB que puede ocupar razonablemente una exportación de AAM REST. Elija el archivo JSON que devolvió la API REST.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Check that you may read it.</source>
            <translation>No se puede leer %1: %2. Compruebe que tiene permiso de lectura.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
            <translation>No es JSON válido (línea %1, columna %2: %3). Corrija el archivo o expórtelo de nuevo desde la API REST.</translation>
        </message>
        <message>
            <source>%1 (%2): server-to-server destinations have no AAM REST type; include DCS Desk's fields to export them.</source>
            <translation>%1 (%2): los destinos de servidor a servidor no tienen tipo en AAM REST; incluya los campos de DCS Desk para exportarlos.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>No se puede escribir %1: %2. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. Nothing was written; check the free space and try again.</source>
            <translation>No se ha podido guardar %1: %2. No se ha escrito nada; compruebe el espacio libre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>código de integración</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>Segment ID %1 appears more than once in the file; only the first is imported.</source>
            <translation>El ID de segmento %1 aparece más de una vez en el archivo; solo se importa el primero.</translation>
        </message>
        <message>
            <source>Segment %1 has no segment ID (sid).</source>
            <translation>El segmento %1 no tiene ID de segmento (sid).</translation>
        </message>
        <message>
            <source>Segment %1: "%2" has an unexpected value (%3).</source>
            <translation>Segmento %1: «%2» tiene un valor inesperado (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s)</source>
            <translation>
                <numerusform>%n objeto</numerusform>
                <numerusform>%n objetos</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is a page of a paged list (page %1) holding %2; it does not say how many there are in all.</source>
            <translation>Este archivo es una página de una lista paginada (página %1) que contiene %2; no indica el total de la lista.</translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list (%2 per page): it holds %3 of %4. Export the other pages to import them too.</source>
            <translation>Este archivo es la página %1 de una lista paginada (%2 por página): contiene %3 de %4. Exporte las demás páginas e impórtelas también.</translation>
        </message>
        <message>
            <source>This file is a paged list that is complete: it holds %1.</source>
            <translation>Este archivo es una lista paginada completa: contiene %1.</translation>
        </message>
        <message>
            <source>Item %1 of the list is not a JSON object (%2); it is skipped.</source>
            <translation>El elemento %1 de la lista no es un objeto JSON (%2); se omite.</translation>
        </message>
        <message>
            <source>The file holds no destination, mapping or segment objects. Choose a file returned by GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings or GET /v1/segments/, or one such object.</source>
            <translation>El archivo no contiene objetos de destino, de asignación ni de segmento. Elija un archivo devuelto por GET /v1/destinations/, GET /v1/destinations/&lt;id&gt;/mappings o GET /v1/segments/, o uno de esos objetos.</translation>
        </message>
        <message>
            <source>The paged list also has %1, which DCS Desk does not use; it is not imported.</source>
            <translation>La lista paginada también tiene %1, que DCS Desk no utiliza; no se importa.</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regla</translation>
        </message>
        <message>
            <source>Kept as the account sent them and written back on export, not edited in DCS Desk: %1.</source>
            <translation>Se conservan tal como los envió la cuenta y se vuelven a escribir al exportar; no se editan en DCS Desk: %1.</translation>
        </message>
        <message>
            <source>Destination number %1 in the file</source>
            <translation>Destino n.º %1 del archivo</translation>
        </message>
        <message numerus="yes">
            <source>The key “%1” is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>La clave «%1» se repite dentro de un objeto (%n vez, la primera en la línea %2); se usa el último valor.</numerusform>
                <numerusform>La clave «%1» se repite dentro de un objeto (%n veces, la primera en la línea %2); se usa el último valor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalog. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>No está en el catálogo de segmentos. %n asignación importada lo usa y queda señalada hasta que lo añada.</numerusform>
                <numerusform>No está en el catálogo de segmentos. %n asignaciones importadas lo usan y quedan señaladas hasta que lo añada.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AamTake</name>
        <message>
            <source>Take changes from Audience Manager</source>
            <translation>Incorporar cambios desde Audience Manager</translation>
        </message>
        <message>
            <source>%1: deleted in the account and changed in the workspace; kept. Push it to create it again, or delete it here.</source>
            <translation>%1: se eliminó en la cuenta y se modificó en el espacio de trabajo; se mantiene aquí. Envíe el elemento para volver a crearlo en la cuenta o elimínelo aquí.</translation>
        </message>
        <message>
            <source>%1: deleted in the workspace and changed in the account (%2); it stays deleted here. To have the account's version back, take the account's side of every field.</source>
            <translation>%1: se eliminó en el espacio de trabajo y se modificó en la cuenta (%2); aquí se mantiene la eliminación. Para recuperar la versión de la cuenta, incorpore el valor de la cuenta en todos los campos.</translation>
        </message>
        <message>
            <source>%1: changed on both sides (%2); kept as it is. Choose a side for each field: in the app's comparison, or with --take-account or --keep-workspace.</source>
            <translation>%1: se modificó en ambos lados (%2); se mantiene tal como está. Elija un lado para cada campo: en la comparación de la aplicación o con --take-account o --keep-workspace.</translation>
        </message>
        <message>
            <source>%1: deleted in the account, removed</source>
            <translation>%1: se eliminó en la cuenta y se ha quitado del espacio de trabajo</translation>
        </message>
        <message numerus="yes">
            <source>%1: deleted in the account, but %n mapping(s) under it are kept in the workspace, so it is kept too.</source>
            <translation>
                <numerusform>%1: se eliminó en la cuenta, pero %n asignación que depende de él se mantiene en el espacio de trabajo, así que también se mantiene el destino.</numerusform>
                <numerusform>%1: se eliminó en la cuenta, pero %n asignaciones que dependen de él se mantienen en el espacio de trabajo, así que también se mantiene el destino.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1 (%2): made in the workspace and different in the account; kept as it is.</source>
            <translation>Segmento %1 (%2): creado en el espacio de trabajo y distinto en la cuenta; se mantiene tal como está.</translation>
        </message>
        <message>
            <source>Segment %1 (%2): changed on both sides; the workspace's version is kept.</source>
            <translation>Segmento %1 (%2): modificado en ambos lados; se mantiene la versión del espacio de trabajo.</translation>
        </message>
        <message>
            <source>%1: added from the account</source>
            <translation>%1: se ha añadido desde la cuenta</translation>
        </message>
        <message>
            <source>%1: the account's %2</source>
            <translation>%1: %2 de la cuenta</translation>
        </message>
        <message>
            <source>%1: not chosen (unchecked, or a conflict without the account's side); kept as it is.</source>
            <translation>%1: sin elegir (sin marcar, o un conflicto sin el valor de la cuenta); se mantiene tal como está.</translation>
        </message>
        <message>
            <source>%1: the workspace's values kept, now to push</source>
            <translation>%1: se mantienen los valores del espacio de trabajo, pendientes de enviar</translation>
        </message>
        <message>
            <source>%1: the workspace has its own version, never pulled, that differs from the account's (%2); kept as it is. To take the account's, delete it here and take again, or use --take-account '*'.</source>
            <translation>%1: el espacio de trabajo tiene su propia versión, nunca descargada, que difiere de la de la cuenta (%2); se mantiene tal como está. Para incorporar la de la cuenta, elimínela aquí y vuelva a incorporarla, o use --take-account '*'.</translation>
        </message>
        <message>
            <source>%1: linked to the account's (the same values)</source>
            <translation>%1: se ha vinculado a la versión de la cuenta (los mismos valores)</translation>
        </message>
        <message>
            <source>%1: the account's version replaces the workspace's (%2)</source>
            <translation>%1: la versión de la cuenta sustituye a la del espacio de trabajo (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n object(s) deleted in the workspace were also deleted in the account: nothing is left to push for them.</source>
            <translation>
                <numerusform>%n objeto eliminado en el espacio de trabajo también se ha eliminado en la cuenta: no queda nada que enviar para él.</numerusform>
                <numerusform>%n objetos eliminados en el espacio de trabajo también se han eliminado en la cuenta: no queda nada que enviar para ellos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AmcvCommand</name>
        <message>
            <source>Decode an AMCV cookie and show the server-to-server call it gives.</source>
            <translation>Decodificar una cookie AMCV y mostrar la llamada de servidor a servidor resultante.</translation>
        </message>
        <message>
            <source>The cookie value (raw or URL-encoded), AMCV_...=value, a Cookie header, or - for stdin.</source>
            <translation>El valor de la cookie (sin codificar o codificado con %), AMCV_...=valor, una cabecera Cookie, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Evaluar la caducidad en la fecha y hora indicadas (ISO 8601) en lugar de ahora.</translation>
        </message>
        <message>
            <source>amcv takes one cookie value, or - for stdin.</source>
            <translation>amcv admite un valor de cookie, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now espera una fecha y hora ISO 8601, como 2019-11-01T00:00:00Z, no «%1».</translation>
        </message>
        <message>
            <source>Server-to-server call:</source>
            <translation>Llamada de servidor a servidor:</translation>
        </message>
        <message>
            <source>Regional host: %1 (region %2)</source>
            <translation>Host regional: %1 (región %2)</translation>
        </message>
        <message>
            <source>Region unknown: the cookie has no valid location hint.</source>
            <translation>Región desconocida: la cookie no tiene una indicación de ubicación válida.</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>VALUE|-</source>
            <translation>VALOR|-</translation>
        </message>
        <message>
            <source>time</source>
            <translation>fecha-hora</translation>
        </message>
    </context>
    <context>
        <name>AmcvCookie</name>
        <message>
            <source>Only the AMCVS_ cookie is there: it just marks the browser session (value 1). Paste the AMCV_ cookie instead.</source>
            <translation>Solo está la cookie AMCVS_, que únicamente marca la sesión del navegador (valor 1). Pegue en su lugar la cookie AMCV_.</translation>
        </message>
        <message>
            <source>The cookie name %1 does not end in @AdobeOrg, so it gives no org ID.</source>
            <translation>El nombre de cookie %1 no termina en @AdobeOrg, así que no aporta ningún ID de organización.</translation>
        </message>
        <message>
            <source>The value was URL-encoded twice.</source>
            <translation>El valor estaba codificado con % dos veces.</translation>
        </message>
        <message>
            <source>The AMCV cookie is empty.</source>
            <translation>La cookie AMCV está vacía.</translation>
        </message>
        <message>
            <source>“%1” is not an AMCV value: it should look like -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</source>
            <translation>«%1» no es un valor AMCV: debería tener este aspecto: -1891778711|MCIDTS|18199|MCMID|8393…|MCAAMLH-1572973109|9|…</translation>
        </message>
        <message>
            <source>The last entry “%1” has no value and was skipped.</source>
            <translation>La última entrada «%1» no tiene valor y se ha omitido.</translation>
        </message>
        <message>
            <source>“%1” is not a KEY or KEY-EXPIRY entry; it is shown as is.</source>
            <translation>«%1» no es una entrada CLAVE ni CLAVE-CADUCIDAD; se muestra tal cual.</translation>
        </message>
        <message>
            <source>The AMCV cookie has no fields.</source>
            <translation>La cookie AMCV no tiene campos.</translation>
        </message>
        <message>
            <source>%1 expired on %2 and is ignored, as the ID service does.</source>
            <translation>%1 caducó el %2 y se ignora, como hace el servicio de ID.</translation>
        </message>
        <message>
            <source>The location hint %1 is not a documented DCS region.</source>
            <translation>La indicación de ubicación %1 no es una región documentada del DCS.</translation>
        </message>
        <message>
            <source>The location hint “%1” is not a region number.</source>
            <translation>La indicación de ubicación «%1» no es un número de región.</translation>
        </message>
        <message>
            <source>MCOPTOUT has the unknown value “%1”.</source>
            <translation>MCOPTOUT tiene el valor desconocido «%1».</translation>
        </message>
        <message>
            <source>The cookie uses the legacy keys mid / aamlh.</source>
            <translation>La cookie usa las claves heredadas mid / aamlh.</translation>
        </message>
        <message>
            <source>The cookie has no MCMID, so it gives no Experience Cloud ID.</source>
            <translation>La cookie no tiene MCMID, así que no aporta ningún ID de Experience Cloud.</translation>
        </message>
        <message>
            <source>The visitor has opted out (MCOPTOUT): the DCS answers error 171 for this ID.</source>
            <translation>El visitante se ha excluido (MCOPTOUT): el DCS responde con el error 171 para este ID.</translation>
        </message>
    </context>
    <context>
        <name>AppPaths</name>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>No se ha podido crear la carpeta %1.</translation>
        </message>
        <message>
            <source>The sample workspace could not be copied to %1.</source>
            <translation>No se ha podido copiar el espacio de trabajo de ejemplo a %1.</translation>
        </message>
        <message>
            <source>Sample account</source>
            <translation>Cuenta de ejemplo</translation>
        </message>
        <message>
            <source>Sample (local sandbox)</source>
            <translation>Ejemplo (sandbox local)</translation>
        </message>
        <message>
            <source>Production US West</source>
            <translation>Producción EE. UU. Oeste</translation>
        </message>
        <message>
            <source>Production Europe (ECID)</source>
            <translation>Producción Europa (ECID)</translation>
        </message>
    </context>
    <context>
        <name>BruLang</name>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <source>“%1” is outside any block; a block opens with a name and “{”, such as “headers {”.</source>
            <translation>«%1» está fuera de todo bloque; un bloque empieza con un nombre y «{», como «headers {».</translation>
        </message>
        <message>
            <source>the block “%1” is not closed: put “}” on a line of its own before line %2.</source>
            <translation>el bloque «%1» no está cerrado: ponga «}» en una línea aparte antes de la línea %2.</translation>
        </message>
        <message>
            <source>the quoted name “%1” has no closing quote.</source>
            <translation>al nombre entre comillas «%1» le falta la comilla de cierre.</translation>
        </message>
        <message>
            <source>“%1” in the block “%2” is not “name: value”.</source>
            <translation>«%1» en el bloque «%2» no tiene la forma «nombre: valor».</translation>
        </message>
        <message>
            <source>the value of “%1” opens with %2 but never ends with %3.</source>
            <translation>el valor de «%1» empieza con %2 pero nunca termina con %3.</translation>
        </message>
        <message>
            <source>the block “%1” is never closed: add “}” on a line of its own.</source>
            <translation>el bloque «%1» nunca se cierra: añada «}» en una línea aparte.</translation>
        </message>
    </context>
    <context>
        <name>BrunoCollection</name>
        <message>
            <source>%1: its headers %2 are added to each request below it, as Bruno sends them.</source>
            <translation>%1: sus cabeceras %2 se añaden a cada solicitud que contiene, como las envía Bruno.</translation>
        </message>
        <message>
            <source>%1: not imported: %2 (DCS Desk runs no scripts and the DCS reads no authorization; use checks to test answers).</source>
            <translation>%1: no importado: %2 (DCS Desk no ejecuta scripts y el DCS no lee ninguna autorización; use comprobaciones para probar las respuestas).</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s) in environments/ were not imported: define their variables in Console › Environments.</source>
            <translation>
                <numerusform>%n entorno de environments/ no se ha importado: defina sus variables en Consola › Entornos.</numerusform>
                <numerusform>%n entornos de environments/ no se han importado: defina sus variables en Consola › Entornos.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1/folder.bru, %2; the folder's settings were not imported.</source>
            <translation>%1/folder.bru, %2; los ajustes de la carpeta no se han importado.</translation>
        </message>
        <message>
            <source>Folder “%1”</source>
            <translation>Carpeta «%1»</translation>
        </message>
        <message>
            <source>%1, %2 The file was skipped; correct it (or open and save it in Bruno) and import again.</source>
            <translation>%1, %2 El archivo se ha omitido; corríjalo (o ábralo y guárdelo en Bruno) e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>A %1 request, not an HTTP call: the DCS takes plain GET and POST calls.</source>
            <translation>Una solicitud %1, no una llamada HTTP: el DCS acepta llamadas GET y POST simples.</translation>
        </message>
        <message>
            <source>%1 has no method block (get { url: … }, post { … }); it was skipped.</source>
            <translation>%1 no tiene bloque de método (get { url: … }, post { … }); se ha omitido.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Los campos de archivo %1 no se han importado: el DCS no lee archivos.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>La autorización %1 no se ha importado: el DCS no lee ninguna. Si un proxy situado delante del DCS la necesita, añada la cabecera en la consola.</translation>
        </message>
        <message>
            <source>The %1 script (line %2) was not imported: DCS Desk runs no scripts.</source>
            <translation>El script %1 (línea %2) no se ha importado: DCS Desk no ejecuta scripts.</translation>
        </message>
        <message>
            <source>The tests (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>Las pruebas (línea %1) no se han importado: añada comprobaciones (Consola › Comprobaciones) para probar la respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>%n assertion(s) (line %1) were not imported: add checks (Console › Checks) to test the answer.</source>
            <translation>
                <numerusform>%n aserción (línea %1) no se ha importado: añada comprobaciones (Consola › Comprobaciones) para probar la respuesta.</numerusform>
                <numerusform>%n aserciones (línea %1) no se han importado: añada comprobaciones (Consola › Comprobaciones) para probar la respuesta.</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 variables (line %2) were not imported: set them in an environment (Console › Environments).</source>
            <translation>Las variables %1 (línea %2) no se han importado: defínalas en un entorno (Consola › Entornos).</translation>
        </message>
        <message>
            <source>The path parameters (line %1) were not imported: write their values into the path.</source>
            <translation>Los parámetros de ruta (línea %1) no se han importado: escriba sus valores en la ruta.</translation>
        </message>
        <message>
            <source>The docs (line %1) were not imported.</source>
            <translation>La documentación (línea %1) no se ha importado.</translation>
        </message>
        <message>
            <source>Bruno collection</source>
            <translation>Colección de Bruno</translation>
        </message>
        <message>
            <source>%1 has no bruno.json, so it is not a Bruno collection. Choose the collection's folder (the one that holds bruno.json).</source>
            <translation>%1 no tiene bruno.json, así que no es una colección de Bruno. Elija la carpeta de la colección (la que contiene bruno.json).</translation>
        </message>
        <message>
            <source>bruno.json is not valid JSON (%1 at byte %2). Open the collection in Bruno to repair it.</source>
            <translation>bruno.json no es un JSON válido (%1 en el byte %2). Abra la colección en Bruno para repararla.</translation>
        </message>
        <message>
            <source>The collection</source>
            <translation>La colección</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>El formulario multipart se envía como cuerpo form-urlencoded, el único formato de cuerpo que lee el DCS.</translation>
        </message>
        <message>
            <source>collection.bru, %1 The collection's settings were not imported.</source>
            <translation>collection.bru, %1 Los ajustes de la colección no se han importado.</translation>
        </message>
        <message>
            <source>The block “%1” (line %2) was not imported: DCS Desk does not support it.</source>
            <translation>El bloque «%1» (línea %2) no se ha importado: DCS Desk no lo admite.</translation>
        </message>
    </context>
    <context>
        <name>CliApp</name>
        <message>
            <source>Unknown language “%1”: use en, es, de or fr.</source>
            <translation>Idioma desconocido «%1»: use en, es, de o fr.</translation>
        </message>
        <message>
            <source>Unknown command “%1”. Run “%2 help” for the list.</source>
            <translation>Comando desconocido «%1». Ejecute «%2 help» para ver la lista.</translation>
        </message>
    </context>
    <context>
        <name>CliRegistry</name>
        <message>
            <source>Print JSON for scripts instead of text for people.</source>
            <translation>Mostrar JSON para scripts en lugar de texto para personas.</translation>
        </message>
        <message>
            <source>Language of the text output (en, es, de, fr); the default follows LC_ALL, LC_MESSAGES and LANG.</source>
            <translation>Idioma de la salida de texto (en, es, de, fr); por defecto sigue LC_ALL, LC_MESSAGES y LANG.</translation>
        </message>
        <message>
            <source>Show the options of this command.</source>
            <translation>Mostrar las opciones de este comando.</translation>
        </message>
        <message>
            <source>%1 %2: %3 Run “%1 help %2” for the options.</source>
            <translation>%1 %2: %3 Ejecute «%1 help %2» para ver las opciones.</translation>
        </message>
        <message>
            <source>Usage: %1 COMMAND [options]</source>
            <translation>Uso: %1 COMANDO [opciones]</translation>
        </message>
        <message>
            <source>Build, send and decode DCS server-to-server event calls.</source>
            <translation>Crear, enviar y decodificar llamadas de evento de servidor a servidor al DCS.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Comandos:</translation>
        </message>
        <message>
            <source>Run “%1 help COMMAND” or “%1 COMMAND --help” for a command's options. Global options: --json, --lang CODE.</source>
            <translation>Ejecute «%1 help COMANDO» o «%1 COMANDO --help» para ver las opciones de un comando. Opciones globales: --json, --lang CÓDIGO.</translation>
        </message>
        <message>
            <source>Exit codes: 0 OK, 1 DCS errors or findings, 2 bad input, 3 network failure.</source>
            <translation>Códigos de salida: 0 correcto, 1 errores del DCS o hallazgos, 2 entrada no válida, 3 fallo de red.</translation>
        </message>
        <message>
            <source>Usage: %1 %2 [options] %3</source>
            <translation>Uso: %1 %2 [opciones] %3</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
    </context>
    <context>
        <name>CliRequestOptions</name>
        <message>
            <source>Domain alias; sent as Host: &lt;alias&gt;.demdex.net.</source>
            <translation>Alias de dominio; se envía como Host: &lt;alias&gt;.demdex.net.</translation>
        </message>
        <message>
            <source>DCS region: an ID (3, 4, 6, 7, 8, 9, 11, 12), a code (usw2) or a host name (usw2.demdex.net).</source>
            <translation>Región del DCS: un ID (3, 4, 6, 7, 8, 9, 11, 12), un código (usw2) o un nombre de host (usw2.demdex.net).</translation>
        </message>
        <message>
            <source>Send to this base URL instead of a region, e.g. http://127.0.0.1:8080.</source>
            <translation>Enviar a esta URL base en lugar de a una región, p. ej. http://127.0.0.1:8080.</translation>
        </message>
        <message>
            <source>Take the profile (and saved requests) from this workspace file.</source>
            <translation>Tomar el perfil (y las solicitudes guardadas) de este archivo de espacio de trabajo.</translation>
        </message>
        <message>
            <source>Name of the profile in the workspace.</source>
            <translation>Nombre del perfil en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Start from a saved request (JSON file, or - for stdin), e.g. the output of curl-import --json.</source>
            <translation>Partir de una solicitud guardada (archivo JSON, o - para la entrada estándar), p. ej. la salida de curl-import --json.</translation>
        </message>
        <message>
            <source>Start from a cURL command.</source>
            <translation>Partir de un comando cURL.</translation>
        </message>
        <message>
            <source>Start from the saved request of this name in the workspace.</source>
            <translation>Partir de la solicitud guardada con este nombre en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Take d_mid, d_orgid and the region from an AMCV cookie (raw or URL-encoded).</source>
            <translation>Tomar d_mid, d_orgid y la región de una cookie AMCV (sin codificar o codificada con %).</translation>
        </message>
        <message>
            <source>User ID as d_uuid (the AAM UUID).</source>
            <translation>ID de usuario como d_uuid (el UUID de AAM).</translation>
        </message>
        <message>
            <source>User ID as d_mid (the Experience Cloud ID).</source>
            <translation>ID de usuario como d_mid (el ID de Experience Cloud).</translation>
        </message>
        <message>
            <source>IMS Org ID for d_orgid.</source>
            <translation>ID de organización IMS para d_orgid.</translation>
        </message>
        <message>
            <source>GET (default) or POST.</source>
            <translation>GET (predeterminado) o POST.</translation>
        </message>
        <message>
            <source>Same as --method POST.</source>
            <translation>Igual que --method POST.</translation>
        </message>
        <message>
            <source>Path of the call; /event by default.</source>
            <translation>Ruta de la llamada (predeterminado: /event).</translation>
        </message>
        <message>
            <source>d_jsonv value (1 by default; “none” leaves it out).</source>
            <translation>Valor de d_jsonv (predeterminado: 1; «none» lo omite).</translation>
        </message>
        <message>
            <source>Add d_dst=1 (URL destinations in the answer).</source>
            <translation>Añadir d_dst=1 (destinos de URL en la respuesta).</translation>
        </message>
        <message>
            <source>Add d_cts=1 or 2 (traits and segments in the answer).</source>
            <translation>Añadir d_cts=1 o 2 (rasgos y segmentos en la respuesta).</translation>
        </message>
        <message>
            <source>d_cb: JSONP callback name.</source>
            <translation>d_cb: nombre del callback JSONP.</translation>
        </message>
        <message>
            <source>d_ptfm: ios, android, browser or all.</source>
            <translation>d_ptfm: ios, android, browser o all.</translation>
        </message>
        <message>
            <source>d_sid: trait or segment IDs, comma-separated.</source>
            <translation>d_sid: ID de rasgos o segmentos, separados por comas.</translation>
        </message>
        <message>
            <source>d_tdpid: evaluate only traits of this data source.</source>
            <translation>d_tdpid: evaluar solo los rasgos de esta fuente de datos.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE (repeatable); commas in VALUE make a serialized signal.</source>
            <translation>Una señal CLAVE=VALOR (repetible); las comas en VALOR forman una señal serializada.</translation>
        </message>
        <message>
            <source>A signal KEY=VALUE sent exactly as typed (already percent-encoded).</source>
            <translation>Una señal CLAVE=VALOR que se envía tal como se escribe (ya codificada con %).</translation>
        </message>
        <message>
            <source>Declared ID d_cid as DPID:ID[:AUTH] (repeatable).</source>
            <translation>ID declarado d_cid como DPID:ID[:AUTH] (repetible).</translation>
        </message>
        <message>
            <source>Declared ID d_cid_ic as CODE:ID[:AUTH] (repeatable).</source>
            <translation>ID declarado d_cid_ic como CÓDIGO:ID[:AUTH] (repetible).</translation>
        </message>
        <message>
            <source>“%1” is not NAMESPACE:ID, e.g. --cid 123:abc or --cid-ic crm_code:abc:1.</source>
            <translation>«%1» no tiene la forma ESPACIO_DE_NOMBRES:ID, p. ej. --cid 123:abc o --cid-ic crm_code:abc:1.</translation>
        </message>
        <message>
            <source>The request JSON is not valid: %1.</source>
            <translation>El JSON de la solicitud no es válido: %1.</translation>
        </message>
        <message>
            <source>The request JSON must be an object.</source>
            <translation>El JSON de la solicitud debe ser un objeto.</translation>
        </message>
        <message>
            <source>Cannot open the workspace %1: %2</source>
            <translation>No se puede abrir el espacio de trabajo %1: %2</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”. Profiles: %2</source>
            <translation>El espacio de trabajo no tiene ningún perfil llamado «%1». Perfiles: %2</translation>
        </message>
        <message>
            <source>Choose a profile with --profile: %1</source>
            <translation>Elija un perfil con --profile: %1</translation>
        </message>
        <message>
            <source>The workspace has no saved request “%1”. Saved requests: %2</source>
            <translation>El espacio de trabajo no tiene ninguna solicitud guardada llamada «%1». Solicitudes guardadas: %2</translation>
        </message>
        <message>
            <source>--profile and --saved need --workspace FILE.</source>
            <translation>--profile y --saved necesitan --workspace ARCHIVO.</translation>
        </message>
        <message>
            <source>Use only one of --from-json, --from-curl and --saved.</source>
            <translation>Use solo una de las opciones --from-json, --from-curl y --saved.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use an ID (3, 4, 6, 7, 8, 9, 11, 12), a code such as usw2, or run “%2 regions”.</source>
            <translation>Región desconocida «%1». Use un ID (3, 4, 6, 7, 8, 9, 11, 12), un código como usw2, o ejecute «%2 regions».</translation>
        </message>
        <message>
            <source>Give either --uuid or --mid, not both.</source>
            <translation>Indique --uuid o --mid, no ambos.</translation>
        </message>
        <message>
            <source>The method must be GET or POST, not “%1”.</source>
            <translation>El método debe ser GET o POST, no «%1».</translation>
        </message>
        <message>
            <source>--cts takes 1 or 2, not “%1”.</source>
            <translation>--cts admite 1 o 2, no «%1».</translation>
        </message>
        <message>
            <source>“%1” is not KEY=VALUE, e.g. --signal c_color=blue.</source>
            <translation>«%1» no tiene la forma CLAVE=VALOR, p. ej. --signal c_color=blue.</translation>
        </message>
        <message>
            <source>Extra header “Name: value”, or “Name;” for an empty value (repeatable).</source>
            <translation>Cabecera adicional «Nombre: valor», o «Nombre;» para un valor vacío (repetible).</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value” (or “Name;” for an empty value).</source>
            <translation>«%1» no es una cabecera «Nombre: valor» (ni «Nombre;» para un valor vacío).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>region</source>
            <translation>región</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>command</source>
            <translation>comando</translation>
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
            <translation>método</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ruta</translation>
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
            <translation>clave=valor</translation>
        </message>
        <message>
            <source>dpid:id</source>
            <translation>dpid:ID</translation>
        </message>
        <message>
            <source>code:id</source>
            <translation>código:ID</translation>
        </message>
        <message>
            <source>header</source>
            <translation>cabecera</translation>
        </message>
        <message>
            <source>Leave out d_rtbd=json (the DCS then answers with no body).</source>
            <translation>Omitir d_rtbd=json (el DCS responderá sin cuerpo).</translation>
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
            <translation>Hallazgos: ninguno</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Hallazgos:</translation>
        </message>
        <message>
            <source>%1 (not sent)</source>
            <translation>%1 (no se envía)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>Parámetros:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>cURL:</source>
            <translation>cURL:</translation>
        </message>
        <message>
            <source>Timing: queued %1 · connect %2 · TLS %3 · waiting %4 · download %5 · total %6</source>
            <translation>Tiempos: en cola %1 · conexión %2 · TLS %3 · espera %4 · descarga %5 · total %6</translation>
        </message>
        <message>
            <source>empty body</source>
            <translation>cuerpo vacío</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>JSONP, callback %1</source>
            <translation>JSONP, callback %1</translation>
        </message>
        <message>
            <source>pixel (image)</source>
            <translation>píxel (imagen)</translation>
        </message>
        <message>
            <source>HTML page</source>
            <translation>página HTML</translation>
        </message>
        <message>
            <source>text, not JSON</source>
            <translation>texto, no JSON</translation>
        </message>
        <message>
            <source>binary data</source>
            <translation>datos binarios</translation>
        </message>
        <message>
            <source>Response: %1 (%2 bytes)</source>
            <translation>Respuesta: %1 (%2 bytes)</translation>
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation>%1 — %2 — %3</translation>
        </message>
        <message>
            <source>stuff (cookie destinations): %1</source>
            <translation>stuff (destinos de cookie): %1</translation>
        </message>
        <message>
            <source>ttl %1, domain %2</source>
            <translation>ttl %1, dominio %2</translation>
        </message>
        <message>
            <source>dests (URL destinations): %1</source>
            <translation>dests (destinos de URL): %1</translation>
        </message>
        <message>
            <source>Keys as received: %1</source>
            <translation>Claves en el orden recibido: %1</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Errores:</translation>
        </message>
        <message>
            <source>body and X-Error</source>
            <translation>cuerpo y X-Error</translation>
        </message>
        <message>
            <source>X-Error</source>
            <translation>X-Error</translation>
        </message>
        <message>
            <source>body</source>
            <translation>cuerpo</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Body: %1 bytes, not printed (use --body to print it).</source>
            <translation>Cuerpo: %1 bytes, no se muestra (use --body para mostrarlo).</translation>
        </message>
        <message>
            <source>Body: %1 bytes of binary data (base64):</source>
            <translation>Cuerpo: %1 bytes de datos binarios (base64):</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>Cuerpo:</translation>
        </message>
        <message>
            <source>Redirect to %1 (not followed).</source>
            <translation>Redirección a %1 (no seguida).</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID de organización</translation>
        </message>
        <message>
            <source>Settings digest</source>
            <translation>Hash de configuración</translation>
        </message>
        <message>
            <source>Fields:</source>
            <translation>Campos:</translation>
        </message>
        <message>
            <source>expired %1</source>
            <translation>caducado el %1</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>caduca el %1</translation>
        </message>
        <message>
            <source>, session only</source>
            <translation>, solo durante la sesión</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Values in force:</source>
            <translation>Valores vigentes:</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(desconocido)</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>not opted out</source>
            <translation>no excluido</translation>
        </message>
        <message>
            <source>AAM UUID</source>
            <translation>UUID de AAM</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Exclusión voluntaria</translation>
        </message>
        <message>
            <source>yes (NOTARGET)</source>
            <translation>sí (NOTARGET)</translation>
        </message>
        <message>
            <source>ID sync</source>
            <translation>sincronización de ID</translation>
        </message>
        <message>
            <source>deprecated type 2</source>
            <translation>tipo 2 obsoleto</translation>
        </message>
        <message>
            <source>old style</source>
            <translation>formato antiguo</translation>
        </message>
        <message>
            <source>data source %1: %2, last %3</source>
            <translation>fuente de datos %1: %2, última vez el %3</translation>
        </message>
        <message>
            <source>destination %1: send error at %2</source>
            <translation>destino %1: error de envío el %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>the server's own message, in quotation marks</comment>
            <translation>«%1»</translation>
        </message>
    </context>
    <context>
        <name>CollectionImport</name>
        <message>
            <source>The request has no URL. Give it the DCS address in the collection and import again.</source>
            <translation>La solicitud no tiene URL. Indique la dirección del DCS en la colección e impórtela de nuevo.</translation>
        </message>
        <message>
            <source>The %1 body was not imported: the DCS reads key=value pairs only (a form body or the query). Add the values as signals in the console.</source>
            <translation>El cuerpo %1 no se ha importado: el DCS solo lee pares clave=valor (un cuerpo de formulario o la consulta de la URL). Añada los valores como señales en la consola.</translation>
        </message>
        <message>
            <source>The URL cannot be read: %1 Correct it in the collection and import again.</source>
            <translation>La URL no se puede leer: %1 Corríjala en la colección e impórtela de nuevo.</translation>
        </message>
        <message>
            <source>Not a DCS call: it goes to %1%2, which is not an Audience Manager DCS address (a demdex.net host with /event, /ibs, /id or /demoptout.jpg). Nothing to do if it belongs to another API; to import it, point its URL at the DCS.</source>
            <translation>No es una llamada al DCS: va a %1%2, que no es una dirección del DCS de Audience Manager (un host demdex.net con /event, /ibs, /id o /demoptout.jpg). No hay nada que hacer si pertenece a otra API; para importarla, dirija su URL al DCS.</translation>
        </message>
        <message>
            <source>%1 (alias %2)</source>
            <translation>%1 (alias %2)</translation>
        </message>
        <message>
            <source>The body of this GET request is sent in the query, where the DCS reads a GET call's pairs.</source>
            <translation>El cuerpo de esta solicitud GET se envía en la consulta de la URL, donde el DCS lee los pares de una llamada GET.</translation>
        </message>
        <message>
            <source>The disabled header(s) %1 are set by DCS Desk and were left out.</source>
            <translation>Se han omitido las cabeceras desactivadas %1: las establece DCS Desk.</translation>
        </message>
        <message>
            <source>Imported request</source>
            <translation>Solicitud importada</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The request has no name in the collection; it is saved as “%1”.</source>
            <translation>La solicitud no tiene nombre en la colección; se guarda como «%1».</translation>
        </message>
        <message>
            <source>Saved as “%1”: a saved request named “%2” exists already in the workspace or earlier in this import. Rename either one if you like.</source>
            <translation>Guardada como «%1»: ya existe una solicitud guardada llamada «%2» en el espacio de trabajo o antes en esta importación. Cambie el nombre de una de ellas si lo desea.</translation>
        </message>
        <message>
            <source>The requests went to %1. A saved request holds no address: it is sent where the console's profile says (alias, region or base URL). Choose or add a profile for these calls.</source>
            <translation>Las solicitudes iban a %1. Una solicitud guardada no contiene dirección: se envía adonde indique el perfil de la consola (alias, región o URL base). Elija o añada un perfil para estas llamadas.</translation>
        </message>
        <message>
            <source>The requests use the variables %1, kept as written. Define them in an environment (Console › Environments) before sending.</source>
            <translation>Las solicitudes usan las variables %1, conservadas tal cual. Defínalas en un entorno (Consola › Entornos) antes de enviar.</translation>
        </message>
        <message>
            <source>The collection gives values to %1; the values are not imported. Add them to an environment if the requests need them.</source>
            <translation>La colección define valores para %1; esos valores no se importan. Añádalos a un entorno si las solicitudes los necesitan.</translation>
        </message>
        <message>
            <source>%1 imported, %2 imported with changes, %3 skipped</source>
            <translation>%1 importadas, %2 importadas con cambios, %3 omitidas</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>Imported with changes</source>
            <translation>Importada con cambios</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitida</translation>
        </message>
        <message>
            <source>Folder “%1” holds no DCS request: it is created empty, so the collection keeps its folders. Delete it in the Saved requests pane if you do not need it.</source>
            <translation>La carpeta «%1» no contiene ninguna solicitud al DCS: se crea vacía para que la colección conserve sus carpetas. Elimínela en el panel de solicitudes guardadas si no la necesita.</translation>
        </message>
    </context>
    <context>
        <name>CookieCommand</name>
        <message>
            <source>Decode Audience Manager cookies: demdex, dextp, dst and AMCV.</source>
            <translation>Decodificar cookies de Audience Manager: demdex, dextp, dst y AMCV.</translation>
        </message>
        <message>
            <source>A Cookie header or name=value pairs separated by ;, or - for stdin.</source>
            <translation>Una cabecera Cookie o pares nombre=valor separados por ;, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>Judge expiry at this time (ISO 8601) instead of now.</source>
            <translation>Evaluar la caducidad en la fecha y hora indicadas (ISO 8601) en lugar de ahora.</translation>
        </message>
        <message>
            <source>cookie takes one Cookie header, or - for stdin.</source>
            <translation>cookie admite una cabecera Cookie, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time such as 2019-11-01T00:00:00Z, not “%1”.</source>
            <translation>--now admite una fecha y hora ISO 8601 como 2019-11-01T00:00:00Z, no «%1».</translation>
        </message>
        <message>
            <source>No cookies found: give them as name=value; name=value.</source>
            <translation>No se han encontrado cookies: indíquelas como nombre=valor; nombre=valor.</translation>
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
            <translation>fecha-hora</translation>
        </message>
    </context>
    <context>
        <name>CurlImport</name>
        <message>
            <source>The command cannot be read: %1</source>
            <translation>No se puede leer el comando: %1</translation>
        </message>
        <message>
            <source>The command is empty: paste a cURL command with a DCS URL.</source>
            <translation>El comando está vacío: pegue un comando cURL con una URL del DCS.</translation>
        </message>
        <message>
            <source>%1 %2 is not a “Name: value” header and was ignored.</source>
            <translation>%1 %2 no es una cabecera «Nombre: valor» y se ha ignorado.</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>La opción %1 necesita un valor.</translation>
        </message>
        <message>
            <source>%1 %2 reads a file, which DCS Desk cannot see; paste the data itself instead.</source>
            <translation>%1 %2 lee un archivo que DCS Desk no puede ver; pegue los datos en su lugar.</translation>
        </message>
        <message>
            <source>%1 %2 reads cookies from a file, which DCS Desk cannot see; give the cookies as name=value.</source>
            <translation>%1 %2 lee cookies de un archivo que DCS Desk no puede ver; indique las cookies como nombre=valor.</translation>
        </message>
        <message>
            <source>%1 sends a HEAD request; the DCS takes GET or POST, so the call is imported as GET.</source>
            <translation>%1 envía una solicitud HEAD; el DCS acepta GET o POST, así que la llamada se importa como GET.</translation>
        </message>
        <message>
            <source>%1 (follow redirects) is not used: DCS Desk shows a redirect instead of following it.</source>
            <translation>%1 (seguir redirecciones) no se usa: DCS Desk muestra una redirección en lugar de seguirla.</translation>
        </message>
        <message>
            <source>%1 (ignore TLS errors) is not used: DCS Desk shows TLS errors and never ignores them.</source>
            <translation>%1 (ignorar errores TLS) no se usa: DCS Desk muestra los errores TLS y nunca los ignora.</translation>
        </message>
        <message>
            <source>%1 %2 only changes how curl runs and is not part of the request; it was ignored.</source>
            <translation>%1 %2 solo cambia cómo se ejecuta curl y no forma parte de la solicitud; se ha ignorado.</translation>
        </message>
        <message>
            <source>No URL found: the command needs the DCS address, such as https://usw2.demdex.net/event?d_rtbd=json</source>
            <translation>No se ha encontrado ninguna URL: el comando necesita la dirección del DCS, como https://usw2.demdex.net/event?d_rtbd=json</translation>
        </message>
        <message>
            <source>Only the first URL is imported; the others are listed as not imported.</source>
            <translation>Solo se importa la primera URL; las demás se listan como no importadas.</translation>
        </message>
        <message>
            <source>The URL has no scheme; %1 is assumed.</source>
            <translation>La URL no tiene esquema; se supone %1.</translation>
        </message>
        <message>
            <source>“%1” is not an http:// or https:// URL.</source>
            <translation>«%1» no es una URL http:// ni https://.</translation>
        </message>
        <message>
            <source>The DCS takes GET or POST; the %1 request is imported as GET.</source>
            <translation>El DCS acepta GET o POST; la solicitud %1 se importa como GET.</translation>
        </message>
        <message>
            <source>The URL's query and the POST body are merged; DCS Desk sends all pairs in the body.</source>
            <translation>La consulta de la URL y el cuerpo POST se combinan; DCS Desk envía todos los pares en el cuerpo.</translation>
        </message>
        <message>
            <source>Content-Type %1 is replaced by application/x-www-form-urlencoded, the only body the DCS reads.</source>
            <translation>El Content-Type %1 se sustituye por application/x-www-form-urlencoded, el único tipo de cuerpo que lee el DCS.</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk and was left out.</source>
            <translation>La cabecera %1 la establece DCS Desk y se ha omitido.</translation>
        </message>
        <message>
            <source>The URL uses the alias as host name (browser style). For a server-to-server call choose the DCS region the user belongs to.</source>
            <translation>La URL usa el alias como nombre de host (estilo navegador). Para una llamada de servidor a servidor, elija la región del DCS a la que pertenece el usuario.</translation>
        </message>
        <message>
            <source>The Host header “%1” is not &lt;alias&gt;.demdex.net; it is kept as the alias, check it in the profile.</source>
            <translation>La cabecera Host «%1» no es &lt;alias&gt;.demdex.net; se conserva como alias, compruébelo en el perfil.</translation>
        </message>
        <message>
            <source>The call contains a % that is not followed by two hex digits: the DCS ignores such a request (error 311). The value is kept as given.</source>
            <translation>La llamada contiene un % que no va seguido de dos dígitos hexadecimales: el DCS ignora una solicitud así (error 311). El valor se conserva tal cual.</translation>
        </message>
        <message>
            <source>Kept exactly as pasted (“As typed”), because DCS Desk would encode the same values with other bytes: %1.</source>
            <translation>Se conservan exactamente como se han pegado («Tal cual»), porque DCS Desk codificaría los mismos valores con otros bytes: %1.</translation>
        </message>
        <message>
            <source>%1 starts another request; only the first was imported.</source>
            <translation>%1 inicia otra solicitud; solo se ha importado la primera.</translation>
        </message>
        <message>
            <source>%1 is not a curl option; it was ignored.</source>
            <translation>%1 no es una opción de curl; se ha ignorado.</translation>
        </message>
        <message>
            <source>The body “%1” is JSON, not the key=value pairs the DCS reads; it was not imported, so the call is sent without it.</source>
            <translation>El cuerpo «%1» es JSON, no los pares clave=valor que lee el DCS; no se ha importado, así que la llamada se envía sin él.</translation>
        </message>
        <message numerus="yes">
            <source>In the body, %1 has no “=”: it is sent as a key with an empty value (“%2=”).</source>
            <translation>
                <numerusform>En el cuerpo, %1 no tiene «=»: se envía como clave con valor vacío («%2=»).</numerusform>
                <numerusform>En el cuerpo, %1 no tienen «=»: se envían como claves con valor vacío («%2=»).</numerusform>
            </translation>
        </message>
        <message>
            <source>Content-Type is sent as %1, without “%2”.</source>
            <translation>Content-Type se envía como %1, sin «%2».</translation>
        </message>
        <message>
            <source>curl would send User-Agent: curl/…; DCS Desk sends its own User-Agent. Add a User-Agent header to send another.</source>
            <translation>curl enviaría User-Agent: curl/…; DCS Desk envía su propio User-Agent. Añada una cabecera User-Agent para enviar otro.</translation>
        </message>
        <message>
            <source>curl would also send Accept: */*; DCS Desk sends no Accept header unless you add one.</source>
            <translation>curl también enviaría Accept: */*; DCS Desk no envía ninguna cabecera Accept a menos que usted la añada.</translation>
        </message>
        <message>
            <source>%1 is not used: DCS Desk uses HTTP/1.1 so that the Host header reaches the DCS as given.</source>
            <translation>%1 no se usa: DCS Desk se comunica por HTTP/1.1 para que la cabecera Host llegue al DCS tal cual.</translation>
        </message>
    </context>
    <context>
        <name>CurlImportCommand</name>
        <message>
            <source>Read a cURL command (as pasted, or - for stdin) and show the DCS call it makes.</source>
            <translation>Leer un comando cURL (tal como se pega, o - para la entrada estándar) y mostrar la llamada al DCS que genera.</translation>
        </message>
        <message>
            <source>The cURL command in one argument (quote it), or - for stdin.</source>
            <translation>El comando cURL en un solo argumento (entre comillas), o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>curl-import takes the cURL command in quotes, or - for stdin.</source>
            <translation>curl-import admite el comando cURL entre comillas, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>Alias: %1</source>
            <translation>Alias: %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Base URL: %1</source>
            <translation>URL base: %1</translation>
        </message>
        <message>
            <source>Region: %1</source>
            <translation>Región: %1</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Save it with --json &gt; request.json and send it with “%1 send --from-json request.json”.</source>
            <translation>Guárdela con --json &gt; request.json y envíela con «%1 send --from-json request.json».</translation>
        </message>
        <message>
            <source>command</source>
            <translation>comando</translation>
        </message>
        <message>
            <source>COMMAND|-</source>
            <translation>COMANDO|-</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Opciones no importadas:</translation>
        </message>
    </context>
    <context>
        <name>DcsEndpointChecker</name>
        <message>
            <source>An ID sync carries its pairs in the URL after /ibs:, so it cannot be sent as POST. Switch the method to GET.</source>
            <translation>Una sincronización de ID lleva sus pares en la URL después de /ibs:, así que no se puede enviar como POST. Cambie el método a GET.</translation>
        </message>
        <message>
            <source>Adobe documents %1 as a GET call only; POST may be ignored. Switch the method to GET.</source>
            <translation>Adobe documenta %1 solo como llamada GET; puede que POST se ignore. Cambie el método a GET.</translation>
        </message>
        <message>
            <source>%1 is read only by /event calls; %2 ignores it. Remove it, or send it to /event.</source>
            <translation>%1 solo lo leen las llamadas /event; %2 lo ignora. Quítelo o envíelo a /event.</translation>
        </message>
        <message>
            <source>An opt-out names the ID to opt out, and this call has none. Set a user ID (d_uuid, or d_mid with d_orgid) or add a declared ID (d_cid or d_cid_ic).</source>
            <translation>Una exclusión voluntaria indica el ID que se excluye, y esta llamada no tiene ninguno. Defina un ID de usuario (d_uuid, o d_mid con d_orgid) o añada un ID declarado (d_cid o d_cid_ic).</translation>
        </message>
        <message>
            <source>An ID sync needs the vendor's data source ID and user ID: add the signals dpid=&lt;VENDOR_ID&gt; and dpuuid=&lt;VENDOR_UUID&gt;, or a declared ID (d_cid).</source>
            <translation>Una sincronización de ID necesita el ID de fuente de datos y el ID de usuario del proveedor: añada las señales dpid=&lt;VENDOR_ID&gt; y dpuuid=&lt;VENDOR_UUID&gt;, o un ID declarado (d_cid).</translation>
        </message>
        <message>
            <source>dpid is the data source ID Audience Manager assigned to the vendor, a number, not “%1”.</source>
            <translation>dpid es el ID de fuente de datos que Audience Manager asignó al proveedor, un número, no «%1».</translation>
        </message>
        <message>
            <source>The redir URL has no %1, so the partner gets no AAM UUID back. Put %1 where the partner expects the ID, for example https://partner.example/sync?aam=%1.</source>
            <translation>La URL de redir no tiene %1, así que el socio no recibe de vuelta ningún UUID de AAM. Ponga %1 donde el socio espera el ID, por ejemplo https://partner.example/sync?aam=%1.</translation>
        </message>
        <message>
            <source>redir is “%1”, not an http:// or https:// address; the DCS redirects the browser there.</source>
            <translation>redir es «%1», no una dirección http:// ni https://; el DCS redirige allí al navegador.</translation>
        </message>
        <message>
            <source>The ID service answers an Experience Cloud ID (d_mid) for an org (d_orgid). Send d_mid with d_orgid, or a declared ID, rather than d_uuid.</source>
            <translation>El servicio de ID responde con un ID de Experience Cloud (d_mid) para una organización (d_orgid). Envíe d_mid con d_orgid, o un ID declarado, en lugar de d_uuid.</translation>
        </message>
        <message>
            <source>Adobe documents the DCS paths /event, /ibs, /id and /demoptout.jpg; %1 is none of them, so the answer may be anything. Choose one of them unless you are testing another server.</source>
            <translation>Adobe documenta las rutas del DCS /event, /ibs, /id y /demoptout.jpg; %1 no es ninguna de ellas, así que la respuesta puede ser cualquier cosa. Elija una de ellas, salvo que esté probando otro servidor.</translation>
        </message>
        <message>
            <source>%2 not sent: %1 does not read them, only /event does. Choose /event as the endpoint to send them.</source>
            <translation>%2: no se envían, porque %1 no los lee; solo /event los lee. Elija /event como punto de conexión para enviarlos.</translation>
        </message>
    </context>
    <context>
        <name>DcsErrorCatalog</name>
        <message>
            <source>Unspecified error</source>
            <translation>Error no especificado</translation>
        </message>
        <message>
            <source>A catch-all error. Retry the call; if it keeps failing, contact Adobe.</source>
            <translation>Un error genérico. Repita la llamada; si sigue fallando, contacte con Adobe.</translation>
        </message>
        <message>
            <source>Could not find config for hostname: &lt;hostname&gt;</source>
            <translation>No se encontró la configuración del nombre de host: &lt;nombre de host&gt;</translation>
        </message>
        <message>
            <source>The host name in the Host header is not provisioned. Check the domain alias.</source>
            <translation>El nombre de host de la cabecera Host no está aprovisionado. Compruebe el alias de dominio.</translation>
        </message>
        <message>
            <source>Invalid d_orgid value (could not find a config for this org id): &lt;ID&gt;</source>
            <translation>Valor de d_orgid no válido (no se encontró configuración para este ID de organización): &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The IMS Org ID in d_orgid is wrong. Check it; it ends in @AdobeOrg.</source>
            <translation>El ID de organización IMS de d_orgid es incorrecto. Compruébelo; termina en @AdobeOrg.</translation>
        </message>
        <message>
            <source>Unable to evaluate traits</source>
            <translation>No se pudieron evaluar los rasgos</translation>
        </message>
        <message>
            <source>The traits of this call were evaluated only partly or not at all.</source>
            <translation>Los rasgos de esta llamada se evaluaron solo en parte o no se evaluaron.</translation>
        </message>
        <message>
            <source>Could not retrieve host name for the request</source>
            <translation>No se pudo obtener el nombre de host de la solicitud</translation>
        </message>
        <message>
            <source>The request has no Host header. Set the domain alias in the profile.</source>
            <translation>La solicitud no tiene cabecera Host. Defina el alias de dominio en el perfil.</translation>
        </message>
        <message>
            <source>Invalid Experience Cloud id passed in &lt;ID&gt;</source>
            <translation>Se ha pasado un ID de Experience Cloud no válido: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_mid value is not a valid Experience Cloud ID.</source>
            <translation>El valor de d_mid no es un ID de Experience Cloud válido.</translation>
        </message>
        <message>
            <source>Invalid AAM ID passed in request &lt;ID&gt;</source>
            <translation>Se ha pasado un ID de AAM no válido en la solicitud: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The d_uuid value is not a valid AAM UUID (38 digits).</source>
            <translation>El valor de d_uuid no es un UUID de AAM válido (38 dígitos).</translation>
        </message>
        <message>
            <source>All customer IDs are invalid</source>
            <translation>Ningún ID de cliente es válido</translation>
        </message>
        <message>
            <source>None of the declared IDs (d_cid, d_cid_ic) in the call is valid.</source>
            <translation>Ninguno de los ID declarados (d_cid, d_cid_ic) de la llamada es válido.</translation>
        </message>
        <message>
            <source>Referer &lt;HTTP referer&gt; is not allowed for partner &lt;Partner ID&gt;</source>
            <translation>El referer &lt;referer HTTP&gt; no está permitido para el socio &lt;ID de socio&gt;</translation>
        </message>
        <message>
            <source>The HTTP referer of the call is not allowed for this partner.</source>
            <translation>El referer HTTP de la llamada no está permitido para este socio.</translation>
        </message>
        <message>
            <source>Invalid IMS token received</source>
            <translation>Se recibió un token IMS no válido</translation>
        </message>
        <message>
            <source>Audience Manager–Target integration: the IMS token is invalid, expired or not authorized.</source>
            <translation>Integración Audience Manager–Target: el token IMS no es válido, ha caducado o no está autorizado.</translation>
        </message>
        <message>
            <source>Encountered opt out tag for id &lt;ID&gt;</source>
            <translation>Se encontró una marca de exclusión voluntaria para el ID &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The user has opted out; the DCS does not process the call and returns no UUID.</source>
            <translation>El usuario se ha excluido; el DCS no procesa la llamada y no devuelve ningún UUID.</translation>
        </message>
        <message>
            <source>Blocked cookies</source>
            <translation>Cookies bloqueadas</translation>
        </message>
        <message>
            <source>The browser blocks third-party cookies; the call is not processed.</source>
            <translation>El navegador bloquea las cookies de terceros; la llamada no se procesa.</translation>
        </message>
        <message>
            <source>Encountered trust relationship via NAI</source>
            <translation>Se encontró una relación de confianza a través de NAI</translation>
        </message>
        <message>
            <source>The user opted out through the Network Advertising Initiative (NAI).</source>
            <translation>El usuario se ha excluido a través de la Network Advertising Initiative (NAI).</translation>
        </message>
        <message>
            <source>Requests from this country are blocked by partner</source>
            <translation>El socio bloquea las solicitudes de este país</translation>
        </message>
        <message>
            <source>The partner blocks calls from the user's country (by IP address).</source>
            <translation>El socio bloquea las llamadas del país del usuario (por dirección IP).</translation>
        </message>
        <message>
            <source>Requests from this country are not allowed</source>
            <translation>No se permiten solicitudes de este país</translation>
        </message>
        <message>
            <source>Calls from Cuba, Iran, North Korea, Sudan and Syria are not processed.</source>
            <translation>No se procesan las llamadas de Cuba, Irán, Corea del Norte, Sudán y Siria.</translation>
        </message>
        <message>
            <source>Cannot read traits from profile cache for id: &lt;ID&gt;</source>
            <translation>No se pueden leer los rasgos de la caché de perfiles para el ID: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The user's profile could not be read, so earlier traits were not used.</source>
            <translation>No se pudo leer el perfil del usuario, así que no se usaron los rasgos anteriores.</translation>
        </message>
        <message>
            <source>Cannot read device ids from profile cache for customer id: &lt;ID&gt;</source>
            <translation>No se pueden leer los ID de dispositivo de la caché de perfiles para el ID de cliente: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device IDs linked to the customer ID could not be read (Profile Link merge rule).</source>
            <translation>No se pudieron leer los ID de dispositivo vinculados al ID de cliente (regla de combinación Profile Link).</translation>
        </message>
        <message>
            <source>Cannot read related customer for device id: &lt;ID&gt;</source>
            <translation>No se puede leer el cliente relacionado para el ID de dispositivo: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The customer linked to the device could not be read (Last Authenticated merge rule).</source>
            <translation>No se pudo leer el cliente vinculado al dispositivo (regla de combinación Last Authenticated).</translation>
        </message>
        <message>
            <source>Cannot read device cluster for id: &lt;ID&gt;</source>
            <translation>No se puede leer el clúster de dispositivos para el ID: &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device graph cluster of the user is not available.</source>
            <translation>El clúster del gráfico de dispositivos del usuario no está disponible.</translation>
        </message>
        <message>
            <source>Could not perform migration since profile read failed for primary device</source>
            <translation>No se pudo realizar la migración porque falló la lectura del perfil del dispositivo principal</translation>
        </message>
        <message>
            <source>A profile migration failed because the primary device's profile could not be read (profile cache scalability).</source>
            <translation>Una migración de perfil falló porque no se pudo leer el perfil del dispositivo principal (escalabilidad de la caché de perfiles).</translation>
        </message>
        <message>
            <source>Could not perform migration from &lt;ID&gt; to &lt;ID&gt;, because profile read failed for &lt;ID&gt;</source>
            <translation>No se pudo realizar la migración de &lt;ID&gt; a &lt;ID&gt; porque falló la lectura del perfil de &lt;ID&gt;</translation>
        </message>
        <message>
            <source>A profile migration between two IDs failed because a profile could not be read (profile cache scalability).</source>
            <translation>Una migración de perfil entre dos ID falló porque no se pudo leer un perfil (escalabilidad de la caché de perfiles).</translation>
        </message>
        <message>
            <source>Invalid customer id &lt;ID&gt;</source>
            <translation>ID de cliente no válido &lt;ID&gt;</translation>
        </message>
        <message>
            <source>A declared customer ID is missing or invalid: an unknown data source or integration code, a blank ID, a blocked ID, or a data source the account does not own.</source>
            <translation>Falta un ID de cliente declarado o no es válido: una fuente de datos o un código de integración desconocidos, un ID vacío, un ID bloqueado o una fuente de datos que no pertenece a la cuenta.</translation>
        </message>
        <message>
            <source>Maximum number of customer ids exceeded. Maximum allowed is &lt;max&gt;. Found is &lt;found&gt;.</source>
            <translation>Se superó el número máximo de ID de cliente. El máximo permitido es &lt;max&gt;. Encontrados: &lt;found&gt;.</translation>
        </message>
        <message>
            <source>More than 10 declared customer IDs in one call; the extra ones are dropped.</source>
            <translation>Más de 10 ID de cliente declarados en una llamada; los sobrantes se descartan.</translation>
        </message>
        <message>
            <source>Unauthorized customer id &lt;ID&gt;</source>
            <translation>ID de cliente no autorizado &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source of the declared ID does not belong to the organization.</source>
            <translation>La fuente de datos del ID declarado no pertenece a la organización.</translation>
        </message>
        <message>
            <source>Blocked customer id &lt;ID&gt;</source>
            <translation>ID de cliente bloqueado &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The customer ID is denylisted. Denylisted IDs cannot be removed from the denylist; never use this ID again.</source>
            <translation>El ID de cliente está en la lista de bloqueo. Los ID bloqueados no se pueden quitar de la lista; no vuelva a usar este ID.</translation>
        </message>
        <message>
            <source>Blocked datasource id &lt;ID&gt;</source>
            <translation>ID de fuente de datos bloqueado &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The data source is denylisted.</source>
            <translation>La fuente de datos está en la lista de bloqueo.</translation>
        </message>
        <message>
            <source>Blocked declared device id &lt;ID&gt;</source>
            <translation>ID de dispositivo declarado bloqueado &lt;ID&gt;</translation>
        </message>
        <message>
            <source>The device ID is denylisted because of an extreme call rate. Never use this ID again.</source>
            <translation>El ID de dispositivo está en la lista de bloqueo por una tasa de llamadas extrema. No vuelva a usar este ID.</translation>
        </message>
        <message>
            <source>Blocked profile operation for &lt;ID&gt;</source>
            <translation>Operación de perfil bloqueada para &lt;ID&gt;</translation>
        </message>
        <message>
            <source>Reading or writing this profile is denylisted. Never use this ID again.</source>
            <translation>La lectura o escritura de este perfil está bloqueada. No vuelva a usar este ID.</translation>
        </message>
        <message>
            <source>Customer id &lt;ID&gt; was discarded because it exceeded the limit of declared customer ids per request</source>
            <translation>Se descartó el ID de cliente &lt;ID&gt; porque superaba el límite de ID de cliente declarados por solicitud</translation>
        </message>
        <message>
            <source>A declared ID was dropped because the call has more than 10; the DCS reports this once per dropped ID.</source>
            <translation>Se descartó un ID declarado porque la llamada tiene más de 10; el DCS lo indica una vez por cada ID descartado.</translation>
        </message>
        <message>
            <source>Customer id was discarded because it exceeded the limit for a given namespace. Namespace id is &lt;ID&gt;, customer id is &lt;ID&gt;.</source>
            <translation>Se descartó el ID de cliente porque superaba el límite de un espacio de nombres. El ID del espacio de nombres es &lt;ID&gt;, el ID de cliente es &lt;ID&gt;.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for the same data source (namespace); the extra ones are dropped.</source>
            <translation>Más de 3 ID declarados para la misma fuente de datos (espacio de nombres); los sobrantes se descartan.</translation>
        </message>
        <message>
            <source>Request contains invalid parameters</source>
            <translation>La solicitud contiene parámetros no válidos</translation>
        </message>
        <message>
            <source>A parameter is badly encoded (for example a bare %); the DCS ignores the whole request. Percent-encode every key and value.</source>
            <translation>Un parámetro está mal codificado (por ejemplo, un % suelto); el DCS ignora toda la solicitud. Codifique con % cada clave y cada valor.</translation>
        </message>
        <message>
            <source>Request contains an invalid Global Device ID</source>
            <translation>La solicitud contiene un ID de dispositivo global no válido</translation>
        </message>
        <message>
            <source>A global device ID is invalid (for example an IDFA in lower case) and was ignored.</source>
            <translation>Un ID de dispositivo global no es válido (por ejemplo, un IDFA en minúsculas) y se ha ignorado.</translation>
        </message>
        <message>
            <source>CMP ID is not present in GCL</source>
            <translation>El ID de CMP no está en la GCL</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is not in the Global Vendor List; the consent string is discarded and ${GDPR} is 0.</source>
            <translation>La plataforma de consentimiento (CMP) de la cadena IAB TCF no está en la Global Vendor List; la cadena de consentimiento se descarta y ${GDPR} vale 0.</translation>
        </message>
        <message>
            <source>CMP ID is marked as deleted in GCL</source>
            <translation>El ID de CMP está marcado como eliminado en la GCL</translation>
        </message>
        <message>
            <source>The consent platform (CMP) of the IAB TCF string is marked as deleted; the consent string is discarded.</source>
            <translation>La plataforma de consentimiento (CMP) de la cadena IAB TCF está marcada como eliminada; la cadena de consentimiento se descarta.</translation>
        </message>
        <message>
            <source>Consent string indicates no consent</source>
            <translation>La cadena de consentimiento indica que no hay consentimiento</translation>
        </message>
        <message>
            <source>The IAB TCF consent string gives no consent; the user is opted out or the call is dropped.</source>
            <translation>La cadena de consentimiento IAB TCF no da consentimiento; el usuario queda excluido o la llamada se descarta.</translation>
        </message>
        <message>
            <source>System error</source>
            <translation>Error del sistema</translation>
        </message>
        <message>
            <source>Integration error</source>
            <translation>Error de integración</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Exclusión voluntaria</translation>
        </message>
        <message>
            <source>Profile retrieval error</source>
            <translation>Error al recuperar el perfil</translation>
        </message>
        <message>
            <source>Integration warning</source>
            <translation>Advertencia de integración</translation>
        </message>
        <message>
            <source>Undocumented code</source>
            <translation>Código no documentado</translation>
        </message>
        <message>
            <source>%1: not in the documented DCS error table (%2).</source>
            <translation>%1: no figura en la tabla de errores documentada del DCS (%2).</translation>
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
            <translation>La clave «%1» no está bien codificada con %; se conserva tal cual.</translation>
        </message>
        <message>
            <source>Removed the spaces around the key “%1”.</source>
            <translation>Se han quitado los espacios alrededor de la clave «%1».</translation>
        </message>
        <message>
            <source>%1=%2 is not &lt;ID&gt;%3&lt;user ID&gt;[%3&lt;auth state 0, 1 or 2&gt;]; it is kept as a signal.</source>
            <translation>%1=%2 no tiene la forma &lt;ID&gt;%3&lt;ID de usuario&gt;[%3&lt;estado de autenticación 0, 1 o 2&gt;]; se conserva como señal.</translation>
        </message>
        <message>
            <source>%1 appears more than once or has an unusual value; the extra one is kept as a signal.</source>
            <translation>%1 aparece más de una vez o tiene un valor inusual; el par adicional se conserva como señal.</translation>
        </message>
    </context>
    <context>
        <name>DcsRegion</name>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox local</translation>
        </message>
        <message>
            <source>Southeast Asia (Singapore)</source>
            <translation>Sudeste asiático (Singapur)</translation>
        </message>
        <message>
            <source>South America (São Paulo, Brazil)</source>
            <translation>Sudamérica (São Paulo, Brasil)</translation>
        </message>
        <message>
            <source>Europe (Dublin, Ireland)</source>
            <translation>Europa (Dublín, Irlanda)</translation>
        </message>
        <message>
            <source>US East (Virginia, USA)</source>
            <translation>EE. UU. Este (Virginia, EE. UU.)</translation>
        </message>
        <message>
            <source>South Pacific / Oceania (Sydney, Australia)</source>
            <translation>Pacífico Sur / Oceanía (Sídney, Australia)</translation>
        </message>
        <message>
            <source>US West (Oregon, USA)</source>
            <translation>EE. UU. Oeste (Oregón, EE. UU.)</translation>
        </message>
        <message>
            <source>Asia (Tokyo, Japan)</source>
            <translation>Asia (Tokio, Japón)</translation>
        </message>
        <message>
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <source>Unknown region %1</source>
            <translation>Región %1 desconocida</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>local sandbox</source>
            <comment>the region's name after a word, in lower case</comment>
            <translation>sandbox local</translation>
        </message>
    </context>
    <context>
        <name>DcsRequest</name>
        <message>
            <source>a text</source>
            <translation>un texto</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>%1 must be an object.</source>
            <translation>%1 debe ser un objeto.</translation>
        </message>
        <message>
            <source>“%1” in %2 must be %3.</source>
            <translation>«%1» en %2 debe ser %3.</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>la solicitud</translation>
        </message>
        <message>
            <source>Unknown method “%1”: use GET or POST.</source>
            <translation>Método desconocido «%1»: use GET o POST.</translation>
        </message>
        <message>
            <source>signal %1</source>
            <translation>la señal %1</translation>
        </message>
        <message>
            <source>declared ID %1</source>
            <translation>el ID declarado %1</translation>
        </message>
        <message>
            <source>The auth state of %1 must be 0, 1 or 2.</source>
            <translation>En %1, el estado de autenticación debe ser 0, 1 o 2.</translation>
        </message>
        <message>
            <source>header %1</source>
            <translation>la cabecera %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestBuilder</name>
        <message>
            <source>The base URL “%1” is not an http:// or https:// address with a host name (and no query). Example: http://127.0.0.1:8080</source>
            <translation>La URL base «%1» no es una dirección http:// o https:// con nombre de host (y sin consulta). Ejemplo: http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The local sandbox is not running, so there is nowhere to send this request. Start the sandbox, or choose a DCS region or a base URL.</source>
            <translation>El sandbox local no está en marcha, así que no hay adónde enviar esta solicitud. Inicie el sandbox o elija una región del DCS o una URL base.</translation>
        </message>
        <message>
            <source>DCS region %1 is not a documented region. Choose one of 3, 4, 6, 7, 8, 9, 11 or 12, or give a base URL.</source>
            <translation>La región del DCS %1 no es una región documentada. Elija 3, 4, 6, 7, 8, 9, 11 o 12, o indique una URL base.</translation>
        </message>
        <message>
            <source>The path “%1” must start with / and contain no spaces, control characters, ? or #. The DCS event path is /event.</source>
            <translation>La ruta «%1» debe empezar por / y no contener espacios, caracteres de control, ? ni #. La ruta de eventos del DCS es /event.</translation>
        </message>
        <message>
            <source>These parts do not make a valid URL: %1</source>
            <translation>Estas partes no forman una URL válida: %1</translation>
        </message>
    </context>
    <context>
        <name>DcsRequestChecker</name>
        <message>
            <source>The header has no name.</source>
            <translation>La cabecera no tiene nombre.</translation>
        </message>
        <message>
            <source>The header name “%1” may only contain letters, digits and !#$%&amp;'*+.^_`|~- (no spaces, colons or control characters).</source>
            <translation>El nombre de cabecera «%1» solo puede contener letras, dígitos y !#$%&amp;'*+.^_`|~- (sin espacios, dos puntos ni caracteres de control).</translation>
        </message>
        <message>
            <source>It contains a line break, which would start a new header or end the request early. It is refused and never sent.</source>
            <translation>Contiene un salto de línea, que iniciaría una nueva cabecera o terminaría la solicitud antes de tiempo. Se rechaza y nunca se envía.</translation>
        </message>
        <message>
            <source>It contains the control character U+%1, which is not allowed in an HTTP header. It is refused and never sent.</source>
            <translation>Contiene el carácter de control U+%1, que no está permitido en una cabecera HTTP. Se rechaza y nunca se envía.</translation>
        </message>
        <message>
            <source>No domain alias: the request goes out without a Host header of the form &lt;alias&gt;.demdex.net, and the DCS answers error 100. Set the alias in the profile.</source>
            <translation>Sin alias de dominio: la solicitud sale sin una cabecera Host de la forma &lt;alias&gt;.demdex.net y el DCS responde con el error 100. Defina el alias en el perfil.</translation>
        </message>
        <message>
            <source>Give only the alias “%1”, not the whole host name “%2”: DCS Desk adds .demdex.net itself.</source>
            <translation>Indique solo el alias «%1», no el nombre de host completo «%2»: DCS Desk añade .demdex.net por sí mismo.</translation>
        </message>
        <message>
            <source>The alias “%1” is not a host name label (letters, digits, - and _, no dots or spaces), so it cannot go into the Host header. The request is refused.</source>
            <translation>El alias «%1» no es una etiqueta de nombre de host (letras, dígitos, - y _, sin puntos ni espacios), así que no puede ir en la cabecera Host. La solicitud se rechaza.</translation>
        </message>
        <message>
            <source>The alias cannot go into the Host header: %1</source>
            <translation>El alias no puede ir en la cabecera Host: %1</translation>
        </message>
        <message>
            <source>Header “%1”: %2</source>
            <translation>Cabecera «%1»: %2</translation>
        </message>
        <message>
            <source>The %1 header is set by DCS Desk (the Host header comes from the alias) and this one is not sent.</source>
            <translation>La cabecera %1 la establece DCS Desk (la cabecera Host sale del alias) y esta no se envía.</translation>
        </message>
        <message>
            <source>The URL is %1 bytes, over the DCS limit of 8K (8,192 bytes) for GET. Send it as POST (limit 32K) or remove signals.</source>
            <translation>La URL tiene %1 bytes, por encima del límite del DCS de 8K (8.192 bytes) para GET. Envíela como POST (límite 32K) o quite señales.</translation>
        </message>
        <message>
            <source>The body is %1 bytes, over the DCS limit of 32K (32,768 bytes) for POST. Remove signals or split the call.</source>
            <translation>El cuerpo tiene %1 bytes, por encima del límite del DCS de 32K (32.768 bytes) para POST. Quite señales o divida la llamada.</translation>
        </message>
        <message>
            <source>No user ID: a server-to-server call needs d_uuid (the AAM UUID) or d_mid (the Experience Cloud ID), or the DCS treats the call as a new visitor.</source>
            <translation>Sin ID de usuario: una llamada de servidor a servidor necesita d_uuid (el UUID de AAM) o d_mid (el ID de Experience Cloud); si no, el DCS trata la llamada como un visitante nuevo.</translation>
        </message>
        <message>
            <source>“%1” does not look like an AAM UUID (38 digits). The DCS answers error 102 for an invalid d_uuid.</source>
            <translation>«%1» no parece un UUID de AAM (38 dígitos). El DCS responde con el error 102 a un d_uuid no válido.</translation>
        </message>
        <message>
            <source>“%1” does not look like an Experience Cloud ID (38 digits). The DCS answers error 101 for an invalid d_mid.</source>
            <translation>«%1» no parece un ID de Experience Cloud (38 dígitos). El DCS responde con el error 101 a un d_mid no válido.</translation>
        </message>
        <message>
            <source>d_mid goes with d_orgid, the IMS Org ID (for example 5DC5123F5245B1D20A490D46@AdobeOrg).</source>
            <translation>d_mid va con d_orgid, el ID de organización IMS (por ejemplo, 5DC5123F5245B1D20A490D46@AdobeOrg).</translation>
        </message>
        <message>
            <source>The org ID “%1” does not end in @AdobeOrg. The DCS answers error 2 for an org ID it does not know.</source>
            <translation>El ID de organización «%1» no termina en @AdobeOrg. El DCS responde con el error 2 a un ID de organización que no conoce.</translation>
        </message>
        <message>
            <source>d_jsonv=0 disables ID syncs.</source>
            <translation>d_jsonv=0 desactiva las sincronizaciones de ID.</translation>
        </message>
        <message>
            <source>d_jsonv is normally 1 (0 disables ID syncs); “%1” is not documented.</source>
            <translation>d_jsonv suele ser 1 (0 desactiva las sincronizaciones de ID); «%1» no está documentado.</translation>
        </message>
        <message>
            <source>d_cts must be 1 (legacy segment IDs) or 2 (segment IDs), not %1.</source>
            <translation>d_cts debe ser 1 (ID de segmento heredados) o 2 (ID de segmento), no %1.</translation>
        </message>
        <message>
            <source>The callback “%1” is not a JavaScript function name; the JSONP answer could not be called.</source>
            <translation>El callback «%1» no es un nombre de función de JavaScript válido; no se podría llamar a la respuesta JSONP.</translation>
        </message>
        <message>
            <source>d_ptfm is one of ios, android, browser or all, not “%1”.</source>
            <translation>d_ptfm debe ser ios, android, browser o all, no «%1».</translation>
        </message>
        <message>
            <source>d_sid takes trait or segment IDs separated by commas, such as 1234,5678.</source>
            <translation>d_sid admite ID de rasgos o segmentos separados por comas, como 1234,5678.</translation>
        </message>
        <message>
            <source>d_tdpid takes one data source ID (a number).</source>
            <translation>d_tdpid admite un ID de fuente de datos (un número).</translation>
        </message>
        <message>
            <source>Declared ID %1 needs both a %2 and a user ID; the DCS answers error 300 (invalid customer ID).</source>
            <translation>El ID declarado %1 necesita un %2 y un ID de usuario; el DCS responde con el error 300 (ID de cliente no válido).</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>código de integración</translation>
        </message>
        <message>
            <source>data source ID</source>
            <translation>ID de fuente de datos</translation>
        </message>
        <message>
            <source>d_cid takes a numeric data source ID, not “%1”; use d_cid_ic for an integration code.</source>
            <translation>d_cid admite un ID numérico de fuente de datos, no «%1»; use d_cid_ic para un código de integración.</translation>
        </message>
        <message>
            <source>More than 3 declared IDs for data source %1: the DCS drops the extra ones with error 310.</source>
            <translation>Más de 3 ID declarados para la fuente de datos %1: el DCS descarta los sobrantes con el error 310.</translation>
        </message>
        <message>
            <source>IDFA values (DSID_20915) must be upper case, such as %1; the DCS ignores this one with error 312.</source>
            <translation>Los valores IDFA (DSID_20915) deben ir en mayúsculas, como %1; el DCS ignora este valor con el error 312.</translation>
        </message>
        <message>
            <source>An IDFA has the form 8-4-4-4-12 hexadecimal digits; the DCS ignores an invalid global device ID with error 312.</source>
            <translation>Un IDFA tiene el formato 8-4-4-4-12 (dígitos hexadecimales); el DCS ignora un ID de dispositivo global no válido con el error 312.</translation>
        </message>
        <message>
            <source>IDs of global data source %1 (such as GAID 20914) are lower case; the DCS may ignore this one with error 312.</source>
            <translation>Los ID de la fuente de datos global %1 (como GAID 20914) van en minúsculas; el DCS puede ignorar este ID con el error 312.</translation>
        </message>
        <message>
            <source>Signal %1 has a value but no key.</source>
            <translation>La señal %1 tiene un valor, pero no una clave.</translation>
        </message>
        <message>
            <source>%1 has its own field in the request; as a signal it may be sent twice.</source>
            <translation>%1 tiene su propio campo en la solicitud; como señal podría enviarse dos veces.</translation>
        </message>
        <message>
            <source>Enter %1 as a declared ID, so it is encoded with %2 and counted against the limits.</source>
            <translation>Introduzca %1 como ID declarado, para que se codifique con %2 y cuente para los límites.</translation>
        </message>
        <message>
            <source>%1 is deprecated; declare IDs with d_cid or d_cid_ic.</source>
            <translation>%1 está obsoleto; declare los ID con d_cid o d_cid_ic.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits. The DCS would ignore the whole request (error 311), and a URL cannot carry it as is: write it as %25, or send the call as POST to see error 311.</source>
            <translation>%1 contiene un % que no va seguido de dos dígitos hexadecimales. El DCS ignoraría toda la solicitud (error 311) y una URL no puede llevarlo tal cual: escríbalo como %25, o envíe la llamada como POST para ver el error 311.</translation>
        </message>
        <message>
            <source>%1 contains a % that is not followed by two hex digits: the DCS ignores the whole request (error 311). Write it as %25.</source>
            <translation>%1 contiene un % que no va seguido de dos dígitos hexadecimales: el DCS ignora toda la solicitud (error 311). Escríbalo como %25.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); they are encoded when sent.</source>
            <translation>%1 está marcado como ya codificado, pero contiene caracteres que deben codificarse con % (%2); se codifican al enviar.</translation>
        </message>
        <message>
            <source>%1 is marked as already encoded but contains characters that must be percent-encoded (%2); the DCS may ignore the request (error 311).</source>
            <translation>%1 está marcado como ya codificado, pero contiene caracteres que deben codificarse con % (%2); el DCS puede ignorar la solicitud (error 311).</translation>
        </message>
        <message>
            <source>Header “%1” has characters outside ASCII: they are sent as UTF-8 bytes, as curl sends what is typed. HTTP servers take them as opaque bytes; some expect ASCII only.</source>
            <translation>La cabecera «%1» tiene caracteres fuera de ASCII: se envían como bytes UTF-8, igual que curl envía lo que se escribe. Los servidores HTTP los toman como bytes opacos; algunos solo esperan ASCII.</translation>
        </message>
        <message>
            <source>The value of %1 already looks percent-encoded (“%2”); it will be encoded again (%25…). To send it as typed, mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>El valor de %1 ya parece codificado con % («%2»); se codificará de nuevo (%25…). Para enviarlo tal como se escribió, márquelo como ya codificado: «Tal cual» en la consola, --raw-signal en dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The % in the value of %1 (“%2”) is sent encoded, as %25, so the DCS reads a literal %. To send it as typed (a lone % makes the DCS answer error 311), mark it as already encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.</source>
            <translation>El % del valor de %1 («%2») se envía codificado, como %25, así que el DCS lee un % literal. Para enviarlo tal como se escribió (un % suelto hace que el DCS responda con el error 311), márquelo como ya codificado: «Tal cual» en la consola, --raw-signal en dcsdesk-cli.</translation>
        </message>
        <message>
            <source>The value of the %1 header is “[not stored]”, the history's placeholder for a credential. Type it again or remove the header.</source>
            <translation>El valor de la cabecera %1 es «[not stored]», el marcador de posición del historial para una credencial. Escríbalo de nuevo o quite la cabecera.</translation>
        </message>
        <message>
            <source>The value of %1 is “[private]”, the history's placeholder: the real value was not stored. Type it again.</source>
            <translation>El valor de %1 es «[private]», el marcador de posición del historial: el valor real no se guardó. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>The profile's pinned server key “%1” is not of the form sha256//BASE64. The request is refused; fix or clear it in Manage profiles.</source>
            <translation>La clave de servidor fijada en el perfil, «%1», no tiene la forma sha256//BASE64. La solicitud se rechaza; corríjala o bórrela en Gestionar perfiles.</translation>
        </message>
        <message>
            <source>The profile's default header “%1”: %2 Fix or remove it in Manage profiles.</source>
            <translation>La cabecera predeterminada «%1» del perfil: %2 Corríjala o quítela en Gestionar perfiles.</translation>
        </message>
        <message>
            <source>The request's own %1 header replaces the profile's default (“%2”).</source>
            <translation>La cabecera %1 propia de la solicitud sustituye a la predeterminada del perfil («%2»).</translation>
        </message>
        <message>
            <source>d_rtbd=json is not set, so the answer carries no data: the DCS returns only a pixel.</source>
            <translation>d_rtbd=json no está definido, así que la respuesta no contiene datos: el DCS solo devuelve un píxel.</translation>
        </message>
        <message>
            <source>“%1” is not a valid trait key (letters, digits, dashes and underscores, not digits only), so no trait rule can match it.</source>
            <translation>«%1» no es una clave de rasgo válida (letras, dígitos, guiones y guiones bajos, no solo dígitos), así que ninguna regla de rasgo puede coincidir con ella.</translation>
        </message>
        <message numerus="yes">
            <source>%n declared ID(s): the DCS accepts at most 10 per call and drops the rest. It answers with error 301, and error 309 for each dropped ID.</source>
            <translation>
                <numerusform>%n ID declarado: el DCS acepta como máximo 10 por llamada y descarta el resto. Responde con el error 301 y con el error 309 por cada ID descartado.</numerusform>
                <numerusform>%n ID declarados: el DCS acepta como máximo 10 por llamada y descarta el resto. Responde con el error 301 y con el error 309 por cada ID descartado.</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk sets the %1 header itself, so the profile's default one is not sent.</source>
            <translation>DCS Desk establece la cabecera %1 por su cuenta, así que no se envía la predeterminada del perfil.</translation>
        </message>
    </context>
    <context>
        <name>DcsResponseDecoder</name>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate. Wait before retrying, and do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests: el DCS limita la frecuencia de llamadas. Espere antes de reintentar y no envíe llamadas simultáneas ni muy seguidas para el mismo usuario.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects, without saying where. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1: el servidor redirige sin decir adónde. DCS Desk no sigue redirecciones; compruebe la región o la URL base.</translation>
        </message>
        <message>
            <source>HTTP %1: the server redirects to %2. DCS Desk does not follow redirects; check the region or base URL.</source>
            <translation>HTTP %1: el servidor redirige a %2. DCS Desk no sigue redirecciones; compruebe la región o la URL base.</translation>
        </message>
        <message>
            <source>HTTP %1: the server answered with an error instead of a DCS response.</source>
            <translation>HTTP %1: el servidor respondió con un error en lugar de una respuesta del DCS.</translation>
        </message>
        <message>
            <source>The request has no d_rtbd=json, so the DCS sends no data, only a pixel.</source>
            <translation>La solicitud no tiene d_rtbd=json, así que el DCS no envía datos, solo un píxel.</translation>
        </message>
        <message>
            <source>The answer is an image (%1 bytes), not JSON. Was d_rtbd=json sent?</source>
            <translation>La respuesta es una imagen (%1 bytes), no JSON. ¿Se envió d_rtbd=json?</translation>
        </message>
        <message>
            <source>The answer is an HTML page, not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>La respuesta es una página HTML, no una respuesta del DCS: respondió un proxy, un balanceador de carga o una URL equivocada.</translation>
        </message>
        <message>
            <source>The answer is an HTML page (“%1”), not a DCS response: a proxy, a load balancer or a wrong URL answered.</source>
            <translation>La respuesta es una página HTML («%1»), no una respuesta del DCS: respondió un proxy, un balanceador de carga o una URL equivocada.</translation>
        </message>
        <message>
            <source>The JSONP answer %1(…) does not end with “)”; the body may be truncated.</source>
            <translation>La respuesta JSONP %1(…) no termina en «)»; puede que el cuerpo esté truncado.</translation>
        </message>
        <message>
            <source>The answer is JSONP, %1(…), although the request had no d_cb.</source>
            <translation>La respuesta es JSONP, %1(…), aunque la solicitud no tenía d_cb.</translation>
        </message>
        <message>
            <source>The answer calls %1(…), but the request asked for d_cb=%2.</source>
            <translation>La respuesta llama a %1(…), pero la solicitud pedía d_cb=%2.</translation>
        </message>
        <message>
            <source>The request asked for d_cb=%1, but the answer is plain JSON, not %1(…).</source>
            <translation>La solicitud pedía d_cb=%1, pero la respuesta es JSON simple, no %1(…).</translation>
        </message>
        <message>
            <source>The body (%1 bytes) is binary data, not JSON.</source>
            <translation>El cuerpo (%1 bytes) contiene datos binarios, no JSON.</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at line %2, column %3.</source>
            <translation>El cuerpo no es JSON válido: %1 en la línea %2, columna %3.</translation>
        </message>
        <message>
            <source>The X-Error header contains “%1”, which is not an error code.</source>
            <translation>La cabecera X-Error contiene «%1», que no es un código de error.</translation>
        </message>
        <message>
            <source>The JSON is not an object, so it carries no DCS fields.</source>
            <translation>El JSON no es un objeto, así que no lleva campos del DCS.</translation>
        </message>
        <message>
            <source>%1 is a number in the answer, where the DCS documents a string; it is read from the raw text so that no digit is lost.</source>
            <translation>%1 es un número en la respuesta, aunque el DCS lo documenta como cadena; se lee del texto en bruto para no perder ningún dígito.</translation>
        </message>
        <message>
            <source>%1 is neither a text nor a number.</source>
            <translation>%1 no es ni un texto ni un número.</translation>
        </message>
        <message>
            <source>dcs_region “%1” is not a region ID.</source>
            <translation>dcs_region «%1» no es un ID de región.</translation>
        </message>
        <message>
            <source>Region 0 marks traffic that came through Inbound; it is not a DCS host.</source>
            <translation>La región 0 marca el tráfico que llegó por Inbound; no es un host del DCS.</translation>
        </message>
        <message>
            <source>dcs_region %1 is not in the documented region table, so its host name is not known.</source>
            <translation>dcs_region %1 no está en la tabla de regiones documentada, así que no se conoce su nombre de host.</translation>
        </message>
        <message>
            <source>“stuff” is not a list.</source>
            <translation>«stuff» no es una lista.</translation>
        </message>
        <message>
            <source>“dests” is not a list.</source>
            <translation>«dests» no es una lista.</translation>
        </message>
        <message>
            <source>“%1” is not a list of IDs.</source>
            <translation>«%1» no es una lista de ID.</translation>
        </message>
        <message>
            <source>An entry of “errors” has no numeric code: %1</source>
            <translation>Una entrada de «errors» no tiene código numérico: %1</translation>
        </message>
        <message>
            <source>“errors” is not a list.</source>
            <translation>«errors» no es una lista.</translation>
        </message>
        <message>
            <source>The answer is an empty JSON object: nothing qualified, or the user opted out.</source>
            <translation>La respuesta es un objeto JSON vacío: el usuario no cumple los requisitos de ningún segmento o se ha excluido.</translation>
        </message>
        <message>
            <source>The user has opted out (error 171): the DCS returns no UUID and does not process the call.</source>
            <translation>El usuario se ha excluido (error 171): el DCS no devuelve ningún UUID y no procesa la llamada.</translation>
        </message>
        <message>
            <source>The answer has no uuid, which a server-to-server integration needs as d_uuid.</source>
            <translation>La respuesta no tiene uuid, que una integración de servidor a servidor necesita como d_uuid.</translation>
        </message>
        <message>
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks not to retry before %1 (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>HTTP 429 Too Many Requests: el DCS limita la frecuencia de llamadas y pide no reintentar antes de %1 (Retry-After). No envíe llamadas simultáneas ni muy seguidas para el mismo usuario.</translation>
        </message>
        <message>
            <source>HTTP %1: the ID sync redirects to the partner's URL %2, with the AAM UUID in place of %3. DCS Desk does not follow it.</source>
            <translation>HTTP %1: la sincronización de ID redirige a la URL del socio %2, con el UUID de AAM en lugar de %3. DCS Desk no sigue la redirección.</translation>
        </message>
        <message>
            <source>%1 answers with an image (%2 bytes), as documented; it carries no data. Check the status, the headers and Set-Cookie.</source>
            <translation>%1 responde con una imagen (%2 bytes), como está documentado; no lleva datos. Compruebe el estado, las cabeceras y Set-Cookie.</translation>
        </message>
        <message>
            <source>“ibs” is not a list of ID syncs.</source>
            <translation>«ibs» no es una lista de sincronizaciones de ID.</translation>
        </message>
        <message>
            <source>The ID service answer has no d_mid, the Experience Cloud ID it is asked for. Check d_orgid and the errors.</source>
            <translation>La respuesta del servicio de ID no tiene d_mid, el ID de Experience Cloud que se le pide. Compruebe d_orgid y los errores.</translation>
        </message>
        <message>
            <source>The answer is a text message, not JSON: “%1”.</source>
            <translation>La respuesta es un mensaje de texto, no JSON: «%1».</translation>
        </message>
        <message>
            <source>“%1” has entries that are not whole-number IDs, left out of the decoded list: %2. The raw body shows them as the server sent them.</source>
            <translation>«%1» tiene entradas que no son ID enteros; se omiten en la lista decodificada: %2. El cuerpo en bruto las muestra tal como las envió el servidor.</translation>
        </message>
        <message>
            <source>dcs_region is a string in the answer, where the DCS documents a number.</source>
            <translation>dcs_region llega como cadena en la respuesta, aunque el DCS documenta un número.</translation>
        </message>
        <message numerus="yes">
            <source>HTTP 429 Too Many Requests: the DCS limits the call rate and asks you to wait %n second(s) before retrying (Retry-After). Do not send simultaneous or rapid calls for the same user.</source>
            <translation>
                <numerusform>HTTP 429 Too Many Requests: el DCS limita la frecuencia de llamadas y pide esperar %n segundo antes de reintentar (Retry-After). No envíe llamadas simultáneas ni muy seguidas para el mismo usuario.</numerusform>
                <numerusform>HTTP 429 Too Many Requests: el DCS limita la frecuencia de llamadas y pide esperar %n segundos antes de reintentar (Retry-After). No envíe llamadas simultáneas ni muy seguidas para el mismo usuario.</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP %1 with no data: the DCS ignored the request. It does so for an invalid or malformed request, a user who opted out, a call from a blocked region or a client that blocks third-party cookies. Check X-Error and the request's findings.</source>
            <translation>HTTP %1 sin datos: el DCS ignoró la solicitud. Lo hace ante una solicitud no válida o mal formada, un usuario que se ha excluido, una llamada desde una región bloqueada o un cliente que bloquea las cookies de terceros. Compruebe X-Error y los hallazgos de la solicitud.</translation>
        </message>
    </context>
    <context>
        <name>DcsResult</name>
        <message>
            <source>The request was not sent: %1</source>
            <translation>La solicitud no se ha enviado: %1</translation>
        </message>
        <message>
            <source>The request was not sent: it has no valid URL.</source>
            <translation>La solicitud no se ha enviado: no tiene una URL válida.</translation>
        </message>
        <message>
            <source>No complete answer from %1 within %2 s (%3 received). The server or the network is slow, or the address is wrong; try again or raise the timeout.</source>
            <translation>No ha llegado una respuesta completa de %1 en %2 s (%3 recibidos). El servidor o la red son lentos, o la dirección es incorrecta; vuelva a intentarlo o aumente el tiempo de espera.</translation>
        </message>
        <message>
            <source>The answer is larger than the limit of %1, so DCS Desk stopped reading it (%2 kept). Raise the limit if you expect such a large answer.</source>
            <translation>La respuesta supera el límite de %1, así que DCS Desk ha dejado de leerla (%2 conservados). Aumente el límite si espera una respuesta tan grande.</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 of %2 bytes).</source>
            <translation>La conexión se ha cerrado antes de que llegara toda la respuesta (%1 de %2 bytes).</translation>
        </message>
        <message>
            <source>The connection closed before the whole answer arrived (%1 bytes received): %2</source>
            <translation>La conexión se ha cerrado antes de que llegara toda la respuesta (%1 bytes recibidos): %2</translation>
        </message>
        <message>
            <source>Could not connect to %1: the connection was refused. Check the address, and that the server (or the sandbox) is running.</source>
            <translation>No se ha podido conectar con %1: se ha rechazado la conexión. Compruebe la dirección y que el servidor (o el sandbox) esté en marcha.</translation>
        </message>
        <message>
            <source>%1 closed the connection without answering.</source>
            <translation>%1 ha cerrado la conexión sin responder.</translation>
        </message>
        <message>
            <source>The request to %1 failed: %2</source>
            <translation>La solicitud a %1 ha fallado: %2</translation>
        </message>
        <message>
            <source>The host name %1 could not be found. Check the region and the alias of the profile (or its base URL), then the network connection.</source>
            <translation>No se ha encontrado el nombre de host %1. Compruebe la región y el alias del perfil (o su URL base) y, después, la conexión de red.</translation>
        </message>
        <message>
            <source>DCS Desk did not send the request: the TLS certificate of %1 cannot be trusted, and DCS Desk never ignores TLS errors.</source>
            <translation>DCS Desk no ha enviado la solicitud: no se puede confiar en el certificado TLS de %1, y DCS Desk nunca ignora los errores de TLS.</translation>
        </message>
        <message>
            <source>The certificate is issued by an authority this system does not trust. A proxy or company firewall that inspects TLS may have replaced it: add that authority to the system's trusted certificates, or ask your network administrator.</source>
            <translation>El certificado lo emitió una autoridad en la que este sistema no confía. Un proxy o un cortafuegos de empresa que inspecciona TLS puede haberlo sustituido: añada esa autoridad a los certificados de confianza del sistema o consulte al administrador de la red.</translation>
        </message>
        <message>
            <source>The certificate expired on %1. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>El certificado caducó el %1. Compruebe que la fecha y la hora de este equipo son correctas; si lo son, el servidor debe renovar su certificado.</translation>
        </message>
        <message>
            <source>The certificate has expired. Check that this computer's date and time are right; if they are, the server has to renew its certificate.</source>
            <translation>El certificado ha caducado. Compruebe que la fecha y la hora de este equipo son correctas; si lo son, el servidor debe renovar su certificado.</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1. Check this computer's date and time.</source>
            <translation>El certificado no es válido antes del %1. Compruebe la fecha y la hora de este equipo.</translation>
        </message>
        <message>
            <source>The certificate is not valid yet. Check this computer's date and time.</source>
            <translation>El certificado todavía no es válido. Compruebe la fecha y la hora de este equipo.</translation>
        </message>
        <message>
            <source>The certificate is for %1, not for %2 (host name mismatch). Check the region and the alias of the profile; a custom base URL must use a host name the certificate names.</source>
            <translation>El certificado es para %1, no para %2 (el nombre de host no coincide). Compruebe la región y el alias del perfil; una URL base personalizada debe usar un nombre de host que figure en el certificado.</translation>
        </message>
        <message>
            <source>another host</source>
            <translation>otro host</translation>
        </message>
        <message>
            <source>The TLS check failed: %1. Check that the address uses HTTPS on this port, then the system's certificates.</source>
            <translation>Ha fallado la verificación TLS: %1. Compruebe que la dirección usa HTTPS en este puerto y, después, los certificados del sistema.</translation>
        </message>
        <message>
            <source>The certificate is self-signed: no certificate authority vouches for it. A DCS host never uses one; if this is your own test server, trust it for its profile: Manage profiles › Pin from Server, or give the profile a CA file.</source>
            <translation>El certificado es autofirmado: ninguna autoridad de certificación lo respalda. Un host del DCS nunca usa certificados autofirmados; si es su propio servidor de pruebas, confíe en él para su perfil: Gestionar perfiles › Fijar desde el servidor, o dé al perfil un archivo de CA.</translation>
        </message>
        <message>
            <source>The server's key is not the one pinned in the profile (%1). If its certificate was replaced on purpose, pin the new one in Manage profiles › Pin from Server; otherwise something else answers at this address.</source>
            <translation>La clave del servidor no es la fijada en el perfil (%1). Si su certificado se cambió a propósito, fije el nuevo en Gestionar perfiles › Fijar desde el servidor; si no, otro equipo responde en esta dirección.</translation>
        </message>
        <message>
            <source>The request was canceled.</source>
            <translation>La solicitud se ha cancelado.</translation>
        </message>
    </context>
    <context>
        <name>DecodeCommand</name>
        <message>
            <source>Decode a DCS answer from a file (or - for stdin): fields, errors and notes.</source>
            <translation>Decodificar una respuesta del DCS desde un archivo (o - para la entrada estándar): campos, errores y notas.</translation>
        </message>
        <message>
            <source>The answer body, or - for stdin.</source>
            <translation>El cuerpo de la respuesta, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>HTTP status of the answer (default 200).</source>
            <translation>Estado HTTP de la respuesta (predeterminado: 200).</translation>
        </message>
        <message>
            <source>The request had no d_rtbd=json (no data expected).</source>
            <translation>La solicitud no tenía d_rtbd=json (no se esperan datos).</translation>
        </message>
        <message>
            <source>decode takes one file name, or - for stdin.</source>
            <translation>decode admite un solo nombre de archivo, o - para la entrada estándar.</translation>
        </message>
        <message>
            <source>“%1” is not a header “Name: value”.</source>
            <translation>«%1» no es una cabecera «Nombre: valor».</translation>
        </message>
        <message>
            <source>--status takes an HTTP status from 100 to 599, not “%1”.</source>
            <translation>--status admite un estado HTTP de 100 a 599, no «%1».</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>FILE|-</source>
            <translation>ARCHIVO|-</translation>
        </message>
        <message>
            <source>header</source>
            <translation>cabecera</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>A response header “Name: value”, for example “X-Error: 101,102” (repeatable).</source>
            <translation>Una cabecera de respuesta «Nombre: valor», p. ej. «X-Error: 101,102» (repetible).</translation>
        </message>
        <message>
            <source>The request's d_cb value, to check a JSONP answer.</source>
            <translation>El valor de d_cb de la solicitud, para comprobar una respuesta JSONP.</translation>
        </message>
    </context>
    <context>
        <name>ErrorCodesCommand</name>
        <message>
            <source>Explain DCS error codes (all of them, or the codes given).</source>
            <translation>Explicar los códigos de error del DCS (todos o los indicados).</translation>
        </message>
        <message>
            <source>Error codes to explain.</source>
            <translation>Códigos de error que explicar.</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>«%1» no es un código de error.</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>códigos</translation>
        </message>
        <message>
            <source>[CODE...]</source>
            <translation>[CÓDIGO...]</translation>
        </message>
    </context>
    <context>
        <name>FirePreview</name>
        <message>
            <source>Not serialized, each mapping fires its own URL. Switch on Serialize to send every segment in one call built from the base and secure URL.</source>
            <translation>Sin serializar, cada asignación dispara su propia URL. Active «Serializar» para enviar todos los segmentos en una sola llamada construida a partir de la URL base y la segura.</translation>
        </message>
        <message>
            <source>Set a serial delimiter to see the serialized form of this cookie.</source>
            <translation>Indique un delimitador de serie para ver la forma serializada de esta cookie.</translation>
        </message>
        <message>
            <source>Server-to-server destinations deliver the mapping values in batch files from Audience Manager's servers, not from the browser.</source>
            <translation>Los destinos de servidor a servidor entregan los valores de asignación en archivos por lotes desde los servidores de Audience Manager, no desde el navegador.</translation>
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
            <translation>Listar las llamadas a Audience Manager de una captura del navegador (HAR) y decodificarlas.</translation>
        </message>
        <message>
            <source>A HAR file saved by Chrome, Chromium, Firefox or Playwright.</source>
            <translation>Un archivo HAR guardado por Chrome, Chromium, Firefox o Playwright.</translation>
        </message>
        <message>
            <source>A host that is an Audience Manager CNAME alias of the site, e.g. metrics.example.com (repeatable); *.demdex.net always counts.</source>
            <translation>Un host que es un alias CNAME de Audience Manager del sitio, p. ej. metrics.example.com (repetible); *.demdex.net siempre cuenta.</translation>
        </message>
        <message>
            <source>host</source>
            <translation>host</translation>
        </message>
        <message>
            <source>List every entry, not only Audience Manager calls.</source>
            <translation>Listar todas las entradas, no solo las llamadas a Audience Manager.</translation>
        </message>
        <message>
            <source>Decode every listed call: keys, cookies and the answer.</source>
            <translation>Decodificar cada llamada listada: claves, cookies y respuesta.</translation>
        </message>
        <message>
            <source>Decode only the call with this number in the list.</source>
            <translation>Decodificar solo la llamada con este número en la lista.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Otras claves</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>Claves %1</translation>
        </message>
        <message>
            <source>Cookies sent</source>
            <translation>Cookies enviadas</translation>
        </message>
        <message>
            <source>Cookies set</source>
            <translation>Cookies establecidas</translation>
        </message>
        <message>
            <source>expires %1</source>
            <translation>caduca el %1</translation>
        </message>
        <message>
            <source>session cookie</source>
            <translation>cookie de sesión</translation>
        </message>
        <message>
            <source>har takes one HAR file.</source>
            <translation>har admite un archivo HAR.</translation>
        </message>
        <message>
            <source>--call takes a number from 1 to %1, not “%2”.</source>
            <translation>--call admite un número del 1 al %1, no «%2».</translation>
        </message>
        <message numerus="yes">
            <source>%n Audience Manager call(s) in %1 (%2 entries, HAR %3, %4).</source>
            <translation>
                <numerusform>%n llamada a Audience Manager en %1 (%2 entradas, HAR %3, %4).</numerusform>
                <numerusform>%n llamadas a Audience Manager en %1 (%2 entradas, HAR %3, %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown browser</source>
            <translation>navegador desconocido</translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or an --alias). Its hosts:</source>
            <translation>Ninguna llamada de esta captura se dirigió a un host de Audience Manager (*.demdex.net o un --alias). Hosts de la captura:</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), name it with --alias HOST.</source>
            <translation>Si el sitio llama a Audience Manager a través de su propio host (un CNAME), indíquelo con --alias HOST.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>With --mask: replace the file if it exists.</source>
            <translation>Con --mask: reemplazar el archivo si ya existe.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n entry(ies) could be read; the calls listed above come from them. The rest of the capture is missing.</source>
            <translation>
                <numerusform>Solo se ha podido leer la primera entrada (%n); las llamadas indicadas arriba proceden de ella. Falta el resto de la captura.</numerusform>
                <numerusform>Solo se han podido leer las %n primeras entradas; las llamadas indicadas arriba proceden de ellas. Falta el resto de la captura.</numerusform>
            </translation>
        </message>
        <message>
            <source>No answer: the browser recorded no response (blocked, failed or canceled).</source>
            <translation>Sin respuesta: el navegador no registró ninguna respuesta (llamada bloqueada, fallida o cancelada).</translation>
        </message>
        <message>
            <source>HTTP %1. The capture did not save this answer's body (%2 bytes): save the HAR again with its content to decode the answer.</source>
            <translation>HTTP %1. La captura no guardó el cuerpo de esta respuesta (%2 bytes): vuelva a guardarla con los cuerpos para decodificar la respuesta.</translation>
        </message>
        <message>
            <source>Write a copy for a support ticket with cookie values, user IDs, p_ values and credentials masked, and list what was masked.</source>
            <translation>Escribir una copia para una incidencia de soporte, con los valores de cookies, los ID de usuario, los valores p_ y las credenciales enmascarados, e indicar qué se ha enmascarado.</translation>
        </message>
    </context>
    <context>
        <name>HarMaskCli</name>
        <message>
            <source>--mask writes a masked copy and lists no calls; leave out --%1, or run har again on the copy.</source>
            <translation>--mask escribe una copia enmascarada y no lista llamadas; omita --%1 o ejecute har de nuevo sobre la copia.</translation>
        </message>
        <message>
            <source>--mask takes the path of the masked copy to write.</source>
            <translation>--mask admite la ruta de la copia enmascarada que se va a escribir.</translation>
        </message>
        <message>
            <source>%1 is the capture being masked; the masked copy must go to another file, so the original stays as it is.</source>
            <translation>%1 es la captura que se enmascara; la copia enmascarada debe guardarse en otro archivo para que el original no se modifique.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new file for the masked copy.</source>
            <translation>%1 no es un archivo normal; indique la ruta de un archivo nuevo para la copia enmascarada.</translation>
        </message>
        <message>
            <source>%1 already exists; nothing was written. Give another file name, or add --force to replace it.</source>
            <translation>%1 ya existe; no se ha escrito nada. Indique otro nombre de archivo o añada --force para reemplazarlo.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2; nothing was written.</source>
            <translation>No se puede escribir %1: %2; no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Wrote the masked copy of %1 to %2 (%3 bytes).</source>
            <translation>Se ha escrito la copia enmascarada de %1 en %2 (%3 bytes).</translation>
        </message>
        <message>
            <source>--force goes with --mask FILE (replace FILE if it exists).</source>
            <translation>--force solo se usa con --mask ARCHIVO (reemplaza ARCHIVO si ya existe).</translation>
        </message>
    </context>
    <context>
        <name>PostmanCollection</name>
        <message>
            <source>pre-request script</source>
            <translation>script previo a la solicitud</translation>
        </message>
        <message>
            <source>test script</source>
            <translation>script de prueba</translation>
        </message>
        <message>
            <source>“%1” script</source>
            <translation>script «%1»</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>Carpeta «%1»: su %2 no se ha importado (DCS Desk no ejecuta scripts; use comprobaciones para probar las respuestas).</translation>
        </message>
        <message>
            <source>Folder “%1”: its %2 authorization was not imported (the DCS reads none).</source>
            <translation>Carpeta «%1»: su autorización %2 no se ha importado (el DCS no lee ninguna).</translation>
        </message>
        <message>
            <source>The %1 was not imported: DCS Desk runs no scripts. Add checks (Console › Checks) to test the answer.</source>
            <translation>El %1 no se ha importado: DCS Desk no ejecuta scripts. Añada comprobaciones (Consola › Comprobaciones) para probar la respuesta.</translation>
        </message>
        <message>
            <source>The item has neither a request nor items; it was skipped. Check it in Postman.</source>
            <translation>El elemento no tiene ni solicitud ni elementos; se ha omitido. Revíselo en Postman.</translation>
        </message>
        <message>
            <source>The URL's path variables (:name) were not imported: write their values into the path.</source>
            <translation>Las variables de ruta de la URL (:name) no se han importado: escriba sus valores en la ruta.</translation>
        </message>
        <message>
            <source>The %1 authorization was not imported: the DCS reads none. If a proxy in front of it needs one, add the header in the console.</source>
            <translation>La autorización %1 no se ha importado: el DCS no lee ninguna. Si un proxy situado delante del DCS la necesita, añada la cabecera en la consola.</translation>
        </message>
        <message>
            <source>The body is switched off in Postman and was not imported.</source>
            <translation>El cuerpo está desactivado en Postman y no se ha importado.</translation>
        </message>
        <message>
            <source>The file field(s) %1 were not imported: the DCS reads no files.</source>
            <translation>Los campos de archivo %1 no se han importado: el DCS no lee archivos.</translation>
        </message>
        <message>
            <source>Postman Collection v2.1</source>
            <translation>Postman Collection v2.1</translation>
        </message>
        <message>
            <source>The file is not valid JSON (%1 at byte %2), so it is no Postman collection. Export the collection from Postman again.</source>
            <translation>El archivo no es un JSON válido (%1 en el byte %2), así que no es una colección de Postman. Exporte la colección de nuevo desde Postman.</translation>
        </message>
        <message>
            <source>This is a Postman Collection %1 file; DCS Desk reads v2.1, whose requests and authorization are laid out differently. In Postman, export the collection again as “Collection v2.1” and import that file.</source>
            <translation>Este es un archivo Postman Collection %1; DCS Desk lee la v2.1, cuyas solicitudes y autorización se organizan de otro modo. En Postman, exporte la colección de nuevo como «Collection v2.1» e importe ese archivo.</translation>
        </message>
        <message>
            <source>The file is JSON but not a Postman collection (it has no “info” and “item”). Export the collection from Postman as “Collection v2.1”.</source>
            <translation>El archivo es JSON pero no una colección de Postman (no tiene «info» ni «item»). Exporte la colección desde Postman como «Collection v2.1».</translation>
        </message>
        <message>
            <source>The file names no known schema (%1); it was read as Collection v2.1.</source>
            <translation>El archivo no indica ningún esquema conocido (%1); se ha leído como Collection v2.1.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>The collection's %1 was not imported (DCS Desk runs no scripts; use checks to test answers).</source>
            <translation>El %1 de la colección no se ha importado (DCS Desk no ejecuta scripts; use comprobaciones para probar las respuestas).</translation>
        </message>
        <message>
            <source>The collection's %1 authorization was not imported (the DCS reads none).</source>
            <translation>La autorización %1 de la colección no se ha importado (el DCS no lee ninguna).</translation>
        </message>
        <message>
            <source>The multipart form is sent as a form-urlencoded body, the only body format the DCS reads.</source>
            <translation>El formulario multipart se envía como cuerpo form-urlencoded, el único formato de cuerpo que lee el DCS.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved example(s) (example responses) were not imported.</source>
            <translation>
                <numerusform>%n ejemplo guardado (respuesta de ejemplo) no se ha importado.</numerusform>
                <numerusform>%n ejemplos guardados (respuestas de ejemplo) no se han importado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegionsCommand</name>
        <message>
            <source>List the DCS regions with their IDs, host names and locations.</source>
            <translation>Listar las regiones del DCS con sus ID, nombres de host y ubicaciones.</translation>
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
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Use the region of the user's dcs_region (or the AMCV location hint); any other region works, but more slowly.</source>
            <translation>Use la región que indica el dcs_region del usuario (o la indicación de ubicación de AMCV); cualquier otra región también funciona, pero con más lentitud.</translation>
        </message>
    </context>
    <context>
        <name>RequestCommand</name>
        <message>
            <source>Build a DCS call and print its URL, headers, body, cURL command and findings.</source>
            <translation>Crear una llamada al DCS y mostrar su URL, cabeceras, cuerpo, comando cURL y hallazgos.</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Hint: give --region ID or --base-url URL.</source>
            <translation>Sugerencia: indique --region ID o --base-url URL.</translation>
        </message>
        <message>
            <source>Options not imported:</source>
            <translation>Opciones no importadas:</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>%1 could not be written.</source>
            <translation>No se ha podido escribir %1.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you have permission to write to.</source>
            <translation>No se puede crear la carpeta %1. Elija una carpeta en la que pueda escribir.</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>the keychain did not answer within %1 s</source>
            <translation>el llavero no ha respondido en %1 s</translation>
        </message>
    </context>
    <context>
        <name>SendCommand</name>
        <message>
            <source>Send a DCS call and print the answer: status, headers, timing, fields and errors.</source>
            <translation>Enviar una llamada al DCS y mostrar la respuesta: estado, cabeceras, tiempos, campos y errores.</translation>
        </message>
        <message>
            <source>Give up after this many seconds (default 10).</source>
            <translation>Abandonar una llamada tras este número de segundos (predeterminado: 10).</translation>
        </message>
        <message>
            <source>Largest answer to read, e.g. 16M (default 16 MiB).</source>
            <translation>Tamaño máximo de la respuesta que se lee, p. ej. 16M (predeterminado: 16 MiB).</translation>
        </message>
        <message>
            <source>Always print the body, even a large one.</source>
            <translation>Mostrar siempre el cuerpo, aunque sea grande.</translation>
        </message>
        <message>
            <source>Do not print the body.</source>
            <translation>No mostrar el cuerpo.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout admite un número de segundos entre 0 y 3600, no «%1».</translation>
        </message>
        <message>
            <source>--max-body takes a size such as 65536, 512K or 16M, not “%1”.</source>
            <translation>--max-body admite un tamaño como 65536, 512K o 16M, no «%1».</translation>
        </message>
        <message>
            <source>The request was not sent.</source>
            <translation>La solicitud no se ha enviado.</translation>
        </message>
        <message>
            <source>Notes on the request:</source>
            <translation>Notas sobre la solicitud:</translation>
        </message>
        <message>
            <source>Compare the answer's destinations with what this workspace's mappings predict for the answer's segments; exit 1 when anything differs or is missing.</source>
            <translation>Comparar los destinos de la respuesta con lo que las asignaciones de este espacio de trabajo predicen para los segmentos de la respuesta; salir con el código 1 si algo difiere o falta.</translation>
        </message>
        <message>
            <source>Expected vs actual:</source>
            <translation>Esperado/real:</translation>
        </message>
        <message>
            <source>destination %1 (%2)</source>
            <translation>destino %1 (%2)</translation>
        </message>
        <message>
            <source>no destination of the workspace</source>
            <translation>ningún destino del espacio de trabajo</translation>
        </message>
        <message>
            <source>expected: %1</source>
            <translation>esperado: %1</translation>
        </message>
        <message>
            <source>actual:   %1</source>
            <translation>real:     %1</translation>
        </message>
        <message>
            <source>segment %1 (not in the workspace)</source>
            <translation>segmento %1 (no está en el espacio de trabajo)</translation>
        </message>
        <message>
            <source>segment %1 (%2)</source>
            <translation>segmento %1 (%2)</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>size</source>
            <translation>tamaño</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>--env needs the workspace that defines the environment: add --workspace FILE or --sandbox FILE.</source>
            <translation>--env necesita el espacio de trabajo que define el entorno: añada --workspace ARCHIVO o --sandbox ARCHIVO.</translation>
        </message>
    </context>
    <context>
        <name>ShellQuote</name>
        <message>
            <source>A single quote (') is not closed.</source>
            <translation>Una comilla simple (') no está cerrada.</translation>
        </message>
        <message>
            <source>A double quote (") is not closed.</source>
            <translation>Una comilla doble (") no está cerrada.</translation>
        </message>
        <message>
            <source>A $'…' quote is not closed.</source>
            <translation>Un entrecomillado $'…' no está cerrado.</translation>
        </message>
    </context>
    <context>
        <name>UiPrompts</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AamPush</name>
        <message>
            <source>Changed only in the account: nothing to push. Pull to take the account's version.</source>
            <translation>Solo hay cambios en la cuenta: nada que enviar. Descargue la cuenta para incorporar su versión.</translation>
        </message>
        <message>
            <source>Deleted in the account and unchanged in the workspace: nothing to push.</source>
            <translation>Se eliminó en la cuenta y no tiene cambios en el espacio de trabajo: nada que enviar.</translation>
        </message>
        <message>
            <source>No difference to push.</source>
            <translation>No hay ninguna diferencia que enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n sent to the account</source>
            <translation>
                <numerusform>%n enviado a la cuenta</numerusform>
                <numerusform>%n enviados a la cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallido</numerusform>
                <numerusform>%n fallidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent</source>
            <translation>
                <numerusform>%n no enviado</numerusform>
                <numerusform>%n no enviados</numerusform>
            </translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envío correcto</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>envío fallido</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>sin enviar</translation>
        </message>
        <message>
            <source>Deleted in the account and changed in the workspace: it cannot be updated. Delete it in the workspace, or add it again as a new one to create it.</source>
            <translation>Se eliminó en la cuenta y se modificó en el espacio de trabajo: no se puede actualizar. Elimine el elemento en el espacio de trabajo o vuelva a añadirlo como elemento nuevo para crearlo.</translation>
        </message>
        <message>
            <source>Changed on both sides (%1): choose for each field whether to keep the workspace's value or take the account's, then push again.</source>
            <translation>Hay cambios en ambos lados (%1): elija para cada campo si mantiene el valor del espacio de trabajo o incorpora el de la cuenta, y vuelva a enviar.</translation>
        </message>
        <message>
            <source>Audience Manager's API creates URL (PUSH) and cookie (ADS) destinations only; this one is %1. Server-to-server destinations are set up by Adobe: create it in Audience Manager, then pull.</source>
            <translation>La API de Audience Manager solo crea destinos de URL (PUSH) y de cookie (ADS); este es de tipo %1. Los destinos de servidor a servidor los configura Adobe: créelo en Audience Manager y después descargue la cuenta.</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and is not created by this push: push the destination with it.</source>
            <translation>Su destino %1 es nuevo en el espacio de trabajo y este envío no lo crea: envíe también el destino.</translation>
        </message>
        <message>
            <source>Not sent: its destination %1 was not created.</source>
            <translation>No enviada: su destino %1 no se ha creado.</translation>
        </message>
        <message>
            <source>No answer: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Sin respuesta: puede que haya llegado a la cuenta o no. Descargue la cuenta y compare para verlo.</translation>
        </message>
        <message>
            <source>The account refused the call (HTTP 403 on %1: %2). Check that the credential's technical account may change destinations in Audience Manager.</source>
            <translation>La cuenta ha rechazado la llamada (HTTP 403 en %1: %2). Compruebe que la cuenta técnica de la credencial puede modificar destinos en Audience Manager.</translation>
        </message>
        <message>
            <source>The account answered HTTP %1: %2</source>
            <translation>La cuenta ha respondido con HTTP %1: %2</translation>
        </message>
        <message>
            <source>The account created it but its answer has no destinationId: its mappings are not sent. Pull to link it, then push them.</source>
            <translation>La cuenta lo ha creado, pero su respuesta no tiene destinationId: sus asignaciones no se envían. Descargue la cuenta para vincularlo y después envíelas.</translation>
        </message>
        <message>
            <source>Not sent: the push stopped before it (%1).</source>
            <translation>Sin enviar: el envío se ha detenido antes de llegar a este elemento (%1).</translation>
        </message>
        <message>
            <source>Destination %1 of the workspace moved to ID %2: the account gave its ID to a pushed destination.</source>
            <translation>El destino %1 del espacio de trabajo ha pasado al ID %2: la cuenta ha dado el ID %1 a un destino enviado.</translation>
        </message>
        <message>
            <source>Mapping %1 of the workspace moved to ID %2: the account gave its ID to a pushed mapping.</source>
            <translation>La asignación %1 del espacio de trabajo ha pasado al ID %2: la cuenta ha dado el ID %1 a una asignación enviada.</translation>
        </message>
        <message>
            <source>Not written back: %1</source>
            <translation>No se ha incorporado al espacio de trabajo: %1</translation>
        </message>
        <message>
            <source>Its destination %1 is new in the workspace and cannot be created (see the destination): this mapping waits for it.</source>
            <translation>Su destino %1 es nuevo en el espacio de trabajo y no se puede crear (vea el destino): esta asignación espera a que se cree.</translation>
        </message>
        <message>
            <source>Nothing to send: the account already has these values.</source>
            <translation>Nada que enviar: la cuenta ya tiene estos valores.</translation>
        </message>
        <message>
            <source>Only the account has it: nothing to push. Pull to take it, or take it and delete it in the workspace to delete it in the account.</source>
            <translation>Solo existe en la cuenta: nada que enviar. Descargue la cuenta para incorporarlo, o incorpórelo y elimínelo en el espacio de trabajo para eliminarlo en la cuenta.</translation>
        </message>
        <message>
            <source>Deleted in the workspace and changed in the account since the pull (%1): keep the workspace's side to delete it anyway, or take the account's to keep it.</source>
            <translation>Se eliminó en el espacio de trabajo y se modificó en la cuenta desde que se descargó por última vez (%1): mantenga la versión del espacio de trabajo para eliminar el elemento de todos modos, o incorpore la de la cuenta para conservarlo.</translation>
        </message>
        <message>
            <source>Deleted in the workspace, but the account's version is chosen: nothing is deleted. Take it from the account to have it back in the workspace.</source>
            <translation>Se eliminó en el espacio de trabajo, pero se ha elegido la versión de la cuenta: no se elimina nada. Incorpore el elemento desde la cuenta para recuperarlo en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>The account accepted the change but did not return the object; pull to see what the account now holds.</source>
            <translation>La cuenta ha aceptado el cambio, pero no ha devuelto el objeto; descargue la cuenta para ver lo que contiene ahora.</translation>
        </message>
        <message numerus="yes">
            <source>Update %n pushed item(s) with the account's answer</source>
            <translation>
                <numerusform>Actualizar %n elemento enviado con la respuesta de la cuenta</numerusform>
                <numerusform>Actualizar %n elementos enviados con la respuesta de la cuenta</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled while it was being sent: it may or may not have reached the account. Pull and compare to see.</source>
            <translation>Se ha cancelado mientras se enviaba: puede que haya llegado a la cuenta o no. Descargue la cuenta y compare para verlo.</translation>
        </message>
        <message>
            <source>Not sent: the push was canceled.</source>
            <translation>Sin enviar: el envío se ha cancelado.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AamRestClient</name>
        <message>
            <source>The token service at %1 cannot be reached: %2</source>
            <translation>No se puede acceder al servicio de tokens en %1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be reached (%2): %3</source>
            <translation>No se puede acceder a %1 (%2): %3</translation>
        </message>
        <message>
            <source>The API answered HTTP %1 on %2: %3</source>
            <translation>La API ha respondido con HTTP %1 en %2: %3</translation>
        </message>
        <message>
            <source>The API's answer on %1 is not JSON: %2</source>
            <translation>La respuesta de la API en %1 no es JSON: %2</translation>
        </message>
        <message>
            <source>Check the client ID, the secret in DCSDESK_AAM_CLIENT_SECRET and the scope.</source>
            <translation>Compruebe el ID de cliente, el secreto en DCSDESK_AAM_CLIENT_SECRET y el ámbito.</translation>
        </message>
        <message>
            <source>The token service refused the credentials (HTTP %1: %2). %3</source>
            <translation>El servicio de tokens ha rechazado las credenciales (HTTP %1: %2). %3</translation>
        </message>
        <message>
            <source>Check the client ID, the client secret in DCSDESK_AAM_CLIENT_SECRET, the user name and the password in DCSDESK_AAM_PASSWORD.</source>
            <translation>Compruebe el ID de cliente, el secreto de cliente en DCSDESK_AAM_CLIENT_SECRET, el nombre de usuario y la contraseña en DCSDESK_AAM_PASSWORD.</translation>
        </message>
        <message>
            <source>The API also refused a new token (HTTP 401 on %1: %2). Check that the Audience Manager API is added to the credential's project and that the organization ID is correct.</source>
            <translation>La API también ha rechazado un token nuevo (HTTP 401 en %1: %2). Compruebe que la API de Audience Manager está añadida al proyecto de la credencial y que el ID de organización es correcto.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountActions</name>
        <message>
            <source>Pulls the account's destinations and mappings and shows, field by field, what differs from this workspace. Nothing is changed.</source>
            <translation>Descarga los destinos y las asignaciones de la cuenta y muestra, campo por campo, en qué difieren de este espacio de trabajo. No se cambia nada.</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Conectar con Audience Manager</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1 in %n request(s).</source>
            <translation>
                <numerusform>Se ha descargado %1 (%n solicitud).</numerusform>
                <numerusform>Se ha descargado %1 (%n solicitudes).</numerusform>
            </translation>
        </message>
        <message>
            <source>The local account cannot be made of %1: %2 Choose another workspace file in the connection dialog.</source>
            <translation>La cuenta local no se puede crear a partir de %1: %2 Elija otro archivo de espacio de trabajo en el diálogo de conexión.</translation>
        </message>
        <message>
            <source>The local account cannot start: %1</source>
            <translation>La cuenta local no puede iniciarse: %1</translation>
        </message>
        <message>
            <source>Pull %1</source>
            <translation>Descargar %1</translation>
        </message>
        <message>
            <source>Asking for a token…</source>
            <translation>Solicitando un token…</translation>
        </message>
        <message>
            <source>Compare &amp;with Audience Manager Account…</source>
            <translation>Comparar con la cuenta de Audience &amp;Manager…</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change %1.</source>
            <translation>
                <numerusform>%n llamada cambiará %1.</numerusform>
                <numerusform>%n llamadas cambiarán %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to %1.</source>
            <translation>No se puede enviar nada a %1.</translation>
        </message>
        <message>
            <source>Push to Audience Manager</source>
            <translation>Enviar a Audience Manager</translation>
        </message>
        <message>
            <source>&amp;Push</source>
            <translation>En&amp;viar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Push to %1</source>
            <translation>Enviar a %1</translation>
        </message>
        <message>
            <source>Push to %1: %2.</source>
            <translation>Envío a %1: %2.</translation>
        </message>
        <message>
            <source>The workspace changed after this comparison, so Push is off: compare again to push what it holds now.</source>
            <translation>El espacio de trabajo ha cambiado después de esta comparación, por lo que «Enviar» está desactivado: vuelva a comparar para enviar lo que contiene ahora.</translation>
        </message>
        <message>
            <source>A push ran after this comparison, so Push is off: compare again to see what the account holds now.</source>
            <translation>Se ha hecho un envío después de esta comparación, por lo que «Enviar» está desactivado: vuelva a comparar para ver lo que contiene ahora la cuenta.</translation>
        </message>
        <message>
            <source>Check the client ID, the organization ID, the client secret and the scopes in the connection dialog (Developer Console, the credential's page).</source>
            <translation>Compruebe el ID de cliente, el ID de organización, el secreto de cliente y los ámbitos en el diálogo de conexión (Developer Console, página de la credencial).</translation>
        </message>
        <message>
            <source>This account looks empty: it has no destinations at all. If you expected some, the credential may belong to another organization, or to another Audience Manager account than the one you meant: check the organization ID and the client ID in the connection dialog. If the account is new, every destination and mapping of the workspace is listed as to create.</source>
            <translation>Esta cuenta parece vacía: no tiene ningún destino. Si esperaba alguno, puede que la credencial pertenezca a otra organización o a una cuenta de Audience Manager distinta de la que quería usar: compruebe el ID de organización y el ID de cliente en el diálogo de conexión. Si la cuenta es nueva, todos los destinos y asignaciones del espacio de trabajo aparecen como por crear.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will not be sent (refused, or the account already has their values); the report says why.</source>
            <translation>
                <numerusform>%n elemento no se enviará (rechazado, o la cuenta ya tiene sus valores); el informe explica por qué.</numerusform>
                <numerusform>%n elementos no se enviarán (rechazados, o la cuenta ya tiene sus valores); el informe explica por qué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked item(s) have validation errors and will be sent as they are:</source>
            <translation>
                <numerusform>%n elemento marcado tiene errores de validación y se enviará tal como está:</numerusform>
                <numerusform>%n elementos marcados tienen errores de validación y se enviarán tal como están:</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending %1 of %2…</source>
            <translation>Enviando %1 de %2…</translation>
        </message>
        <message>
            <source>Sent %1 of %2.</source>
            <translation>%1 de %2 enviados.</translation>
        </message>
        <message>
            <source>Local Account Changed</source>
            <translation>Cuenta local modificada</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Save the Local Account as a Workspace</source>
            <translation>Guardar la cuenta local como espacio de trabajo</translation>
        </message>
        <message>
            <source>local account</source>
            <translation>cuenta local</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espacios de trabajo de DCS Desk (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Saved the local account as %1.</source>
            <translation>Cuenta local guardada como %1.</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Error al guardar</translation>
        </message>
        <message>
            <source>The local account was not saved as %1; it is still open.

%2</source>
            <translation>La cuenta local no se ha guardado como %1; sigue abierta.

%2</translation>
        </message>
        <message>
            <source>What you pushed to the local account is kept only in memory: it is lost when DCS Desk closes, or when another workspace file becomes the local account.

Save the local account's current content as a workspace file?</source>
            <translation>Lo que ha enviado a la cuenta local solo se guarda en memoria: se pierde al cerrar DCS Desk o cuando otro archivo de espacio de trabajo pasa a ser la cuenta local.

¿Guardar el contenido actual de la cuenta local como archivo de espacio de trabajo?</translation>
        </message>
        <message>
            <source>New Workspace &amp;from Audience Manager Account…</source>
            <translation>Nuevo espacio de trabajo desde una c&amp;uenta de Audience Manager…</translation>
        </message>
        <message>
            <source>New Workspace from Audience Manager Account</source>
            <translation>Nuevo espacio de trabajo desde una cuenta de Audience Manager</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from %4 into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>Se han descargado %1, %2 y %3 de %4 en un espacio de trabajo nuevo (%n solicitud).</numerusform>
                <numerusform>Se han descargado %1, %2 y %3 de %4 en un espacio de trabajo nuevo (%n solicitudes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destino</numerusform>
                <numerusform>%n destinos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>It is not saved yet: use File › Save As to give it a file. Later, File › Compare with Audience Manager Account shows what you changed and pushes it.</source>
            <translation>Aún no se ha guardado: use Archivo › Guardar como para guardarlo en un archivo. Más adelante, Archivo › Comparar con la cuenta de Audience Manager muestra lo que ha cambiado y lo envía.</translation>
        </message>
        <message>
            <source>The account has no destinations. If you expected some, check the organization ID and that the credential's product profile includes Audience Manager.</source>
            <translation>La cuenta no tiene ningún destino. Si esperaba alguno, compruebe el ID de organización y que el perfil de producto de la credencial incluya Audience Manager.</translation>
        </message>
        <message>
            <source>Not taken (%1):</source>
            <translation>Sin incorporar (%1):</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from %1</source>
            <translation>Incorporar desde %1</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of %1 into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>Se ha incorporado %n cambio de %1 al espacio de trabajo en un solo paso: Edición › Deshacer lo revierte.</numerusform>
                <numerusform>Se han incorporado %n cambios de %1 al espacio de trabajo en un solo paso: Edición › Deshacer los revierte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was taken: the workspace already has what was chosen.</source>
            <translation>No se ha incorporado nada: el espacio de trabajo ya tiene lo que se ha elegido.</translation>
        </message>
        <message>
            <source>Kept as it is:</source>
            <translation>Se mantienen tal como están:</translation>
        </message>
        <message>
            <source>Not taken:</source>
            <translation>Sin incorporar:</translation>
        </message>
        <message>
            <source>What the account returns (new IDs, the objects as it stores them) is written into the workspace as one step you can undo.</source>
            <translation>Lo que devuelve la cuenta (ID nuevos, los objetos tal como los guarda) se escribe en el espacio de trabajo como un solo paso que puede deshacer.</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects, so the new workspace has none: set them here if you use them.</source>
            <translation>Los campos de destino propios de DCS Desk (relleno automático, etiquetas de exportación de datos, plataforma) no forman parte de los objetos REST de Audience Manager, así que el nuevo espacio de trabajo no los tiene: defínalos aquí si los usa.</translation>
        </message>
        <message numerus="yes">
            <source>Pulled the local account in %n request(s).</source>
            <translation>
                <numerusform>Se ha descargado la cuenta local (%n solicitud).</numerusform>
                <numerusform>Se ha descargado la cuenta local (%n solicitudes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Pull the Local Account</source>
            <translation>Descargar la cuenta local</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) will change the local account.</source>
            <translation>
                <numerusform>%n llamada cambiará la cuenta local.</numerusform>
                <numerusform>%n llamadas cambiarán la cuenta local.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be sent to the local account.</source>
            <translation>No se puede enviar nada a la cuenta local.</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Enviar a la cuenta local</translation>
        </message>
        <message>
            <source>Push to the local account: %1.</source>
            <translation>Envío a la cuenta local: %1.</translation>
        </message>
        <message>
            <source>Local account (pulled)</source>
            <extracomment>The name of a new workspace pulled from the local account. Sentences use it as a name ("%1 has changes that are not saved."): a title, not a phrase to decline.</extracomment>
            <translation>Cuenta local (descargada)</translation>
        </message>
        <message>
            <source>%1 (pulled)</source>
            <translation>%1 (descargada)</translation>
        </message>
        <message numerus="yes">
            <source>Pulled %1, %2 and %3 from the local account into a new workspace (%n request(s)).</source>
            <translation>
                <numerusform>Se han descargado %1, %2 y %3 de la cuenta local en un espacio de trabajo nuevo (%n solicitud).</numerusform>
                <numerusform>Se han descargado %1, %2 y %3 de la cuenta local en un espacio de trabajo nuevo (%n solicitudes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Take from the Local Account</source>
            <translation>Incorporar desde la cuenta local</translation>
        </message>
        <message numerus="yes">
            <source>Took %n change(s) of the local account into the workspace, as one step: Edit › Undo takes them back.</source>
            <translation>
                <numerusform>Se ha incorporado %n cambio de la cuenta local al espacio de trabajo en un solo paso: Edición › Deshacer lo revierte.</numerusform>
                <numerusform>Se han incorporado %n cambios de la cuenta local al espacio de trabajo en un solo paso: Edición › Deshacer los revierte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the client ID, the client secret, the user name and the password in the connection dialog.</source>
            <translation>Compruebe el ID de cliente, el secreto de cliente, el nombre de usuario y la contraseña en el diálogo de conexión.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them delete(s) from the account what was deleted in the workspace (mappings before their destination).</source>
            <translation>
                <numerusform>%n de ellas elimina en la cuenta lo que se eliminó en el espacio de trabajo (las asignaciones antes que su destino).</numerusform>
                <numerusform>%n de ellas eliminan en la cuenta lo que se eliminó en el espacio de trabajo (las asignaciones antes que su destino).</numerusform>
            </translation>
        </message>
        <message>
            <source>Canceled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>The pull was canceled; nothing was changed.</source>
            <translation>Se ha cancelado la descarga de la cuenta; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Changes from the account were taken into the workspace, so this comparison is out of date: compare again to see what is left to push.</source>
            <translation>Se han incorporado cambios de la cuenta al espacio de trabajo, por lo que esta comparación está desactualizada: vuelva a comparar para ver lo que queda por enviar.</translation>
        </message>
        <message>
            <source>Pulls an account's destinations, mappings and segments into a new workspace, so you can change them offline and push them back later.</source>
            <translation>Descarga los destinos, las asignaciones y los segmentos de una cuenta en un espacio de trabajo nuevo, para modificarlos sin conexión y enviarlos más adelante.</translation>
        </message>
        <message>
            <source>The connection was not saved: %1</source>
            <translation>La conexión no se ha guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountConnectDialog</name>
        <message>
            <source>Workspace the Local Account Is Made Of</source>
            <translation>Espacio de trabajo a partir del cual se crea la cuenta local</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espacios de trabajo de DCS Desk (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Connect to Audience Manager</source>
            <translation>Conectar con Audience Manager</translation>
        </message>
        <message>
            <source>&amp;Local account (offline)</source>
            <translation>Cuenta &amp;local (sin conexión)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>the bundled sample workspace</source>
            <translation>el espacio de trabajo de ejemplo incluido</translation>
        </message>
        <message>
            <source>&amp;Adobe account (OAuth Server-to-Server credential)</source>
            <translation>Cuenta de &amp;Adobe (credencial OAuth Server-to-Server)</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Entorno:</translation>
        </message>
        <message>
            <source>Other address</source>
            <translation>Otra dirección</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Di&amp;rección:</translation>
        </message>
        <message>
            <source>Client &amp;ID (API key):</source>
            <translation>&amp;ID de cliente (clave de API):</translation>
        </message>
        <message>
            <source>&amp;Organization ID:</source>
            <translation>ID de &amp;organización:</translation>
        </message>
        <message>
            <source>…@AdobeOrg</source>
            <translation>…@AdobeOrg</translation>
        </message>
        <message>
            <source>&amp;Scopes:</source>
            <translation>Ámbitos (&amp;scopes):</translation>
        </message>
        <message>
            <source>Client se&amp;cret:</source>
            <translation>Secreto de &amp;cliente:</translation>
        </message>
        <message>
            <source>Co&amp;nnect</source>
            <translation>Co&amp;nectar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Type the REST API's address, such as https://aam.adobe.io.</source>
            <translation>Escriba la dirección de la API REST, por ejemplo https://aam.adobe.io.</translation>
        </message>
        <message>
            <source>Type the client ID: the Developer Console shows it on the project's OAuth Server-to-Server credential.</source>
            <translation>Escriba el ID de cliente: la Developer Console lo muestra en la credencial OAuth Server-to-Server del proyecto.</translation>
        </message>
        <message>
            <source>Type the organization ID, which ends in @AdobeOrg (Developer Console, the credential's page).</source>
            <translation>Escriba el ID de organización, que termina en @AdobeOrg (Developer Console, página de la credencial).</translation>
        </message>
        <message>
            <source>Type the client secret (Developer Console, the credential's page, Retrieve client secret).</source>
            <translation>Escriba el secreto de cliente (Developer Console, página de la credencial, «Retrieve client secret»).</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The last attempt failed: %1</source>
            <translation>El último intento ha fallado: %1</translation>
        </message>
        <message>
            <source>An Audience Manager account that DCS Desk serves on this computer, made of a workspace file. Nothing leaves the computer. What you push to it is kept in memory; before it is lost, DCS Desk offers to save it as a workspace file.</source>
            <translation>Una cuenta de Audience Manager que DCS Desk aloja en este equipo, creada a partir de un archivo de espacio de trabajo. Nada sale del equipo. Lo que le envíe se guarda en memoria; antes de que se pierda, DCS Desk ofrece guardarlo como archivo de espacio de trabajo.</translation>
        </message>
        <message>
            <source>Forget the saved connection, and its secrets in the system keychain unless another connection uses them.</source>
            <translation>Olvidar la conexión guardada y sus secretos en el llavero del sistema, salvo que otra conexión los use.</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Nom&amp;bre:</translation>
        </message>
        <message>
            <source>e.g. Production</source>
            <translation>p. ej. Producción</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nueva conexión</translation>
        </message>
        <message>
            <source>Adobe account, le&amp;gacy OAuth (deprecated: user name and password)</source>
            <translation>Cuenta de Adobe, OAuth &amp;heredado (obsoleto: nombre de usuario y contraseña)</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>&amp;Remember the secrets in the system keychain</source>
            <translation>Recordar los secretos en el lla&amp;vero del sistema</translation>
        </message>
        <message>
            <source>Production (%1)</source>
            <translation>Producción (%1)</translation>
        </message>
        <message>
            <source>Beta (%1)</source>
            <translation>Beta (%1)</translation>
        </message>
        <message>
            <source>Local account</source>
            <translation>Cuenta local</translation>
        </message>
        <message>
            <source>Delete Connection</source>
            <translation>Eliminar conexión</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1"?</source>
            <translation>¿Eliminar la conexión guardada «%1»?</translation>
        </message>
        <message>
            <source>Delete the saved connection "%1" and its secrets in the %2?</source>
            <translation>¿Eliminar la conexión guardada «%1» y sus secretos del %2?</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>llavero del sistema</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>The connection "%1" is deleted.</source>
            <translation>Se ha eliminado la conexión «%1».</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>&amp;ID de cliente:</translation>
        </message>
        <message>
            <source>Type the client ID of the legacy API client (Adobe Customer Care gave it with its secret).</source>
            <translation>Escriba el ID de cliente del cliente de API heredado (se lo proporcionó Adobe Customer Care junto con el secreto de cliente).</translation>
        </message>
        <message>
            <source>Type the client secret of the legacy API client.</source>
            <translation>Escriba el secreto de cliente del cliente de API heredado.</translation>
        </message>
        <message>
            <source>Type the Audience Manager user name and password the legacy API client signs in with.</source>
            <translation>Escriba el nombre de usuario y la contraseña de Audience Manager con los que inicia sesión el cliente de API heredado.</translation>
        </message>
        <message>
            <source>client secret</source>
            <translation>el secreto de cliente</translation>
        </message>
        <message>
            <source>password</source>
            <translation>la contraseña</translation>
        </message>
        <message>
            <source>The %1 typed earlier in this session is filled in.</source>
            <translation>Se ha rellenado %1 que ha escrito antes en esta sesión.</translation>
        </message>
        <message>
            <source>The %1 was read from the %2.</source>
            <translation>Se ha leído %1 del %2.</translation>
        </message>
        <message>
            <source>The %1 holds no %2 for this connection: type it.</source>
            <translation>El %1 no tiene %2 de esta conexión: escriba el valor.</translation>
        </message>
        <message>
            <source>The %1 cannot be read from the %2 (%3). Type it: it is kept in memory until DCS Desk closes, and asked again at the next start.</source>
            <translation>No se puede leer %1 del %2 (%3). Escriba el valor: se guarda en memoria hasta que se cierre DCS Desk y se volverá a pedir en el próximo inicio.</translation>
        </message>
        <message>
            <source>Saving the secrets in the %1…</source>
            <translation>Guardando los secretos en el %1…</translation>
        </message>
        <message>
            <source>The %1 did not keep the secrets (%2). Press Connect again to use them for this session only; they will be asked again at the next start.</source>
            <translation>El %1 no ha guardado los secretos (%2). Vuelva a pulsar «Conectar» para usarlos solo en esta sesión; se volverán a pedir en el próximo inicio.</translation>
        </message>
        <message>
            <source>Sa&amp;ved connection:</source>
            <translation>Conexión &amp;guardada:</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>Eli&amp;minar…</translation>
        </message>
        <message>
            <source>A saved connection is already named "%1" (%2). Choose it in the list to change it, or type another name.</source>
            <translation>Ya hay una conexión guardada llamada «%1» (%2). Elíjala en la lista para cambiarla o escriba otro nombre.</translation>
        </message>
        <message>
            <source>No system keychain answered (%1): the secrets are kept in memory until DCS Desk closes.</source>
            <translation>Ningún llavero del sistema ha respondido (%1): los secretos se guardan en memoria hasta que se cierre DCS Desk.</translation>
        </message>
        <message>
            <source>dcsdesk-cli uses the same saved connections: a command with --connection "%1" will no longer find it.</source>
            <translation>dcsdesk-cli usa las mismas conexiones guardadas: un comando con --connection "%1" ya no la encontrará.</translation>
        </message>
        <message>
            <source>Workspace &amp;file:</source>
            <translation>Archivo del es&amp;pacio de trabajo:</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::AccountReviewDialog</name>
        <message>
            <source>Compare with %1</source>
            <translation>Comparación con %1</translation>
        </message>
        <message>
            <source>All differences</source>
            <translation>Todas las diferencias</translation>
        </message>
        <message>
            <source>To push</source>
            <translation>Por enviar</translation>
        </message>
        <message>
            <source>To take from the account</source>
            <translation>Por incorporar desde la cuenta</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Cannot be pushed</source>
            <translation>No se pueden enviar</translation>
        </message>
        <message>
            <source>Only in the account</source>
            <translation>Solo en la cuenta</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Destino o asignación</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Destinations and mappings that differ</source>
            <translation>Destinos y asignaciones que difieren</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Last pulled</source>
            <translation>Descargado por última vez</translation>
        </message>
        <message>
            <source>In the workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>In the account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Campos que difieren</translation>
        </message>
        <message>
            <source>The workspace and %1 hold the same destinations and mappings.</source>
            <translation>El espacio de trabajo y %1 contienen los mismos destinos y asignaciones.</translation>
        </message>
        <message>
            <source>Destination %1</source>
            <translation>Destino %1</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destino %1 (%2)</translation>
        </message>
        <message>
            <source>mappings differ</source>
            <translation>las asignaciones difieren</translation>
        </message>
        <message>
            <source>%1 — cannot be pushed</source>
            <translation>%1: no se puede enviar</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: narrow the list with the filter or the search</source>
            <translation>
                <numerusform>… y %n más: acote la lista con el filtro o la búsqueda</numerusform>
                <numerusform>… y %n más: acote la lista con el filtro o la búsqueda</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 de %2 mostrados</translation>
        </message>
        <message>
            <source>The destination itself differs too; choose "%1" to see how.</source>
            <translation>El propio destino también difiere; elija «%1» para ver en qué difiere.</translation>
        </message>
        <message>
            <source>The destination itself is the same on both sides; its mappings below differ.</source>
            <translation>El destino en sí es igual en ambos lados; lo que difiere son sus asignaciones, que se muestran debajo.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to %1. You confirm first.</source>
            <translation>Envía a %1 los destinos y las asignaciones marcados y los conflictos que haya resuelto. Antes se le pide confirmación.</translation>
        </message>
        <message>
            <source>conflict, settled: to push</source>
            <translation>conflicto resuelto, por enviar</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Push %n Item(s)…</source>
            <translation>
                <numerusform>En&amp;viar %n elemento…</numerusform>
                <numerusform>En&amp;viar %n elementos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict: choose a side</source>
            <translation>Conflicto: elija un lado</translation>
        </message>
        <message>
            <source>Keep the workspace's</source>
            <translation>Mantener el del espacio de trabajo</translation>
        </message>
        <message>
            <source>Take the account's</source>
            <translation>Incorporar el de la cuenta</translation>
        </message>
        <message>
            <source>Value to push for %1</source>
            <translation>Valor que se enviará para %1</translation>
        </message>
        <message>
            <source>Destination name, or a destination, mapping or segment ID</source>
            <translation>Nombre de destino o ID de destino, de asignación o de segmento</translation>
        </message>
        <message>
            <source>Shows the items whose title contains this text (not case-sensitive): a destination's name, or a destination, mapping or segment ID. Segment names are not searched.</source>
            <translation>Muestra los elementos cuyo título contiene este texto (sin distinguir mayúsculas): el nombre de un destino, o un ID de destino, asignación o segmento. No se buscan los nombres de segmentos.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>All differences: %1.</source>
            <translation>Todas las diferencias: %1.</translation>
        </message>
        <message>
            <source>Push sends the checked items: %1; %2.</source>
            <translation>Al pulsar «Enviar» se envían los elementos marcados: %1; %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s) to update</source>
            <translation>
                <numerusform>%n destino por actualizar</numerusform>
                <numerusform>%n destinos por actualizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n por crear</numerusform>
                <numerusform>%n por crear</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) to update</source>
            <translation>
                <numerusform>%n asignación por actualizar</numerusform>
                <numerusform>%n asignaciones por actualizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) unchecked</source>
            <translation>
                <numerusform>%n elemento desmarcado</numerusform>
                <numerusform>%n elementos desmarcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n with validation errors)</source>
            <translation>
                <numerusform>(%n con errores de validación)</numerusform>
                <numerusform>(%n con errores de validación)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent: %1.</source>
            <translation>No se envían: %1.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and %1 hold the same destinations and mappings. There is nothing to push.</source>
            <translation>No hay diferencias: el espacio de trabajo y %1 contienen los mismos destinos y asignaciones. No hay nada que enviar.</translation>
        </message>
        <message>
            <source>Nothing shown under "%1" matches "%2". The search looks in destination names and in destination, mapping and segment IDs. Clear the search, or choose "%3".</source>
            <translation>Nada de lo mostrado en «%1» coincide con «%2». La búsqueda abarca los nombres de destinos y los ID de destinos, asignaciones y segmentos. Borre la búsqueda o elija «%3».</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n difference(s) is in "%1". Choose "%2" to see them all.</source>
            <translation>
                <numerusform>La única diferencia (%n) no está en «%1». Elija «%2» para verla.</numerusform>
                <numerusform>Ninguna de las %n diferencias está en «%1». Elija «%2» para verlas todas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The validator finds errors in the workspace's version:</source>
            <translation>La validación encuentra errores en la versión del espacio de trabajo:</translation>
        </message>
        <message>
            <source>It is not pushed unless you check it; the push confirmation then names it.</source>
            <translation>Solo se envía si lo marca; en ese caso, la confirmación del envío lo menciona.</translation>
        </message>
        <message>
            <source>validation errors — %1</source>
            <translation>errores de validación — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n por eliminar</numerusform>
                <numerusform>%n por eliminar</numerusform>
            </translation>
        </message>
        <message>
            <source>Brings the checked changes of %1 into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Incorpora al espacio de trabajo los cambios marcados de %1, conservando los cambios propios del espacio de trabajo, en un solo paso que puede deshacer. No se envía nada.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Take %n Item(s) from the Account</source>
            <translation>
                <numerusform>&amp;Incorporar %n elemento desde la cuenta</numerusform>
                <numerusform>&amp;Incorporar %n elementos desde la cuenta</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is sent until you press Push and confirm. Uncheck what should not be pushed; settle a conflict field by field on the right. Take brings the checked changes of the account into the workspace (one step you can undo).</source>
            <translation>No se envía nada hasta que pulse «Enviar» y confirme. Desmarque lo que no deba enviarse; resuelva cada conflicto campo por campo a la derecha. «Incorporar» lleva al espacio de trabajo los cambios marcados de la cuenta (un solo paso que puede deshacer).</translation>
        </message>
        <message>
            <source>conflict, settled: to push and to take</source>
            <translation>conflicto resuelto, por enviar y por incorporar</translation>
        </message>
        <message>
            <source>conflict, settled: to take</source>
            <translation>conflicto resuelto, por incorporar</translation>
        </message>
        <message>
            <source>conflict, settled: nothing to do</source>
            <translation>conflicto resuelto, nada que hacer</translation>
        </message>
        <message>
            <source>DCS Desk's own destination fields (auto-fill, data export labels, platform) are not in Audience Manager's REST objects: they stay in the workspace and are neither compared, pulled nor pushed.</source>
            <translation>Los campos de destino propios de DCS Desk (relleno automático, etiquetas de exportación de datos, plataforma) no forman parte de los objetos REST de Audience Manager: se quedan en el espacio de trabajo y no se comparan, no se descargan ni se envían.</translation>
        </message>
        <message>
            <source>Compare with the Local Account</source>
            <translation>Comparación con la cuenta local</translation>
        </message>
        <message>
            <source>Sends the checked destinations and mappings, and the conflicts you settled, to the local account. You confirm first.</source>
            <translation>Envía a la cuenta local los destinos y las asignaciones marcados y los conflictos que haya resuelto. Antes se le pide confirmación.</translation>
        </message>
        <message>
            <source>Brings the checked changes of the local account into the workspace, keeping the workspace's own changes, as one step you can undo. Nothing is sent.</source>
            <translation>Incorpora al espacio de trabajo los cambios marcados de la cuenta local, conservando los cambios propios del espacio de trabajo, en un solo paso que puede deshacer. No se envía nada.</translation>
        </message>
        <message>
            <source>The workspace and the local account hold the same destinations and mappings.</source>
            <translation>El espacio de trabajo y la cuenta local contienen los mismos destinos y asignaciones.</translation>
        </message>
        <message>
            <source>Nothing differs: the workspace and the local account hold the same destinations and mappings. There is nothing to push.</source>
            <translation>No hay diferencias: el espacio de trabajo y la cuenta local contienen los mismos destinos y asignaciones. No hay nada que enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n changed in the account</source>
            <translation>
                <numerusform>%n elemento modificado en la cuenta</numerusform>
                <numerusform>%n elementos modificados en la cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new in the account</source>
            <translation>
                <numerusform>%n elemento nuevo en la cuenta</numerusform>
                <numerusform>%n elementos nuevos en la cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted in the account</source>
            <translation>
                <numerusform>%n elemento eliminado en la cuenta</numerusform>
                <numerusform>%n elementos eliminados en la cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n settled conflict(s)</source>
            <translation>
                <numerusform>%n conflicto resuelto</numerusform>
                <numerusform>%n conflictos resueltos</numerusform>
            </translation>
        </message>
        <message>
            <source>Take brings the account's version of: %1.</source>
            <translation>«Incorporar» lleva al espacio de trabajo la versión de la cuenta de: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) with no side chosen</source>
            <translation>
                <numerusform>%n conflicto sin lado elegido</numerusform>
                <numerusform>%n conflictos sin lado elegido</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchCharts</name>
        <message>
            <source>Latency</source>
            <translation>Latencia</translation>
        </message>
        <message>
            <source>Answers by HTTP status and DCS error</source>
            <translation>Respuestas por estado HTTP y error del DCS</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Error %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>milliseconds (upper bound of each bar)</source>
            <translation>milisegundos (límite superior de cada barra)</translation>
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
            <translation>Generar este número de usuarios con ID aleatorios de 38 dígitos.</translation>
        </message>
        <message>
            <source>ID type of generated users: uuid (default) or mid.</source>
            <translation>Tipo de ID de los usuarios generados: uuid (predeterminado) o mid.</translation>
        </message>
        <message>
            <source>Calls in flight at once (default 6, at most %1).</source>
            <translation>Llamadas simultáneas en curso (predeterminado: 6, como máximo %1).</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network (default 3).</source>
            <translation>Reintentos de una llamada respondida con 429 o perdida en la red (predeterminado: 3).</translation>
        </message>
        <message>
            <source>Give up a call after this many seconds (default 10).</source>
            <translation>Abandonar una llamada tras este número de segundos (predeterminado: 10).</translation>
        </message>
        <message>
            <source>Write one line per row to this file: .csv, or .jsonl for JSON Lines.</source>
            <translation>Escribir una línea por fila en este archivo: .csv, o .jsonl para JSON Lines.</translation>
        </message>
        <message>
            <source>What to do with rows that cannot be sent: skip (default, they are listed) or stop (send nothing).</source>
            <translation>Qué hacer con las filas que no se pueden enviar: skip (predeterminado, se listan) o stop (no enviar nada).</translation>
        </message>
        <message>
            <source>%1/%2 (%3%)</source>
            <translation>%1/%2 (%3 %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 llamadas/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>tiempo restante %1</translation>
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
            <translation>errores del DCS: %1</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>fallidas: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>--uuid and --mid name one user; a batch takes its users from --input or --generate.</source>
            <translation>--uuid y --mid indican un solo usuario; un lote toma sus usuarios de --input o --generate.</translation>
        </message>
        <message>
            <source>Give the users with either --input FILE (CSV) or --generate N.</source>
            <translation>Indique los usuarios con --input ARCHIVO (CSV) o con --generate N.</translation>
        </message>
        <message>
            <source>--concurrency takes a number from 1 to %1, not “%2”.</source>
            <translation>--concurrency admite un número de 1 a %1, no «%2».</translation>
        </message>
        <message>
            <source>--retries takes a number from 0 to 20, not “%1”.</source>
            <translation>--retries admite un número de 0 a 20, no «%1».</translation>
        </message>
        <message>
            <source>--rate takes calls per second (0 for no limit), not “%1”.</source>
            <translation>--rate admite llamadas por segundo (0 = sin límite), no «%1».</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout admite un número de segundos entre 0 y 3600, no «%1».</translation>
        </message>
        <message>
            <source>--on-invalid takes skip or stop, not “%1”.</source>
            <translation>--on-invalid admite skip o stop, no «%1».</translation>
        </message>
        <message>
            <source>--out needs a file name such as results.csv, not a folder.</source>
            <translation>--out necesita un nombre de archivo como results.csv, no una carpeta.</translation>
        </message>
        <message>
            <source>--generate takes a number from 1 to %1, not “%2”.</source>
            <translation>--generate admite un número de 1 a %1, no «%2».</translation>
        </message>
        <message>
            <source>--id-type takes uuid or mid, not “%1”.</source>
            <translation>--id-type admite uuid o mid, no «%1».</translation>
        </message>
        <message>
            <source>--seed takes a whole number, not “%1”.</source>
            <translation>--seed admite un número entero, no «%1».</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n usuario generado</numerusform>
                <numerusform>%n usuarios generados</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <source>line %1 skipped: %2</source>
            <translation>línea %1 omitida: %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) skipped.</source>
            <translation>
                <numerusform>… y %n fila más omitida.</numerusform>
                <numerusform>… y %n filas más omitidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 answered, %2 with DCS errors, %3 failed, %4 invalid, %5 not sent; %6 calls/s; latency p50 %7 ms, p95 %8 ms, p99 %9 ms.</source>
            <translation>%1 respondidas, %2 con errores del DCS, %3 fallidas, %4 no válidas, %5 no enviadas; %6 llamadas/s; latencia p50 %7 ms, p95 %8 ms, p99 %9 ms.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>llamadas</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>skip|stop</source>
            <translation>skip|stop</translation>
        </message>
        <message>
            <source>line %1, user %2: %3</source>
            <translation>línea %1, usuario %2: %3</translation>
        </message>
        <message>
            <source>CSV file of users (or - for stdin) with a d_uuid or d_mid column and optional c_, p_, d_, h_ signal columns, d_cid, d_cid_ic, d_orgid, region, and the expectations expect_segments, expect_not_segments and expect_destinations.</source>
            <translation>Archivo CSV de usuarios (o - para la entrada estándar) con una columna d_uuid o d_mid y, opcionalmente, columnas de señales c_, p_, d_, h_, además de d_cid, d_cid_ic, d_orgid, region y las expectativas expect_segments, expect_not_segments y expect_destinations.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s) with failed or unchecked expectations.</source>
            <translation>
                <numerusform>… y %n fila más con expectativas no cumplidas o sin comprobar.</numerusform>
                <numerusform>… y %n filas más con expectativas no cumplidas o sin comprobar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the --out CSV without the UTF-8 byte order mark (kept by default so that Excel reads the file as UTF-8).</source>
            <translation>Escribir el CSV de --out sin la marca de orden de bytes UTF-8 (se incluye por defecto para que Excel lea el archivo como UTF-8).</translation>
        </message>
        <message>
            <source>Send a request for every user of a CSV file (or N generated users) and summarize the answers.</source>
            <translation>Enviar una solicitud por cada usuario de un archivo CSV (o N usuarios generados) y resumir las respuestas.</translation>
        </message>
        <message>
            <source>At most this many calls per second (default: no limit for the sandbox or a loopback address, %1 for the live DCS).</source>
            <translation>Como máximo este número de llamadas por segundo (predeterminado: sin límite para el sandbox o una dirección de loopback, %1 para el DCS real).</translation>
        </message>
        <message numerus="yes">
            <source>Confirm a run of more than %n call(s) to the live DCS.</source>
            <translation>
                <numerusform>Confirmar una ejecución de más de %n llamada al DCS real.</numerusform>
                <numerusform>Confirmar una ejecución de más de %n llamadas al DCS real.</numerusform>
            </translation>
        </message>
        <message>
            <source>This sends %1 calls to the live DCS, not the local sandbox. Add --yes to confirm (the rate is %2 calls per second unless you set --rate), or use --sandbox or a loopback --base-url to try it locally.</source>
            <translation>Esta ejecución enviaría %1 llamadas al DCS real, no al sandbox local. Añada --yes para confirmar (el ritmo es de %2 llamadas por segundo salvo que indique --rate), o use --sandbox o una --base-url de loopback para probarlo en local.</translation>
        </message>
        <message>
            <source>Seed for the generated users; the same seed gives the same users (default 1).</source>
            <translation>Semilla de los usuarios generados; la misma semilla da los mismos usuarios (predeterminado: 1).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExpectations</name>
        <message>
            <source>Write a cookie name (aam_gpt), a destination ID or name, or url; add =TEXT (contains), ==TEXT (equals) or ~REGEX for the value, ! in front for “does not fire”, and separate several with ; (for example aam_gpt=1001;url=ads.example.com).</source>
            <translation>Escriba un nombre de cookie (aam_gpt), un ID o nombre de destino, o url; añada =TEXTO (contiene), ==TEXTO (igual) o ~REGEX para el valor, ! delante para «no se dispara», y separe varios con ; (por ejemplo aam_gpt=1001;url=ads.example.com).</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression (%2).</source>
            <translation>«%1» no es una expresión regular válida (%2).</translation>
        </message>
        <message>
            <source>“%1” names no destination. %2</source>
            <translation>«%1» no indica ningún destino. %2</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>El espacio de trabajo no tiene el destino %1.</translation>
        </message>
        <message>
            <source>“%1” looks like a destination ID, but no workspace is open to look it up.</source>
            <translation>«%1» parece un ID de destino, pero no hay ningún espacio de trabajo abierto donde buscarlo.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) has no URL format to look for; write url=TEXT with a part of the URL it fires.</source>
            <translation>El destino %1 (%2) no tiene un formato de URL que buscar; escriba url=TEXTO con una parte de la URL que se dispara.</translation>
        </message>
        <message>
            <source>Destination %1 (%2) is server-to-server: it never appears in an answer, so it cannot be expected there.</source>
            <translation>El destino %1 (%2) es de servidor a servidor: nunca aparece en una respuesta, así que no se puede esperar que aparezca en ella.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not a segment ID. Write segment IDs separated by ; (for example 1001;1002).</source>
            <translation>«%1» en la columna %2 no es un ID de segmento. Escriba los ID de segmento separados por ; (por ejemplo 1001;1002).</translation>
        </message>
        <message>
            <source>Column %1: %2</source>
            <translation>Columna %1: %2</translation>
        </message>
        <message>
            <source>The expected segments cannot be checked: the template does not ask for segment IDs. Set Traits and segments to 2 (d_cts=2, --cts 2 on the command line).</source>
            <translation>Los segmentos esperados no se pueden comprobar: la plantilla no pide los ID de segmento. Elija 2 en «Rasgos y segmentos» (d_cts=2, --cts 2 en la línea de comandos).</translation>
        </message>
        <message>
            <source>The expected URL destinations cannot be checked: the template does not ask for them. Tick URL destinations (d_dst=1, --dst on the command line).</source>
            <translation>Los destinos de URL esperados no se pueden comprobar: la plantilla no los pide. Marque «Destinos de URL» (d_dst=1, --dst en la línea de comandos).</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Sin comprobar: la fila no ha recibido respuesta.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer. %1</source>
            <translation>Sin comprobar: la fila no ha recibido respuesta. %1</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for segment IDs (d_cts=2).</source>
            <translation>Sin comprobar: %1. La plantilla no pide los ID de segmento (d_cts=2).</translation>
        </message>
        <message>
            <source>Not checked: %1. The template does not ask for URL destinations (d_dst=1).</source>
            <translation>Sin comprobar: %1. La plantilla no pide los destinos de URL (d_dst=1).</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>Sin comprobar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) failed their expectations</source>
            <translation>
                <numerusform>Expectativas no cumplidas: %1 de %n fila</numerusform>
                <numerusform>Expectativas no cumplidas: %1 de %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; %2 passed, %3 not checked.</source>
            <translation>%1; %2 cumplidas, %3 sin comprobar.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchExport</name>
        <message>
            <source>Cannot write the results: %1</source>
            <translation>No se pueden escribir los resultados: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder or file name.</source>
            <translation>No se puede escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchHistory</name>
        <message>
            <source>Cannot save the run in the history (%1): %2</source>
            <translation>No se puede guardar la ejecución en el historial (%1): %2</translation>
        </message>
        <message>
            <source>Cannot read the batch history (%1): %2</source>
            <translation>No se puede leer el historial de lotes (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchInput</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>The file is empty. A batch CSV starts with a header line such as d_uuid,c_color.</source>
            <translation>El archivo está vacío. Un CSV de lote empieza con una línea de cabecera como d_uuid,c_color.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice in the header. Keep one.</source>
            <translation>La columna «%1» aparece dos veces en la cabecera. Deje solo una.</translation>
        </message>
        <message>
            <source>The header has both d_uuid and d_mid. Keep one user ID column.</source>
            <translation>La cabecera tiene d_uuid y d_mid. Deje una sola columna de ID de usuario.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: it is set once for all users in the request template.</source>
            <translation>La columna «%1» se ignora: se define una vez para todos los usuarios en la plantilla de la solicitud.</translation>
        </message>
        <message>
            <source>Column “%1” is ignored: signal columns start with c_, p_, d_ or h_.</source>
            <translation>La columna «%1» se ignora: las columnas de señales empiezan por c_, p_, d_ o h_.</translation>
        </message>
        <message>
            <source>The header has no d_uuid or d_mid column, so the rows name no user. Add one (for example d_uuid,c_color).</source>
            <translation>La cabecera no tiene columna d_uuid ni d_mid, así que las filas no indican ningún usuario. Añada una (por ejemplo d_uuid,c_color).</translation>
        </message>
        <message>
            <source>The file has more than %1 rows; split it into smaller batches.</source>
            <translation>El archivo tiene más de %1 filas; divídalo en lotes más pequeños.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Quote values that contain the delimiter.</source>
            <translation>Campos en esta fila: %1; en la cabecera: %2. Ponga entre comillas los valores que contengan el delimitador.</translation>
        </message>
        <message>
            <source>No user ID in the %1 column.</source>
            <translation>No hay ID de usuario en la columna %1.</translation>
        </message>
        <message>
            <source>Unknown region “%1”. Use a DCS region ID (3, 4, 6, 7, 8, 9, 11, 12) or a code such as usw2.</source>
            <translation>Región desconocida «%1». Use un ID de región del DCS (3, 4, 6, 7, 8, 9, 11, 12) o un código como usw2.</translation>
        </message>
        <message>
            <source>“%1” in column %2 is not NAMESPACE:ID[:AUTH], for example 123:abc or crm_code:abc:1; separate several with |.</source>
            <translation>«%1» en la columna %2 no tiene la forma ESPACIO_DE_NOMBRES:ID[:AUTH], por ejemplo 123:abc o crm_code:abc:1; separe varios con |.</translation>
        </message>
        <message>
            <source>The file has a header but no rows of users.</source>
            <translation>El archivo tiene cabecera pero ninguna fila de usuarios.</translation>
        </message>
        <message>
            <source>Generate between 1 and %1 users, not %2.</source>
            <translation>Genere entre 1 y %1 usuarios, no %2.</translation>
        </message>
        <message>
            <source>The column “%1” is not an expectation DCS Desk knows. Use %2.</source>
            <translation>La columna «%1» no es una expectativa que DCS Desk conozca. Use %2.</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
        <message>
            <source>saved %1, SHA-256 %2</source>
            <translation>guardado el %1, SHA-256 %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchResultModel</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>Errores del DCS</translation>
        </message>
        <message>
            <source>Cookie destinations</source>
            <translation>Destinos de cookie</translation>
        </message>
        <message>
            <source>URL destinations</source>
            <translation>Destinos de URL</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>Tiempo (ms)</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Expectativas</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRowResult</name>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Respondida</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>No enviada</translation>
        </message>
        <message>
            <source>Invalid row</source>
            <translation>Fila no válida</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Cumplidas</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>NO CUMPLIDAS</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Sin comprobar</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchRunner</name>
        <message>
            <source>The batch is already running.</source>
            <translation>El lote ya se está ejecutando.</translation>
        </message>
        <message>
            <source>The request is refused: %1</source>
            <translation>La solicitud se rechaza: %1</translation>
        </message>
        <message>
            <source>No row can be sent: %1</source>
            <translation>No se puede enviar ninguna fila: %1</translation>
        </message>
        <message>
            <source>No row can be sent: every row of the input is invalid.</source>
            <translation>No se puede enviar ninguna fila: ninguna fila de la entrada es válida.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent; the first is line %1: %2</source>
            <translation>
                <numerusform>%n fila no se puede enviar (línea %1): %2</numerusform>
                <numerusform>%n filas no se pueden enviar; la primera es la línea %1: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent: %1</source>
            <translation>
                <numerusform>%n fila no se puede enviar: %1</numerusform>
                <numerusform>%n filas no se pueden enviar: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1. Give each user's own IDs in the input (columns d_cid or d_cid_ic).</source>
            <translation>No se incluye en la llamada de ningún usuario, porque identifica a un solo usuario: %1. Indique los ID propios de cada usuario en la entrada (columnas d_cid o d_cid_ic).</translation>
        </message>
        <message>
            <source>Every user's call: %1 %2</source>
            <translation>Llamada de cada usuario: %1 %2</translation>
        </message>
        <message>
            <source>Parameters for every user: %1</source>
            <translation>Parámetros para todos los usuarios: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Headers for every user: %1</source>
            <translation>Cabeceras para todos los usuarios: %1</translation>
        </message>
        <message>
            <source>From each user's row: the user ID (d_uuid or d_mid), and the row's own signals, d_cid, d_cid_ic, d_orgid and region.</source>
            <translation>De la fila de cada usuario: el ID de usuario (d_uuid o d_mid) y las señales propias de la fila, d_cid, d_cid_ic, d_orgid y region.</translation>
        </message>
        <message>
            <source>Not sent for every user, because it identifies one user: %1.</source>
            <translation>No se incluye en la llamada de ningún usuario, porque identifica a un solo usuario: %1.</translation>
        </message>
        <message>
            <source>Not checked: the row got no answer.</source>
            <translation>Sin comprobar: la fila no ha recibido respuesta.</translation>
        </message>
        <message>
            <source>Not checked: the row was not sent.</source>
            <translation>Sin comprobar: la fila no se ha enviado.</translation>
        </message>
        <message>
            <source>Canceled while waiting to retry.</source>
            <translation>Cancelada mientras esperaba un reintento.</translation>
        </message>
        <message>
            <source>Canceled while the call was in flight.</source>
            <translation>Cancelada mientras la llamada estaba en curso.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled first.</source>
            <translation>No enviada: la ejecución se ha cancelado antes.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BatchView</name>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>&amp;CSV file:</source>
            <translation>Archivo &amp;CSV:</translation>
        </message>
        <message>
            <source>&amp;Generate:</source>
            <translation>&amp;Generar:</translation>
        </message>
        <message>
            <source>A CSV with a d_uuid or d_mid column</source>
            <translation>Un CSV con una columna d_uuid o d_mid</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Exa&amp;minar…</translation>
        </message>
        <message>
            <source> users</source>
            <translation> usuarios</translation>
        </message>
        <message>
            <source>Invalid rows:</source>
            <translation>Filas no válidas:</translation>
        </message>
        <message>
            <source>Skip them and send the others</source>
            <translation>Omitirlas y enviar las demás</translation>
        </message>
        <message>
            <source>Stop: send nothing</source>
            <translation>Detener: no enviar nada</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>Per&amp;fil:</translation>
        </message>
        <message>
            <source>Te&amp;mplate:</source>
            <translation>Plan&amp;tilla:</translation>
        </message>
        <message>
            <source>URL destinations (d_dst=1)</source>
            <translation>Destinos de URL (d_dst=1)</translation>
        </message>
        <message>
            <source>Traits and segments (d_cts):</source>
            <translation>Rasgos y segmentos (d_cts):</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivados</translation>
        </message>
        <message>
            <source>1 — legacy segment IDs</source>
            <translation>1 — ID de segmento heredados</translation>
        </message>
        <message>
            <source>2 — segment IDs</source>
            <translation>2 — ID de segmento</translation>
        </message>
        <message>
            <source>Signals for every user:</source>
            <translation>Señales para cada usuario:</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Calls at &amp;once:</source>
            <translation>Llamadas &amp;simultáneas:</translation>
        </message>
        <message>
            <source>&amp;Rate limit:</source>
            <translation>Límite &amp;de frecuencia:</translation>
        </message>
        <message>
            <source> calls/s</source>
            <translation> llamadas/s</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Re&amp;tries:</source>
            <translation>Reintent&amp;os:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>I&amp;niciar</translation>
        </message>
        <message>
            <source>Start the batch (%1)</source>
            <translation>Iniciar el lote (%1)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the results as CSV or JSON Lines (%1)</source>
            <translation>Guardar los resultados como CSV o JSON Lines (%1)</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Contador</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Todas las filas</translation>
        </message>
        <message>
            <source>OK (200, no DCS errors)</source>
            <translation>Correctas (200, sin errores del DCS)</translation>
        </message>
        <message>
            <source>With DCS errors</source>
            <translation>Con errores del DCS</translation>
        </message>
        <message>
            <source>Not HTTP 200</source>
            <translation>No HTTP 200</translation>
        </message>
        <message>
            <source>Failed or not sent</source>
            <translation>Fallidas o no enviadas</translation>
        </message>
        <message>
            <source>Invalid rows</source>
            <translation>Filas no válidas</translation>
        </message>
        <message>
            <source>Filter by user, tid, error code…</source>
            <translation>Filtrar por usuario, tid, código de error…</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox local</translation>
        </message>
        <message>
            <source>Empty request</source>
            <translation>Solicitud vacía</translation>
        </message>
        <message>
            <source>From the request console</source>
            <translation>De la consola de solicitudes</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Guardada: %1</translation>
        </message>
        <message>
            <source>Open a CSV of users</source>
            <translation>Abrir un CSV de usuarios</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot use this CSV file</source>
            <translation>No se puede usar este archivo CSV</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) to send</source>
            <translation>
                <numerusform>%n usuario por enviar</numerusform>
                <numerusform>%n usuarios por enviar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n row(s) cannot be sent</source>
            <translation>
                <numerusform>· %n fila no se puede enviar</numerusform>
                <numerusform>· %n filas no se pueden enviar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>· %n note(s)</source>
            <translation>
                <numerusform>· %n nota</numerusform>
                <numerusform>· %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>Choose a CSV file of users first, or generate users.</source>
            <translation>Elija primero un archivo CSV de usuarios o genere usuarios.</translation>
        </message>
        <message numerus="yes">
            <source>%n generated user(s)</source>
            <translation>
                <numerusform>%n usuario generado</numerusform>
                <numerusform>%n usuarios generados</numerusform>
            </translation>
        </message>
        <message>
            <source>The local sandbox cannot start: %1</source>
            <translation>El sandbox local no puede iniciarse: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be sent and are skipped; see the Invalid rows filter.</source>
            <translation>
                <numerusform>%n fila no se puede enviar y se omite; vea el filtro «Filas no válidas».</numerusform>
                <numerusform>%n filas no se pueden enviar y se omiten; vea el filtro «Filas no válidas».</numerusform>
            </translation>
        </message>
        <message>
            <source>Not started.</source>
            <translation>Aún no ha empezado.</translation>
        </message>
        <message>
            <source>%1 of %2 (%p%)</source>
            <translation>%1 de %2 (%p %)</translation>
        </message>
        <message>
            <source>%1 calls/s</source>
            <translation>%1 llamadas/s</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>tiempo restante %1</translation>
        </message>
        <message>
            <source>elapsed %1</source>
            <translation>transcurrido %1</translation>
        </message>
        <message>
            <source>latency p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
            <translation>latencia p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
        </message>
        <message numerus="yes">
            <source>%n retry(ies)</source>
            <translation>
                <numerusform>%n reintento</numerusform>
                <numerusform>%n reintentos</numerusform>
            </translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Respondidas</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Error %1</source>
            <translation>Error %1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallidas</translation>
        </message>
        <message>
            <source>In flight</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Rate limited (429)</source>
            <translation>Limitadas por frecuencia (429)</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <source>Done: %1 answered, %2 with DCS errors, %3 failed.</source>
            <translation>Terminado: %1 respondidas, %2 con errores del DCS, %3 fallidas.</translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Exportar los resultados del lote</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se ha guardado %1.</translation>
        </message>
        <message>
            <source>%1 The run summary was not saved in the history: %2</source>
            <translation>%1 El resumen de la ejecución no se ha guardado en el historial: %2</translation>
        </message>
        <message>
            <source>What each call sends:</source>
            <translation>Lo que envía cada llamada:</translation>
        </message>
        <message>
            <source>What each call of the run sends</source>
            <translation>Lo que envía cada llamada de la ejecución</translation>
        </message>
        <message>
            <source>No batch run yet</source>
            <translation>Aún no hay ninguna ejecución por lotes</translation>
        </message>
        <message>
            <source>Number of users to generate</source>
            <translation>Número de usuarios que se generarán</translation>
        </message>
        <message>
            <source>Filter results</source>
            <translation>Filtrar resultados</translation>
        </message>
        <message>
            <source>Rows shown</source>
            <translation>Filas mostradas</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Contadores</translation>
        </message>
        <message>
            <source>Results of the batch</source>
            <translation>Resultados de la ejecución por lotes</translation>
        </message>
        <message numerus="yes">
            <source>· %n with expectations</source>
            <translation>
                <numerusform>· %n con expectativas</numerusform>
                <numerusform>· %n con expectativas</numerusform>
            </translation>
        </message>
        <message>
            <source>With expectations</source>
            <translation>Con expectativas</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Cumplidas</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Sin comprobar</translation>
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
                <numerusform>Expectativas (%n):</numerusform>
                <numerusform>Expectativas (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Línea %1</translation>
        </message>
        <message>
            <source>Line %1, user %2</source>
            <translation>Línea %1, usuario %2</translation>
        </message>
        <message>
            <source>Choose a CSV file: a header with d_uuid or d_mid, and optional c_, p_, d_, h_ signal columns, d_cid, d_orgid, region and expect_ columns (what each answer must show).</source>
            <translation>Elija un archivo CSV: una línea de cabecera con d_uuid o d_mid y, opcionalmente, columnas de señales c_, p_, d_, h_, además de d_cid, d_orgid, region y columnas expect_ (lo que debe mostrar cada respuesta).</translation>
        </message>
        <message>
            <source>Failed or unchecked expectations</source>
            <translation>Expectativas no cumplidas o sin comprobar</translation>
        </message>
        <message>
            <source>CSV, failed or unchecked expectations only (*.csv)</source>
            <translation>CSV, solo expectativas no cumplidas o sin comprobar (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines, failed or unchecked expectations only (*.jsonl)</source>
            <translation>JSON Lines, solo expectativas no cumplidas o sin comprobar (*.jsonl)</translation>
        </message>
        <message>
            <source>Saved the rows with failed or unchecked expectations in %1.</source>
            <translation>Se han guardado en %1 las filas con expectativas no cumplidas o sin comprobar.</translation>
        </message>
        <message>
            <source>Input: %1 (%2).</source>
            <translation>Entrada: %1 (%2).</translation>
        </message>
        <message>
            <source>Nothing was sent: %1 cannot be read again as it is on disk now: %2</source>
            <translation>No se ha enviado nada: %1 no se puede volver a leer tal como está ahora en el disco: %2</translation>
        </message>
        <message>
            <source>%1 changed on disk since it was loaded: this run uses the file as it is now.</source>
            <translation>%1 ha cambiado en el disco desde que se cargó: esta ejecución usa el archivo tal como está ahora.</translation>
        </message>
        <message>
            <source>CSV for spreadsheets, UTF-8 with BOM (*.csv)</source>
            <translation>CSV para hojas de cálculo, UTF-8 con BOM (*.csv)</translation>
        </message>
        <message>
            <source>CSV for scripts, UTF-8 without BOM (*.csv)</source>
            <translation>CSV para scripts, UTF-8 sin BOM (*.csv)</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>expectations not met</comment>
            <translation>No cumplidas</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s) with random 38-digit IDs (as dcsdesk-cli batch --generate makes them).</source>
            <translation>
                <numerusform>%n usuario con un ID aleatorio de 38 dígitos (como los que genera dcsdesk-cli batch --generate).</numerusform>
                <numerusform>%n usuarios con ID aleatorios de 38 dígitos (como los que genera dcsdesk-cli batch --generate).</numerusform>
            </translation>
        </message>
        <message>
            <source>This run sends %1 calls to the live DCS of profile “%2”, not to the local sandbox, at %3 calls per second. Continue?</source>
            <translation>Esta ejecución envía %1 llamadas al DCS real del perfil «%2», no al sandbox local, a %3 llamadas por segundo. ¿Continuar?</translation>
        </message>
        <message>
            <source>Send to the live DCS?</source>
            <translation>¿Enviar al DCS real?</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be sent; the “Invalid rows” setting skips them or stops the run.</source>
            <translation>
                <numerusform>%n fila de %1 no se puede enviar; el ajuste «Filas no válidas» la omite o detiene la ejecución.</numerusform>
                <numerusform>%n filas de %1 no se pueden enviar; el ajuste «Filas no válidas» las omite o detiene la ejecución.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show Invalid Rows…</source>
            <translation>Mostrar filas no válidas…</translation>
        </message>
        <message>
            <source>At most this many calls start per second. Runs against the live DCS start at %1 calls per second unless you set a rate.</source>
            <translation>Número máximo de llamadas que empiezan cada segundo. Las ejecuciones en el DCS real usan %1 llamadas por segundo salvo que indique otro límite.</translation>
        </message>
        <message>
            <source>Retries of a call answered 429 or lost on the network; Retry-After is honored.</source>
            <translation>Reintentos de una llamada respondida con 429 o perdida en la red; se respeta Retry-After.</translation>
        </message>
        <message>
            <source>Canceled or not sent</source>
            <translation>Canceladas o no enviadas</translation>
        </message>
        <message>
            <source>Canceled: %1 answered, %2 not sent.</source>
            <translation>Cancelado: %1 respondidas, %2 no enviadas.</translation>
        </message>
        <message>
            <source>A batch sends one call for each of many users, at the pace you set, and counts the answers. Choose the users above (a CSV file of user IDs, or a number of generated users), the profile and the request, then click Start. The result of every call is listed here.</source>
            <translation>Un lote envía una llamada por cada uno de muchos usuarios, al ritmo que usted fije, y cuenta las respuestas. Elija arriba los usuarios (un archivo CSV de ID de usuario o un número de usuarios generados), el perfil y la solicitud, y pulse «Iniciar». El resultado de cada llamada aparece aquí.</translation>
        </message>
        <message>
            <source>Rows That Cannot Be Sent</source>
            <translation>Filas que no se pueden enviar</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::BulkEditDialog</name>
        <message>
            <source>Set the &amp;start date to</source>
            <translation>Establecer la fecha de &amp;inicio en</translation>
        </message>
        <message>
            <source>Set the &amp;end date to</source>
            <translation>Establecer la fecha de &amp;finalización en</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n Mapping(s)</source>
            <translation>
                <numerusform>Editar %n asignación</numerusform>
                <numerusform>Editar %n asignaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the &amp;value to</source>
            <translation>Establecer el &amp;valor en</translation>
        </message>
        <message>
            <source>Set the a&amp;lias to</source>
            <translation>Establecer el a&amp;lias en</translation>
        </message>
        <message>
            <source>Set the &amp;URL to</source>
            <translation>Establecer la &amp;URL en</translation>
        </message>
        <message>
            <source>Set the &amp;key to</source>
            <translation>Establecer la &amp;clave en</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name, {value} the current value, {second} the current second value.</source>
            <translation>Marcadores de posición: {sid} ID de segmento, {code} código de integración, {name} nombre del segmento, {value} el valor actual, {second} el segundo valor actual.</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>Establecer la &amp;prioridad en</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Apply to %n Mapping(s)</source>
            <translation>
                <numerusform>&amp;Aplicar a %n asignación</numerusform>
                <numerusform>&amp;Aplicar a %n asignaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Segment %1: “%2” becomes “%3”.</source>
            <translation>Segmento %1: «%2» pasa a ser «%3».</translation>
        </message>
        <message>
            <source>Example: seg-{sid} gives seg-1005 for segment 1005.</source>
            <translation>Ejemplo: seg-{sid} da seg-1005 para el segmento 1005.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value; untick it to keep each mapping's own.</source>
            <translation>Marque esta casilla para dar este valor a todas las asignaciones seleccionadas; desmárquela para que cada asignación conserve el suyo.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this start date.</source>
            <translation>Marque esta casilla para dar esta fecha de inicio a todas las asignaciones seleccionadas.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this end date, or no end date (Never).</source>
            <translation>Marque esta casilla para dar esta fecha de finalización a todas las asignaciones seleccionadas, o ninguna («Nunca»).</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this value of its key; untick it to keep each mapping's own.</source>
            <translation>Marque esta casilla para dar a todas las asignaciones seleccionadas este valor de su clave; desmárquela para que cada asignación conserve el suyo.</translation>
        </message>
        <message>
            <source>Tick it to give every selected mapping this priority.</source>
            <translation>Marque esta casilla para dar esta prioridad a todas las asignaciones seleccionadas.</translation>
        </message>
        <message>
            <source>Set the &amp;value of the key to</source>
            <translation>Establecer el &amp;valor de la clave en</translation>
        </message>
        <message>
            <source>Only the checked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Solo cambian los campos marcados; los demás conservan el valor propio de cada asignación. Es un solo paso en la pila de deshacer.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CallQualification</name>
        <message>
            <source>Segment %1 qualifies: its rule %2 holds for this call's signals.</source>
            <translation>Se cumplen los requisitos del segmento %1: su regla %2 es verdadera para las señales de esta llamada.</translation>
        </message>
        <message>
            <source>Segment %1 qualifies: d_sid asks for it.</source>
            <translation>Se cumplen los requisitos del segmento %1: d_sid lo solicita.</translation>
        </message>
        <message>
            <source>Segment %1 is not in the workspace.</source>
            <translation>El segmento %1 no está en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Segment %1 is inactive in the workspace.</source>
            <translation>El segmento %1 está inactivo en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Segment %1 has no rule: only d_sid qualifies a user for it.</source>
            <translation>El segmento %1 no tiene regla: solo d_sid hace que un usuario cumpla sus requisitos.</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule has an error (%2).</source>
            <translation>No se cumplen los requisitos del segmento %1: su regla tiene un error (%2).</translation>
        </message>
        <message>
            <source>Segment %1 is not qualified: its rule %2 is false for this call's signals.</source>
            <translation>No se cumplen los requisitos del segmento %1: su regla %2 es falsa para las señales de esta llamada.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureCall</name>
        <message>
            <source>call %1 (%2)</source>
            <translation>llamada %1 (%2)</translation>
        </message>
        <message>
            <source>Opted out of Audience Manager (NOTARGET)</source>
            <translation>Excluido de Audience Manager (NOTARGET)</translation>
        </message>
        <message>
            <source>Audience Manager user ID (UUID) %1</source>
            <translation>ID de usuario de Audience Manager (UUID) %1</translation>
        </message>
        <message>
            <source>data source %1 on %2</source>
            <translation>fuente de datos %1 el %2</translation>
        </message>
        <message>
            <source>Opted out (NOTARGET)</source>
            <translation>Excluido (NOTARGET)</translation>
        </message>
        <message>
            <source>Last ID syncs: %1</source>
            <translation>Últimas sincronizaciones de ID: %1</translation>
        </message>
        <message>
            <source>destination %1 on %2</source>
            <translation>destino %1 el %2</translation>
        </message>
        <message>
            <source>Destination send errors: %1</source>
            <translation>Errores de envío a destinos: %1</translation>
        </message>
        <message>
            <source>ECID %1</source>
            <translation>ECID %1</translation>
        </message>
        <message>
            <source>organization %1</source>
            <translation>organización %1</translation>
        </message>
        <message>
            <source>region %1</source>
            <translation>región %1</translation>
        </message>
        <message numerus="yes">
            <source>The capture did not save this answer's body (%n byte(s)): save the HAR again with its content to decode the answer.</source>
            <translation>
                <numerusform>La captura no guardó el cuerpo de esta respuesta (%n byte): guarde de nuevo el HAR con su contenido para decodificar la respuesta.</numerusform>
                <numerusform>La captura no guardó el cuerpo de esta respuesta (%n bytes): guarde de nuevo el HAR con su contenido para decodificar la respuesta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asks for a JSON answer (d_rtbd=json) so that it can be read; the browser's call asked for a pixel.</source>
            <translation>Pide una respuesta JSON (d_rtbd=json) para poder leerla; la llamada del navegador pidió un píxel.</translation>
        </message>
        <message>
            <source>Without the JSONP callback d_cb=%1: a server reads JSON.</source>
            <translation>Sin el callback JSONP d_cb=%1: un servidor lee JSON.</translation>
        </message>
        <message>
            <source>An /event call for the same user without signals: the captured call went to %1, which has no server-to-server form.</source>
            <translation>Una llamada /event sin señales para el mismo usuario: la llamada capturada se envió a %1, que no tiene versión de servidor a servidor.</translation>
        </message>
        <message>
            <source>the %1 cookie sent with %2</source>
            <extracomment>Fills "from %3" in "ECID %1 and organization %2 from %3." and "of %2" in "Region %1 from the location hint (MCAAMLH) of %2."; %2 is "call 3 (event)"</extracomment>
            <translation>la cookie %1 enviada con la %2</translation>
        </message>
        <message>
            <source>the %1 cookie sent to %2 with %3</source>
            <extracomment>Fills "from %3" and "of %2" like "the %1 cookie sent with %2"</extracomment>
            <translation>la cookie %1 enviada a %2 con la %3</translation>
        </message>
        <message>
            <source>ECID %1 and organization %2 from %3.</source>
            <translation>ECID %1 y organización %2 de %3.</translation>
        </message>
        <message>
            <source>Region %1 from the location hint (MCAAMLH) of %2.</source>
            <translation>Región %1, tomada de la indicación de ubicación (MCAAMLH) de %2.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid of %2.</source>
            <translation>ECID %1 de d_mid de la %2.</translation>
        </message>
        <message>
            <source>User ID %1 from d_uuid of %2.</source>
            <translation>ID de usuario %1 de d_uuid de la %2.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie sent with %2.</source>
            <translation>ID de usuario %1 de la cookie demdex enviada con la %2.</translation>
        </message>
        <message>
            <source>ECID %1 from d_mid in the answer to %2.</source>
            <translation>ECID %1 de d_mid en la respuesta a la %2.</translation>
        </message>
        <message>
            <source>User ID %1 from the uuid of the answer to %2.</source>
            <translation>ID de usuario %1 del uuid de la respuesta a la %2.</translation>
        </message>
        <message>
            <source>The user opted out (demdex=NOTARGET): the DCS answers error 171 and keeps no data for this user.</source>
            <translation>El usuario se ha excluido (demdex=NOTARGET): el DCS responde con el error 171 y no guarda datos de este usuario.</translation>
        </message>
        <message>
            <source>%1 names no user: no AMCV or demdex cookie was sent, it has no d_mid or d_uuid and its answer no uuid. Choose a call that sent the user's cookies, or enter a user ID in the console.</source>
            <translation>La %1 no indica ningún usuario: no se envió ninguna cookie AMCV ni demdex, no tiene d_mid ni d_uuid y su respuesta no tiene uuid. Elija una llamada que enviara las cookies del usuario o introduzca un ID de usuario en la consola.</translation>
        </message>
        <message>
            <source>Region %1 from dcs_region in the answer to %2.</source>
            <translation>Región %1 de dcs_region en la respuesta a la %2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host of %2.</source>
            <translation>Alias %1 del host de la %2.</translation>
        </message>
        <message>
            <source>Alias %1 from the host %2 of %3 in the same capture.</source>
            <translation>Alias %1 del host %2 de la %3 en la misma captura.</translation>
        </message>
        <message>
            <source>No &lt;alias&gt;.demdex.net host in the capture (the site calls Audience Manager through %1): choose the profile with the alias behind it.</source>
            <translation>No hay ningún host &lt;alias&gt;.demdex.net en la captura (el sitio llama a Audience Manager a través de %1): elija el perfil con el alias que hay detrás.</translation>
        </message>
        <message>
            <source>%1 is not an Audience Manager call (DCS endpoint on *.demdex.net or a profile's CNAME host): there is no server-to-server form of it.</source>
            <translation>La %1 no es una llamada a Audience Manager (punto de conexión del DCS en *.demdex.net o en el host CNAME de un perfil): no tiene versión de servidor a servidor.</translation>
        </message>
        <message>
            <source>User ID %1 from the demdex cookie set by the answer to %2.</source>
            <translation>ID de usuario %1 de la cookie demdex definida por la respuesta a la %2.</translation>
        </message>
        <message>
            <source>Names the user by d_uuid instead of the call's d_mid %1: both name the same user, and d_uuid is the profile's own ID.</source>
            <translation>Identifica al usuario con d_uuid en lugar de con el d_mid %1 de la llamada: ambos designan al mismo usuario, y d_uuid es el ID propio del perfil.</translation>
        </message>
        <message>
            <source>The browser recorded no answer: the call was blocked, failed or was canceled.</source>
            <translation>El navegador no registró ninguna respuesta: la llamada se bloqueó, falló o se canceló.</translation>
        </message>
        <message>
            <source>The capture names no region: choose the user's region in the console (a wrong region still works, but more slowly).</source>
            <translation>La captura no indica ninguna región: elija la región del usuario en la consola (una región equivocada también funciona, aunque más despacio).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureDetails</name>
        <message>
            <source>The call as the browser sent it (URL, headers, cookies, body) in the console, with the captured answer.</source>
            <translation>La llamada tal como la envió el navegador (URL, cabeceras, cookies, cuerpo) en la consola, con la respuesta capturada.</translation>
        </message>
        <message>
            <source>&amp;Replay in Sandbox</source>
            <translation>&amp;Repetir en el sandbox</translation>
        </message>
        <message>
            <source>Replay on the &amp;Live DCS…</source>
            <translation>Repetir en el &amp;DCS real…</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Cookies</source>
            <translation>Cookies</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Server-to-Server</source>
            <translation>Servidor a servidor</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Select a call to read it.</source>
            <translation>Seleccione una llamada para ver su contenido.</translation>
        </message>
        <message>
            <source>Call %1 · %2 · %3 %4</source>
            <translation>Llamada %1 · %2 · %3 %4</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>HTTP version</source>
            <translation>Versión HTTP</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>Otras claves</translation>
        </message>
        <message>
            <source>%1 keys</source>
            <translation>Claves %1</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Cuerpo</translation>
        </message>
        <message>
            <source>Headers sent</source>
            <translation>Cabeceras enviadas</translation>
        </message>
        <message numerus="yes">
            <source>%n header(s)</source>
            <translation>
                <numerusform>%n cabecera</numerusform>
                <numerusform>%n cabeceras</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent with the call</source>
            <translation>Enviadas con la llamada</translation>
        </message>
        <message>
            <source>Set by the answer</source>
            <translation>Definidas por la respuesta</translation>
        </message>
        <message>
            <source>End of the browser session</source>
            <translation>Fin de la sesión del navegador</translation>
        </message>
        <message>
            <source>%1 (domain %2)</source>
            <translation>%1 (dominio %2)</translation>
        </message>
        <message>
            <source>No cookie was sent.</source>
            <translation>No se envió ninguna cookie.</translation>
        </message>
        <message>
            <source>The answer set no cookie.</source>
            <translation>La respuesta no definió ninguna cookie.</translation>
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
            <translation>En el DCS real se envía así:</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to the local sandbox and compares its answer with the captured one.</source>
            <translation>Envía la llamada de servidor a servidor de este usuario al sandbox local y compara su respuesta con la capturada.</translation>
        </message>
        <message>
            <source>Sends the server-to-server call for this user to %1 with Host %2, after you confirm, and compares its answer with the captured one.</source>
            <translation>Tras su confirmación, envía la llamada de servidor a servidor de este usuario a %1 con Host %2 y compara su respuesta con la capturada.</translation>
        </message>
        <message>
            <source>Open in Co&amp;nsole</source>
            <translation>Abrir en la co&amp;nsola</translation>
        </message>
        <message>
            <source>HTTP %1: the capture did not save this answer's body (%2), so nothing of it can be decoded here; only its headers are known. Save the HAR again with the content to read the answer.</source>
            <translation>HTTP %1: la captura no guardó el cuerpo de esta respuesta (%2), así que aquí no se puede decodificar; solo se conocen sus cabeceras. Guarde de nuevo el HAR con el contenido para leer la respuesta.</translation>
        </message>
        <message>
            <source>As a server-to-server call for the same user, this call is sent as an /event call:</source>
            <translation>Como llamada de servidor a servidor para el mismo usuario, esta llamada se envía como llamada /event:</translation>
        </message>
        <message>
            <source>The capture does not give the site's alias: open the call in the console and choose the profile with the alias there.</source>
            <translation>La captura no indica el alias del sitio: abra la llamada en la consola y elija allí el perfil con el alias.</translation>
        </message>
        <message>
            <source>The capture does not give the user's region: open the call in the console and choose the region there.</source>
            <translation>La captura no indica la región del usuario: abra la llamada en la consola y elija allí la región.</translation>
        </message>
        <message>
            <source>To the local sandbox: %1 /event with these keys:</source>
            <translation>Al sandbox local: %1 /event con estas claves:</translation>
        </message>
        <message>
            <source>No answer (blocked, failed or canceled)</source>
            <translation>Sin respuesta (llamada bloqueada, fallida o cancelada)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CaptureListModel</name>
        <message>
            <source>The capture did not save this answer's body.</source>
            <translation>La captura no guardó el cuerpo de esta respuesta.</translation>
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
            <translation>Hora</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Path and query</source>
            <translation>Ruta y consulta</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>DCS error codes in the answer's X-Error header: %1. The Answer tab says what each means.</source>
            <translation>Códigos de error del DCS en la cabecera X-Error de la respuesta: %1. La pestaña «Respuesta» explica cada uno.</translation>
        </message>
        <message>
            <source>DCS errors</source>
            <translation>Errores del DCS</translation>
        </message>
        <message>
            <source>No answer: the browser recorded none (the call was blocked, failed or was canceled).</source>
            <translation>Sin respuesta: el navegador no registró ninguna (la llamada se bloqueó, falló o se canceló).</translation>
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
            <translation>Abrir ca&amp;ptura…</translation>
        </message>
        <message>
            <source>Show &amp;All Entries</source>
            <translation>Mostrar &amp;todas las entradas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Audience Manager calls</source>
            <translation>Llamadas a Audience Manager</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Todas las entradas</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Audience Manager calls: to *.demdex.net and to the hosts of your profiles' custom base URLs (the site's CNAME aliases).</source>
            <translation>Llamadas a Audience Manager: a *.demdex.net y a los hosts de las URL base personalizadas de sus perfiles (los alias CNAME del sitio).</translation>
        </message>
        <message>
            <source>Search URLs, keys, headers, cookies…</source>
            <translation>Buscar URL, claves, cabeceras, cookies…</translation>
        </message>
        <message>
            <source>Every word must appear in the call's URL, body, headers or cookies (case does not matter).</source>
            <translation>Cada palabra debe aparecer en la URL, el cuerpo, las cabeceras o las cookies de la llamada (sin distinguir mayúsculas).</translation>
        </message>
        <message>
            <source>Open Capture</source>
            <translation>Abrir captura</translation>
        </message>
        <message>
            <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
            <translation>Archivos HAR (*.har);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading %1 (%2)…</source>
            <translation>Leyendo %1 (%2)…</translation>
        </message>
        <message>
            <source>%1 could not be opened as a capture.</source>
            <translation>%1 no se ha podido abrir como captura.</translation>
        </message>
        <message>
            <source>%1 — still showing %2.</source>
            <translation>%1 — se sigue mostrando %2.</translation>
        </message>
        <message>
            <source>an unknown browser</source>
            <translation>un navegador desconocido</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n Audience Manager call(s) among %2 entries (HAR %3, saved by %4).</source>
            <translation>
                <numerusform>%1: %n llamada a Audience Manager de un total de %2 entradas (HAR %3, guardado por %4).</numerusform>
                <numerusform>%1: %n llamadas a Audience Manager de un total de %2 entradas (HAR %3, guardado por %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n entry(ies))</source>
            <translation>
                <numerusform>%1 (%n entrada)</numerusform>
                <numerusform>%1 (%n entradas)</numerusform>
            </translation>
        </message>
        <message>
            <source>No call in this capture went to an Audience Manager host (*.demdex.net or a profile's custom base URL). Its hosts: %1.</source>
            <translation>Ninguna llamada de esta captura se envió a un host de Audience Manager (*.demdex.net o la URL base personalizada de un perfil). Sus hosts: %1.</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 de %2 mostradas</translation>
        </message>
        <message>
            <source>No capture open</source>
            <translation>Ninguna captura abierta</translation>
        </message>
        <message>
            <source>No Audience Manager calls in this capture</source>
            <translation>No hay llamadas a Audience Manager en esta captura</translation>
        </message>
        <message>
            <source>No call matches the filter</source>
            <translation>Ninguna llamada coincide con el filtro</translation>
        </message>
        <message>
            <source>Change the type or the search, or show all entries.</source>
            <translation>Cambie el tipo o la búsqueda, o muestre todas las entradas.</translation>
        </message>
        <message>
            <source>Captured call %1 of %2</source>
            <translation>Llamada capturada %1 de %2</translation>
        </message>
        <message>
            <source>Call %1 of the capture %2, as the browser sent it on %3; the answer shown is the captured one.</source>
            <translation>Llamada %1 de la captura %2, tal como la envió el navegador el %3; la respuesta mostrada es la capturada.</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Replay on the Live DCS</source>
            <translation>Repetir en el DCS real</translation>
        </message>
        <message>
            <source>Send call %1 for user %2 to the live DCS (%3)? Audience Manager counts it as a new visit of this user: the signals are realized again.</source>
            <translation>¿Enviar la llamada %1 del usuario %2 al DCS real (%3)? Audience Manager la cuenta como una nueva visita de este usuario: las señales se vuelven a procesar.</translation>
        </message>
        <message>
            <source>Server-to-server replay of call %1 of %2.</source>
            <translation>Repetición de servidor a servidor de la llamada %1 de %2.</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Capture</source>
            <translation>Abrir la captura de e&amp;jemplo</translation>
        </message>
        <message>
            <source>A visit of a test shop recorded by Chromium: ID service, ID syncs, pixel, JSON, JSONP and POST event calls.</source>
            <translation>Captura hecha con Chromium de una visita a una tienda de prueba: servicio de ID, sincronizaciones de ID y llamadas de evento con píxel, JSON, JSONP y POST.</translation>
        </message>
        <message>
            <source>Save &amp;Masked Copy…</source>
            <translation>Guardar copia en&amp;mascarada…</translation>
        </message>
        <message>
            <source>A copy of the capture for a support ticket, with cookie values, user IDs, p_ values and credentials replaced: you see what is replaced before anything is saved.</source>
            <translation>Una copia de la captura para una incidencia de soporte, con los valores de cookies, los ID de usuario, los valores p_ y las credenciales sustituidos: verá lo que se sustituye antes de guardar nada.</translation>
        </message>
        <message>
            <source>Masking %1…</source>
            <translation>Enmascarando %1…</translation>
        </message>
        <message>
            <source>Search calls</source>
            <translation>Buscar llamadas</translation>
        </message>
        <message>
            <source>Calls shown</source>
            <translation>Llamadas mostradas</translation>
        </message>
        <message>
            <source>Call type</source>
            <translation>Tipo de llamada</translation>
        </message>
        <message>
            <source>Show only calls of one type</source>
            <translation>Mostrar solo las llamadas de un tipo</translation>
        </message>
        <message>
            <source>Captured calls</source>
            <translation>Llamadas capturadas</translation>
        </message>
        <message>
            <source>Open a HAR file saved by the browser's developer tools (Network › Export HAR in Chrome, Network › Save All As HAR in Firefox).</source>
            <translation>Abrir un archivo HAR guardado con las herramientas para desarrolladores del navegador (Red › Exportar HAR en Chrome, Red › Guardar todo como HAR en Firefox).</translation>
        </message>
        <message>
            <source>In Chrome or Chromium: Developer Tools › Network › Export HAR. In Firefox: Network › Save All As HAR. Open the file here or drop it on the window to read every Audience Manager call on the page, decoded.</source>
            <translation>En Chrome o Chromium: Herramientas para desarrolladores › Red › Exportar HAR. En Firefox: Red › Guardar todo como HAR. Abra el archivo aquí o suéltelo en la ventana para leer todas las llamadas a Audience Manager de la página, decodificadas.</translation>
        </message>
        <message>
            <source>If the site calls Audience Manager through its own host (a CNAME), set that host as a profile's custom base URL and open the capture again.</source>
            <translation>Si el sitio llama a Audience Manager a través de su propio host (un CNAME), asigne ese host a un perfil como URL base personalizada y vuelva a abrir la captura.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Check</name>
        <message>
            <source>The check's “%1” must be %2.</source>
            <translation>El campo «%1» de la comprobación debe ser %2.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a list of numbers</source>
            <translation>una lista de números</translation>
        </message>
        <message>
            <source>“contains”, “equals” or “regex”</source>
            <translation>«contains», «equals» o «regex»</translation>
        </message>
        <message>
            <source>a number of milliseconds above 0</source>
            <translation>un número de milisegundos mayor que 0</translation>
        </message>
        <message>
            <source>a header name</source>
            <translation>un nombre de cabecera</translation>
        </message>
        <message>
            <source>A URL destination fires</source>
            <translation>Se dispara un destino de URL</translation>
        </message>
        <message>
            <source>No URL destination fires</source>
            <translation>No se dispara ningún destino de URL</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires</source>
            <translation>Se dispara el destino de cookie %1</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire</source>
            <translation>No se dispara el destino de cookie %1</translation>
        </message>
        <message>
            <source>A URL destination fires with the URL “%1”</source>
            <translation>Se dispara un destino de URL con la URL «%1»</translation>
        </message>
        <message>
            <source>No URL destination fires with the URL “%1”</source>
            <translation>No se dispara ningún destino de URL con la URL «%1»</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with the value “%2”</source>
            <translation>Se dispara el destino de cookie %1 con el valor «%2»</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with the value “%2”</source>
            <translation>No se dispara el destino de cookie %1 con el valor «%2»</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that matches “%1”</source>
            <translation>Se dispara un destino de URL con una URL que coincide con «%1»</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that matches “%1”</source>
            <translation>No se dispara ningún destino de URL con una URL que coincida con «%1»</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that matches “%2”</source>
            <translation>Se dispara el destino de cookie %1 con un valor que coincide con «%2»</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that matches “%2”</source>
            <translation>No se dispara el destino de cookie %1 con un valor que coincida con «%2»</translation>
        </message>
        <message>
            <source>A URL destination fires with a URL that contains “%1”</source>
            <translation>Se dispara un destino de URL con una URL que contiene «%1»</translation>
        </message>
        <message>
            <source>No URL destination fires with a URL that contains “%1”</source>
            <translation>No se dispara ningún destino de URL con una URL que contenga «%1»</translation>
        </message>
        <message>
            <source>Cookie destination %1 fires with a value that contains “%2”</source>
            <translation>Se dispara el destino de cookie %1 con un valor que contiene «%2»</translation>
        </message>
        <message>
            <source>Cookie destination %1 does not fire with a value that contains “%2”</source>
            <translation>No se dispara el destino de cookie %1 con un valor que contenga «%2»</translation>
        </message>
        <message>
            <source>HTTP status is %1</source>
            <translation>El estado HTTP es %1</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>No hay errores del DCS</translation>
        </message>
        <message>
            <source>DCS errors are exactly %1</source>
            <translation>Los errores del DCS son exactamente %1</translation>
        </message>
        <message>
            <source>Segments qualify: %1</source>
            <translation>Se cumplen los requisitos de los segmentos: %1</translation>
        </message>
        <message>
            <source>Segments do not qualify: %1</source>
            <translation>No se cumplen los requisitos de los segmentos: %1</translation>
        </message>
        <message>
            <source>The answer has a uuid</source>
            <translation>La respuesta tiene un uuid</translation>
        </message>
        <message>
            <source>uuid is %1</source>
            <translation>El uuid es %1</translation>
        </message>
        <message>
            <source>dcs_region is %1</source>
            <translation>El dcs_region es %1</translation>
        </message>
        <message>
            <source>The answer has a dcs_region</source>
            <translation>La respuesta tiene un dcs_region</translation>
        </message>
        <message>
            <source>Answer within %1 ms</source>
            <translation>Respuesta en menos de %1 ms</translation>
        </message>
        <message>
            <source>Header %1 is present</source>
            <translation>La cabecera %1 está presente</translation>
        </message>
        <message>
            <source>Check of unknown kind “%1”</source>
            <translation>Comprobación de tipo desconocido «%1»</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckCommand</name>
        <message>
            <source>Run the checks of a workspace's saved requests and report which passed; exit 1 when one fails.</source>
            <translation>Ejecutar las comprobaciones de las solicitudes guardadas de un espacio de trabajo e informar de cuáles se han superado; salir con el código 1 si alguna falla.</translation>
        </message>
        <message>
            <source>The workspace whose saved requests have checks.</source>
            <translation>El espacio de trabajo cuyas solicitudes guardadas tienen comprobaciones.</translation>
        </message>
        <message>
            <source>Run only the saved requests with this tag (may be repeated).</source>
            <translation>Ejecutar solo las solicitudes guardadas con esta etiqueta (puede repetirse).</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <source>Also write the results as JUnit XML to this file, for CI.</source>
            <translation>Escribir además los resultados como XML JUnit en este archivo, para la CI.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Start the local sandbox on the workspace and send the requests to it.</source>
            <translation>Iniciar el sandbox local con el espacio de trabajo y enviarle las solicitudes.</translation>
        </message>
        <message>
            <source>Send with this profile of the workspace (default: the first one).</source>
            <translation>Enviar con este perfil del espacio de trabajo (predeterminado: el primero).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>Give up on a call after this many seconds (default 10).</source>
            <translation>Abandonar una llamada tras este número de segundos (predeterminado: 10).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>The workspace has no profile “%1”.</source>
            <translation>El espacio de trabajo no tiene ningún perfil llamado «%1».</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias.</source>
            <translation>El espacio de trabajo no tiene ningún perfil con alias de dominio, así que el sandbox respondería a cada llamada con el error 1. Añada un perfil con alias.</translation>
        </message>
        <message>
            <source>The workspace has no profile to send with; add one, or use --sandbox.</source>
            <translation>El espacio de trabajo no tiene ningún perfil con el que enviar; añada uno o use --sandbox.</translation>
        </message>
        <message>
            <source>Profile “%1” sends to the local sandbox: add --sandbox to start it, or choose another profile with --profile.</source>
            <translation>El perfil «%1» envía al sandbox local: añada --sandbox para iniciarlo o elija otro perfil con --profile.</translation>
        </message>
        <message>
            <source>check takes one workspace file, e.g. “%1 check workspace.json --sandbox”.</source>
            <translation>check admite un archivo de espacio de trabajo, p. ej. «%1 check workspace.json --sandbox».</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
            <translation>--timeout admite un número de segundos entre 0 y 3600, no «%1».</translation>
        </message>
        <message>
            <source>No saved request of %1 has checks, so nothing was checked. Add checks to a saved request (docs/workspace-format.md).</source>
            <translation>Ninguna solicitud guardada de %1 tiene comprobaciones, así que no se ha comprobado nada. Añada comprobaciones a una solicitud guardada (docs/workspace-format.md).</translation>
        </message>
        <message>
            <source>No saved request of %1 with the tag %2 has checks, so nothing was checked.</source>
            <translation>Ninguna solicitud guardada de %1 con la etiqueta %2 tiene comprobaciones, así que no se ha comprobado nada.</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>El sandbox no puede iniciarse: %1</translation>
        </message>
        <message>
            <source>The JUnit report cannot be written to %1: %2</source>
            <translation>El informe JUnit no se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2 against the local sandbox.</source>
            <translation>Comprobando %1 con el perfil %2 en el sandbox local.</translation>
        </message>
        <message>
            <source>Checking %1 with profile %2.</source>
            <translation>Comprobando %1 con el perfil %2.</translation>
        </message>
        <message>
            <source>%1 (HTTP %2, %3 ms)</source>
            <translation>%1 (HTTP %2, %3 ms)</translation>
        </message>
        <message>
            <source>%1 (no answer)</source>
            <translation>%1 (sin respuesta)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check status: what the check expects</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved.</source>
            <translation>
                <numerusform>No se ha enviado nada: %n variable no se puede resolver.</numerusform>
                <numerusform>No se ha enviado nada: %n variables no se pueden resolver.</numerusform>
            </translation>
        </message>
        <message>
            <source>Environment %1:</source>
            <comment>followed by the variables and their values</comment>
            <translation>Entorno %1:</translation>
        </message>
        <message>
            <source>Environment %1: the checked requests use none of its variables.</source>
            <translation>Entorno %1: las solicitudes comprobadas no usan ninguna de sus variables.</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders, e.g. “Checkout/Mobile”.</source>
            <translation>Ejecutar solo las solicitudes guardadas de esta carpeta y sus subcarpetas, p. ej. «Checkout/Mobile».</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ruta</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”: its saved requests are not in folders.</source>
            <translation>%1 no tiene la carpeta «%2»: sus solicitudes guardadas no están en carpetas.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 has checks, so nothing was checked.</source>
            <translation>Ninguna solicitud guardada de la carpeta %1 de %2 tiene comprobaciones, así que no se ha comprobado nada.</translation>
        </message>
        <message>
            <source>No saved request in the folder %1 of %2 with the tag %3 has checks, so nothing was checked.</source>
            <translation>Ninguna solicitud guardada de la carpeta %1 de %2 con la etiqueta %3 tiene comprobaciones, así que no se ha comprobado nada.</translation>
        </message>
        <message>
            <source>%1 has no folder “%2”. Its folders: %3.</source>
            <translation>%1 no tiene la carpeta «%2». Sus carpetas: %3.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEditor</name>
        <message>
            <source>fires</source>
            <translation>se dispara</translation>
        </message>
        <message>
            <source>does not fire</source>
            <translation>no se dispara</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>contiene</translation>
        </message>
        <message>
            <source>equals</source>
            <translation>es igual a</translation>
        </message>
        <message>
            <source>matches the regular expression</source>
            <translation>coincide con la expresión regular</translation>
        </message>
        <message>
            <source>any region</source>
            <translation>cualquier región</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>HTTP status:</source>
            <translation>Estado HTTP:</translation>
        </message>
        <message>
            <source>Error codes:</source>
            <translation>Códigos de error:</translation>
        </message>
        <message>
            <source>Segment IDs:</source>
            <translation>ID de segmento:</translation>
        </message>
        <message>
            <source>From destination:</source>
            <translation>Desde el destino:</translation>
        </message>
        <message>
            <source>Cookie name:</source>
            <translation>Nombre de la cookie:</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>Valor:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Patrón:</translation>
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
            <translation>Nombre de la cabecera:</translation>
        </message>
        <message>
            <source>Check kind</source>
            <translation>Tipo de comprobación</translation>
        </message>
        <message>
            <source>How the value is compared</source>
            <translation>Cómo se compara el valor</translation>
        </message>
        <message>
            <source>Value pattern</source>
            <translation>Patrón del valor</translation>
        </message>
        <message>
            <source>Fill from a workspace destination</source>
            <translation>Rellenar desde un destino del espacio de trabajo</translation>
        </message>
        <message>
            <source>Why the check cannot be saved</source>
            <translation>Por qué no se puede guardar la comprobación</translation>
        </message>
        <message>
            <source>e.g. 6, 11</source>
            <translation>p. ej. 6, 11</translation>
        </message>
        <message>
            <source>e.g. 1001, 1002</source>
            <translation>p. ej. 1001, 1002</translation>
        </message>
        <message>
            <source>empty: any value</source>
            <translation>vacío: cualquier valor</translation>
        </message>
        <message>
            <source>empty: any uuid</source>
            <translation>vacío: cualquier uuid</translation>
        </message>
        <message>
            <source>e.g. aam_uuid</source>
            <translation>p. ej. aam_uuid</translation>
        </message>
        <message>
            <source>e.g. Set-Cookie</source>
            <translation>p. ej. Set-Cookie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Región %1</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Estado HTTP</translation>
        </message>
        <message>
            <source>No DCS errors</source>
            <translation>No hay errores del DCS</translation>
        </message>
        <message>
            <source>Exactly these DCS error codes</source>
            <translation>Exactamente estos códigos de error del DCS</translation>
        </message>
        <message>
            <source>Segments qualify (d_cts=2)</source>
            <translation>Se cumplen los requisitos de los segmentos (d_cts=2)</translation>
        </message>
        <message>
            <source>Segments do not qualify (d_cts=2)</source>
            <translation>No se cumplen los requisitos de los segmentos (d_cts=2)</translation>
        </message>
        <message>
            <source>URL destination</source>
            <translation>Destino de URL</translation>
        </message>
        <message>
            <source>Cookie destination</source>
            <translation>Destino de cookie</translation>
        </message>
        <message>
            <source>uuid present or equal</source>
            <translation>uuid presente o igual</translation>
        </message>
        <message>
            <source>dcs_region present or equal</source>
            <translation>dcs_region presente o igual</translation>
        </message>
        <message>
            <source>Answer time under a bound</source>
            <translation>Tiempo de respuesta por debajo de un límite</translation>
        </message>
        <message>
            <source>Response header present</source>
            <translation>Cabecera de respuesta presente</translation>
        </message>
        <message>
            <source>Unknown kind</source>
            <translation>Tipo desconocido</translation>
        </message>
        <message>
            <source>(type the fields below)</source>
            <translation>(rellene los campos de abajo)</translation>
        </message>
        <message>
            <source>“%1” is not an error code.</source>
            <translation>«%1» no es un código de error.</translation>
        </message>
        <message>
            <source>Type at least one error code, or choose the kind “%1”.</source>
            <translation>Escriba al menos un código de error o elija el tipo «%1».</translation>
        </message>
        <message>
            <source>“%1” is not a segment ID.</source>
            <translation>«%1» no es un ID de segmento.</translation>
        </message>
        <message>
            <source>Type at least one segment ID.</source>
            <translation>Escriba al menos un ID de segmento.</translation>
        </message>
        <message>
            <source>Type the cookie name, or pick a cookie destination.</source>
            <translation>Escriba el nombre de la cookie o elija un destino de cookie.</translation>
        </message>
        <message>
            <source>The pattern is not a valid regular expression: %1</source>
            <translation>El patrón no es una expresión regular válida: %1</translation>
        </message>
        <message>
            <source>Type the header name.</source>
            <translation>Escriba el nombre de la cabecera.</translation>
        </message>
        <message>
            <source>The check: %1</source>
            <translation>La comprobación: %1</translation>
        </message>
        <message>
            <source>Not a check yet: %1</source>
            <translation>Aún no es una comprobación: %1</translation>
        </message>
        <message>
            <source>Answer within (ms):</source>
            <translation>Tiempo de respuesta máximo (ms):</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Añadir comprobación</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Editar comprobación</translation>
        </message>
        <message>
            <source>Expected:</source>
            <translation>Resultado esperado:</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckEvaluator</name>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %n más</numerusform>
                <numerusform>%1 y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer lists no segment IDs to check; save the request with d_cts=2 so the DCS lists them.</source>
            <translation>La respuesta no incluye ningún ID de segmento que comprobar; guarde la solicitud con d_cts=2 para que el DCS los incluya.</translation>
        </message>
        <message>
            <source>Qualified as expected: %1.</source>
            <translation>Se cumplen los requisitos de los segmentos, como se esperaba: %1.</translation>
        </message>
        <message>
            <source>Expected to qualify: %1; not in the answer: %2. The answer lists: %3.</source>
            <translation>Se esperaba que se cumplieran los requisitos de los segmentos: %1; no están en la respuesta: %2. La respuesta incluye: %3.</translation>
        </message>
        <message>
            <source>Not qualified, as expected: %1.</source>
            <translation>No se cumplen los requisitos de los segmentos, como se esperaba: %1.</translation>
        </message>
        <message>
            <source>Expected not to qualify: %1; the answer lists %2.</source>
            <translation>Se esperaba que no se cumplieran los requisitos de los segmentos: %1; la respuesta incluye %2.</translation>
        </message>
        <message>
            <source>The answer lists no URL destinations to check; save the request with d_dst=1 so the DCS lists them.</source>
            <translation>La respuesta no incluye ningún destino de URL que comprobar; guarde la solicitud con d_dst=1 para que el DCS los incluya.</translation>
        </message>
        <message>
            <source>“%1” is not a valid regular expression; correct the check.</source>
            <translation>«%1» no es una expresión regular válida; corrija la comprobación.</translation>
        </message>
        <message>
            <source>The answer has no URL destination.</source>
            <translation>La respuesta no tiene ningún destino de URL.</translation>
        </message>
        <message>
            <source>URL destinations in the answer: %1.</source>
            <translation>Destinos de URL en la respuesta: %1.</translation>
        </message>
        <message>
            <source>The answer has no cookie %1.</source>
            <translation>La respuesta no tiene ninguna cookie %1.</translation>
        </message>
        <message>
            <source>Cookie %1 in the answer: %2.</source>
            <translation>Cookie %1 en la respuesta: %2.</translation>
        </message>
        <message>
            <source>Expected: %1. %2</source>
            <translation>Se esperaba: %1. %2</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>superada</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLIDA</translation>
        </message>
        <message>
            <source>NOT RUN</source>
            <translation>NO EJECUTADA</translation>
        </message>
        <message>
            <source>This version of DCS Desk does not know the check kind “%1”; the check stays in the workspace as it is. Update DCS Desk to run it.</source>
            <translation>Esta versión de DCS Desk no conoce el tipo de comprobación «%1»; la comprobación se queda tal cual en el espacio de trabajo. Actualice DCS Desk para ejecutarla.</translation>
        </message>
        <message>
            <source>The call got no answer to check.</source>
            <translation>La llamada no ha obtenido ninguna respuesta que comprobar.</translation>
        </message>
        <message>
            <source>The call got no answer to check: %1</source>
            <translation>La llamada no ha obtenido ninguna respuesta que comprobar: %1</translation>
        </message>
        <message>
            <source>Expected HTTP status %1, the answer has %2.</source>
            <translation>Se esperaba el estado HTTP %1; la respuesta tiene %2.</translation>
        </message>
        <message>
            <source>no DCS errors</source>
            <translation>ningún error del DCS</translation>
        </message>
        <message>
            <source>DCS errors %1</source>
            <translation>los errores del DCS %1</translation>
        </message>
        <message>
            <source>Expected %1, the answer has: %2.</source>
            <translation>Se esperaba: %1; la respuesta tiene: %2.</translation>
        </message>
        <message>
            <source>the answer has no uuid</source>
            <translation>la respuesta no tiene uuid</translation>
        </message>
        <message>
            <source>the answer's uuid is %1</source>
            <translation>el uuid de la respuesta es %1</translation>
        </message>
        <message>
            <source>Expected uuid %1, %2.</source>
            <translation>Se esperaba el uuid %1; %2.</translation>
        </message>
        <message>
            <source>the answer's dcs_region is %1</source>
            <translation>el dcs_region de la respuesta es %1</translation>
        </message>
        <message>
            <source>the answer has no dcs_region</source>
            <translation>la respuesta no tiene dcs_region</translation>
        </message>
        <message>
            <source>Expected dcs_region %1, %2.</source>
            <translation>Se esperaba el dcs_region %1; %2.</translation>
        </message>
        <message>
            <source>The call's timing is not known, so its answer time cannot be checked.</source>
            <translation>No se conocen los tiempos de la llamada, así que no se puede comprobar su tiempo de respuesta.</translation>
        </message>
        <message>
            <source>Expected an answer within %1 ms, it took %2 ms.</source>
            <translation>Se esperaba una respuesta en menos de %1 ms; ha tardado %2 ms.</translation>
        </message>
        <message>
            <source>Header %1 is present: %2</source>
            <translation>La cabecera %1 está presente: %2</translation>
        </message>
        <message>
            <source>Expected header %1, the answer has no such header.</source>
            <translation>Se esperaba la cabecera %1; la respuesta no la tiene.</translation>
        </message>
        <message>
            <source>Expected a uuid: %1.</source>
            <translation>Se esperaba un uuid: %1.</translation>
        </message>
        <message>
            <source>Expected a dcs_region: %1.</source>
            <translation>Se esperaba un dcs_region: %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRun</name>
        <message>
            <source>Saved request “%1”: %2</source>
            <translation>Solicitud guardada «%1»: %2</translation>
        </message>
        <message>
            <source>Nothing was sent: another saved request of this run has a variable that cannot be resolved.</source>
            <translation>No se ha enviado nada: otra solicitud guardada de esta ejecución tiene una variable que no se puede resolver.</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure (“%1”), as chosen.</source>
            <translation>No enviada: la ejecución se ha detenido en el primer fallo («%1»), según la opción elegida.</translation>
        </message>
        <message>
            <source>Not sent: the run ended before it.</source>
            <translation>No enviada: la ejecución ha terminado antes.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled while it was being sent.</source>
            <translation>No enviada: la ejecución se ha cancelado mientras se enviaba.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>No enviada: la ejecución se ha cancelado.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckRunReport</name>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fallida</numerusform>
                <numerusform>%n fallidas</numerusform>
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
                <numerusform>%n no ejecutada</numerusform>
                <numerusform>%n no ejecutadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n carácter más)</numerusform>
                <numerusform>(%n caracteres más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passed</source>
            <translation>
                <numerusform>%n comprobación superada</numerusform>
                <numerusform>%n comprobaciones superadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CheckVariables</name>
        <message>
            <source>The secret variable {{%1}} cannot be used in a check: the check's outcome shows the value it expects. Use a plain variable.</source>
            <translation>La variable secreta {{%1}} no puede usarse en una comprobación: el resultado de la comprobación muestra el valor que espera. Use una variable normal.</translation>
        </message>
        <message>
            <source>Check “%1”: %2</source>
            <translation>Comprobación «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksFromComparison</name>
        <message>
            <source>Cookie destination %1: no cookie name to check.</source>
            <translation>Destino de cookie %1: no hay nombre de cookie que comprobar.</translation>
        </message>
        <message>
            <source>URL destination %1: no URL to check.</source>
            <translation>Destino de URL %1: no hay URL que comprobar.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not shown in the table were not turned into checks.</source>
            <translation>
                <numerusform>%n fila no mostrada en la tabla no se ha convertido en comprobación.</numerusform>
                <numerusform>%n filas no mostradas en la tabla no se han convertido en comprobaciones.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ChecksPanel</name>
        <message>
            <source>Passed</source>
            <translation>Superada</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>No ejecutada</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>Checks of the request</source>
            <translation>Comprobaciones de la solicitud</translation>
        </message>
        <message>
            <source>Name to save the request under</source>
            <translation>Nombre con el que se guarda la solicitud</translation>
        </message>
        <message>
            <source>Name of the saved request</source>
            <translation>Nombre de la solicitud guardada</translation>
        </message>
        <message>
            <source>Save the request in the workspace, so that it can keep checks</source>
            <translation>Guardar la solicitud en el espacio de trabajo para que pueda conservar comprobaciones</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <source>Tags of the saved request</source>
            <translation>Etiquetas de la solicitud guardada</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. smoke, eu</source>
            <translation>Separadas por comas, p. ej. smoke, eu</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Actual value or reason</source>
            <translation>Valor real o motivo</translation>
        </message>
        <message>
            <source>Checks and their results</source>
            <translation>Comprobaciones y sus resultados</translation>
        </message>
        <message>
            <source>Add a check with pickers for its kind and values</source>
            <translation>Añadir una comprobación eligiendo su tipo y sus valores</translation>
        </message>
        <message>
            <source>Checks note</source>
            <translation>Nota de las comprobaciones</translation>
        </message>
        <message>
            <source>Not run yet</source>
            <translation>Aún no ejecutada</translation>
        </message>
        <message>
            <source>The file holds checks that are not check objects; they are kept as they are. Correct them in the workspace file to edit the checks here.</source>
            <translation>El archivo contiene comprobaciones que no son objetos de comprobación; se conservan tal cual. Corríjalas en el archivo del espacio de trabajo para editar aquí las comprobaciones.</translation>
        </message>
        <message>
            <source>This request is not saved yet. Checks are kept with a saved request: type a name and save it. Adding a check saves it too.</source>
            <translation>Esta solicitud aún no está guardada. Las comprobaciones se conservan con una solicitud guardada: escriba un nombre y guárdela. Añadir una comprobación también la guarda.</translation>
        </message>
        <message>
            <source>This version does not know the kind “%1”; the check is kept as it is.</source>
            <translation>Esta versión no conoce el tipo «%1»; la comprobación se conserva tal cual.</translation>
        </message>
        <message>
            <source>Send the request to run the check.</source>
            <translation>Envíe la solicitud para ejecutar la comprobación.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n check(s) passed on the latest answer.</source>
            <translation>
                <numerusform>%1 de %n comprobación superada con la última respuesta.</numerusform>
                <numerusform>%1 de %n comprobaciones superadas con la última respuesta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type a name for the request first: checks are kept with a saved request.</source>
            <translation>Escriba primero un nombre para la solicitud: las comprobaciones se conservan con una solicitud guardada.</translation>
        </message>
        <message>
            <source>A saved request named “%1” exists already. Type another name, or open it from Saved to edit its checks.</source>
            <translation>Ya existe una solicitud guardada llamada «%1». Escriba otro nombre o ábrala desde «Guardadas» para editar sus comprobaciones.</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Guardar la solicitud %1</translation>
        </message>
        <message numerus="yes">
            <source>Save request %1 with %n check(s)</source>
            <translation>
                <numerusform>Guardar la solicitud %1 con %n comprobación</numerusform>
                <numerusform>Guardar la solicitud %1 con %n comprobaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Add check to %1</source>
            <translation>Añadir comprobación a %1</translation>
        </message>
        <message>
            <source>Check added: %1. Edit › Undo takes it back.</source>
            <translation>Comprobación añadida: %1. Edición › Deshacer la quita.</translation>
        </message>
        <message>
            <source>Edit check of %1</source>
            <translation>Editar comprobación de %1</translation>
        </message>
        <message>
            <source>Remove check from %1</source>
            <translation>Quitar comprobación de %1</translation>
        </message>
        <message>
            <source>Check removed: %1. Edit › Undo brings it back.</source>
            <translation>Comprobación quitada: %1. Edición › Deshacer la recupera.</translation>
        </message>
        <message>
            <source>Tags of %1</source>
            <translation>Etiquetas de %1</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) added from the Expected column; Edit › Undo takes them back.</source>
            <translation>
                <numerusform>%n comprobación añadida desde la columna «Esperado»; Edición › Deshacer la quita.</numerusform>
                <numerusform>%n comprobaciones añadidas desde la columna «Esperado»; Edición › Deshacer las quita.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks added.</source>
            <translation>No se ha añadido ninguna comprobación.</translation>
        </message>
        <message>
            <source>Skipped, the request has them already: %1</source>
            <translation>Omitidas porque la solicitud ya las tiene: %1</translation>
        </message>
        <message>
            <source>Checks of the saved request “%1”, run on the answer of every call.</source>
            <translation>Comprobaciones de la solicitud guardada «%1», ejecutadas sobre la respuesta de cada llamada.</translation>
        </message>
        <message>
            <source>Check changed: %1. Edit › Undo takes it back.</source>
            <translation>Comprobación modificada: %1. Edición › Deshacer revierte el cambio.</translation>
        </message>
        <message>
            <source>The request has this check already (row %1): %2. Nothing was added.</source>
            <translation>La solicitud ya tiene esta comprobación (fila %1): %2. No se ha añadido nada.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Fila %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>“%1” contradicts %n check(s) of this request; they cannot all pass on one answer:</source>
            <translation>
                <numerusform>«%1» contradice %n comprobación de esta solicitud; no pueden superarse las dos con una misma respuesta:</numerusform>
                <numerusform>«%1» contradice %n comprobaciones de esta solicitud; no pueden superarse todas con una misma respuesta:</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace them with the new check, keep both, or cancel?</source>
            <translation>¿Reemplazarlas por la nueva comprobación, conservar ambas o cancelar?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Reemplazar</translation>
        </message>
        <message>
            <source>&amp;Keep both</source>
            <translation>&amp;Conservar ambas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Nothing was added: %1 contradicts a check of this request.</source>
            <translation>No se ha añadido nada: %1 contradice una comprobación de esta solicitud.</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1, in place of %n contradicting check(s). Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Comprobación añadida: %1, en lugar de %n comprobación contradictoria. Edición › Deshacer revierte el cambio.</numerusform>
                <numerusform>Comprobación añadida: %1, en lugar de %n comprobaciones contradictorias. Edición › Deshacer revierte el cambio.</numerusform>
            </translation>
        </message>
        <message>
            <source>dcsdesk-cli check --tag smoke runs only the saved requests tagged “smoke”</source>
            <translation>dcsdesk-cli check --tag smoke ejecuta solo las solicitudes guardadas con la etiqueta «smoke»</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Guardar solicitud</translation>
        </message>
        <message>
            <source>Add Check…</source>
            <translation>Añadir comprobación…</translation>
        </message>
        <message>
            <source>Add Check</source>
            <translation>Añadir comprobación</translation>
        </message>
        <message>
            <source>Edit Check…</source>
            <translation>Editar comprobación…</translation>
        </message>
        <message>
            <source>Edit Check</source>
            <translation>Editar comprobación</translation>
        </message>
        <message>
            <source>Remove Check</source>
            <translation>Quitar comprobación</translation>
        </message>
        <message numerus="yes">
            <source>Check added: %1. It contradicts %n other check(s), so the request cannot pass until you remove one of them. Edit › Undo takes it back.</source>
            <translation>
                <numerusform>Comprobación añadida: %1. Contradice %n otra comprobación, así que la solicitud no puede superar sus comprobaciones hasta que se quite una. Edición › Deshacer la quita.</numerusform>
                <numerusform>Comprobación añadida: %1. Contradice %n otras comprobaciones, así que la solicitud no puede superar sus comprobaciones hasta que se quite una. Edición › Deshacer la quita.</numerusform>
            </translation>
        </message>
        <message>
            <source>No checks yet: add one, or click Turn into Checks under Expected vs. Actual after a call.</source>
            <translation>Aún no hay comprobaciones: añada una o, tras una llamada, pulse «Convertir en comprobaciones» en «Esperado/real».</translation>
        </message>
        <message numerus="yes">
            <source>Add %n check(s) from Expected vs. Actual</source>
            <translation>
                <numerusform>Añadir %n comprobación desde «Esperado/real»</numerusform>
                <numerusform>Añadir %n comprobaciones desde «Esperado/real»</numerusform>
            </translation>
        </message>
        <message>
            <source>Contradicting Check</source>
            <translation>Comprobación contradictoria</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CliEnvironment</name>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”: it has no environments at all. Add one in the console (Environments…) or leave out --env.</source>
            <translation>El espacio de trabajo no tiene el entorno «%1»; de hecho, no tiene ningún entorno. Añada uno en la consola («Entornos…») u omita --env.</translation>
        </message>
        <message>
            <source>The workspace has no environment “%1”. Environments: %2</source>
            <translation>El espacio de trabajo no tiene el entorno «%1». Entornos: %2</translation>
        </message>
        <message>
            <source>Take the values of the {{name}} variables from this environment of the workspace (default: its first one). Secret values come from the system keychain, else DCSDESK_VAR_&lt;NAME&gt;.</source>
            <translation>Tomar los valores de las variables {{name}} de este entorno del espacio de trabajo (predeterminado: el primero). Los valores secretos se toman del llavero del sistema o, en su defecto, de DCSDESK_VAR_&lt;NAME&gt;.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used: %1. Secret values come from DCSDESK_VAR_&lt;NAME&gt; only.</source>
            <translation>No se puede usar el llavero del sistema: %1. Los valores secretos solo se toman de DCSDESK_VAR_&lt;NAME&gt;.</translation>
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
            <translation>tomada tal cual</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>What the import takes, changes and skips</source>
            <translation>Lo que la importación toma, cambia y omite</translation>
        </message>
        <message>
            <source>&amp;Target folder:</source>
            <translation>Carpeta de &amp;destino:</translation>
        </message>
        <message>
            <source>Folder names separated by /; the collection's own folders go below it. Leave it empty for none.</source>
            <translation>Nombres de carpeta separados por /; las carpetas de la colección van debajo. Déjelo vacío si no quiere usar ninguna.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>%1 (was “%2”)</source>
            <translation>%1 (antes «%2»)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n saved request(s).</source>
            <translation>
                <numerusform>Añade %n solicitud guardada.</numerusform>
                <numerusform>Añade %n solicitudes guardadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No request is checked, or the collection has no DCS call.</source>
            <translation>No hay ninguna solicitud marcada, o la colección no tiene llamadas al DCS.</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>%1 no se puede importar.

%2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n saved request(s) from %1</source>
            <translation>
                <numerusform>Importar %n solicitud guardada de %1</numerusform>
                <numerusform>Importar %n solicitudes guardadas de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Bruno Collection (choose its bruno.json)</source>
            <translation>Importar colección de Bruno (elija su bruno.json)</translation>
        </message>
        <message>
            <source>Import Postman Collection</source>
            <translation>Importar colección de Postman</translation>
        </message>
        <message>
            <source>Bruno collection (bruno.json);;All files (*)</source>
            <translation>Colección de Bruno (bruno.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Postman collections (*.json);;All files (*)</source>
            <translation>Colecciones de Postman (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack; existing saved requests are never replaced.</source>
            <translation>No cambia nada hasta que pulse «Importar». La importación es un solo paso en la pila de deshacer; las solicitudes guardadas existentes nunca se reemplazan.</translation>
        </message>
        <message>
            <source>Review Collection Import</source>
            <translation>Revisar la importación de la colección</translation>
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
            <translation>Estado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Segment or destination</source>
            <translation>Segmento o destino</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Expected vs actual segments and destinations</source>
            <translation>Esperado/real: segmentos y destinos</translation>
        </message>
        <message>
            <source>Selected row in full</source>
            <translation>Contenido completo de la fila seleccionada</translation>
        </message>
        <message>
            <source>Select a row to read its values and reason in full.</source>
            <translation>Seleccione una fila para ver sus valores completos y el motivo.</translation>
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
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Cookie</source>
            <translation>Cookie</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>not in the workspace</source>
            <translation>no está en el espacio de trabajo</translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n más sin mostrar</numerusform>
                <numerusform>… %n más sin mostrar</numerusform>
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
            <translation>Esperado: %1</translation>
        </message>
        <message>
            <source>Actual: %1</source>
            <translation>Real: %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>Turn the expectations into checks</source>
            <translation>Convertir lo esperado en comprobaciones</translation>
        </message>
        <message>
            <source>Add the Expected column to the saved request's checks: segments that must or must not qualify, destinations that must or must not fire with these values</source>
            <translation>Añadir la columna «Esperado» a las comprobaciones de la solicitud guardada: segmentos cuyos requisitos se deben cumplir o no, destinos que se deben disparar o no con estos valores</translation>
        </message>
        <message>
            <source>Turn into Checks</source>
            <translation>Convertir en comprobaciones</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleServices</name>
        <message>
            <source>The batch uses profile “%1” with its own target (%2), not the region chosen in the console (%3).</source>
            <translation>El lote usa el perfil «%1» con su propio servidor (%2), no la región elegida en la consola (%3).</translation>
        </message>
        <message>
            <source>Captured Answer and Replay</source>
            <translation>Respuesta capturada y repetición</translation>
        </message>
        <message>
            <source>%1 Left: the captured call (without the browser's request headers, which the Captures view lists); right: the server-to-server replay.</source>
            <translation>%1 Izquierda: la llamada capturada (sin las cabeceras de solicitud del navegador, que muestra la vista «Capturas»); derecha: la repetición de servidor a servidor.</translation>
        </message>
        <message>
            <source>The runner keeps its results: View › Run Checks… (%1) shows them again.</source>
            <translation>Los resultados de la ejecución se conservan: Ver › Ejecutar comprobaciones… (%1) los vuelve a mostrar.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ConsoleView</name>
        <message>
            <source>HTTP method</source>
            <translation>Método HTTP</translation>
        </message>
        <message>
            <source>Request URL</source>
            <translation>URL de la solicitud</translation>
        </message>
        <message>
            <source>The exact URL; paste a cURL command here to import it</source>
            <translation>La URL exacta; pegue aquí un comando cURL para importarlo</translation>
        </message>
        <message>
            <source>Shows the exact URL. Paste a cURL command or a URL to import it.</source>
            <translation>Muestra la URL exacta. Pegue un comando cURL o una URL para importarlo.</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>E&amp;nviar</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Return)</source>
            <translation>Enviar la solicitud (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the running request (Esc)</source>
            <translation>Cancelar la solicitud en curso (Esc)</translation>
        </message>
        <message>
            <source>&amp;Copy as cURL</source>
            <translation>Copiar co&amp;mo cURL</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <source>Save the request in the workspace</source>
            <translation>Guardar la solicitud en el espacio de trabajo</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardadas</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Solicitudes guardadas</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>Start a new request with the console's defaults</source>
            <translation>Empezar una solicitud nueva con los valores predeterminados de la consola</translation>
        </message>
        <message>
            <source>Request not sent</source>
            <translation>Solicitud no enviada</translation>
        </message>
        <message>
            <source>The request cannot be sent:
%1</source>
            <translation>No se puede enviar la solicitud:
%1</translation>
        </message>
        <message>
            <source>Sending to %1…</source>
            <translation>Enviando a %1…</translation>
        </message>
        <message>
            <source>Receiving… %1</source>
            <translation>Recibiendo… %1</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard.</source>
            <translation>Comando cURL copiado al portapapeles.</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Añadir el perfil %1</translation>
        </message>
        <message>
            <source>Ignored option: %1</source>
            <translation>Opción ignorada: %1</translation>
        </message>
        <message>
            <source>cURL command imported.</source>
            <translation>Comando cURL importado.</translation>
        </message>
        <message>
            <source>The cookie has no valid MCMID (ECID).</source>
            <translation>La cookie no tiene un MCMID (ECID) válido.</translation>
        </message>
        <message>
            <source>d_mid %1, region %2 from the AMCV cookie.</source>
            <translation>d_mid %1, región %2 de la cookie AMCV.</translation>
        </message>
        <message>
            <source>d_mid %1 from the AMCV cookie; it has no valid region.</source>
            <translation>d_mid %1 de la cookie AMCV; no contiene una región válida.</translation>
        </message>
        <message>
            <source>%1 The local sandbox stays selected; pick the region to send live.</source>
            <translation>%1 El sandbox local sigue seleccionado; elija la región para enviar al DCS real.</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>Pegar cookie AMCV</translation>
        </message>
        <message>
            <source>AMCV_…@AdobeOrg cookie (name=value, the value alone, or a whole Cookie header):</source>
            <translation>Cookie AMCV_…@AdobeOrg (nombre=valor, solo el valor o una cabecera Cookie completa):</translation>
        </message>
        <message>
            <source>AMCV cookie</source>
            <translation>Cookie AMCV</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Save request %1</source>
            <translation>Guardar la solicitud %1</translation>
        </message>
        <message>
            <source>No saved requests</source>
            <translation>No hay solicitudes guardadas</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Delete saved request</source>
            <translation>Eliminar solicitud guardada</translation>
        </message>
        <message>
            <source>Delete saved request %1</source>
            <translation>Eliminar la solicitud guardada %1</translation>
        </message>
        <message>
            <source>Try destination %1</source>
            <translation>Probar el destino %1</translation>
        </message>
        <message>
            <source>A sandbox call for a user in segment(s) %1 (d_sid). Press Ctrl+Return to send.</source>
            <translation>Una llamada al sandbox para un usuario en los segmentos %1 (d_sid). Pulse Ctrl+Intro para enviarla.</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Enviar solicitud</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Cancelar solicitud</translation>
        </message>
        <message>
            <source>Copy as cURL</source>
            <translation>Copiar como cURL</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nueva solicitud</translation>
        </message>
        <message>
            <source>Send this request for many users in the Batch view (Ctrl+Shift+B)</source>
            <translation>Enviar esta solicitud para muchos usuarios en la vista «Lote» (Ctrl+Mayús+B)</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>los valores p_</translation>
        </message>
        <message>
            <source>the URL password</source>
            <translation>la contraseña de la URL</translation>
        </message>
        <message>
            <source>the %1 header</source>
            <translation>la cabecera %1</translation>
        </message>
        <message>
            <source>Press Enter to use the edited URL.</source>
            <translation>Pulse Intro para usar la URL editada.</translation>
        </message>
        <message>
            <source>A profile named “%1” exists already. Choose another name.</source>
            <translation>Ya existe un perfil llamado «%1». Elija otro nombre.</translation>
        </message>
        <message>
            <source>Profile “%1” added to the workspace (Edit › Undo removes it).</source>
            <translation>Perfil «%1» añadido al espacio de trabajo (Edición › Deshacer lo quita).</translation>
        </message>
        <message>
            <source>Not stored, so type them again before sending: %1.</source>
            <translation>No se guardó lo siguiente; vuelva a escribirlo antes de enviar: %1.</translation>
        </message>
        <message>
            <source>URL read into the request.</source>
            <translation>URL aplicada a la solicitud.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 It could not be read: %2</source>
            <translation>%1 No se ha podido leer: %2</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} cannot go to a batch run: a batch keeps its request in the history. Use a plain value.</source>
            <translation>La variable secreta {{%1}} no se puede usar en una ejecución por lotes: un lote guarda su solicitud en el historial. Use un valor normal.</translation>
        </message>
        <message>
            <source>Not run as batch</source>
            <translation>No se ha ejecutado como lote</translation>
        </message>
        <message>
            <source>Copy a cURL command that sends exactly this request (a secret value stays {{name}})</source>
            <translation>Copiar un comando cURL que envíe exactamente esta solicitud (los valores secretos se mantienen como {{name}})</translation>
        </message>
        <message>
            <source>cURL command copied to the clipboard without secret values: put the values of %1 in before you run it.</source>
            <translation>Comando cURL copiado al portapapeles sin valores secretos: introduzca los valores de %1 antes de ejecutarlo.</translation>
        </message>
        <message>
            <source>Run the checks of the saved requests in an environment</source>
            <translation>Ejecutar en un entorno las comprobaciones de las solicitudes guardadas</translation>
        </message>
        <message>
            <source>Show the saved requests in their folders beside the builder</source>
            <translation>Mostrar las solicitudes guardadas en sus carpetas junto al editor</translation>
        </message>
        <message>
            <source>The URL field was left empty: the request is unchanged and its URL is shown again.</source>
            <translation>El campo de la URL se ha dejado vacío: la solicitud no cambia y se vuelve a mostrar su URL.</translation>
        </message>
        <message>
            <source>“%1” is neither a URL (http:// or https://) nor a cURL command: the request is unchanged and its URL is shown again. Type the whole URL, or paste a cURL command.</source>
            <translation>«%1» no es una URL (http:// o https://) ni un comando cURL: la solicitud no cambia y se vuelve a mostrar su URL. Escriba la URL completa o pegue un comando cURL.</translation>
        </message>
        <message>
            <source>Run Chec&amp;ks…</source>
            <translation>Ejecutar &amp;comprobaciones…</translation>
        </message>
        <message>
            <source>Saved Re&amp;quests Pane</source>
            <translation>Panel de solicitudes &amp;guardadas</translation>
        </message>
        <message>
            <source>Run as &amp;Batch…</source>
            <translation>E&amp;jecutar como lote…</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Guardar como perfil</translation>
        </message>
        <message>
            <source>Run as Batch</source>
            <translation>Ejecutar como lote</translation>
        </message>
        <message>
            <source>Save Request</source>
            <translation>Guardar solicitud</translation>
        </message>
        <message>
            <source>Stored answer from %1: %2</source>
            <translation>Respuesta guardada del %1: %2</translation>
        </message>
        <message>
            <source>Stored call from %1: %2</source>
            <translation>Llamada guardada del %1: %2</translation>
        </message>
        <message>
            <source>The history kept only the first %1 of the %2 body.</source>
            <translation>El historial solo guardó los primeros %1 del cuerpo, que ocupa %2 en total.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Csv</name>
        <message>
            <source>comma (,)</source>
            <translation>coma (,)</translation>
        </message>
        <message>
            <source>semicolon (;)</source>
            <translation>punto y coma (;)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>No es un archivo de texto (contiene bytes NUL). Elija un archivo CSV.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Un campo entre comillas que empieza en la línea %1 no se cierra nunca. Compruebe que cada " de esa fila esté duplicado ("") o cerrado.</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as “CSV UTF-8”.</source>
            <translation>El archivo indica que es UTF-8, pero contiene bytes que no lo son. Guárdelo de nuevo como «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as “CSV UTF-8”.</source>
            <translation>El archivo indica que es UTF-16, pero no es UTF-16 válido. Guárdelo de nuevo como «CSV UTF-8».</translation>
        </message>
        <message>
            <source>Line %1 holds a byte that is not UTF-8 (0x%2), so the file was not read. Save it as “CSV UTF-8” and import it again.</source>
            <translation>La línea %1 contiene un byte que no es UTF-8 (0x%2), así que el archivo no se ha leído. Guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::CurlCommandText</name>
        <message>
            <source>Read as a Windows cmd command: ^ escapes and line ends were removed.</source>
            <translation>Leído como un comando de Windows cmd: se han quitado los caracteres de escape ^ y los saltos de línea.</translation>
        </message>
        <message>
            <source>Read as a PowerShell command: ` line ends were joined.</source>
            <translation>Leído como un comando de PowerShell: se han unido las líneas que terminan en `.</translation>
        </message>
        <message numerus="yes">
            <source>%n comment line(s) ignored.</source>
            <translation>
                <numerusform>Se ha ignorado %n línea de comentario.</numerusform>
                <numerusform>Se han ignorado %n líneas de comentario.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The paste holds %n more command(s) after the first; only the first was imported.</source>
            <translation>
                <numerusform>El texto pegado contiene %n comando más después del primero; solo se ha importado el primero.</numerusform>
                <numerusform>El texto pegado contiene %n comandos más después del primero; solo se ha importado el primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the curl command was imported; “%1” after it was not.</source>
            <translation>Solo se ha importado el comando curl; no se ha importado lo que iba detrás: «%1».</translation>
        </message>
        <message>
            <source>Read as a Windows command quoted with "" and "%" (as older Firefox copies it): "" inside quotes is one quote.</source>
            <translation>Leído como un comando de Windows entrecomillado con "" y "%" (como lo copian las versiones antiguas de Firefox): "" dentro de comillas es una comilla.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateField</name>
        <message>
            <source>Type a date such as %1 or 2027-03-31, or pick one with the arrow. Up and Down change the day, Page Up and Page Down the month.</source>
            <translation>Escriba una fecha como %1 o 2027-03-31, o elíjala con la flecha. Las flechas arriba y abajo cambian el día; Re Pág y Av Pág, el mes.</translation>
        </message>
        <message>
            <source>Pick a date in a calendar (Alt+Down)</source>
            <translation>Elegir una fecha en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DateText</name>
        <message>
            <source>“%1” is not a date. Write it as %2, or 2027-03-31, or 31 Mar 2027.</source>
            <translation>«%1» no es una fecha. Escríbala como %2, 2027-03-31 o 31 mar 2027.</translation>
        </message>
        <message>
            <source>Write the year of “%1” with four digits, as in %2.</source>
            <translation>Escriba el año de «%1» con cuatro cifras, como en %2.</translation>
        </message>
        <message>
            <source>“%1” has no month %2. Write the date as %3.</source>
            <translation>«%1» indica el mes %2, que no existe. Escriba la fecha como %3.</translation>
        </message>
        <message>
            <source>%1 has %2 days, so “%3” does not exist.</source>
            <translation>%1 tiene %2 días, así que «%3» no existe.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyCatalog</name>
        <message>
            <source>Identifies the caller of the DCS API.</source>
            <translation>Identifica a quien llama a la API del DCS.</translation>
        </message>
        <message>
            <source>Disables third-party cookies (COPPA).</source>
            <translation>Desactiva las cookies de terceros (COPPA).</translation>
        </message>
        <message>
            <source>Name space ID of the JavaScript container.</source>
            <translation>ID del espacio de nombres del contenedor JavaScript.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this integration code.</source>
            <translation>Evaluar solo los rasgos de la fuente de datos con este código de integración.</translation>
        </message>
        <message>
            <source>Platform-level key: country, normally derived from the IP address.</source>
            <translation>Clave de plataforma: país, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: city, normally derived from the IP address.</source>
            <translation>Clave de plataforma: ciudad, normalmente derivada de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: region, normally derived from the IP address.</source>
            <translation>Clave de plataforma: región, normalmente derivada de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: state, normally derived from the IP address.</source>
            <translation>Clave de plataforma: estado o provincia, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: postal code, normally derived from the IP address.</source>
            <translation>Clave de plataforma: código postal, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>ZIP code set by the caller.</source>
            <translation>Código postal fijado por quien llama.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: sistema operativo, normalmente derivado del User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device model, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: modelo de dispositivo, normalmente derivado del User-Agent.</translation>
        </message>
        <message>
            <source>IAB TCF: 1 when GDPR applies, else 0.</source>
            <translation>IAB TCF: 1 si se aplica el RGPD; si no, 0.</translation>
        </message>
        <message>
            <source>IAB TCF consent string (URL-safe base64).</source>
            <translation>Cadena de consentimiento IAB TCF (base64 seguro para URL).</translation>
        </message>
        <message>
            <source>The User-Agent header value.</source>
            <translation>El valor de la cabecera User-Agent.</translation>
        </message>
        <message>
            <source>The Accept-Language header value.</source>
            <translation>El valor de la cabecera Accept-Language.</translation>
        </message>
        <message>
            <source>The Referer header value.</source>
            <translation>El valor de la cabecera Referer.</translation>
        </message>
        <message>
            <source>The client's data collection host name.</source>
            <translation>El nombre de host de recopilación de datos del cliente.</translation>
        </message>
        <message>
            <source>The Date header value.</source>
            <translation>El valor de la cabecera Date.</translation>
        </message>
        <message>
            <source>Type a key: c_ for your attributes, p_ for private ones, h_ for header data.</source>
            <translation>Escriba una clave: c_ para sus atributos, p_ para los privados, h_ para datos de cabecera.</translation>
        </message>
        <message>
            <source>Customer-defined attribute, logged and used by trait rules.</source>
            <translation>Atributo definido por el cliente, registrado y usado por las reglas de rasgos.</translation>
        </message>
        <message>
            <source>Private attribute: used for trait evaluation, never logged or stored.</source>
            <translation>Atributo privado: se usa para evaluar rasgos, nunca se registra ni se almacena.</translation>
        </message>
        <message>
            <source>HTTP header data.</source>
            <translation>Datos de cabecera HTTP.</translation>
        </message>
        <message>
            <source>Audience Manager attribute; this key is not documented for /event calls.</source>
            <translation>Atributo de Audience Manager; esta clave no está documentada para llamadas /event.</translation>
        </message>
        <message>
            <source>Unprefixed key: works, trait rules match the exact key name.</source>
            <translation>Clave sin prefijo: funciona; las reglas de rasgos comparan el nombre exacto de la clave.</translation>
        </message>
        <message>
            <source>JavaScript callback name: the answer becomes callback({...}) (JSONP). The builder has a field for it.</source>
            <translation>Nombre del callback de JavaScript: la respuesta pasa a ser callback({...}) (JSONP). El editor tiene un campo para ello.</translation>
        </message>
        <message>
            <source>Declared ID: data source ID and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>ID declarado: ID de la fuente de datos e ID de usuario unidos por el carácter no imprimible 0x01; repetible. La tabla de ID declarados lo genera.</translation>
        </message>
        <message>
            <source>Declared ID: integration code and user ID joined by the non-printing 0x01 character; repeatable. The Declared IDs table builds it.</source>
            <translation>ID declarado: código de integración e ID de usuario unidos por el carácter no imprimible 0x01; repetible. La tabla de ID declarados lo genera.</translation>
        </message>
        <message>
            <source>1 or 2: adds the traits and segments arrays (1 = legacy segment IDs, 2 = segment IDs). The builder has a field for it.</source>
            <translation>1 o 2: añade las matrices traits y segments (1 = ID de segmento heredados, 2 = ID de segmento). El editor tiene un campo para ello.</translation>
        </message>
        <message>
            <source>Deprecated data provider ID; use d_cid or d_cid_ic.</source>
            <translation>ID de proveedor de datos (obsoleto); use d_cid o d_cid_ic.</translation>
        </message>
        <message>
            <source>Deprecated data provider user ID; use d_cid or d_cid_ic.</source>
            <translation>ID de usuario del proveedor de datos (obsoleto); use d_cid o d_cid_ic.</translation>
        </message>
        <message>
            <source>Reserved for the Analytics integration.</source>
            <translation>Reservado para la integración con Analytics.</translation>
        </message>
        <message>
            <source>Experience Cloud ID (ECID/MID). The builder's User ID field sets it.</source>
            <translation>ID de Experience Cloud (ECID/MID). Lo fija el campo «ID de usuario» del editor.</translation>
        </message>
        <message>
            <source>IMS Org ID that goes with d_mid; error 2 when it is wrong. The builder has a field for it.</source>
            <translation>ID de organización IMS que acompaña a d_mid; error 2 si es incorrecto. El editor tiene un campo para ello.</translation>
        </message>
        <message>
            <source>Platform: ios, android, browser or all. The builder has a field for it.</source>
            <translation>Plataforma: ios, android, browser o all. El editor tiene un campo para ello.</translation>
        </message>
        <message>
            <source>Deprecated and reserved (legacy Analytics).</source>
            <translation>Obsoleto y reservado (Analytics heredado).</translation>
        </message>
        <message>
            <source>Trait or segment IDs, comma-separated. The builder has a field for it.</source>
            <translation>ID de rasgos o segmentos, separados por comas. El editor tiene un campo para ello.</translation>
        </message>
        <message>
            <source>Evaluate only the traits of the data source with this ID (DPID).</source>
            <translation>Evaluar solo los rasgos de la fuente de datos con este ID (DPID).</translation>
        </message>
        <message>
            <source>Audience Manager user ID (38 digits): identifies the visitor when there is no cookie. The builder's User ID field sets it.</source>
            <translation>ID de usuario de Audience Manager (38 dígitos): identifica al visitante cuando no hay cookie. Lo fija el campo «ID de usuario» del editor.</translation>
        </message>
        <message>
            <source>Media pixel: the event, imp, click or conv. Impression calls get no answer.</source>
            <translation>Píxel de medios: el evento, imp, click o conv. Las llamadas de impresión no reciben respuesta.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the media data.</source>
            <translation>Píxel de medios: el ID de la fuente de datos de medios.</translation>
        </message>
        <message>
            <source>Media pixel: the site ID.</source>
            <translation>Píxel de medios: el ID del sitio.</translation>
        </message>
        <message>
            <source>Media pixel: the creative ID.</source>
            <translation>Píxel de medios: el ID de la creatividad.</translation>
        </message>
        <message>
            <source>Media pixel: the ad group ID.</source>
            <translation>Píxel de medios: el ID del grupo de anuncios.</translation>
        </message>
        <message>
            <source>Media pixel: the placement ID.</source>
            <translation>Píxel de medios: el ID de la ubicación.</translation>
        </message>
        <message>
            <source>Media pixel: the campaign ID.</source>
            <translation>Píxel de medios: el ID de la campaña.</translation>
        </message>
        <message>
            <source>Media pixel: the data source ID of the advertiser.</source>
            <translation>Píxel de medios: el ID de la fuente de datos del anunciante.</translation>
        </message>
        <message>
            <source>Media pixel: the business unit ID.</source>
            <translation>Píxel de medios: el ID de la unidad de negocio.</translation>
        </message>
        <message>
            <source>Media pixel: a cache buster.</source>
            <translation>Píxel de medios: un valor para evitar la caché.</translation>
        </message>
        <message>
            <source>Click pixel: the redirect URL, encoded twice.</source>
            <translation>Píxel de clic: la URL de redirección, codificada dos veces.</translation>
        </message>
        <message>
            <source>Platform-level key: DMA code, normally derived from the IP address.</source>
            <translation>Clave de plataforma: código DMA, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: area code, normally derived from the IP address.</source>
            <translation>Clave de plataforma: prefijo telefónico, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: latitude, normally derived from the IP address.</source>
            <translation>Clave de plataforma: latitud, normalmente derivada de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: longitude, normally derived from the IP address.</source>
            <translation>Clave de plataforma: longitud, normalmente derivada de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: internet service provider, normally derived from the IP address.</source>
            <translation>Clave de plataforma: proveedor de internet, normalmente derivado de la dirección IP.</translation>
        </message>
        <message>
            <source>Platform-level key: device vendor, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: marca del dispositivo, normalmente derivada del User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: hardware type, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: tipo de hardware, normalmente derivado del User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: operating system version, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: versión del sistema operativo, normalmente derivada del User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device marketing name, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: nombre comercial del dispositivo, normalmente derivado del User-Agent.</translation>
        </message>
        <message>
            <source>Platform-level key: device manufacturer, normally derived from the User-Agent.</source>
            <translation>Clave de plataforma: fabricante del dispositivo, normalmente derivado del User-Agent.</translation>
        </message>
        <message>
            <source>Added by DIL: the time of the call (_ts=milliseconds).</source>
            <translation>Añadido por DIL: la hora de la llamada (_ts=milisegundos).</translation>
        </message>
        <message>
            <source>Added by DIL: the DIL version.</source>
            <translation>Añadido por DIL: la versión de DIL.</translation>
        </message>
        <message>
            <source>Added by DIL.</source>
            <translation>Añadido por DIL.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op may use the call.</source>
            <translation>Añadido por DIL: 1 cuando la cooperativa de dispositivos puede usar la llamada.</translation>
        </message>
        <message>
            <source>Added by DIL: 1 when the device co-op must not use the call.</source>
            <translation>Añadido por DIL: 1 cuando la cooperativa de dispositivos no debe usar la llamada.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's data source ID in Audience Manager, a number.</source>
            <translation>Sincronización de ID (/ibs): el ID de fuente de datos del proveedor en Audience Manager, un número.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the vendor's own ID for this user.</source>
            <translation>Sincronización de ID (/ibs): el ID propio del proveedor para este usuario.</translation>
        </message>
        <message>
            <source>ID sync (/ibs): the partner URL the DCS redirects to, with ${DD_UUID} where the AAM UUID goes.</source>
            <translation>Sincronización de ID (/ibs): la URL del socio a la que redirige el DCS, con ${DD_UUID} donde va el UUID de AAM.</translation>
        </message>
        <message>
            <source>1 returns the URL destinations (dests) in the answer. The builder has a check box for it.</source>
            <translation>1 devuelve los destinos de URL (dests) en la respuesta. El editor tiene una casilla para ello.</translation>
        </message>
        <message>
            <source>JSON version, normally 1; 0 disables ID syncs. The builder has a check box for it.</source>
            <translation>Versión de JSON, normalmente 1; 0 desactiva las sincronizaciones de ID. El editor tiene una casilla para ello.</translation>
        </message>
        <message>
            <source>json is required for a JSON answer; without it the DCS answers with a pixel. The builder has a check box for it.</source>
            <translation>json es necesario para una respuesta JSON; sin él, el DCS responde con un píxel. El editor tiene una casilla para ello.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DcsKeyDelegate</name>
        <message>
            <source>Signal key</source>
            <translation>Clave de la señal</translation>
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
            <translation>Servidor a servidor</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Todas las plataformas</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Navegador</translation>
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
            <translation>Sin relleno automático</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Integration code value</source>
            <translation>Valor del código de integración</translation>
        </message>
        <message>
            <source>Single key</source>
            <translation>Clave única</translation>
        </message>
        <message>
            <source>Multi key</source>
            <translation>Varias claves</translation>
        </message>
        <message>
            <source>All of our domains</source>
            <translation>Todos sus dominios</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Solo los dominios seleccionados</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Todos sus dominios excepto los seleccionados</translation>
        </message>
        <message>
            <source>May enable a combination with personally identifiable information (PII)</source>
            <translation>Puede permitir una combinación con información de identificación personal (PII)</translation>
        </message>
        <message>
            <source>May be used for on-site ad targeting</source>
            <translation>Puede usarse para la segmentación de anuncios en el sitio</translation>
        </message>
        <message>
            <source>May be used for off-site ad targeting</source>
            <translation>Puede usarse para la segmentación de anuncios fuera del sitio</translation>
        </message>
        <message>
            <source>May be used for on-site ad personalization</source>
            <translation>Puede usarse para la personalización de anuncios en el sitio</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Auto-fill mapping</source>
            <translation>Relleno automático de la asignación</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Etiquetas de exportación de datos</translation>
        </message>
        <message>
            <source>Serialize</source>
            <translation>Serializar</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL base</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL segura</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Delimitador</translation>
        </message>
        <message>
            <source>Cookie name</source>
            <translation>Nombre de la cookie</translation>
        </message>
        <message>
            <source>Cookie domain</source>
            <translation>Dominio de la cookie</translation>
        </message>
        <message>
            <source>Data format</source>
            <translation>Formato de datos</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Key-value separator</source>
            <translation>Separador clave-valor</translation>
        </message>
        <message>
            <source>Key-value delimiter</source>
            <translation>Delimitador de pares clave-valor</translation>
        </message>
        <message>
            <source>Serial delimiter</source>
            <translation>Delimitador de serie</translation>
        </message>
        <message>
            <source>Maximum cookie size</source>
            <translation>Tamaño máximo de la cookie</translation>
        </message>
        <message>
            <source>Cookie expiration (days)</source>
            <translation>Caducidad de la cookie (días)</translation>
        </message>
        <message>
            <source>Publish data to</source>
            <translation>Publicar datos en</translation>
        </message>
        <message>
            <source>Selected domains</source>
            <translation>Dominios seleccionados</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationEditor</name>
        <message>
            <source>Select a destination in the list, or create one with New.</source>
            <translation>Seleccione un destino en la lista o cree uno con «Nuevo».</translation>
        </message>
        <message>
            <source>Basic information</source>
            <translation>Información básica</translation>
        </message>
        <message>
            <source>Data export labels</source>
            <translation>Etiquetas de exportación de datos</translation>
        </message>
        <message>
            <source>Configuration: URL</source>
            <translation>Configuración: URL</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Asignaciones de segmentos</translation>
        </message>
        <message>
            <source>Labels block an export only when a data source has a matching data export control.</source>
            <translation>Las etiquetas solo bloquean una exportación cuando una fuente de datos tiene un control de exportación coincidente.</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Categoría:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Auto-fill destination mapping:</source>
            <translation>Relleno automático de la asignación:</translation>
        </message>
        <message>
            <source>Domain IDs:</source>
            <translation>ID de dominio:</translation>
        </message>
        <message>
            <source>Maximum size (bytes):</source>
            <translation>Tamaño máximo (bytes):</translation>
        </message>
        <message>
            <source>Expiration (days):</source>
            <translation>Caducidad (días):</translation>
        </message>
        <message>
            <source>Serialize:</source>
            <translation>Serializar:</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Required; no abbreviations or special characters</source>
            <translation>Obligatorio; sin abreviaturas ni caracteres especiales</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Send all qualified segments in one call</source>
            <translation>Enviar todos los segmentos del usuario en una llamada</translation>
        </message>
        <message>
            <source>Put all values of a key in one pair</source>
            <translation>Poner todos los valores de una clave en un solo par</translation>
        </message>
        <message>
            <source>e.g. , or ;</source>
            <translation>p. ej. , o ;</translation>
        </message>
        <message>
            <source>e.g. , or #</source>
            <translation>p. ej. , o #</translation>
        </message>
        <message>
            <source>Blank = all domains, else e.g. .example.com</source>
            <translation>Vacío = todos los dominios; si no, p. ej. .example.com</translation>
        </message>
        <message>
            <source>Domain IDs separated by commas, e.g. 312, 318</source>
            <translation>ID de dominio separados por comas, p. ej. 312, 318</translation>
        </message>
        <message>
            <source>Not serialized: each mapped segment fires its own URL, which is set in the segment's mapping.</source>
            <translation>Sin serializar: cada segmento asignado dispara su propia URL, que se indica en la asignación del segmento.</translation>
        </message>
        <message>
            <source>0 (session)</source>
            <translation>0 (sesión)</translation>
        </message>
        <message>
            <source>Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.</source>
            <translation>Escriba los ID de dominio como números enteros separados por comas, p. ej. 312, 318.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>URL destination · ID %1 · last change %2</source>
            <translation>Destino de URL · ID %1 · último cambio %2</translation>
        </message>
        <message>
            <source>Cookie destination · ID %1 · last change %2</source>
            <translation>Destino de cookie · ID %1 · último cambio %2</translation>
        </message>
        <message>
            <source>Server-to-server destination · ID %1 · last change %2</source>
            <translation>Destino de servidor a servidor · ID %1 · último cambio %2</translation>
        </message>
        <message>
            <source>Server-to-server destinations are set up by Adobe or through an integrated platform. Audience Manager cannot create them and lets you edit only their segment mappings; their name cannot be changed there. Here they mirror the destinations of your account.</source>
            <translation>Los destinos de servidor a servidor los configura Adobe o se configuran a través de una plataforma integrada. Audience Manager no puede crearlos y solo le deja editar sus asignaciones de segmentos; allí su nombre no se puede cambiar. Los que ve aquí reflejan los destinos de su cuenta.</translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet.</source>
            <translation>Aún no hay ningún segmento asignado a este destino.</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n activa</numerusform>
                <numerusform>%n activas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n caducada</numerusform>
                <numerusform>%n caducadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not started yet</source>
            <translation>
                <numerusform>%n aún no ha empezado</numerusform>
                <numerusform>%n aún no han empezado</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped</source>
            <translation>
                <numerusform>%n asignación de segmento</numerusform>
                <numerusform>%n asignaciones de segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Configuration: Cookie</source>
            <translation>Configuración: cookie</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <comment>the value after Category:</comment>
            <translation>Plataformas integradas</translation>
        </message>
        <message>
            <source>Custom</source>
            <comment>the value after Category:</comment>
            <translation>Personalizada</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFieldHelp</name>
        <message>
            <source>The name Audience Manager lists the destination under. Required; write it in full, without abbreviations or special characters. Example: Sports fans for the display partner</source>
            <translation>El nombre con el que Audience Manager muestra el destino. Obligatorio; escríbalo completo, sin abreviaturas ni caracteres especiales. Ejemplo: Aficionados al deporte para el socio de display</translation>
        </message>
        <message>
            <source>An optional note for your colleagues: what the destination is for and who asked for it. Example: Spring campaign, display partner</source>
            <translation>Una nota opcional para sus compañeros: para qué sirve el destino y quién lo pidió. Ejemplo: Campaña de primavera, socio de display</translation>
        </message>
        <message>
            <source>URL: a pixel (image or iframe) the page calls for the user's segments. Cookie: a key-value cookie in the browser that your ad server reads. Server-to-server: set up by Adobe or an integrated platform; you edit only its segment mappings.</source>
            <translation>URL: un píxel (imagen o iframe) al que llama la página para los segmentos del usuario. Cookie: una cookie de clave-valor en el navegador que lee su servidor de anuncios. Servidor a servidor: lo configura Adobe o una plataforma integrada; usted solo edita sus asignaciones de segmentos.</translation>
        </message>
        <message>
            <source>The devices the destination receives data from: all platforms, the browser, Android or iOS apps. Cookie destinations work in the browser only.</source>
            <translation>Los dispositivos de los que el destino recibe datos: todas las plataformas, el navegador, aplicaciones Android o iOS. Los destinos de cookie solo funcionan en el navegador.</translation>
        </message>
        <message>
            <source>Fills in the mapping value of each segment you map: with its segment ID or with its integration code value (at most 255 characters). With no auto-fill you type each value. Example: Segment ID gives the value 1005 for segment 1005.</source>
            <translation>Rellena el valor de asignación de cada segmento que asigne: con su ID de segmento o con el valor de su código de integración (255 caracteres como máximo). Sin relleno automático, usted escribe cada valor. Ejemplo: «ID de segmento» da el valor 1005 para el segmento 1005.</translation>
        </message>
        <message>
            <source>Serialize: put all values of the key in one key-value pair, separated by the serial delimiter. Example: seg=123,456 instead of seg=123&amp;seg=456.</source>
            <translation>Serializar: poner todos los valores de la clave en un solo par clave-valor, separados por el delimitador de serie. Ejemplo: seg=123,456 en lugar de seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serialize: send all of a user's segments in one call instead of one call per segment. The base URL and the secure URL then carry %ALIAS%, where the segments' values go, joined by the delimiter.</source>
            <translation>Serializar: enviar todos los segmentos de un usuario en una sola llamada en lugar de una llamada por segmento. La URL base y la URL segura llevan entonces %ALIAS%, donde van los valores de los segmentos, unidos por el delimitador.</translation>
        </message>
        <message>
            <source>Base URL: the http address that is called, with %ALIAS% where the mapped values go. Macros such as %rnd% (a random number against caching), %did% (the user's Audience Manager ID) and %timestamp% are filled in. Example: http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>URL base: la dirección http a la que se llama, con %ALIAS% donde van los valores asignados. Se rellenan macros como %rnd% (un número aleatorio para evitar la caché), %did% (el ID de Audience Manager del usuario) y %timestamp%. Ejemplo: http://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Secure URL: the https address called from secure pages; it needs %ALIAS% too. Example: https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</source>
            <translation>URL segura: la dirección https a la que se llama desde páginas seguras; también necesita %ALIAS%. Ejemplo: https://partner.example.com/seg?s=%ALIAS%&amp;r=%rnd%</translation>
        </message>
        <message>
            <source>Cookie name: the name of the cookie written in the browser. Required. Example: aam_segments</source>
            <translation>Nombre de la cookie: el nombre de la cookie que se escribe en el navegador. Obligatorio. Ejemplo: aam_segments</translation>
        </message>
        <message>
            <source>Data format. Single key: you set the key here once and each mapping gives a value (seg=123). Multi key: each mapping gives its own key and value (sport=golf).</source>
            <translation>Formato de datos. Clave única: usted fija aquí la clave una vez y cada asignación aporta un valor (seg=123). Varias claves: cada asignación aporta su propia clave y su valor (sport=golf).</translation>
        </message>
        <message>
            <source>Key: the key of a single-key cookie; each mapped segment adds its value to it. Example: seg gives seg=123&amp;seg=456.</source>
            <translation>Clave: la clave de una cookie de clave única; cada segmento asignado le añade su valor. Ejemplo: seg da seg=123&amp;seg=456.</translation>
        </message>
        <message>
            <source>Serial delimiter: the character between the values of the key when the cookie is serialized, as your ad server expects. Example: a comma gives seg=123,456.</source>
            <translation>Delimitador de serie: el carácter entre los valores de la clave cuando la cookie se serializa, tal como lo espera su servidor de anuncios. Ejemplo: una coma da seg=123,456.</translation>
        </message>
        <message>
            <source>Cookie domain: leave it blank to write the cookie on all your domains, or give one domain that starts with a dot, without a wildcard or https://. Example: .example.com, which also covers shop.example.com.</source>
            <translation>Dominio de la cookie: déjelo vacío para escribir la cookie en todos sus dominios, o indique un dominio que empiece por un punto, sin comodín ni https://. Ejemplo: .example.com, que también abarca shop.example.com.</translation>
        </message>
        <message>
            <source>Publish data to: all of your domains (the default), only the selected domains, or all of your domains except the selected ones. The domains are given by their Audience Manager domain IDs below.</source>
            <translation>Publicar datos en: todos sus dominios (predeterminado), solo los dominios seleccionados o todos sus dominios salvo los seleccionados. Los dominios se indican abajo con sus ID de dominio de Audience Manager.</translation>
        </message>
        <message>
            <source>Domain IDs: the Audience Manager IDs of the domains that "Publish data to" includes or leaves out, separated by commas. Example: 312, 318</source>
            <translation>ID de dominio: los ID de Audience Manager de los dominios que «Publicar datos en» incluye o excluye, separados por comas. Ejemplo: 312, 318</translation>
        </message>
        <message>
            <source>Maximum size: the largest size of the cookie in bytes. Example: 2048</source>
            <translation>Tamaño máximo: el tamaño máximo de la cookie en bytes. Ejemplo: 2048</translation>
        </message>
        <message>
            <source>Expiration: how many days the cookie stays in the browser; 0 ends it with the browser session. Example: 30</source>
            <translation>Caducidad: cuántos días permanece la cookie en el navegador; con 0, caduca al terminar la sesión del navegador. Ejemplo: 30</translation>
        </message>
        <message>
            <source>Tick it when the partner may combine the data with personally identifiable information, such as names or e-mail addresses. Data sources whose export controls forbid that are then kept from this destination.</source>
            <translation>Marque esta casilla si el socio puede combinar los datos con información de identificación personal, como nombres o direcciones de correo electrónico. Las fuentes de datos cuyos controles de exportación lo prohíben quedan entonces fuera de este destino.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on your own websites. Data sources whose export controls forbid on-site ad targeting are then kept from this destination.</source>
            <translation>Marque esta casilla si los datos se usan para segmentar anuncios en sus propios sitios web. Las fuentes de datos cuyos controles de exportación lo prohíben quedan entonces fuera de este destino.</translation>
        </message>
        <message>
            <source>Tick it when the data targets ads on other websites. Data sources whose export controls forbid off-site ad targeting are then kept from this destination.</source>
            <translation>Marque esta casilla si los datos se usan para segmentar anuncios en otros sitios web. Las fuentes de datos cuyos controles de exportación lo prohíben quedan entonces fuera de este destino.</translation>
        </message>
        <message>
            <source>Tick it when the data personalises ads on your own websites. Data sources whose export controls forbid on-site ad personalization are then kept from this destination.</source>
            <translation>Marque esta casilla si los datos se usan para personalizar anuncios en sus propios sitios web. Las fuentes de datos cuyos controles de exportación lo prohíben quedan entonces fuera de este destino.</translation>
        </message>
        <message>
            <source>Custom: URL and cookie destinations you build yourself. Integrated platforms: server-to-server destinations that Adobe or a platform set up.</source>
            <translation>Personalizado: destinos de URL y de cookie que usted crea. Plataformas integradas: destinos de servidor a servidor que configura Adobe o una plataforma.</translation>
        </message>
        <message>
            <source>Delimiter: the character that separates the values of several segments in one serialized call, as the partner requires; usually a comma or a semicolon. Example: with a comma, two segments are sent as s=123,456.</source>
            <translation>Delimitador: el carácter que separa los valores de varios segmentos en una llamada serializada, como lo exija el socio; suele ser una coma o un punto y coma. Ejemplo: con una coma, dos segmentos se envían como s=123,456.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message>
            <source>No declared ID for data source %1: %%2% is empty.</source>
            <translation>No hay ningún ID declarado para la fuente de datos %1: %%2% está vacío.</translation>
        </message>
        <message>
            <source>%1 is not a known macro and is sent as is.</source>
            <translation>%1 no es una macro conocida y se envía tal cual.</translation>
        </message>
        <message>
            <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
            <translation>La URL tiene %1 caracteres, más de los %2 que admite una solicitud GET; los socios pueden truncarla.</translation>
        </message>
        <message>
            <source>%1 has no %ALIAS%: the segment values have nowhere to go.</source>
            <translation>%1 no contiene %ALIAS%: los valores de los segmentos no tienen dónde ir.</translation>
        </message>
        <message numerus="yes">
            <source>%n lowest-priority value(s) left out to keep the cookie within its maximum size.</source>
            <translation>
                <numerusform>%n valor de menor prioridad omitido para que la cookie no supere su tamaño máximo.</numerusform>
                <numerusform>%n valores de menor prioridad omitidos para que la cookie no supere su tamaño máximo.</numerusform>
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
                <numerusform>%n caducada</numerusform>
                <numerusform>%n caducadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Mapped segments</source>
            <translation>Segmentos asignados</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Nuevo destino %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n destination(s)</source>
            <translation>
                <numerusform>Añadir %n destino</numerusform>
                <numerusform>Añadir %n destinos</numerusform>
            </translation>
        </message>
        <message>
            <source>Expired mappings</source>
            <translation>Asignaciones caducadas</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
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
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments with a mapping active today / segments mapped.</source>
            <translation>Segmentos con una asignación activa hoy / segmentos asignados.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) in all</source>
            <translation>
                <numerusform>%n asignación en total</numerusform>
                <numerusform>%n asignaciones en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active today</source>
            <translation>
                <numerusform>%n activa hoy</numerusform>
                <numerusform>%n activas hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped more than once (several flights)</source>
            <translation>
                <numerusform>%n segmento asignado más de una vez (varios periodos)</numerusform>
                <numerusform>%n segmentos asignados más de una vez (varios periodos)</numerusform>
            </translation>
        </message>
        <message>
            <source>No errors, warnings or expired mappings in this destination or its mappings.</source>
            <translation>No hay errores, advertencias ni asignaciones caducadas en este destino ni en sus asignaciones.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: click the validation summary in the status bar for the full list.</source>
            <translation>
                <numerusform>… y %n más: haga clic en el resumen de validación de la barra de estado para ver la lista completa.</numerusform>
                <numerusform>… y %n más: haga clic en el resumen de validación de la barra de estado para ver la lista completa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationsView</name>
        <message>
            <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
            <translation>Buscar por nombre, ID, URL o nombre de cookie (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
            <translation>Deben aparecer todas las palabras. Con la flecha abajo se pasa a la lista; con Esc se borra la búsqueda.</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Show only destinations of one type</source>
            <translation>Mostrar solo destinos de un tipo</translation>
        </message>
        <message>
            <source>New &amp;URL Destination</source>
            <translation>Nuevo destino de &amp;URL</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>New URL destination (%1); the arrow offers the other types</source>
            <translation>Nuevo destino de URL (%1); la flecha ofrece los demás tipos</translation>
        </message>
        <message>
            <source>New &amp;Cookie Destination</source>
            <translation>Nuevo destino de &amp;cookie</translation>
        </message>
        <message>
            <source>New &amp;Server-to-Server Destination…</source>
            <translation>Nuevo destino de &amp;servidor a servidor…</translation>
        </message>
        <message>
            <source>Du&amp;plicate</source>
            <translation>Du&amp;plicar</translation>
        </message>
        <message>
            <source>Duplicate the selected destinations with their mappings (%1)</source>
            <translation>Duplicar los destinos seleccionados con sus asignaciones (%1)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete the selected destinations (%1)</source>
            <translation>Eliminar los destinos seleccionados (%1)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>Destinations from AAM REST JSON…</source>
            <translation>Destinos desde JSON de AAM REST…</translation>
        </message>
        <message>
            <source>Destinations as AAM REST JSON…</source>
            <translation>Destinos como JSON de AAM REST…</translation>
        </message>
        <message>
            <source>Show Fire &amp;Preview</source>
            <translation>Mostrar &amp;vista previa de disparo</translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destino</numerusform>
                <numerusform>%n destinos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n destination(s)</source>
            <translation>
                <numerusform>%1 de %n destino</numerusform>
                <numerusform>%1 de %n destinos</numerusform>
            </translation>
        </message>
        <message>
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager no puede crear destinos de servidor a servidor: los configura Adobe o se configuran a través de una plataforma integrada, y usted solo puede editar sus asignaciones.

Añada uno aquí solo para reflejar un destino que exista en su cuenta; así podrá editar sus asignaciones y probarlo en el sandbox.</translation>
        </message>
        <message>
            <source>Add Mirror</source>
            <translation>Añadir reflejo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>New URL destination %1</source>
            <translation>Nuevo destino de URL %1</translation>
        </message>
        <message>
            <source>New cookie destination %1</source>
            <translation>Nuevo destino de cookie %1</translation>
        </message>
        <message>
            <source>New server-to-server destination %1</source>
            <translation>Nuevo destino de servidor a servidor %1</translation>
        </message>
        <message>
            <source>New destination %1</source>
            <translation>Nuevo destino %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n destination(s)</source>
            <translation>
                <numerusform>Duplicar %n destino</numerusform>
                <numerusform>Duplicar %n destinos</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicated %1 with %2.</source>
            <translation>Duplicación realizada: %1 con %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete destinations</source>
            <translation>Eliminar destinos</translation>
        </message>
        <message>
            <source>Delete the destination "%1"?</source>
            <translation>¿Eliminar el destino «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)?</source>
            <translation>
                <numerusform>¿Eliminar %n destino?</numerusform>
                <numerusform>¿Eliminar %n destinos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s).</source>
            <translation>
                <numerusform>Se ha eliminado %n destino.</numerusform>
                <numerusform>Se han eliminado %n destinos.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" still has %2. Audience Manager deletes a destination only after its mappings are removed.

Delete the destination and its mappings?</source>
            <translation>«%1» todavía tiene %2. Audience Manager solo elimina un destino cuando ya se han quitado sus asignaciones.

¿Eliminar el destino y sus asignaciones?</translation>
        </message>
        <message numerus="yes">
            <source>%n segment mapping(s)</source>
            <translation>
                <numerusform>%n asignación de segmento</numerusform>
                <numerusform>%n asignaciones de segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of the %2 selected destinations still have mappings (%3 in all). Audience Manager deletes a destination only after its mappings are removed.</source>
            <translation>Todavía hay asignaciones en %1 de los %2 destinos seleccionados (%3 en total). Audience Manager solo elimina un destino cuando ya se han quitado sus asignaciones.</translation>
        </message>
        <message>
            <source>Delete with Mappings</source>
            <translation>Eliminar con asignaciones</translation>
        </message>
        <message>
            <source>Delete Only Unmapped (%1)</source>
            <translation>Eliminar solo los que no tienen asignaciones (%1)</translation>
        </message>
        <message>
            <source>Deleted %1 and %2.</source>
            <translation>Se han eliminado %1 y %2.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s) without mappings.</source>
            <translation>
                <numerusform>Se ha eliminado %n destino sin asignaciones.</numerusform>
                <numerusform>Se han eliminado %n destinos sin asignaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Destinations from AAM REST JSON</source>
            <translation>Importar destinos desde JSON de AAM REST</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>%1 cannot be imported.

%2</source>
            <translation>No se puede importar %1.

%2</translation>
        </message>
        <message>
            <source>Imported from %1: %2.</source>
            <translation>Importado de %1: %2.</translation>
        </message>
        <message>
            <source>destinations</source>
            <translation>destinos</translation>
        </message>
        <message>
            <source>Export Destinations as AAM REST JSON</source>
            <translation>Exportar destinos como JSON de AAM REST</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Exported %1 with %2 to %3.</source>
            <translation>Exportado: %1 con %2 a %3.</translation>
        </message>
        <message>
            <source>%1 Left out: %2</source>
            <translation>%1 Destinos omitidos: %2</translation>
        </message>
        <message>
            <source>Updated by the partner</source>
            <translation>Actualizado por el socio</translation>
        </message>
        <message>
            <source>Partner pixel (imported)</source>
            <translation>Píxel del socio (importado)</translation>
        </message>
        <message>
            <source>Partner audience</source>
            <translation>Audiencia del socio</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings</source>
            <translation>Asignaciones de seg&amp;mentos</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>&amp;Destino</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings (%1)</source>
            <translation>Asignaciones de seg&amp;mentos (%1)</translation>
        </message>
        <message>
            <source>The segments mapped to this destination, with their values and dates (Ctrl+M)</source>
            <translation>Los segmentos asignados a este destino, con sus valores y fechas (Ctrl+M)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Show only destinations whose worst finding, over the destination and its mappings, is of one kind</source>
            <translation>Mostrar solo los destinos cuyo hallazgo más grave (en el destino o en sus asignaciones) sea de un tipo concreto</translation>
        </message>
        <message>
            <source>No destinations yet</source>
            <translation>Aún no hay destinos</translation>
        </message>
        <message>
            <source>A destination is where your segments go: a URL that is called (a pixel), a cookie in the browser or a server-to-server partner. Create one here, or read destinations from a file with File › Import › Destinations from AAM REST JSON.</source>
            <translation>Un destino es el lugar al que van sus segmentos: una URL a la que se llama (un píxel), una cookie en el navegador o un socio de servidor a servidor. Cree uno aquí o importe destinos de un archivo con Archivo › Importar › Destinos desde JSON de AAM REST.</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n destination(s): their rows are on the clipboard; Edit › Undo brings the destinations back.</source>
            <translation>
                <numerusform>Se ha cortado %n destino: su fila está en el portapapeles; Edición › Deshacer lo recupera.</numerusform>
                <numerusform>Se han cortado %n destinos: sus filas están en el portapapeles; Edición › Deshacer los recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 to %2.</source>
            <translation>Exportado: %1 a %2.</translation>
        </message>
        <message>
            <source>Search destinations</source>
            <translation>Buscar destinos</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <source>Destination type</source>
            <translation>Tipo de destino</translation>
        </message>
        <message>
            <source>Destination status</source>
            <translation>Estado del destino</translation>
        </message>
        <message numerus="yes">
            <source>%n server-to-server destination(s) not duplicated: only Adobe or an integrated platform sets up a server-to-server destination.</source>
            <translation>
                <numerusform>%n destino de servidor a servidor no duplicado: solo Adobe o una plataforma integrada configura un destino de servidor a servidor.</numerusform>
                <numerusform>%n destinos de servidor a servidor no duplicados: solo Adobe o una plataforma integrada configura un destino de servidor a servidor.</numerusform>
            </translation>
        </message>
        <message>
            <source>New Server-to-Server Destination</source>
            <translation>Nuevo destino de servidor a servidor</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EditCommands</name>
        <message numerus="yes">
            <source>Copied %n row(s) and the column titles: a spreadsheet pastes them into columns.</source>
            <translation>
                <numerusform>Se han copiado %n fila y los títulos de las columnas: al pegarlos en una hoja de cálculo, quedan en columnas.</numerusform>
                <numerusform>Se han copiado %n filas y los títulos de las columnas: al pegarlos en una hoja de cálculo, quedan en columnas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EndpointCombo</name>
        <message>
            <source>Endpoint</source>
            <translation>Punto de conexión</translation>
        </message>
        <message>
            <source>The DCS path the call goes to. Choose one or type another path.</source>
            <translation>La ruta del DCS a la que va la llamada. Elija una o escriba otra ruta.</translation>
        </message>
        <message>
            <source>Event call: signals in, segments and destinations out.</source>
            <translation>Llamada de evento: entran señales, salen segmentos y destinos.</translation>
        </message>
        <message>
            <source>ID sync: links dpid and dpuuid (or d_cid) to the AAM UUID; the pairs follow a colon, /ibs:dpid=…, and redir=&lt;URL with ${DD_UUID}&gt; redirects there.</source>
            <translation>Sincronización de ID: vincula dpid y dpuuid (o d_cid) al UUID de AAM; los pares van tras dos puntos, /ibs:dpid=…, y redir=&lt;URL con ${DD_UUID}&gt; redirige allí.</translation>
        </message>
        <message>
            <source>ID service: answers the Experience Cloud ID (d_mid) for d_orgid, with d_blob and the ID syncs.</source>
            <translation>Servicio de ID: responde con el ID de Experience Cloud (d_mid) para d_orgid, con d_blob y las sincronizaciones de ID.</translation>
        </message>
        <message>
            <source>Opt-out: opts out the d_uuid, the d_mid with d_orgid, or the declared IDs; later calls for them return error 171.</source>
            <translation>Exclusión voluntaria: excluye el d_uuid, el d_mid con d_orgid o los ID declarados; el DCS responde con el error 171 a las llamadas posteriores para ellos.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Environment</name>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: se esperaba un objeto</translation>
        </message>
        <message>
            <source>%1.name: expected the environment's name (text)</source>
            <translation>%1.name: se esperaba el nombre del entorno (texto)</translation>
        </message>
        <message>
            <source>%1.name: a second environment named “%2”</source>
            <translation>%1.name: un segundo entorno llamado «%2»</translation>
        </message>
        <message>
            <source>%1.variables: expected a list</source>
            <translation>%1.variables: se esperaba una lista</translation>
        </message>
        <message>
            <source>%1.name: expected a variable name (letters, digits, _ . -, starting with a letter or _)</source>
            <translation>%1.name: se esperaba un nombre de variable (letras, dígitos, _ . -, que empiece por una letra o _)</translation>
        </message>
        <message>
            <source>%1.name: a second variable named “%2”</source>
            <translation>%1.name: una segunda variable llamada «%2»</translation>
        </message>
        <message>
            <source>%1.value: expected text</source>
            <translation>%1.value: se esperaba texto</translation>
        </message>
        <message>
            <source>%1.secret: expected true or false</source>
            <translation>%1.secret: se esperaba true o false</translation>
        </message>
        <message>
            <source>%1.value: the secret variable “%2” has a value in the file. Secret values are never kept in a workspace: remove the value and set %3 instead.</source>
            <translation>%1.value: la variable secreta «%2» tiene un valor en el archivo. Los valores secretos nunca se guardan en un espacio de trabajo: elimine el valor y defina %3 en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentBar</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Entorno:</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Entorno</translation>
        </message>
        <message>
            <source>The environment whose values replace the {{name}} variables of the request and the profile</source>
            <translation>El entorno cuyos valores sustituyen a las variables {{name}} de la solicitud y del perfil</translation>
        </message>
        <message>
            <source>Environments…</source>
            <translation>Entornos…</translation>
        </message>
        <message>
            <source>Manage environments</source>
            <translation>Gestionar entornos</translation>
        </message>
        <message>
            <source>Add, rename or remove environments and edit their variables</source>
            <translation>Añadir, renombrar o quitar entornos y editar sus variables</translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”, and its secret values are kept in the system keychain under that name: %n value(s) were copied there from “%2”, whose entries are kept.</source>
            <translation>
                <numerusform>El espacio de trabajo se llama ahora «%1» y sus valores secretos se guardan en el llavero del sistema con ese nombre: se ha copiado %n valor desde «%2», cuyas entradas se conservan.</numerusform>
                <numerusform>El espacio de trabajo se llama ahora «%1» y sus valores secretos se guardan en el llavero del sistema con ese nombre: se han copiado %n valores desde «%2», cuyas entradas se conservan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workspace is now named “%1”: its %n secret value(s) are kept in memory until DCS Desk closes.</source>
            <translation>
                <numerusform>El espacio de trabajo se llama ahora «%1»: su %n valor secreto se guarda en memoria hasta que se cierre DCS Desk.</numerusform>
                <numerusform>El espacio de trabajo se llama ahora «%1»: sus %n valores secretos se guardan en memoria hasta que se cierre DCS Desk.</numerusform>
            </translation>
        </message>
        <message>
            <source>The keychain refused a secret value: unlock it and type the value again.</source>
            <translation>El llavero ha rechazado un valor secreto: desbloquéelo y vuelva a escribir el valor.</translation>
        </message>
        <message>
            <source>The secret values follow the new name “%1”.</source>
            <translation>Los valores secretos pasan al nuevo nombre «%1».</translation>
        </message>
        <message>
            <source>No system keychain: secret values are lost when DCS Desk closes; start a keychain service to keep them.</source>
            <translation>No hay llavero del sistema: los valores secretos se pierden al cerrar DCS Desk; inicie un servicio de llavero para conservarlos.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentDialog</name>
        <message>
            <source>Environments</source>
            <translation>Entornos</translation>
        </message>
        <message>
            <source>E&amp;nvironments:</source>
            <translation>En&amp;tornos:</translation>
        </message>
        <message>
            <source>Environment name</source>
            <translation>Nombre del entorno</translation>
        </message>
        <message>
            <source>The environment's name, e.g. production, beta, mock or sandbox</source>
            <translation>El nombre del entorno, p. ej. production, beta, mock o sandbox</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secreta</translation>
        </message>
        <message>
            <source>&amp;Variables ({{name}} in any field of a request or profile):</source>
            <translation>&amp;Variables ({{name}} en cualquier campo de una solicitud o un perfil):</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;mbre:</translation>
        </message>
        <message>
            <source>(from %1)</source>
            <translation>(de %1)</translation>
        </message>
        <message>
            <source>new environment</source>
            <translation>nuevo entorno</translation>
        </message>
        <message>
            <source>new environment %1</source>
            <translation>nuevo entorno %1</translation>
        </message>
        <message>
            <source>The environments cannot be saved: %1
Correct it, or press Cancel to keep them as they were.</source>
            <translation>No se pueden guardar los entornos: %1
Corríjalo o pulse «Cancelar» para dejarlos como estaban.</translation>
        </message>
        <message>
            <source>Edit environments</source>
            <translation>Editar entornos</translation>
        </message>
        <message>
            <source>Without a value, a secret comes from the system environment variable DCSDESK_VAR_&lt;NAME&gt; (for example DCSDESK_VAR_PARTNERTOKEN).</source>
            <translation>Si no tiene valor, una variable secreta toma el valor de la variable de entorno del sistema DCSDESK_VAR_&lt;NAME&gt; (por ejemplo, DCSDESK_VAR_PARTNERTOKEN).</translation>
        </message>
        <message>
            <source>A secret value is never saved in the workspace, the settings or the history: it is kept in the system keychain. Empty its Value cell to forget it.</source>
            <translation>Un valor secreto nunca se guarda en el espacio de trabajo, los ajustes ni el historial: se conserva en el llavero del sistema. Vacíe su celda «Valor» para olvidarlo.</translation>
        </message>
        <message>
            <source>A secret's value is kept in the system keychain, never in the workspace file</source>
            <translation>El valor de una variable secreta se guarda en el llavero del sistema, nunca en el archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>A secret's value is never written in the workspace file; without a keychain it is kept until DCS Desk closes</source>
            <translation>El valor de una variable secreta nunca se escribe en el archivo del espacio de trabajo; sin llavero se guarda hasta que se cierre DCS Desk</translation>
        </message>
        <message>
            <source>environment %1 in the list has no name. Type one in the Name field.</source>
            <translation>el entorno %1 de la lista no tiene nombre. Escriba uno en el campo «Nombre».</translation>
        </message>
        <message>
            <source>two environments are named “%1”. Rename one of them.</source>
            <translation>dos entornos se llaman «%1». Cambie el nombre de uno de ellos.</translation>
        </message>
        <message>
            <source>a variable of environment “%1” has no name. Type one, or remove the row.</source>
            <translation>una variable del entorno «%1» no tiene nombre. Escriba uno o quite la fila.</translation>
        </message>
        <message>
            <source>“%1” (environment “%2”) cannot be a variable name: use letters, digits, _ . or -, and begin with a letter or _.</source>
            <translation>«%1» (entorno «%2») no puede ser un nombre de variable: use letras, dígitos, _ . o -, y empiece por una letra o _.</translation>
        </message>
        <message>
            <source>environment “%1” has two variables named “%2”. Rename or remove one of them.</source>
            <translation>el entorno «%1» tiene dos variables llamadas «%2». Cambie el nombre de una de ellas o quítela.</translation>
        </message>
        <message>
            <source>&amp;Add Environment</source>
            <translation>Añadir &amp;entorno</translation>
        </message>
        <message>
            <source>&amp;Remove Environment</source>
            <translation>Quitar ent&amp;orno</translation>
        </message>
        <message>
            <source>Add Varia&amp;ble</source>
            <translation>Añadir varia&amp;ble</translation>
        </message>
        <message>
            <source>Remove Variab&amp;le</source>
            <translation>Quitar variab&amp;le</translation>
        </message>
        <message>
            <source>Kept in the system keychain; empty the cell to forget it. An empty cell takes the value from %1.</source>
            <translation>Se guarda en el llavero del sistema; vacíe la celda para olvidar el valor. Si la celda está vacía, el valor se toma de %1.</translation>
        </message>
        <message>
            <source>Kept in memory until DCS Desk closes. An empty cell takes the value from %1.</source>
            <translation>Se guarda en memoria hasta que se cierre DCS Desk. Si la celda está vacía, el valor se toma de %1.</translation>
        </message>
        <message>
            <source>Environments Not Saved</source>
            <translation>Entornos no guardados</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::EnvironmentSecrets</name>
        <message>
            <source>no reason given</source>
            <translation>no se ha indicado el motivo</translation>
        </message>
        <message>
            <source>DCS Desk was started without one</source>
            <comment>one: a system keychain</comment>
            <translation>DCS Desk se ha iniciado sin ninguno</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ExpectedVsActual</name>
        <message>
            <source>The mapping of segment %1 expired on %2.</source>
            <translation>La asignación del segmento %1 caducó el %2.</translation>
        </message>
        <message>
            <source>The mapping of segment %1 starts on %2.</source>
            <translation>La asignación del segmento %1 empieza el %2.</translation>
        </message>
        <message>
            <source>Destination not in the response.</source>
            <translation>El destino no está en la respuesta.</translation>
        </message>
        <message>
            <source>The cookie value differs from the mappings' values.</source>
            <translation>El valor de la cookie difiere de los valores de las asignaciones.</translation>
        </message>
        <message>
            <source>The request did not ask for URL destinations (d_dst=1).</source>
            <translation>La solicitud no pidió destinos de URL (d_dst=1).</translation>
        </message>
        <message>
            <source>No mapping of a qualified segment predicts this destination.</source>
            <translation>Ninguna asignación de los segmentos cuyos requisitos cumple el usuario predice este destino.</translation>
        </message>
        <message>
            <source>The workspace has no destination that predicts this.</source>
            <translation>El espacio de trabajo no tiene ningún destino que prediga esto.</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Coincide</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Diferente</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>Inesperado</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>No esperado</translation>
        </message>
        <message>
            <source>The same keys and values in another order.</source>
            <translation>Las mismas claves y valores en otro orden.</translation>
        </message>
        <message>
            <source>The destination is for %1; the call says d_ptfm=%2.</source>
            <translation>El destino es para %1; la llamada indica d_ptfm=%2.</translation>
        </message>
        <message>
            <source>The destination has no mappings in the workspace.</source>
            <translation>El destino no tiene asignaciones en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>The answer lists a segment of this destination: a DCS keeps the segments of this user's earlier calls.</source>
            <translation>La respuesta incluye un segmento de este destino: un DCS conserva los segmentos de las llamadas anteriores de este usuario.</translation>
        </message>
        <message>
            <source>The answer also has %1, which the mappings do not predict for this call.</source>
            <translation>La respuesta también tiene %1, que las asignaciones no predicen para esta llamada.</translation>
        </message>
        <message>
            <source>The answer lacks %1.</source>
            <translation>A la respuesta le falta %1.</translation>
        </message>
        <message>
            <source>Nothing to compare: only /event answers carry segments and destinations, and this call went to %1.</source>
            <translation>Nada que comparar: solo las respuestas de /event llevan segmentos y destinos, y esta llamada fue a %1.</translation>
        </message>
        <message>
            <source>d_cts=1 returns legacy segment IDs; send d_cts=2 to compare the answer's segments with the workspace's.</source>
            <translation>d_cts=1 devuelve ID de segmento heredados; envíe d_cts=2 para comparar los segmentos de la respuesta con los del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The answer lists no segments; send d_cts=2 to compare them too.</source>
            <translation>La respuesta no incluye segmentos; envíe d_cts=2 para compararlos también.</translation>
        </message>
        <message>
            <source>The DCS did not list it: its rule or status in the account may differ from the workspace.</source>
            <translation>El DCS no lo incluyó: su regla o su estado en la cuenta pueden diferir de los del espacio de trabajo.</translation>
        </message>
        <message>
            <source>A DCS also lists the segments of this user's earlier calls.</source>
            <translation>Un DCS también incluye los segmentos de las llamadas anteriores de este usuario.</translation>
        </message>
        <message numerus="yes">
            <source>… %n more</source>
            <translation>
                <numerusform>… %n más</numerusform>
                <numerusform>… %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Listed in the answer: %1.</source>
            <translation>Incluidos en la respuesta: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n ausente</numerusform>
                <numerusform>%n ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unexpected</source>
            <translation>
                <numerusform>%n inesperado</numerusform>
                <numerusform>%n inesperados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different</source>
            <translation>
                <numerusform>%n diferente</numerusform>
                <numerusform>%n diferentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: the DCS answered error 171, the user opted out, so it qualifies no segment and fires no destination for this user.</source>
            <translation>Nada que comparar: el DCS respondió con el error 171 (el usuario se ha excluido), así que el usuario no cumple los requisitos de ningún segmento y el DCS no dispara ningún destino para él.</translation>
        </message>
        <message>
            <source>The same URL but for values that may differ on every call: cache-busting macros (%rnd%, %timestamp%) and the order of serialized segments.</source>
            <translation>La misma URL salvo valores que pueden cambiar en cada llamada: macros para evitar la caché (%rnd%, %timestamp%) y el orden de los segmentos serializados.</translation>
        </message>
        <message>
            <source>Qualified for this call (by the workspace's rules or d_sid): %1.</source>
            <translation>Segmentos cuyos requisitos se cumplen en esta llamada (según las reglas del espacio de trabajo o d_sid): %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingSubject</name>
        <message>
            <source>segment %1</source>
            <translation>segmento %1</translation>
        </message>
        <message>
            <source>segment %1 “%2”</source>
            <translation>segmento %1 «%2»</translation>
        </message>
        <message>
            <source>destination %1</source>
            <translation>destino %1</translation>
        </message>
        <message>
            <source>destination %1 “%2”</source>
            <translation>destino %1 «%2»</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Asignación %1</translation>
        </message>
        <message>
            <source>Mapping %1: %2 → %3</source>
            <translation>Asignación %1: %2 → %3</translation>
        </message>
        <message>
            <source>%1 (mapping %2)</source>
            <translation>%1 (asignación %2)</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Profile “%1”</source>
            <translation>Perfil «%1»</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FindingsDialog</name>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Mapping value</source>
            <translation>Valor de asignación</translation>
        </message>
        <message>
            <source>Cookie value</source>
            <translation>Valor de cookie</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Código de integración</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Alias de dominio</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>URL base personalizada</translation>
        </message>
        <message>
            <source>Validation Findings</source>
            <translation>Hallazgos de la validación</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>No problems found in this workspace.</source>
            <translation>No se han encontrado problemas en este espacio de trabajo.</translation>
        </message>
        <message>
            <source>%1, %2 and %3. Double-click a row to go to the object.</source>
            <translation>%1, %2 y %3. Haga doble clic en una fila para ir al objeto.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>No se han encontrado problemas</translation>
        </message>
        <message>
            <source>DCS Desk checks every destination, mapping and segment as you edit. What Audience Manager would refuse shows here as an error, what may not work as you expect as a warning; double-click one to go to it.</source>
            <translation>DCS Desk comprueba cada destino, asignación y segmento mientras usted edita. Lo que Audience Manager rechazaría aparece aquí como error, y lo que quizá no funcione como espera, como advertencia; haga doble clic en una fila para ir al objeto.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FireCommand</name>
        <message>
            <source>Show what a destination fires for a user in the given segments: pixels, cookie or server-to-server values.</source>
            <translation>Mostrar lo que dispara un destino para un usuario que está en los segmentos indicados: píxeles, cookie o valores de servidor a servidor.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>El archivo del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The destination ID.</source>
            <translation>El ID del destino.</translation>
        </message>
        <message>
            <source>The segments the user qualifies for (IDs, comma-separated); default: every segment the destination maps.</source>
            <translation>Los segmentos para los que el usuario cumple los requisitos (ID separados por comas); predeterminado: todos los segmentos asignados al destino.</translation>
        </message>
        <message>
            <source>The day of the call (YYYY-MM-DD; default today).</source>
            <translation>El día de la llamada (AAAA-MM-DD; predeterminado: hoy).</translation>
        </message>
        <message>
            <source>The user's AAM ID for %did%.</source>
            <translation>El ID de AAM del usuario para %did%.</translation>
        </message>
        <message>
            <source>A fixed value for %rnd% (default: a new random number).</source>
            <translation>Un valor fijo para %rnd% (predeterminado: un número aleatorio nuevo).</translation>
        </message>
        <message>
            <source>fire takes one workspace file and --destination ID.</source>
            <translation>fire necesita un archivo de espacio de trabajo y --destination ID.</translation>
        </message>
        <message>
            <source>fire needs --destination with a destination ID.</source>
            <translation>fire necesita --destination con un ID de destino.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date admite un día con el formato AAAA-MM-DD, no «%1».</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>El espacio de trabajo no tiene el destino %1.</translation>
        </message>
        <message>
            <source>--segments takes segment IDs separated by commas, not “%1”.</source>
            <translation>--segments admite ID de segmento separados por comas, no «%1».</translation>
        </message>
        <message>
            <source>segment %1: the mapping ended on %2</source>
            <translation>segmento %1: la asignación terminó el %2</translation>
        </message>
        <message>
            <source>segment %1: the mapping starts on %2</source>
            <translation>segmento %1: la asignación empieza el %2</translation>
        </message>
        <message>
            <source>segment %1: not mapped to this destination</source>
            <translation>segmento %1: no está asignado a este destino</translation>
        </message>
        <message>
            <source>%1 (%2) on %3:</source>
            <translation>%1 (%2) el %3:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>pixel</source>
            <translation>píxel</translation>
        </message>
        <message>
            <source>secure</source>
            <translation>URL segura</translation>
        </message>
        <message>
            <source>cookie</source>
            <translation>cookie</translation>
        </message>
        <message numerus="yes">
            <source>domain %1, expires after %n day(s)</source>
            <translation>
                <numerusform>dominio %1, caduca en %n día</numerusform>
                <numerusform>dominio %1, caduca en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>(all domains)</source>
            <translation>(todos los dominios)</translation>
        </message>
        <message>
            <source>server-to-server value</source>
            <translation>valor de servidor a servidor</translation>
        </message>
        <message>
            <source>Nothing fires: no active mapping for these segments.</source>
            <translation>No se dispara nada: no hay ninguna asignación activa para estos segmentos.</translation>
        </message>
        <message>
            <source>not fired</source>
            <translation>no se dispara</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
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
            <translation>día</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FirePreviewPanel</name>
        <message>
            <source>Fire preview</source>
            <translation>Vista previa de disparo</translation>
        </message>
        <message>
            <source>Try in Console</source>
            <translation>Probar en la consola</translation>
        </message>
        <message>
            <source>Open the request console with a sandbox call for a user who qualifies for the sample segments.</source>
            <translation>Abrir la consola de solicitudes con una llamada al sandbox para un usuario que cumpla los requisitos de los segmentos de ejemplo.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>La consola de solicitudes no forma parte de esta compilación, así que la llamada no se puede probar desde aquí.</translation>
        </message>
        <message>
            <source>&amp;Sample segments:</source>
            <translation>&amp;Segmentos de ejemplo:</translation>
        </message>
        <message>
            <source>Segment IDs separated by commas</source>
            <translation>ID de segmento separados por comas</translation>
        </message>
        <message>
            <source>The segments the sample user qualifies for. By default the segments mapped to this destination.</source>
            <translation>Los segmentos cuyos requisitos cumple el usuario de ejemplo. Por defecto, los segmentos asignados a este destino.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Back to the segments mapped to this destination</source>
            <translation>Volver a los segmentos asignados a este destino</translation>
        </message>
        <message>
            <source>Sample macro values</source>
            <translation>Valores de ejemplo de las macros</translation>
        </message>
        <message>
            <source>User ID (%did%):</source>
            <translation>ID de usuario (%did%):</translation>
        </message>
        <message>
            <source>Experience Cloud ID (%mcid%):</source>
            <translation>ID de Experience Cloud (%mcid%):</translation>
        </message>
        <message>
            <source>Region (%region%):</source>
            <translation>Región (%region%):</translation>
        </message>
        <message>
            <source>Page protocol (%http_proto%):</source>
            <translation>Protocolo de la página (%http_proto%):</translation>
        </message>
        <message>
            <source>Timestamp (%timestamp%):</source>
            <translation>Marca de tiempo (%timestamp%):</translation>
        </message>
        <message>
            <source>Random number (%rnd%):</source>
            <translation>Número aleatorio (%rnd%):</translation>
        </message>
        <message>
            <source>Declared IDs (%dpid_…%):</source>
            <translation>ID declarados (%dpid_…%):</translation>
        </message>
        <message>
            <source>GDPR applies (${GDPR}):</source>
            <translation>Se aplica el RGPD (${GDPR}):</translation>
        </message>
        <message>
            <source>Consent string (${GDPR_CONSENT_…}):</source>
            <translation>Cadena de consentimiento (${GDPR_CONSENT_…}):</translation>
        </message>
        <message>
            <source>data source:ID, e.g. 1:CustomerABC, 2:98765</source>
            <translation>fuente de datos:ID, p. ej. 1:CustomerABC, 2:98765</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Draw a new random number</source>
            <translation>Generar un número aleatorio nuevo</translation>
        </message>
        <message>
            <source>1 (applies)</source>
            <translation>1 (se aplica)</translation>
        </message>
        <message>
            <source>0 (does not apply)</source>
            <translation>0 (no se aplica)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Not a segment ID: %1. Enter numbers separated by commas.</source>
            <translation>No es un ID de segmento: %1. Escriba números separados por comas.</translation>
        </message>
        <message>
            <source>Select a destination to see what it fires.</source>
            <translation>Seleccione un destino para ver lo que dispara.</translation>
        </message>
        <message>
            <source>Sample user's segments</source>
            <translation>Segmentos del usuario de ejemplo</translation>
        </message>
        <message>
            <source>None. Enter segment IDs above.</source>
            <translation>Ninguno. Escriba los ID de segmento arriba.</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>asignado</translation>
        </message>
        <message>
            <source>not mapped yet: auto-fill value</source>
            <translation>aún sin asignar: valor de relleno automático</translation>
        </message>
        <message>
            <source>mapping expired: not sent</source>
            <translation>asignación caducada: no se envía</translation>
        </message>
        <message>
            <source>mapping not started: not sent</source>
            <translation>asignación que aún no ha empezado: no se envía</translation>
        </message>
        <message>
            <source>not mapped: needs a mapping to send anything</source>
            <translation>sin asignar: necesita una asignación para enviar algo</translation>
        </message>
        <message>
            <source>Nothing fires for these segments.</source>
            <translation>No se dispara nada para estos segmentos.</translation>
        </message>
        <message>
            <source>Pixel for segment %1</source>
            <translation>Píxel del segmento %1</translation>
        </message>
        <message>
            <source>URL (http and https):</source>
            <translation>URL (http y https):</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n carácter</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>Base URL (http):</source>
            <translation>URL base (http):</translation>
        </message>
        <message>
            <source>Secure URL (https):</source>
            <translation>URL segura (https):</translation>
        </message>
        <message>
            <source>No cookie is written for these segments.</source>
            <translation>No se escribe ninguna cookie para estos segmentos.</translation>
        </message>
        <message>
            <source>Cookie (name=value):</source>
            <translation>Cookie (nombre=valor):</translation>
        </message>
        <message>
            <source>domain: all of the site's domains</source>
            <translation>dominio: todos los dominios del sitio</translation>
        </message>
        <message>
            <source>domain: %1</source>
            <translation>dominio: %1</translation>
        </message>
        <message numerus="yes">
            <source>expires in %n day(s)</source>
            <translation>
                <numerusform>caduca en %n día</numerusform>
                <numerusform>caduca en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>expires with the session</source>
            <translation>caduca con la sesión</translation>
        </message>
        <message>
            <source>Nothing is sent for these segments.</source>
            <translation>No se envía nada para estos segmentos.</translation>
        </message>
        <message>
            <source>Segment values in the next batch file:</source>
            <translation>Valores de segmento en el próximo archivo por lotes:</translation>
        </message>
        <message>
            <source>Sent server to server</source>
            <translation>Envío de servidor a servidor</translation>
        </message>
        <message>
            <source>Fires now (serialized)</source>
            <translation>Se dispara ahora (serializado)</translation>
        </message>
        <message>
            <source>Fires now (not serialized)</source>
            <translation>Se dispara ahora (sin serializar)</translation>
        </message>
        <message>
            <source>If not serialized</source>
            <translation>Si no estuviera serializado</translation>
        </message>
        <message>
            <source>If serialized</source>
            <translation>Si estuviera serializado</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>(not in the catalog)</source>
            <translation>(no está en el catálogo)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::FiredUrlMatch</name>
        <message>
            <source>%1: expected “%2”, the answer has “%3”.</source>
            <translation>%1: se esperaba «%2», pero la respuesta tiene «%3».</translation>
        </message>
        <message>
            <source>%1: the segment values should be %2, the answer has %3.</source>
            <translation>%1: los valores de segmento deberían ser %2, pero la respuesta tiene %3.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Parameter %1 is missing.</source>
            <translation>Falta el parámetro %1.</translation>
        </message>
        <message>
            <source>Parameter %1</source>
            <translation>Parámetro %1</translation>
        </message>
        <message>
            <source>Parameter %1 is not in the destination's URL.</source>
            <translation>El parámetro %1 no está en la URL del destino.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::GenerateCommand</name>
        <message>
            <source>Write a generated workspace (by default at the account limits: 1,000 destinations, 20,000 segments, 100,000 mappings), the same for the same seed.</source>
            <translation>Escribir un espacio de trabajo generado (por defecto en los límites de la cuenta: 1.000 destinos, 20.000 segmentos, 100.000 asignaciones), siempre igual para la misma semilla.</translation>
        </message>
        <message>
            <source>The workspace file to write.</source>
            <translation>El archivo de espacio de trabajo que se escribirá.</translation>
        </message>
        <message>
            <source>The seed (default 1).</source>
            <translation>La semilla (predeterminado: 1).</translation>
        </message>
        <message>
            <source>Number of destinations (default 1000).</source>
            <translation>Número de destinos (predeterminado: 1000).</translation>
        </message>
        <message>
            <source>Number of segments (default 20000).</source>
            <translation>Número de segmentos (predeterminado: 20000).</translation>
        </message>
        <message>
            <source>Number of mappings (default 100000).</source>
            <translation>Número de asignaciones (predeterminado: 100000).</translation>
        </message>
        <message>
            <source>The day the mapping schedules are spread around (YYYY-MM-DD; default today).</source>
            <translation>El día alrededor del cual se reparten los calendarios de las asignaciones (AAAA-MM-DD; predeterminado: hoy).</translation>
        </message>
        <message>
            <source>generate-workspace takes one output file.</source>
            <translation>generate-workspace admite un único archivo de salida.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
            <translation>--%1 admite un número entero de %2 a %3, no «%4».</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date admite un día con el formato AAAA-MM-DD, no «%1».</translation>
        </message>
        <message>
            <source>%1: %2 destinations, %3 segments, %4 mappings (seed %5).</source>
            <translation>%1: %2 destinos, %3 segmentos, %4 asignaciones (semilla %5).</translation>
        </message>
        <message>
            <source>out</source>
            <translation>salida</translation>
        </message>
        <message>
            <source>OUT.json</source>
            <translation>SALIDA.json</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarCapture</name>
        <message>
            <source>Event (/event)</source>
            <translation>Evento (/event)</translation>
        </message>
        <message>
            <source>ID sync (/ibs)</source>
            <translation>Sincronización de ID (/ibs)</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>Servicio de ID (/id)</translation>
        </message>
        <message>
            <source>Destination page (dest5.html)</source>
            <translation>Página de destinos (dest5.html)</translation>
        </message>
        <message>
            <source>Opt-out (/demoptout.jpg)</source>
            <translation>Exclusión voluntaria (/demoptout.jpg)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <source>The file ends too early (line %1): the capture was cut short while it was saved or copied. Save it again from the browser.</source>
            <translation>El archivo termina antes de tiempo (línea %1): la captura se cortó al guardarla o copiarla. Vuelva a guardarla desde el navegador.</translation>
        </message>
        <message>
            <source>The file is not valid JSON at line %1, column %2: %3. A HAR file is JSON as the browser saved it; was it edited?</source>
            <translation>El archivo no es JSON válido en la línea %1, columna %2: %3. Un archivo HAR es JSON tal como lo guardó el navegador; ¿se ha editado?</translation>
        </message>
        <message>
            <source>The file cannot be read as JSON: %1.</source>
            <translation>El archivo no se puede leer como JSON: %1.</translation>
        </message>
        <message>
            <source>The capture does not say which HAR version it is; it was read as HAR 1.2.</source>
            <translation>La captura no indica su versión de HAR; se ha leído como HAR 1.2.</translation>
        </message>
        <message>
            <source>The capture is HAR %1; DCS Desk reads HAR 1.2 and read what it knows of this one. Fields this version lacks are shown empty.</source>
            <translation>La captura es HAR %1; DCS Desk lee HAR 1.2 y ha leído lo que conoce de ella. Los campos que esta versión no tiene aparecen vacíos.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8 text (line %1, column %2), so it is not a HAR file as browsers save them. Save the capture again, or convert the file to UTF-8.</source>
            <translation>El archivo no es texto UTF-8 válido (línea %1, columna %2), así que no es un archivo HAR como los guardan los navegadores. Vuelva a guardar la captura o convierta el archivo a UTF-8.</translation>
        </message>
        <message>
            <source>Reading the capture was canceled; nothing of it is shown. Open it again to read it.</source>
            <translation>Se ha cancelado la lectura de la captura; no se muestra nada de ella. Ábrala de nuevo para leerla.</translation>
        </message>
        <message>
            <source>The file is empty. Save the capture again from the browser's network panel (Export HAR in Chrome, Save All As HAR in Firefox).</source>
            <translation>El archivo está vacío. Vuelva a guardar la captura desde el panel de red del navegador (Exportar HAR en Chrome, Guardar todo como HAR en Firefox).</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a HAR capture (no "log" with "entries"). Save the network log as HAR: in Chrome, Network › Export HAR; in Firefox, Network › Save All As HAR.</source>
            <translation>El archivo contiene JSON, pero no una captura HAR (no hay «log» con «entries»). Guarde el registro de red como HAR: en Chrome, Red › Exportar HAR; en Firefox, Red › Guardar todo como HAR.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMaskItem</name>
        <message>
            <source>%1 in cookie %2 (sent)</source>
            <translation>%1 en la cookie %2 (enviada)</translation>
        </message>
        <message>
            <source>Cookie %1 (sent)</source>
            <translation>Cookie %1 (enviada)</translation>
        </message>
        <message>
            <source>%1 in cookie %2 (set)</source>
            <translation>%1 en la cookie %2 (establecida)</translation>
        </message>
        <message>
            <source>Cookie %1 (set)</source>
            <translation>Cookie %1 (establecida)</translation>
        </message>
        <message>
            <source>Password in URL</source>
            <translation>Contraseña en la URL</translation>
        </message>
        <message>
            <source>%1 in URL</source>
            <translation>%1 en la URL</translation>
        </message>
        <message>
            <source>%1 in POST body</source>
            <translation>%1 en el cuerpo POST</translation>
        </message>
        <message>
            <source>%1 in %2 header</source>
            <translation>%1 en la cabecera %2</translation>
        </message>
        <message>
            <source>%1 header</source>
            <translation>Cabecera %1</translation>
        </message>
        <message>
            <source>%1 in answer</source>
            <translation>%1 en la respuesta</translation>
        </message>
        <message>
            <source>User ID in %1</source>
            <translation>ID de usuario en %1</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>%1 in another field</source>
            <translation>%1 en otro campo</translation>
        </message>
        <message>
            <source>cookie values</source>
            <translation>valores de cookies</translation>
        </message>
        <message>
            <source>user IDs</source>
            <translation>ID de usuario</translation>
        </message>
        <message>
            <source>p_ values</source>
            <translation>valores p_</translation>
        </message>
        <message>
            <source>credentials</source>
            <translation>credenciales</translation>
        </message>
        <message>
            <source>cookies sent</source>
            <translation>cookies enviadas</translation>
        </message>
        <message>
            <source>cookies set</source>
            <translation>cookies establecidas</translation>
        </message>
        <message>
            <source>URLs</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>POST bodies</source>
            <translation>cuerpos POST</translation>
        </message>
        <message>
            <source>headers</source>
            <translation>cabeceras</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>respuestas</translation>
        </message>
        <message>
            <source>redirects</source>
            <translation>redirecciones</translation>
        </message>
        <message>
            <source>other fields</source>
            <translation>otros campos</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HarMasker</name>
        <message>
            <source>The capture could not be taken apart for masking (at byte %1), so no masked copy was made.</source>
            <translation>La captura no se ha podido descomponer para enmascararla (en el byte %1), así que no se ha creado ninguna copia enmascarada.</translation>
        </message>
        <message>
            <source>The demdex value NOTARGET was kept: it says the user opted out and identifies no one.</source>
            <translation>Se ha conservado el valor demdex NOTARGET: indica que el usuario se ha excluido y no identifica a nadie.</translation>
        </message>
        <message>
            <source>The masked copy would not be valid JSON, so it was not made.</source>
            <translation>La copia enmascarada no sería un JSON válido, así que no se ha creado.</translation>
        </message>
        <message>
            <source>%1 (entry %2)</source>
            <translation>%1 (entrada %2)</translation>
        </message>
        <message>
            <source>After masking, %1 was still in the copy, so no masked copy was made. Please report this, with the kind of capture, to the DCS Desk team.</source>
            <translation>Tras enmascarar, %1 seguía en la copia, así que no se ha creado ninguna copia enmascarada. Informe de ello al equipo de DCS Desk, indicando el tipo de captura.</translation>
        </message>
        <message>
            <source>a masked value</source>
            <translation>un valor enmascarado</translation>
        </message>
        <message>
            <source>Masking changed entry %1 (%2 %3): the copy would not list the same calls, so it was not made.</source>
            <translation>El enmascaramiento ha cambiado la entrada %1 (%2 %3): la copia no listaría las mismas llamadas, así que no se ha creado.</translation>
        </message>
        <message>
            <source>The masked copy could not be read back as the same capture, so it was not made.</source>
            <translation>La copia enmascarada no se ha podido volver a leer como la misma captura, así que no se ha creado.</translation>
        </message>
        <message>
            <source>Nothing to mask: the capture holds no cookie values, user IDs, p_ values or credentials.</source>
            <translation>Nada que enmascarar: la captura no contiene valores de cookies, ID de usuario, valores p_ ni credenciales.</translation>
        </message>
        <message numerus="yes">
            <source>%n cookie value(s)</source>
            <translation>
                <numerusform>%n valor de cookie</numerusform>
                <numerusform>%n valores de cookies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user ID(s)</source>
            <translation>
                <numerusform>%n ID de usuario</numerusform>
                <numerusform>%n ID de usuario</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n p_ value(s)</source>
            <translation>
                <numerusform>%n valor p_</numerusform>
                <numerusform>%n valores p_</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credential(s)</source>
            <translation>
                <numerusform>%n credencial</numerusform>
                <numerusform>%n credenciales</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) masked: %1.</source>
            <translation>
                <numerusform>%n valor enmascarado: %1.</numerusform>
                <numerusform>%n valores enmascarados: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Occurrences in the calls: %n (%1); strings changed in the file: %2.</source>
            <translation>
                <numerusform>%n aparición en las llamadas (%1); cadenas del archivo modificadas: %2.</numerusform>
                <numerusform>%n apariciones en las llamadas (%1); cadenas del archivo modificadas: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HeaderTableWidget</name>
        <message>
            <source>HTTP he&amp;aders</source>
            <translation>Ca&amp;beceras HTTP</translation>
        </message>
        <message>
            <source>HTTP headers</source>
            <translation>Cabeceras HTTP</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Header name refused: %1</source>
            <translation>Nombre de cabecera rechazado: %1</translation>
        </message>
        <message>
            <source>Header value refused: %1</source>
            <translation>Valor de cabecera rechazado: %1</translation>
        </message>
        <message>
            <source>Default &amp;headers</source>
            <translation>Cabeceras pre&amp;determinadas</translation>
        </message>
        <message>
            <source>Default headers</source>
            <translation>Cabeceras predeterminadas</translation>
        </message>
        <message>
            <source>Sent with every call of this profile, after Host and User-Agent. A request's own header of the same name replaces it. Uncheck a row to keep it without sending it.</source>
            <translation>Se envían con cada llamada de este perfil, después de Host y User-Agent. Si la solicitud tiene su propia cabecera con el mismo nombre, esta sustituye a la del perfil. Desmarque una fila para conservarla sin enviarla.</translation>
        </message>
        <message>
            <source>Sent after Host, User-Agent and the profile's default headers, in this order. Uncheck a row to keep it without sending it.</source>
            <translation>Se envían después de Host, User-Agent y las cabeceras predeterminadas del perfil, en este orden. Desmarque una fila para conservarla sin enviarla.</translation>
        </message>
        <message>
            <source>Also sent, from the profile “%1”: %2. A row here with the same name replaces it.</source>
            <translation>También se envían estas cabeceras del perfil «%1»: %2. Una fila de aquí con el mismo nombre sustituye a la del perfil.</translation>
        </message>
        <message>
            <source>Row %1 has a value but no name: a header needs a name to be sent.</source>
            <translation>La fila %1 tiene un valor pero no un nombre: una cabecera necesita un nombre para enviarse.</translation>
        </message>
        <message>
            <source>Add Header</source>
            <translation>Añadir cabecera</translation>
        </message>
        <message>
            <source>Remove Header</source>
            <translation>Quitar cabecera</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryCompareDialog</name>
        <message>
            <source>Compare calls</source>
            <translation>Comparar llamadas</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Differences between the two calls</source>
            <translation>Diferencias entre las dos llamadas</translation>
        </message>
        <message>
            <source>Only &amp;differences</source>
            <translation>Solo &amp;diferencias</translation>
        </message>
        <message>
            <source>≠ %1</source>
            <translation>≠ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) differ.</source>
            <translation>
                <numerusform>%n campo difiere.</numerusform>
                <numerusform>%n campos difieren.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryComparison</name>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Estado HTTP</translation>
        </message>
        <message>
            <source>Failure</source>
            <translation>Fallo</translation>
        </message>
        <message>
            <source>Body size</source>
            <translation>Tamaño del cuerpo</translation>
        </message>
        <message>
            <source>Cookie %1</source>
            <translation>Cookie %1</translation>
        </message>
        <message>
            <source>URL destination %1</source>
            <translation>Destino de URL %1</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Rasgos</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Códigos de error</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Decodificada</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryEntry</name>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Tiempo agotado</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Too large</source>
            <translation>Demasiado grande</translation>
        </message>
        <message>
            <source>TLS error</source>
            <translation>Error de TLS</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Error de red</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): %1 answered, %2 with DCS errors, %3 failed</source>
            <translation>
                <numerusform>%n fila: %1 respondidas, %2 con errores del DCS, %3 fallidas</numerusform>
                <numerusform>%n filas: %1 respondidas, %2 con errores del DCS, %3 fallidas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · p50 %2 · p95 %3 · p99 %4</source>
            <translation>%1 · p50 %2 · p95 %3 · p99 %4</translation>
        </message>
        <message>
            <source>%1 (first %2 kept)</source>
            <translation>%1 (se guardaron los primeros %2)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>%1 · environment %2</source>
            <translation>%1 · entorno %2</translation>
        </message>
        <message>
            <source>%1 · tags %2</source>
            <translation>%1 · etiquetas %2</translation>
        </message>
        <message>
            <source>%1 · stopped at the first failure</source>
            <translation>%1 · detenida en el primer fallo</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n not sent</source>
            <translation>
                <numerusform>%1 · %n no enviada</numerusform>
                <numerusform>%1 · %n no enviadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Respondida</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>%1 · canceled</source>
            <translation>%1 · cancelada</translation>
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
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID de usuario</translation>
        </message>
        <message>
            <source>Error codes</source>
            <translation>Códigos de error</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n usuario</numerusform>
                <numerusform>%n usuarios</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>%1 (Host %2)</source>
            <translation>%1 (Host %2)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Servidor</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n solicitud guardada</numerusform>
                <numerusform>%n solicitudes guardadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryStore</name>
        <message>
            <source>Cannot read the history file %1: %2. New calls are not recorded until it can be read.</source>
            <translation>No se puede leer el archivo de historial %1: %2. Las llamadas nuevas no se registran hasta que se pueda leer.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The call is kept until DCS Desk closes.</source>
            <translation>No se puede escribir el archivo de historial %1: %2. La llamada se conserva hasta que se cierre DCS Desk.</translation>
        </message>
        <message>
            <source>Cannot write the history file %1: %2. The previous file is unchanged.</source>
            <translation>No se puede escribir el archivo de historial %1: %2. El archivo anterior no ha cambiado.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HistoryView</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Search: uuid:…, alias:…, status:200, error:171 or any text</source>
            <translation>Buscar: uuid:…, alias:…, status:200, error:171 o cualquier texto</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Buscar en el historial</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete the selected call (Delete)</source>
            <translation>Eliminar la llamada seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Keep p_ values in history</source>
            <translation>Conservar los valores p_ en el historial</translation>
        </message>
        <message>
            <source>p_ values are private: by default they are masked before a call is stored</source>
            <translation>Los valores p_ son privados: por defecto se enmascaran antes de guardar una llamada</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n call(s)</source>
            <translation>
                <numerusform>%1 de %n llamada</numerusform>
                <numerusform>%1 de %n llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>Borrar el historial</translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n call(s) from the history? This cannot be undone.</source>
            <translation>
                <numerusform>¿Eliminar %n llamada del historial? No se puede deshacer.</numerusform>
                <numerusform>¿Eliminar las %n llamadas del historial? No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Comparar…</translation>
        </message>
        <message>
            <source>Select two calls (Ctrl+click) to see them side by side</source>
            <translation>Seleccione dos llamadas (Ctrl+clic) para verlas una al lado de la otra</translation>
        </message>
        <message>
            <source>No calls yet</source>
            <translation>Aún no hay llamadas</translation>
        </message>
        <message>
            <source>Every call you send from the Console is kept here, newest first, and so is the summary of every batch run. Open a call again in the Console, compare two side by side, or search by user ID, alias, status or error code.</source>
            <translation>Cada llamada que envía desde la consola se guarda aquí, la más reciente primero, igual que el resumen de cada ejecución por lotes. Abra de nuevo una llamada en la consola, compare dos en paralelo o busque por ID de usuario, alias, estado o código de error.</translation>
        </message>
        <message>
            <source>uuid:, alias:, status: and error: search one field; any other word searches the whole call</source>
            <translation>uuid:, alias:, status: y error: buscan en un campo; cualquier otra palabra busca en toda la llamada</translation>
        </message>
        <message>
            <source>Go to the Console</source>
            <translation>Ir a la consola</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>Abrir en la co&amp;nsola</translation>
        </message>
        <message>
            <source>Clear &amp;All…</source>
            <translation>&amp;Borrar todo…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::HttpServer</name>
        <message>
            <source>Refusing to listen on %1: the sandbox serves your workspace and listens on loopback (127.0.0.1) only, unless you allow remote access explicitly.</source>
            <translation>No se escuchará en %1: el sandbox sirve su espacio de trabajo y solo escucha en la dirección de loopback (127.0.0.1), salvo que permita explícitamente el acceso remoto.</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2: %3</source>
            <translation>No se puede escuchar en %1, puerto %2: %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportCollectionCommand</name>
        <message>
            <source>Import the DCS calls of a Postman v2.1 or Bruno collection as saved requests, with a result per request (--dry-run changes nothing).</source>
            <translation>Importar las llamadas al DCS de una colección de Postman v2.1 o de Bruno como solicitudes guardadas, con un resultado por solicitud (--dry-run no cambia nada).</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>colección</translation>
        </message>
        <message>
            <source>A Postman Collection v2.1 file, or a Bruno collection folder (or its bruno.json).</source>
            <translation>Un archivo Postman Collection v2.1, o la carpeta de una colección de Bruno (o su bruno.json).</translation>
        </message>
        <message>
            <source>FILE|DIR</source>
            <translation>ARCHIVO|CARPETA</translation>
        </message>
        <message>
            <source>The workspace file that gets the saved requests.</source>
            <translation>El archivo del espacio de trabajo que recibe las solicitudes guardadas.</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
        </message>
        <message>
            <source>The saved-request folder to put them in, parts separated by / (default: the collection's name; "" for none).</source>
            <translation>La carpeta de solicitudes guardadas donde ponerlas, partes separadas por / (predeterminado: el nombre de la colección; "" para ninguna).</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ruta</translation>
        </message>
        <message>
            <source>Show what would be imported and write nothing.</source>
            <translation>Mostrar lo que se importaría sin escribir nada.</translation>
        </message>
        <message>
            <source>Use: import-collection FILE|DIR --into WORKSPACE [--folder PATH] [--dry-run].</source>
            <translation>Uso: import-collection ARCHIVO|CARPETA --into ESPACIO_DE_TRABAJO [--folder RUTA] [--dry-run].</translation>
        </message>
        <message>
            <source>Import collection %1</source>
            <translation>Importar la colección %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 “%2”: %n request(s).</source>
            <translation>
                <numerusform>%1 «%2»: %n solicitud.</numerusform>
                <numerusform>%1 «%2»: %n solicitudes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 guardado; el archivo anterior se conserva como copia de seguridad.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>Nada que importar.</translation>
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
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>%1, %2, %3, %4</source>
            <translation>%1, %2, %3, %4</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message>
            <source>Added</source>
            <comment>segments</comment>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>Added</source>
            <comment>mappings</comment>
            <translation>Añadida</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>segments</comment>
            <translation>Actualizado</translation>
        </message>
        <message>
            <source>Updated</source>
            <comment>mappings</comment>
            <translation>Actualizada</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n añadida</numerusform>
                <numerusform>%n añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>segments</comment>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>mappings</comment>
            <translation>
                <numerusform>%n actualizada</numerusform>
                <numerusform>%n actualizadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportDialog</name>
        <message>
            <source>Show only rows with &amp;errors</source>
            <translation>Mostrar solo las filas con &amp;errores</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Import result per row</source>
            <translation>Resultado de la importación por fila</translation>
        </message>
        <message numerus="yes">
            <source>Skip the %n row(s) with errors and import the rest</source>
            <translation>
                <numerusform>Omitir %n fila con errores e importar el resto</numerusform>
                <numerusform>Omitir las %n filas con errores e importar el resto</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Report…</source>
            <translation>&amp;Guardar informe…</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>No se puede importar el archivo: %1</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet. Correct the rows with errors in the file and import it again, or skip them.</source>
            <translation>%1. Todavía no ha cambiado nada. Corrija las filas con errores en el archivo e impórtelo de nuevo, u omítalas.</translation>
        </message>
        <message>
            <source>%1. Nothing to import: the workspace already matches the file.</source>
            <translation>%1. Nada que importar: el espacio de trabajo ya coincide con el archivo.</translation>
        </message>
        <message>
            <source>%1. Nothing has changed yet; Import applies it as one step you can undo.</source>
            <translation>%1. Todavía no ha cambiado nada; «Importar» aplica los cambios en un solo paso que puede deshacer.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n Change(s)</source>
            <translation>
                <numerusform>&amp;Importar %n cambio</numerusform>
                <numerusform>&amp;Importar %n cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>Save Import Report</source>
            <translation>Guardar informe de importación</translation>
        </message>
        <message>
            <source>import-report.csv</source>
            <translation>informe-importacion.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The report could not be saved to %1: %2. Choose another folder.</source>
            <translation>No se ha podido guardar el informe en %1: %2. Elija otra carpeta.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ImportReportModel</name>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::InputFile</name>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation>%1 no existe. Compruebe el nombre del archivo y la carpeta.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file inside it.</source>
            <translation>%1 es una carpeta. Elija un archivo dentro de ella.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. Save what it holds to a file and choose that; for a pipe, use - to read standard input.</source>
            <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un socket), así que no se ha leído. Guarde su contenido en un archivo y elíjalo; para una tubería, use - para leer la entrada estándar.</translation>
        </message>
        <message>
            <source>The input holds more than %1, the most this command reads; nothing was done.</source>
            <translation>La entrada contiene más de %1, lo máximo que lee este comando; no se ha hecho nada.</translation>
        </message>
        <message>
            <source>%1 is %2, more than the %3 a file of this kind may have.</source>
            <translation>%1 ocupa %2, más de los %3 que puede tener un archivo de este tipo.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2. Check that you may read it.</source>
            <translation>No se ha podido abrir %1: %2. Compruebe que tiene permiso para leerlo.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>No se ha podido leer %1: %2.</translation>
        </message>
        <message>
            <source>%1 grew past %2 while it was read; nothing was done.</source>
            <translation>%1 ha crecido por encima de %2 mientras se leía; no se ha hecho nada.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::JsonGrammar</name>
        <message>
            <source>more text after the end of the JSON value</source>
            <translation>hay más texto después del final del valor JSON</translation>
        </message>
        <message>
            <source>unexpected character (true, false and null are the only words JSON knows)</source>
            <translation>carácter inesperado (true, false y null son las únicas palabras que conoce JSON)</translation>
        </message>
        <message>
            <source>the text ends where a value should be</source>
            <translation>el texto termina donde debería haber un valor</translation>
        </message>
        <message>
            <source>unexpected character where a value should be</source>
            <translation>carácter inesperado donde debería haber un valor</translation>
        </message>
        <message>
            <source>nested too deeply</source>
            <translation>demasiados niveles de anidamiento</translation>
        </message>
        <message>
            <source>a key in double quotes was expected (no trailing comma before })</source>
            <translation>se esperaba una clave entre comillas dobles (sin coma antes de })</translation>
        </message>
        <message>
            <source>a colon was expected after the key</source>
            <translation>se esperaban dos puntos después de la clave</translation>
        </message>
        <message>
            <source>the text ends inside an object</source>
            <translation>el texto termina dentro de un objeto</translation>
        </message>
        <message>
            <source>a comma or } was expected</source>
            <translation>se esperaba una coma o }</translation>
        </message>
        <message>
            <source>a value was expected (no trailing comma before ])</source>
            <translation>se esperaba un valor (sin coma antes de ])</translation>
        </message>
        <message>
            <source>the text ends inside a list</source>
            <translation>el texto termina dentro de una lista</translation>
        </message>
        <message>
            <source>a comma or ] was expected</source>
            <translation>se esperaba una coma o ]</translation>
        </message>
        <message>
            <source>a digit was expected</source>
            <translation>se esperaba un dígito</translation>
        </message>
        <message>
            <source>a number cannot start with 0 followed by digits</source>
            <translation>un número no puede empezar por 0 seguido de dígitos</translation>
        </message>
        <message>
            <source>a digit was expected after the decimal point</source>
            <translation>se esperaba un dígito después del punto decimal</translation>
        </message>
        <message>
            <source>a digit was expected in the exponent</source>
            <translation>se esperaba un dígito en el exponente</translation>
        </message>
        <message>
            <source>invalid UTF-8 (the file must be saved as UTF-8)</source>
            <translation>UTF-8 no válido (el archivo debe guardarse como UTF-8)</translation>
        </message>
        <message>
            <source>the text ends inside a string (a closing " is missing)</source>
            <translation>el texto termina dentro de una cadena (falta la " de cierre)</translation>
        </message>
        <message>
            <source>a control character (such as a tab or a line break) inside a string must be written as an escape, e.g. \t or \n</source>
            <translation>un carácter de control (como un tabulador o un salto de línea) dentro de una cadena debe escribirse como secuencia de escape, p. ej. \t o \n</translation>
        </message>
        <message>
            <source>the text ends inside an escape</source>
            <translation>el texto termina dentro de una secuencia de escape</translation>
        </message>
        <message>
            <source>\u must be followed by four hex digits</source>
            <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
        </message>
        <message>
            <source>\%1 is not a JSON escape (a backslash itself is written \\)</source>
            <translation>\%1 no es una secuencia de escape JSON (una barra invertida se escribe \\)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::KeychainSecretStore</name>
        <message>
            <source>no D-Bus session bus</source>
            <translation>no hay bus de sesión D-Bus</translation>
        </message>
        <message>
            <source>no Secret Service (org.freedesktop.secrets) on the session bus</source>
            <translation>no hay Secret Service (org.freedesktop.secrets) en el bus de sesión</translation>
        </message>
        <message>
            <source>no keychain service is running</source>
            <translation>no hay ningún servicio de llavero en ejecución</translation>
        </message>
        <message>
            <source>the request to the keychain was declined</source>
            <translation>se ha rechazado la solicitud al llavero</translation>
        </message>
        <message>
            <source>the keychain refused access; it may be locked</source>
            <translation>el llavero ha denegado el acceso; puede que esté bloqueado</translation>
        </message>
        <message>
            <source>the keychain could not delete the value</source>
            <translation>el llavero no ha podido borrar el valor</translation>
        </message>
        <message>
            <source>this system's keychain cannot do this</source>
            <translation>el llavero de este sistema no puede hacerlo</translation>
        </message>
        <message>
            <source>the keychain failed without saying why</source>
            <translation>el llavero ha fallado sin decir por qué</translation>
        </message>
        <message>
            <source>system keychain</source>
            <translation>llavero del sistema</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2</source>
            <translation>%1 — error de QtKeychain %2</translation>
        </message>
        <message>
            <source>%1 — QtKeychain error %2: %3</source>
            <translation>%1 — error de QtKeychain %2: %3</translation>
        </message>
        <message>
            <source>no D-Bus session bus, the system says “%1”</source>
            <translation>no hay bus de sesión D-Bus, mensaje del sistema: «%1»</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MainWindow</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>%1[*] — DCS Desk</source>
            <translation>%1[*] — DCS Desk</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Consola</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>About DCS Desk</source>
            <translation>Acerca de DCS Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinations, segment mappings and DCS calls for Audience Manager style data activation, with a local DCS sandbox that works offline.&lt;/p&gt;&lt;p&gt;Your workspaces are plain JSON files; nothing leaves this computer unless you send a call.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DCS Desk %1&lt;/h3&gt;&lt;p&gt;Destinos, asignaciones de segmentos y llamadas al DCS para la activación de datos al estilo de Audience Manager, con un sandbox DCS local que funciona sin conexión.&lt;/p&gt;&lt;p&gt;Sus espacios de trabajo son archivos JSON simples; nada sale de este equipo a menos que envíe una llamada.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New Workspace</source>
            <translation>&amp;Nuevo espacio de trabajo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>&amp;Borrar lista de archivos recientes</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Show &amp;Navigation</source>
            <translation>Mostrar &amp;navegación</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>Idioma del &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About DCS Desk</source>
            <translation>A&amp;cerca de DCS Desk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Validation of the whole workspace. Click for the list.</source>
            <translation>Validación de todo el espacio de trabajo. Haga clic para ver la lista.</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer: %1</translation>
        </message>
        <message>
            <source>%1[*] (read-only) — DCS Desk</source>
            <translation>%1[*] (solo lectura) — DCS Desk</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Sin problemas</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Se ha abierto %1.</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Cargando %1…</translation>
        </message>
        <message>
            <source>%1[*] (%2, read-only) — DCS Desk</source>
            <translation>%1[*] (%2, solo lectura) — DCS Desk</translation>
        </message>
        <message>
            <source>%1[*] (%2) — DCS Desk</source>
            <translation>%1[*] (%2) — DCS Desk</translation>
        </message>
        <message>
            <source>&amp;Destinations from AAM REST JSON…</source>
            <translation>&amp;Destinos desde JSON de AAM REST…</translation>
        </message>
        <message>
            <source>Reads URL, cookie and server-to-server destinations, with their segment mappings when the file has them, from a JSON file in the format of Audience Manager's REST API (one destination or a list). You review every change before it is made.</source>
            <translation>Lee destinos de URL, de cookie y de servidor a servidor, con sus asignaciones de segmentos si el archivo las contiene, de un archivo JSON con el formato de la API REST de Audience Manager (un destino o una lista). Podrá revisar cada cambio antes de que se aplique.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings from CSV (Selected Destination)…</source>
            <translation>&amp;Asignaciones de segmentos desde CSV (destino seleccionado)…</translation>
        </message>
        <message>
            <source>Reads segment mappings for the destination selected in Destinations from a CSV file with the columns Segment ID, Mapping Value, Start Date and End Date (and Second Value and Priority for cookies). You see the result of every row before anything changes.</source>
            <translation>Lee de un archivo CSV asignaciones de segmentos para el destino seleccionado en «Destinos». El archivo tiene las columnas Segment ID, Mapping Value, Start Date y End Date (y, para las cookies, Second Value y Priority). Verá el resultado de cada fila antes de que cambie nada.</translation>
        </message>
        <message>
            <source>&amp;Segments from CSV…</source>
            <translation>&amp;Segmentos desde CSV…</translation>
        </message>
        <message>
            <source>Segments from AAM REST &amp;JSON…</source>
            <translation>Segmentos desde &amp;JSON de AAM REST…</translation>
        </message>
        <message>
            <source>&amp;Destinations as AAM REST JSON…</source>
            <translation>&amp;Destinos como JSON de AAM REST…</translation>
        </message>
        <message>
            <source>Writes the destinations you choose, with or without their mappings, as JSON in the format of Audience Manager's REST API.</source>
            <translation>Escribe los destinos que usted elija, con o sin sus asignaciones, en JSON con el formato de la API REST de Audience Manager.</translation>
        </message>
        <message>
            <source>Segment &amp;Mappings as CSV (Selected Destination)…</source>
            <translation>&amp;Asignaciones de segmentos como CSV (destino seleccionado)…</translation>
        </message>
        <message>
            <source>Writes the segment mappings of the destination selected in Destinations to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Escribe en un archivo CSV las asignaciones de segmentos del destino seleccionado en «Destinos». Ese archivo se puede abrir con una hoja de cálculo y «Importar» vuelve a leerlo.</translation>
        </message>
        <message>
            <source>&amp;Segments as CSV…</source>
            <translation>&amp;Segmentos como CSV…</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>How to do each task, step by step, with pictures (%1)</source>
            <translation>Cómo hacer cada tarea, paso a paso, con imágenes (%1)</translation>
        </message>
        <message>
            <source>Every shortcut of the window in one list</source>
            <translation>Todos los atajos de la ventana en una lista</translation>
        </message>
        <message>
            <source>Captures</source>
            <translation>Capturas</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Postman Collection…</source>
            <translation>Solicitudes guardadas desde colección de &amp;Postman…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Postman Collection v2.1 export as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Lee las llamadas al DCS de una exportación Postman Collection v2.1 como solicitudes guardadas, en carpetas. Verá qué se importa, qué se modifica y qué se omite antes de que cambie nada.</translation>
        </message>
        <message>
            <source>Saved Requests from &amp;Bruno Collection…</source>
            <translation>Solicitudes guardadas desde colección de &amp;Bruno…</translation>
        </message>
        <message>
            <source>Reads the DCS calls of a Bruno collection (choose its bruno.json) as saved requests, in folders. You see what is taken, changed or skipped before anything changes.</source>
            <translation>Lee las llamadas al DCS de una colección de Bruno (elija su bruno.json) como solicitudes guardadas, en carpetas. Verá qué se importa, qué se modifica y qué se omite antes de que cambie nada.</translation>
        </message>
        <message>
            <source>&amp;Color Scheme</source>
            <translation>&amp;Esquema de colores</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <extracomment>Keyboard shortcuts, Where column: the menu an action is in (%1 is its title, "File")</extracomment>
            <translation>Menú «%1»</translation>
        </message>
        <message>
            <source>%1 view</source>
            <extracomment>Keyboard shortcuts, Where column: the view an action works in (%1: "Segments")</extracomment>
            <translation>Vista «%1»</translation>
        </message>
        <message>
            <source>Reads segments into the catalog from a CSV file with the columns Segment ID, Name, Integration Code, Status, Rule and Description. Segments with a known ID are updated; you see the result of every row before anything changes.</source>
            <translation>Carga en el catálogo los segmentos de un archivo CSV con las columnas Segment ID, Name, Integration Code, Status, Rule y Description. Los segmentos con un ID ya conocido se actualizan; verá el resultado de cada fila antes de que cambie nada.</translation>
        </message>
        <message>
            <source>Reads the segment list that Audience Manager's REST API returns (a JSON file saved from GET /v1/segments) into the catalog. You see the result of every segment before anything changes.</source>
            <translation>Carga en el catálogo la lista de segmentos que devuelve la API REST de Audience Manager (un archivo JSON guardado desde GET /v1/segments). Verá el resultado de cada segmento antes de que cambie nada.</translation>
        </message>
        <message>
            <source>Writes the whole segment catalog to a CSV file that a spreadsheet opens, and that Import reads back.</source>
            <translation>Escribe todo el catálogo de segmentos en un archivo CSV que se puede abrir con una hoja de cálculo y que «Importar» vuelve a leer.</translation>
        </message>
        <message>
            <source>%1 menu</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the menu after a comma ("Edit view, File menu"), where a language may write it in lower case</extracomment>
            <translation>menú «%1»</translation>
        </message>
        <message>
            <source>%1 view</source>
            <comment>after a comma</comment>
            <extracomment>Keyboard shortcuts, Where column: the view after a comma ("Destinations view, Segments view"), where a language may write it in lower case</extracomment>
            <translation>vista «%1»</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingColumnHelp</name>
        <message>
            <source>The mapping value: what the destination receives for the segment.</source>
            <translation>El valor de asignación: lo que recibe el destino para el segmento.</translation>
        </message>
        <message>
            <source>Alias: the value that takes the place of %ALIAS% in the destination's URL for this segment, usually the segment ID or the partner's code. Example: 1005</source>
            <translation>Alias: el valor que ocupa el lugar de %ALIAS% en la URL del destino para este segmento, normalmente el ID de segmento o el código del socio. Ejemplo: 1005</translation>
        </message>
        <message>
            <source>URL: the pixel address called when a user qualifies for this segment. Example: https://partner.example.com/px?seg=1005</source>
            <translation>URL: la dirección del píxel al que se llama cuando un usuario cumple los requisitos de este segmento. Ejemplo: https://partner.example.com/px?seg=1005</translation>
        </message>
        <message>
            <source>Key: the key this segment writes in the cookie; its value is in the next column. Example: sport</source>
            <translation>Clave: la clave que este segmento escribe en la cookie; su valor está en la columna siguiente. Ejemplo: sport</translation>
        </message>
        <message>
            <source>Value: the value this segment gives the cookie's key. Example: 1005, which gives seg=1005</source>
            <translation>Valor: el valor que este segmento da a la clave de la cookie. Ejemplo: 1005, que da seg=1005</translation>
        </message>
        <message>
            <source>Alias: the value the partner receives for this segment. Example: 1005</source>
            <translation>Alias: el valor que el socio recibe para este segmento. Ejemplo: 1005</translation>
        </message>
        <message>
            <source>Value: the value of the key for this segment. Example: golf, which gives sport=golf</source>
            <translation>Valor: el valor de la clave para este segmento. Ejemplo: golf, que da sport=golf</translation>
        </message>
        <message>
            <source>Start date: the first day the segment is sent to the destination. Required.</source>
            <translation>Fecha de inicio: el primer día en que el segmento se envía al destino. Obligatoria.</translation>
        </message>
        <message>
            <source>End date: the last day the segment is sent. Never: it is sent until you set a date. A segment can have several flights, each a mapping with its own dates.</source>
            <translation>Fecha de finalización: el último día en que se envía el segmento. Nunca: se envía hasta que usted fije una fecha. Un segmento puede tener varios periodos de envío (flights), cada uno de los cuales es una asignación con sus propias fechas.</translation>
        </message>
        <message>
            <source>Priority: the order of the segments in the cookie; 1 is written first, None last. Example: 1</source>
            <translation>Prioridad: el orden de los segmentos en la cookie; 1 se escribe primero, «Ninguna» al final. Ejemplo: 1</translation>
        </message>
        <message>
            <source>What needs a look: expired, not started yet (future), duplicate, overlapping flights, unknown segment or a value the destination refuses. Point at a row for the details.</source>
            <translation>Lo que conviene revisar: caducada, aún no ha empezado (futura), duplicada, periodos solapados, segmento desconocido o un valor que el destino rechaza. Sitúe el puntero sobre una fila para ver los detalles.</translation>
        </message>
        <message>
            <source>Segment ID: the mapped segment, by its ID in the catalog. Type another ID to map another segment. Example: 1005</source>
            <translation>ID de segmento: el segmento asignado, por su ID en el catálogo. Escriba otro ID para asignar otro segmento. Ejemplo: 1005</translation>
        </message>
        <message>
            <source>The segment's name in the catalog; change it in the Segments view.</source>
            <translation>El nombre del segmento en el catálogo; cámbielo en la vista «Segmentos».</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingCsv</name>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>The file is empty. Export mappings first to get a file with the right columns.</source>
            <translation>El archivo está vacío. Exporte primero las asignaciones para obtener un archivo con las columnas correctas.</translation>
        </message>
        <message>
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>La primera fila debe contener los nombres de las columnas y faltan estas: %1. Las columnas esperadas son: %2 (delimitador: coma o punto y coma).</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Estas columnas no se usan y se han ignorado: %1.</translation>
        </message>
        <message>
            <source>This row is separated by %1 but the file uses %2. Use one delimiter for the whole file.</source>
            <translation>Esta fila está separada por %1, pero el archivo usa %2. Use un solo delimitador en todo el archivo.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Check for a missing or extra %3.</source>
            <translation>Campos en esta fila: %1; en la cabecera: %2. Compruebe si falta o sobra un delimitador: %3.</translation>
        </message>
        <message>
            <source>The destination ID “%1” is not a number.</source>
            <translation>El ID de destino «%1» no es un número.</translation>
        </message>
        <message>
            <source>Destination %1 does not exist in this workspace. Create it first or correct the ID.</source>
            <translation>El destino %1 no existe en este espacio de trabajo. Créelo primero o corrija el ID.</translation>
        </message>
        <message>
            <source>There is no destination called “%1”. Give its ID in the Destination ID column.</source>
            <translation>No hay ningún destino llamado «%1». Indique su ID en la columna Destination ID.</translation>
        </message>
        <message>
            <source>Several destinations are called “%1”. Give the ID in the Destination ID column.</source>
            <translation>Varios destinos se llaman «%1». Indique el ID en la columna Destination ID.</translation>
        </message>
        <message>
            <source>The destination ID is empty.</source>
            <translation>El ID de destino está vacío.</translation>
        </message>
        <message>
            <source>This row is for destination %1 (%2), but you are importing into destination %3 (%4). Remove the row or import it from the other destination.</source>
            <translation>Esta fila es del destino %1 (%2), pero está importando en el destino %3 (%4). Quite la fila o impórtela desde el otro destino.</translation>
        </message>
        <message>
            <source>The segment ID is empty.</source>
            <translation>El ID de segmento está vacío.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>El ID de segmento «%1» no es un número positivo.</translation>
        </message>
        <message>
            <source>The start date is empty; use YYYY-MM-DD, for example %1.</source>
            <translation>La fecha de inicio está vacía; use AAAA-MM-DD, por ejemplo %1.</translation>
        </message>
        <message>
            <source>The start date “%1” is not a date; use YYYY-MM-DD, for example %2.</source>
            <translation>La fecha de inicio «%1» no es una fecha; use AAAA-MM-DD, por ejemplo %2.</translation>
        </message>
        <message>
            <source>The end date “%1” is not a date; use YYYY-MM-DD, or leave it empty for a mapping that never ends.</source>
            <translation>La fecha de finalización «%1» no es una fecha; use AAAA-MM-DD o déjela vacía para una asignación que no termina nunca.</translation>
        </message>
        <message>
            <source>The priority “%1” is not a whole number from 1 up; leave it empty for none.</source>
            <translation>La prioridad «%1» no es un número entero a partir de 1; déjela vacía si no hay ninguna.</translation>
        </message>
        <message>
            <source>Only cookie destinations have a priority; leave it empty for %1.</source>
            <translation>Solo los destinos de cookie tienen prioridad; déjela vacía en el destino «%1».</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Solo los destinos de cookie con varias claves usan un segundo valor; déjelo vacío en el destino «%1».</translation>
        </message>
        <message>
            <source>Same as line %1: the row is duplicated. Delete one of them.</source>
            <translation>Igual que la línea %1: la fila está duplicada. Elimine una de ellas.</translation>
        </message>
        <message>
            <source>Line %1 already maps segment %2 to this destination from %3. Keep one of the two rows or give them different start dates.</source>
            <translation>La línea %1 ya asigna el segmento %2 a este destino desde el %3. Conserve una de las dos filas o deles fechas de inicio distintas.</translation>
        </message>
        <message>
            <source>New mapping.</source>
            <translation>Asignación nueva.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a value in quotation marks</comment>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog. Add or import it there first.</source>
            <translation>El segmento %1 no está en el catálogo de segmentos. Añádalo o impórtelo allí primero.</translation>
        </message>
        <message>
            <source>value: %1 → %2</source>
            <translation>valor: %1 → %2</translation>
        </message>
        <message>
            <source>second value: %1 → %2</source>
            <translation>segundo valor: %1 → %2</translation>
        </message>
        <message>
            <source>start date: %1 → %2</source>
            <translation>fecha de inicio: %1 → %2</translation>
        </message>
        <message>
            <source>end date: %1 → %2</source>
            <translation>fecha de finalización: %1 → %2</translation>
        </message>
        <message>
            <source>priority: %1 → %2</source>
            <translation>prioridad: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>&amp;Añadir segmentos…</translation>
        </message>
        <message>
            <source>&amp;Bulk Edit…</source>
            <translation>&amp;Edición masiva…</translation>
        </message>
        <message>
            <source>Set the value, dates or priority of the selected mappings at once (Ctrl+E)</source>
            <translation>Establecer a la vez el valor, las fechas o la prioridad de las asignaciones seleccionadas (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete the selected mappings (Del)</source>
            <translation>Eliminar las asignaciones seleccionadas (Supr)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>Add or update mappings from a CSV file; you see the result of every row before anything changes</source>
            <translation>Añadir o actualizar asignaciones desde un archivo CSV; verá el resultado de cada fila antes de que cambie nada</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Save this destination's mappings as CSV for a spreadsheet</source>
            <translation>Guardar las asignaciones de este destino como CSV para una hoja de cálculo</translation>
        </message>
        <message>
            <source>Filter by segment, ID or value (Ctrl+F)</source>
            <translation>Filtrar por segmento, ID o valor (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select a destination to see and edit its segment mappings.</source>
            <translation>Seleccione un destino para ver y editar sus asignaciones de segmentos.</translation>
        </message>
        <message>
            <source>Segment mappings</source>
            <translation>Asignaciones de segmentos</translation>
        </message>
        <message>
            <source>Show only active, expired, not yet started or flagged mappings</source>
            <translation>Mostrar solo las asignaciones activas, caducadas, señaladas o que aún no han empezado</translation>
        </message>
        <message>
            <source>serialized URL</source>
            <translation>URL serializada</translation>
        </message>
        <message>
            <source>URL, one pixel per segment</source>
            <translation>URL, un píxel por segmento</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n shown by the filter</source>
            <translation>
                <numerusform>%1 — %n mostrada por el filtro</numerusform>
                <numerusform>%1 — %n mostradas por el filtro</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;a href="undo"&gt;Undo&lt;/a&gt;</source>
            <translation>%1 &lt;a href="undo"&gt;Deshacer&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Nothing added: every chosen segment is already mapped.</source>
            <translation>No se ha añadido nada: todos los segmentos elegidos ya están asignados.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment mapping(s)</source>
            <translation>
                <numerusform>Añadir %n asignación de segmento</numerusform>
                <numerusform>Añadir %n asignaciones de segmentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s).</source>
            <translation>
                <numerusform>Se ha añadido %n asignación.</numerusform>
                <numerusform>Se han añadido %n asignaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changed: the selected mappings already have these values.</source>
            <translation>No ha cambiado nada: las asignaciones seleccionadas ya tienen estos valores.</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n mapping(s)</source>
            <translation>
                <numerusform>Editar %n asignación</numerusform>
                <numerusform>Editar %n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed %n mapping(s).</source>
            <translation>
                <numerusform>Se ha cambiado %n asignación.</numerusform>
                <numerusform>Se han cambiado %n asignaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Eliminar %n asignación</numerusform>
                <numerusform>Eliminar %n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n mapping(s).</source>
            <translation>
                <numerusform>Se ha eliminado %n asignación.</numerusform>
                <numerusform>Se han eliminado %n asignaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder or file name.</source>
            <translation>No se ha podido escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, separado por comas (*.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated (*.csv)</source>
            <translation>CSV, separado por punto y coma (*.csv)</translation>
        </message>
        <message>
            <source>Export Mappings</source>
            <translation>Exportar asignaciones</translation>
        </message>
        <message>
            <source>%1 mappings.csv</source>
            <translation>%1 asignaciones.csv</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n mapping(s) to %1.</source>
            <translation>
                <numerusform>Se ha exportado %n asignación a %1.</numerusform>
                <numerusform>Se han exportado %n asignaciones a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Mappings</source>
            <translation>Importar asignaciones</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a mapping file. Check that you chose the right file.</source>
            <translation>%1 ocupa más de 256 MB, demasiado para un archivo de asignaciones. Compruebe que ha elegido el archivo correcto.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>No se ha podido leer %1: %2.</translation>
        </message>
        <message>
            <source>Import %1 into %2</source>
            <translation>Importar %1 en %2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n mapping(s) from %1</source>
            <translation>
                <numerusform>Importar %n asignación de %1</numerusform>
                <numerusform>Importar %n asignaciones de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1: %2.</source>
            <translation>%1 importado: %2.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · %4 · %5</source>
            <translation>%1 · %2 · %3 · %4 · %5</translation>
        </message>
        <message numerus="yes">
            <source>%n active</source>
            <translation>
                <numerusform>%n activa</numerusform>
                <numerusform>%n activas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expired</source>
            <translation>
                <numerusform>%n caducada</numerusform>
                <numerusform>%n caducadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not started</source>
            <translation>
                <numerusform>%n aún no ha empezado</numerusform>
                <numerusform>%n aún no han empezado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flagged</source>
            <translation>
                <numerusform>%n señalada</numerusform>
                <numerusform>%n señaladas</numerusform>
            </translation>
        </message>
        <message>
            <source>No segment is mapped to this destination yet</source>
            <translation>Aún no hay ningún segmento asignado a este destino</translation>
        </message>
        <message>
            <source>Shows only the mappings whose segment ID, segment name or value contains every word you type</source>
            <translation>Muestra solo las asignaciones cuyo ID de segmento, nombre de segmento o valor contiene todas las palabras que escriba</translation>
        </message>
        <message numerus="yes">
            <source>Another flight of a segment already mapped: %n mapping(s). Give each flight its own dates; overlapping ones are flagged.</source>
            <translation>
                <numerusform>Otro periodo de un segmento ya asignado: %n asignación. Dé a cada periodo sus propias fechas; los que se solapan se señalan.</numerusform>
                <numerusform>Otros periodos de segmentos ya asignados: %n asignaciones. Dé a cada periodo sus propias fechas; los que se solapan se señalan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s)</source>
            <translation>
                <numerusform>Cortar %n asignación</numerusform>
                <numerusform>Cortar %n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n mapping(s): their rows are on the clipboard.</source>
            <translation>
                <numerusform>Se ha cortado %n asignación: su fila está en el portapapeles.</numerusform>
                <numerusform>Se han cortado %n asignaciones: sus filas están en el portapapeles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped, so not added again: %1. To add another flight of a mapped segment, use Add Segments with “Allow another flight of mapped segments”.</source>
            <translation>Segmentos ya asignados, que no se añaden de nuevo: %1. Para añadir otro periodo de un segmento asignado, use «Añadir segmentos…» y marque «Permitir otro periodo para segmentos ya asignados».</translation>
        </message>
        <message>
            <source>The clipboard names no segments: paste segment IDs, names or integration codes, one per line.</source>
            <translation>El portapapeles no contiene ningún segmento: pegue ID de segmento, nombres o códigos de integración, uno por línea.</translation>
        </message>
        <message>
            <source>Nothing added. %1</source>
            <translation>No se ha añadido nada. %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n segment mapping(s)</source>
            <translation>
                <numerusform>Pegar %n asignación de segmento</numerusform>
                <numerusform>Pegar %n asignaciones de segmentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n mapping(s) from the clipboard.</source>
            <translation>
                <numerusform>Se ha añadido %n asignación desde el portapapeles.</numerusform>
                <numerusform>Se han añadido %n asignaciones desde el portapapeles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter mappings</source>
            <translation>Filtrar asignaciones</translation>
        </message>
        <message>
            <source>Mapping status</source>
            <translation>Estado de la asignación</translation>
        </message>
        <message>
            <source>Segment mappings of %1 — %2</source>
            <translation>Asignaciones de segmentos de %1 — %2</translation>
        </message>
        <message>
            <source>A mapping sends a segment to this destination from its start date to its end date. Add segments from the catalog, or import the mappings from a CSV file.</source>
            <translation>Una asignación envía un segmento a este destino desde su fecha de inicio hasta su fecha de finalización. Añada segmentos del catálogo o importe las asignaciones de un archivo CSV.</translation>
        </message>
        <message>
            <source>Map segments from the catalog to this destination (Insert)</source>
            <translation>Asignar segmentos del catálogo a este destino (Insertar)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingFilterProxyModel</name>
        <message>
            <source>All mappings</source>
            <translation>Todas las asignaciones</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Aún no ha empezado</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>No válida</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>Señalada</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingMerge</name>
        <message>
            <source>The other version changed more than segment mappings (destinations, segments, profiles or settings).</source>
            <translation>La otra versión ha cambiado algo más que asignaciones de segmentos (destinos, segmentos, perfiles o ajustes).</translation>
        </message>
        <message>
            <source>Both versions changed the same mappings (ID %1).</source>
            <translation>Las dos versiones han cambiado las mismas asignaciones (ID %1).</translation>
        </message>
        <message>
            <source>The other version adds mappings (ID %1) to destinations or segments you deleted here.</source>
            <translation>La otra versión añade asignaciones (ID %1) a destinos o segmentos que ha eliminado aquí.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s) added</source>
            <translation>
                <numerusform>%n asignación añadida</numerusform>
                <numerusform>%n asignaciones añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificada</numerusform>
                <numerusform>%n modificadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n eliminada</numerusform>
                <numerusform>%n eliminadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingTableModel</name>
        <message>
            <source>Mapping</source>
            <translation>Asignación</translation>
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
            <translation>Clave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>(unknown segment)</source>
            <translation>(segmento desconocido)</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>caducada</translation>
        </message>
        <message>
            <source>future</source>
            <translation>futura</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplicada</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>solapamiento</translation>
        </message>
        <message>
            <source>unknown segment</source>
            <translation>segmento desconocido</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>no válida</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Indicadores</translation>
        </message>
        <message numerus="yes">
            <source>Add %n mapping(s)</source>
            <translation>
                <numerusform>Añadir %n asignación</numerusform>
                <numerusform>Añadir %n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Eliminar %n asignación</numerusform>
                <numerusform>Eliminar %n asignaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingsCommand</name>
        <message>
            <source>Export segment mappings to CSV, or import them from CSV with a result per row (--dry-run changes nothing).</source>
            <translation>Exportar asignaciones de segmentos a CSV o importarlas desde CSV con un resultado por fila (--dry-run no cambia nada).</translation>
        </message>
        <message>
            <source>export or import.</source>
            <translation>export o import.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>El archivo del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The CSV file, or - for standard output/input.</source>
            <translation>El archivo CSV, o - para la salida o entrada estándar.</translation>
        </message>
        <message>
            <source>Export: only these destinations (IDs, comma-separated). Import: only rows for this destination are accepted; other rows are errors.</source>
            <translation>Exportación: solo estos destinos (ID separados por comas). Importación: solo se aceptan las filas de este destino; las demás son errores.</translation>
        </message>
        <message>
            <source>Export: the delimiter, , (default) or ;.</source>
            <translation>Exportación: el delimitador, , (predeterminado) o ;.</translation>
        </message>
        <message>
            <source>Import: show what would change and write nothing.</source>
            <translation>Importación: mostrar lo que cambiaría sin escribir nada.</translation>
        </message>
        <message>
            <source>Use: mappings export|import WORKSPACE FILE.csv (or - for the file).</source>
            <translation>Uso: mappings export|import ESPACIO_DE_TRABAJO ARCHIVO.csv (o - para el archivo).</translation>
        </message>
        <message>
            <source>--dry-run is for import.</source>
            <translation>--dry-run es para import.</translation>
        </message>
        <message>
            <source>--delimiter takes , or ;, not “%1”.</source>
            <translation>--delimiter admite , o ;, no «%1».</translation>
        </message>
        <message>
            <source>--destination takes destination IDs separated by commas, such as 12,14.</source>
            <translation>--destination admite ID de destino separados por comas, como 12,14.</translation>
        </message>
        <message>
            <source>The workspace has no destination %1.</source>
            <translation>El espacio de trabajo no tiene el destino %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n mapping(s) to %1.</source>
            <translation>
                <numerusform>Se ha escrito %n asignación en %1.</numerusform>
                <numerusform>Se han escrito %n asignaciones en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--delimiter is for export; import detects it.</source>
            <translation>--delimiter es para export; import lo detecta solo.</translation>
        </message>
        <message>
            <source>For import, --destination takes one destination ID.</source>
            <translation>Para importar, --destination admite un solo ID de destino.</translation>
        </message>
        <message>
            <source>Import mappings</source>
            <translation>Importar asignaciones</translation>
        </message>
        <message>
            <source>destination %1, segment %2</source>
            <translation>destino %1, segmento %2</translation>
        </message>
        <message>
            <source>line %1: %2 (%3): %4</source>
            <translation>línea %1: %2 (%3): %4</translation>
        </message>
        <message>
            <source>line %1: %2 (%3)</source>
            <translation>línea %1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 saved; the previous file is kept as a backup.</source>
            <translation>%1 guardado; el archivo anterior se conserva como copia de seguridad.</translation>
        </message>
        <message>
            <source>Nothing was written: correct the rows with errors and import again.</source>
            <translation>No se ha escrito nada: corrija las filas con errores e importe de nuevo.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nada que cambiar.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1 is the workspace being exported; writing the CSV there would replace it. Give the CSV another file name.</source>
            <translation>%1 es el espacio de trabajo que se exporta; escribir allí el CSV lo reemplazaría. Indique otro nombre de archivo para el CSV.</translation>
        </message>
        <message>
            <source>%1 is not a regular file; give the path of a new or existing CSV file (or - for standard output).</source>
            <translation>%1 no es un archivo normal; indique la ruta de un archivo CSV nuevo o existente (o - para la salida estándar).</translation>
        </message>
        <message>
            <source>%1 holds JSON, not CSV, and would be replaced by the export. Give the CSV another file name, or delete that file first if it is not needed.</source>
            <translation>%1 contiene JSON, no CSV, y la exportación lo reemplazaría. Indique otro nombre de archivo para el CSV o, si ese archivo no se necesita, elimínelo primero.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to standard output (is the disk full or the pipe closed?); nothing was exported.</source>
            <translation>No se puede escribir el CSV en la salida estándar (¿el disco está lleno o la tubería está cerrada?); no se ha exportado nada.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>export|import</source>
            <translation>export|import</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>FILE.csv|-</source>
            <translation>ARCHIVO.csv|-</translation>
        </message>
        <message>
            <source>ids</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>char</source>
            <translation>carácter</translation>
        </message>
        <message>
            <source>export|import WORKSPACE FILE.csv|-</source>
            <translation>export|import ESPACIO_DE_TRABAJO ARCHIVO.csv|-</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MaskPreviewDialog</name>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>Save Masked Copy</source>
            <translation>Guardar copia enmascarada</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Valor original</translation>
        </message>
        <message>
            <source>Replacement</source>
            <translation>Valor sustituto</translation>
        </message>
        <message>
            <source>Values that will be masked</source>
            <translation>Valores que se enmascararán</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <source>%1 is the capture itself; the masked copy must go to another file so the original stays as it is. Choose another name.</source>
            <translation>%1 es la propia captura; la copia enmascarada debe guardarse en otro archivo para que el original no se modifique. Elija otro nombre.</translation>
        </message>
        <message>
            <source>The masked copy could not be saved to %1: %2. Nothing was written; choose another folder.</source>
            <translation>No se ha podido guardar la copia enmascarada en %1: %2. No se ha escrito nada; elija otra carpeta.</translation>
        </message>
        <message>
            <source>%1-masked.har</source>
            <translation>%1-enmascarado.har</translation>
        </message>
        <message>
            <source>HAR captures (*.har);;All files (*)</source>
            <translation>Capturas HAR (*.har);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the masked copy to %1 (%2): %n value(s) masked. %3 is unchanged.</source>
            <translation>
                <numerusform>Copia enmascarada guardada en %1 (%2): %n valor enmascarado. %3 no ha cambiado.</numerusform>
                <numerusform>Copia enmascarada guardada en %1 (%2): %n valores enmascarados. %3 no ha cambiado.</numerusform>
            </translation>
        </message>
        <message>
            <source>A copy of “%1” for a support ticket: cookie values, user IDs, p_ values and credentials are replaced by tokens, one per value, so the calls still match. Check what will be replaced, then save the copy. The capture itself is not changed.</source>
            <translation>Una copia de «%1» para una incidencia de soporte: los valores de cookies, los ID de usuario, los valores p_ y las credenciales se sustituyen por marcadores, uno por valor, para que las llamadas sigan correspondiéndose entre sí. Compruebe lo que se va a sustituir y guarde la copia. La captura en sí no se modifica.</translation>
        </message>
        <message>
            <source>No masked copy can be made of “%1”: %2</source>
            <translation>No se puede crear una copia enmascarada de «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::NoticeLine</name>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Ocultar este aviso</translation>
        </message>
        <message>
            <source>Hide notice</source>
            <translation>Ocultar aviso</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::OptionalDateEdit</name>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>No end date: the mapping stays active until you set one.</source>
            <translation>Sin fecha de finalización: la asignación sigue activa hasta que fije una.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ProfileDialog</name>
        <message>
            <source>Profiles</source>
            <translation>Perfiles</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Nombre del perfil</translation>
        </message>
        <message>
            <source>Domain alias</source>
            <translation>Alias de dominio</translation>
        </message>
        <message>
            <source>alias of &lt;alias&gt;.demdex.net</source>
            <translation>alias de &lt;alias&gt;.demdex.net</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Sandbox local (sin conexión)</translation>
        </message>
        <message>
            <source>Custom base URL</source>
            <translation>URL base personalizada</translation>
        </message>
        <message>
            <source>optional, e.g. http://127.0.0.1:8080</source>
            <translation>opcional, p. ej. http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>Default user ID</source>
            <translation>ID de usuario predeterminado</translation>
        </message>
        <message>
            <source>Default user ID kind</source>
            <translation>Tipo de ID de usuario predeterminado</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID de organización</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>A&amp;lias:</source>
            <translation>A&amp;lias:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <source>&amp;Custom base URL:</source>
            <translation>URL base &amp;personalizada:</translation>
        </message>
        <message>
            <source>Default &amp;user ID:</source>
            <translation>ID de &amp;usuario predeterminado:</translation>
        </message>
        <message>
            <source>User ID &amp;kind:</source>
            <translation>&amp;Tipo de ID de usuario:</translation>
        </message>
        <message>
            <source>&amp;Org ID:</source>
            <translation>ID de &amp;organización:</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nuevo perfil</translation>
        </message>
        <message>
            <source>New profile %1</source>
            <translation>Nuevo perfil %1</translation>
        </message>
        <message>
            <source>Add profile %1</source>
            <translation>Añadir el perfil %1</translation>
        </message>
        <message>
            <source>The last profile cannot be removed: the console needs one.</source>
            <translation>No se puede quitar el último perfil: la consola necesita uno.</translation>
        </message>
        <message>
            <source>Remove profile %1</source>
            <translation>Quitar el perfil %1</translation>
        </message>
        <message>
            <source>Names must be unique and not empty.</source>
            <translation>Los nombres deben ser únicos y no estar vacíos.</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>Archivo de CA</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Pinned server key</source>
            <translation>Clave de servidor fijada</translation>
        </message>
        <message>
            <source>Connect to the profile's https address, show its certificate and trust its key for this profile only</source>
            <translation>Conectar con la dirección https del perfil, mostrar su certificado y confiar en su clave solo para este perfil</translation>
        </message>
        <message>
            <source>CA &amp;file:</source>
            <translation>Archivo de &amp;CA:</translation>
        </message>
        <message>
            <source>&amp;Pinned key:</source>
            <translation>Clave &amp;fijada:</translation>
        </message>
        <message>
            <source>CA certificates</source>
            <translation>Certificados de CA</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The profile does not send over https (its target is %1), so there is no certificate to pin.</source>
            <translation>El perfil no envía por https (su servidor es %1), así que no hay certificado que fijar.</translation>
        </message>
        <message>
            <source>the local sandbox</source>
            <translation>el sandbox local</translation>
        </message>
        <message>
            <source>No certificate came from %1: %2</source>
            <translation>No ha llegado ningún certificado de %1: %2</translation>
        </message>
        <message>
            <source>%1 presents a certificate for %2, valid until %3.

Its key: %4

%5Trust this key for this profile? Calls of the profile then accept this server, and no other key, whoever signed its certificate.</source>
            <translation>%1 presenta un certificado para %2, válido hasta %3.

Su clave: %4

%5¿Confiar en esta clave para este perfil? Las llamadas del perfil aceptarán entonces este servidor con esta clave y no con ninguna otra, independientemente de quién haya firmado su certificado.</translation>
        </message>
        <message>
            <source>What the system's check says: %1

</source>
            <translation>La comprobación del sistema indica: %1

</translation>
        </message>
        <message>
            <source>The profile's name, as the console's profile list shows it. Example: Acme live (US East)</source>
            <translation>El nombre del perfil, tal como lo muestra la lista de perfiles de la consola. Ejemplo: Acme producción (EE. UU. Este)</translation>
        </message>
        <message>
            <source>Domain alias: the part before .demdex.net that Audience Manager assigned to your account; it goes in the Host header of every call. Example: acme for acme.demdex.net</source>
            <translation>Alias de dominio: la parte anterior a .demdex.net que Audience Manager asignó a su cuenta; va en la cabecera Host de cada llamada. Ejemplo: acme para acme.demdex.net</translation>
        </message>
        <message>
            <source>Where calls go: the local sandbox, which answers from this workspace without a network, or the live DCS host of a region. Example: US East (use.demdex.net)</source>
            <translation>Adónde van las llamadas: al sandbox local, que responde desde este espacio de trabajo sin red, o al host del DCS real de una región. Ejemplo: EE. UU. Este (use.demdex.net)</translation>
        </message>
        <message>
            <source>Sends the calls to this address instead of the region's host, e.g. a test server. Leave it blank to use the region. Example: http://127.0.0.1:8080</source>
            <translation>Envía las llamadas a esta dirección en lugar de al host de la región, p. ej. a un servidor de pruebas. Déjelo vacío para usar la región. Ejemplo: http://127.0.0.1:8080</translation>
        </message>
        <message>
            <source>The user ID a new call starts with: a 38-digit Audience Manager ID (d_uuid) or an Experience Cloud ID (d_mid). Example: 07955261652886032950143702505894272138</source>
            <translation>El ID de usuario con el que empieza una llamada nueva: un ID de Audience Manager de 38 dígitos (d_uuid) o un ID de Experience Cloud (d_mid). Ejemplo: 07955261652886032950143702505894272138</translation>
        </message>
        <message>
            <source>d_uuid: the Audience Manager user ID. d_mid: the Experience Cloud ID, which also needs the Org ID.</source>
            <translation>d_uuid: el ID de usuario de Audience Manager. d_mid: el ID de Experience Cloud, que también necesita el ID de organización.</translation>
        </message>
        <message>
            <source>Optional: a file of PEM certificates to trust for https instead of the system's, e.g. your company's proxy certificate.</source>
            <translation>Opcional: un archivo de certificados PEM en los que confiar para https en lugar de los del sistema, p. ej. el certificado del proxy de su empresa.</translation>
        </message>
        <message>
            <source>optional: a PEM file</source>
            <translation>opcional: un archivo PEM</translation>
        </message>
        <message>
            <source>optional: sha256//…</source>
            <translation>opcional: sha256//…</translation>
        </message>
        <message>
            <source>Pin from &amp;Server…</source>
            <translation>Fijar desde el &amp;servidor…</translation>
        </message>
        <message>
            <source>Your Experience Cloud organization ID, sent as d_orgid with a d_mid. Example: 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>El ID de su organización en Experience Cloud, que se envía como d_orgid junto con un d_mid. Ejemplo: 5DC5123F5245B1D20A490D46@AdobeOrg</translation>
        </message>
        <message>
            <source>Optional: the only server key this profile trusts, as sha256// and the key's hash. Pin from Server fills it in.</source>
            <translation>Opcional: la única clave de servidor en la que confía este perfil, como sha256// y el hash de la clave. «Fijar desde el servidor» la rellena.</translation>
        </message>
        <message>
            <source>Pin from Server</source>
            <translation>Fijar desde el servidor</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PullProgressText</name>
        <message>
            <source>Asking for a token…</source>
            <translation>Solicitando un token…</translation>
        </message>
        <message>
            <source>Destinations: asking for the first page…</source>
            <translation>Destinos: solicitando la primera página…</translation>
        </message>
        <message>
            <source>Destinations: %1 of %2 received…</source>
            <translation>Destinos: %1 de %2 recibidos…</translation>
        </message>
        <message>
            <source>Destinations: %1 received…</source>
            <translation>Destinos: %1 recibidos…</translation>
        </message>
        <message>
            <source>Mappings of destination %1 of %2…</source>
            <translation>Asignaciones del destino %1 de %2…</translation>
        </message>
        <message>
            <source>Segments: asking for the first page…</source>
            <translation>Segmentos: solicitando la primera página…</translation>
        </message>
        <message>
            <source>Segments: %1 of %2 received…</source>
            <translation>Segmentos: %1 de %2 recibidos…</translation>
        </message>
        <message>
            <source>Segments: %1 received…</source>
            <translation>Segmentos: %1 recibidos…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::PushReportDialog</name>
        <message>
            <source>Push to %1</source>
            <translation>Envío a %1</translation>
        </message>
        <message>
            <source>Result: %1.</source>
            <translation>Resultado: %1.</translation>
        </message>
        <message>
            <source>The push stopped: %1</source>
            <translation>El envío se ha detenido: %1</translation>
        </message>
        <message>
            <source>Destination or mapping</source>
            <translation>Destino o asignación</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Estado HTTP</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>What the push did, item by item</source>
            <translation>Lo que ha hecho el envío, elemento por elemento</translation>
        </message>
        <message>
            <source>created: the account gave it ID %1.</source>
            <translation>se ha creado: la cuenta le ha dado el ID %1.</translation>
        </message>
        <message>
            <source>created.</source>
            <translation>se ha creado.</translation>
        </message>
        <message>
            <source>updated.</source>
            <translation>se ha actualizado.</translation>
        </message>
        <message numerus="yes">
            <source>updated: %n field(s) (%1).</source>
            <translation>
                <numerusform>se ha actualizado %n campo (%1).</numerusform>
                <numerusform>se han actualizado %n campos (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The account holds it under ID %1.</source>
            <translation>En la cuenta tiene el ID %1.</translation>
        </message>
        <message>
            <source>done (%1).</source>
            <translation>se ha completado (%1).</translation>
        </message>
        <message>
            <source>Push to the Local Account</source>
            <translation>Envío a la cuenta local</translation>
        </message>
        <message>
            <source>The push was canceled; the items below say what reached the account.</source>
            <translation>El envío se ha cancelado; los elementos de abajo indican qué ha llegado a la cuenta.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>No se ha podido escribir la copia de recuperación: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RequestBuilderWidget</name>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Perfil:</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>&amp;Manage…</source>
            <translation>&amp;Gestionar…</translation>
        </message>
        <message>
            <source>Add, edit or remove connection profiles (undoable)</source>
            <translation>Añadir, editar o quitar perfiles de conexión (se puede deshacer)</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Host header:</source>
            <translation>Cabecera Host:</translation>
        </message>
        <message>
            <source>&amp;User ID:</source>
            <translation>ID de u&amp;suario:</translation>
        </message>
        <message>
            <source>User ID kind</source>
            <translation>Tipo de ID de usuario</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID de usuario</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default</source>
            <translation>38 dígitos; vacío = el predeterminado del perfil</translation>
        </message>
        <message>
            <source>&amp;New ID</source>
            <translation>Nuevo I&amp;D</translation>
        </message>
        <message>
            <source>A fresh random 38-digit ID: a user the DCS has never seen</source>
            <translation>Un ID aleatorio nuevo de 38 dígitos: un usuario que el DCS nunca ha visto</translation>
        </message>
        <message>
            <source>Fill d_mid, d_orgid and the region from an AMCV cookie</source>
            <translation>Rellenar d_mid, d_orgid y la región a partir de una cookie AMCV</translation>
        </message>
        <message>
            <source>&amp;Org ID (d_orgid):</source>
            <translation>ID de &amp;organización (d_orgid):</translation>
        </message>
        <message>
            <source>Org ID</source>
            <translation>ID de organización</translation>
        </message>
        <message>
            <source>goes with d_mid, e.g. 5DC5123F5245B1D20A490D46@AdobeOrg</source>
            <translation>con d_mid (p. ej. 5DC5123F5245B1D20A490D46@AdobeOrg)</translation>
        </message>
        <message>
            <source>Required for a JSON answer; without it the DCS answers with a pixel</source>
            <translation>Necesario para una respuesta JSON; sin él, el DCS responde con un píxel</translation>
        </message>
        <message>
            <source>Ask for a JSON response (d_rtbd=json)</source>
            <translation>Pedir una respuesta JSON (d_rtbd=json)</translation>
        </message>
        <message>
            <source>JSON version 1; 0 disables ID syncs</source>
            <translation>Versión 1 de JSON; 0 desactiva las sincronizaciones de ID</translation>
        </message>
        <message>
            <source>JSON version (d_jsonv=1)</source>
            <translation>Versión JSON (d_jsonv=1)</translation>
        </message>
        <message>
            <source>Return URL destinations (dests)</source>
            <translation>Devolver los destinos de URL (dests)</translation>
        </message>
        <message>
            <source>Return URL destinations (d_dst=1)</source>
            <translation>Devolver los destinos de URL (d_dst=1)</translation>
        </message>
        <message>
            <source>Return traits and segments (d_cts)</source>
            <translation>Devolver rasgos y segmentos (d_cts)</translation>
        </message>
        <message>
            <source>JSONP callback (d_cb)</source>
            <translation>Callback JSONP (d_cb)</translation>
        </message>
        <message>
            <source>callback name (JSONP)</source>
            <translation>nombre del callback (JSONP)</translation>
        </message>
        <message>
            <source>Platform (d_ptfm)</source>
            <translation>Plataforma (d_ptfm)</translation>
        </message>
        <message>
            <source>Segment or trait IDs (d_sid)</source>
            <translation>ID de segmento o de rasgo (d_sid)</translation>
        </message>
        <message>
            <source>trait or segment IDs, comma-separated</source>
            <translation>ID de rasgos o segmentos, separados por comas</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>1 (legacy IDs)</source>
            <translation>1 (ID heredados)</translation>
        </message>
        <message>
            <source>2 (segment IDs)</source>
            <translation>2 (ID de segmento)</translation>
        </message>
        <message>
            <source>Local sandbox (offline)</source>
            <translation>Sandbox local (sin conexión)</translation>
        </message>
        <message>
            <source>%1 — %2 (ID %3)</source>
            <translation>%1 — %2 (ID %3)</translation>
        </message>
        <message>
            <source>Si&amp;gnals</source>
            <translation>Se&amp;ñales</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Sugerencia</translation>
        </message>
        <message>
            <source>Separate several values with a comma: they are sent serialized</source>
            <translation>Separe varios valores con comas: se envían serializados</translation>
        </message>
        <message>
            <source>&amp;Declared IDs</source>
            <translation>ID dec&amp;larados</translation>
        </message>
        <message>
            <source>Declared IDs</source>
            <translation>ID declarados</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Data source or integration code</source>
            <translation>Fuente de datos o código de integración</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Auth state</source>
            <translation>Estado de autenticación</translation>
        </message>
        <message>
            <source>Request preview</source>
            <translation>Vista previa de la solicitud</translation>
        </message>
        <message>
            <source>F&amp;indings</source>
            <translation>&amp;Hallazgos</translation>
        </message>
        <message>
            <source>Request findings</source>
            <translation>Hallazgos de la solicitud</translation>
        </message>
        <message>
            <source>Data source (d_cid)</source>
            <translation>Fuente de datos (d_cid)</translation>
        </message>
        <message>
            <source>Integration code (d_cid_ic)</source>
            <translation>Código de integración (d_cid_ic)</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>no se envía</translation>
        </message>
        <message>
            <source>0 unknown</source>
            <translation>0 desconocido</translation>
        </message>
        <message>
            <source>1 authenticated</source>
            <translation>1 autenticado</translation>
        </message>
        <message>
            <source>2 logged out</source>
            <translation>2 sesión cerrada</translation>
        </message>
        <message>
            <source>No response</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Without d_rtbd=json the DCS answers with a pixel and no data: nothing can be decoded or compared.</source>
            <translation>Sin d_rtbd=json el DCS responde con un píxel y sin datos: no se puede decodificar ni comparar nada.</translation>
        </message>
        <message>
            <source>Uncheck to keep the row without sending it</source>
            <translation>Desmarque para conservar la fila sin enviarla</translation>
        </message>
        <message>
            <source>Declared ID kind</source>
            <translation>Tipo de ID declarado</translation>
        </message>
        <message>
            <source>No findings: the request follows the DCS rules.</source>
            <translation>Sin hallazgos: la solicitud sigue las reglas del DCS.</translation>
        </message>
        <message>
            <source>Manage profiles</source>
            <translation>Gestionar perfiles</translation>
        </message>
        <message>
            <source>Host header</source>
            <translation>Cabecera Host</translation>
        </message>
        <message>
            <source>New user ID</source>
            <translation>Nuevo ID de usuario</translation>
        </message>
        <message>
            <source>Paste AMCV cookie</source>
            <translation>Pegar cookie AMCV</translation>
        </message>
        <message>
            <source>38 digits</source>
            <translation>38 dígitos</translation>
        </message>
        <message>
            <source>Previe&amp;w: every header and the body, as sent</source>
            <translation>Vis&amp;ta previa: todas las cabeceras y el cuerpo, tal como se envían</translation>
        </message>
        <message>
            <source>As typed</source>
            <translation>Tal cual</translation>
        </message>
        <message>
            <source>Send the key and values exactly as typed, already percent-encoded. Unchecked, every special character is encoded for you (a % becomes %25).</source>
            <translation>Enviar la clave y los valores exactamente como se escribieron, ya codificados con %. Sin marcar, cada carácter especial se codifica automáticamente (un % pasa a ser %25).</translation>
        </message>
        <message>
            <source>Keep the pasted alias and target as a profile of the workspace (undoable); until then they are used for these calls only</source>
            <translation>Conservar el alias y el servidor pegados como perfil del espacio de trabajo (se puede deshacer); hasta entonces solo se usan para estas llamadas</translation>
        </message>
        <message>
            <source>%1 (pasted, not saved)</source>
            <translation>%1 (pegado, sin guardar)</translation>
        </message>
        <message>
            <source>Custom base URL: %1</source>
            <translation>URL base personalizada: %1</translation>
        </message>
        <message>
            <source>Endpoin&amp;t:</source>
            <translation>Punto de cone&amp;xión:</translation>
        </message>
        <message>
            <source>profile default</source>
            <translation>del perfil</translation>
        </message>
        <message>
            <source>38 digits; empty = the profile's default, %1</source>
            <translation>38 dígitos; vacío = el predeterminado del perfil, %1</translation>
        </message>
        <message>
            <source>Save as Profile…</source>
            <translation>Guardar como perfil…</translation>
        </message>
        <message>
            <source>Add Signal</source>
            <translation>Añadir señal</translation>
        </message>
        <message>
            <source>Remove Signal</source>
            <translation>Quitar señal</translation>
        </message>
        <message>
            <source>Add Declared ID</source>
            <translation>Añadir ID declarado</translation>
        </message>
        <message>
            <source>Remove Declared ID</source>
            <translation>Quitar ID declarado</translation>
        </message>
        <message>
            <source>Save as Profile</source>
            <translation>Guardar como perfil</translation>
        </message>
        <message>
            <source>Paste AMCV Cookie…</source>
            <translation>Pegar cookie AMCV…</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseOutline</name>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>no uuid in the answer</source>
            <translation>no hay uuid en la respuesta</translation>
        </message>
        <message>
            <source>uuid</source>
            <translation>uuid</translation>
        </message>
        <message>
            <source>The AAM unique user ID; use it as d_uuid.</source>
            <translation>El ID de usuario único de AAM; úselo como d_uuid.</translation>
        </message>
        <message>
            <source>dcs_region</source>
            <translation>dcs_region</translation>
        </message>
        <message>
            <source>The DCS region that holds this user; send to its host.</source>
            <translation>La región del DCS que aloja a este usuario; envíe las llamadas a su host.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>not a documented region</source>
            <translation>no es una región documentada</translation>
        </message>
        <message>
            <source>tid</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>Transaction ID: quote it to support.</source>
            <translation>ID de transacción: indíquelo al soporte técnico.</translation>
        </message>
        <message>
            <source>Opt-out</source>
            <translation>Exclusión voluntaria</translation>
        </message>
        <message>
            <source>The user opted out (error 171).</source>
            <translation>El usuario se ha excluido (error 171).</translation>
        </message>
        <message>
            <source>Cookie destinations (stuff)</source>
            <translation>Destinos de cookie (stuff)</translation>
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
            <translation>Destino</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>(no key)</source>
            <translation>(sin clave)</translation>
        </message>
        <message>
            <source>TTL</source>
            <translation>TTL</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>the client's maximum</source>
            <translation>el máximo del cliente</translation>
        </message>
        <message>
            <source>0 means no cookie is written.</source>
            <translation>0 significa que no se escribe ninguna cookie.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>(the page's domain)</source>
            <translation>(el dominio de la página)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Not a documented field.</source>
            <translation>No es un campo documentado.</translation>
        </message>
        <message>
            <source>URL destinations (dests)</source>
            <translation>Destinos de URL (dests)</translation>
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
            <translation>(sin ID)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>img or iframe</source>
            <translation>img o iframe</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL segura</translation>
        </message>
        <message>
            <source>Traits and segments</source>
            <translation>Rasgos y segmentos</translation>
        </message>
        <message>
            <source>not asked for (send d_cts=2)</source>
            <translation>no se pidieron (envíe d_cts=2)</translation>
        </message>
        <message>
            <source>Traits</source>
            <translation>Rasgos</translation>
        </message>
        <message numerus="yes">
            <source>%n trait(s)</source>
            <translation>
                <numerusform>%n rasgo</numerusform>
                <numerusform>%n rasgos</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message>
            <source>errors[] and X-Error</source>
            <translation>errors[] y X-Error</translation>
        </message>
        <message>
            <source>X-Error header</source>
            <translation>Cabecera X-Error</translation>
        </message>
        <message>
            <source>errors[]</source>
            <translation>errors[]</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown fields</source>
            <translation>Campos desconocidos</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n campo</numerusform>
                <numerusform>%n campos</numerusform>
            </translation>
        </message>
        <message>
            <source>The answer has no DCS error code, but its HTTP status is %1.</source>
            <translation>La respuesta no tiene ningún código de error del DCS, pero su estado HTTP es %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Opt-out answer</source>
            <translation>Respuesta de exclusión voluntaria</translation>
        </message>
        <message>
            <source>ID sync answer</source>
            <translation>Respuesta de sincronización de ID</translation>
        </message>
        <message>
            <source>Content type</source>
            <translation>Tipo de contenido</translation>
        </message>
        <message>
            <source>An image or a redirect is the normal answer.</source>
            <translation>Una imagen o una redirección es la respuesta normal.</translation>
        </message>
        <message>
            <source>Redirect to</source>
            <translation>Redirección a</translation>
        </message>
        <message>
            <source>The redir address, with ${DD_UUID} replaced by the user's AAM UUID.</source>
            <translation>La dirección de redir, con ${DD_UUID} sustituido por el UUID de AAM del usuario.</translation>
        </message>
        <message>
            <source>Cookie set</source>
            <translation>Cookie establecida</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>What the local sandbox did with the call.</source>
            <translation>Lo que hizo el sandbox local con la llamada.</translation>
        </message>
        <message>
            <source>ID service (/id)</source>
            <translation>Servicio de ID (/id)</translation>
        </message>
        <message>
            <source>The Experience Cloud ID; send it as d_mid with d_orgid.</source>
            <translation>El ID de Experience Cloud; envíelo como d_mid con d_orgid.</translation>
        </message>
        <message>
            <source>Encrypted Audience Manager metadata that goes with d_mid in later calls.</source>
            <translation>Metadatos cifrados de Audience Manager que acompañan a d_mid en las llamadas posteriores.</translation>
        </message>
        <message>
            <source>How long ID syncs are not fired again.</source>
            <translation>Cuánto tiempo no se vuelven a disparar las sincronizaciones de ID.</translation>
        </message>
        <message>
            <source>How long the opt-out state is kept.</source>
            <translation>Cuánto tiempo se conserva el estado de exclusión voluntaria.</translation>
        </message>
        <message>
            <source>The user's opt-out state.</source>
            <translation>El estado de exclusión voluntaria del usuario.</translation>
        </message>
        <message>
            <source>The customer's demdex.net subdomain.</source>
            <translation>El subdominio demdex.net del cliente.</translation>
        </message>
        <message>
            <source>ID syncs (ibs)</source>
            <translation>Sincronizaciones de ID (ibs)</translation>
        </message>
        <message numerus="yes">
            <source>%n ID sync(s)</source>
            <translation>
                <numerusform>%n sincronización de ID</numerusform>
                <numerusform>%n sincronizaciones de ID</numerusform>
            </translation>
        </message>
        <message>
            <source>none: the user opted out (error 171)</source>
            <translation>ninguno: el usuario se ha excluido (error 171)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ResponseWidget</name>
        <message>
            <source>Put the answer's uuid and dcs_region into the builder</source>
            <translation>Pasar el uuid y el dcs_region de la respuesta al editor</translation>
        </message>
        <message>
            <source>Response views</source>
            <translation>Vistas de la respuesta</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Decodificada</translation>
        </message>
        <message>
            <source>Pretty</source>
            <translation>Formateada</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>En bruto</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Cabeceras</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Tiempos</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Decoded response</source>
            <translation>Respuesta decodificada</translation>
        </message>
        <message>
            <source>Pretty response body</source>
            <translation>Cuerpo de la respuesta formateado</translation>
        </message>
        <message>
            <source>Raw response body</source>
            <translation>Cuerpo de la respuesta en bruto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Response headers</source>
            <translation>Cabeceras de la respuesta</translation>
        </message>
        <message>
            <source>No request sent yet. Build a call and press Ctrl+Return.</source>
            <translation>Aún no se ha enviado ninguna solicitud. Cree una llamada y pulse Ctrl+Intro.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <source>No answer (%1): %2</source>
            <translation>Sin respuesta (%1): %2</translation>
        </message>
        <message>
            <source>HTTP %1 · %2 · %3 · tid %4 · region %5</source>
            <translation>HTTP %1 · %2 · %3 · tid %4 · región %5</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n DCS error(s)</source>
            <translation>
                <numerusform>%1 — %n error del DCS</numerusform>
                <numerusform>%1 — %n errores del DCS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more not shown</source>
            <translation>
                <numerusform>… %n más sin mostrar</numerusform>
                <numerusform>… %n más sin mostrar</numerusform>
            </translation>
        </message>
        <message>
            <source>see the Raw view</source>
            <translation>consulte la vista «En bruto»</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Decoding…</source>
            <translation>Decodificando…</translation>
        </message>
        <message>
            <source>The body is not JSON; see the Raw view.</source>
            <translation>El cuerpo no es JSON; consulte la vista «En bruto».</translation>
        </message>
        <message>
            <source>Formatting…</source>
            <translation>Formateando…</translation>
        </message>
        <message>
            <source>(empty body)</source>
            <translation>(cuerpo vacío)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>No answer to compare.</source>
            <translation>No hay respuesta que comparar.</translation>
        </message>
        <message>
            <source>Comparing with the workspace…</source>
            <translation>Comparando con el espacio de trabajo…</translation>
        </message>
        <message>
            <source>Use this uuid and region</source>
            <translation>Usar este uuid y esta región</translation>
        </message>
        <message>
            <source>Save the whole response body, exactly as received</source>
            <translation>Guardar el cuerpo completo de la respuesta, tal como se recibió</translation>
        </message>
        <message>
            <source>Save response body</source>
            <translation>Guardar el cuerpo de la respuesta</translation>
        </message>
        <message>
            <source>Pretty view note</source>
            <translation>Nota de la vista «Formateada»</translation>
        </message>
        <message>
            <source>Raw view note</source>
            <translation>Nota de la vista «En bruto»</translation>
        </message>
        <message>
            <source>Cannot save the body to %1: %2</source>
            <translation>No se puede guardar el cuerpo en %1: %2</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Lines longer than %1 characters are broken for display; the bytes are unchanged.</source>
            <translation>Las líneas de más de %1 caracteres se parten para mostrarlas; los bytes no cambian.</translation>
        </message>
        <message>
            <source>%1 Shown without colors.</source>
            <translation>%1 Se muestra sin colores.</translation>
        </message>
        <message>
            <source>Large answer: shown without colors.</source>
            <translation>Respuesta grande: se muestra sin colores.</translation>
        </message>
        <message>
            <source>Save Bod&amp;y…</source>
            <translation>Guardar &amp;cuerpo…</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 — Save Body… to see all.</source>
            <translation>Se muestran los primeros %1 de %2; use «Guardar cuerpo…» para verlo todo.</translation>
        </message>
        <message>
            <source>Use This uuid / Region</source>
            <translation>Usar este uuid / región</translation>
        </message>
        <message>
            <source>Expected vs. Actual</source>
            <translation>Esperado/real</translation>
        </message>
        <message>
            <source>Answer status</source>
            <translation>Estado de la respuesta</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Exportar a JSON de AAM REST</translation>
        </message>
        <message>
            <source>All destinations (%1)</source>
            <translation>Todos los destinos (%1)</translation>
        </message>
        <message>
            <source>Selected destinations (%1)</source>
            <translation>Destinos seleccionados (%1)</translation>
        </message>
        <message>
            <source>Include segment mappings</source>
            <translation>Incluir las asignaciones de segmentos</translation>
        </message>
        <message>
            <source>Include DCS Desk's own fields (platform, auto-fill, export labels)</source>
            <translation>Incluir los campos propios de DCS Desk (plataforma, relleno automático, etiquetas de exportación)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Only their mappings, as one list (as GET /v1/destinations/&lt;id&gt;/mappings returns them)</source>
            <translation>Solo sus asignaciones, en una lista (como las devuelve GET /v1/destinations/&lt;id&gt;/mappings)</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (%1).</source>
            <translation>Los destinos se escriben tal como los devuelve la API REST de Audience Manager (%1).</translation>
        </message>
        <message>
            <source>These fields go in an “x-dcsdesk” object that the REST API does not know. Without them, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Estos campos van en un objeto «x-dcsdesk» que la API REST no conoce. Sin ellos, los destinos de servidor a servidor quedan fuera: la API REST no tiene ningún tipo para ellos.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestFieldText</name>
        <message>
            <source>Destination ID</source>
            <translation>ID de destino</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Fecha de creación</translation>
        </message>
        <message>
            <source>Created by (user ID)</source>
            <translation>Autor de la creación (ID de usuario)</translation>
        </message>
        <message>
            <source>DCS Desk's own fields</source>
            <translation>Campos propios de DCS Desk</translation>
        </message>
        <message>
            <source>Mapping ID</source>
            <translation>ID de asignación</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Mapped object type</source>
            <translation>Tipo de objeto asignado</translation>
        </message>
        <message>
            <source>Trait value</source>
            <translation>Valor del rasgo</translation>
        </message>
        <message>
            <source>Segment name</source>
            <translation>Nombre del segmento</translation>
        </message>
        <message>
            <source>Segment description</source>
            <translation>Descripción del segmento</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Estado del segmento</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Mapping value (key or URL)</source>
            <translation>Valor de asignación (clave o URL)</translation>
        </message>
        <message>
            <source>Second value</source>
            <translation>Segundo valor</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Secure URL</source>
            <translation>URL segura</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Asignaciones</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>field label (REST key)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(ausente)</translation>
        </message>
        <message>
            <source>REST key: %1</source>
            <translation>Clave REST: %1</translation>
        </message>
        <message>
            <source>%1 (milliseconds since 1970, UTC)</source>
            <translation>%1 (milisegundos desde 1970, UTC)</translation>
        </message>
        <message>
            <source>Changed by (user ID)</source>
            <translation>Autor del último cambio (ID de usuario)</translation>
        </message>
        <message>
            <source>%1 (never ends)</source>
            <translation>%1 (no termina nunca)</translation>
        </message>
        <message>
            <source>REST keys: %1</source>
            <translation>Claves REST: %1</translation>
        </message>
        <message numerus="yes">
            <source>Audience Manager keeps the mapping's value in %n REST field(s) (%1): one edit changes them all, and a push sends the new value to each.</source>
            <translation>
                <numerusform>Audience Manager guarda el valor de la asignación en %n campo REST (%1): una edición lo cambia y un envío lo actualiza con el valor nuevo.</numerusform>
                <numerusform>Audience Manager guarda el valor de la asignación en %n campos REST (%1): una edición los cambia todos y un envío manda el valor nuevo a cada uno.</numerusform>
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
            <translation>sin observaciones</translation>
        </message>
        <message>
            <source>Review AAM REST import</source>
            <translation>Revisar la importación de AAM REST</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <source>Mappings</source>
            <translation>Asignaciones</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Asignación</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Check after import: %1</source>
            <translation>Revisar tras importar: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>The file would change nothing in this workspace.</source>
            <translation>El archivo no cambiaría nada en este espacio de trabajo.</translation>
        </message>
        <message>
            <source>What the import adds, updates and skips</source>
            <translation>Lo que la importación añade, actualiza y omite</translation>
        </message>
        <message>
            <source>Add the segments the mappings use that are missing from the catalog (named from elementName and elementDescription)</source>
            <translation>Añadir los segmentos que usan las asignaciones y que faltan en el catálogo (con el nombre y la descripción tomados de elementName y elementDescription)</translation>
        </message>
        <message>
            <source>Nothing changes until you click Import. The import is one step on the undo stack.</source>
            <translation>No cambia nada hasta que pulse «Importar». La importación es un solo paso en la pila de deshacer.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleEditor</name>
        <message>
            <source>No rule: no signals qualify a user; only d_sid reaches the segment.</source>
            <translation>Sin regla: ninguna señal hace que un usuario cumpla los requisitos; solo d_sid incluye al usuario en el segmento.</translation>
        </message>
        <message>
            <source>The rule is valid. It reads %1.</source>
            <translation>La regla es válida y usa %1.</translation>
        </message>
        <message>
            <source>The trait rule that qualifies a user for the segment, over the keys of a DCS call: comparisons (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, joined with AND, OR, NOT and parentheses. Text goes in double quotes. Example: c_interest=="golf" AND c_score&gt;=5</source>
            <translation>La regla de rasgos que hace que un usuario cumpla los requisitos del segmento, sobre las claves de una llamada al DCS: comparaciones (== != &lt; &gt; &lt;= &gt;=), contains, startswith, endswith, matchesregex, unidas con AND, OR, NOT y paréntesis. El texto va entre comillas dobles. Ejemplo: c_interest=="golf" AND c_score&gt;=5</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RuleTest</name>
        <message>
            <source>The segment has no rule, so no signals qualify a user for it; only d_sid reaches it.</source>
            <translation>El segmento no tiene regla, así que ninguna señal hace que un usuario cumpla sus requisitos; solo d_sid incluye al usuario en él.</translation>
        </message>
        <message>
            <source>“%1” is not a key=value pair. Write the signals as in a call, for example c_make=A&amp;c_model=B.</source>
            <translation>«%1» no es un par clave=valor. Escriba las señales como en una llamada, por ejemplo c_make=A&amp;c_model=B.</translation>
        </message>
        <message>
            <source>Type signals to test, for example %1.</source>
            <translation>Escriba señales para probar, por ejemplo %1.</translation>
        </message>
        <message>
            <source>Qualifies: a call with these signals puts the user in the segment.</source>
            <translation>Cumple los requisitos: una llamada con estas señales incluye al usuario en el segmento.</translation>
        </message>
        <message>
            <source>Does not qualify with these signals.</source>
            <translation>No cumple los requisitos con estas señales.</translation>
        </message>
        <message>
            <source>Does not qualify. The rule also reads %1, which these signals do not carry.</source>
            <translation>No cumple los requisitos. La regla también usa %1, que estas señales no llevan.</translation>
        </message>
        <message>
            <source>Fix the rule above first.</source>
            <translation>Corrija primero la regla de arriba.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunResultPanel</name>
        <message>
            <source>Passed</source>
            <translation>Superada</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <source>Not run</source>
            <translation>No ejecutada</translation>
        </message>
        <message>
            <source>Saved request and its checks</source>
            <translation>Solicitud guardada y sus comprobaciones</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Expected and actual</source>
            <translation>Esperado y real</translation>
        </message>
        <message>
            <source>Run results</source>
            <translation>Resultados de la ejecución</translation>
        </message>
        <message>
            <source>Answer behind the selected result</source>
            <translation>Respuesta del resultado seleccionado</translation>
        </message>
        <message>
            <source>Select a saved request or a check to see the answer behind it.</source>
            <translation>Seleccione una solicitud guardada o una comprobación para ver la respuesta correspondiente.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>No enviada</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 en %2 ms</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>check result: what the check expects</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n more characters)</source>
            <translation>
                <numerusform>(%n carácter más)</numerusform>
                <numerusform>(%n caracteres más)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>saved request: its state</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Not sent: the run stopped at the first failure, as chosen.</source>
            <translation>No enviada: la ejecución se detuvo en el primer fallo, según la opción elegida.</translation>
        </message>
        <message>
            <source>The history keeps the answer only for saved requests that did not pass.</source>
            <translation>El historial solo guarda la respuesta de las solicitudes guardadas que no superaron sus comprobaciones.</translation>
        </message>
        <message>
            <source>Not sent: the run was canceled.</source>
            <translation>No enviada: la ejecución se canceló.</translation>
        </message>
        <message>
            <source>No answer was received.</source>
            <translation>No ha llegado ninguna respuesta.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RunnerDialog</name>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Entorno:</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Perfil:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>&amp;Stop at the first failure</source>
            <translation>&amp;Detenerse en el primer fallo</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>E&amp;jecutar</translation>
        </message>
        <message>
            <source>Send each chosen saved request in turn and check its answer</source>
            <translation>Enviar una a una las solicitudes guardadas elegidas y comprobar la respuesta de cada una</translation>
        </message>
        <message>
            <source>Run progress</source>
            <translation>Progreso de la ejecución</translation>
        </message>
        <message>
            <source>Open the selected saved request in the Console</source>
            <translation>Abrir la solicitud guardada seleccionada en la consola</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>(no environment)</source>
            <translation>(sin entorno)</translation>
        </message>
        <message>
            <source>Nothing was sent: the workspace has no profile to send with. Add one in the Console (Profile: Manage…).</source>
            <translation>No se ha enviado nada: el espacio de trabajo no tiene ningún perfil con el que enviar. Añada uno en la consola (Perfil: Gestionar…).</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request has checks. Add checks to a saved request in the Console's Checks panel.</source>
            <translation>No se ha enviado nada: ninguna solicitud guardada tiene comprobaciones. Añada comprobaciones a una solicitud guardada en el panel «Comprobaciones» de la consola.</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request with the tags %1 has checks.</source>
            <translation>No se ha enviado nada: ninguna solicitud guardada con las etiquetas %1 tiene comprobaciones.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was sent: %n variable(s) cannot be resolved. Define them in the environment (Environments… in the Console) or choose another one.</source>
            <translation>
                <numerusform>No se ha enviado nada: %n variable no se puede resolver. Defínala en el entorno («Entornos…» en la consola) o elija otro.</numerusform>
                <numerusform>No se ha enviado nada: %n variables no se pueden resolver. Defínalas en el entorno («Entornos…» en la consola) o elija otro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the local sandbox cannot start: %1</source>
            <translation>No se ha enviado nada: no se ha podido iniciar el sandbox local: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>saved requests done of all</comment>
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 · stopped at the first failure, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · detenida en el primer fallo, %n solicitud guardada no enviada</numerusform>
                <numerusform>%1 · detenida en el primer fallo, %n solicitudes guardadas no enviadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · not kept in the history: %2</source>
            <translation>%1 · no se ha guardado en el historial: %2</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>C&amp;arpeta:</translation>
        </message>
        <message>
            <source>Run only the saved requests in this folder and its subfolders</source>
            <translation>Ejecutar solo las solicitudes guardadas de esta carpeta y sus subcarpetas</translation>
        </message>
        <message>
            <source>(all folders)</source>
            <translation>(todas las carpetas)</translation>
        </message>
        <message>
            <source>Nothing was sent: no saved request in the folder %1 (with the tags chosen) has checks.</source>
            <translation>No se ha enviado nada: ninguna solicitud guardada de la carpeta %1 (con las etiquetas elegidas) tiene comprobaciones.</translation>
        </message>
        <message>
            <source>Nothing was sent: the run to %1 was not confirmed.</source>
            <translation>No se ha enviado nada: no se ha confirmado la ejecución en %1.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n saved request(s) to %1? This is not the local sandbox: the calls reach a live DCS, with the environment “%2” and the profile “%3”.</source>
            <translation>
                <numerusform>¿Enviar %n solicitud guardada a %1? No es el sandbox local: las llamadas llegan a un DCS real, con el entorno «%2» y el perfil «%3».</numerusform>
                <numerusform>¿Enviar %n solicitudes guardadas a %1? No es el sandbox local: las llamadas llegan a un DCS real, con el entorno «%2» y el perfil «%3».</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>E&amp;nviar</translation>
        </message>
        <message>
            <source>they are for the environment “%1”, not “%2”.</source>
            <translation>son del entorno «%1», no de «%2».</translation>
        </message>
        <message>
            <source>they are for the profile “%1”, not “%2”.</source>
            <translation>son del perfil «%1», no de «%2».</translation>
        </message>
        <message>
            <source>a saved request, its checks or the environment changed since they were run.</source>
            <translation>una solicitud guardada, sus comprobaciones o el entorno han cambiado desde que se ejecutaron.</translation>
        </message>
        <message>
            <source>Out of date: %1 They no longer describe what is saved; Run again for current results.</source>
            <translation>Desactualizados: %1 Ya no describen lo que está guardado; vuelva a pulsar «Ejecutar» para obtener resultados actuales.</translation>
        </message>
        <message>
            <source>The workspace was replaced: the last run's results were for the one before. Run again to check this one.</source>
            <translation>Se ha sustituido el espacio de trabajo: los resultados de la última ejecución eran del anterior. Vuelva a pulsar «Ejecutar» para comprobar este.</translation>
        </message>
        <message>
            <source>&amp;Tags: check some to run only the saved requests with one of them; none checked runs them all.</source>
            <translation>E&amp;tiquetas: marque algunas para ejecutar solo las solicitudes guardadas que tengan una de ellas; sin ninguna marcada se ejecutan todas.</translation>
        </message>
        <message>
            <source>Unchecked, every chosen saved request is sent whatever the ones before it gave</source>
            <translation>Sin marcar, se envía cada solicitud guardada elegida, sea cual sea el resultado de las anteriores</translation>
        </message>
        <message>
            <source>&amp;Cancel Run</source>
            <translation>&amp;Cancelar ejecución</translation>
        </message>
        <message>
            <source>&amp;Open in Console</source>
            <translation>Abrir en la co&amp;nsola</translation>
        </message>
        <message>
            <source>Run Checks</source>
            <translation>Ejecutar comprobaciones</translation>
        </message>
        <message numerus="yes">
            <source>%1 · canceled, %n saved request(s) not sent</source>
            <translation>
                <numerusform>%1 · cancelada, %n solicitud guardada no enviada</numerusform>
                <numerusform>%1 · cancelada, %n solicitudes guardadas no enviadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Send to a Live DCS?</source>
            <translation>¿Enviar a un DCS real?</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxServerCommand</name>
        <message>
            <source>Workspace file to serve (default: the bundled sample). It is reloaded when it changes.</source>
            <translation>Archivo del espacio de trabajo que se sirve (predeterminado: el ejemplo incluido). Se vuelve a cargar cuando cambia.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>TCP port; 0 picks a free one (default).</source>
            <translation>Puerto TCP; 0 elige uno libre (predeterminado).</translation>
        </message>
        <message>
            <source>port</source>
            <translation>puerto</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Dirección en la que escuchar (predeterminado: 127.0.0.1).</translation>
        </message>
        <message>
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <source>Allow an address other than loopback: anyone who can reach it can read what your workspace's destinations send.</source>
            <translation>Permitir una dirección que no sea de loopback: cualquiera que pueda alcanzarla puede leer lo que envían los destinos de su espacio de trabajo.</translation>
        </message>
        <message>
            <source>Print one line per call (p_ values hidden).</source>
            <translation>Mostrar una línea por llamada (valores p_ ocultos).</translation>
        </message>
        <message>
            <source>Most connections at once (default 256).</source>
            <translation>Máximo de conexiones simultáneas (predeterminado: 256).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>número</translation>
        </message>
        <message>
            <source>Language of messages (en, es, de, fr).</source>
            <translation>Idioma de los mensajes (en, es, de, fr).</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>--port must be a number from 0 to 65535.</source>
            <translation>--port debe ser un número de 0 a 65535.</translation>
        </message>
        <message>
            <source>--address must be an IP address such as 127.0.0.1.</source>
            <translation>--address debe ser una dirección IP, como 127.0.0.1.</translation>
        </message>
        <message>
            <source>--max-connections must be a number from 1 to 100000.</source>
            <translation>--max-connections debe ser un número de 1 a 100000.</translation>
        </message>
        <message>
            <source>Workspace loaded: %1</source>
            <translation>Espacio de trabajo cargado: %1</translation>
        </message>
        <message>
            <source>Could not reload %1: %2</source>
            <translation>No se ha podido volver a cargar %1: %2</translation>
        </message>
        <message>
            <source>Sandbox settings: %1</source>
            <translation>Ajustes del sandbox: %1</translation>
        </message>
        <message>
            <source>Cannot serve the workspace %1: %2</source>
            <translation>No se puede servir el espacio de trabajo %1: %2</translation>
        </message>
        <message>
            <source>DCS sandbox listening on %1 (workspace: %2)</source>
            <translation>Sandbox DCS escuchando en %1 (espacio de trabajo: %2)</translation>
        </message>
        <message>
            <source>Domain aliases: %1</source>
            <translation>Alias de dominio: %1</translation>
        </message>
        <message>
            <source>Try: curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</source>
            <translation>Pruebe: curl -H 'Host: %1.demdex.net' '%2/event?d_rtbd=json&amp;d_dst=1&amp;d_cts=2&amp;c_interest=golf'</translation>
        </message>
        <message>
            <source>The workspace has no profile with a domain alias, so every call answers error 1. Add a profile with an alias.</source>
            <translation>El espacio de trabajo no tiene ningún perfil con alias de dominio, así que el sandbox responde a todas las llamadas con el error 1. Añada un perfil con un alias.</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Pulse Ctrl+C para detenerlo.</translation>
        </message>
        <message>
            <source>Stopping: finishing the calls in progress.</source>
            <translation>Deteniendo: terminando las llamadas en curso.</translation>
        </message>
        <message>
            <source>There is no translation for “%1”; messages are in English.</source>
            <translation>No hay traducción para «%1»; los mensajes se muestran en inglés.</translation>
        </message>
        <message>
            <source>Workspace whose destinations, mappings and segments the Audience Manager REST API serves (default: the bundled sample). Read once; REST writes are kept in memory only.</source>
            <translation>Espacio de trabajo cuyos destinos, asignaciones de segmentos y segmentos sirve la API REST de Audience Manager (predeterminado: el ejemplo incluido). Se lee una vez; las escrituras por REST solo se guardan en memoria.</translation>
        </message>
        <message>
            <source>Client ID (API key) the token endpoint accepts (default %1).</source>
            <translation>ID de cliente (clave de API) que acepta el punto de conexión de tokens (predeterminado: %1).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Organization ID the REST API expects in x-gw-ims-org-id (default %1).</source>
            <translation>ID de organización que la API REST espera en x-gw-ims-org-id (predeterminado: %1).</translation>
        </message>
        <message>
            <source>org</source>
            <translation>org</translation>
        </message>
        <message>
            <source>Seconds a token stays valid (default %1).</source>
            <translation>Segundos de validez de un token (predeterminado: %1).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>--aam-token-lifetime must be a number of seconds from 1 to 31536000.</source>
            <translation>--aam-token-lifetime debe ser un número de segundos de 1 a 31536000.</translation>
        </message>
        <message>
            <source>Cannot serve the Audience Manager workspace %1: %2</source>
            <translation>No se puede servir el espacio de trabajo de Audience Manager %1: %2</translation>
        </message>
        <message>
            <source>Audience Manager REST API: %1/v1/destinations/ (%2 destinations, %3 mappings, %4 segments from %5; token: POST %1%6, client ID %7, organization %8). Writes stay in memory.</source>
            <translation>API REST de Audience Manager: %1/v1/destinations/ (%2 destinos, %3 asignaciones de segmentos, %4 segmentos de %5; token: POST %1%6, ID de cliente %7, organización %8). Las escrituras se quedan en memoria.</translation>
        </message>
        <message>
            <source>A local DCS: answers /event calls the way the Audience Manager DCS documents it, from the segments, destinations and mappings of a workspace, and the ID sync (/ibs), ID service (/id) and opt-out (/demoptout.jpg) calls. It also answers Audience Manager's REST API (/v1/destinations/, their mappings, /v1/segments/) with a token endpoint at /ims/token/v3 and the legacy OAuth one at /oauth/token; the client secret comes from DCSDESK_AAM_CLIENT_SECRET (default dcsdesk-sandbox-secret), the legacy user's password from DCSDESK_AAM_PASSWORD (default dcsdesk-sandbox-password). REST writes change only the sandbox's memory: they are never written back to the workspace file.</source>
            <translation>Un DCS local: responde a las llamadas /event tal como lo describe la documentación del DCS de Audience Manager, a partir de los segmentos, destinos y asignaciones de segmentos de un espacio de trabajo, y a las llamadas de sincronización de ID (/ibs), servicio de ID (/id) y exclusión voluntaria (/demoptout.jpg). También responde a la API REST de Audience Manager (/v1/destinations/, sus asignaciones, /v1/segments/) con un punto de conexión de tokens en /ims/token/v3 y el de OAuth heredado en /oauth/token; el secreto de cliente se toma de DCSDESK_AAM_CLIENT_SECRET (predeterminado: dcsdesk-sandbox-secret) y la contraseña del usuario heredado, de DCSDESK_AAM_PASSWORD (predeterminado: dcsdesk-sandbox-password). Las escrituras por REST solo cambian la memoria del sandbox: nunca se escriben en el archivo del espacio de trabajo.</translation>
        </message>
        <message>
            <source>User name the legacy OAuth token endpoint accepts (default %1).</source>
            <translation>Nombre de usuario que acepta el punto de conexión de tokens de OAuth heredado (predeterminado: %1).</translation>
        </message>
        <message>
            <source>user</source>
            <translation>usuario</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxService</name>
        <message>
            <source>The workspace file is gone; still answering from the last workspace that loaded.</source>
            <translation>El archivo del espacio de trabajo ya no existe; se sigue respondiendo con el último espacio de trabajo que se cargó.</translation>
        </message>
        <message>
            <source>%1 Still answering from the last workspace that loaded.</source>
            <translation>%1 Se sigue respondiendo con el último espacio de trabajo que se cargó.</translation>
        </message>
        <message>
            <source>The sandbox is already running.</source>
            <translation>El sandbox ya está en marcha.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxSettings</name>
        <message>
            <source>sandbox.rateLimit.calls must be a whole number from 0 (no limit) to 100000; using %1.</source>
            <translation>sandbox.rateLimit.calls debe ser un número entero de 0 (sin límite) a 100000; se usa %1.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit.perSeconds must be a number of seconds above 0 and at most 86400; using %1.</source>
            <translation>sandbox.rateLimit.perSeconds debe ser un número de segundos mayor que 0 y de 86400 como máximo; se usa %1.</translation>
        </message>
        <message>
            <source>sandbox.rateLimit must be an object such as {"calls": 20, "perSeconds": 1}; using the default.</source>
            <translation>sandbox.rateLimit debe ser un objeto como {"calls": 20, "perSeconds": 1}; se usa el valor predeterminado.</translation>
        </message>
        <message>
            <source>sandbox.profileTtlSeconds must be a whole number of seconds, 0 to keep profiles until the sandbox stops; using 0.</source>
            <translation>sandbox.profileTtlSeconds debe ser un número entero de segundos, 0 para conservar los perfiles hasta que el sandbox se detenga; se usa 0.</translation>
        </message>
        <message>
            <source>sandbox.maxProfiles must be a whole number from 1 to 10000000; using %1.</source>
            <translation>sandbox.maxProfiles debe ser un número entero de 1 a 10000000; se usa %1.</translation>
        </message>
        <message>
            <source>sandbox.dcsRegion must be a region ID such as 7, or -1 for the sandbox's own region; using -1.</source>
            <translation>sandbox.dcsRegion debe ser un ID de región, como 7, o -1 para la región propia del sandbox; se usa -1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SandboxTargetProvider</name>
        <message>
            <source>Start the local sandbox on this workspace and send the call to it (its sandbox profile gives the alias unless --alias or --workspace does).</source>
            <translation>Iniciar el sandbox local con este espacio de trabajo y enviarle la llamada (su perfil de sandbox da el alias, salvo que lo den --alias o --workspace).</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>The sandbox cannot serve %1: %2</source>
            <translation>El sandbox no puede servir %1: %2</translation>
        </message>
        <message>
            <source>The sandbox cannot start: %1</source>
            <translation>El sandbox no puede iniciarse: %1</translation>
        </message>
        <message>
            <source>The workspace %1 has no profile with a domain alias, so the sandbox would answer every call with error 1. Add a profile with an alias, or give --alias.</source>
            <translation>El espacio de trabajo %1 no tiene ningún perfil con alias de dominio, así que el sandbox respondería a todas las llamadas con el error 1. Añada un perfil con un alias o indique --alias.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestChecks</name>
        <message>
            <source>The “checks” of saved request %1 are not a list; they are kept in the file and not run.</source>
            <translation>Las comprobaciones («checks») de la solicitud guardada %1 no son una lista; se conservan en el archivo y no se ejecutan.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not an object; it is kept in the file and not run.</source>
            <translation>La comprobación %1 de la solicitud guardada %2 no es un objeto; se conserva en el archivo y no se ejecuta.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 has the kind “%3”, which this version does not know; it is kept in the file and not run. Update DCS Desk to run it.</source>
            <translation>La comprobación %1 de la solicitud guardada %2 es del tipo «%3», que esta versión no conoce; se conserva en el archivo y no se ejecuta. Actualice DCS Desk para ejecutarla.</translation>
        </message>
        <message>
            <source>Check %1 of saved request %2 is not run: %3</source>
            <translation>La comprobación %1 de la solicitud guardada %2 no se ejecuta: %3</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestCollection</name>
        <message>
            <source>The “folder” of saved request %1 is not a list of folder names; it is kept in the file and the request is shown at the top level.</source>
            <translation>El «folder» de la solicitud guardada %1 no es una lista de nombres de carpeta; se conserva en el archivo y la solicitud se muestra en la raíz.</translation>
        </message>
        <message>
            <source>Entry %1 of “savedRequestFolders” is not a list of folder names; it is kept in the file and not shown.</source>
            <translation>La entrada %1 de «savedRequestFolders» no es una lista de nombres de carpeta; se conserva en el archivo y no se muestra.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (copia %2)</translation>
        </message>
        <message>
            <source>A folder needs a name.</source>
            <translation>La carpeta necesita un nombre.</translation>
        </message>
        <message>
            <source>A folder name cannot contain “/”: it separates the folders of a path, as in dcsdesk-cli check --folder "Checkout/Mobile".</source>
            <translation>Un nombre de carpeta no puede contener «/»: separa las carpetas de una ruta, como en dcsdesk-cli check --folder "Checkout/Mobile".</translation>
        </message>
        <message>
            <source>There is already a folder %1.</source>
            <translation>Ya existe una carpeta llamada %1.</translation>
        </message>
        <message>
            <source>There is no folder %1.</source>
            <translation>No existe la carpeta %1.</translation>
        </message>
        <message>
            <source>A folder cannot be moved into itself.</source>
            <translation>Una carpeta no se puede mover dentro de sí misma.</translation>
        </message>
        <message numerus="yes">
            <source>%n saved request(s)</source>
            <translation>
                <numerusform>%n solicitud guardada</numerusform>
                <numerusform>%n solicitudes guardadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folder(s)</source>
            <translation>
                <numerusform>%n carpeta</numerusform>
                <numerusform>%n carpetas</numerusform>
            </translation>
        </message>
        <message>
            <source>A saved request needs a name.</source>
            <translation>Una solicitud guardada necesita un nombre.</translation>
        </message>
        <message>
            <source>The folder %1 holds %2; move or delete them first, or delete them with the folder.</source>
            <translation>La carpeta %1 contiene %2; mueva o elimine primero ese contenido, o elimínelo junto con la carpeta.</translation>
        </message>
        <message>
            <source>There is no saved request “%1”.</source>
            <translation>No existe la solicitud guardada «%1».</translation>
        </message>
        <message>
            <source>There is already a saved request %1. Names are unique in a workspace: the CLI, Run Checks and the history refer to a request by its name.</source>
            <translation>Ya existe una solicitud guardada llamada «%1». Los nombres son únicos en un espacio de trabajo: la CLI, «Ejecutar comprobaciones» y el historial se refieren a una solicitud por su nombre.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestPane</name>
        <message>
            <source>Filter by name or tag</source>
            <translation>Filtrar por nombre o etiqueta</translation>
        </message>
        <message>
            <source>Filter saved requests</source>
            <translation>Filtrar solicitudes guardadas</translation>
        </message>
        <message>
            <source>Saved requests</source>
            <translation>Solicitudes guardadas</translation>
        </message>
        <message>
            <source>Create a folder in the selected folder (Ctrl+Shift+N)</source>
            <translation>Crear una carpeta en la carpeta seleccionada (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renombrar…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>New folder %1</source>
            <translation>Nueva carpeta %1</translation>
        </message>
        <message>
            <source>Rename folder %1 to %2</source>
            <translation>Cambiar el nombre de la carpeta %1 a %2</translation>
        </message>
        <message>
            <source>Rename saved request %1 to %2</source>
            <translation>Cambiar el nombre de la solicitud guardada %1 a %2</translation>
        </message>
        <message>
            <source>Duplicate saved request %1</source>
            <translation>Duplicar la solicitud guardada %1</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>la raíz</translation>
        </message>
        <message numerus="yes">
            <source>Move %n saved request(s) to %1</source>
            <translation>
                <numerusform>Mover %n solicitud guardada a %1</numerusform>
                <numerusform>Mover %n solicitudes guardadas a %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Move folder %1 to %2</source>
            <translation>Mover la carpeta %1 a %2</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n saved request(s)</source>
            <translation>
                <numerusform>Eliminar %n solicitud guardada</numerusform>
                <numerusform>Eliminar %n solicitudes guardadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Move what it holds up one level, or delete it too?</source>
            <translation>¿Subir su contenido un nivel o eliminarlo también?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Delete folder %1</source>
            <translation>Eliminar la carpeta %1</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nombre de la carpeta:</translation>
        </message>
        <message>
            <source>Name of the folder in %1:</source>
            <translation>Nombre de la carpeta en %1:</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover a</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Raíz</translation>
        </message>
        <message>
            <source>Reorder folder %1</source>
            <translation>Reordenar la carpeta %1</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to %1</source>
            <translation>
                <numerusform>Mover %n elemento a %1</numerusform>
                <numerusform>Mover %n elementos a %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in Builder</source>
            <translation>Abrir en el editor</translation>
        </message>
        <message>
            <source>New Folder…</source>
            <translation>Nueva carpeta…</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Edit Tags…</source>
            <translation>Editar etiquetas…</translation>
        </message>
        <message>
            <source>Delete All</source>
            <translation>Eliminar todo</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nueva carpeta</translation>
        </message>
        <message>
            <source>Run Checks in This Folder…</source>
            <translation>Ejecutar las comprobaciones de esta carpeta…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n saved request(s): %1. Edit › Undo brings them back.</source>
            <translation>
                <numerusform>Se ha eliminado %n solicitud guardada: %1. Edición › Deshacer la recupera.</numerusform>
                <numerusform>Se han eliminado %n solicitudes guardadas: %1. Edición › Deshacer las recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Folder</source>
            <translation>Eliminar carpeta</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SavedRequestTreeModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>%1 request. Double-click or Enter opens it.</source>
            <translation>Solicitud %1. Se abre con doble clic o Intro.</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ScheduleTimeline</name>
        <message>
            <source>Schedule of the mappings</source>
            <translation>Calendario de las asignaciones</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Aún no ha empezado</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>No mappings to show.</source>
            <translation>No hay asignaciones que mostrar.</translation>
        </message>
        <message numerus="yes">
            <source>Expired %n day(s) ago</source>
            <translation>
                <numerusform>Caducó hace %n día</numerusform>
                <numerusform>Caducó hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, ends in %n day(s)</source>
            <translation>
                <numerusform>Activa, termina dentro de %n día</numerusform>
                <numerusform>Activa, termina dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Active, never ends</source>
            <translation>Activa, no termina nunca</translation>
        </message>
        <message numerus="yes">
            <source>Starts in %n day(s)</source>
            <translation>
                <numerusform>Empieza dentro de %n día</numerusform>
                <numerusform>Empieza dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 → %4&lt;br&gt;%5&lt;br&gt;%6: %7</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Solapamiento</translation>
        </message>
        <message>
            <source>Overlaps another flight of this segment (%1 → %2).</source>
            <translation>Se solapa con otro periodo de este segmento (%1 → %2).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SecretMessages</name>
        <message>
            <source>The system keychain cannot be used: %1. Secret values you type are kept only until DCS Desk closes. To keep them, start a keychain service (such as GNOME Keyring or KWallet) and restart DCS Desk.</source>
            <translation>No se puede usar el llavero del sistema: %1. Los valores secretos que escriba se guardan solo hasta que se cierre DCS Desk. Para conservarlos, inicie un servicio de llavero (como GNOME Keyring o KWallet) y reinicie DCS Desk.</translation>
        </message>
        <message>
            <source>The system keychain refused the secret value: %1. It is kept only until DCS Desk closes. To keep it, unlock the keychain and type the value again in Environments….</source>
            <translation>El llavero del sistema ha rechazado el valor secreto: %1. Se guarda solo hasta que se cierre DCS Desk. Para conservarlo, desbloquee el llavero y vuelva a escribir el valor en «Entornos…».</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentBrowserDialog</name>
        <message>
            <source>&amp;Hide segments already mapped</source>
            <translation>&amp;Ocultar los segmentos ya asignados</translation>
        </message>
        <message>
            <source>Active segments &amp;only</source>
            <translation>&amp;Solo segmentos activos</translation>
        </message>
        <message>
            <source>Add Segments to %1</source>
            <translation>Añadir segmentos a %1</translation>
        </message>
        <message>
            <source>Add Segments</source>
            <translation>Añadir segmentos</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>&amp;Check All Shown</source>
            <translation>Marcar &amp;todos los mostrados</translation>
        </message>
        <message>
            <source>&amp;Uncheck All</source>
            <translation>&amp;Desmarcar todos</translation>
        </message>
        <message>
            <source>New mappings</source>
            <translation>Asignaciones nuevas</translation>
        </message>
        <message>
            <source>Placeholders: {sid} segment ID, {code} integration code, {name} segment name.</source>
            <translation>Marcadores de posición: {sid} ID de segmento, {code} código de integración, {name} nombre del segmento.</translation>
        </message>
        <message>
            <source>for example {sid} or {code}</source>
            <translation>p. ej. {sid} o {code}</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>A&amp;lias:</source>
            <translation>A&amp;lias:</translation>
        </message>
        <message>
            <source>U&amp;RL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clave:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Fecha de &amp;inicio:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Fecha de &amp;finalización:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>&amp;Priority:</source>
            <translation>&amp;Prioridad:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) checked</source>
            <translation>
                <numerusform>%n segmento marcado</numerusform>
                <numerusform>%n segmentos marcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n Segment(s)</source>
            <translation>
                <numerusform>&amp;Añadir %n segmento</numerusform>
                <numerusform>&amp;Añadir %n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>The value stays empty; the new mappings are flagged until you fill it in.</source>
            <translation>El valor queda vacío; las asignaciones nuevas quedan señaladas hasta que lo rellene.</translation>
        </message>
        <message>
            <source>For %1 (%2): %3</source>
            <translation>Para %1 (%2): %3</translation>
        </message>
        <message>
            <source>Allo&amp;w another flight of mapped segments</source>
            <translation>Per&amp;mitir otro periodo para segmentos ya asignados</translation>
        </message>
        <message>
            <source>Search by name, ID, integration code or rule, or paste a list of IDs</source>
            <translation>Buscar por nombre, ID, código de integración o regla, o pegar una lista de ID</translation>
        </message>
        <message>
            <source>A list pasted here (one ID, name or integration code per line, or separated by commas) checks those segments instead of searching.</source>
            <translation>Una lista pegada aquí (un ID, nombre o código de integración por línea, o separados por comas) marca esos segmentos en lugar de buscar.</translation>
        </message>
        <message>
            <source>Segments already mapped to this destination can be checked too: each gets another mapping, for example a later campaign flight. Give it its own dates; overlapping flights are flagged.</source>
            <translation>También se pueden marcar los segmentos ya asignados a este destino: cada uno recibe otra asignación, por ejemplo para un periodo posterior de la campaña. Dé a cada nueva asignación sus propias fechas; los periodos que se solapan se señalan.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n mapped segment(s) of the pasted list for another flight.</source>
            <translation>
                <numerusform>Se ha marcado %n segmento asignado de la lista pegada para otro periodo.</numerusform>
                <numerusform>Se han marcado %n segmentos asignados de la lista pegada para otro periodo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing checked from the pasted list.</source>
            <translation>No se ha marcado nada de la lista pegada.</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n segment(s) from the pasted list.</source>
            <translation>
                <numerusform>Se ha marcado %n segmento de la lista pegada.</numerusform>
                <numerusform>Se han marcado %n segmentos de la lista pegada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Already mapped to this destination: %1. Check “Allow another flight of mapped segments” to add another flight of them.</source>
            <translation>Ya asignados a este destino: %1. Marque «Permitir otro periodo para segmentos ya asignados» para añadirles otro periodo.</translation>
        </message>
        <message>
            <source>&amp;Value of the key:</source>
            <translation>&amp;Valor de la clave:</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogModel</name>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Código de integración</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <source>New segment %1</source>
            <translation>Nuevo segmento %1</translation>
        </message>
        <message numerus="yes">
            <source>Add %n segment(s)</source>
            <translation>
                <numerusform>Añadir %n segmento</numerusform>
                <numerusform>Añadir %n segmentos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentCatalogView</name>
        <message>
            <source>&amp;New Segment…</source>
            <translation>&amp;Nuevo segmento…</translation>
        </message>
        <message>
            <source>Create a segment (Insert)</source>
            <translation>Crear un segmento (Insertar)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit the selected segment and test its rule (Enter)</source>
            <translation>Editar el segmento seleccionado y probar su regla (Intro)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete the selected segments (Del)</source>
            <translation>Eliminar los segmentos seleccionados (Supr)</translation>
        </message>
        <message>
            <source>Import &amp;CSV…</source>
            <translation>Importar &amp;CSV…</translation>
        </message>
        <message>
            <source>Import AAM &amp;JSON…</source>
            <translation>Importar &amp;JSON de AAM…</translation>
        </message>
        <message>
            <source>Import the segment list exported from Audience Manager's REST API</source>
            <translation>Importar la lista de segmentos exportada desde la API REST de Audience Manager</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Search by name, ID, code or rule (Ctrl+F)</source>
            <translation>Buscar por nombre, ID, código o regla (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 segments shown</source>
            <translation>%1 de %2 segmentos mostrados</translation>
        </message>
        <message>
            <source>Delete Segments</source>
            <translation>Eliminar segmentos</translation>
        </message>
        <message>
            <source>Deleting them also deletes their %1 in %2. You can undo this.</source>
            <translation>Al eliminarlos también se eliminan sus asignaciones (%1 en %2). Puede deshacerlo.</translation>
        </message>
        <message numerus="yes">
            <source>%n mapping(s)</source>
            <translation>
                <numerusform>%n asignación</numerusform>
                <numerusform>%n asignaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n destination(s)</source>
            <translation>
                <numerusform>%n destino</numerusform>
                <numerusform>%n destinos</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Segments and Mappings</source>
            <translation>Eliminar segmentos y asignaciones</translation>
        </message>
        <message>
            <source>Import Segments</source>
            <translation>Importar segmentos</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import Segments from Audience Manager</source>
            <translation>Importar segmentos desde Audience Manager</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 is larger than 256 MB, too large for a segment list.</source>
            <translation>%1 ocupa más de 256 MB, demasiado para una lista de segmentos.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>No se ha podido leer %1: %2.</translation>
        </message>
        <message>
            <source>Import Segments from %1</source>
            <translation>Importar segmentos de %1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n segment(s) from %1</source>
            <translation>
                <numerusform>Importar %n segmento de %1</numerusform>
                <numerusform>Importar %n segmentos de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder or file name.</source>
            <translation>No se ha podido escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV, separado por comas (*.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated (*.csv)</source>
            <translation>CSV, separado por punto y coma (*.csv)</translation>
        </message>
        <message>
            <source>Export Segments</source>
            <translation>Exportar segmentos</translation>
        </message>
        <message>
            <source>segments.csv</source>
            <translation>segmentos.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected segments are mapped to destinations.</source>
            <translation>
                <numerusform>%n de los segmentos seleccionados está asignado a destinos.</numerusform>
                <numerusform>%n de los segmentos seleccionados están asignados a destinos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Segments are the audiences you map to destinations, each with an ID, a name and the rule that qualifies a user. Create one, or import the segment list from a CSV file or from Audience Manager's REST API.</source>
            <translation>Los segmentos son las audiencias que usted asigna a los destinos; cada uno tiene un ID, un nombre y la regla que determina si un usuario cumple los requisitos. Cree uno o importe la lista de segmentos de un archivo CSV o de la API REST de Audience Manager.</translation>
        </message>
        <message>
            <source>Add or update segments from a CSV file; you see the result of every row before anything changes</source>
            <translation>Añadir o actualizar segmentos desde un archivo CSV; verá el resultado de cada fila antes de que cambie nada</translation>
        </message>
        <message>
            <source>Search segments</source>
            <translation>Buscar segmentos</translation>
        </message>
        <message>
            <source>Segment status</source>
            <translation>Estado del segmento</translation>
        </message>
        <message>
            <source>Show only active, inactive or not mapped segments, or those with problems</source>
            <translation>Mostrar solo los segmentos activos, inactivos o sin asignar, o los que tienen problemas</translation>
        </message>
        <message>
            <source>The segment catalog is empty</source>
            <translation>El catálogo de segmentos está vacío</translation>
        </message>
        <message>
            <source>Segment catalog</source>
            <translation>Catálogo de segmentos</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentEditorDialog</name>
        <message>
            <source>&amp;Active</source>
            <translation>&amp;Activo</translation>
        </message>
        <message>
            <source>New Segment</source>
            <translation>Nuevo segmento</translation>
        </message>
        <message>
            <source>Edit Segment %1</source>
            <translation>Editar segmento %1</translation>
        </message>
        <message>
            <source>for example c_interest=golf&amp;c_score=5</source>
            <translation>p. ej. c_interest=golf&amp;c_score=5</translation>
        </message>
        <message>
            <source>Segment &amp;ID:</source>
            <translation>&amp;ID de segmento:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Integration &amp;code:</source>
            <translation>&amp;Código de integración:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>&amp;Rule:</source>
            <translation>&amp;Regla:</translation>
        </message>
        <message numerus="yes">
            <source>Mapped to %n destination(s).</source>
            <translation>
                <numerusform>Asignado a %n destino.</numerusform>
                <numerusform>Asignado a %n destinos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Test with signals</source>
            <translation>Probar con señales</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>El ID de segmento debe ser un número positivo.</translation>
        </message>
        <message>
            <source>Segment ID %1 is taken; choose another.</source>
            <translation>El ID de segmento %1 ya existe; elija otro.</translation>
        </message>
        <message>
            <source>Give the segment a name.</source>
            <translation>Dé un nombre al segmento.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>El código de integración tiene %1 caracteres; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Create segment %1</source>
            <translation>Crear segmento %1</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Editar segmento %1</translation>
        </message>
        <message>
            <source>The segment's ID (SID), a whole number. It identifies the segment in mappings, in d_sid and in the DCS answer; it cannot change once the segment exists. Example: 1005</source>
            <translation>El ID del segmento (SID), un número entero. Identifica el segmento en las asignaciones, en d_sid y en la respuesta del DCS; no se puede cambiar una vez creado el segmento. Ejemplo: 1005</translation>
        </message>
        <message>
            <source>The name marketers know the segment by. Example: Golf enthusiasts</source>
            <translation>El nombre con el que los profesionales de marketing conocen el segmento. Ejemplo: Aficionados al golf</translation>
        </message>
        <message>
            <source>Integration code: your own code for the segment (at most 255 characters), which destinations with auto-fill by integration code receive as the mapping value. Example: golf_fans</source>
            <translation>Código de integración: su propio código para el segmento (255 caracteres como máximo), que reciben como valor de asignación los destinos con relleno automático por código de integración. Ejemplo: golf_fans</translation>
        </message>
        <message>
            <source>Only active segments qualify users and are sent to destinations; clear it to pause the segment without deleting it.</source>
            <translation>Los usuarios solo pueden cumplir los requisitos de los segmentos activos, y solo estos se envían a los destinos; desmarque la casilla para pausar el segmento sin eliminarlo.</translation>
        </message>
        <message>
            <source>An optional note: who the segment is for and where its data comes from.</source>
            <translation>Una nota opcional: para quién es el segmento y de dónde vienen sus datos.</translation>
        </message>
        <message>
            <source>Key-value pairs as a DCS call carries them, joined by &amp;. The result below says whether a user with these signals qualifies. Example: c_interest=golf&amp;c_score=5</source>
            <translation>Pares clave-valor tal como los lleva una llamada al DCS, unidos por &amp;. El resultado de abajo indica si un usuario con estas señales cumple los requisitos. Ejemplo: c_interest=golf&amp;c_score=5</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentFilterProxyModel</name>
        <message>
            <source>All segments</source>
            <translation>Todos los segmentos</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Not mapped</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <source>With problems</source>
            <translation>Con problemas</translation>
        </message>
        <message>
            <source>Already mapped to this destination</source>
            <translation>Ya asignado a este destino</translation>
        </message>
        <message>
            <source>Already mapped to this destination: checked, it gets another flight</source>
            <translation>Ya asignado a este destino: si lo marca, recibe otro periodo</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentImport</name>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Segment %1 is already on line %2 of this file. Keep one of the two rows.</source>
            <translation>El segmento %1 ya está en la línea %2 de este archivo. Conserve una de las dos filas.</translation>
        </message>
        <message>
            <source>The name is empty. Every segment needs a name.</source>
            <translation>El nombre está vacío. Cada segmento necesita un nombre.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>El código de integración tiene %1 caracteres; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>New segment; it gets ID %1.</source>
            <translation>Segmento nuevo; recibe el ID %1.</translation>
        </message>
        <message>
            <source>New segment.</source>
            <translation>Segmento nuevo.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>integration code</source>
            <translation>código de integración</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regla</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>Changes: %1.</source>
            <translation>Cambios: %1.</translation>
        </message>
        <message>
            <source>Segment ID</source>
            <translation>ID de segmento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Integration code</source>
            <translation>Código de integración</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>La primera fila debe contener los nombres de las columnas; se necesita al menos Segment ID o Name. Las columnas son: %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Estas columnas no se usan y se han ignorado: %1.</translation>
        </message>
        <message>
            <source>Fields in this row: %1, in the header: %2. Check the delimiter: %3 in this file.</source>
            <translation>Campos en esta fila: %1; en la cabecera: %2. Compruebe el delimitador; este archivo usa %3.</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>El ID de segmento «%1» no es un número positivo.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>No es un JSON válido (línea %1, columna %2: %3). Exporte de nuevo los segmentos desde Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>El JSON no contiene segmentos: se esperaba una matriz de objetos de segmento (con sid, name, integrationCode, status, segmentRule) o un objeto con una matriz «list».</translation>
        </message>
        <message>
            <source>Item %1 is not a segment object.</source>
            <translation>El elemento %1 no es un objeto de segmento.</translation>
        </message>
        <message>
            <source>The sid is not a positive whole number.</source>
            <translation>El sid no es un número entero positivo.</translation>
        </message>
        <message>
            <source>The field %1 should be text.</source>
            <translation>El campo %1 debería ser texto.</translation>
        </message>
        <message>
            <source>Audience Manager's own fields</source>
            <translation>campos propios de Audience Manager</translation>
        </message>
        <message>
            <source>The status “%1” is not understood. Use “active” or “inactive” (1 or 0, true or false, yes or no also work).</source>
            <translation>No se entiende el estado «%1». Use «active» o «inactive» (también valen 1 o 0, true o false, yes o no).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::SegmentListText</name>
        <message>
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %n más</numerusform>
                <numerusform>%1 y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Read column %1 of the pasted table.</source>
            <translation>Se ha leído la columna %1 de la tabla pegada.</translation>
        </message>
        <message>
            <source>Read the column %1 of the pasted table.</source>
            <translation>Se ha leído la columna %1 de la tabla pegada.</translation>
        </message>
        <message>
            <source>Left out the header row %1.</source>
            <translation>Se ha omitido la línea de cabecera %1.</translation>
        </message>
        <message>
            <source>Shared by several segments (paste their IDs instead): %1.</source>
            <translation>Elementos compartidos por varios segmentos (pegue sus ID en su lugar): %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n repeated item(s) counted once.</source>
            <translation>
                <numerusform>%n elemento repetido contado una vez.</numerusform>
                <numerusform>%n elementos repetidos contados una vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recognized as a segment ID, name or integration code: %1.</source>
            <translation>Elementos no reconocidos como ID, nombre o código de integración de un segmento: %1.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 (also on the numeric keypad)</source>
            <comment>a shortcut with Return, e.g. Ctrl+Return, that the keypad's Enter gives too</comment>
            <translation>%1 (también en el teclado numérico)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TimingWaterfall</name>
        <message>
            <source>Timing waterfall</source>
            <translation>Cascada de tiempos</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Waiting (server)</source>
            <translation>Espera (servidor)</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descarga</translation>
        </message>
        <message>
            <source>Send a request to see its timing.</source>
            <translation>Envíe una solicitud para ver sus tiempos.</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TlsProbe</name>
        <message>
            <source>No TLS answer within %1 s.</source>
            <translation>Sin respuesta TLS en %1 s.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::TraitRule</name>
        <message>
            <source>Character %1: %2</source>
            <translation>Carácter %1: %2</translation>
        </message>
        <message>
            <source>This closing parenthesis has no opening one.</source>
            <translation>A este paréntesis de cierre no le corresponde ningún paréntesis de apertura.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule. Each comparison is key, operator, value; join comparisons with AND or OR.</source>
            <translation>Se esperaba AND, OR o el final de la regla. Cada comparación es clave, operador, valor; una las comparaciones con AND u OR.</translation>
        </message>
        <message>
            <source>Expected AND, OR or the end of the rule.</source>
            <translation>Se esperaba AND, OR o el final de la regla.</translation>
        </message>
        <message>
            <source>This text has no closing double quote.</source>
            <translation>A este texto le falta la comilla doble de cierre.</translation>
        </message>
        <message>
            <source>Put text in double quotes ("), not single quotes.</source>
            <translation>Ponga el texto entre comillas dobles ("), no simples.</translation>
        </message>
        <message>
            <source>Unexpected character %1: join comparisons with AND or OR.</source>
            <translation>Carácter inesperado %1: una las comparaciones con AND u OR.</translation>
        </message>
        <message>
            <source>Unexpected character %1.</source>
            <translation>Carácter inesperado %1.</translation>
        </message>
        <message>
            <source>The rule nests parentheses and NOT more than %1 levels deep.</source>
            <translation>La regla anida paréntesis y NOT en más de %1 niveles.</translation>
        </message>
        <message>
            <source>This parenthesis is never closed.</source>
            <translation>Este paréntesis nunca se cierra.</translation>
        </message>
        <message>
            <source>Expected AND, OR or a closing parenthesis.</source>
            <translation>Se esperaba AND, OR o un paréntesis de cierre.</translation>
        </message>
        <message>
            <source>Expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>Se esperaba una clave, como c_make, o un paréntesis de apertura.</translation>
        </message>
        <message>
            <source>The rule ends too early: expected a key, such as c_make, or an opening parenthesis.</source>
            <translation>La regla termina demasiado pronto: se esperaba una clave, como c_make, o un paréntesis de apertura.</translation>
        </message>
        <message>
            <source>%1 needs a comparison before and after it.</source>
            <translation>%1 necesita una comparación antes y después.</translation>
        </message>
        <message>
            <source>%1 is an operator; a key must come first, such as c_search %1 "x".</source>
            <translation>%1 es un operador; primero debe ir una clave, como c_search %1 "x".</translation>
        </message>
        <message>
            <source>Use == to test equality (a single = is not an operator).</source>
            <translation>Use == para comprobar la igualdad (un solo = no es un operador).</translation>
        </message>
        <message>
            <source>%1 is not an operator. Use ==, !=, &lt;, &gt;, &lt;=, &gt;= or =&gt;.</source>
            <translation>%1 no es un operador. Use ==, !=, &lt;, &gt;, &lt;=, &gt;= o =&gt;.</translation>
        </message>
        <message>
            <source>Expected an operator after %1: ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith or matchesregex.</source>
            <translation>Se esperaba un operador después de %1: ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, matcheswords, startswith, endswith o matchesregex.</translation>
        </message>
        <message>
            <source>Put text values in double quotes: %1 %2 "%3".</source>
            <translation>Ponga los valores de texto entre comillas dobles: %1 %2 "%3".</translation>
        </message>
        <message>
            <source>Expected a value after %1: a number or text in double quotes.</source>
            <translation>Se esperaba un valor después de %1: un número o un texto entre comillas dobles.</translation>
        </message>
        <message>
            <source>matcheswords needs at least one word.</source>
            <translation>matcheswords necesita al menos una palabra.</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1.</source>
            <translation>Expresión regular no válida: %1.</translation>
        </message>
        <message>
            <source>%1 is not a valid key: use letters, digits, dashes and underscores, not digits only, such as c_price or 123price.</source>
            <translation>%1 no es una clave válida: use letras, dígitos, guiones y guiones bajos, no solo dígitos, como c_price o 123price.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UnavailableView</name>
        <message>
            <source>The %1 view is not available in this build of DCS Desk.</source>
            <translation>La vista %1 no está disponible en esta compilación de DCS Desk.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::UserGuideWindow</name>
        <message>
            <source>Click to see the picture at full size</source>
            <translation>Haga clic para ver la imagen a tamaño completo</translation>
        </message>
        <message>
            <source>Not found on this page</source>
            <translation>No se encuentra en esta página</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n match(es)</source>
            <translation>
                <numerusform>%1 de %n coincidencia</numerusform>
                <numerusform>%1 de %n coincidencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
        <message>
            <source>DCS Desk User Guide</source>
            <translation>Guía del usuario de DCS Desk</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the page you read before (%1)</source>
            <translation>Volver a la página que leyó antes (%1)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Forward again (%1)</source>
            <translation>Volver a avanzar (%1)</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>The guide's first page, with the list of tasks</source>
            <translation>La primera página de la guía, con la lista de tareas</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Coincidencia anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Coincidencia siguiente (Intro)</translation>
        </message>
        <message>
            <source>Find in page (%1)</source>
            <translation>Buscar en la página (%1)</translation>
        </message>
        <message>
            <source>Type a word to mark it everywhere on the page; Enter goes to the next match, Shift+Enter to the previous one.</source>
            <translation>Escriba una palabra para resaltarla en toda la página; Intro va a la coincidencia siguiente y Mayús+Intro a la anterior.</translation>
        </message>
        <message>
            <source>User guide page</source>
            <translation>Página de la guía del usuario</translation>
        </message>
        <message>
            <source>Larger Text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Smaller Text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Find in Page</source>
            <translation>Buscar en la página</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ValidateCommand</name>
        <message>
            <source>Check a workspace: destinations, segments and their rules, mappings and account limits. Exit code 1 when there are errors.</source>
            <translation>Comprobar un espacio de trabajo: destinos, segmentos y sus reglas, asignaciones y límites de la cuenta. Código de salida 1 si hay errores.</translation>
        </message>
        <message>
            <source>The workspace file.</source>
            <translation>El archivo del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The day to judge mapping schedules on (YYYY-MM-DD; default today).</source>
            <translation>El día con respecto al cual se evalúan los calendarios de las asignaciones (AAAA-MM-DD; predeterminado: hoy).</translation>
        </message>
        <message>
            <source>profile “%1”</source>
            <translation>perfil «%1»</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>perfil %1</translation>
        </message>
        <message>
            <source>account</source>
            <translation>cuenta</translation>
        </message>
        <message>
            <source>mapping %1</source>
            <translation>asignación %1</translation>
        </message>
        <message>
            <source>validate takes one workspace file.</source>
            <translation>validate admite un solo archivo de espacio de trabajo.</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not “%1”.</source>
            <translation>--date admite un día con el formato AAAA-MM-DD, no «%1».</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4 (%5 destinations, %6 segments, %7 mappings).</source>
            <translation>%1: %2, %3, %4 (%5 destinos, %6 segmentos, %7 asignaciones).</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>mapping %1 (%2 → %3)</source>
            <translation>asignación %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>WORKSPACE</source>
            <translation>ESPACIO_DE_TRABAJO</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::Validator</name>
        <message>
            <source>The destination ID must be a positive number.</source>
            <translation>El ID de destino debe ser un número positivo.</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>El nombre es obligatorio.</translation>
        </message>
        <message>
            <source>Avoid special characters such as &lt; &gt; " { } | in names.</source>
            <translation>Evite caracteres especiales como &lt; &gt; " { } | en los nombres.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a base URL.</source>
            <translation>Un destino de URL serializado necesita una URL base.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a secure URL.</source>
            <translation>Un destino de URL serializado necesita una URL segura.</translation>
        </message>
        <message>
            <source>A serialized URL destination needs a delimiter, usually a comma or a semicolon.</source>
            <translation>Un destino de URL serializado necesita un delimitador, normalmente una coma o un punto y coma.</translation>
        </message>
        <message>
            <source>The URL must contain %ALIAS%, where the mapped segment values go.</source>
            <translation>La URL debe contener %ALIAS%, donde van los valores de los segmentos asignados.</translation>
        </message>
        <message>
            <source>This is not a valid http or https URL.</source>
            <translation>No es una URL http o https válida.</translation>
        </message>
        <message>
            <source>The secure URL should start with https://.</source>
            <translation>La URL segura debería empezar por https://.</translation>
        </message>
        <message>
            <source>A cookie destination needs a cookie name.</source>
            <translation>Un destino de cookie necesita un nombre de cookie.</translation>
        </message>
        <message>
            <source>A cookie name may only hold letters, digits and ! # $ % &amp; ' * + - . ^ _ ` | ~ (no spaces, commas, semicolons or equal signs).</source>
            <translation>El nombre de una cookie solo puede contener letras, dígitos y ! # $ % &amp; ' * + - . ^ _ ` | ~ (sin espacios, comas, puntos y coma ni signos de igual).</translation>
        </message>
        <message>
            <source>A single-key cookie needs its key.</source>
            <translation>Una cookie de clave única necesita su clave.</translation>
        </message>
        <message>
            <source>A serialized cookie needs a serial delimiter.</source>
            <translation>Una cookie serializada necesita un delimitador de serie.</translation>
        </message>
        <message>
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Los destinos de cookie solo funcionan en navegadores; establezca la plataforma en «Navegador».</translation>
        </message>
        <message>
            <source>The maximum cookie size must be a positive number of bytes.</source>
            <translation>El tamaño máximo de la cookie debe ser un número positivo de bytes.</translation>
        </message>
        <message>
            <source>The cookie expiration cannot be negative.</source>
            <translation>La caducidad de la cookie no puede ser negativa.</translation>
        </message>
        <message>
            <source>Publishing to selected domains needs at least one domain.</source>
            <translation>Publicar en los dominios seleccionados requiere al menos un dominio.</translation>
        </message>
        <message>
            <source>The segment ID must be a positive number.</source>
            <translation>El ID de segmento debe ser un número positivo.</translation>
        </message>
        <message>
            <source>The segment has no name.</source>
            <translation>El segmento no tiene nombre.</translation>
        </message>
        <message>
            <source>The integration code has %1 characters; at most %2 are allowed.</source>
            <translation>El código de integración tiene %1 caracteres; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Un perfil necesita un nombre.</translation>
        </message>
        <message>
            <source>A profile needs the domain alias that goes in the Host header.</source>
            <translation>Un perfil necesita el alias de dominio que va en la cabecera Host.</translation>
        </message>
        <message>
            <source>The alias must be a host name label: letters, digits, - and _, without dots, spaces or control characters.</source>
            <translation>El alias debe ser una etiqueta de nombre de host: letras, dígitos, - y _, sin puntos, espacios ni caracteres de control.</translation>
        </message>
        <message>
            <source>The custom base URL must be an http or https URL.</source>
            <translation>La URL base personalizada debe ser una URL http o https.</translation>
        </message>
        <message>
            <source>The mapping belongs to destination %1, which does not exist.</source>
            <translation>La asignación pertenece al destino %1, que no existe.</translation>
        </message>
        <message>
            <source>A start date is required.</source>
            <translation>La fecha de inicio es obligatoria.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de finalización es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>Expired: the end date has passed, so nothing is sent for this segment.</source>
            <translation>Caducada: la fecha de finalización ya ha pasado, así que no se envía nada para este segmento.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Aún no ha empezado: no se envía nada antes de la fecha de inicio.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>La asignación necesita la URL que se dispara para este segmento.</translation>
        </message>
        <message>
            <source>The mapping needs a key.</source>
            <translation>La asignación necesita una clave.</translation>
        </message>
        <message>
            <source>The mapping value is empty.</source>
            <translation>El valor de la asignación está vacío.</translation>
        </message>
        <message>
            <source>The value has %1 characters; at most %2 are allowed.</source>
            <translation>El valor tiene %1 caracteres; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>A multi-key cookie mapping needs a value for its key.</source>
            <translation>Una asignación de cookie de varias claves necesita un valor para su clave.</translation>
        </message>
        <message>
            <source>The priority must be 1 or more (blank for none).</source>
            <translation>La prioridad debe ser 1 o mayor (déjela en blanco si no tiene ninguna).</translation>
        </message>
        <message>
            <source>Segment %1 is mapped %2 times to this destination.</source>
            <translation>El segmento %1 está asignado %2 veces a este destino.</translation>
        </message>
        <message>
            <source>Its dates overlap another mapping of segment %1.</source>
            <translation>Sus fechas se solapan con otra asignación del segmento %1.</translation>
        </message>
        <message>
            <source>Segment ID %1 is used more than once.</source>
            <translation>El ID de segmento %1 se usa más de una vez.</translation>
        </message>
        <message>
            <source>The account has %1 segments; Audience Manager allows at most %2.</source>
            <translation>La cuenta tiene %1 segmentos; Audience Manager permite como máximo %2.</translation>
        </message>
        <message>
            <source>Destination ID %1 is used more than once.</source>
            <translation>El ID de destino %1 se usa más de una vez.</translation>
        </message>
        <message>
            <source>Mapping ID %1 is used more than once.</source>
            <translation>El ID de asignación %1 se usa más de una vez.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>The account has %1 destinations; at most %2 are allowed.</source>
            <translation>La cuenta tiene %1 destinos; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>The account has %1 URL destinations; at most %2 are allowed.</source>
            <translation>La cuenta tiene %1 destinos de URL; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>The account has %1 cookie destinations; at most %2 are allowed.</source>
            <translation>La cuenta tiene %1 destinos de cookie; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>The account has %1 server-to-server destinations; at most %2 are allowed.</source>
            <translation>La cuenta tiene %1 destinos de servidor a servidor; se permiten como máximo %2.</translation>
        </message>
        <message>
            <source>The pinned key must look like sha256//BASE64 (44 characters after the slashes); calls of this profile are refused until it does.</source>
            <translation>La clave fijada debe tener la forma sha256//BASE64 (44 caracteres tras las barras); mientras no la tenga, se rechazan las llamadas de este perfil.</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read; calls of this profile over https will fail their certificate check until it can.</source>
            <translation>No se puede leer el archivo de CA %1; las llamadas https de este perfil no superarán la comprobación del certificado hasta que se pueda leer.</translation>
        </message>
        <message>
            <source>The cookie domain must be blank (all domains) or one domain such as .example.com, without wildcard, https:// or path.</source>
            <translation>El dominio de la cookie debe estar vacío (todos los dominios) o ser un dominio como .example.com, sin comodín, https:// ni ruta.</translation>
        </message>
        <message>
            <source>The cookie domain must be one domain without wildcard, https:// or path: use %1, which also covers its subdomains.</source>
            <translation>El dominio de la cookie debe ser un dominio sin comodín, https:// ni ruta: use %1, que también cubre sus subdominios.</translation>
        </message>
        <message>
            <source>Destination Builder asks for a leading dot: .%1. Audience Manager's REST API accepts %1 too, and browsers treat both the same (the domain and its subdomains).</source>
            <translation>Destination Builder pide un punto inicial: .%1. La API REST de Audience Manager también acepta %1, y los navegadores tratan ambos igual (el dominio y sus subdominios).</translation>
        </message>
        <message>
            <source>Segment %1 is not in the segment catalog.</source>
            <translation>El segmento %1 no está en el catálogo de segmentos.</translation>
        </message>
        <message>
            <source>The rule has an error at character %1: %2 Until the rule is fixed, the sandbox qualifies no user for this segment.</source>
            <translation>La regla tiene un error en el carácter %1: %2 Hasta que se corrija, ningún usuario cumple los requisitos de este segmento en el sandbox.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::VariableResolution</name>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Choose an environment that defines %1, or add one with Environments….</source>
            <translation>La variable {{%1}} no tiene valor: no se ha elegido ningún entorno. Elija un entorno que defina %1 o añada uno con «Entornos…».</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it with Environments…, or choose an environment that defines it.</source>
            <translation>La variable {{%1}} no está definida en el entorno «%2». Añádala con «Entornos…» o elija un entorno que la defina.</translation>
        </message>
        <message>
            <source>{{%1}} = “%2” (environment “%3”)</source>
            <translation>{{%1}} = «%2» (entorno «%3»)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from %2 (environment “%3”, never stored)</source>
            <translation>{{%1}} = valor secreto de %2 (entorno «%3», nunca se guarda)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value typed in this session (environment “%2”, never stored)</source>
            <translation>{{%1}} = valor secreto escrito en esta sesión (entorno «%2», nunca se guarda)</translation>
        </message>
        <message>
            <source>{{%1}} = secret value from the system keychain (environment “%2”)</source>
            <translation>{{%1}} = valor secreto del llavero del sistema (entorno «%2»)</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Type the value in Environments…, or set the system environment variable %3.</source>
            <translation>La variable secreta {{%1}} del entorno «%2» no tiene valor: el llavero del sistema no tiene ninguno y %3 no está definida. Escriba el valor en «Entornos…» o defina la variable de entorno del sistema %3.</translation>
        </message>
        <message>
            <source>The variable {{%1}} has no value: no environment is chosen. Add --env NAME with an environment of the workspace that defines %1.</source>
            <translation>La variable {{%1}} no tiene valor: no se ha elegido ningún entorno. Añada --env NOMBRE con un entorno del espacio de trabajo que defina %1.</translation>
        </message>
        <message>
            <source>The variable {{%1}} is not defined in the environment “%2”. Add it to that environment in the workspace file (its "environments" list), or choose another environment with --env NAME.</source>
            <translation>La variable {{%1}} no está definida en el entorno «%2». Añádala a ese entorno en el archivo del espacio de trabajo (su lista «environments») o elija otro entorno con --env NOMBRE.</translation>
        </message>
        <message>
            <source>The secret variable {{%1}} of the environment “%2” has no value: the system keychain has none and %3 is not set. Set the system environment variable %3 for this command.</source>
            <translation>La variable secreta {{%1}} del entorno «%2» no tiene valor: el llavero del sistema no tiene ninguno y %3 no está definida. Defina la variable de entorno del sistema %3 para este comando.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::ViewRegistry</name>
        <message>
            <source>%1 (not available in this build)</source>
            <translation>%1 (no disponible en esta compilación)</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceController</name>
        <message>
            <source>Unsaved Changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
            <translation>%1 tiene cambios sin guardar.

¿Guardarlos antes de continuar? Si los descarta, se perderán.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save Failed</source>
            <translation>Error al guardar</translation>
        </message>
        <message>
            <source>%1 was not saved. The file on disk is unchanged and your edits are still open here; try Save As to keep them elsewhere.

%2</source>
            <translation>%1 no se ha guardado. El archivo del disco no ha cambiado y sus cambios siguen aquí, sin guardar; pruebe «Guardar como» para conservarlos en otro lugar.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se ha guardado %1.</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Guardar espacio de trabajo como</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espacios de trabajo de DCS Desk (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>El espacio de trabajo no se ha guardado como %1. Sus cambios siguen aquí, sin guardar.

%2</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Abrir espacio de trabajo</translation>
        </message>
        <message>
            <source>%1 could not be opened. The workspace you had open is unchanged.

%2</source>
            <translation>No se ha podido abrir %1. El espacio de trabajo que tenía abierto no ha cambiado.

%2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Se ha abierto %1.</translation>
        </message>
        <message>
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 ya no existe; se quita de los archivos recientes.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Local sandbox</source>
            <translation>Sandbox local</translation>
        </message>
        <message>
            <source>New workspace. Use Save As to give it a file.</source>
            <translation>Espacio de trabajo nuevo. Use «Guardar como» para guardarlo en un archivo.</translation>
        </message>
        <message>
            <source>an untitled workspace</source>
            <translation>un espacio de trabajo sin título</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Recuperar cambios sin guardar</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk se cerró sin guardar los cambios de %1. Se conservó una copia de ellos del %2.

¿Restaurarlos ahora? Si los descarta, se pierden.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>The copy could not be restored; it is kept in %1.

%2</source>
            <translation>No se ha podido restaurar la copia; se conserva en %1.

%2</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program, and you have unsaved changes here.

Reload it to see the other version (your unsaved changes are lost), or keep yours (Save will then ask before writing over the other version).</source>
            <translation>Otro programa ha modificado %1 en el disco y aquí tiene cambios sin guardar.

Vuelva a cargarlo para ver la otra versión (sus cambios sin guardar se perderán) o conserve la suya (al guardar se le preguntará antes de sobrescribir la otra versión).</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program.

Reload it to see that version, or keep the one shown here (Save will then ask before writing over the other version).</source>
            <translation>Otro programa ha modificado %1 en el disco.

Vuelva a cargarlo para ver esa versión o conserve la que se muestra aquí (al guardar se le preguntará antes de sobrescribir la otra versión).</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Archivo modificado en el disco</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <source>&amp;Keep Mine</source>
            <translation>&amp;Conservar la mía</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <source>%1 could not be read, so the version shown here stays open. Nothing was saved.

%2</source>
            <translation>No se ha podido leer %1, así que la versión que se muestra aquí sigue abierta. No se ha guardado nada.

%2</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>Se ha recargado %1.</translation>
        </message>
        <message>
            <source>%1 was changed on disk by another program since it was opened here.

Save your version over it (the other version's changes are then only in the backup copy, if one could be written), reload the other version (your unsaved changes are lost), or cancel and use Save As to keep both.</source>
            <translation>Otro programa ha modificado %1 en el disco desde que se abrió aquí.

Guarde su versión encima (los cambios de la otra versión quedarán solo en la copia de seguridad, si se ha podido escribir), recargue la otra versión (sus cambios sin guardar se perderán) o cancele y use «Guardar como» para conservar ambas.</translation>
        </message>
        <message>
            <source>&amp;Overwrite</source>
            <translation>&amp;Sobrescribir</translation>
        </message>
        <message numerus="yes">
            <source>DCS Desk was closed without saving %n change(s) to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>
                <numerusform>DCS Desk se cerró sin guardar %n cambio de %1. Se conservó una copia del %2.

¿Restaurarlo ahora? Si lo descarta, se pierde.</numerusform>
                <numerusform>DCS Desk se cerró sin guardar %n cambios de %1. Se conservó una copia de ellos del %2.

¿Restaurarlos ahora? Si los descarta, se pierden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved Without Backup</source>
            <translation>Guardado sin copia de seguridad</translation>
        </message>
        <message numerus="yes">
            <source>%1 is also open in another DCS Desk window, which has %n unsaved change(s) to it (copied at %2).</source>
            <translation>
                <numerusform>%1 también está abierto en otra ventana de DCS Desk, que tiene %n cambio sin guardar en él (copiado el %2).</numerusform>
                <numerusform>%1 también está abierto en otra ventana de DCS Desk, que tiene %n cambios sin guardar en él (copiados el %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is also open in another DCS Desk window, which has unsaved changes to it (copied at %2).</source>
            <translation>%1 también está abierto en otra ventana de DCS Desk, que tiene cambios sin guardar en él (copiados el %2).</translation>
        </message>
        <message>
            <source>You can edit it here too: whichever window saves second is asked before it writes over the other's save. To keep one version, close the file in one of the windows.</source>
            <translation>También puede editarlo aquí: la ventana que guarde en segundo lugar le preguntará antes de sobrescribir lo que guardó la otra. Para conservar una sola versión, cierre el archivo en una de las ventanas.</translation>
        </message>
        <message>
            <source>The other program changed only segment mappings (%1), none of which you changed here: Merge adds its changes to yours as one step you can undo.</source>
            <translation>El otro programa solo ha cambiado asignaciones de segmentos (%1), y usted no ha cambiado ninguna de ellas aquí: «Fusionar» añade esos cambios a los suyos en un solo paso que puede deshacer.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message>
            <source>Merging is not possible: %1</source>
            <translation>No es posible fusionar: %1</translation>
        </message>
        <message>
            <source>Merged from disk: %1. Save to keep both versions' changes.</source>
            <translation>Fusionado desde el disco: %1. Guarde para conservar los cambios de ambas versiones.</translation>
        </message>
        <message>
            <source>The other version holds the same workspace as the one last read or saved here: only the file was written again. Keep Mine loses nothing of it.</source>
            <translation>La otra versión contiene el mismo espacio de trabajo que la última leída o guardada aquí: solo se ha vuelto a escribir el archivo. Con «Conservar la mía» no se pierde nada de ella.</translation>
        </message>
        <message>
            <source>Already Open in Another Window</source>
            <translation>Ya está abierto en otra ventana</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <comment>the recovered changes</comment>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>workspace</source>
            <comment>the default file name, before .json</comment>
            <translation>espacio-de-trabajo</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of DCS Desk (format %1). It is open read-only so nothing in it is lost; use Save As to keep a copy in this version's format.</source>
            <translation>Este espacio de trabajo lo escribió una versión más reciente de DCS Desk (formato %1). Se abre en solo lectura para que no se pierda nada; use «Guardar como» para conservar una copia en el formato de esta versión.</translation>
        </message>
        <message>
            <source>The workspace has no file yet. Use Save As.</source>
            <translation>El espacio de trabajo aún no tiene archivo. Use «Guardar como».</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Editar perfil</translation>
        </message>
        <message>
            <source>Edit segment %1</source>
            <translation>Editar segmento %1</translation>
        </message>
        <message>
            <source>Edit %1 of %2</source>
            <translation>Editar %1 de %2</translation>
        </message>
        <message>
            <source>Edit mapping of segment %1</source>
            <translation>Editar asignación del segmento %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n destination(s)</source>
            <translation>
                <numerusform>Eliminar %n destino</numerusform>
                <numerusform>Eliminar %n destinos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n segment(s)</source>
            <translation>
                <numerusform>Eliminar %n segmento</numerusform>
                <numerusform>Eliminar %n segmentos</numerusform>
            </translation>
        </message>
        <message>
            <source>The version this one started from is not known here (it was restored or converted).</source>
            <translation>Aquí no se conoce la versión de la que partió esta (se restauró o se convirtió).</translation>
        </message>
        <message>
            <source>Merge Mappings from Disk</source>
            <translation>Fusionar asignaciones desde el disco</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceFile</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 no existe.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a workspace file. Choose the .json file inside it.</source>
            <translation>%1 es una carpeta, no un archivo de espacio de trabajo. Elija el archivo .json que contiene.</translation>
        </message>
        <message>
            <source>%1 is %2 MB, more than the %3 MB a workspace may have.</source>
            <translation>%1 ocupa %2 MB, más de los %3 MB que puede tener un espacio de trabajo.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2.</source>
            <translation>No se ha podido abrir %1: %2.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>No se ha podido leer %1: %2.</translation>
        </message>
        <message>
            <source>%1, line %2, column %3: %4 The file was not changed.</source>
            <translation>%1, línea %2, columna %3: %4 El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>%1: %2 The file was not changed.</source>
            <translation>%1: %2 El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>%1 is a folder. Choose a file name.</source>
            <translation>%1 es una carpeta. Elija un nombre de archivo.</translation>
        </message>
        <message>
            <source>%1 exists and is not a workspace DCS Desk can read, so it was not overwritten. Save under another name.</source>
            <translation>%1 existe y no es un espacio de trabajo que DCS Desk pueda leer, así que no se ha sobrescrito. Guarde con otro nombre.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of DCS Desk (format %2) and was not overwritten. Save under another name.</source>
            <translation>%1 lo escribió una versión más reciente de DCS Desk (formato %2) y no se ha sobrescrito. Guarde con otro nombre.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. Your changes are still open; save them somewhere else.</source>
            <translation>No se ha podido escribir %1: %2. Sus cambios no se han perdido; guárdelos en otro lugar.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>No se ha podido escribir %1: %2. El archivo del disco no se ha modificado.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>No se ha podido guardar %1: %2. El archivo del disco no se ha modificado.</translation>
        </message>
        <message>
            <source>%1 was changed on disk after it was read (by another program or window), so it was not overwritten. Reload it to see those changes, or save under another name.</source>
            <translation>%1 se ha modificado en el disco después de leerlo (por otro programa o por otra ventana), así que no se ha sobrescrito. Recárguelo para ver esos cambios o guarde con otro nombre.</translation>
        </message>
        <message>
            <source>the disk is full (%1 free on %2)</source>
            <translation>el disco está lleno (%1 libres en %2)</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>el sistema no ha indicado el motivo</translation>
        </message>
        <message>
            <source>%1 was saved, but no backup of the previous version could be written (%2).</source>
            <translation>%1 se ha guardado, pero no se ha podido escribir ninguna copia de seguridad de la versión anterior (%2).</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceSerializer</name>
        <message>
            <source>The data could not be written.</source>
            <translation>No se han podido escribir los datos.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>Not valid JSON: %1.</source>
            <translation>JSON no válido: %1.</translation>
        </message>
        <message>
            <source>The file holds JSON, but not a DCS Desk workspace object.</source>
            <translation>El archivo contiene JSON, pero no un objeto de espacio de trabajo de DCS Desk.</translation>
        </message>
        <message>
            <source>Unsupported workspace version %1.</source>
            <translation>Versión de espacio de trabajo no admitida: %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>se esperaba texto</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>se esperaba true o false</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD</source>
            <translation>se esperaba una fecha con el formato AAAA-MM-DD</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>se esperaba una lista</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>se esperaba un objeto</translation>
        </message>
        <message>
            <source>unknown value "%1"</source>
            <translation>valor desconocido «%1»</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>se esperaba una fecha y hora (ISO 8601)</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2 was expected</source>
            <translation>se esperaba un número entero de %1 a %2</translation>
        </message>
        <message>
            <source>a whole number was expected, not a fraction</source>
            <translation>se esperaba un número entero, no una fracción</translation>
        </message>
        <message>
            <source>a number was expected, not text in quotes</source>
            <translation>se esperaba un número, no texto entre comillas</translation>
        </message>
        <message>
            <source>a whole number was expected</source>
            <translation>se esperaba un número entero</translation>
        </message>
        <message>
            <source>expected {"name": text, "value": text, "enabled": true or false}</source>
            <translation>se esperaba {"name": texto, "value": texto, "enabled": true o false}</translation>
        </message>
        <message>
            <source>The key “%1” appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>La clave «%1» aparece dos veces en el mismo objeto; uno de los dos valores se perdería. Elimine uno de ellos y vuelva a abrir el archivo.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the “format” key is missing or different).</source>
            <translation>No es un espacio de trabajo de DCS Desk (falta la clave «format» o es distinta).</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Destinations, segment mappings and DCS calls.</source>
            <translation>Destinos, asignaciones de segmentos y llamadas al DCS.</translation>
        </message>
        <message>
            <source>User interface language (en, es, de, fr).</source>
            <translation>Idioma de la interfaz (en, es, de, fr).</translation>
        </message>
        <message>
            <source>Workspace file to open.</source>
            <translation>Archivo de espacio de trabajo que se abrirá.</translation>
        </message>
        <message>
            <source>DCS Desk</source>
            <translation>DCS Desk</translation>
        </message>
        <message>
            <source>Write a PNG picture of every main view to the folder, then quit.</source>
            <translation>Guardar una imagen PNG de cada vista principal en la carpeta y salir.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Idioma desconocido «%1»; use uno de estos: %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>No se ha podido abrir %1; DCS Desk empieza con un espacio de trabajo vacío.

%2</translation>
        </message>
        <message>
            <source>Print the milliseconds from process start to the first painted main window and the resident memory then, as JSON, and quit.</source>
            <translation>Mostrar en JSON los milisegundos desde el inicio del proceso hasta la primera ventana principal dibujada y la memoria residente en ese momento, y salir.</translation>
        </message>
        <message>
            <source>DCS Desk needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; to write screenshots without a display, set QT_QPA_PLATFORM=offscreen.</source>
            <translation>DCS Desk necesita una pantalla y no se ha encontrado ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas). Inícielo desde una sesión de escritorio; para guardar capturas de pantalla sin disponer de una pantalla, defina QT_QPA_PLATFORM=offscreen.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>carpeta</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>DCS Desk is already running; its window is now in front.</source>
            <translation>DCS Desk ya se está ejecutando; su ventana está ahora en primer plano.</translation>
        </message>
        <message>
            <source>DCS Desk is already running; %1 opens in its window (it asks first about unsaved changes).</source>
            <translation>DCS Desk ya se está ejecutando; %1 se abre en su ventana (antes pregunta por los cambios sin guardar).</translation>
        </message>
        <message>
            <source>Another start of DCS Desk cannot hand its file to this window (%1); it opens its own window instead.</source>
            <translation>Otra instancia de DCS Desk no puede pasar su archivo a esta ventana (%1); abrirá su propia ventana.</translation>
        </message>
        <message>
            <source>scheme</source>
            <translation>esquema</translation>
        </message>
        <message>
            <source>With --screenshot: take the pictures at the window size a screen of this size gives, such as 1366x768 (without it, the window is 1280×800).</source>
            <translation>Con --screenshot: tomar las imágenes con el tamaño de ventana correspondiente a una pantalla de este tamaño, p. ej. 1366x768 (sin esta opción, la ventana mide 1280×800).</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT</source>
            <translation>ANCHOxALTO</translation>
        </message>
        <message>
            <source>--screen "%1" is not used: give it with --screenshot, as WIDTHxHEIGHT of at least 640x480, such as 1366x768.</source>
            <translation>No se usa --screen «%1»: indíquelo junto con --screenshot, como ANCHOxALTO de al menos 640x480, p. ej. 1366x768.</translation>
        </message>
        <message>
            <source>Color scheme: light, dark or system (as the desktop). For this start only; screenshots are light unless it is given.</source>
            <translation>Esquema de colores: light (claro), dark (oscuro) o system (como el escritorio). Solo para este inicio; las capturas de pantalla usan el esquema claro si no se indica.</translation>
        </message>
        <message>
            <source>Unknown color scheme "%1"; use one of: %2.</source>
            <translation>Esquema de colores desconocido «%1»; use uno de estos: %2.</translation>
        </message>
    </context>
</TS>
