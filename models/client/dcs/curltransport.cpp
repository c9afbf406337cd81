#include "curltransport.h"

#include "dcsclient.h"
#include "dcsresponsedecoder.h"
#include "transferrules.h"

#include <QLocale>
#include <QMutexLocker>

#include <curl/curl.h>

#include <cstring>
#include <mutex>
#include <unordered_map>

namespace dcsdesk {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// One call on the worker: the easy handle, what curl needs kept alive, and what has arrived.
struct Transfer
{
    quint64 id = 0;
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    QByteArray url;
    QByteArray postBody;
    CurlTransport *owner = nullptr;
    qint64 reportedBytes = 0;
    DcsResult result;
    qint64 maxBodyBytes = 0;
    Clock::time_point submitted;
    Clock::time_point added;
    DcsResult::Outcome abortReason = DcsResult::Outcome::Pending;
    enum class HeaderState { Status, Fields, Done } headerState = HeaderState::Status;
    bool interim = false; // the answer being read is a 1xx; the real one follows
    char errorText[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headerList)
            curl_slist_free_all(headerList);
    }
};

// Called by curl once per header line, status line and the empty line that ends the headers.
// Adds a field as Qt's reply shows it: a repeated name joins the first one's value (", ", or a
// new line for Set-Cookie), in the first one's place.
void addField(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second += (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0 ? "\n" : ", ");
            h.second += value;
            return;
        }
    }
    headers.append({name, value});
}

// Called by curl once per header line, status line and the empty line that ends the headers;
// with chunked bodies, also for the trailer lines, which Qt drops and so do we.
size_t onHeaderLine(char *data, size_t size, size_t count, void *userData)
{
    auto *t = static_cast<Transfer *>(userData);
    const size_t length = size * count;
    if (t->headerState == Transfer::HeaderState::Done)
        return length;
    QByteArray line(data, qsizetype(length));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    DcsResult &r = t->result;
    if (t->headerState == Transfer::HeaderState::Status) {
        // A new answer (after a 100 Continue, too): only the last one counts, as in Qt.
        r.headers.clear();
        r.declaredLength = -1;
        const int first = line.indexOf(' ');
        const int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        const QByteArray code = line.mid(first + 1, second < 0 ? -1 : second - first - 1);
        t->interim = code.startsWith('1') && code.size() == 3;
        r.reasonPhrase = second < 0 ? QByteArray() : line.mid(second + 1).trimmed();
        t->headerState = Transfer::HeaderState::Fields;
        return length;
    }
    if (line.isEmpty()) {
        if (t->interim) {
            t->headerState = Transfer::HeaderState::Status;
            return length;
        }
        t->headerState = Transfer::HeaderState::Done;
        if (r.timing.headers < 0)
            r.timing.headers = msBetween(t->submitted, Clock::now());
        // Compressed answers declare the compressed size; the cap applies to what we keep.
        if (TransferRules::declaredTooLarge(r, t->maxBodyBytes)) {
            t->abortReason = DcsResult::Outcome::TooLarge;
            return 0; // curl stops the transfer
        }
        return length;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
        r.headers.last().second += ' ' + line.trimmed(); // a folded line continues the field
        return length;
    }
    const int colon = line.indexOf(':');
    if (colon <= 0)
        return length; // not a field: kept out of the headers
    const QByteArray name = line.left(colon).trimmed();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qint64 declared = value.toLongLong(&ok);
        if (ok && declared >= 0)
            r.declaredLength = declared;
    }
    addField(r.headers, name, value);
    return length;
}

size_t onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *t = static_cast<Transfer *>(userData);
    const size_t length = size * count;
    DcsResult &r = t->result;
    if (r.timing.firstByte < 0)
        r.timing.firstByte = msBetween(t->submitted, Clock::now());
    if (!TransferRules::appendWithinCap(r, data, qsizetype(length), t->maxBodyBytes)) {
        t->abortReason = DcsResult::Outcome::TooLarge;
        return 0;
    }
    if (r.body.size() - t->reportedBytes >= CurlTransport::ProgressStepBytes) {
        t->reportedBytes = r.body.size();
        t->owner->postProgress(t->id, r.body.size(), r.declaredLength);
    }
    return length;
}

