#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace dcsdesk {

// Help > User Guide (F1): the bundled, offline guide (UserGuide) in a window of its own next to
// the main window, with the table of contents on the left, back and forward, and search in the
// page with every match marked. It follows the interface's language: after a switch it shows the
// same page in the new language. The main window owns it but is not its parent, so a dialog that
// blocks the main window (bulk edit, add segments) leaves the guide usable beside it.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // Shows a topic ("mappings#flights") in the interface's language and brings the window up.
    void showTopic(const QString &topic);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchStatus() const { return m_searchStatus; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QString language() const { return m_language; } // of the pages shown

    // Finds the next (or previous) match of the search text, wrapping around; false when the
    // page has none.
    bool findNext(bool backward = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setLanguage(const QString &language);
    void rebuildContents();
    void sourceChanged(const QUrl &url);
    void markMatches();

    QString m_language;
    QToolBar *m_toolbar;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_home;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_findAction;
    QAction *m_previousMatch;
    QAction *m_nextMatch;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QSplitter *m_splitter;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace dcsdesk
