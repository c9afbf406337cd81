#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace dcsdesk {

// DCS Desk's compiled catalogues (dcsdesk_<lang>.qm) are files, not resources, so that an
// installed copy can be found and replaced like any other data file. They are looked for, first
// match wins, in <executable>/../share/dcsdesk/translations (an installed tree, and build/bin of
// a build tree, which mirrors that layout), then in the build tree's own folder, so that test
// executables outside bin/ and a build moved away from its binaries still find them.
QStringList catalogueDirectories();

// Loads <name>_<language>.qm (dcsdesk_de.qm, or qt_overrides_de.qm for the texts of Qt's own
// that DCS Desk words differently) from the first directory that has it into translator;
// returns the file it read, or "" when no directory has it.
QString loadCatalogue(QTranslator &translator, const QString &language,
                      const QString &name = QStringLiteral("dcsdesk"));

} // namespace dcsdesk
