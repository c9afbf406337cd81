#include "checkreport.h"

#include "dcs/dcsresult.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace dcsdesk {

namespace {

constexpr int kCheckExcerptChars = 2000;

QString junitSeconds(double ms)
{
    return QString::number(qMax(0.0, ms) / 1000.0, 'f', 3);
}

} // namespace

void CheckRunReport::add(const QString &request, const QStringList &tags,
                         const QVector<Check> &checks, const QStringList &problems,
                         const DcsResult &result)
{
    Item item;
    item.request = request;
    item.tags = tags;
    item.checks = checks;
    item.problems = problems;
    item.answered = result.hasResponse;
    item.httpStatus = result.httpStatus;
    item.ms = result.timing.finished;
    item.excerpt = excerptOf(result);
    for (const Check &c : checks)
        item.outcomes.append(CheckEvaluator::evaluate(c, result));
    items.append(item);
}

int CheckRunReport::count(CheckOutcome::Status status) const
{
    int n = 0;
    for (const Item &item : items) {
        for (const CheckOutcome &o : item.outcomes)
            n += o.status == status ? 1 : 0;
    }
    return n;
}

bool CheckRunReport::allPassed() const
{
    return count(CheckOutcome::Status::Failed) == 0 && count(CheckOutcome::Status::Error) == 0;
}

QString CheckRunReport::summary() const
{
    return summaryOf(count(CheckOutcome::Status::Passed), count(CheckOutcome::Status::Failed),
                     count(CheckOutcome::Status::Error));
}

QString CheckRunReport::summaryOf(int passedCount, int failedCount, int notRun)
{
    // "checks" once, so "16 passed" beside "3 of 3" requests is not read as requests.
    const QString passed = tr("%n check(s) passed", nullptr, passedCount);
    const QString failed = tr("%n failed", nullptr, failedCount);
    if (notRun == 0)
        return tr("%1, %2", "check summary: passed, failed").arg(passed, failed);
    return tr("%1, %2, %3", "check summary: passed, failed, not run")
        .arg(passed, failed, tr("%n not run", nullptr, notRun));
}

QString CheckRunReport::excerptOf(const DcsResult &result)
{
    if (!result.hasResponse)
        return result.failureMessage();
    QString text = QStringLiteral("HTTP %1 %2\n")
                       .arg(result.httpStatus)
                       .arg(QString::fromLatin1(result.reasonPhrase));
    const QString body = QString::fromUtf8(result.body);
    text += body.left(kCheckExcerptChars);
    if (body.size() > kCheckExcerptChars)
        text += QLatin1Char('\n') +
                tr("(%n more characters)", nullptr, int(body.size() - kCheckExcerptChars));
    return text;
}

QByteArray CheckRunReport::toJUnit() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    double totalMs = 0;
    for (const Item &item : items)
        totalMs += qMax(0.0, item.ms);
    xml.writeAttribute(QStringLiteral("name"), workspaceName);
    int total = 0;
    for (const Item &item : items)
        total += int(item.outcomes.size());
    xml.writeAttribute(QStringLiteral("tests"), QString::number(total));
    xml.writeAttribute(QStringLiteral("failures"),
                       QString::number(count(CheckOutcome::Status::Failed)));
    xml.writeAttribute(QStringLiteral("errors"),
                       QString::number(count(CheckOutcome::Status::Error)));
    xml.writeAttribute(QStringLiteral("time"), junitSeconds(totalMs));
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        int failures = 0;
        int errors = 0;
        for (const CheckOutcome &o : item.outcomes) {
            failures += o.status == CheckOutcome::Status::Failed ? 1 : 0;
            errors += o.status == CheckOutcome::Status::Error ? 1 : 0;
        }
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(i));
        xml.writeAttribute(QStringLiteral("name"), item.request);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(item.outcomes.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("time"), junitSeconds(item.ms));
        const QString classname = workspaceName.isEmpty()
                                      ? item.request
                                      : workspaceName + QLatin1Char('.') + item.request;
        for (int c = 0; c < item.outcomes.size(); ++c) {
            const CheckOutcome &o = item.outcomes.at(c);
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("name"), item.checks.at(c).describe());
            xml.writeAttribute(QStringLiteral("classname"), classname);
            xml.writeAttribute(QStringLiteral("time"), junitSeconds(0));
            if (o.status != CheckOutcome::Status::Passed) {
                const bool failed = o.status == CheckOutcome::Status::Failed;
                xml.writeStartElement(failed ? QStringLiteral("failure") : QStringLiteral("error"));
                xml.writeAttribute(QStringLiteral("message"), o.message);
                xml.writeAttribute(QStringLiteral("type"), failed ? QStringLiteral("CheckFailed")
                                                                  : QStringLiteral("CheckNotRun"));
                xml.writeCharacters(o.message + QStringLiteral("\n\n") + item.excerpt);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!item.problems.isEmpty()) {
            xml.writeTextElement(QStringLiteral("system-err"),
                                 item.problems.join(QLatin1Char('\n')));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QJsonObject CheckRunReport::toJson() const
{
    QJsonArray requests;
    for (const Item &item : items) {
        QJsonArray checks;
        for (int c = 0; c < item.outcomes.size(); ++c) {
            const CheckOutcome &o = item.outcomes.at(c);
            checks.append(QJsonObject{{QStringLiteral("check"), item.checks.at(c).toJson()},
                                      {QStringLiteral("description"), item.checks.at(c).describe()},
                                      {QStringLiteral("status"), CheckOutcome::statusKey(o.status)},
                                      {QStringLiteral("message"), o.message}});
        }
        requests.append(
            QJsonObject{{QStringLiteral("name"), item.request},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
                        {QStringLiteral("answered"), item.answered},
                        {QStringLiteral("httpStatus"), item.httpStatus},
                        {QStringLiteral("ms"), item.ms < 0 ? QJsonValue() : QJsonValue(item.ms)},
                        {QStringLiteral("checks"), checks},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(item.problems)},
                        {QStringLiteral("excerpt"), item.excerpt}});
    }
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("passed"), count(CheckOutcome::Status::Passed)},
                       {QStringLiteral("failed"), count(CheckOutcome::Status::Failed)},
                       {QStringLiteral("notRun"), count(CheckOutcome::Status::Error)},
                       {QStringLiteral("summary"), summary()}};
}

} // namespace dcsdesk
