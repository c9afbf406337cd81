#include "httpconnection.h"

#include "httpserver.h"

#include <QTcpSocket>

#include <cctype>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace dcsdesk {

namespace {

constexpr qint64 MaxUnreadOutput = 1024 * 1024; // stop parsing pipelined requests beyond this
constexpr int MaxChunkLine = 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII and obs-text; no controls, no spaces.
bool isValidTarget(const QByteArray &target)
{
    if (target.isEmpty())
        return false;
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

bool isValidFieldValue(const QByteArray &value)
{
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &part : list.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    m_socket->setParent(this);
    m_lastActivity = m_server->now();
    m_request.peer = m_socket->peerAddress();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state == State::Closed)
            return;
        m_state = State::Closed;
        Q_EMIT finished(this);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState && m_state != State::Closed) {
            m_state = State::Closed;
            Q_EMIT finished(this);
        }
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_socket->abort();
    Q_EMIT finished(this);
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState && m_state != State::Closed) {
        m_state = State::Closed;
        Q_EMIT finished(this);
    }
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_lastActivity = m_server->now();
    if (m_state == State::Closing) {
        m_socket->readAll(); // leftovers of a refused request: read and drop
        return;
    }
    m_buffer += m_socket->readAll();
    process();
}

void HttpConnection::onBytesWritten()
{
    m_lastWriteProgress = m_server->now();
    if (m_state == State::Closing && m_socket->bytesToWrite() == 0) {
        finishLingering();
        return;
    }
    if (m_paused && m_socket->bytesToWrite() < MaxUnreadOutput / 2) {
        m_paused = false;
        process();
    }
}

void HttpConnection::beginShutdown()
{
    if (m_state == State::Idle && m_buffer.isEmpty() && m_socket->bytesToWrite() == 0) {
        closeNow();
        return;
    }
    m_keepAlive = false; // the answer in progress says Connection: close
}

void HttpConnection::checkDeadlines(qint64 now)
{
    const HttpServer::Limits &limits = m_server->limits();
    switch (m_state) {
    case State::Closed:
        return;
    case State::Closing:
        if (now - m_lingerSince > limits.lingerMs)
            abort();
        return;
    case State::Idle:
        if (m_socket->bytesToWrite() > 0) {
            if (now - m_lastWriteProgress > limits.writeTimeoutMs)
                abort();
        } else if (now - m_lastActivity > limits.idleTimeoutMs) {
            closeNow();
        }
        return;
    default:
        // A request is arriving: all of it must come within the request timeout, however
        // slowly its bytes trickle in.
        if (m_requestStart >= 0 && now - m_requestStart > limits.requestTimeoutMs)
            fail(408, "The request did not arrive in time.");
        return;
    }
}

