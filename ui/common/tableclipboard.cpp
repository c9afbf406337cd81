#include "tableclipboard.h"

#include "csv/csv.h"
#include "itemmodels/modelroles.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMimeData>
#include <QSet>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace dcsdesk {

namespace {

// The path of rows from the root, so that rows of a tree sort in the order they are shown.
QVector<int> rowPath(QModelIndex index)
{
    QVector<int> path;
    for (; index.isValid(); index = index.parent())
        path.prepend(index.row());
    return path;
}

QHeaderView *horizontalHeaderOf(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

QString isoText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate && value.toDate().isValid())
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid())
        return value.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return {};
}

// A date is written the way every spreadsheet reads it, from the value the cell edits or, for a
// read-only column such as "Last change", the value it sorts by. An empty date ("Never") keeps
// its display text.
QString cellText(const QModelIndex &index)
{
    const QVariant edit = index.data(Qt::EditRole);
    const bool editsDate =
        edit.typeId() == QMetaType::QDate || edit.typeId() == QMetaType::QDateTime;
    QString iso = isoText(edit);
    if (iso.isEmpty() && !editsDate)
        iso = isoText(index.data(SortRole));
    return iso.isEmpty() ? index.data(Qt::DisplayRole).toString() : iso;
}

bool hasTitles(const QStringList &header)
{
    return std::any_of(header.cbegin(), header.cend(),
                       [](const QString &title) { return !title.isEmpty(); });
}

// A field as Excel and LibreOffice write tab-separated text: quoted when it holds a tab, a line
// break or starts with a quote.
QString tabField(const QString &field)
{
    if (!field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')) && !field.startsWith(QLatin1Char('"')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

TableClipboard::TableClipboard(QAbstractItemView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("tableClipboard"));
    view->installEventFilter(this);
    watchSelectionModel();
}

TableClipboard *TableClipboard::install(QAbstractItemView *view)
{
    if (TableClipboard *existing = of(view))
        return existing;
    return new TableClipboard(view);
}

TableClipboard *TableClipboard::of(const QObject *view)
{
    return view ? view->findChild<TableClipboard *>(QString(), Qt::FindDirectChildrenOnly)
                : nullptr;
}

void TableClipboard::setRemover(std::function<bool()> canRemove, std::function<void()> remove)
{
    m_canRemove = std::move(canRemove);
    m_remove = std::move(remove);
    Q_EMIT availabilityChanged();
}

void TableClipboard::setPaster(std::function<bool()> canPaste,
                               std::function<void(const QMimeData *)> paste)
{
    m_canPaste = std::move(canPaste);
    m_paste = std::move(paste);
    Q_EMIT availabilityChanged();
}

void TableClipboard::watchSelectionModel()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (selection == m_selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (!selection)
        return;
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &TableClipboard::availabilityChanged);
    connect(selection, &QItemSelectionModel::modelChanged, this,
            &TableClipboard::availabilityChanged);
}

bool TableClipboard::canCopy() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    return selection && selection->hasSelection();
}

bool TableClipboard::canCut() const
{
    return m_canRemove && m_remove && canCopy() && m_canRemove();
}

bool TableClipboard::canPaste() const
{
    if (!m_canPaste || !m_paste || !m_canPaste())
        return false;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasText() && !mime->text().trimmed().isEmpty();
}

int TableClipboard::putOnClipboard()
{
    // One cell of a view that selects cells is copied as its text, as a spreadsheet does.
    const QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (m_view->selectionBehavior() == QAbstractItemView::SelectItems && cells.size() == 1) {
        QGuiApplication::clipboard()->setText(cellText(cells.first()));
        return 1;
    }
    const QVector<QStringList> rows = selectedRows(m_view);
    if (rows.size() < 2)
        return 0;
    QGuiApplication::clipboard()->setMimeData(mimeData(rows));
    return int(rows.size()) - 1;
}

int TableClipboard::copy()
{
    const int n = putOnClipboard();
    if (n > 0)
        Q_EMIT copied(n, false);
    return n;
}

int TableClipboard::cut()
{
    if (!canCut())
        return 0;
    const int n = putOnClipboard();
    if (n > 0) {
        m_remove();
        Q_EMIT copied(n, true);
    }
    return n;
}

