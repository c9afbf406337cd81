<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <translation>fecha de fin</translation>
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
            <source>Destination %1 in the file</source>
            <translation>Destino %1 del archivo</translation>
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
                <numerusform>Lo usa %n asignación importada; el archivo no da nombre, así que se llama como su ID.</numerusform>
                <numerusform>Lo usan %n asignaciones importadas; el archivo no da nombre, así que se llama como su ID.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the segment catalogue. %n imported mapping(s) use it and are flagged until you add it.</source>
            <translation>
                <numerusform>No está en el catálogo de segmentos. %n asignación importada lo usa y queda marcada hasta que lo añada.</numerusform>
                <numerusform>No está en el catálogo de segmentos. %n asignaciones importadas lo usan y quedan marcadas hasta que lo añada.</numerusform>
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
            <translation>%1 no tiene destinationType; tiene campos de cookie, así que se lee como destino de cookie.</translation>
        </message>
        <message>
            <source>%1 has no destinationType; it has URL fields, so it is read as a URL destination.</source>
            <translation>%1 no tiene destinationType; tiene campos de URL, así que se lee como destino de URL.</translation>
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
            <translation>%1 ocupa %2 MB, más de los %3 MB que puede ocupar razonablemente una exportación AAM REST. Elija el archivo JSON que devolvió la API REST.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2. Check that you may read it.</source>
            <translation>No se puede leer %1: %2. Compruebe que tiene permiso de lectura.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Fix the file or export it from the REST API again.</source>
            <translation>No es JSON válido (línea %1, columna %2: %3). Corrija el archivo o expórtelo de nuevo desde la API REST.</translation>
        </message>
        <message numerus="yes">
            <source>The key "%1" is repeated inside an object (%n time(s), first at line %2); the last value is used.</source>
            <translation>
                <numerusform>La clave «%1» se repite dentro de un objeto (%n vez, la primera en la línea %2); se usa el último valor.</numerusform>
                <numerusform>La clave «%1» se repite dentro de un objeto (%n veces, la primera en la línea %2); se usa el último valor.</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is page %1 of a paged list: it holds %2 of %3 destinations. Export the other pages to import them too.</source>
            <translation>Este archivo es la página %1 de una lista paginada: contiene %2 de %3 destinos. Exporte las demás páginas para importarlos también.</translation>
        </message>
        <message>
            <source>Destination %1 is not a JSON object; it is skipped.</source>
            <translation>El destino %1 no es un objeto JSON; se omite.</translation>
        </message>
        <message>
            <source>The file holds no destination or mapping objects. Choose a file returned by GET /v1/destinations/ or a destination object.</source>
            <translation>El archivo no contiene objetos de destino ni de asignación. Elija un archivo devuelto por GET /v1/destinations/ o un objeto de destino.</translation>
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
            <translation>No se pudo guardar %1: %2. No se escribió nada; compruebe el espacio libre y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>AppPaths</name>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>No se pudo crear la carpeta %1.</translation>
        </message>
        <message>
            <source>The sample workspace could not be copied to %1.</source>
            <translation>No se pudo copiar el espacio de trabajo de ejemplo a %1.</translation>
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
            <translation>Región desconocida %1</translation>
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
            <translation>Sin serializar, cada asignación dispara su propia URL. Active Serializar para enviar todos los segmentos en una sola llamada construida a partir de la URL base y la segura.</translation>
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
        <name>RecoveryPrompt</name>
        <message>
            <source>an untitled workspace</source>
            <translation>un espacio de trabajo sin título</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Recuperar cambios sin guardar</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>The copy could not be restored; it is kept in %1.

%2</source>
            <translation>No se pudo restaurar la copia; se conserva en %1.

%2</translation>
        </message>
        <message>
            <source>DCS Desk was closed without saving the changes to %1. A copy of them from %2 was kept.

Restore them now? If you discard them, they are gone.</source>
            <translation>DCS Desk se cerró sin guardar los cambios de %1. Se conservó una copia de ellos del %2.

