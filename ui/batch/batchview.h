#pragma once

#include "batch/batchinput.h"
#include "dcs/dcsrequest.h"
#include "mainwindow/mainview.h"

#include <functional>

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace dcsdesk {

class BatchCharts;
class BatchResultFilter;
class BatchResultModel;
class BatchRunner;
class SandboxEndpoint;
class SandboxService;
class WorkspaceDocument;

// The batch window: choose the users (a CSV file or N generated users), the request template (a
// saved request of the workspace or one handed over by the console, plus d_dst, d_cts and extra
// signals), the profile and the pace; run it with a progress bar, live counters and charts; filter
// and export the results. The work is done by BatchRunner in models/, as in dcsdesk-cli batch.
class BatchView : public QWidget, public MainView
{
    Q_OBJECT

public:
    explicit BatchView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~BatchView() override;

    // Where the app's local sandbox listens; used by profiles whose region is the sandbox.
    // Without it the view starts its own in-process sandbox on the document when a run needs it.
    void setSandboxBaseUrl(const QUrl &url);
    // The console's local sandbox, started on demand (the app shares one between both views).
    void setSandboxEndpoint(SandboxEndpoint *endpoint);
    // A template from the request console ("Run as Batch"); its user ID is replaced per user.
    void setRequestTemplate(const DcsRequest &request);

    // Users: a CSV file (false and a message when it cannot be used) or generated ones.
    bool loadCsv(const QString &path);
    void setGenerated(int count);
    void setConcurrency(int n);
    void setRate(double callsPerSecond);
    void setProfileName(const QString &name);
    // Asked before a big run against the live DCS; tests replace it.
    void setConfirmLiveRun(std::function<bool(int calls, double rate)> confirm);
    // Where a finished run's summary goes: the console's history when the app wires it, else
    // batch-history.jsonl in the data folder (BatchHistory). Returns false with a message.
    using HistoryRecorder = std::function<bool(const QJsonObject &summary, const Profile &profile,
                                               const DcsRequest &requestTemplate, QString *error)>;
    void setHistoryRecorder(HistoryRecorder recorder);

    void activateSearch() override; // Edit > Find: the results filter

    bool start();
    // expectationFailuresOnly: only the rows whose expectations failed or were not checked.
    // bom: the CSV starts with a UTF-8 byte order mark, for Excel (the default).
    bool exportTo(const QString &path, QString *error = nullptr,
                  bool expectationFailuresOnly = false, bool bom = true);
    // What broke for the selected row (its expectations, its message); hidden without one.
    QLabel *rowDetail() const { return m_rowDetail; }
    QLabel *messageLabel() const { return m_message; }
    BatchRunner *runner() const { return m_runner; }
    // What every call of the run carries (BatchRunner::describeTemplate), kept current.
    QPlainTextEdit *templateView() const { return m_templateView; }
    // Expectations of the CSV the template cannot check; hidden when there are none.
    QLabel *expectationWarning() const { return m_expectationWarning; }
    BatchResultModel *resultModel() const { return m_model; }
    BatchResultFilter *resultFilter() const { return m_filter; }
    QProgressBar *progressBar() const { return m_progress; }
    BatchCharts *charts() const { return m_charts; }
    QString historyPath() const;

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void fitSetup();
    void retranslate();
    void refreshProfiles();
    void refreshSavedRequests();
    void onSavedRequestChosen();
    void updateTemplateView();
    Profile currentProfile() const;
    void onInputModeChanged();
    void chooseCsv();
    void showInputProblems();
    bool rereadCsv(QString *note); // Start runs what is on disk now, never an older read
    void updateInputSummary();
    DcsRequest currentTemplateBase() const; // the chosen saved or console request
    DcsRequest currentTemplate() const;     // with the toggles and signals of the view
    void updateProgress();
    void updateCounters();
    void updateButtons();
    void onFinished();
    void exportResults();
    void updateRowDetail();
    void updateExpectationColumn(); // shown when a row of the run expects something
    void updateExpectationWarning(); // expectations the template cannot check, before a run

    WorkspaceDocument *m_document;
    QUrl m_sandboxBaseUrl;
    SandboxService *m_ownSandbox = nullptr;
    SandboxEndpoint *m_sandboxEndpoint = nullptr;
    BatchRunner *m_runner = nullptr;
    BatchResultModel *m_model = nullptr;
    BatchResultFilter *m_filter = nullptr;
    BatchInput m_csvInput;
    QString m_csvPath;
    QString m_runInputText; // translated: which file version the current or last run used
    DcsRequest m_consoleTemplate;
    DcsRequest m_lastTemplate; // of the current or last run
    bool m_hasConsoleTemplate = false;
    std::function<bool(int, double)> m_confirmLiveRun;
    HistoryRecorder m_historyRecorder;
    int m_progressTicks = 0;

    QGroupBox *m_usersBox = nullptr;
    QRadioButton *m_csvRadio = nullptr;
    QRadioButton *m_generateRadio = nullptr;
    QLineEdit *m_csvPathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QSpinBox *m_generateSpin = nullptr;
    QLabel *m_inputSummary = nullptr;
    QPushButton *m_problemsButton = nullptr;
    QLabel *m_invalidLabel = nullptr;
    QComboBox *m_invalidPolicy = nullptr;

    QGroupBox *m_requestBox = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_templateLabel = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QCheckBox *m_dstCheck = nullptr;
    QLabel *m_ctsLabel = nullptr;
    QComboBox *m_ctsCombo = nullptr;
    QLabel *m_signalsLabel = nullptr;
    QTableWidget *m_signalsTable = nullptr;
    QLabel *m_templateViewLabel = nullptr;
    QPlainTextEdit *m_templateView = nullptr;
    QPushButton *m_addSignalButton = nullptr;
    QPushButton *m_removeSignalButton = nullptr;
    QLabel *m_expectationWarning = nullptr;

    QGroupBox *m_paceBox = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrencySpin = nullptr;
    QLabel *m_rateLabel = nullptr;
    QDoubleSpinBox *m_rateSpin = nullptr;
    QLabel *m_retriesLabel = nullptr;
    QSpinBox *m_retriesSpin = nullptr;

    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rateInfo = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_counters = nullptr;
    BatchCharts *m_charts = nullptr;
    QComboBox *m_showCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QScrollArea *m_setupScroll = nullptr;
    QLabel *m_rowDetail = nullptr;
};

} // namespace dcsdesk
