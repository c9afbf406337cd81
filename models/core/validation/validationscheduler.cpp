#include "validationscheduler.h"

#include "system/backgroundpool.h"
#include "validator.h"
#include "workspace/workspacedocument.h"

#include <QtConcurrent>

namespace dcsdesk {

ValidationScheduler::ValidationScheduler(WorkspaceDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &ValidationScheduler::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ValidationScheduler::finished);
    connect(document, &WorkspaceDocument::contentChanged, this, &ValidationScheduler::schedule);
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        // The findings judged another workspace; its own follow (contentChanged).
        m_findings.clear();
        m_findingsGeneration = 0;
        Q_EMIT findingsChanged();
    });
}

bool ValidationScheduler::isCurrent() const
{
    return m_findingsGeneration == m_contentGeneration && m_findingsDay == QDate::currentDate();
}

void ValidationScheduler::schedule()
{
    ++m_contentGeneration;
    m_timer.start();
}

void ValidationScheduler::invalidate()
{
    ++m_contentGeneration;
    start();
}

void ValidationScheduler::start()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (isCurrent() || !m_document)
        return;
    // Workspace holds only implicitly shared Qt containers: this copy costs a few reference
    // counts, and later edits on this thread detach from what the worker reads.
    const Workspace workspace = m_document->workspace();
    const QDate today = QDate::currentDate();
    m_runningGeneration = m_contentGeneration;
    m_runningDay = today;
    m_watcher.setFuture(
        QtConcurrent::run(BackgroundPool::instance(),
                          [workspace, today]() { return Validator::validate(workspace, today); }));
}

void ValidationScheduler::finished()
{
    const QFuture<QVector<Finding>> future = m_watcher.future();
    // A result for an older generation than the latest edit is dropped: a newer run is due.
    if (future.resultCount() > 0 && m_runningGeneration == m_contentGeneration &&
        m_runningGeneration != m_findingsGeneration)
        setFindings(future.result(), m_runningGeneration, m_runningDay);
    if (m_pending || (!isCurrent() && !m_timer.isActive()))
        start();
}

void ValidationScheduler::validateNow()
{
    if (!m_document)
        return;
    m_timer.stop();
    const QDate today = QDate::currentDate();
    setFindings(Validator::validate(m_document->workspace(), today), m_contentGeneration, today);
}

void ValidationScheduler::setFindings(const QVector<Finding> &findings, quint64 generation,
                                      const QDate &day)
{
    m_findings = findings;
    m_findingsGeneration = generation;
    m_findingsDay = day;
    Q_EMIT findingsChanged();
}

} // namespace dcsdesk