// Qt's codes and wording for the failures a plain-HTTP call can meet, so the messages the app
// shows for them are the same on both paths.
void setNetworkError(DcsResult &r, CURLcode code, const char *curlText)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        r.networkErrorCode = QNetworkReply::ConnectionRefusedError;
        r.networkError = QStringLiteral("Connection refused");
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        r.networkErrorCode = QNetworkReply::HostNotFoundError;
        r.networkError = QStringLiteral("Host %1 not found").arg(r.request.url.host());
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        r.networkErrorCode = QNetworkReply::RemoteHostClosedError;
        r.networkError = QStringLiteral("Connection closed");
        break;
    case CURLE_BAD_CONTENT_ENCODING:
        r.networkErrorCode = QNetworkReply::UnknownContentError;
        r.networkError = QString::fromUtf8(*curlText ? curlText : curl_easy_strerror(code));
        break;
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        r.networkErrorCode = QNetworkReply::SslHandshakeFailedError;
        r.networkError = QString::fromUtf8(*curlText ? curlText : curl_easy_strerror(code));
        r.tlsPinMismatch = true;
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
        // Why the certificate was refused is asked of Qt afterwards (TlsProbe), in the words
        // and kinds the app explains.
        r.networkErrorCode = QNetworkReply::SslHandshakeFailedError;
        r.networkError = QString::fromUtf8(*curlText ? curlText : curl_easy_strerror(code));
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        r.networkErrorCode = QNetworkReply::ProtocolFailure;
        r.networkError = QString::fromUtf8(*curlText ? curlText : curl_easy_strerror(code));
        break;
    default:
        r.networkErrorCode = QNetworkReply::UnknownNetworkError;
        r.networkError = QString::fromUtf8(*curlText ? curlText : curl_easy_strerror(code));
        break;
    }
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

CurlTransport::CurlTransport(int maxConnections, QObject *parent)
    : HttpTransport(parent), m_maxConnections(qMax(1, maxConnections))
{
    globalInit();
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(m_maxConnections));
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(m_maxConnections));
    m_multi = multi;
    m_thread = std::thread([this] { run(); });
}

CurlTransport::~CurlTransport()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
    m_thread.join();
    curl_multi_cleanup(static_cast<CURLM *>(m_multi));
    // Calls still waiting for an answer finish as cancelled, later, never inside this destructor.
    for (const QPointer<DcsCall> &call : std::as_const(m_calls)) {
        if (call) {
            QMetaObject::invokeMethod(
                call.data(),
                [call] {
                    if (call)
                        call->finishWithoutReply(DcsResult::Outcome::Cancelled);
                },
                Qt::QueuedConnection);
        }
    }
}

bool CurlTransport::canSend(const PreparedRequest &request) const
{
    const QString scheme = request.url.scheme();
    return request.url.isValid() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           (request.method == "GET" || request.method == "POST");
}

void CurlTransport::send(DcsCall *call, const DcsResult &started,
                         const DcsClient::Options &options)
{
    Job job;
    job.id = m_nextId++;
    job.result = started;
    job.timeoutMs = options.timeoutMs;
    job.maxBodyBytes = options.maxBodyBytes;
    job.submitted = Clock::now();
    // As the curl tool and OpenSSL do: a CA bundle named in the environment replaces the
    // system's, and a profile's own CA file replaces both.
    job.caFile = options.caFile.isEmpty() ? qgetenv("SSL_CERT_FILE") : options.caFile.toLocal8Bit();
    job.caDirectory = options.caFile.isEmpty() ? qgetenv("SSL_CERT_DIR") : QByteArray();
    job.pinnedPublicKey = options.pinnedPublicKey.toLatin1();
    job.result.pinnedPublicKey = options.pinnedPublicKey;
    m_calls.insert(job.id, call);
    call->m_transportId = job.id;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.push_back(std::move(job));
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
}

