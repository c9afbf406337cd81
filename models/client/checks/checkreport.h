#pragma once

#include "checkevaluator.h"

#include <QJsonObject>
#include <QVector>

namespace dcsdesk {

struct DcsResult;

// The results of running the checks of several saved requests, and the forms they leave in:
// a one-line summary for people ("12 passed, 1 failed"), JUnit XML for CI servers and JSON for
// scripts. Kept apart from the sending, so the CLI and a runner view in the app report alike.
struct CheckRunReport
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CheckRunReport)

public:
    struct Item
    {
        QString request; // the saved request's name
        QStringList tags;
        QVector<Check> checks;
        QVector<CheckOutcome> outcomes; // one per check
        QStringList problems;           // translated: checks kept but not run, and why
        bool answered = false;
        int httpStatus = 0;
        double ms = -1;  // answer time, -1 when unknown
        QString excerpt; // the answer's status line and start of its body, for failures
    };

    QString workspaceName;
    QVector<Item> items;

    void add(const QString &request, const QStringList &tags, const QVector<Check> &checks,
             const QStringList &problems, const DcsResult &result);
    int count(CheckOutcome::Status status) const;
    bool allPassed() const;
    QString summary() const; // translated: "12 checks passed, 1 failed"
    // The same line from counts, for a run the history kept (HistoryEntry).
    static QString summaryOf(int passed, int failed, int notRun);

    QByteArray toJUnit() const;
    QJsonObject toJson() const;

    static QString excerptOf(const DcsResult &result);
};

} // namespace dcsdesk
