#pragma once

#include "capture/capturecall.h"
#include "capture/harmasker.h"
#include "history/historyentry.h"
#include "mainwindow/mainview.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSharedPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace dcsdesk {

class CaptureDetails;
class CaptureFilterProxyModel;
class CaptureListModel;
class EmptyState;
class WorkspaceDocument;

// The Captures view: a browser's HAR file with its Audience Manager calls listed in order
// (time, type, status, size), filtered and searched, each call read in CaptureDetails. A file is
// read on a worker thread, so a 200 MB capture never freezes the window; a file that cannot be
// read leaves the open capture as it was and says why. Open in Console and Replay hand a call
// to the console (ConsoleServices wires them).
class CaptureView : public QWidget, public MainView
{
    Q_OBJECT

public:
    explicit CaptureView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~CaptureView() override;

    // Reads the file on a worker; loaded() or loadFailed() follows.
    void openCapture(const QString &path);
    void chooseAndOpen();
    // Reads the file in the calling thread: for the sample and --screenshot, not large files.
    bool openCaptureNow(const QString &path, QString *error = nullptr);
    static QString samplePath(); // the sample capture bundled with the app
    QString path() const { return m_path; }
    bool isLoading() const;
    QSharedPointer<const HarCapture> capture() const { return m_capture; }

    QAction *openAction() const { return m_openAction; }
    QAction *saveMaskedAction() const { return m_saveMaskedAction; }
    QTableView *table() const { return m_table; }
    CaptureFilterProxyModel *filter() const { return m_filter; }
    CaptureDetails *details() const { return m_details; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *noticeLabel() const { return m_notice; }
    EmptyState *emptyState() const { return m_emptyState; }
    // The source row of the entry with this position in the file (for tests and Replay).
    void selectEntry(int entryIndex);

    // The captured call as a history entry: the left side of the comparison after a replay.
    HistoryEntry capturedEntry(int entryIndex) const;

    void activateSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    QList<ScreenshotStep> screenshotSteps() override;

Q_SIGNALS:
    void loaded();
    void maskPreviewShown(QDialog *dialog);
    void loadFailed(const QString &message);
    void openInConsoleRequested(const QString &curlCommand, const dcsdesk::DcsResult &captured,
                                const QString &note);
    void replayRequested(const dcsdesk::CaptureCall::ServerCall &call, bool toSandbox,
                         const dcsdesk::HistoryEntry &captured, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded
    {
        QString path;
        QSharedPointer<HarCapture> capture;
        HarCapture::Result result;
    };

    void retranslate();
    void onLoaded();
    void showCapture(QSharedPointer<const HarCapture> capture, const QStringList &notes);
    void updateCounts();
    void onCurrentRowChanged();
    void handOver(int entryIndex);
    void replay(int entryIndex, bool toSandbox);
    void saveMaskedCopy();
    void onMasked();
    QStringList aliasHosts() const;
    QString emptyTitle() const;
    QString emptyBody() const;

    QPointer<WorkspaceDocument> m_document;
    QSharedPointer<const HarCapture> m_capture;
    QString m_path;
    QStringList m_notes;
    QString m_loadingPath;
    QFutureWatcher<Loaded> m_watcher;
    // Shared with the worker: how far the read is (per mille) and whether to stop.
    struct ReadState
    {
        std::atomic<int> perMille{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<ReadState> m_readState;
    QTimer *m_progressTimer;
    QFutureWatcher<HarMasker::Result> m_maskWatcher;
    QString m_maskingPath;
    bool m_splitterRestored = false;

    QAction *m_openAction;
    QAction *m_showAllAction;
    QAction *m_openSampleAction;
    QPushButton *m_openButton;
    QAction *m_saveMaskedAction;
    QPushButton *m_saveMaskedButton;
    QLabel *m_summary;
    QLabel *m_notice;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoad;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    CaptureListModel *m_model;
    CaptureFilterProxyModel *m_filter;
    CaptureDetails *m_details;
    EmptyState *m_emptyState;
};

} // namespace dcsdesk