void HttpConnection::process()
{
    const HttpServer::Limits &limits = m_server->limits();
    while (m_state != State::Closing && m_state != State::Closed && !m_paused) {
        switch (m_state) {
        case State::Idle: {
            // Empty lines before a request line are allowed (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
                ++skip;
            if (skip)
                m_buffer.remove(0, skip);
            if (m_buffer.isEmpty())
                return;
            m_state = State::Head;
            m_requestStart = m_server->now();
            m_scanFrom = 0;
            break;
        }
        case State::Head: {
            qsizetype end = -1;
            qsizetype endLength = 0;
            for (qsizetype i = qMax<qsizetype>(0, m_scanFrom); i < m_buffer.size(); ++i) {
                if (m_buffer[i] != '\n')
                    continue;
                if (i + 1 < m_buffer.size() && m_buffer[i + 1] == '\n') {
                    end = i;
                    endLength = 2;
                    break;
                }
                if (i + 2 < m_buffer.size() && m_buffer[i + 1] == '\r' && m_buffer[i + 2] == '\n') {
                    end = i;
                    endLength = 3;
                    break;
                }
            }
            if (end < 0) {
                m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 2);
                const qsizetype lineEnd = m_buffer.indexOf('\n');
                if (lineEnd < 0 && m_buffer.size() > limits.maxRequestLineBytes) {
                    fail(414, "The request line is too long.");
                } else if (m_buffer.size() >
                           qsizetype(limits.maxRequestLineBytes) + limits.maxHeaderBytes) {
                    fail(lineEnd > limits.maxRequestLineBytes ? 414 : 431,
                         lineEnd > limits.maxRequestLineBytes
                             ? QByteArray("The request line is too long.")
                             : QByteArray("The request headers are too large."));
                }
                return;
            }
            const qsizetype headEnd = end + endLength;
            if (!parseHead(end))
                return;
            m_buffer.remove(0, headEnd);
            break;
        }
        case State::Body: {
            if (m_bodyRemaining > 0) {
                const qsizetype take = qMin<qsizetype>(m_bodyRemaining, m_buffer.size());
                m_request.body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_bodyRemaining -= take;
            }
            if (m_bodyRemaining > 0)
                return;
            dispatch();
            break;
        }
        case State::ChunkSize: {
            const qsizetype lineEnd = m_buffer.indexOf('\n');
            if (lineEnd < 0) {
                if (m_buffer.size() > MaxChunkLine)
                    fail(400, "Bad chunk size line.");
                return;
            }
            QByteArray line = m_buffer.left(lineEnd);
            m_buffer.remove(0, lineEnd + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = !hex.isEmpty() && hex.size() <= 8;
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0) {
                fail(400, "Bad chunk size.");
                return;
            }
            if (size == 0) {
                m_state = State::ChunkTrailer;
                break;
            }
            if (m_request.body.size() + size > limits.maxBodyBytes) {
                fail(413, "The request body is too large.");
                return;
            }
            m_bodyRemaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (m_bodyRemaining > 0) {
                const qsizetype take = qMin<qsizetype>(m_bodyRemaining, m_buffer.size());
                m_request.body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_bodyRemaining -= take;
                if (m_bodyRemaining > 0)
                    return;
            }
            // The CRLF after the chunk's data.
            if (m_buffer.size() < 1 || (m_buffer[0] == '\r' && m_buffer.size() < 2))
                return;
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else {
                fail(400, "Bad chunk framing.");
                return;
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            // Trailer fields are read and ignored, up to an empty line.
            const qsizetype lineEnd = m_buffer.indexOf('\n');
            if (lineEnd < 0) {
                if (m_buffer.size() > limits.maxHeaderBytes)
                    fail(431, "The request trailers are too large.");
                return;
            }
            const bool empty = lineEnd == 0 || (lineEnd == 1 && m_buffer[0] == '\r');
            m_buffer.remove(0, lineEnd + 1);
            if (empty)
                dispatch();
            break;
        }
        case State::Closing:
        case State::Closed:
            return;
        }
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const HttpServer::Limits &limits = m_server->limits();
    const QByteArray head = m_buffer.left(headEnd);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray &requestLine = lines.first();
    if (requestLine.size() > limits.maxRequestLineBytes) {
        fail(414, "The request line is too long.");
        return false;
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !isValidTarget(parts[1])) {
        fail(400, "Malformed request line.");
        return false;
    }
    const QByteArray &version = parts[2];
    if (!version.startsWith("HTTP/") || version.size() != 8 || version[6] != '.' ||
        !std::isdigit(static_cast<unsigned char>(version[5])) ||
        !std::isdigit(static_cast<unsigned char>(version[7]))) {
        fail(400, "Malformed request line.");
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
        return false;
    }

    HttpRequest request;
    request.peer = m_request.peer;
    request.method = parts[0];
    request.version = version;
    QByteArray target = parts[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep path and query
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    } else if (!target.startsWith('/') && !(target == "*" && request.method == "OPTIONS")) {
        fail(400, "Malformed request target.");
        return false;
    }
    request.target = target;

    qsizetype headerBytes = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        headerBytes += line.size() + 2;
        if (headerBytes > limits.maxHeaderBytes) {
            fail(431, "The request headers are too large.");
            return false;
        }
        if (line.isEmpty())
            continue;
        if (line[0] == ' ' || line[0] == '\t') {
            fail(400, "Folded header lines are not accepted.");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400, "Malformed header line.");
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isValidFieldValue(value)) {
            fail(400, "Malformed header value.");
            return false;
        }
        if (request.headers.size() >= limits.maxHeaderCount) {
            fail(431, "Too many request headers.");
            return false;
        }
        request.headers.append({line.left(colon), value});
    }

    const bool http11 = version == "HTTP/1.1";
    const QByteArray connection = request.header("Connection");
    m_keepAlive = http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    if (m_server->isShuttingDown())
        m_keepAlive = false;

    qint64 contentLength = 0;
    bool hasLength = false;
    for (const auto &h : request.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = !h.second.isEmpty();
        for (char c : h.second)
            ok = ok && c >= '0' && c <= '9';
        const qint64 value = ok && h.second.size() <= 18 ? h.second.toLongLong(&ok) : -1;
        if (!ok || value < 0 || (hasLength && value != contentLength)) {
            fail(400, "Bad Content-Length.");
            return false;
        }
        contentLength = value;
        hasLength = true;
    }
    const QByteArray transferEncoding = request.header("Transfer-Encoding");
    const bool chunked = !transferEncoding.isNull();
    if (chunked) {
        if (hasLength || !http11) {
            fail(400, "Transfer-Encoding cannot be combined with Content-Length or HTTP/1.0.");
            return false;
        }
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(501, "Only the chunked transfer coding is supported.");
            return false;
        }
    }
    if (contentLength > limits.maxBodyBytes) {
        fail(413, "The request body is too large.");
        return false;
    }

    const QByteArray expect = request.header("Expect");
    if (!expect.isNull()) {
        if (expect.trimmed().compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "Unsupported expectation.");
            return false;
        }
        if (http11 && (chunked || contentLength > 0))
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    }

    m_request = request;
    if (chunked) {
        m_state = State::ChunkSize;
    } else {
        m_bodyRemaining = contentLength;
        m_state = State::Body;
    }
    return true;
}

