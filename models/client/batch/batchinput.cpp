#include "batchinput.h"

#include "batchexpectations.h"

#include "csv/csv.h"
#include "dcs/requesttext.h"
#include "system/colontext.h"
#include "system/inputfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

namespace dcsdesk {

namespace {

enum class ColumnKind {
    Ignored,
    UserId,
    OrgId,
    Region,
    Cid,
    CidIc,
    Platform,
    Sid,
    Tdpid,
    Signal,
    Expectation
};

struct Column
{
    ColumnKind kind = ColumnKind::Ignored;
    QString key;
    Profile::IdKind idKind = Profile::IdKind::Uuid;
    BatchExpectations::Column expectation = BatchExpectations::Column::Unknown;
};

bool isTemplateOnlyKey(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("d_rtbd"), QStringLiteral("d_jsonv"),
                                    QStringLiteral("d_dst"), QStringLiteral("d_cts"),
                                    QStringLiteral("d_cb")};
    return keys.contains(key);
}

} // namespace

QString BatchInput::versionText() const
{
    if (sha256.isEmpty())
        return QString();
    const QString digest = QString::fromLatin1(sha256.toHex().left(12));
    if (!modifiedAt.isValid())
        return tr("SHA-256 %1").arg(digest);
    return tr("saved %1, SHA-256 %2")
        .arg(QLocale().toString(modifiedAt, QLocale::ShortFormat), digest);
}

int BatchInput::expectationRows() const
{
    int n = 0;
    for (const BatchUser &user : users)
        n += user.expectations.isEmpty() ? 0 : 1;
    return n;
}

BatchInput BatchInput::fromCsvFile(const QString &path, const QVector<Destination> *destinations)
{
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::DefaultCap, &bytes, &error)) {
        BatchInput input;
        input.error = error;
        return input;
    }
    BatchInput input = fromCsv(bytes, destinations);
    input.modifiedAt = QFileInfo(path).lastModified();
    return input;
}