¿Restaurarlos ahora? Si los descarta, se pierden.</translation>
        </message>
    </context>
    <context>
        <name>Screenshotter</name>
        <message>
            <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
            <translation>No se puede crear la carpeta %1. Elija una carpeta en la que pueda escribir.</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>No se pudo escribir %1.</translation>
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
            <translation>Todos nuestros dominios</translation>
        </message>
        <message>
            <source>Only the selected domains</source>
            <translation>Solo los dominios seleccionados</translation>
        </message>
        <message>
            <source>All of our domains except the selected domains</source>
            <translation>Todos nuestros dominios excepto los seleccionados</translation>
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
            <translation>Rellenar la asignación automáticamente</translation>
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
            <translation>Seleccione un destino en la lista o cree uno con Nuevo.</translation>
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
            <source>Configuration: cookie</source>
            <translation>Configuración: cookie</translation>
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
            <translation>Autorrellenar asignación:</translation>
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
            <translation>Enviar todos los segmentos calificados en una llamada</translation>
        </message>
        <message>
            <source>Put all values of a key in one pair</source>
            <translation>Todos los valores de una clave en un par</translation>
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
            <source>HTTP address; %ALIAS% is replaced by the mapped segment values. Macros such as %rnd%, %did% and %timestamp% are expanded.</source>
            <translation>Dirección HTTP; %ALIAS% se sustituye por los valores de los segmentos asignados. Se expanden macros como %rnd%, %did% y %timestamp%.</translation>
        </message>
        <message>
            <source>HTTPS address used on secure pages; it needs %ALIAS% too.</source>
            <translation>Dirección HTTPS usada en páginas seguras; también necesita %ALIAS%.</translation>
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
            <translation>Los destinos de servidor a servidor los configura Adobe o una plataforma integrada. Audience Manager no puede crearlos y solo le deja editar sus asignaciones de segmentos; allí su nombre no se puede cambiar. Aquí reflejan los destinos de su cuenta.</translation>
        </message>
        <message>
            <source>Integrated platforms</source>
            <translation>Plataformas integradas</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
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
                <numerusform>%n sin empezar</numerusform>
                <numerusform>%n sin empezar</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) mapped</source>
            <translation>
                <numerusform>%n segmento asignado</numerusform>
                <numerusform>%n segmentos asignados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::DestinationFiring</name>
        <message>
            <source>No declared ID for data source %1: %%2% is empty.</source>
            <translation>No hay ningún ID declarado para la fuente de datos %1: %%2% queda vacío.</translation>
        </message>
        <message>
            <source>%1 is not a known macro and is sent as is.</source>
            <translation>%1 no es una macro conocida y se envía tal cual.</translation>
        </message>
        <message>
            <source>The URL has %1 characters, more than the %2 a GET request may carry; partners may cut it.</source>
            <translation>La URL tiene %1 caracteres, más de los %2 que admite una solicitud GET; los socios pueden cortarla.</translation>
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
        <message numerus="yes">
            <source>%n expired mapping(s)</source>
            <translation>
                <numerusform>%n asignación caducada</numerusform>
                <numerusform>%n asignaciones caducadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n invalid setting(s)</source>
            <translation>
                <numerusform>%n ajuste no válido</numerusform>
                <numerusform>%n ajustes no válidos</numerusform>
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
            <source>Active mappings / all mappings</source>
            <translation>Asignaciones activas / todas las asignaciones</translation>
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
    </context>
    <context>
        <name>dcsdesk::DestinationsView</name>
        <message>
            <source>Search name, ID, URL or cookie name (Ctrl+F)</source>
            <translation>Buscar nombre, ID, URL o nombre de cookie (Ctrl+F)</translation>
        </message>
        <message>
            <source>Every word must appear. Down arrow moves to the list; Escape clears.</source>
            <translation>Deben aparecer todas las palabras. Flecha abajo pasa a la lista; Escape borra.</translation>
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
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Duplicate the selected destinations with their mappings (%1)</source>
            <translation>Duplicar los destinos seleccionados con sus asignaciones (%1)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
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
            <source>New server-to-server destination</source>
            <translation>Nuevo destino de servidor a servidor</translation>
        </message>
        <message>
            <source>Audience Manager cannot create server-to-server destinations: Adobe or an integrated platform sets them up, and you can only edit their mappings.

