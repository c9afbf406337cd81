#include "httpserver.h"

#include "system/colontext.h"

#include "httpserverimpl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

namespace dcsdesk {

namespace asio = boost::asio;

HttpWorker::HttpWorker(HttpServer::Impl &owner)
    : server(owner), guard(asio::make_work_guard(context)), sweepTimer(context)
{
}

// The sweep runs often enough that a deadline is never missed by more than a quarter.
void HttpWorker::startSweep()
{
    const HttpLimits &l = server.limits;
    const int shortest =
        qMin(qMin(l.idleTimeoutMs, l.requestTimeoutMs), qMin(l.writeTimeoutMs, l.lingerMs));
    sweepTimer.expires_after(std::chrono::milliseconds(qBound(20, shortest / 4, 1000)));
    sweepTimer.async_wait([this](const boost::system::error_code &ec) {
        if (ec)
            return;
        sweep();
        startSweep();
    });
}

void HttpWorker::sweep()
{
    const qint64 now = server.now();
    const std::vector<HttpSession *> list(sessions.begin(), sessions.end());
    for (HttpSession *s : list)
        s->checkDeadline(now);
}

HttpResponse HttpServer::Impl::dispatch(const HttpRequest &request)
{
    requests.fetch_add(1, std::memory_order_relaxed);
    if (!handler)
        return HttpResponse::plain(404, "Not found.");
    try {
        return handler(request);
    } catch (const std::exception &) {
        return HttpResponse::plain(500, "The sandbox failed to answer this request.");
    }
}

QByteArray HttpServer::Impl::dateHeader() const
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

void HttpServer::Impl::sessionOpened()
{
    connections.fetch_add(1);
}

void HttpServer::Impl::sessionClosed()
{
    if (connections.fetch_sub(1) == 1)
        notifyIfStopped();
}

void HttpServer::Impl::notifyIfStopped()
{
    if (!shuttingDown.load() || connections.load() != 0)
        return;
    {
        std::lock_guard<std::mutex> lock(stopMutex);
        if (stoppedNotified)
            return;
        stoppedNotified = true;
    }
    stopCondition.notify_all();
    if (!destroying.load())
        QMetaObject::invokeMethod(q, &HttpServer::stopped, Qt::QueuedConnection);
}

void HttpServer::Impl::accept()
{
    HttpWorker &target = *workers[nextWorker++ % workers.size()];
    acceptor->async_accept(
        target.context, [this, &target](const boost::system::error_code &ec, Tcp::socket socket) {
            if (ec == asio::error::operation_aborted || !acceptor->is_open())
                return;
            if (!ec) {
                if (shuttingDown.load() || connections.load() >= limits.maxConnections) {
                    // Over the limit: answer at once and hang up, without a parser or a buffer.
                    static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\n"
                                               "Content-Type: text/plain; charset=utf-8\r\n"
                                               "Content-Length: 29\r\nRetry-After: 1\r\n"
                                               "Connection: close\r\n\r\n"
                                               "Too many connections; retry.\n";
                    boost::system::error_code ignored;
                    asio::write(socket, asio::buffer(busy, sizeof busy - 1), ignored);
                    socket.shutdown(Tcp::socket::shutdown_send, ignored);
                    socket.close(ignored);
                } else {
                    sessionOpened();
                    asio::post(target.context, [&target, s = std::move(socket)]() mutable {
                        std::make_shared<HttpSession>(target, std::move(s))->start();
                    });
                }
            }
            accept();
        });
}

void HttpServer::Impl::stopThreads()
{
    for (auto &w : workers)
        w->guard.reset();
    for (auto &w : workers)
        w->context.stop();
    for (auto &w : workers) {
        if (w->thread.joinable())
            w->thread.join();
    }
}

HttpServer::HttpServer(QObject *parent) : QObject(parent), d(std::make_unique<Impl>(this)) {}

HttpServer::~HttpServer()
{
    d->destroying.store(true);
    d->shuttingDown.store(true);
    if (!d->workers.empty()) {
        asio::post(d->workers[0]->context, [this] {
            boost::system::error_code ignored;
            if (d->acceptor)
                d->acceptor->close(ignored);
        });
        for (auto &w : d->workers) {
            HttpWorker *worker = w.get();
            asio::post(worker->context, [worker] {
                worker->sweepTimer.cancel();
                const std::vector<HttpSession *> list(worker->sessions.begin(),
                                                      worker->sessions.end());
                for (HttpSession *s : list)
                    s->close();
            });
        }
    }
    d->stopThreads();
    d->graceTimer.reset();
    d->acceptor.reset();
    d->workers.clear(); // destroys the sessions still held by handlers
}

void HttpServer::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

void HttpServer::setLimits(const Limits &limits)
{
    d->limits = limits;
}

const HttpServer::Limits &HttpServer::limits() const
{
    return d->limits;
}

void HttpServer::setServerName(const QByteArray &name)
{
    d->serverName = name;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, bool allowRemote, QString *error)
{
    if (!address.isLoopback() && !allowRemote) {
        if (error)
            *error = tr("Refusing to listen on %1: the sandbox serves your workspace and listens "
                        "on loopback (127.0.0.1) only, unless you allow remote access explicitly.")
                         .arg(address.toString());
        return false;
    }
    if (d->listening) {
        if (error)
            *error = QCoreApplication::translate("dcsdesk::SandboxService",
                                                 "The sandbox is already running.");
        return false;
    }
    const int threads = qBound(1, d->limits.threads, 16);
    std::vector<std::unique_ptr<HttpWorker>> workers;
    for (int i = 0; i < threads; ++i)
        workers.push_back(std::make_unique<HttpWorker>(*d));
    boost::system::error_code ec;
    const asio::ip::address ip = asio::ip::make_address(address.toString().toStdString(), ec);
    auto acceptor = std::make_unique<Tcp::acceptor>(workers[0]->context);
    const Tcp::endpoint endpoint(ip, port);
    if (!ec)
        acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        acceptor->set_option(Tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        acceptor->bind(endpoint, ec);
    if (!ec)
        acceptor->listen(qMax(30, d->limits.maxConnections), ec);
    if (ec) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(ColonText::continued(QString::fromStdString(ec.message())));
        return false;
    }
    d->address = address;
    d->port = acceptor->local_endpoint().port();
    d->workers = std::move(workers);
    d->acceptor = std::move(acceptor);
    d->shuttingDown.store(false);
    d->stoppedNotified = false;
    d->listening = true;
    d->accept();
    for (auto &w : d->workers) {
        HttpWorker *worker = w.get();
        worker->startSweep();
        worker->thread = std::thread([worker] { worker->context.run(); });
    }
    return true;
}

bool HttpServer::isListening() const
{
    return d->listening && !d->shuttingDown.load();
}

QHostAddress HttpServer::serverAddress() const
{
    return d->address;
}

quint16 HttpServer::serverPort() const
{
    return d->port;
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = d->address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(d->port);
    return url;
}

int HttpServer::connectionCount() const
{
    return d->connections.load();
}

quint64 HttpServer::requestCount() const
{
    return d->requests.load();
}

bool HttpServer::isShuttingDown() const
{
    return d->shuttingDown.load();
}

void HttpServer::shutdown(int graceMs)
{
    if (!d->listening || d->shuttingDown.exchange(true))
        return;
    Impl *impl = d.get();
    asio::post(impl->workers[0]->context, [impl, graceMs] {
        boost::system::error_code ignored;
        impl->acceptor->close(ignored);
        impl->graceTimer = std::make_unique<asio::steady_timer>(impl->workers[0]->context);
        impl->graceTimer->expires_after(std::chrono::milliseconds(qMax(0, graceMs)));
        impl->graceTimer->async_wait([impl](const boost::system::error_code &ec) {
            if (ec)
                return;
            for (auto &w : impl->workers) {
                HttpWorker *worker = w.get();
                asio::post(worker->context, [worker] {
                    const std::vector<HttpSession *> list(worker->sessions.begin(),
                                                          worker->sessions.end());
                    for (HttpSession *s : list)
                        s->close();
                });
            }
        });
    });
    for (auto &w : d->workers) {
        HttpWorker *worker = w.get();
        asio::post(worker->context, [worker] {
            const std::vector<HttpSession *> list(worker->sessions.begin(), worker->sessions.end());
            for (HttpSession *s : list)
                s->beginShutdown();
        });
    }
    d->notifyIfStopped();
}

bool HttpServer::waitStopped(int timeoutMs)
{
    std::unique_lock<std::mutex> lock(d->stopMutex);
    return d->stopCondition.wait_for(lock, std::chrono::milliseconds(qMax(0, timeoutMs)),
                                     [this] { return d->stoppedNotified; });
}

} // namespace dcsdesk