BatchInput BatchInput::fromCsv(const QByteArray &bytes, const QVector<Destination> *destinations)
{
    BatchInput input;
    input.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const CsvTable table = Csv::parse(bytes);
    if (!table.error.isEmpty()) {
        input.error =
            table.errorLine > 0
                ? tr("Line %1: %2").arg(table.errorLine).arg(ColonText::continued(table.error))
                : table.error;
        return input;
    }
    if (table.records.isEmpty()) {
        input.error = tr("The file is empty. A batch CSV starts with a header line such as "
                         "d_uuid,c_color.");
        return input;
    }

    const QStringList header = table.records.first();
    QVector<Column> columns(header.size());
    int userColumn = -1;
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const QString lower = name.toLower();
        Column &c = columns[i];
        c.key = name;
        if (name.isEmpty())
            continue;
        if (seen.contains(lower)) {
            input.error = tr("The column “%1” appears twice in the header. Keep one.").arg(name);
            return input;
        }
        seen.insert(lower);
        if (lower == QLatin1String("d_uuid") || lower == QLatin1String("d_mid")) {
            if (userColumn >= 0) {
                input.error = tr("The header has both d_uuid and d_mid. Keep one user ID column.");
                return input;
            }
            userColumn = i;
            c.kind = ColumnKind::UserId;
            c.idKind =
                lower == QLatin1String("d_mid") ? Profile::IdKind::Mid : Profile::IdKind::Uuid;
        } else if (lower == QLatin1String("d_orgid")) {
            c.kind = ColumnKind::OrgId;
        } else if (lower == QLatin1String("region") || lower == QLatin1String("dcs_region")) {
            c.kind = ColumnKind::Region;
        } else if (lower == QLatin1String("d_cid")) {
            c.kind = ColumnKind::Cid;
        } else if (lower == QLatin1String("d_cid_ic")) {
            c.kind = ColumnKind::CidIc;
        } else if (lower == QLatin1String("d_ptfm")) {
            c.kind = ColumnKind::Platform;
        } else if (lower == QLatin1String("d_sid")) {
            c.kind = ColumnKind::Sid;
        } else if (lower == QLatin1String("d_tdpid")) {
            c.kind = ColumnKind::Tdpid;
        } else if (BatchExpectations::isExpectationColumn(lower)) {
            c.kind = ColumnKind::Expectation;
            c.expectation = BatchExpectations::columnFor(lower);
            if (c.expectation == BatchExpectations::Column::Unknown) {
                input.error =
                    tr("The column “%1” is not an expectation DCS Desk knows. Use %2.")
                        .arg(name, BatchExpectations::columnNames().join(QStringLiteral(", ")));
                return input;
            }
        } else if (isTemplateOnlyKey(lower)) {
            input.notes.append(
                tr("Column “%1” is ignored: it is set once for all users in the request template.")
                    .arg(name));
        } else if (lower.startsWith(QLatin1String("c_")) || lower.startsWith(QLatin1String("p_")) ||
                   lower.startsWith(QLatin1String("d_")) || lower.startsWith(QLatin1String("h_"))) {
            c.kind = ColumnKind::Signal;
        } else {
            input.notes.append(tr("Column “%1” is ignored: signal columns start with c_, p_, d_ or "
                                  "h_.")
                                   .arg(name));
        }
    }
    if (userColumn < 0) {
        input.error = tr("The header has no d_uuid or d_mid column, so the rows name no user. "
                         "Add one (for example d_uuid,c_color).");
        return input;
    }

    for (int r = 1; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        const int line = table.lines.value(r, r + 1);
        ++input.rowCount;
        if (input.rowCount > MaxUsers) {
            input.error =
                tr("The file has more than %1 rows; split it into smaller batches.").arg(MaxUsers);
            input.users.clear();
            return input;
        }
        const auto problem = [&](const QString &message) {
            input.problems.append(BatchInputProblem{line, message});
        };
        if (record.size() > header.size()) {
            problem(tr("Fields in this row: %1, in the header: %2. Quote values that contain the "
                       "delimiter.")
                        .arg(record.size())
                        .arg(header.size()));
            continue;
        }
        BatchUser user;
        user.line = line;
        user.kind = columns.at(userColumn).idKind;
        user.userId = record.value(userColumn).trimmed();
        if (user.userId.isEmpty()) {
            problem(tr("No user ID in the %1 column.").arg(header.at(userColumn)));
            continue;
        }
        bool bad = false;
        for (int i = 0; i < columns.size() && !bad; ++i) {
            const Column &c = columns.at(i);
            const QString cell = record.value(i).trimmed();
            if (cell.isEmpty())
                continue;
            switch (c.kind) {
            case ColumnKind::Ignored:
            case ColumnKind::UserId:
                break;
            case ColumnKind::OrgId:
                user.orgId = cell;
                break;
            case ColumnKind::Region: {
                int id = 0;
                if (!RequestText::parseRegion(cell, &id) || id == Profile::SandboxRegion) {
                    problem(tr("Unknown region “%1”. Use a DCS region ID (3, 4, 6, 7, 8, 9, 11, "
                               "12) or a code such as usw2.")
                                .arg(cell));
                    bad = true;
                } else {
                    user.regionId = id;
                }
                break;
            }
            case ColumnKind::Cid:
            case ColumnKind::CidIc: {
                const DeclaredId::Kind kind = c.kind == ColumnKind::Cid
                                                  ? DeclaredId::Kind::DataSource
                                                  : DeclaredId::Kind::IntegrationCode;
                for (const QString &part : cell.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                    DeclaredId id;
                    if (!RequestText::parseDeclaredId(part.trimmed(), kind, &id)) {
                        problem(tr("“%1” in column %2 is not NAMESPACE:ID[:AUTH], for example "
                                   "123:abc or crm_code:abc:1; separate several with |.")
                                    .arg(part.trimmed(), c.key));
                        bad = true;
                        break;
                    }
                    user.declaredIds.append(id);
                }
                break;
            }
            case ColumnKind::Platform:
                user.platform = cell;
                break;
            case ColumnKind::Sid:
                user.sid = cell;
                break;
            case ColumnKind::Tdpid:
                user.tdpid = cell;
                break;
            case ColumnKind::Expectation: {
                QString why;
                if (!BatchExpectations::parseCell(c.expectation, c.key, cell, destinations,
                                                  &user.expectations, &why)) {
                    problem(why);
                    bad = true;
                }
                break;
            }
            case ColumnKind::Signal: {
                DcsSignal s;
                s.key = c.key;
                s.values = cell.split(QLatin1Char(','));
                user.signalList.append(s);
                break;
            }
            }
        }
        if (!bad)
            input.users.append(user);
    }
    if (input.rowCount == 0)
        input.error = tr("The file has a header but no rows of users.");
    return input;
}

BatchInput BatchInput::generate(int count, Profile::IdKind kind, quint32 seed)
{
    BatchInput input;
    if (count < 1 || count > MaxUsers) {
        input.error = tr("Generate between 1 and %1 users, not %2.").arg(MaxUsers).arg(count);
        return input;
    }
    QRandomGenerator random(seed);
    input.users.reserve(count);
    QSet<QString> ids;
    while (input.users.size() < count) {
        QString id;
        id.reserve(38);
        id.append(QChar(u'1' + random.bounded(9)));
        while (id.size() < 38)
            id.append(QChar(u'0' + random.bounded(10)));
        if (ids.contains(id))
            continue;
        ids.insert(id);
        BatchUser user;
        user.kind = kind;
        user.userId = id;
        input.users.append(user);
    }
    input.rowCount = count;
    return input;
}

} // namespace dcsdesk
