#include "segmentcatalogmodel.h"

#include "modelroles.h"
#include "validation/validator.h"

#include <QSet>

namespace dcsdesk {

SegmentCatalogModel::SegmentCatalogModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &WorkspaceDocument::aboutToReset, this, [this](EntityKind kind) {
        if (kind == EntityKind::Segment)
            beginResetModel();
    });
    connect(document, &WorkspaceDocument::resetDone, this, [this](EntityKind kind) {
        if (kind == EntityKind::Segment)
            endResetModel();
    });
    connect(document, &WorkspaceDocument::aboutToAppend, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Segment)
                    beginInsertRows(QModelIndex(), first, last);
            });
    connect(document, &WorkspaceDocument::appended, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Segment)
            endInsertRows();
    });
    connect(document, &WorkspaceDocument::changed, this,
            [this](EntityKind kind, const QVector<int> &indexes) {
                if (kind != EntityKind::Segment || indexes.isEmpty())
                    return;
                const auto [lo, hi] = std::minmax_element(indexes.begin(), indexes.end());
                Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
            });
    connect(document, &WorkspaceDocument::contentChanged, this, [this]() {
        m_countsValid = false;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, DestinationsColumn),
                               index(rowCount() - 1, DestinationsColumn));
    });
}

int SegmentCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().segments.size());
}

int SegmentCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 SegmentCatalogModel::sidAt(int row) const
{
    const auto &list = m_document->workspace().segments;
    return row >= 0 && row < list.size() ? list[row].sid : 0;
}

bool SegmentCatalogModel::rowLessThan(int leftRow, int rightRow, int column) const
{
    const auto &list = m_document->workspace().segments;
    const Segment &a = list[leftRow];
    const Segment &b = list[rightRow];
    switch (column) {
    case SidColumn:
        return a.sid < b.sid;
    case NameColumn:
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    case CodeColumn:
        return QString::compare(a.integrationCode, b.integrationCode, Qt::CaseInsensitive) < 0;
    case StatusColumn:
        return a.active < b.active;
    case RuleColumn:
        return a.rule < b.rule;
    case DestinationsColumn:
        return destinationCount(a.sid) < destinationCount(b.sid);
    default:
        return false;
    }
}

int SegmentCatalogModel::rowOf(qint64 sid) const
{
    return m_document->workspace().segmentIndex(sid);
}

int SegmentCatalogModel::destinationCount(qint64 sid) const
{
    if (!m_countsValid) {
        m_destinationCounts.clear();
        QSet<QPair<qint64, qint64>> seen;
        for (const SegmentMapping &m : m_document->workspace().mappings) {
            const QPair<qint64, qint64> pair{m.sid, m.destinationId};
            if (!seen.contains(pair)) {
                seen.insert(pair);
                ++m_destinationCounts[m.sid];
            }
        }
        m_countsValid = true;
    }
    return m_destinationCounts.value(sid);
}

QVariant SegmentCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment &s = m_document->workspace().segments[index.row()];
    // validateSegment checks the rule with the sandbox's parser (segment.rule-invalid).
    const auto findings = [&]() {
        QStringList messages;
        for (const Finding &f : Validator::validateSegment(s))
            messages.append(f.message);
        return messages;
    };
    switch (role) {
    case KeyRole:
        return s.sid;
    case SearchTextRole:
        return QStringList{QString::number(s.sid), s.name, s.integrationCode, s.rule, s.description}
            .join(QLatin1Char('\n'));
    case FindingsRole:
        return findings();
    case SeverityRole:
        return findings().isEmpty() ? -1 : int(Finding::Severity::Error);
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case SidColumn:
            return s.sid;
        case NameColumn:
            return s.name.toLower();
        case CodeColumn:
            return s.integrationCode.toLower();
        case StatusColumn:
            return s.active;
        case RuleColumn:
            return s.rule;
        case DestinationsColumn:
            return destinationCount(s.sid);
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case SidColumn:
            return s.sid;
        case NameColumn:
            return s.name;
        case CodeColumn:
            return s.integrationCode;
        case StatusColumn:
            if (role == Qt::EditRole)
                return s.active;
            return s.active ? tr("Active") : tr("Inactive");
        case RuleColumn:
            return s.rule;
        case DestinationsColumn:
            return destinationCount(s.sid);
        }
    }
    if (role == Qt::ToolTipRole) {
        const QStringList messages = findings();
        if (!messages.isEmpty())
            return messages.join(QLatin1Char('\n'));
        if (column == NameColumn && !s.description.isEmpty())
            return s.description;
    }
    return {};
}

QVariant SegmentCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SidColumn:
        return tr("Segment ID");
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Integration code");
    case StatusColumn:
        return tr("Status");
    case RuleColumn:
        return tr("Rule");
    case DestinationsColumn:
        return tr("Destinations");
    }
    return {};
}

Qt::ItemFlags SegmentCatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly() &&
        (index.column() == NameColumn || index.column() == CodeColumn ||
         index.column() == StatusColumn || index.column() == RuleColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SegmentCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const qint64 sid = sidAt(index.row());
    switch (index.column()) {
    case NameColumn:
        m_document->setSegmentField(sid, Segment::Name, value.toString());
        return true;
    case CodeColumn:
        m_document->setSegmentField(sid, Segment::IntegrationCode, value.toString());
        return true;
    case StatusColumn:
        m_document->setSegmentField(sid, Segment::Active, value.toBool());
        return true;
    case RuleColumn:
        m_document->setSegmentField(sid, Segment::Rule, value.toString());
        return true;
    default:
        return false;
    }
}

bool SegmentCatalogModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > rowCount())
        return false;
    ChangeSet changes;
    qint64 sid = m_document->workspace().nextSegmentId();
    for (int i = 0; i < count; ++i) {
        Segment s;
        s.sid = sid++;
        s.name = tr("New segment %1").arg(s.sid);
        changes.addSegments.append(s);
    }
    m_document->apply(changes, tr("Add %n segment(s)", nullptr, count));
    return true;
}

bool SegmentCatalogModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    QList<qint64> sids;
    for (int r = row; r < row + count; ++r)
        sids.append(sidAt(r));
    m_document->removeSegments(sids, true);
    return true;
}

} // namespace dcsdesk
