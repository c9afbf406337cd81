#include "common/selectionkeeper.h"
#include "common/tableclipboard.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/mappingtablemodel.h"
#include "mappingeditor.h"
#include "segments/segmentlisttext.h"
#include "workspace/workspacedocument.h"

#include <QMimeData>
#include <QSet>
#include <QTableView>

// The mapping table's clipboard: Copy and Cut of rows through TableClipboard, and Paste of a
// list of segments from a spreadsheet or an e-mail, which adds mappings. The rest of the editor
// is in mappingeditor.cpp.
namespace dcsdesk {

void MappingEditor::setUpClipboard()
{
    TableClipboard *clipboard = TableClipboard::install(m_view);
    clipboard->setRemover([this]() { return m_deleteAction->isEnabled(); },
                          [this]() { removeSelected(true); });
    clipboard->setPaster([this]() { return m_addAction->isEnabled(); },
                         [this](const QMimeData *mime) { pasteSegments(mime->text()); });
    SelectionKeeper::install(m_view, [this](qint64 id) {
        return m_proxy->mapFromSource(m_table->index(m_table->rowOfMapping(id), 0));
    });
}

void MappingEditor::pasteSegments(const QString &text)
{
    const Workspace &ws = m_document->workspace();
    const Destination *d = ws.destination(destinationId());
    if (!d || m_document->isReadOnly())
        return;
    const SegmentListText::Result list = SegmentListText::read(ws, text);
    QSet<qint64> mapped;
    for (int i : ws.mappingIndexesOf(d->id))
        mapped.insert(ws.mappings[i].sid);
    QVector<qint64> fresh;
    QStringList already;
    for (qint64 sid : list.sids) {
        if (mapped.contains(sid))
            already.append(QString::number(sid));
        else
            fresh.append(sid);
    }
    QStringList notes;
    if (!list.notes().isEmpty())
        notes.append(list.notes());
    if (!already.isEmpty()) {
        notes.append(tr("Already mapped, so not added again: %1. To add another flight of a "
                        "mapped segment, use Add Segments with “Allow another flight of mapped "
                        "segments”.")
                         .arg(SegmentListText::shortList(already, false)));
    }
    const QString details = notes.join(QLatin1Char(' '));
    if (fresh.isEmpty()) {
        const bool none = list.isEmpty();
        showMessage(
            [none, details]() {
                return none ? tr("The clipboard names no segments: paste segment IDs, names or "
                                 "integration codes, one per line.")
                            : tr("Nothing added. %1").arg(details);
            },
            false);
        return;
    }
    const ChangeSet changes = MappingBulk::addSegments(
        ws, d->id, fresh, MappingBulk::defaultAddOptions(*d), QDate::currentDate());
    const int n = int(changes.addMappings.size());
    m_document->apply(changes, tr("Paste %n segment mapping(s)", nullptr, n));
    revealAdded(changes);
    showMessage(
        [n, details]() {
            const QString added = tr("Added %n mapping(s) from the clipboard.", nullptr, n);
            return details.isEmpty() ? added : added + QLatin1Char(' ') + details;
        },
        true);
}

} // namespace dcsdesk