void TableClipboard::paste()
{
    if (canPaste())
        m_paste(QGuiApplication::clipboard()->mimeData());
}

QVector<QStringList> TableClipboard::selectedRows(const QAbstractItemView *view)
{
    QVector<QStringList> out;
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection || !selection->hasSelection())
        return out;

    // Rows and columns straight from the selection ranges: selectedIndexes() of 100,000 rows
    // would build a list of every cell first.
    QSet<int> selectedColumns;
    QSet<QModelIndex> seen;
    QVector<QModelIndex> rows;
    const QItemSelection ranges = selection->selection();
    const bool several = ranges.size() > 1;
    for (const QItemSelectionRange &range : ranges) {
        for (int c = range.left(); c <= range.right(); ++c)
            selectedColumns.insert(c);
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const QModelIndex first = model->index(r, 0, range.parent());
            if (several) {
                if (seen.contains(first))
                    continue;
                seen.insert(first);
            }
            rows.append(first);
        }
    }
    if (several) {
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return rowPath(a) < rowPath(b);
        });
    }

    // The columns shown, in the order shown; all of them when whole rows are selected.
    QVector<int> columns;
    const QHeaderView *header = horizontalHeaderOf(view);
    const int count = model->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical)))
            continue;
        columns.append(logical);
    }
    const bool someColumns = std::any_of(columns.cbegin(), columns.cend(),
                                         [&](int c) { return !selectedColumns.contains(c); }) &&
                             std::any_of(columns.cbegin(), columns.cend(),
                                         [&](int c) { return selectedColumns.contains(c); });
    if (someColumns) {
        columns.erase(std::remove_if(columns.begin(), columns.end(),
                                     [&](int c) { return !selectedColumns.contains(c); }),
                      columns.end());
    }

    QStringList titles;
    const bool showTitles = !header || !header->isHidden();
    for (int c : columns)
        titles.append(showTitles ? model->headerData(c, Qt::Horizontal).toString() : QString());
    out.append(titles);
    out.reserve(rows.size() + 1);
    for (const QModelIndex &first : rows) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int c : columns)
            cells.append(cellText(first.siblingAtColumn(c)));
        out.append(cells);
    }
    return out;
}

QString TableClipboard::toTabSeparated(const QVector<QStringList> &rows)
{
    QString text;
    for (int r = hasTitles(rows.value(0)) ? 0 : 1; r < rows.size(); ++r) {
        QStringList fields;
        for (const QString &cell : rows[r])
            fields.append(tabField(cell));
        text += fields.join(QLatin1Char('\t'));
        text += QLatin1Char('\n');
    }
    return text;
}

QString TableClipboard::toHtml(const QVector<QStringList> &rows)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    const bool titles = hasTitles(rows.value(0));
    for (int r = titles ? 0 : 1; r < rows.size(); ++r) {
        const QLatin1String tag = r == 0 ? QLatin1String("th") : QLatin1String("td");
        html += QStringLiteral("<tr>");
        for (const QString &cell : rows[r]) {
            QString escaped = cell.toHtmlEscaped();
            escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

QMimeData *TableClipboard::mimeData(const QVector<QStringList> &rows)
{
    auto *mime = new QMimeData;
    mime->setText(toTabSeparated(rows));
    QVector<QStringList> records = rows;
    if (!hasTitles(records.value(0)))
        records.removeFirst();
    mime->setData(QStringLiteral("text/csv"), Csv::write(records, QLatin1Char(','), false));
    mime->setHtml(toHtml(rows));
    return mime;
}

bool TableClipboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return QObject::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (type == QEvent::FocusIn) {
        watchSelectionModel();
        Q_EMIT availabilityChanged();
    } else if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copyKey = key->matches(QKeySequence::Copy) && canCopy();
        const bool cutKey = key->matches(QKeySequence::Cut) && canCut();
        const bool pasteKey = key->matches(QKeySequence::Paste) && canPaste();
        if (!copyKey && !cutKey && !pasteKey)
            return QObject::eventFilter(watched, event);
        event->accept();
        if (type == QEvent::ShortcutOverride)
            return true; // the key comes to the view, not to the window's Edit menu
        if (copyKey)
            copy();
        else if (cutKey)
            cut();
        else
            paste();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dcsdesk
