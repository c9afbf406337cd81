<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <source>Set the &amp;alias to</source>
            <translation>Establecer el &amp;alias en</translation>
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
            <translation>Marcadores: {sid} ID de segmento, {code} código de integración, {name} nombre del segmento, {value} el valor actual, {second} el segundo valor actual.</translation>
        </message>
        <message>
            <source>Set the v&amp;alue of the key to</source>
            <translation>Establecer el v&amp;alor de la clave en</translation>
        </message>
        <message>
            <source>Set the &amp;priority to</source>
            <translation>Establecer la &amp;prioridad en</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Only the ticked fields change; the others keep each mapping's own value. This is one step on the undo stack.</source>
            <translation>Solo cambian los campos marcados; los demás conservan el valor propio de cada asignación. Es un solo paso en el historial de deshacer.</translation>
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
            <source>The file says it is UTF-8 but holds bytes that are not. Save it again as "CSV UTF-8".</source>
            <translation>El archivo indica que es UTF-8, pero contiene bytes que no lo son. Guárdelo de nuevo como «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not valid UTF-16. Save it again as "CSV UTF-8".</source>
            <translation>El archivo indica que es UTF-16, pero no es UTF-16 válido. Guárdelo de nuevo como «CSV UTF-8».</translation>
        </message>
        <message>
            <source>This is not a text file (it contains NUL bytes). Choose a CSV file.</source>
            <translation>No es un archivo de texto (contiene bytes NUL). Elija un archivo CSV.</translation>
        </message>
        <message>
            <source>A quoted field that starts on line %1 is never closed. Check that every " in that row is doubled ("") or closed.</source>
            <translation>Un campo entre comillas que empieza en la línea %1 no se cierra nunca. Compruebe que cada " de esa fila esté duplicado ("") o cerrado.</translation>
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
        <name>dcsdesk::ImportReport</name>
        <message>
            <source>Added</source>
            <translation>Añadida</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
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
                <numerusform>Omitir la %n fila con errores e importar el resto</numerusform>
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
            <translation>%1. Todavía no ha cambiado nada; «Importar» lo aplica en un solo paso que puede deshacer.</translation>
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
            <translation>No se pudo guardar el informe en %1: %2. Elija otra carpeta.</translation>
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
            <source>value %1 → %2</source>
            <translation>valor %1 → %2</translation>
        </message>
        <message>
            <source>second value %1 → %2</source>
            <translation>segundo valor %1 → %2</translation>
        </message>
        <message>
            <source>start %1 → %2</source>
            <translation>inicio %1 → %2</translation>
        </message>
        <message>
            <source>end %1 → %2</source>
            <translation>fin %1 → %2</translation>
        </message>
        <message>
            <source>priority %1 → %2</source>
            <translation>prioridad %1 → %2</translation>
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
            <source>The file is empty. Export mappings first to get a file with the right columns.</source>
            <translation>El archivo está vacío. Exporte primero asignaciones para obtener un archivo con las columnas correctas.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Latin-1. If names or values look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>El archivo no está en UTF-8; se ha leído como Latin-1. Si los nombres o los valores se ven mal, guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The first row must name the columns, and these are missing: %1. The expected columns are: %2 (delimiter comma or semicolon).</source>
            <translation>La primera fila debe nombrar las columnas, y faltan estas: %1. Las columnas esperadas son: %2 (delimitador coma o punto y coma).</translation>
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
            <source>The row has %1 fields but the header has %2. Check for a missing or extra %3.</source>
            <translation>La fila tiene %1 campos, pero el encabezado tiene %2. Compruebe si falta o sobra un %3.</translation>
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
            <source>Segment %1 is not in the segment catalogue. Add or import it there first.</source>
            <translation>El segmento %1 no está en el catálogo de segmentos. Añádalo o impórtelo allí primero.</translation>
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
            <translation>Solo los destinos de cookie tienen prioridad; déjela vacía para %1.</translation>
        </message>
        <message>
            <source>Only multi-key cookie destinations use a second value; leave it empty for %1.</source>
            <translation>Solo los destinos de cookie con varias claves usan un segundo valor; déjelo vacío para %1.</translation>
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
    </context>
    <context>
        <name>dcsdesk::MappingDelegate</name>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Cookie priority: 1 is sent first; None sends it last.</source>
            <translation>Prioridad de la cookie: 1 se envía primero; Ninguna la envía al final.</translation>
        </message>
    </context>
    <context>
        <name>dcsdesk::MappingEditor</name>
        <message>
            <source>&amp;Add Segments…</source>
            <translation>&amp;Añadir segmentos…</translation>
        </message>
        <message>
            <source>Map segments from the catalogue to this destination (Insert)</source>
            <translation>Asignar segmentos del catálogo a este destino (Insert)</translation>
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
            <translation>&amp;Eliminar</translation>
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
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
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
            <translation>Mostrar solo las asignaciones activas, caducadas, que aún no han empezado o marcadas</translation>
        </message>
        <message>
            <source>serialized URL</source>
            <translation>URL serializada</translation>
        </message>
        <message>
            <source>URL, one pixel per segment</source>
            <translation>URL, un píxel por segmento</translation>
        </message>
        <message>
            <source>Segment mappings of %1 (%2)</source>
            <translation>Asignaciones de segmentos de %1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2 active · %3 expired · %4 not started · %5 flagged</source>
            <translation>%1 · %2 activas · %3 caducadas · %4 sin empezar · %5 marcadas</translation>
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
            <translation>No se pudo escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
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
            <translation>No se pudo leer %1: %2.</translation>
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
            <translation>Con cualquier marca</translation>
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
        <name>dcsdesk::RecoveryStore</name>
        <message>
            <source>The recovery copy could not be written: %1</source>
            <translation>No se pudo escribir la copia de recuperación: %1</translation>
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
    </context>
    <context>
        <name>dcsdesk::SegmentBrowserDialog</name>
        <message>
            <source>&amp;Hide segments already mapped</source>
            <translation>&amp;Ocultar los segmentos ya asignados</translation>
        </message>
        <message>
            <source>Active segments &amp;only</source>
            <translation>Solo segmentos &amp;activos</translation>
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
            <source>Search by name, ID, integration code or rule</source>
            <translation>Buscar por nombre, ID, código de integración o regla</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>Check &amp;All Shown</source>
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
            <translation>Marcadores: {sid} ID de segmento, {code} código de integración, {name} nombre del segmento.</translation>
        </message>
        <message>
            <source>for example {sid} or {code}</source>
            <translation>por ejemplo {sid} o {code}</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
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
            <translation>&amp;Clave:</translation>
        </message>
        <message>
            <source>Value of the &amp;key:</source>
            <translation>Valor de la &amp;clave:</translation>
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
            <translation>El valor queda vacío; las asignaciones nuevas quedan marcadas hasta que lo rellene.</translation>
        </message>
        <message>
            <source>For %1 (%2): %3</source>
            <translation>Para %1 (%2): %3</translation>
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
        <name>dcsdesk::SegmentFilterProxyModel</name>
        <message>
            <source>All segments</source>
            <translation>Todos los segmentos</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
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
    </context>
    <context>
        <name>dcsdesk::SegmentImport</name>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
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
            <source>The file is not UTF-8; it was read as Latin-1. If names look wrong, save it as "CSV UTF-8" and import again.</source>
            <translation>El archivo no está en UTF-8; se ha leído como Latin-1. Si los nombres se ven mal, guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The first row must name the columns; at least Segment ID or Name is needed. The columns are: %1.</source>
            <translation>La primera fila debe nombrar las columnas; se necesita al menos Segment ID o Name. Las columnas son: %1.</translation>
        </message>
        <message>
            <source>These columns are not used and were ignored: %1.</source>
            <translation>Estas columnas no se usan y se han ignorado: %1.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2. Check the delimiter (the file uses %3).</source>
            <translation>La fila tiene %1 campos, pero el encabezado tiene %2. Compruebe el delimitador (el archivo usa %3).</translation>
        </message>
        <message>
            <source>The segment ID “%1” is not a positive number.</source>
            <translation>El ID de segmento «%1» no es un número positivo.</translation>
        </message>
        <message>
            <source>The status “%1” is neither active nor inactive.</source>
            <translation>El estado «%1» no es ni active ni inactive.</translation>
        </message>
        <message>
            <source>This is not valid JSON (line %1, column %2: %3). Export the segments again from Audience Manager.</source>
            <translation>No es un JSON válido (línea %1, columna %2: %3). Exporte de nuevo los segmentos desde Audience Manager.</translation>
        </message>
        <message>
            <source>The JSON holds no segments: expected an array of segment objects (with sid, name, integrationCode, status, segmentRule) or an object with a "list" array.</source>
            <translation>El JSON no contiene segmentos: se esperaba un array de objetos de segmento (con sid, name, integrationCode, status, segmentRule) o un objeto con un array "list".</translation>
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
    </context>
</TS>
