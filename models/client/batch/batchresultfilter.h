#pragma once

#include <QSortFilterProxyModel>

namespace dcsdesk {

// Filters and sorts the batch results: by outcome (all, OK, with DCS errors, not 200, failed,
// invalid, failed expectations) and by text in the user ID, tid, UUID, error codes or message.
class BatchResultFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // In the order of the view's "Rows shown" list.
    enum class Show { All, Ok, WithErrors, NotOk, Failed, Invalid, FailedExpectations };
    static constexpr int ShowCount = 7;

    explicit BatchResultFilter(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace dcsdesk
