#include "collectionimportdialog.h"

#include "collections/importfolder.h"
#include "common/filefolders.h"
#include "common/icons.h"
#include "common/semanticcolors.h"
#include "common/uiprompts.h"
#include "validation/finding.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {
enum ReviewColumn {
    ReviewNameColumn,
    ReviewOutcomeColumn,
    ReviewFolderColumn,
    ReviewDetailsColumn
};
} // namespace

CollectionImportDialog::CollectionImportDialog(const Workspace &workspace,
                                               const CollectionRead &collection,
                                               const QString &fileName, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_collection(collection), m_fileName(fileName)
{
    setObjectName(QStringLiteral("collectionImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setMargin(6);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    SemanticColors::setStyleSheet(
        m_notes, QStringLiteral("QLabel { background: {BannerBackground}; color: {BannerText}; }"));
    layout->addWidget(m_notes);
    auto *form = new QFormLayout;
    m_folder = new QLineEdit(ImportFolder::join(ImportFolder::split(collection.name)), this);
    m_folder->setObjectName(QStringLiteral("collectionImportFolder"));
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    form->addRow(m_folderLabel, m_folder);
    layout->addLayout(form);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    // One line per item; the text below the list and the tooltip give the whole of it.
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &CollectionImportDialog::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) {
            m_details->clear();
            return;
        }
        const CollectionImport::Item &row = m_plan.items.at(item->data(0, Qt::UserRole).toInt());
        QString text = tr("%1 (%2): %3")
                           .arg(row.source, CollectionImport::outcomeName(row.outcome),
                                row.details.isEmpty() ? tr("taken as it is")
                                                      : row.details.join(QLatin1Char(' ')));
        m_details->setText(text);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != ReviewNameColumn)
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_checked.size())
            m_checked[index] = item->checkState(ReviewNameColumn) == Qt::Checked;
        updateButtons();
    });
    resize(960, 600);
    retranslateUi();
}

void CollectionImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CollectionImportDialog::retranslateUi()
{
    setWindowTitle(tr("Review Collection Import"));
    m_tree->setHeaderLabels({tr("Request"), tr("Result"), tr("Folder"), tr("Details")});
    m_tree->setAccessibleName(tr("What the import takes, changes and skips"));
    m_folderLabel->setText(tr("&Target folder:"));
    m_folder->setToolTip(tr("Folder names separated by /; the collection's own folders go "
                            "below it. Leave it empty for none."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    rebuild();
}

QVector<int> CollectionImportDialog::chosen() const
{
    QVector<int> out;
    for (int i = 0; i < m_plan.items.size() && i < m_checked.size(); ++i) {
        if (m_checked.at(i) && m_plan.items.at(i).outcome != CollectionImport::Outcome::Skipped)
            out.append(i);
    }
    return out;
}

void CollectionImportDialog::rebuild()
{
    m_plan =
        CollectionImport::plan(m_workspace, m_collection, ImportFolder::split(m_folder->text()));
    if (m_checked.size() != m_plan.items.size())
        m_checked = QVector<bool>(m_plan.items.size(), true);

    // The file, the format and the collection's own name: no quotes, which differ by language.
    QString html = QStringLiteral("<p><b>%1</b> — %2 — <b>%3</b></p><p>%4</p><p>%5</p>")
                       .arg(m_fileName.toHtmlEscaped(), m_plan.format.toHtmlEscaped(),
                            m_plan.collectionName.toHtmlEscaped(), m_plan.summary().toHtmlEscaped(),
                            tr("Nothing changes until you click Import. The import is one step "
                               "on the undo stack; existing saved requests are never replaced.")
                                .toHtmlEscaped());
    m_summary->setText(html);
    m_notes->setText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());

    const int current =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toInt() : -1;
    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const CollectionImport::Item &row = m_plan.items.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        const bool skipped = row.outcome == CollectionImport::Outcome::Skipped;
        item->setText(ReviewNameColumn, skipped || row.name == row.sourceName
                                            ? row.sourceName
                                            : tr("%1 (was “%2”)").arg(row.name, row.sourceName));
        item->setToolTip(ReviewNameColumn, item->text(ReviewNameColumn));
        item->setData(0, Qt::UserRole, i);
        item->setText(ReviewOutcomeColumn, CollectionImport::outcomeName(row.outcome));
        item->setText(ReviewFolderColumn, ImportFolder::join(row.folder));
        item->setText(ReviewDetailsColumn, row.details.join(QLatin1Char(' ')));
        item->setToolTip(ReviewDetailsColumn, row.details.join(QLatin1Char('\n')));
        if (skipped) {
            item->setIcon(ReviewOutcomeColumn, Icons::severity(int(Finding::Severity::Error)));
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ReviewNameColumn, m_checked.at(i) ? Qt::Checked : Qt::Unchecked);
            if (row.outcome == CollectionImport::Outcome::Changed)
                item->setIcon(ReviewOutcomeColumn,
                              Icons::severity(int(Finding::Severity::Warning)));
        }
        if (i == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->resizeColumnToContents(ReviewOutcomeColumn);
    m_tree->resizeColumnToContents(ReviewFolderColumn);
    m_tree->resizeColumnToContents(ReviewNameColumn);
    m_tree->setColumnWidth(ReviewNameColumn,
                           std::clamp(m_tree->columnWidth(ReviewNameColumn), 200, 320));
    m_tree->setColumnWidth(ReviewFolderColumn,
                           std::clamp(m_tree->columnWidth(ReviewFolderColumn), 80, 220));
    if (!m_tree->currentItem()) {
        // The first item that was changed or skipped shows its reasons at once.
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            const int index = m_tree->topLevelItem(i)->data(0, Qt::UserRole).toInt();
            if (m_plan.items.at(index).outcome != CollectionImport::Outcome::Imported) {
                m_tree->setCurrentItem(m_tree->topLevelItem(i));
                break;
            }
        }
    }
    blocker.unblock();
    if (QTreeWidgetItem *item = m_tree->currentItem())
        Q_EMIT m_tree->currentItemChanged(item, nullptr);
    updateButtons();
}

void CollectionImportDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const int count = int(chosen().size());
    ok->setEnabled(count > 0);
    ok->setToolTip(count > 0 ? tr("Adds %n saved request(s).", nullptr, count)
                             : tr("No request is checked, or the collection has no DCS call."));
}

bool CollectionImportDialog::importPath(QWidget *parent, WorkspaceDocument *document,
                                        const QString &path)
{
    if (document->isReadOnly()) {
        UiPrompts::inform(parent, QMessageBox::Information, tr("Import"),
                          document->readOnlyReason());
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const CollectionRead collection = CollectionImport::readPath(path);
    if (!collection.ok) {
        UiPrompts::inform(parent, QMessageBox::Warning, tr("Import"),
                          tr("%1 cannot be imported.\n\n%2").arg(name, collection.error));
        return false;
    }
    CollectionImportDialog dialog(document->workspace(), collection, name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ChangeSet changes = dialog.plan().changes(document->workspace(), dialog.chosen());
    if (changes.isEmpty())
        return false;
    document->apply(changes,
                    tr("Import %n saved request(s) from %1", nullptr, int(dialog.chosen().size()))
                        .arg(collection.name));
    return true;
}

bool CollectionImportDialog::chooseAndImport(QWidget *parent, WorkspaceDocument *document,
                                             Source source)
{
    const bool bruno = source == Source::Bruno;
    const QString path =
        UiPrompts::openFileName(parent,
                                bruno ? tr("Import Bruno Collection (choose its bruno.json)")
                                      : tr("Import Postman Collection"),
                                FileFolders::folder(FileFolders::Kind::Collection),
                                bruno ? tr("Bruno collection (bruno.json);;All files (*)")
                                      : tr("Postman collections (*.json);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::Collection,
                          bruno && !path.isEmpty() ? QFileInfo(path).absolutePath() : path);
    return !path.isEmpty() && importPath(parent, document, path);
}

} // namespace dcsdesk
