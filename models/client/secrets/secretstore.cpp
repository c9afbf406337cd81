#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace dcsdesk {

QString SecretKey::toString() const
{
    const auto part = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    return part(workspace) + QLatin1Char('/') + part(environment) + QLatin1Char('/') +
           part(variable);
}

// Runs one call of the store on a local event loop until it answers or timeoutMs pass.
SecretStore::Reply SecretStore::waitFor(const std::function<void(Callback)> &start, int timeoutMs)
{
    // Shared with the callback: an answer after the timeout finds the loop gone and is dropped.
    struct State
    {
        QEventLoop loop;
        bool answered = false;
        Reply reply;
    };
    auto state = std::make_shared<State>();
    state->reply.status = Status::Unavailable;
    state->reply.error =
        QCoreApplication::translate("SecretStore", "the keychain did not answer within %1 s")
            .arg(timeoutMs / 1000);
    std::weak_ptr<State> weak = state;
    start([weak](const Reply &r) {
        const auto s = weak.lock();
        if (!s || s->answered)
            return;
        s->answered = true;
        s->reply = r;
        s->loop.quit();
    });
    if (!state->answered) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    state->answered = true;
    return state->reply;
}

SecretStore::Reply SecretStore::readNow(const SecretKey &key, int timeoutMs)
{
    return waitFor([&](Callback done) { read(key, std::move(done)); }, timeoutMs);
}

SecretStore::Reply SecretStore::writeNow(const SecretKey &key, const QString &value, int timeoutMs)
{
    return waitFor([&](Callback done) { write(key, value, std::move(done)); }, timeoutMs);
}

SecretStore::Reply SecretStore::removeNow(const SecretKey &key, int timeoutMs)
{
    return waitFor([&](Callback done) { remove(key, std::move(done)); }, timeoutMs);
}

void MemorySecretStore::answer(Callback done, const Reply &reply)
{
    ++m_calls;
    QTimer::singleShot(0, this, [done = std::move(done), reply] { done(reply); });
}

void MemorySecretStore::read(const SecretKey &key, Callback done)
{
    Reply r;
    if (!m_unavailable.isEmpty()) {
        r.status = Status::Unavailable;
        r.error = m_unavailable;
    } else if (!m_values.contains(key.toString())) {
        r.status = Status::NotFound;
    } else {
        r.value = m_values.value(key.toString());
    }
    answer(std::move(done), r);
}

void MemorySecretStore::write(const SecretKey &key, const QString &value, Callback done)
{
    Reply r;
    if (!m_unavailable.isEmpty()) {
        r.status = Status::Unavailable;
        r.error = m_unavailable;
    } else {
        m_values.insert(key.toString(), value);
    }
    answer(std::move(done), r);
}

void MemorySecretStore::remove(const SecretKey &key, Callback done)
{
    Reply r;
    if (!m_unavailable.isEmpty()) {
        r.status = Status::Unavailable;
        r.error = m_unavailable;
    } else if (m_values.remove(key.toString()) == 0) {
        r.status = Status::NotFound;
    }
    answer(std::move(done), r);
}

QString MemorySecretStore::name() const
{
    return QStringLiteral("memory");
}

} // namespace dcsdesk
