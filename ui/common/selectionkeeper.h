#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QVector>
#include <functional>

class QAbstractItemView;
class QTimer;

namespace dcsdesk {

// Keeps what the user selected in a view selected and in sight while the model under it changes:
// a re-sort, a rename that moves the row, an undo that rebuilds the model. Rows are known by
// their KeyRole (column 0), so a reset selects the same entities again. The row the user was
// looking at is scrolled back into view; after a click on a column header always, otherwise only
// when it was in view before the change (a background update does not yank the list around).
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    // Finds the view's (proxy) index of a key quickly; without it the rows are scanned.
    using IndexOfKey = std::function<QModelIndex(qint64 key)>;

    static SelectionKeeper *install(QAbstractItemView *view, IndexOfKey indexOfKey = {});

    // Selections larger than this are not restored after a reset (the owner may still do it).
    static constexpr int MaxRestoredRows = 5000;

    // Scrolls the current row (else the first selected one) into view now.
    void ensureSelectionVisible();

private:
    SelectionKeeper(QAbstractItemView *view, IndexOfKey indexOfKey);
    void remember();
    void restore();
    void layoutAboutToChange();
    void layoutDone();
    QModelIndex anchor() const;
    bool isInView(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 key) const;

    QAbstractItemView *m_view;
    IndexOfKey m_indexOfKey;
    QTimer *m_scroll;
    QVector<qint64> m_keys;
    qint64 m_currentKey = 0;
    bool m_wasInView = false;
    bool m_sorted = false;
};

} // namespace dcsdesk
