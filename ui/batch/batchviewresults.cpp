// The batch view's results beyond the table: what the selected row broke, and the export (all
// rows, or only the rows whose expectations failed). Split from batchview.cpp by responsibility.
#include "batchview.h"

#include "batch/batchexpectations.h"
#include "batch/batchexport.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "common/filefolders.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace dcsdesk {

bool BatchView::exportTo(const QString &path, QString *error, bool expectationFailuresOnly,
                         bool bom)
{
    if (!expectationFailuresOnly)
        return BatchExport::write(path, m_runner->results(), error, bom);
    QVector<BatchRowResult> rows;
    for (const BatchRowResult &r : m_runner->results()) {
        if (BatchExpectations::isFailure(r))
            rows.append(r);
    }
    return BatchExport::write(path, rows, error, bom);
}

void BatchView::exportResults()
{
    const QString csv = tr("CSV for spreadsheets, UTF-8 with BOM (*.csv)");
    const QString csvScripts = tr("CSV for scripts, UTF-8 without BOM (*.csv)");
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString csvFailures = tr("CSV, failed or unchecked expectations only (*.csv)");
    const QString jsonlFailures = tr("JSON Lines, failed or unchecked expectations only (*.jsonl)");
    QStringList filters{csv, csvScripts, jsonl};
    if (m_runner->stats().expectationsFailed + m_runner->stats().expectationsNotChecked > 0)
        filters << csvFailures << jsonlFailures;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export batch results"),
        FileFolders::suggest(FileFolders::Kind::BatchResults, QStringLiteral("batch-results.csv")),
        filters.join(QStringLiteral(";;")), &filter);
    FileFolders::remember(FileFolders::Kind::BatchResults, path);
    if (path.isEmpty())
        return;
    const bool failuresOnly = filter == csvFailures || filter == jsonlFailures;
    QString error;
    if (!exportTo(path, &error, failuresOnly, filter != csvScripts)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_message->setText(failuresOnly
                           ? tr("Saved the rows with failed or unchecked expectations in %1.")
                                 .arg(QDir::toNativeSeparators(path))
                           : tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void BatchView::updateExpectationColumn()
{
    const QVector<BatchRowResult> &rows = m_runner->results();
    const bool expects = std::any_of(rows.cbegin(), rows.cend(), [](const BatchRowResult &r) {
        return r.expectation != BatchRowResult::Expectation::None;
    });
    m_table->setColumnHidden(BatchResultModel::ExpectationColumn, !expects);
}

void BatchView::updateRowDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const int source = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    if (source < 0 || source >= m_runner->results().size()) {
        m_rowDetail->clear();
        m_rowDetail->hide();
        return;
    }
    const BatchRowResult &r = m_runner->results().at(source);
    QStringList lines;
    if (r.isFinal() && r.expectation != BatchRowResult::Expectation::None) {
        const QString head = tr("Expectations (%n):", nullptr, r.expectationCount);
        if (r.expectationFailures.isEmpty())
            lines << tr("%1 %2").arg(head, BatchRowResult::expectationName(r.expectation));
        else
            lines << tr("%1 %2").arg(head, BatchRowResult::expectationName(r.expectation))
                  << r.expectationFailures;
    }
    if (!r.message.isEmpty())
        lines << r.message;
    if (lines.isEmpty()) {
        m_rowDetail->clear();
        m_rowDetail->hide();
        return;
    }
    const int line = r.line > 0 ? r.line : r.row;
    lines.prepend(r.userId.isEmpty() ? tr("Line %1").arg(line)
                                     : tr("Line %1, user %2").arg(line).arg(r.userId));
    m_rowDetail->setText(lines.join(QLatin1Char('\n')));
    m_rowDetail->show();
}

} // namespace dcsdesk
