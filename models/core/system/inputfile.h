#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace dcsdesk {

// Reading what a user points at (a workspace, a CSV, a REST export, a body to decode) so that a
// device, a pipe or an endless stream can neither block the program nor fill its memory: only
// regular files are opened, and nothing is read past a cap. Each refusal says what the path is
// and what to do.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::InputFile)

public:
    static constexpr qint64 DefaultCap = 512LL * 1024 * 1024;

    // A regular file of at most maxBytes; false with a translated reason otherwise.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);
    // The path names a regular file (not a folder, device, pipe or socket); else the reason.
    static bool isRegularFile(const QString &path, QString *error);
    // A stream (standard input) up to maxBytes; false when it holds more.
    static bool readStream(QIODevice *device, qint64 maxBytes, QByteArray *bytes, QString *error);
};

} // namespace dcsdesk
