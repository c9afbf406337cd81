#pragma once

#include "finding.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace dcsdesk {

class WorkspaceDocument;

// Keeps the findings of a document current without stalling the window: once edits settle
// (300 ms by default) the whole workspace is validated on a worker thread from an implicitly
// shared copy; a result older than the latest edit is dropped and a newer run follows, so
// findings() never describes a workspace the user no longer has. Dates are judged against the
// day of the run, so a result also goes stale at midnight. No widgets: the window shows it.
class ValidationScheduler : public QObject
{
    Q_OBJECT

public:
    explicit ValidationScheduler(WorkspaceDocument *document, QObject *parent = nullptr);

    const QVector<Finding> &findings() const { return m_findings; }
    // A first result exists for the workspace on screen (false after a new one is loaded).
    bool hasResult() const { return m_findingsGeneration > 0; }
    // findings() judged the workspace as it is now (no edit since, same day).
    bool isCurrent() const;
    bool isRunning() const { return m_watcher.isRunning(); }

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // After an edit: a run once edits settle.
    void schedule();
    // The findings' texts are translated when they are made: after a language change they
    // are stale although the workspace is not.
    void invalidate();
    // On the worker now, unless findings() are current (once more after a run in flight).
    void start();
    // On this thread, at once, for a user who asked to see the list.
    void validateNow();

Q_SIGNALS:
    // findings() were replaced by a newer result, or cleared for a new workspace.
    void findingsChanged();

private:
    void finished();
    void setFindings(const QVector<Finding> &findings, quint64 generation, const QDate &day);

    QPointer<WorkspaceDocument> m_document;
    QTimer m_timer;
    QFutureWatcher<QVector<Finding>> m_watcher;
    quint64 m_contentGeneration = 1; // bumped by every edit and invalidate()
    quint64 m_runningGeneration = 0; // what the worker is validating, while it runs
    QDate m_runningDay;
    quint64 m_findingsGeneration = 0; // what m_findings judged; 0 before the first result
    QDate m_findingsDay;
    bool m_pending = false; // asked for while a run was in flight
    QVector<Finding> m_findings;
};

} // namespace dcsdesk