void CurlTransport::cancel(DcsCall *call)
{
    if (!m_calls.contains(call->m_transportId))
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_cancels.push_back(call->m_transportId);
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
}

void CurlTransport::postProgress(quint64 id, qint64 received, qint64 total)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, received, total] {
            const QPointer<DcsCall> call = m_calls.value(id);
            if (call && !call->isFinished())
                Q_EMIT call->progress(received, total);
        },
        Qt::QueuedConnection);
}

void CurlTransport::deliver()
{
    std::vector<Done> done;
    {
        QMutexLocker lock(&m_mutex);
        done.swap(m_done);
        m_deliveryPosted = false;
    }
    // The calls are looked up before any finished() is emitted: a slot may delete this
    // transport (and the calls with their client), so nothing of it is touched after the first.
    std::vector<std::pair<QPointer<DcsCall>, DcsResult>> finished;
    finished.reserve(done.size());
    for (Done &d : done)
        finished.emplace_back(m_calls.take(d.id), std::move(d.result));
    for (auto &[call, result] : finished) {
        if (call)
            call->finishFromTransport(std::move(result));
    }
}

void CurlTransport::run()
{
    CURLM *multi = static_cast<CURLM *>(m_multi);
    std::unordered_map<quint64, std::unique_ptr<Transfer>> transfers;
    std::vector<Done> finished;

    const auto finish = [&](std::unique_ptr<Transfer> t, CURLcode code) {
        DcsResult &r = t->result;
        const Clock::time_point now = Clock::now();
        r.timing.finished = msBetween(t->submitted, now);
        if (t->easy) {
            long status = 0;
            curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
            r.httpStatus = int(status);
            long connects = 0;
            curl_easy_getinfo(t->easy, CURLINFO_NUM_CONNECTS, &connects);
            curl_off_t connectStart = 0, sent = 0, encrypted = 0;
            curl_easy_getinfo(t->easy, CURLINFO_NAMELOOKUP_TIME_T, &connectStart);
            curl_easy_getinfo(t->easy, CURLINFO_PRETRANSFER_TIME_T, &sent);
            curl_easy_getinfo(t->easy, CURLINFO_APPCONNECT_TIME_T, &encrypted);
            const double addedMs = msBetween(t->submitted, t->added);
            if (connects > 0) // a reused connection skips connecting, as in Qt's timing
                r.timing.connecting = addedMs + connectStart / 1000.0;
            if (connects > 0 && encrypted > 0)
                r.timing.encrypted = addedMs + encrypted / 1000.0;
            if (sent > 0 || status > 0)
                r.timing.requestSent = addedMs + sent / 1000.0;
        }
        if (t->abortReason == DcsResult::Outcome::Pending && code == CURLE_OPERATION_TIMEDOUT)
            t->abortReason = DcsResult::Outcome::Timeout;
        if (t->abortReason == DcsResult::Outcome::Pending && code != CURLE_OK) {
            setNetworkError(r, code, t->errorText);
        } else if (t->abortReason != DcsResult::Outcome::Pending) {
            TransferRules::markAborted(r);
        }
        TransferRules::settle(r, t->abortReason);
        if (r.httpStatus > 0) {
            r.hasResponse = true;
            r.response =
                DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body,
                                           DcsResponseDecoder::expectationFor(r.request.request));
        }
        finished.push_back(Done{t->id, std::move(r)});
    };

    const auto start = [&](Job &job) {
        auto t = std::make_unique<Transfer>();
        t->id = job.id;
        t->result = std::move(job.result);
        t->maxBodyBytes = job.maxBodyBytes;
        t->owner = this;
        t->submitted = job.submitted;
        t->added = Clock::now();
        const PreparedRequest &p = t->result.request;
        t->url = p.url.toEncoded(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        // The wire carries exactly the prepared headers, in their order: curl's own Accept,
        // Expect and form Content-Type are switched off, and it adds nothing else because every
        // other header it would write (Host, Content-Length) is already in the list.
        QByteArray acceptEncoding;
        bool hasAccept = false;
        bool hasContentType = false;
        for (const auto &h : p.headers) {
            if (h.first.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
                acceptEncoding = h.second;
            hasAccept = hasAccept || h.first.compare("Accept", Qt::CaseInsensitive) == 0;
            hasContentType =
                hasContentType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            // "Name;" is curl's form for a header with an empty value.
            const QByteArray line = h.second.isEmpty() ? h.first + ';' : h.first + ": " + h.second;
            t->headerList = curl_slist_append(t->headerList, line.constData());
        }
        if (!hasAccept)
            t->headerList = curl_slist_append(t->headerList, "Accept:");
        if (p.method == "POST") {
            t->headerList = curl_slist_append(t->headerList, "Expect:");
            if (!hasContentType)
                t->headerList = curl_slist_append(t->headerList, "Content-Type:");
        }
        t->easy = curl_easy_init();
        CURL *e = t->easy;
        curl_easy_setopt(e, CURLOPT_URL, t->url.constData());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
        curl_easy_setopt(e, CURLOPT_PROXY, ""); // as QNAM without a proxy: never a detour
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        // curl copies string options, so the job's bytes need not outlive this call.
        if (!job.caFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_CAINFO, job.caFile.constData());
        if (!job.caDirectory.isEmpty())
            curl_easy_setopt(e, CURLOPT_CAPATH, job.caDirectory.constData());
        if (!job.pinnedPublicKey.isEmpty()) {
            // Exactly this key is trusted, whoever signed the certificate (a test server's own);
            // the host name is still checked, and any other key is refused.
            curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, job.pinnedPublicKey.constData());
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        }
        // An Accept-Encoding the user set is sent as set (it is in the list, so curl does not
        // write its own); naming the same codings here makes curl decode what comes back.
        if (!acceptEncoding.isEmpty())
            curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, acceptEncoding.constData());
        else
            curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headerList);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeaderLine);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorText);
        curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
        if (job.timeoutMs > 0)
            curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(job.timeoutMs));
        if (p.method == "POST") {
            t->postBody = p.body;
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->postBody.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->postBody.constData());
        }
        if (curl_multi_add_handle(multi, e) != CURLM_OK) {
            finish(std::move(t), CURLE_FAILED_INIT);
            return;
        }
        const quint64 id = t->id;
        transfers.emplace(id, std::move(t));
    };

    for (;;) {
        std::vector<Job> jobs;
        std::vector<quint64> cancels;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop)
                break;
            jobs.swap(m_pending);
            cancels.swap(m_cancels);
        }
        for (Job &job : jobs)
            start(job);
        for (quint64 id : cancels) {
            const auto it = transfers.find(id);
            if (it == transfers.end())
                continue; // already finished
            std::unique_ptr<Transfer> t = std::move(it->second);
            transfers.erase(it);
            curl_multi_remove_handle(multi, t->easy);
            t->abortReason = DcsResult::Outcome::Cancelled;
            finish(std::move(t), CURLE_ABORTED_BY_CALLBACK);
        }

        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            Transfer *raw = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &raw);
            const CURLcode code = message->data.result;
            curl_multi_remove_handle(multi, message->easy_handle);
            const auto it = transfers.find(raw->id);
            std::unique_ptr<Transfer> t = std::move(it->second);
            transfers.erase(it);
            finish(std::move(t), code);
        }

        if (!finished.empty()) {
            bool post = false;
            {
                QMutexLocker lock(&m_mutex);
                for (Done &d : finished)
                    m_done.push_back(std::move(d));
                post = !m_deliveryPosted;
                m_deliveryPosted = true;
            }
            finished.clear();
            if (post)
                QMetaObject::invokeMethod(this, &CurlTransport::deliver, Qt::QueuedConnection);
        }
        curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    }

    for (auto &entry : transfers)
        curl_multi_remove_handle(multi, entry.second->easy);
    transfers.clear();
}

} // namespace dcsdesk
