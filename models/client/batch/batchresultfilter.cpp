#include "batchresultfilter.h"

#include "batchresultmodel.h"
#include "batchrowresult.h"

namespace dcsdesk {

BatchResultFilter::BatchResultFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BatchResultModel::SortRole);
    setDynamicSortFilter(false); // thousands of updates a second; re-sorted on demand
}

void BatchResultFilter::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void BatchResultFilter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool BatchResultFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_show != Show::All) {
        const auto state = BatchRowResult::State(index.data(BatchResultModel::StateRole).toInt());
        const bool answered = state == BatchRowResult::State::Answered;
        const bool errors = index.data(BatchResultModel::HasErrorsRole).toBool();
        const int status = sourceModel()
                               ->index(sourceRow, BatchResultModel::StatusColumn, sourceParent)
                               .data(BatchResultModel::SortRole)
                               .toInt();
        bool accept = true;
        switch (m_show) {
        case Show::All:
            break;
        case Show::Ok:
            accept = answered && status == 200 && !errors;
            break;
        case Show::WithErrors:
            accept = answered && errors;
            break;
        case Show::NotOk:
            accept = answered && status != 200;
            break;
        case Show::Failed:
            accept = state == BatchRowResult::State::Failed ||
                     state == BatchRowResult::State::Cancelled ||
                     state == BatchRowResult::State::NotSent;
            break;
        case Show::Invalid:
            accept = state == BatchRowResult::State::Invalid;
            break;
        case Show::FailedExpectations: {
            // Failed, or expected something and could not be checked: both need a look.
            const auto e =
                BatchRowResult::Expectation(index.data(BatchResultModel::ExpectationRole).toInt());
            accept = e == BatchRowResult::Expectation::Failed ||
                     e == BatchRowResult::Expectation::NotChecked;
            break;
        }
        }
        if (!accept)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return index.data(BatchResultModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace dcsdesk
