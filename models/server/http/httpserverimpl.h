#pragma once

// Internal to the HTTP server: what httpserver.cpp and httpsession.cpp share. Includes Asio, so
// nothing outside models/server/http includes it.

#include "httprequestreader.h"
#include "httpserver.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <QElapsedTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

namespace dcsdesk {

class HttpSession;
using Tcp = boost::asio::ip::tcp;

// One network thread: its io_context, the connections it runs and the sweep that enforces
// their deadlines. Everything in it is touched from its own thread only.
struct HttpWorker
{
    explicit HttpWorker(HttpServer::Impl &server);
    void startSweep();
    void sweep();

    HttpServer::Impl &server;
    std::unordered_set<HttpSession *> sessions; // before context: sessions leave it on destruction
    boost::asio::io_context context{1};
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard;
    boost::asio::steady_timer sweepTimer;
    std::thread thread;
};

struct HttpServer::Impl
{
    explicit Impl(HttpServer *owner) : q(owner) { clock.start(); }
    qint64 now() const { return clock.elapsed(); }
    HttpResponse dispatch(const HttpRequest &request);
    QByteArray dateHeader() const;
    void sessionOpened();
    void sessionClosed();
    void accept();
    void notifyIfStopped();
    void stopThreads();

    HttpServer *q;
    Handler handler;
    Limits limits;
    QByteArray serverName = QByteArrayLiteral("dcsdesk");
    QElapsedTimer clock;
    std::atomic<int> connections{0};
    std::atomic<quint64> requests{0};
    std::atomic<bool> shuttingDown{false};
    std::atomic<bool> destroying{false};
    bool stoppedNotified = false; // under stopMutex
    std::mutex stopMutex;
    std::condition_variable stopCondition;
    QHostAddress address;
    quint16 port = 0;
    bool listening = false;
    size_t nextWorker = 0;
    // Destroyed first (reverse order): their sessions still see the members above.
    std::vector<std::unique_ptr<HttpWorker>> workers;
    std::unique_ptr<Tcp::acceptor> acceptor; // runs on workers[0]
    std::unique_ptr<boost::asio::steady_timer> graceTimer;
};

// One client connection: reads requests with HttpRequestReader, answers them in order, one at a
// time (a pipelined request waits in the buffer, unread input stays in the kernel while an
// answer is written), and closes by the deadlines its worker's sweep checks.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(HttpWorker &worker, Tcp::socket socket);
    ~HttpSession();
    void start();
    void checkDeadline(qint64 now);
    void beginShutdown();
    void close();

private:
    enum class State { Idle, Reading, Writing, Lingering, Closed };

    void read();
    void onRead(const boost::system::error_code &ec, std::size_t bytes);
    void process();
    void dispatch();
    void write(QByteArray bytes, bool close);
    void fail(int status, const QByteArray &text);
    void nextRequest();
    void startLingering();

    HttpWorker &m_worker;
    HttpServer::Impl &m_server;
    Tcp::socket m_socket;
    boost::beast::flat_buffer m_buffer;
    HttpRequestReader m_reader;
    QHostAddress m_peer;
    QByteArray m_out;
    State m_state = State::Idle;
    qint64 m_deadline = 0;
    bool m_readPending = false;
    bool m_closeAfterWrite = false;
    bool m_continueSent = false;
};

} // namespace dcsdesk
