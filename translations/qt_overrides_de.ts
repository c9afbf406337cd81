<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hand-kept, not updated by lupdate: translations that replace Qt's own (qtbase_xx.qm) where Qt's are missing or use other words than DCS Desk. See docs/glossary.md. -->
<TS version="2.1" language="de">
    <context>
        <name>QMessageBox</name>
        <message>
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt ist ein C++-Toolkit für die plattformübergreifende Anwendungsentwicklung.&lt;/p&gt;&lt;p&gt;Qt bietet Portabilität aus einer einzigen Quelle für alle gängigen Desktop-Betriebssysteme. Es ist auch für Embedded Linux und andere eingebettete und mobile Betriebssysteme verfügbar.&lt;/p&gt;&lt;p&gt;Qt ist unter mehreren Lizenzmodellen erhältlich, die auf die Bedürfnisse der verschiedenen Nutzer zugeschnitten sind.&lt;/p&gt;&lt;p&gt;Qt unter der kommerziellen Lizenz von The Qt Company eignet sich für die Entwicklung proprietärer oder kommerzieller Software, deren Quelltext Sie nicht an Dritte weitergeben möchten oder bei der Sie die Bedingungen der GNU (L)GPL nicht einhalten können.&lt;/p&gt;&lt;p&gt;Qt unter der GNU (L)GPL eignet sich für die Entwicklung von Qt-Anwendungen, sofern Sie die Bedingungen der jeweiligen Lizenzen einhalten können.&lt;/p&gt;&lt;p&gt;Einen Überblick über die Lizenzierung von Qt finden Sie unter &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd und andere Mitwirkende.&lt;/p&gt;&lt;p&gt;Qt und das Qt-Logo sind Marken von The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt ist ein Produkt von The Qt Company Ltd, das als Open-Source-Projekt entwickelt wird. Weitere Informationen finden Sie unter &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Return</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter (Ziffernblock)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Pfeil nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Pfeil nach unten</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Pfeil nach links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Pfeil nach rechts</translation>
        </message>
    </context>
</TS>
