#include "maskpreviewdialog.h"

#include "common/filefolders.h"
#include "common/uiprompts.h"
#include "system/colontext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dcsdesk {

MaskPreviewDialog::MaskPreviewDialog(const QString &sourcePath, QWidget *parent,
                                     const QStringList &aliases)
    : MaskPreviewDialog(sourcePath, maskFile(sourcePath, aliases), parent)
{
}

HarMasker::Result MaskPreviewDialog::maskFile(const QString &sourcePath, const QStringList &aliases)
{
    HarMasker::Result result;
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            tr("%1 cannot be read: %2.").arg(QFileInfo(sourcePath).fileName(), file.errorString());
        return result;
    }
    return HarMasker::mask(file.readAll(), aliases);
}

MaskPreviewDialog::MaskPreviewDialog(const QString &sourcePath, const HarMasker::Result &result,
                                     QWidget *parent)
    : QDialog(parent), m_sourcePath(sourcePath), m_result(result), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_message(new QLabel(this)),
      m_save(new QPushButton(tr("&Save…"), this))
{
    setWindowTitle(tr("Save Masked Copy"));
    const QString name = QFileInfo(sourcePath).fileName();
    auto *intro = new QLabel(
        tr("A copy of “%1” for a support ticket: cookie values, user IDs, p_ values and "
           "credentials are replaced by tokens, one per value, so the calls still match. Check "
           "what will be replaced, then save the copy. The capture itself is not changed.")
            .arg(name),
        this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setHorizontalHeaderLabels(
        {tr("Call"), tr("Where"), tr("Original"), tr("Replacement")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Tokens of long IDs differ only at their end (0…01, 0…02): never cut that off.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Values that will be masked"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &MaskPreviewDialog::chooseAndSave);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);

    if (!m_result.ok) {
        intro->hide();
        m_summary->setText(tr("No masked copy can be made of “%1”: %2")
                               .arg(name, ColonText::continued(m_result.error)));
        m_table->hide();
        layout->insertStretch(3, 1);
        m_save->setEnabled(false);
        m_save->hide();
        resize(640, 220);
        return;
    }
    QString summary = m_result.summary();
    for (const QString &note : std::as_const(m_result.notes))
        summary += QLatin1Char('\n') + note;
    m_summary->setText(summary);
    fillTable();
    if (m_result.valueCount == 0) {
        m_table->hide();
        layout->insertStretch(3, 1);
        resize(640, 240);
    }
}

void MaskPreviewDialog::fillTable()
{
    m_table->setRowCount(int(m_result.items.size()));
    const QLocale locale;
    for (int row = 0; row < m_result.items.size(); ++row) {
        const HarMaskItem &item = m_result.items.at(row);
        auto *call = new QTableWidgetItem(locale.toString(item.entry + 1));
        call->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CallColumn, call);
        m_table->setItem(row, WhereColumn, new QTableWidgetItem(item.where()));
        auto *original = new QTableWidgetItem(HarMasker::shortened(item.original));
        original->setToolTip(item.original);
        m_table->setItem(row, OriginalColumn, original);
        auto *replacement = new QTableWidgetItem(HarMasker::shortened(item.replacement));
        replacement->setToolTip(item.replacement);
        m_table->setItem(row, ReplacementColumn, replacement);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(WhereColumn, std::min(m_table->columnWidth(WhereColumn), 340));
}

bool MaskPreviewDialog::saveTo(const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QFileInfo source(m_sourcePath);
    if (target.absoluteFilePath() == source.absoluteFilePath() ||
        (target.exists() && target.canonicalFilePath() == source.canonicalFilePath())) {
        *error = tr("%1 is the capture itself; the masked copy must go to another file so the "
                    "original stays as it is. Choose another name.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.masked) != m_result.masked.size() ||
        !file.commit()) {
        *error = tr("The masked copy could not be saved to %1: %2. Nothing was written; choose "
                    "another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_savedPath = path;
    return true;
}

void MaskPreviewDialog::chooseAndSave()
{
    const QFileInfo source(m_sourcePath);
    const QString folder =
        FileFolders::folder(FileFolders::Kind::MaskedCapture, source.absolutePath());
    const QString suggestion =
        QDir(folder).filePath(tr("%1-masked.har").arg(source.completeBaseName()));
    const QString path = UiPrompts::saveFileName(this, tr("Save Masked Copy"), suggestion,
                                                 tr("HAR captures (*.har);;All files (*)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::MaskedCapture, path);
    QString error;
    if (!saveTo(path, &error)) {
        UiPrompts::inform(this, QMessageBox::Warning, tr("Save Masked Copy"), error);
        return;
    }
    m_message->setText(tr("Saved the masked copy to %1 (%2): %n value(s) masked. %3 is unchanged.",
                          nullptr, m_result.valueCount)
                           .arg(QDir::toNativeSeparators(path),
                                QLocale().formattedDataSize(m_result.masked.size()),
                                source.fileName()));
    m_message->show();
}

} // namespace dcsdesk