Add one here only to mirror a destination that exists in your account, so you can edit its mappings and try it in the sandbox.</source>
            <translation>Audience Manager no puede crear destinos de servidor a servidor: los configura Adobe o una plataforma integrada, y usted solo puede editar sus asignaciones.

Añada uno aquí solo para reflejar un destino que exista en su cuenta, para editar sus asignaciones y probarlo en el sandbox.</translation>
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
            <source>%n server-to-server destination(s) not duplicated: Audience Manager cannot create them.</source>
            <translation>
                <numerusform>%n destino de servidor a servidor no duplicado: Audience Manager no puede crearlos.</numerusform>
                <numerusform>%n destinos de servidor a servidor no duplicados: Audience Manager no puede crearlos.</numerusform>
            </translation>
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
            <translation>Duplicado: %1 con %2.</translation>
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
                <numerusform>Se eliminó %n destino.</numerusform>
                <numerusform>Se eliminaron %n destinos.</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" still has %2. Audience Manager deletes a destination only after its mappings are removed.

Delete the destination and its mappings?</source>
            <translation>«%1» todavía tiene %2. Audience Manager solo elimina un destino después de quitar sus asignaciones.

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
            <translation>%1 de los %2 destinos seleccionados todavía tienen asignaciones (%3 en total). Audience Manager solo elimina un destino después de quitar sus asignaciones.</translation>
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
            <translation>Eliminados: %1 y %2.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n destination(s) without mappings.</source>
            <translation>
                <numerusform>Se eliminó %n destino sin asignaciones.</numerusform>
                <numerusform>Se eliminaron %n destinos sin asignaciones.</numerusform>
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
            <translation>%1 Omitido: %2</translation>
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
            <translation>Fecha de fin</translation>
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
            <translation>Resultados de la validación</translation>
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
            <translation>No se encontraron problemas en este espacio de trabajo.</translation>
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
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Destination %1 (%2)</source>
            <translation>Destino %1 (%2)</translation>
        </message>
        <message>
            <source>Mapping %1: segment %2 → destination %3</source>
            <translation>Asignación %1: segmento %2 → destino %3</translation>
        </message>
        <message>
            <source>Mapping %1</source>
            <translation>Asignación %1</translation>
        </message>
        <message>
            <source>Segment %1 (%2)</source>
            <translation>Segmento %1 (%2)</translation>
        </message>
        <message>
            <source>Profile %1</source>
            <translation>Perfil %1</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
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
            <translation>Abre la consola de peticiones con una llamada al sandbox para un usuario que califica para los segmentos de ejemplo.</translation>
        </message>
        <message>
            <source>The request console is not part of this build, so the call cannot be tried from here.</source>
            <translation>La consola de peticiones no forma parte de esta compilación, así que la llamada no se puede probar desde aquí.</translation>
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
            <translation>Los segmentos para los que califica el usuario de ejemplo. Por defecto, los segmentos asignados a este destino.</translation>
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
            <translation>Ninguno. Escriba ID de segmento arriba.</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>asignado</translation>
        </message>
        <message>
            <source>not mapped yet: auto-fill value</source>
            <translation>aún sin asignar: valor autorrellenado</translation>
        </message>
        <message>
            <source>mapping expired: not sent</source>
            <translation>asignación caducada: no se envía</translation>
        </message>
        <message>
            <source>mapping not started: not sent</source>
            <translation>asignación sin empezar: no se envía</translation>
        </message>
        <message>
            <source>not mapped: needs a mapping to send anything</source>
            <translation>sin asignar: necesita una asignación para enviar algo</translation>
        </message>
        <message>
            <source>(not in the catalogue)</source>
            <translation>(no está en el catálogo)</translation>
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
            <translation>Enviado de servidor a servidor</translation>
        </message>
        <message>
            <source>Fires now (serialized)</source>
            <translation>Dispara ahora (serializado)</translation>
        </message>
        <message>
            <source>Fires now (not serialized)</source>
            <translation>Dispara ahora (sin serializar)</translation>
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
            <source>Open Workspace</source>
            <translation>Abrir espacio de trabajo</translation>
        </message>
        <message>
            <source>DCS Desk workspaces (*.json);;All files (*)</source>
            <translation>Espacios de trabajo de DCS Desk (*.json);;Todos los archivos (*)</translation>
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
            <translation>&amp;Borrar archivos recientes</translation>
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
            <source>%1 (not available in this build)</source>
            <translation>%1 (no disponible en esta compilación)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
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
            <source>Unsaved Changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.

