#include "decodecommand.h"

#include "clitext.h"
#include "dcs/dcsresponsedecoder.h"
#include "system/inputfile.h"

#include <QFile>

namespace dcsdesk {

QString DecodeCommand::summary() const
{
    return tr("Decode a DCS answer from a file (or - for stdin): fields, errors and notes.");
}

void DecodeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("file"), tr("The answer body, or - for stdin."),
                                 tr("FILE|-"));
    parser.addOption(QCommandLineOption({QStringLiteral("H"), QStringLiteral("header")},
                                        tr("A response header “Name: value”, for example "
                                           "“X-Error: 101,102” (repeatable)."),
                                        tr("header")));
    parser.addOption(QCommandLineOption(QStringLiteral("status"),
                                        tr("HTTP status of the answer (default 200)."),
                                        tr("code")));
    parser.addOption(QCommandLineOption(QStringLiteral("callback"),
                                        tr("The request's d_cb value, to check a JSONP answer."),
                                        tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-rtbd"),
                                        tr("The request had no d_rtbd=json (no data expected).")));
}

int DecodeCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return io.fail(ExitBadInput, tr("decode takes one file name, or - for stdin."));
    QByteArray body;
    if (files.first() == QLatin1String("-")) {
        body = io.readStdin();
    } else {
        QString readError;
        if (!InputFile::read(files.first(), InputFile::DefaultCap, &body, &readError))
            return io.fail(ExitBadInput, readError);
    }
    HeaderList headers;
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return io.fail(ExitBadInput, tr("“%1” is not a header “Name: value”.").arg(line));
        headers.append(qMakePair(line.left(colon).trimmed().toLatin1(),
                                 line.mid(colon + 1).trimmed().toLatin1()));
    }
    int status = 200;
    if (parser.isSet(QStringLiteral("status"))) {
        bool ok = false;
        status = parser.value(QStringLiteral("status")).toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return io.fail(ExitBadInput,
                           tr("--status takes an HTTP status from 100 to 599, not “%1”.")
                               .arg(parser.value(QStringLiteral("status"))));
    }
    DcsResponseDecoder::Expectation expect;
    expect.json = !parser.isSet(QStringLiteral("no-rtbd"));
    expect.callback = parser.value(QStringLiteral("callback"));
    const DcsResponse response = DcsResponseDecoder::decode(status, headers, body, expect);
    const int code = response.hasProblems() ? ExitFindings : ExitOk;
    if (io.json) {
        QJsonObject o = response.toJson();
        o.insert(QStringLiteral("exitCode"), code);
        io.printJson(o);
        return code;
    }
    io.out << CliText::response(response);
    io.out.flush();
    return code;
}

} // namespace dcsdesk
