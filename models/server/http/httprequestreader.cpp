#include "httprequestreader.h"

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace dcsdesk {

namespace beasthttp = boost::beast::http;

struct HttpRequestReader::Parser
{
    beasthttp::request_parser<beasthttp::string_body> beast;
};

namespace {

QByteArray bytesOf(boost::beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool equalsToken(boost::beast::string_view s, const char *token)
{
    return bytesOf(s).trimmed().compare(token, Qt::CaseInsensitive) == 0;
}

// "HTTP/d.d" at the end of the request line, for telling 505 from a malformed line.
bool endsWithVersion(const char *data, qsizetype size)
{
    const QByteArray line = QByteArray::fromRawData(data, size).left(size);
    const qsizetype end = line.indexOf("\r\n");
    const QByteArray first = end < 0 ? line : line.left(end);
    const qsizetype space = first.lastIndexOf(' ');
    const QByteArray version = first.mid(space + 1);
    return space > 0 && version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.' &&
           version[5] >= '0' && version[5] <= '9' && version[7] >= '0' && version[7] <= '9';
}

} // namespace

HttpRequestReader::HttpRequestReader(const HttpLimits &limits) : m_limits(limits)
{
    reset();
}

HttpRequestReader::~HttpRequestReader() = default;

void HttpRequestReader::reset()
{
    m_parser = std::make_unique<Parser>();
    m_parser->beast.eager(false); // the header is checked before the body is read
    m_parser->beast.header_limit(
        std::uint32_t(m_limits.maxRequestLineBytes + m_limits.maxHeaderBytes + 4));
    m_parser->beast.body_limit(std::uint64_t(qMax<qint64>(0, m_limits.maxBodyBytes)));
    m_state = State::NeedMore;
    m_started = false;
    m_headerChecked = false;
    m_headConsumed = 0;
    m_errorStatus = 0;
    m_errorText.clear();
}

void HttpRequestReader::fail(int status, const QByteArray &text)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
}

// Beast reports a header over its limit only once the limit is reached; the request line's own
// limit (414) is checked as soon as the line is longer, ended or not.
// data is what Beast has not taken yet; once it has taken the request line, only the total counts.
bool HttpRequestReader::checkHeadSize(const char *data, qsizetype size)
{
    if (m_headConsumed == 0) {
        const qsizetype lineEnd = QByteArray::fromRawData(data, size).indexOf('\n');
        if ((lineEnd < 0 && size > m_limits.maxRequestLineBytes + 1) ||
            lineEnd > m_limits.maxRequestLineBytes + 1) {
            fail(414, "The request line is too long.");
            return false;
        }
    }
    if (m_headConsumed + size >
        qsizetype(m_limits.maxRequestLineBytes) + m_limits.maxHeaderBytes + 4) {
        fail(431, "The request headers are too large.");
        return false;
    }
    return true;
}

qsizetype HttpRequestReader::feed(const char *data, qsizetype size)
{
    if (m_state != State::NeedMore)
        return 0;
    qsizetype used = 0;
    if (!m_started) {
        // Empty lines before a request line are ignored (RFC 9112 §2.2); only as CRLF.
        while (used + 1 < size && data[used] == '\r' && data[used + 1] == '\n')
            used += 2;
        if (used == size || (used + 1 == size && data[used] == '\r'))
            return used;
        m_started = true;
    }
    auto &beast = m_parser->beast;
    while (used < size && m_state == State::NeedMore) {
        boost::beast::error_code ec;
        const std::size_t n =
            beast.put(boost::asio::const_buffer(data + used, std::size_t(size - used)), ec);
        used += qsizetype(n);
        if (!beast.is_header_done())
            m_headConsumed += qsizetype(n);
        if (ec == beasthttp::error::need_more) {
            if (!beast.is_header_done())
                checkHeadSize(data + used, size - used);
            break;
        }
        if (ec) {
            if (ec == beasthttp::error::body_limit) {
                fail(413, "The request body is too large.");
            } else if (ec == beasthttp::error::header_limit) {
                if (checkHeadSize(data + used, size - used))
                    fail(431, "The request headers are too large.");
            } else if (ec == beasthttp::error::bad_version) {
                if (endsWithVersion(data + used, size - used))
                    fail(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
                else
                    fail(400, "Malformed request line.");
            } else if (ec == beasthttp::error::bad_method || ec == beasthttp::error::bad_target) {
                fail(400, "Malformed request line.");
            } else if (ec == beasthttp::error::bad_line_ending) {
                fail(400, "Lines must end with CRLF.");
            } else if (ec == beasthttp::error::bad_content_length) {
                fail(400, "Bad Content-Length.");
            } else if (ec == beasthttp::error::bad_transfer_encoding) {
                fail(400, "Transfer-Encoding cannot be combined with Content-Length.");
            } else if (ec == beasthttp::error::bad_chunk ||
                       ec == beasthttp::error::bad_chunk_extension) {
                fail(400, "Bad chunk size line.");
            } else if (ec == beasthttp::error::bad_field || ec == beasthttp::error::bad_value ||
                       ec == beasthttp::error::bad_obs_fold) {
                fail(400, "Malformed header line.");
            } else {
                fail(400, "Malformed request.");
            }
            break;
        }
        if (beast.is_header_done() && !m_headerChecked) {
            m_headerChecked = true;
            if (!checkHeader())
                break;
        }
        if (beast.is_done())
            m_state = State::Done;
        else if (n == 0)
            break;
    }
    if (m_state == State::NeedMore && used == size && beast.is_header_done() && !m_headerChecked) {
        m_headerChecked = true;
        checkHeader();
    }
    return used;
}

bool HttpRequestReader::checkHeader()
{
    const auto &request = m_parser->beast.get();
    const unsigned version = request.version();
    if (version != 10 && version != 11) {
        fail(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
        return false;
    }
    const boost::beast::string_view target = request.target();
    const std::size_t lineBytes = request.method_string().size() + target.size() + 10;
    if (lineBytes > std::size_t(m_limits.maxRequestLineBytes)) {
        fail(414, "The request line is too long.");
        return false;
    }
    const bool absolute = target.starts_with("http://") || target.starts_with("https://");
    if (!target.starts_with('/') && !absolute &&
        !(target == "*" && request.method() == beasthttp::verb::options)) {
        fail(400, "Malformed request target.");
        return false;
    }
    int count = 0;
    int hosts = 0;
    qint64 headerBytes = 0;
    for (const auto &field : request) {
        const boost::beast::string_view value = field.value();
        headerBytes += qint64(field.name_string().size() + value.size() + 4);
        if (++count > m_limits.maxHeaderCount) {
            fail(431, "Too many request headers.");
            return false;
        }
        if (value.find('\r') != value.npos || value.find('\n') != value.npos) {
            // Beast turns obs-fold into spaces (RFC 9112 §5.2 allows that or a 400); a line
            // break that is still in a value is refused.
            fail(400, "Malformed header value.");
            return false;
        }
        if (field.name() == beasthttp::field::host)
            ++hosts;
    }
    if (headerBytes > m_limits.maxHeaderBytes) {
        fail(431, "The request headers are too large.");
        return false;
    }
    // RFC 9112 §3.2: more than one Host header is a 400. A missing one is not refused here:
    // the DCS answers it with its own error 100 (docs/sandbox.md, rule 2).
    if (hosts > 1) {
        fail(400, "More than one Host header.");
        return false;
    }
    const auto te = request.find(beasthttp::field::transfer_encoding);
    if (te != request.end()) {
        if (version == 10) {
            fail(400, "Transfer-Encoding cannot be used with HTTP/1.0.");
            return false;
        }
        if (request.count(beasthttp::field::transfer_encoding) != 1 ||
            !equalsToken(te->value(), "chunked")) {
            fail(501, "Only the chunked transfer coding is supported.");
            return false;
        }
    }
    const auto expect = request.find(beasthttp::field::expect);
    if (expect != request.end() && (request.count(beasthttp::field::expect) != 1 ||
                                    !equalsToken(expect->value(), "100-continue"))) {
        fail(417, "Unsupported expectation.");
        return false;
    }
    return true;
}

bool HttpRequestReader::wantsContinue() const
{
    const auto &beast = m_parser->beast;
    if (m_state != State::NeedMore || !beast.is_header_done() || beast.get().version() != 11)
        return false;
    const auto &request = beast.get();
    if (request.find(beasthttp::field::expect) == request.end())
        return false;
    return beast.chunked() || beast.content_length().value_or(0) > 0;
}

bool HttpRequestReader::keepAlive() const
{
    return m_parser->beast.get().keep_alive();
}

HttpRequest HttpRequestReader::takeRequest()
{
    auto &request = m_parser->beast.get();
    HttpRequest r;
    r.method = bytesOf(request.method_string());
    QByteArray target = bytesOf(request.target());
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep path and query
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    r.target = target;
    r.version =
        request.version() == 10 ? QByteArrayLiteral("HTTP/1.0") : QByteArrayLiteral("HTTP/1.1");
    r.headers.reserve(8);
    for (const auto &field : request)
        r.headers.append({bytesOf(field.name_string()), bytesOf(field.value())});
    const std::string &body = request.body();
    r.body = QByteArray(body.data(), qsizetype(body.size()));
    return r;
}

} // namespace dcsdesk
