<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Broken</name>
    <message>
        <source>Unfinished one</source>
        <translation type="unfinished">Unfertig</translation>
    </message>
    <message>
        <source>Empty one</source>
        <translation></translation>
    </message>
    <message>
        <source>Dropped %1 of %2</source>
        <translation>Nur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>eine Zeile</numerusform>
            <numerusform>viele Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Fine %1</source>
        <translation>Gut %1</translation>
    </message>
</context>
</TS>
