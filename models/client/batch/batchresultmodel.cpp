#include "batchresultmodel.h"

#include "batchrunner.h"
#include "domain/profile.h"
#include "domain/region.h"

#include <QLocale>

namespace dcsdesk {

BatchResultModel::BatchResultModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchResultModel::flush);
}

void BatchResultModel::setRunner(BatchRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (m_runner) {
        connect(m_runner, &BatchRunner::rowChanged, this, &BatchResultModel::onRowChanged);
        connect(m_runner, &BatchRunner::finished, this, &BatchResultModel::flush);
    }
    reload();
}

void BatchResultModel::reload()
{
    beginResetModel();
    m_rows = m_runner ? int(m_runner->results().size()) : 0;
    m_dirtyFirst = m_dirtyLast = -1;
    endResetModel();
}

void BatchResultModel::onRowChanged(int index)
{
    if (index < 0 || index >= m_rows)
        return;
    m_dirtyFirst = m_dirtyFirst < 0 ? index : qMin(m_dirtyFirst, index);
    m_dirtyLast = qMax(m_dirtyLast, index);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BatchResultModel::flush()
{
    m_flushTimer.stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = m_dirtyLast;
    m_dirtyFirst = m_dirtyLast = -1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_runner ||
        index.row() >= m_runner->results().size())
        return {};
    const BatchRowResult &r = m_runner->results().at(index.row());
    const bool answered = r.state == BatchRowResult::State::Answered;
    switch (role) {
    case StateRole:
        return int(r.state);
    case HasErrorsRole:
        return !r.errorCodes.isEmpty();
    case ExpectationRole:
        return int(r.isFinal() ? r.expectation : BatchRowResult::Expectation::None);
    case SearchTextRole:
        return QStringList{r.userId,  r.tid,
                           r.uuid,    r.errorCodesText(),
                           r.message, r.expectationFailures.join(QLatin1Char('\n'))}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case RowColumn:
            return r.row;
        case StatusColumn:
            return answered ? r.httpStatus : -1;
        case ErrorsColumn:
            return r.errorCodes.isEmpty() ? -1 : r.errorCodes.first();
        case CookieColumn:
            return r.cookieDestinations;
        case UrlColumn:
            return r.urlDestinations;
        case RegionColumn:
            return r.dcsRegion;
        case LatencyColumn:
            return r.latencyMs;
        case StateColumn:
            return int(r.state);
        case ExpectationColumn:
            return int(r.isFinal() ? r.expectation : BatchRowResult::Expectation::None);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == UserColumn)
            return r.message.isEmpty() ? r.userId : r.userId + QLatin1Char('\n') + r.message;
        if (index.column() == ExpectationColumn && r.isFinal() && !r.expectationFailures.isEmpty())
            return r.expectationFailures.join(QLatin1Char('\n'));
        if (!r.message.isEmpty())
            return r.message;
        if (index.column() == RegionColumn && r.hasRegion())
            return DcsRegion::displayName(r.dcsRegion);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RowColumn:
        case StatusColumn:
        case CookieColumn:
        case UrlColumn:
        case RegionColumn:
        case LatencyColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case RowColumn:
            return r.line > 0 ? r.line : r.row;
        case UserColumn:
            return r.userId;
        case StateColumn:
            return BatchRowResult::stateName(r.state);
        case StatusColumn:
            return answered || r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant();
        case ErrorsColumn:
            return r.errorCodesText();
        case CookieColumn:
            return answered ? QVariant(r.cookieDestinations) : QVariant();
        case UrlColumn:
            return answered ? QVariant(r.urlDestinations) : QVariant();
        case RegionColumn: {
            if (!answered || !r.hasRegion())
                return QVariant();
            // The number the answer gave, with Adobe's code beside it: a bare -1 read as an error.
            // The sandbox has no Adobe code; its name is the one the rest of the app shows.
            const DcsRegion *region = DcsRegion::find(r.dcsRegion);
            if (!region)
                return QString::number(r.dcsRegion);
            return QStringLiteral("%1 (%2)")
                .arg(r.dcsRegion == Profile::SandboxRegion ? region->location() : region->code)
                .arg(r.dcsRegion);
        }
        case TidColumn:
            return r.tid;
        case LatencyColumn:
            return r.latencyMs >= 0 ? locale.toString(r.latencyMs, 'f', 1) : QString();
        case ExpectationColumn:
            return r.isFinal() ? BatchRowResult::expectationName(r.expectation) : QString();
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case UserColumn:
        return tr("User");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("HTTP");
    case ErrorsColumn:
        return tr("DCS errors");
    case CookieColumn:
        return tr("Cookie destinations");
    case UrlColumn:
        return tr("URL destinations");
    case RegionColumn:
        return tr("Region");
    case TidColumn:
        return tr("tid");
    case LatencyColumn:
        return tr("Time (ms)");
    case ExpectationColumn:
        return tr("Expectations");
    }
    return {};
}

} // namespace dcsdesk
