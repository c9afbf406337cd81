#include "batchexpectations.h"

#include "batchrowresult.h"
#include "batchstats.h"
#include "batchuser.h"
#include "checks/checkevaluator.h"
#include "dcs/dcsrequest.h"
#include "dcs/dcsresult.h"
#include "domain/destination.h"
#include "system/colontext.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

const QLatin1String kExpectPrefix("expect_");

// The part of a URL format that every call of the destination shares: no scheme (the answer
// may carry http or https), nothing from the first macro or query on.
QString expectationUrlStem(const QString &format)
{
    QString stem = format;
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (stem.startsWith(scheme, Qt::CaseInsensitive))
            stem = stem.mid(scheme.size());
    }
    qsizetype end = stem.size();
    for (const QChar c : {QLatin1Char('?'), QLatin1Char('%'), QLatin1Char('$')}) {
        const qsizetype at = stem.indexOf(c);
        if (at >= 0)
            end = qMin(end, at);
    }
    return stem.left(end);
}

const Destination *expectationDestination(const QVector<Destination> *destinations,
                                          const QString &name)
{
    if (!destinations)
        return nullptr;
    bool numeric = false;
    const qint64 id = name.toLongLong(&numeric);
    for (const Destination &d : *destinations) {
        if ((numeric && d.id == id) || d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QString destinationSyntaxHint()
{
    return BatchExpectations::tr("Write a cookie name (aam_gpt), a destination ID or name, or "
                                 "url; add =TEXT (contains), ==TEXT (equals) or ~REGEX for the "
                                 "value, ! in front for “does not fire”, and separate several "
                                 "with ; (for example aam_gpt=1001;url=ads.example.com).");
}

bool parseExpectedDestination(const QString &token, const QVector<Destination> *destinations,
                              Check *check, QString *error)
{
    QString text = token;
    check->fired = !text.startsWith(QLatin1Char('!'));
    if (!check->fired)
        text = text.mid(1).trimmed();
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const qsizetype tilde = text.indexOf(QLatin1Char('~'));
    qsizetype op = eq;
    if (tilde >= 0 && (eq < 0 || tilde < eq))
        op = tilde;
    QString name = op < 0 ? text : text.left(op).trimmed();
    check->match = Check::Match::Contains;
    if (op >= 0) {
        QString rest = text.mid(op + 1);
        if (op == tilde) {
            check->match = Check::Match::Regex;
        } else if (rest.startsWith(QLatin1Char('='))) {
            check->match = Check::Match::Equals;
            rest = rest.mid(1);
        }
        check->value = rest.trimmed();
        if (check->match == Check::Match::Regex && !QRegularExpression(check->value).isValid()) {
            *error = BatchExpectations::tr("“%1” is not a valid regular expression (%2).")
                         .arg(check->value, QRegularExpression(check->value).errorString());
            return false;
        }
    }
    if (name.isEmpty()) {
        *error = BatchExpectations::tr("“%1” names no destination. %2")
                     .arg(token, destinationSyntaxHint());
        return false;
    }
    if (name.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0) {
        check->kind = Check::Kind::UrlDestination;
        return true;
    }
    const Destination *d = expectationDestination(destinations, name);
    bool numeric = false;
    name.toLongLong(&numeric);
    if (!d && numeric) {
        *error =
            (destinations ? BatchExpectations::tr("The workspace has no destination %1.").arg(name)
                          : BatchExpectations::tr("“%1” looks like a destination ID, but no "
                                                  "workspace is open to look it up.")
                                .arg(name)) +
            QLatin1Char(' ') + destinationSyntaxHint();
        return false;
    }
    if (!d) { // a cookie name as the answer carries it (cn)
        check->kind = Check::Kind::CookieDestination;
        check->name = name;
        return true;
    }
    switch (d->type) {
    case Destination::Type::Cookie:
        check->kind = Check::Kind::CookieDestination;
        check->name = d->cookieName;
        return true;
    case Destination::Type::Url: {
        check->kind = Check::Kind::UrlDestination;
        if (op >= 0)
            return true;
        const QString stem =
            expectationUrlStem(d->urlFormat.isEmpty() ? d->secureUrlFormat : d->urlFormat);
        if (stem.isEmpty()) {
            *error = BatchExpectations::tr("Destination %1 (%2) has no URL format to look for; "
                                           "write url=TEXT with a part of the URL it fires.")
                         .arg(d->id)
                         .arg(d->name);
            return false;
        }
        check->value = stem;
        return true;
    }
    case Destination::Type::ServerToServer:
        break;
    }
    *error = BatchExpectations::tr("Destination %1 (%2) is server-to-server: it never appears "
                                   "in an answer, so it cannot be expected there.")
                 .arg(d->id)
                 .arg(d->name);
    return false;
}

} // namespace

bool BatchExpectations::isExpectationColumn(const QString &lowerName)
{
    return lowerName.startsWith(kExpectPrefix);
}

BatchExpectations::Column BatchExpectations::columnFor(const QString &lowerName)
{
    if (lowerName == QLatin1String("expect_segments"))
        return Column::Segments;
    if (lowerName == QLatin1String("expect_not_segments"))
        return Column::NotSegments;
    if (lowerName == QLatin1String("expect_destinations"))
        return Column::Destinations;
    return Column::Unknown;
}

QStringList BatchExpectations::columnNames()
{
    return {QStringLiteral("expect_segments"), QStringLiteral("expect_not_segments"),
            QStringLiteral("expect_destinations")};
}

bool BatchExpectations::parseCell(Column column, const QString &header, const QString &cell,
                                  const QVector<Destination> *destinations, QVector<Check> *checks,
                                  QString *error)
{
    const QStringList parts = cell.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (column == Column::Segments || column == Column::NotSegments) {
        Check check;
        check.kind = column == Column::Segments ? Check::Kind::SegmentsQualified
                                                : Check::Kind::SegmentsNotQualified;
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                *error = tr("“%1” in column %2 is not a segment ID. Write segment IDs separated "
                            "by ; (for example 1001;1002).")
                             .arg(part.trimmed(), header);
                return false;
            }
            check.ids.append(id);
        }
        if (!check.ids.isEmpty())
            checks->append(check);
        return true;
    }
    for (const QString &part : parts) {
        const QString token = part.trimmed();
        if (token.isEmpty())
            continue;
        Check check;
        QString why;
        if (!parseExpectedDestination(token, destinations, &check, &why)) {
            *error = tr("Column %1: %2").arg(header, ColonText::continued(why));
            return false;
        }
        checks->append(check);
    }
    return true;
}

