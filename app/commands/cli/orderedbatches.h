#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <vector>

namespace dcsdesk {

// Decoding a capture's calls takes longer than reading them: the texts are made on worker
// threads, a batch at a time, while the caller goes on reading, and are handed to print in the
// order the calls were added, so the output is the same as when made one after the other.
class OrderedBatches
{
public:
    using Job = std::function<QString()>; // must not touch what the caller goes on changing
    using Print = std::function<void(const QString &)>;

    explicit OrderedBatches(Print print, int batchSize = 64, int inFlight = 2);
    ~OrderedBatches(); // waits for the batches under way, without printing them

    void add(Job job); // may print the texts of earlier batches
    void finish();     // prints every text still to come

private:
    void launch();
    void printOldest();

    Print m_print;
    int m_batchSize;
    int m_inFlight;
    std::vector<Job> m_batch;
    QThreadPool m_pool; // its own threads, which keep their per-thread caches
    std::deque<QFuture<QStringList>> m_running;
};

} // namespace dcsdesk
