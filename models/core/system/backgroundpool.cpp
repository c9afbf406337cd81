#include "backgroundpool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace dcsdesk {

QThreadPool *BackgroundPool::instance()
{
    // A child of the application, like the global pool: its destructor waits for running jobs
    // before the application object they report to goes away.
    static QBasicMutex mutex;
    static QPointer<QThreadPool> pool;
    const QMutexLocker lock(&mutex);
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        pool->setObjectName(QStringLiteral("dcsdesk-background"));
    }
    return pool;
}

} // namespace dcsdesk
