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
