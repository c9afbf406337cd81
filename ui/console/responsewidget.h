#pragma once

#include "console/expectedvsactual.h"
#include "console/responseoutline.h"
#include "dcs/dcsresult.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace dcsdesk {

class ComparisonView;
class JsonHighlighter;
class TimingWaterfall;
class WorkspaceDocument;

// The right half of the console: the status line and the Decoded, Expected vs actual, Pretty,
// Raw, Headers and Timing views of one result. Heavy views (the outline, pretty-printed JSON, the
// raw text) are built on a worker thread and only when their tab is first shown; bodies over a
// MiB are shown in part with a note and "Save body…" writes all of it, and the raw text's long
// lines are broken for display, so a multi-megabyte answer never freezes the window.
class ResponseWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype PrettyLimit = 256 * 1024;    // bytes pretty-printed
    static constexpr qsizetype HighlightLimit = 128 * 1024; // bytes highlighted
    static constexpr qsizetype RawLimit = 1024 * 1024;      // bytes shown raw
    static constexpr qsizetype RawLineChars = 1024;         // longer lines are broken for display
    static constexpr int MaxChildren = 1000;                // rows per outline section

    explicit ResponseWidget(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~ResponseWidget() override;

    void showResult(const DcsResult &result);
    // Writes the whole body, exactly as received (the views may show only a part of it).
    bool saveBody(const QString &path, QString *error = nullptr) const;
    void showRunning(const QString &text);
    void clear();

    const DcsResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    const ExpectedVsActual::Result &comparison() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *decodedTree() const { return m_decoded; }
    QTreeWidget *comparisonTree() const;
    ComparisonView *comparisonView() const { return m_comparison; }
    QPlainTextEdit *prettyView() const { return m_pretty; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *prettyNote() const { return m_prettyNote; }
    QLabel *rawNote() const { return m_rawNote; }
    // The interactive widgets in reading order (the console sets its tab order from it).
    QList<QWidget *> tabChain() const;
    bool isBusy() const { return m_pending > 0; } // a worker is still building a view
    // How many views were built on a worker thread since start (tests: the UI thread stays free).
    static int buildsOffUiThread();

    enum Tab { DecodedTab, CompareTab, PrettyTab, RawTab, HeadersTab, TimingTab };

Q_SIGNALS:
    void useUserRequested(const QString &uuid, int regionId);
    void viewsReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onTabChanged(int index);
    void buildDecoded();
    void buildPretty();
    void buildRaw();
    void buildHeaders();
    void buildComparison();
    void updateStatusLine();
    void addOutline(QTreeWidgetItem *parent, const OutlineNode &node);
    void finishWork();
    void chooseAndSaveBody();
    QString partNote(qsizetype shown, qsizetype total) const;

    QPointer<WorkspaceDocument> m_document;
    DcsResult m_result;
    bool m_hasResult = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_decodedBuilt = false;
    bool m_prettyBuilt = false;
    bool m_rawBuilt = false;

    QLabel *m_status;
    QPushButton *m_useUser;
    QPushButton *m_saveBody;
    QTabWidget *m_tabs;
    QTreeWidget *m_decoded;
    ComparisonView *m_comparison;
    QLabel *m_prettyNote;
    QPlainTextEdit *m_pretty;
    JsonHighlighter *m_highlighter = nullptr;
    QLabel *m_rawNote;
    QPlainTextEdit *m_raw;
    QTableWidget *m_headers;
    TimingWaterfall *m_timing;
};

} // namespace dcsdesk