QStringList BatchExpectations::templateNotes(const DcsRequest &request,
                                             const QVector<BatchUser> &users)
{
    bool segments = false;
    bool urls = false;
    for (const BatchUser &user : users) {
        for (const Check &c : user.expectations) {
            segments = segments || c.kind == Check::Kind::SegmentsQualified ||
                       c.kind == Check::Kind::SegmentsNotQualified;
            urls = urls || c.kind == Check::Kind::UrlDestination;
        }
    }
    QStringList notes;
    if (segments && request.cts != 2)
        notes << tr("The expected segments cannot be checked: the template does not ask for "
                    "segment IDs. Set Traits and segments to 2 (d_cts=2, --cts 2 on the command "
                    "line).");
    if (urls && !request.destinations)
        notes << tr("The expected URL destinations cannot be checked: the template does not ask "
                    "for them. Tick URL destinations (d_dst=1, --dst on the command line).");
    return notes;
}

void BatchExpectations::markUnchecked(const QVector<Check> &checks, const QString &reason,
                                      BatchRowResult *row)
{
    row->expectationFailures.clear();
    row->expectationCount = int(checks.size());
    if (checks.isEmpty()) {
        row->expectation = BatchRowResult::Expectation::None;
        return;
    }
    row->expectation = BatchRowResult::Expectation::NotChecked;
    row->expectationFailures << reason;
}

void BatchExpectations::evaluate(const QVector<Check> &checks, const DcsResult &result,
                                 BatchRowResult *row)
{
    if (checks.isEmpty() || !result.hasResponse || result.truncated) {
        const QString why = result.failureMessage();
        markUnchecked(checks,
                      why.isEmpty() ? tr("Not checked: the row got no answer.")
                                    : tr("Not checked: the row got no answer. %1").arg(why),
                      row);
        return;
    }
    const DcsRequest &sent = result.request.request;
    QStringList failures;
    QStringList notRun;
    for (const Check &check : checks) {
        const bool segments = check.kind == Check::Kind::SegmentsQualified ||
                              check.kind == Check::Kind::SegmentsNotQualified;
        if (segments && sent.cts != 2) {
            notRun << tr("Not checked: %1. The template does not ask for segment IDs (d_cts=2).")
                          .arg(check.describe());
            continue;
        }
        if (check.kind == Check::Kind::UrlDestination && !sent.destinations) {
            notRun << tr("Not checked: %1. The template does not ask for URL destinations "
                         "(d_dst=1).")
                          .arg(check.describe());
            continue;
        }
        const CheckOutcome outcome = CheckEvaluator::evaluate(check, result);
        if (outcome.status == CheckOutcome::Status::Failed)
            failures << outcome.message;
        else if (outcome.status == CheckOutcome::Status::Error)
            notRun << tr("Not checked: %1").arg(ColonText::continued(outcome.message));
    }
    row->expectationCount = int(checks.size());
    row->expectationFailures = failures + notRun;
    if (!failures.isEmpty())
        row->expectation = BatchRowResult::Expectation::Failed;
    else if (!notRun.isEmpty())
        row->expectation = BatchRowResult::Expectation::NotChecked;
    else
        row->expectation = BatchRowResult::Expectation::Passed;
}

bool BatchExpectations::isFailure(const BatchRowResult &row)
{
    return row.expectation == BatchRowResult::Expectation::Failed ||
           row.expectation == BatchRowResult::Expectation::NotChecked;
}

QString BatchExpectations::summaryLine(const BatchStats &stats)
{
    const int rows = stats.withExpectations();
    if (rows == 0)
        return QString();
    const QLocale locale;
    QString line = tr("%1 of %n row(s) failed their expectations", nullptr, rows)
                       .arg(locale.toString(stats.expectationsFailed));
    line = tr("%1; %2 passed, %3 not checked.")
               .arg(line, locale.toString(stats.expectationsPassed),
                    locale.toString(stats.expectationsNotChecked));
    return line;
}

QJsonArray BatchExpectations::failuresJson(const QVector<BatchRowResult> &rows, int max)
{
    QJsonArray out;
    for (const BatchRowResult &r : rows) {
        if (out.size() >= max)
            break;
        if (!isFailure(r))
            continue;
        out.append(QJsonObject{
            {QStringLiteral("row"), r.row},
            {QStringLiteral("line"), r.line},
            {QStringLiteral("user"), r.userId},
            {QStringLiteral("expectations"), BatchRowResult::expectationKey(r.expectation)},
            {QStringLiteral("failures"), QJsonArray::fromStringList(r.expectationFailures)}});
    }
    return out;
}

} // namespace dcsdesk
