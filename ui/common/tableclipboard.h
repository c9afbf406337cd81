#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <functional>

class QAbstractItemView;
class QItemSelectionModel;
class QMimeData;

namespace dcsdesk {

// Copy, Cut and Paste for a table or tree view, one implementation for every view of the app.
// Copy puts the selected rows (the visible columns, in the order shown) on the clipboard with a
// header row, as tab-separated text/plain that spreadsheets paste into columns, as RFC 4180
// text/csv and as an HTML table; a single cell of a view that selects cells goes as its text,
// as from a spreadsheet. Cut and Paste exist only where the owner says what they do: Cut copies
// and then calls the owner's remove (one undo step), Paste hands the clipboard to the owner.
// Ctrl+C, Ctrl+X and Ctrl+V with the focus in the view go here, before the view's own handling
// (which copies one cell) and before the window's shortcuts.
class TableClipboard : public QObject
{
    Q_OBJECT

public:
    // The view's helper, created on first use (Copy only until handlers are set).
    static TableClipboard *install(QAbstractItemView *view);
    // The helper of a view, or nullptr when none was installed.
    static TableClipboard *of(const QObject *view);

    QAbstractItemView *view() const { return m_view; }

    // Cut: canRemove says whether the selected rows may be deleted now; remove deletes them as
    // one undo step and reports it. Without them Cut is never available.
    void setRemover(std::function<bool()> canRemove, std::function<void()> remove);
    // Paste: canPaste says whether the view takes a paste now; paste receives the clipboard.
    void setPaster(std::function<bool()> canPaste, std::function<void(const QMimeData *)> paste);

    bool canCopy() const;
    bool canCut() const;
    bool canPaste() const;
    int copy(); // the number of rows copied
    int cut();  // the number of rows copied before the remove
    void paste();

    // The selection as rows of cell texts, the first row being the column titles. A cell is its
    // display text; a date cell is written as ISO 8601 (2026-05-01, 2026-05-01 10:00:00), which
    // every spreadsheet reads as a date whatever its locale.
    static QVector<QStringList> selectedRows(const QAbstractItemView *view);
    static QString toTabSeparated(const QVector<QStringList> &rows);
    static QString toHtml(const QVector<QStringList> &rows);
    static QMimeData *mimeData(const QVector<QStringList> &rows);

Q_SIGNALS:
    // What canCopy / canCut / canPaste answer may have changed.
    void availabilityChanged();
    // Rows went to the clipboard from the keyboard or the Edit menu (cut: and were removed).
    void copied(int rows, bool cut);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TableClipboard(QAbstractItemView *view);
    void watchSelectionModel();
    int putOnClipboard();

    QAbstractItemView *m_view;
    QPointer<QItemSelectionModel> m_selection;
    std::function<bool()> m_canRemove;
    std::function<void()> m_remove;
    std::function<bool()> m_canPaste;
    std::function<void(const QMimeData *)> m_paste;
};

} // namespace dcsdesk
