#pragma once

#include "capture/capturecall.h"

#include <QSharedPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace dcsdesk {

class ResponseWidget;
class WorkspaceDocument;

// One captured call, read the way the console reads a call: its keys grouped by prefix with
// what each means, the headers, the cookies sent and set (decoded, with their expiries), the
// answer in the console's own response views, and how it would be replayed server-to-server
// (every value with where it came from). The buttons hand the call to the console.
class CaptureDetails : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureDetails(WorkspaceDocument *document, QWidget *parent = nullptr);

    // entryIndex: a position in capture->entries(); -1 shows nothing.
    void showEntry(QSharedPointer<const HarCapture> capture, int entryIndex);
    int entryIndex() const { return m_entryIndex; }
    const CaptureCall::ServerCall &serverCall() const { return m_serverCall; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *requestTree() const { return m_request; }
    QTreeWidget *cookieTree() const { return m_cookies; }
    ResponseWidget *answer() const { return m_answer; }
    QPlainTextEdit *serverCallText() const { return m_serverText; }
    QPushButton *openInConsoleButton() const { return m_openInConsole; }
    QToolButton *replayButton() const { return m_replay; }
    QAction *replayInSandboxAction() const { return m_replaySandbox; }
    QAction *replayLiveAction() const { return m_replayLive; }

    enum Tab { RequestTab, CookiesTab, AnswerTab, ServerCallTab };

Q_SIGNALS:
    void openInConsoleRequested(int entryIndex);
    void replayRequested(int entryIndex, bool toSandbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRequest(const HarEntry &entry);
    void fillCookies(const HarEntry &entry);
    void fillServerCall(const HarEntry &entry);
    void updateActions();

    QSharedPointer<const HarCapture> m_capture;
    int m_entryIndex = -1;
    CaptureCall::ServerCall m_serverCall;

    QLabel *m_title;
    QPushButton *m_openInConsole;
    QToolButton *m_replay;
    QAction *m_replaySandbox;
    QAction *m_replayLive;
    QTabWidget *m_tabs;
    QTreeWidget *m_request;
    QTreeWidget *m_cookies;
    ResponseWidget *m_answer;
    QPlainTextEdit *m_serverText;
};

} // namespace dcsdesk
