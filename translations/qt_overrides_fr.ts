<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hand-kept, not updated by lupdate: translations that replace Qt's own (qtbase_xx.qm) where Qt's are missing or use other words than DCS Desk. See docs/glossary.md. -->
<TS version="2.1" language="fr">
    <context>
        <name>QMessageBox</name>
        <message>
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt est une boîte à outils C++ pour le développement d’applications multiplateformes.&lt;/p&gt;&lt;p&gt;Qt permet d’utiliser un code source unique sur tous les principaux systèmes d’exploitation de bureau. Il est aussi disponible pour Linux embarqué et d’autres systèmes d’exploitation embarqués et mobiles.&lt;/p&gt;&lt;p&gt;Qt est proposé sous plusieurs licences adaptées aux besoins de ses différents utilisateurs.&lt;/p&gt;&lt;p&gt;Qt sous la licence commerciale de The Qt Company convient au développement de logiciels propriétaires ou commerciaux dont vous ne souhaitez partager le code source avec aucun tiers, ou lorsque vous ne pouvez pas respecter les termes de la GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt sous GNU (L)GPL convient au développement d’applications Qt si vous pouvez respecter les termes et conditions des licences concernées.&lt;/p&gt;&lt;p&gt;Consultez &lt;a href="http://%2/"&gt;%2&lt;/a&gt; pour un aperçu des licences de Qt.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd et d’autres contributeurs.&lt;/p&gt;&lt;p&gt;Qt et le logo Qt sont des marques de The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt est un produit de The Qt Company Ltd développé comme projet open source. Consultez &lt;a href="http://%3/"&gt;%3&lt;/a&gt; pour plus d’informations.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Backspace</source>
            <translation>Retour arrière</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée (pavé numérique)</translation>
        </message>
    </context>
</TS>
