#include "importreportdialog.h"

#include "common/dialogroom.h"
#include "common/filefolders.h"
#include "common/icons.h"
#include "common/semanticcolors.h"
#include "itemmodels/importreportmodel.h"
#include "itemmodels/modelroles.h"
#include "system/colontext.h"
#include "validation/finding.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dcsdesk {

namespace {

// Paints error rows in the error colour so a long report can be scanned by eye.
class ReportProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == 1 &&
            index.data(SeverityRole).toInt() == int(Finding::Severity::Error))
            return SemanticColors::color(SemanticColors::ErrorText);
        if (role == Qt::DecorationRole && index.column() == 1 &&
            index.data(SeverityRole).toInt() == int(Finding::Severity::Error))
            return Icons::severity(int(Finding::Severity::Error));
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ImportReportDialog::ImportReportDialog(const QString &title, const ImportReport &report,
                                       const ChangeSet &changes, QWidget *parent)
    : QDialog(parent), m_report(report), m_changes(changes), m_model(new ImportReportModel(this)),
      m_proxy(new ReportProxy(this)), m_summary(new QLabel(this)), m_notes(new QLabel(this)),
      m_view(new QTableView(this)),
      m_errorsOnly(new QCheckBox(tr("Show only rows with &errors"), this)),
      m_skipErrors(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(title);
    m_model->setReport(report);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SeverityRole);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Import result per row"));
    // Wide enough for the reasons beside eight columns of data: 1120 pixels fit a 1280-pixel
    // screen, and a wider screen (or window, for offscreen pictures) gives the reasons more, up
    // to 1240 (at 1120 the Spanish date titles pushed the reasons past the edge).
    resize(std::clamp(DialogRoom::width(this, parent) * 92 / 100, 1120, 1240), 560);
    if (report.rows.size() <= 2000) {
        // The reasons are sentences: wrap them and give their rows the height they need.
        m_view->setWordWrap(true);
        m_view->resizeColumnsToContents();
        for (int c = 2; c < m_model->detailsColumn(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 160));
    } else {
        m_view->setWordWrap(false);
    }

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setText(report.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!report.notes.isEmpty());

    m_skipErrors->setText(
        tr("Skip the %n row(s) with errors and import the rest", nullptr, report.errors));
    m_skipErrors->setVisible(report.errors > 0 && report.fileError.isEmpty() && !changes.isEmpty());
    m_errorsOnly->setVisible(report.errors > 0);
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QString::number(int(Finding::Severity::Error))
                                         : QString());
        if (m_view->wordWrap())
            m_view->resizeRowsToContents();
    });
    connect(m_skipErrors, &QCheckBox::toggled, this, &ImportReportDialog::updateState);

    auto *save = m_buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    save->setEnabled(!report.rows.isEmpty());
    connect(save, &QPushButton::clicked, this, &ImportReportDialog::saveReport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_errorsOnly);
    options->addStretch(1);
    options->addWidget(m_skipErrors);
    layout->addLayout(options);
    layout->addWidget(m_buttons);
    if (report.errors > 0)
        m_errorsOnly->setChecked(true);
    updateState();
}

bool ImportReportDialog::canImport() const
{
    if (!m_report.fileError.isEmpty() || m_changes.isEmpty())
        return false;
    return m_report.errors == 0 || m_skipErrors->isChecked();
}

void ImportReportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitDetailsColumn();
}

// The reasons are read in full: their column takes the width the table has left, and their rows
// grow to the wrapped text, so no reason runs past the table's edge.
void ImportReportDialog::fitDetailsColumn()
{
    if (!m_view->wordWrap())
        return;
    const int details = m_model->detailsColumn();
    int used = 0;
    for (int c = 0; c < details; ++c)
        used += m_view->columnWidth(c);
    // Room for a vertical scroll bar, which appears once the rows have grown.
    const int room = m_view->maximumViewportSize().width() -
                     m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int width = std::max(240, room - used);
    if (m_view->columnWidth(details) == width)
        return;
    m_view->setColumnWidth(details, width);
    m_view->resizeRowsToContents();
}

void ImportReportDialog::updateState()
{
    const int changes = m_report.added + m_report.updated;
    QString text;
    if (!m_report.fileError.isEmpty()) {
        text = tr("The file cannot be imported: %1").arg(ColonText::continued(m_report.fileError));
    } else if (m_report.errors > 0) {
        text = tr("%1. Nothing has changed yet. Correct the rows with errors in the file and "
                  "import it again, or skip them.")
                   .arg(m_report.summary());
    } else if (changes == 0) {
        text = tr("%1. Nothing to import: the workspace already matches the file.")
                   .arg(m_report.summary());
    } else {
        text = tr("%1. Nothing has changed yet; Import applies it as one step you can undo.")
                   .arg(m_report.summary());
    }
    m_summary->setText(text);
    m_import->setEnabled(canImport());
    m_import->setText(changes > 0 ? tr("&Import %n Change(s)", nullptr, changes) : tr("&Import"));
}

void ImportReportDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Import Report"),
        FileFolders::suggest(FileFolders::Kind::ImportReport, tr("import-report.csv")),
        tr("CSV files (*.csv)"));
    FileFolders::remember(FileFolders::Kind::ImportReport, path);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report.toCsv()) < 0 || !file.commit())
        QMessageBox::warning(this, windowTitle(),
                             tr("The report could not be saved to %1: %2. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace dcsdesk
