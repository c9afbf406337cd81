#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace dcsdesk {

class HttpServer;

// One client connection of HttpServer: an incremental HTTP/1.1 parser (request line, headers,
// Content-Length or chunked body) over a growing buffer, pipelined requests answered in order,
// back-pressure when the client does not read, and the deadlines the server's sweep enforces.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // Called by the server's timer; closes or answers 408 when a deadline has passed.
    void checkDeadlines(qint64 now);
    // Server shutdown: close now when idle, else after the answer in progress.
    void beginShutdown();
    void abort();

Q_SIGNALS:
    void finished(dcsdesk::HttpConnection *connection);

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkTrailer, Closing, Closed };

    void onReadyRead();
    void onBytesWritten();
    void process();
    bool parseHead(qsizetype headEnd);
    void dispatch();
    void writeResponse(const HttpResponse &response, bool close, bool http10);
    void fail(int status, const QByteArray &text);
    void startClosing();
    void finishLingering();
    void closeNow();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    State m_state = State::Idle;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; // where to resume looking for the end of the header section
    HttpRequest m_request;
    qint64 m_bodyRemaining = 0; // Content-Length left, or the current chunk's bytes left
    bool m_keepAlive = true;
    bool m_closeAfterWrite = false;
    bool m_paused = false;      // too much unread output: stop parsing more requests
    qint64 m_requestStart = -1; // first byte of the request being read
    qint64 m_lastActivity = 0;
    qint64 m_lastWriteProgress = 0;
    qint64 m_lingerSince = -1;
    bool m_shutdownWrite = false;
};

} // namespace dcsdesk
