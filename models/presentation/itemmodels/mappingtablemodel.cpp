#include "mappingtablemodel.h"

#include "mappingcolumnhelp.h"
#include "modelroles.h"
#include "system/datetext.h"
#include "validation/validator.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <limits>

namespace dcsdesk {

MappingTableModel::MappingTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_today(QDate::currentDate())
{
    connect(document, &WorkspaceDocument::aboutToReset, this, [this](EntityKind kind) {
        if (kind == EntityKind::Mapping) {
            m_resetting = true;
            beginResetModel();
        }
    });
    connect(document, &WorkspaceDocument::resetDone, this, [this](EntityKind kind) {
        if (kind == EntityKind::Mapping) {
            rebuildRows();
            m_resetting = false;
            endResetModel();
        }
    });
    connect(document, &WorkspaceDocument::appended, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Segment) {
                    // A mapping of a segment that was unknown until now loses its flag.
                    invalidateFindings();
                    announceChange(0, rowCount() - 1, rowCount());
                    return;
                }
                if (kind != EntityKind::Mapping)
                    return;
                const Workspace &ws = m_document->workspace();
                QVector<int> mine;
                for (int i = first; i <= last; ++i) {
                    if (ws.mappings[i].destinationId == m_destinationId)
                        mine.append(i);
                }
                if (mine.isEmpty())
                    return;
                // Thousands of rows appended to a sorted proxy arrive at scattered places, which
                // it inserts interval by interval; a reset rebuilds it once instead.
                const bool large = isLargeChange(int(mine.size()));
                const int firstRow = int(m_rows.size());
                if (large)
                    beginResetModel();
                else
                    beginInsertRows(QModelIndex(), firstRow, firstRow + int(mine.size()) - 1);
                for (int i : mine) {
                    m_rowOfIndex.insert(i, int(m_rows.size()));
                    m_rows.append(i);
                }
                invalidateFindings();
                if (large)
                    endResetModel();
                else
                    endInsertRows();
            });
    connect(document, &WorkspaceDocument::changed, this,
            [this](EntityKind kind, const QVector<int> &indexes) {
                if (kind == EntityKind::Mapping) {
                    const Workspace &ws = m_document->workspace();
                    int lo = INT_MAX, hi = -1, count = 0;
                    QVector<int> rows;
                    rows.reserve(indexes.size());
                    for (int i : indexes) {
                        const int row = m_rowOfIndex.value(i, -1);
                        const bool belongs = ws.mappings[i].destinationId == m_destinationId;
                        if ((row >= 0) != belongs) {
                            // Moved into or out of this destination.
                            beginResetModel();
                            rebuildRows();
                            endResetModel();
                            return;
                        }
                        if (row >= 0) {
                            lo = std::min(lo, row);
                            hi = std::max(hi, row);
                            ++count;
                            rows.append(row);
                        }
                    }
                    if (hi < 0)
                        return; // another destination's mappings
                    // A few edited rows update their caches in place; a bulk change rebuilds.
                    if (isLargeChange(count))
                        invalidateFindings();
                    else
                        updateRows(rows);
                    announceChange(lo, hi, count);
                } else if (kind == EntityKind::Destination || kind == EntityKind::Segment) {
                    // Type or segment names may have changed: flags and names of every row.
                    invalidateFindings();
                    announceChange(0, rowCount() - 1, rowCount());
                    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
                }
            });
    connect(document, &WorkspaceDocument::resetDone, this, [this](EntityKind kind) {
        if (kind == EntityKind::Segment || kind == EntityKind::Destination) {
            invalidateFindings();
            announceChange(0, rowCount() - 1, rowCount());
        }
    });
}

