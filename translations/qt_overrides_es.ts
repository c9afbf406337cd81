<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hand-kept, not updated by lupdate: translations that replace Qt's own (qtbase_xx.qm) where Qt's are missing or use other words than DCS Desk. See docs/glossary.md. -->
<TS version="2.1" language="es">
    <context>
        <name>QMessageBox</name>
        <message>
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt es un conjunto de herramientas de C++ para desarrollar aplicaciones multiplataforma.&lt;/p&gt;&lt;p&gt;Qt permite usar un único código fuente en todos los principales sistemas operativos de escritorio. También está disponible para Linux embebido y otros sistemas operativos embebidos y móviles.&lt;/p&gt;&lt;p&gt;Qt se ofrece con varias opciones de licencia pensadas para las necesidades de sus distintos usuarios.&lt;/p&gt;&lt;p&gt;Qt con la licencia comercial de The Qt Company es adecuado para desarrollar software propietario o comercial cuyo código fuente usted no quiere compartir con terceros, o cuando no puede cumplir los términos de la GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt con la GNU (L)GPL es adecuado para desarrollar aplicaciones Qt siempre que usted pueda cumplir los términos y condiciones de las licencias correspondientes.&lt;/p&gt;&lt;p&gt;Consulte &lt;a href="http://%2/"&gt;%2&lt;/a&gt; para ver un resumen de las licencias de Qt.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd y otros colaboradores.&lt;/p&gt;&lt;p&gt;Qt y el logotipo de Qt son marcas comerciales de The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt es un producto de The Qt Company Ltd desarrollado como proyecto de código abierto. Consulte &lt;a href="http://%3/"&gt;%3&lt;/a&gt; para obtener más información.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print To File ...</source>
            <translation>Imprimir a archivo...</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 es un directorio.
Elija un nombre de archivo diferente.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>No se puede escribir en el archivo %1.
Elija un nombre de archivo diferente.</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Archivo de salida:</translation>
        </message>
    </context>
    <context>
        <name>QFile</name>
        <message>
            <source>Destination file is the same file.</source>
            <translation>El archivo de destino es el mismo.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre de archivo:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Archivos de tipo:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Archivo no encontrado.
Verifique que el nombre del archivo es correcto.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Nombre de archivo no válido</translation>
        </message>
    </context>
    <context>
        <name>QFtp</name>
        <message>
            <source>Downloading file failed:
%1</source>
            <translation>Fallo de la descarga del archivo:
%1</translation>
        </message>
        <message>
            <source>Uploading file failed:
%1</source>
            <translation>El envío del archivo ha fallado:
%1</translation>
        </message>
        <message>
            <source>Removing file failed:
%1</source>
            <translation>Eliminación de archivo fallida:
%1</translation>
        </message>
    </context>
    <context>
        <name>QLibrary</name>
        <message>
            <source>The file '%1' is not a valid Qt plugin.</source>
            <translation>El archivo «%1» no es un complemento de Qt válido.</translation>
        </message>
    </context>
    <context>
        <name>QXml</name>
        <message>
            <source>unexpected end of file</source>
            <translation>fin de archivo inesperado</translation>
        </message>
    </context>
    <context>
        <name>QIODevice</name>
        <message>
            <source>No such file or directory</source>
            <translation>No hay ningún archivo o directorio con ese nombre</translation>
        </message>
        <message>
            <source>Too many open files</source>
            <translation>Demasiados archivos abiertos simultáneamente</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Mayús</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Retroceso</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro (teclado numérico)</translation>
        </message>
    </context>
</TS>
