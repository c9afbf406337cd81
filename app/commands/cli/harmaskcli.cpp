#include "harmaskcli.h"

#include "capture/harmasker.h"
#include "cliio.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace dcsdesk {

int HarMaskCli::run(CliIo &io, const QCommandLineParser &parser, const QString &file)
{
    if (!parser.isSet(QStringLiteral("mask")))
        return io.fail(ExitBadInput,
                       tr("--force goes with --mask FILE (replace FILE if it exists)."));
    for (const char *listing : {"decode", "call", "all"}) {
        if (parser.isSet(QLatin1String(listing)))
            return io.fail(ExitBadInput, tr("--mask writes a masked copy and lists no calls; "
                                            "leave out --%1, or run har again on the copy.")
                                             .arg(QLatin1String(listing)));
    }
    const QString out = parser.value(QStringLiteral("mask"));
    const bool force = parser.isSet(QStringLiteral("force"));
    const QStringList aliases = parser.values(QStringLiteral("alias"));
    const QFileInfo source(file);
    const QFileInfo target(out);
    if (out.isEmpty())
        return io.fail(ExitBadInput, tr("--mask takes the path of the masked copy to write."));
    if (target.exists() && (target.canonicalFilePath() == source.canonicalFilePath() ||
                            target.absoluteFilePath() == source.absoluteFilePath()))
        return io.fail(ExitBadInput, tr("%1 is the capture being masked; the masked copy must go "
                                        "to another file, so the original stays as it is.")
                                         .arg(out));
    if (target.exists() && !target.isFile())
        return io.fail(ExitBadInput, tr("%1 is not a regular file; give the path of a new file "
                                        "for the masked copy.")
                                         .arg(out));
    if (target.exists() && !force)
        return io.fail(ExitBadInput, tr("%1 already exists; nothing was written. Give another "
                                        "file name, or add --force to replace it.")
                                         .arg(out));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return io.fail(ExitBadInput, tr("%1 cannot be read: %2.").arg(file, input.errorString()));
    const HarMasker::Result masked = HarMasker::mask(input.readAll(), aliases);
    input.close();
    if (!masked.ok)
        return io.fail(ExitBadInput, masked.error);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(masked.masked) != masked.masked.size() ||
        !save.commit())
        return io.fail(
            ExitBadInput,
            tr("Cannot write %1: %2; nothing was written.").arg(out, save.errorString()));
    if (io.json) {
        QJsonObject o = masked.toJson();
        o.insert(QStringLiteral("file"), out);
        o.insert(QStringLiteral("bytes"), double(masked.masked.size()));
        o.insert(QStringLiteral("exitCode"), ExitOk);
        io.printJson(o);
        return ExitOk;
    }
    io.out << tr("Wrote the masked copy of %1 to %2 (%3 bytes).")
                  .arg(file, out)
                  .arg(masked.masked.size())
           << '\n'
           << masked.summary() << '\n';
    for (const QString &note : masked.notes)
        io.out << note << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace dcsdesk
