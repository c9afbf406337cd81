#include "capturelistmodel.h"

#include "system/datetext.h"

#include <QLocale>

namespace dcsdesk {

CaptureListModel::CaptureListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaptureListModel::setCapture(QSharedPointer<const HarCapture> capture)
{
    beginResetModel();
    m_capture = std::move(capture);
    endResetModel();
}

const HarEntry *CaptureListModel::entryAt(int row) const
{
    if (!m_capture || row < 0 || row >= m_capture->entries().size())
        return nullptr;
    return &m_capture->entries()[row];
}

int CaptureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_capture ? 0 : int(m_capture->entries().size());
}

int CaptureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaptureListModel::errorCodes(const HarEntry &entry)
{
    for (const HarNameValue &h : entry.responseHeaders) {
        if (h.name.compare(QLatin1String("X-Error"), Qt::CaseInsensitive) == 0)
            return h.value.trimmed();
    }
    return QString();
}

bool CaptureListModel::hasProblem(const HarEntry &entry)
{
    return entry.status <= 0 || entry.status >= 400 || !errorCodes(entry).isEmpty();
}

QVariant CaptureListModel::data(const QModelIndex &index, int role) const
{
    const HarEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case EntryIndexRole:
        return e->index;
    case AudienceManagerRole:
        return e->audienceManager;
    case KindRole:
        return int(e->kind);
    case ProblemRole:
        return hasProblem(*e);
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Status || index.column() == Size ||
            index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Started:
            return DateText::dateTime(e->started.toLocalTime());
        case Status:
            return e->status > 0 ? QStringLiteral("%1 %2").arg(e->status).arg(e->statusText)
                                 : tr("No answer: the browser recorded none (the call was "
                                      "blocked, failed or was canceled).");
        case Errors:
            return errorCodes(*e).isEmpty()
                       ? QVariant()
                       : tr("DCS error codes in the answer's X-Error header: %1. The Answer tab "
                            "says what each means.")
                             .arg(errorCodes(*e));
        case Size:
            return e->contentSize >= 0 && !e->bodySaved() && e->contentSize > 0
                       ? tr("The capture did not save this answer's body.")
                       : QVariant();
        default:
            return e->method + QLatin1Char(' ') + e->url;
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return e->index + 1;
    case Started:
        return e->started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Type:
        return HarEntry::kindName(e->kind);
    case Method:
        return e->method;
    case Host:
        return e->host();
    case Path: {
        const qsizetype at = e->url.indexOf(e->path());
        return at >= 0 ? e->url.mid(at) : e->path();
    }
    case Status:
        return e->status > 0 ? QString::number(e->status) : QStringLiteral("—");
    case Errors:
        return errorCodes(*e);
    case Size:
        return e->contentSize >= 0 ? locale.formattedDataSize(e->contentSize) : QStringLiteral("—");
    case Duration:
        return e->timeMs >= 0 ? tr("%1 ms").arg(locale.toString(e->timeMs, 'f', 0))
                              : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant CaptureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Started:
        return tr("Time");
    case Type:
        return tr("Type");
    case Method:
        return tr("Method");
    case Host:
        return tr("Host");
    case Path:
        return tr("Path and query");
    case Status:
        // As the batch results name the same column; "Status" took room the type needed.
        return tr("HTTP", "column header: the HTTP status code of each call");
    case Errors:
        return tr("DCS errors");
    case Size:
        return tr("Size");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

CaptureFilterProxyModel::CaptureFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void CaptureFilterProxyModel::setAudienceManagerOnly(bool only)
{
    if (only == m_aamOnly)
        return;
    m_aamOnly = only;
    invalidateFilter();
}

void CaptureFilterProxyModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void CaptureFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool CaptureFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CaptureListModel *>(sourceModel());
    const HarEntry *e = model ? model->entryAt(sourceRow) : nullptr;
    if (!e)
        return false;
    if (m_aamOnly && !e->audienceManager)
        return false;
    if (m_kind != AnyKind && int(e->kind) != m_kind)
        return false;
    for (const QString &word : m_words) {
        const auto has = [&word](const QString &text) {
            return text.contains(word, Qt::CaseInsensitive);
        };
        bool found = has(e->url) || has(e->method) || has(QString::number(e->status)) ||
                     has(e->postText) || has(HarEntry::kindName(e->kind));
        for (const QVector<HarNameValue> *headers : {&e->requestHeaders, &e->responseHeaders}) {
            for (int i = 0; !found && i < headers->size(); ++i)
                found = has(headers->at(i).name) || has(headers->at(i).value);
        }
        for (const QVector<HarCookie> *cookies : {&e->requestCookies, &e->responseCookies}) {
            for (int i = 0; !found && i < cookies->size(); ++i)
                found = has(cookies->at(i).name) || has(cookies->at(i).value);
        }
        if (!found)
            return false;
    }
    return true;
}

bool CaptureFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const CaptureListModel *>(sourceModel());
    const HarEntry *a = model ? model->entryAt(left.row()) : nullptr;
    const HarEntry *b = model ? model->entryAt(right.row()) : nullptr;
    if (!a || !b)
        return false;
    switch (left.column()) {
    case CaptureListModel::Number:
        return a->index < b->index;
    case CaptureListModel::Started:
        return a->started < b->started;
    case CaptureListModel::Status:
        return a->status < b->status;
    case CaptureListModel::Errors:
        return CaptureListModel::errorCodes(*a) < CaptureListModel::errorCodes(*b);
    case CaptureListModel::Size:
        return a->contentSize < b->contentSize;
    case CaptureListModel::Duration:
        return a->timeMs < b->timeMs;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace dcsdesk
