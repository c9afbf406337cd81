#include "orderedbatches.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dcsdesk {

OrderedBatches::OrderedBatches(Print print, int batchSize, int inFlight)
    : m_print(std::move(print)), m_batchSize(std::max(1, batchSize)),
      m_inFlight(std::max(1, inFlight))
{
    m_batch.reserve(size_t(m_batchSize));
    m_pool.setMaxThreadCount(m_inFlight);
}

OrderedBatches::~OrderedBatches()
{
    for (QFuture<QStringList> &f : m_running)
        f.waitForFinished();
}

void OrderedBatches::add(Job job)
{
    m_batch.push_back(std::move(job));
    if (int(m_batch.size()) >= m_batchSize)
        launch();
}

void OrderedBatches::finish()
{
    launch();
    while (!m_running.empty())
        printOldest();
}

void OrderedBatches::launch()
{
    if (m_batch.empty())
        return;
    while (int(m_running.size()) >= m_inFlight)
        printOldest();
    m_running.push_back(QtConcurrent::run(&m_pool, [jobs = std::move(m_batch)] {
        QStringList texts;
        texts.reserve(qsizetype(jobs.size()));
        for (const Job &job : jobs)
            texts.append(job());
        return texts;
    }));
    m_batch = {};
    m_batch.reserve(size_t(m_batchSize));
}

void OrderedBatches::printOldest()
{
    const QStringList texts = m_running.front().result();
    m_running.pop_front();
    for (const QString &text : texts)
        m_print(text);
}

} // namespace dcsdesk