void HttpConnection::dispatch()
{
    const HttpResponse response = m_server->dispatch(m_request);
    const bool close = !m_keepAlive;
    const bool head = m_request.method == "HEAD";
    const bool http10 = m_request.version == "HTTP/1.0";
    HttpRequest next;
    next.peer = m_request.peer;
    m_request = next;
    m_requestStart = -1;
    m_state = State::Idle;
    if (head) {
        HttpResponse copy = response;
        copy.setHeader(QByteArrayLiteral("Content-Length"),
                       QByteArray::number(response.body.size()));
        copy.body.clear();
        writeResponse(copy, close, http10);
    } else {
        writeResponse(response, close, http10);
    }
    if (close)
        startClosing();
    else if (m_socket->bytesToWrite() > MaxUnreadOutput)
        m_paused = true;
}

void HttpConnection::writeResponse(const HttpResponse &response, bool close, bool http10)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += HttpResponse::reasonPhrase(response.status);
    out += "\r\n";
    bool hasLength = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("Connection", Qt::CaseInsensitive) == 0 ||
            h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    if (!hasLength) {
        out += "Content-Length: ";
        out += QByteArray::number(response.body.size());
        out += "\r\n";
    }
    out += "Date: ";
    out += m_server->dateHeader();
    out += "\r\nServer: ";
    out += m_server->m_serverName;
    out += "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    out += response.body;
    m_lastWriteProgress = m_server->now();
    m_socket->write(out);
}

void HttpConnection::fail(int status, const QByteArray &text)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_keepAlive = false;
    writeResponse(HttpResponse::plain(status, text), true, false);
    m_buffer.clear();
    startClosing();
}

// Lingering close: after the last answer, stop reading requests but keep draining input until
// the client closes or lingerMs pass, so that unread request bytes do not make the kernel reset
// the connection before the client has read the answer.
void HttpConnection::startClosing()
{
    m_state = State::Closing;
    m_lingerSince = m_server->now();
    m_buffer.clear();
    if (m_socket->bytesToWrite() == 0)
        finishLingering();
}

void HttpConnection::finishLingering()
{
    if (m_shutdownWrite)
        return;
    m_shutdownWrite = true;
    m_socket->flush();
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0 && ::shutdown(int(fd), SHUT_WR) == 0) {
        m_lingerSince = m_server->now();
        return; // the client sees end-of-stream; disconnected() or the linger deadline ends it
    }
#endif
    closeNow();
}

} // namespace dcsdesk
