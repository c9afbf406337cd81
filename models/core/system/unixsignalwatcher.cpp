#include "unixsignalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace dcsdesk {

namespace {

int g_fds[2] = {-1, -1};
#ifdef Q_OS_UNIX
struct sigaction g_previous[NSIG];

void handleSignal(int signalNumber)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = saved;
}
#endif

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    for (int fd : g_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::onActivated);
#endif
}

UnixSignalWatcher::~UnixSignalWatcher()
{
#ifdef Q_OS_UNIX
    for (int signalNumber : std::as_const(m_watched))
        ::sigaction(signalNumber, &g_previous[signalNumber], nullptr);
    if (m_notifier) {
        delete m_notifier;
        ::close(g_fds[0]);
        ::close(g_fds[1]);
        g_fds[0] = g_fds[1] = -1;
    }
#endif
}

bool UnixSignalWatcher::watch(int signalNumber)
{
#ifdef Q_OS_UNIX
    if (!m_notifier || signalNumber <= 0 || signalNumber >= NSIG)
        return false;
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(signalNumber, &action, &g_previous[signalNumber]) != 0)
        return false;
    m_watched.append(signalNumber);
    return true;
#else
    Q_UNUSED(signalNumber);
    return false;
#endif
}

void UnixSignalWatcher::onActivated()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(g_fds[1], &byte, 1) == 1)
        Q_EMIT received(int(byte));
#endif
}

} // namespace dcsdesk