void MappingTableModel::setDestination(qint64 destinationId)
{
    if (destinationId == m_destinationId)
        return;
    beginResetModel();
    m_destinationId = destinationId;
    rebuildRows();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void MappingTableModel::setToday(const QDate &today)
{
    m_today = today;
    invalidateFindings();
    announceChange(0, rowCount() - 1, rowCount());
}

bool MappingTableModel::isLargeChange(int changedRows) const
{
    return changedRows > 64 && qint64(changedRows) * qint64(m_rows.size()) > LargeChangeCost;
}

void MappingTableModel::announceChange(int firstRow, int lastRow, int changedRows)
{
    // While the mappings are being replaced (a new workspace: segments are reset before
    // mappings), the rows still point into the old list; the mapping reset rebuilds everything.
    if (lastRow < firstRow || m_resetting)
        return;
    if (isLargeChange(changedRows)) {
        // Rows keep their places, so persistent indexes stay valid without being touched.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

void MappingTableModel::rebuildRows()
{
    m_rows = m_document->workspace().mappingIndexesOf(m_destinationId);
    m_rowOfIndex.clear();
    m_rowOfIndex.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowOfIndex.insert(m_rows[r], r);
    invalidateFindings();
}

void MappingTableModel::invalidateFindings()
{
    m_summaryValid = false;
    m_findingsValid = false;
    m_searchTextValid = false;
    m_sortKeyColumn = -1;
}

void MappingTableModel::setSortKey(int row, int column) const
{
    const Workspace &ws = m_document->workspace();
    const SegmentMapping &m = ws.mappings[m_rows[row]];
    switch (column) {
    case SidColumn:
        m_numberKeys[row] = m.sid;
        break;
    case SegmentNameColumn: {
        const Segment *s = ws.segment(m.sid);
        m_textKeys[row] = s ? s->name.toCaseFolded() : QString();
        break;
    }
    case ValueColumn:
        m_textKeys[row] = m.value.toCaseFolded();
        break;
    case SecondValueColumn:
        m_textKeys[row] = m.secondValue.toCaseFolded();
        break;
    case StartColumn:
        m_numberKeys[row] =
            m.startDate.isValid() ? m.startDate.toJulianDay() : std::numeric_limits<qint64>::min();
        break;
    case EndColumn: // "never" after every date
        m_numberKeys[row] =
            m.endDate.isValid() ? m.endDate.toJulianDay() : std::numeric_limits<qint64>::max();
        break;
    case PriorityColumn:
        m_numberKeys[row] = m.priority;
        break;
    case FlagsColumn:
        m_numberKeys[row] = findingsAt(row).size();
        break;
    default:
        m_numberKeys[row] = 0;
        break;
    }
}

void MappingTableModel::ensureSortKeys(int column) const
{
    if (m_sortKeyColumn == column)
        return;
    const int n = int(m_rows.size());
    m_textKeys.clear();
    m_numberKeys.clear();
    const bool text =
        column == SegmentNameColumn || column == ValueColumn || column == SecondValueColumn;
    if (text)
        m_textKeys.resize(n);
    else
        m_numberKeys.resize(n);
    for (int r = 0; r < n; ++r)
        setSortKey(r, column);
    m_sortKeyColumn = column;
}

QString MappingTableModel::buildSearchText(int row) const
{
    const Workspace &ws = m_document->workspace();
    const SegmentMapping &m = ws.mappings[m_rows[row]];
    const Segment *s = ws.segment(m.sid);
    QString text = QString::number(m.sid);
    text += QLatin1Char('\n');
    if (s) {
        text += s->name;
        text += QLatin1Char('\n');
        text += s->integrationCode;
    }
    text += QLatin1Char('\n');
    text += m.value;
    text += QLatin1Char('\n');
    text += m.secondValue;
    return text.toCaseFolded(); // matched with case-sensitive searches for folded words
}

const QString &MappingTableModel::searchTextAt(int row) const
{
    if (!m_searchTextValid) {
        m_searchText.resize(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_searchText[r] = buildSearchText(r);
        m_searchTextValid = true;
    }
    return m_searchText[row];
}

void MappingTableModel::updateRows(const QVector<int> &rows)
{
    m_summaryValid = false;
    if (m_searchTextValid) {
        for (int r : rows)
            m_searchText[r] = buildSearchText(r);
    }
    if (m_findingsValid) {
        // The rows' own findings, then the duplicate and overlap findings of every segment they
        // were or are mapped with: the rest of the table keeps its findings.
        const Workspace &ws = m_document->workspace();
        QSet<qint64> sids;
        for (int r : rows) {
            const SegmentMapping &m = mappingAt(r);
            const qint64 before = m_rowSid[r];
            sids.insert(before);
            sids.insert(m.sid);
            if (before != m.sid) {
                m_rowsBySid[before].removeOne(r);
                // Row order, as a full validation sees them: ties in start date are then
                // resolved the same way.
                QVector<int> &group = m_rowsBySid[m.sid];
                group.insert(std::lower_bound(group.begin(), group.end(), r) - group.begin(), r);
                m_rowSid[r] = m.sid;
            }
            m_findings[r] = Validator::validateMapping(m, ws, m_today);
            m_singleFindings[r] = int(m_findings[r].size());
        }
        for (qint64 sid : sids)
            computeGroupFindings(sid);
    }
    if (m_sortKeyColumn >= 0) {
        for (int r : rows)
            setSortKey(r, m_sortKeyColumn);
        if (m_sortKeyColumn == FlagsColumn) // group findings of other rows may have changed
            m_sortKeyColumn = -1;
    }
}

void MappingTableModel::computeGroupFindings(qint64 sid) const
{
    const QVector<int> rows = m_rowsBySid.value(sid);
    QVector<int> indexes;
    indexes.reserve(rows.size());
    QHash<qint64, int> rowOfId;
    for (int r : rows) {
        m_findings[r].resize(m_singleFindings[r]);
        indexes.append(m_rows[r]);
        rowOfId.insert(mappingAt(r).id, r);
    }
    if (rows.size() < 2)
        return;
    for (const Finding &f : Validator::validateMappingGroup(m_document->workspace(), indexes)) {
        const int r = rowOfId.value(f.key, -1);
        if (r >= 0)
            m_findings[r].append(f);
    }
}

const SegmentMapping &MappingTableModel::mappingAt(int row) const
{
    return m_document->workspace().mappings[m_rows[row]];
}

const QVector<Finding> &MappingTableModel::findingsAt(int row) const
{
    if (!m_findingsValid) {
        const Workspace &ws = m_document->workspace();
        const int n = int(m_rows.size());
        m_findings = QVector<QVector<Finding>>(n);
        m_singleFindings = QVector<int>(n);
        m_rowSid = QVector<qint64>(n);
        m_rowsBySid.clear();
        QHash<qint64, int> rowOfId;
        rowOfId.reserve(n);
        for (int r = 0; r < n; ++r) {
            const SegmentMapping &m = ws.mappings[m_rows[r]];
            rowOfId.insert(m.id, r);
            m_rowSid[r] = m.sid;
            m_rowsBySid[m.sid].append(r);
            m_findings[r] = Validator::validateMapping(m, ws, m_today);
            m_singleFindings[r] = int(m_findings[r].size());
        }
        for (const Finding &f : Validator::validateMappingGroup(ws, m_rows)) {
            const int r = rowOfId.value(f.key, -1);
            if (r >= 0)
                m_findings[r].append(f);
        }
        m_findingsValid = true;
    }
    return m_findings[row];
}

QModelIndex MappingTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 MappingTableModel::mappingIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? mappingAt(row).id : 0;
}

SegmentMapping::Schedule MappingTableModel::scheduleAt(int row) const
{
    return mappingAt(row).scheduleOn(m_today);
}

int MappingTableModel::severityAt(int row) const
{
    int worst = -1;
    for (const Finding &f : findingsAt(row)) {
        const int severity = int(f.severity);
        if (worst < 0 || severity < worst)
            worst = severity;
    }
    return worst;
}

MappingTableModel::Summary MappingTableModel::summary() const
{
    if (m_summaryValid)
        return m_summary;
    Summary &out = m_summary;
    out = Summary();
    out.rows = int(m_rows.size());
    for (int r = 0; r < out.rows; ++r) {
        switch (mappingAt(r).scheduleOn(m_today)) {
        case SegmentMapping::Schedule::Active:
            ++out.active;
            break;
        case SegmentMapping::Schedule::Expired:
            ++out.expired;
            break;
        case SegmentMapping::Schedule::Future:
            ++out.future;
            break;
        }
        const QVector<Finding> &findings = findingsAt(r);
        if (!findings.isEmpty())
            ++out.flagged;
        for (const Finding &f : findings) {
            if (f.severity == Finding::Severity::Error) {
                ++out.invalid;
                break;
            }
        }
    }
    m_summaryValid = true;
    return out;
}

bool MappingTableModel::rowLessThan(int leftRow, int rightRow, int column) const
{
    ensureSortKeys(column);
    if (!m_textKeys.isEmpty())
        return m_textKeys[leftRow] < m_textKeys[rightRow];
    return m_numberKeys[leftRow] < m_numberKeys[rightRow];
}

int MappingTableModel::rowOfMapping(qint64 mappingId) const
{
    return m_rowOfIndex.value(m_document->workspace().mappingIndex(mappingId), -1);
}

bool MappingTableModel::columnApplies(int column) const
{
    const Destination *d = m_document->workspace().destination(m_destinationId);
    if (!d)
        return column != SecondValueColumn && column != PriorityColumn;
    const bool cookie = d->type == Destination::Type::Cookie;
    if (column == SecondValueColumn)
        return cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;
    if (column == PriorityColumn)
        return cookie;
    return true;
}

QString MappingTableModel::valueHeader() const
{
    const Destination *d = m_document->workspace().destination(m_destinationId);
    if (!d)
        return tr("Mapping");
    switch (d->type) {
    case Destination::Type::Url:
        return d->serialized ? tr("Alias") : tr("URL");
    case Destination::Type::Cookie:
        return d->cookieFormat == Destination::CookieFormat::MultiKey ? tr("Key") : tr("Value");
    case Destination::Type::ServerToServer:
        return tr("Alias");
    }
    return tr("Mapping");
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentMapping &m = mappingAt(index.row());
    const Workspace &ws = m_document->workspace();
    switch (role) {
    case KeyRole:
        return m.id;
    case ScheduleRole:
        return int(m.scheduleOn(m_today));
    case SearchTextRole:
        return searchTextAt(index.row());
    case SeverityRole:
        return severityAt(index.row());
    case FindingsRole: {
        QStringList messages;
        for (const Finding &f : findingsAt(index.row()))
            messages.append(f.message);
        return messages;
    }
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case SidColumn:
            return m.sid;
        case SegmentNameColumn: {
            const Segment *s = ws.segment(m.sid);
            return s ? s->name.toLower() : QString();
        }
        case ValueColumn:
            return m.value;
        case SecondValueColumn:
            return m.secondValue;
        case StartColumn:
            return m.startDate;
        case EndColumn:
            return m.endDate.isValid() ? m.endDate : QDate(9999, 12, 31);
        case PriorityColumn:
            return m.priority;
        case FlagsColumn:
            return int(findingsAt(index.row()).size());
        }
        return {};
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case SidColumn:
            return m.sid;
        case ValueColumn:
            return m.value;
        case SecondValueColumn:
            return m.secondValue;
        case StartColumn:
            return m.startDate;
        case EndColumn:
            return m.endDate;
        case PriorityColumn:
            return m.priority;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SidColumn:
            return m.sid;
        case SegmentNameColumn: {
            const Segment *s = ws.segment(m.sid);
            return s ? s->name : tr("(unknown segment)");
        }
        case ValueColumn:
            return m.value;
        case SecondValueColumn:
            return m.secondValue;
        case StartColumn:
            return DateText::date(m.startDate);
        case EndColumn:
            return m.endDate.isValid() ? DateText::date(m.endDate) : tr("Never");
        case PriorityColumn:
            return m.priority > 0 ? QVariant(m.priority) : QVariant(QString());
        case FlagsColumn: {
            QStringList codes;
            for (const Finding &f : findingsAt(index.row())) {
                if (f.code == QLatin1String("mapping.expired"))
                    codes.append(tr("expired"));
                else if (f.code == QLatin1String("mapping.future"))
                    codes.append(tr("future"));
                else if (f.code == QLatin1String("mapping.duplicate-segment"))
                    codes.append(tr("duplicate"));
                else if (f.code == QLatin1String("mapping.overlap"))
                    codes.append(tr("overlap"));
                else if (f.code == QLatin1String("mapping.segment-unknown"))
                    codes.append(tr("unknown segment"));
                else
                    codes.append(tr("invalid"));
            }
            codes.removeDuplicates();
            return codes.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList messages;
        for (const Finding &f : findingsAt(index.row())) {
            if (column == FlagsColumn || f.field == -1 ||
                (column == ValueColumn && f.field == SegmentMapping::Value) ||
                (column == SecondValueColumn && f.field == SegmentMapping::SecondValue) ||
                (column == StartColumn && f.field == SegmentMapping::StartDate) ||
                (column == EndColumn && f.field == SegmentMapping::EndDate) ||
                (column == SidColumn && f.field == SegmentMapping::Sid))
                messages.append(f.message);
        }
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    return {};
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return MappingColumnHelp::headerToolTip(
            section, m_document->workspace().destination(m_destinationId));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SidColumn:
        return tr("Segment ID");
    case SegmentNameColumn:
        return tr("Segment");
    case ValueColumn:
        return valueHeader();
    case SecondValueColumn:
        return tr("Value");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case PriorityColumn:
        return tr("Priority");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->isReadOnly())
        return f;
    switch (index.column()) {
    case SidColumn:
    case ValueColumn:
    case StartColumn:
    case EndColumn:
        f |= Qt::ItemIsEditable;
        break;
    case SecondValueColumn:
    case PriorityColumn:
        if (columnApplies(index.column()))
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const qint64 id = mappingIdAt(index.row());
    switch (index.column()) {
    case SidColumn: {
        bool ok = false;
        const qint64 sid = value.toLongLong(&ok);
        if (!ok || sid <= 0)
            return false;
        m_document->setMappingField(id, SegmentMapping::Sid, sid);
        return true;
    }
    case ValueColumn:
        m_document->setMappingField(id, SegmentMapping::Value, value.toString());
        return true;
    case SecondValueColumn:
        m_document->setMappingField(id, SegmentMapping::SecondValue, value.toString());
        return true;
    case StartColumn: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return false;
        m_document->setMappingField(id, SegmentMapping::StartDate, d);
        return true;
    }
    case EndColumn:
        m_document->setMappingField(id, SegmentMapping::EndDate, value.toDate());
        return true;
    case PriorityColumn:
        m_document->setMappingField(id, SegmentMapping::Priority, qMax(0, value.toInt()));
        return true;
    default:
        return false;
    }
}

bool MappingTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > rowCount() ||
        !m_document->workspace().destination(m_destinationId))
        return false;
    ChangeSet changes;
    qint64 id = m_document->workspace().nextMappingId();
    for (int i = 0; i < count; ++i) {
        SegmentMapping m;
        m.id = id++;
        m.destinationId = m_destinationId;
        m.startDate = m_today;
        changes.addMappings.append(m);
    }
    m_document->apply(changes, tr("Add %n mapping(s)", nullptr, count));
    return true;
}

bool MappingTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    ChangeSet changes;
    for (int r = row; r < row + count; ++r)
        changes.removeMappings.append(mappingIdAt(r));
    m_document->apply(changes, tr("Delete %n mapping(s)", nullptr, count));
    return true;
}

} // namespace dcsdesk
