#pragma once

#include <QString>

namespace dcsdesk {

// Where DCS Desk keeps a user's files: QStandardPaths' AppDataLocation (on Linux
// ~/.local/share/DCS Desk/). The bundled sample workspace is copied there on first run so the
// resource is never written.
class AppPaths
{
public:
    static QString dataDir();
    static QString sampleWorkspacePath();
    // Copies the bundled sample to the data folder unless it is already there; returns its path,
    // or an empty string with a message when the folder cannot be written.
    static QString ensureSampleWorkspace(QString *error = nullptr);
    static QString bundledSamplePath() { return QStringLiteral(":/sample/sample-workspace.json"); }
};

} // namespace dcsdesk
