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
    // The copy's workspace and profile names are in the language of the moment: they are words
    // ("Sample account"), while destination and segment names stay as an account would have them.
    static QString ensureSampleWorkspace(QString *error = nullptr);
    static QString bundledSamplePath() { return QStringLiteral(":/sample/sample-workspace.json"); }
    // Writes the bundled sample, with its names in the current language, to `target`.
    static bool writeLocalizedSample(const QString &target, QString *error = nullptr);
};

} // namespace dcsdesk
