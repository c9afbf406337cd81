#include "httpserverimpl.h"

#include <boost/asio/write.hpp>

namespace dcsdesk {

namespace asio = boost::asio;

namespace {

constexpr std::size_t ReadChunk = 16 * 1024;

QHostAddress peerOf(const Tcp::socket &socket)
{
    boost::system::error_code ec;
    const Tcp::endpoint endpoint = socket.remote_endpoint(ec);
    if (ec)
        return {};
    const asio::ip::address address = endpoint.address();
    if (address.is_v4())
        return QHostAddress(address.to_v4().to_uint());
    const auto bytes = address.to_v6().to_bytes();
    return QHostAddress(bytes.data());
}

} // namespace

HttpSession::HttpSession(HttpWorker &worker, Tcp::socket socket)
    : m_worker(worker), m_server(worker.server), m_socket(std::move(socket)),
      m_reader(worker.server.limits)
{
    m_worker.sessions.insert(this);
    m_peer = peerOf(m_socket);
    boost::system::error_code ignored;
    m_socket.set_option(Tcp::no_delay(true), ignored);
}

HttpSession::~HttpSession()
{
    m_worker.sessions.erase(this);
    m_server.sessionClosed();
}

void HttpSession::start()
{
    if (m_server.shuttingDown.load()) {
        close();
        return;
    }
    m_state = State::Idle;
    m_deadline = m_server.now() + m_server.limits.idleTimeoutMs;
    read();
}

void HttpSession::read()
{
    m_readPending = true;
    m_socket.async_read_some(
        m_buffer.prepare(ReadChunk),
        [self = shared_from_this()](const boost::system::error_code &ec, std::size_t bytes) {
            self->onRead(ec, bytes);
        });
}

void HttpSession::onRead(const boost::system::error_code &ec, std::size_t bytes)
{
    m_readPending = false;
    if (m_state == State::Closed)
        return;
    if (ec) {
        // End of stream or an error. A client that half-closed after a complete request has
        // had its answer by now (requests are answered before the next read); a partial request
        // has nobody left to answer.
        close();
        return;
    }
    m_buffer.commit(bytes);
    if (m_state == State::Lingering || m_state == State::Writing) {
        m_buffer.consume(m_buffer.size()); // leftovers of a refused request: dropped
        if (m_state == State::Lingering)
            read();
        return;
    }
    if (m_state == State::Idle) {
        m_state = State::Reading;
        m_deadline = m_server.now() + m_server.limits.requestTimeoutMs;
    }
    process();
}

void HttpSession::process()
{
    const auto data = m_buffer.data();
    const qsizetype used =
        m_reader.feed(static_cast<const char *>(data.data()), qsizetype(data.size()));
    m_buffer.consume(std::size_t(used));
    switch (m_reader.state()) {
    case HttpRequestReader::State::Failed:
        fail(m_reader.errorStatus(), m_reader.errorText());
        return;
    case HttpRequestReader::State::Done:
        dispatch();
        return;
    case HttpRequestReader::State::NeedMore:
        break;
    }
    if (m_reader.wantsContinue() && !m_continueSent) {
        m_continueSent = true;
        static const char interim[] = "HTTP/1.1 100 Continue\r\n\r\n";
        asio::async_write(
            m_socket, asio::buffer(interim, sizeof interim - 1),
            [self = shared_from_this()](const boost::system::error_code &ec, std::size_t) {
                if (ec)
                    self->close();
                else if (self->m_state == State::Reading)
                    self->read();
            });
        return;
    }
    read();
}

void HttpSession::dispatch()
{
    HttpRequest request = m_reader.takeRequest();
    request.peer = m_peer;
    const bool close = !m_reader.keepAlive() || m_server.shuttingDown.load();
    m_reader.reset();
    m_continueSent = false;
    const HttpResponse response = m_server.dispatch(request);
    write(response.toWire(request.method == "HEAD", close, request.version == "HTTP/1.0",
                          m_server.dateHeader(), m_server.serverName),
          close);
}

void HttpSession::write(QByteArray bytes, bool close)
{
    m_state = State::Writing;
    m_closeAfterWrite = close;
    m_deadline = m_server.now() + m_server.limits.writeTimeoutMs;
    m_out = std::move(bytes);
    asio::async_write(
        m_socket, asio::buffer(m_out.constData(), std::size_t(m_out.size())),
        [self = shared_from_this()](const boost::system::error_code &ec, std::size_t) {
            if (self->m_state == State::Closed)
                return;
            if (ec) {
                self->close();
                return;
            }
            if (self->m_closeAfterWrite)
                self->startLingering();
            else
                self->nextRequest();
        });
}

void HttpSession::nextRequest()
{
    m_out.clear();
    if (m_buffer.size() > 0) { // a pipelined request is waiting
        m_state = State::Reading;
        m_deadline = m_server.now() + m_server.limits.requestTimeoutMs;
        process();
        return;
    }
    m_state = State::Idle;
    m_deadline = m_server.now() + m_server.limits.idleTimeoutMs;
    read();
}

void HttpSession::fail(int status, const QByteArray &text)
{
    if (m_state == State::Writing || m_state == State::Lingering || m_state == State::Closed)
        return;
    m_buffer.consume(m_buffer.size());
    write(HttpResponse::plain(status, text)
              .toWire(false, true, false, m_server.dateHeader(), m_server.serverName),
          true);
}

// Lingering close: after the last answer, stop reading requests but keep draining input until
// the client closes or lingerMs pass, so that unread request bytes do not make the kernel reset
// the connection before the client has read the answer.
void HttpSession::startLingering()
{
    m_state = State::Lingering;
    m_deadline = m_server.now() + m_server.limits.lingerMs;
    m_buffer.consume(m_buffer.size());
    boost::system::error_code ignored;
    m_socket.shutdown(Tcp::socket::shutdown_send, ignored);
    if (!m_readPending)
        read();
}

void HttpSession::checkDeadline(qint64 now)
{
    if (m_state == State::Closed || now <= m_deadline)
        return;
    if (m_state == State::Reading)
        fail(408, "The request did not arrive in time.");
    else
        close(); // idle, a client that does not read its answer, or the end of lingering
}

void HttpSession::beginShutdown()
{
    if (m_state == State::Idle && m_buffer.size() == 0)
        close();
    // Otherwise the answer in progress says Connection: close (dispatch() sees shuttingDown).
}

void HttpSession::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    boost::system::error_code ignored;
    m_socket.shutdown(Tcp::socket::shutdown_both, ignored);
    m_socket.close(ignored);
}

} // namespace dcsdesk