Save them before you go on? If you discard them, they are lost.</source>
            <translation>%1 tiene cambios sin guardar.

¿Guardarlos antes de continuar? Si los descarta, se pierden.</translation>
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
            <translation>%1 no se guardó. El archivo del disco no ha cambiado y sus ediciones siguen abiertas aquí; pruebe Guardar como para conservarlas en otro lugar.

%2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
        <message>
            <source>workspace</source>
            <translation>espacio-de-trabajo</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Guardar espacio de trabajo como</translation>
        </message>
        <message>
            <source>The workspace was not saved as %1. Your edits are still open here.

%2</source>
            <translation>El espacio de trabajo no se guardó como %1. Sus ediciones siguen abiertas aquí.

%2</translation>
        </message>
        <message>
            <source>%1 could not be opened. The workspace you had open is unchanged.

%2</source>
            <translation>No se pudo abrir %1. El espacio de trabajo que tenía abierto no ha cambiado.

%2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Se abrió %1.</translation>
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
            <translation>Espacio de trabajo nuevo. Use Guardar como para darle un archivo.</translation>
        </message>
        <message>
            <source>%1 no longer exists; it is removed from the recent files.</source>
            <translation>%1 ya no existe; se quita de los archivos recientes.</translation>
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
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
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
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>No se pudo escribir la copia de recuperación: %1</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::RestExportDialog</name>
        <message>
            <source>Export to AAM REST JSON</source>
            <translation>Exportar a JSON de AAM REST</translation>
        </message>
        <message>
            <source>Writes destinations as the Audience Manager REST API returns them (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</source>
            <translation>Escribe los destinos tal como los devuelve la API REST de Audience Manager (GET /v1/destinations/&lt;id&gt;?includeMappings=true).</translation>
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
            <translation>Incluir los campos propios de DCS Desk (plataforma, autorrelleno, etiquetas de exportación)</translation>
        </message>
        <message>
            <source>They go in an "x-dcsdesk" object that the REST API does not know. Without it, server-to-server destinations are left out: the REST API has no type for them.</source>
            <translation>Van en un objeto «x-dcsdesk» que la API REST no conoce. Sin él, los destinos de servidor a servidor quedan fuera: la API REST no tiene tipo para ellos.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
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
            <translation>Clase</translation>
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
            <source>Add segments the mappings refer to but the catalogue lacks (from elementName and elementDescription)</source>
            <translation>Añadir los segmentos a los que remiten las asignaciones y que faltan en el catálogo (a partir de elementName y elementDescription)</translation>
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
            <source>Nothing changes until you press Import. The import is one step on the undo stack.</source>
            <translation>No cambia nada hasta que pulse Importar. La importación es un solo paso en la pila de deshacer.</translation>
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
    </context>
    <context>
        <name>dcsdesk::UnavailableView</name>
        <message>
            <source>The %1 view is not available in this build of DCS Desk.</source>
            <translation>La vista %1 no está disponible en esta compilación de DCS Desk.</translation>
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
            <source>The cookie domain must be blank (all domains) or one domain starting with a dot, such as .example.com, without wildcard or https://.</source>
            <translation>El dominio de la cookie debe estar vacío (todos los dominios) o ser un único dominio que empiece por un punto, como .example.com, sin comodines ni https://.</translation>
        </message>
        <message>
            <source>Cookie destinations work in browsers only; set the platform to Browser.</source>
            <translation>Los destinos de cookie solo funcionan en navegadores; establezca la plataforma en Navegador.</translation>
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
            <translation>Un perfil necesita el alias de dominio que va en el encabezado Host.</translation>
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
            <source>Segment %1 is not in the segment catalogue.</source>
            <translation>El segmento %1 no está en el catálogo de segmentos.</translation>
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
            <translation>Caducada: la fecha de finalización ya pasó, así que no se envía nada para este segmento.</translation>
        </message>
        <message>
            <source>Not started yet: nothing is sent before the start date.</source>
            <translation>Aún no ha empezado: no se envía nada antes de la fecha de inicio.</translation>
        </message>
        <message>
            <source>The mapping needs the URL to fire for this segment.</source>
            <translation>La asignación necesita la URL que se activa para este segmento.</translation>
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
            <translation>La prioridad debe ser 1 o más (en blanco si no hay).</translation>
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
    </context>
    <context>
        <name>dcsdesk::WorkspaceDocument</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of DCS Desk (format %1). It is open read-only so nothing in it is lost; use Save As to keep a copy in this version's format.</source>
            <translation>Este espacio de trabajo lo escribió una versión más reciente de DCS Desk (formato %1). Se abre en solo lectura para que no se pierda nada; use Guardar como para conservar una copia en el formato de esta versión.</translation>
        </message>
        <message>
            <source>The workspace has no file yet. Use Save As.</source>
            <translation>El espacio de trabajo aún no tiene archivo. Use Guardar como.</translation>
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
            <translation>No se pudo abrir %1: %2.</translation>
        </message>
        <message>
            <source>%1 could not be read: %2.</source>
            <translation>No se pudo leer %1: %2.</translation>
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
            <translation>No se pudo escribir %1: %2. Sus cambios siguen abiertos; guárdelos en otro lugar.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2. The file on disk was not changed.</source>
            <translation>No se pudo escribir %1: %2. El archivo del disco no se ha modificado.</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2. The file on disk was not changed.</source>
            <translation>No se pudo guardar %1: %2. El archivo del disco no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::WorkspaceSerializer</name>
        <message>
            <source>The data could not be written.</source>
            <translation>No se pudieron escribir los datos.</translation>
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
            <source>The key "%1" appears twice in the same object; one of the two values would be lost. Remove one of them and open the file again.</source>
            <translation>La clave "%1" aparece dos veces en el mismo objeto; uno de los dos valores se perdería. Elimine uno de ellos y vuelva a abrir el archivo.</translation>
        </message>
        <message>
            <source>This is not a DCS Desk workspace (the "format" key is missing or different).</source>
            <translation>No es un espacio de trabajo de DCS Desk (falta la clave "format" o es distinta).</translation>
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
            <source>expected a whole number</source>
            <translation>se esperaba un número entero</translation>
        </message>
        <message>
            <source>expected a whole number within range</source>
            <translation>se esperaba un número entero dentro del rango</translation>
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
            <translation>valor desconocido "%1"</translation>
        </message>
        <message>
            <source>expected a date and time (ISO 8601)</source>
            <translation>se esperaba una fecha y hora (ISO 8601)</translation>
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
            <translation>Escribe una imagen PNG de cada vista principal en la carpeta y sale.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of: %2.</source>
            <translation>Idioma desconocido «%1»; use uno de: %2.</translation>
        </message>
        <message>
            <source>%1 could not be opened; DCS Desk starts with an empty workspace.

%2</source>
            <translation>No se pudo abrir %1; DCS Desk empieza con un espacio de trabajo vacío.

%2</translation>
        </message>
    </context>
</TS>
