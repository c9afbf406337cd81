#pragma once

#include "httplimits.h"
#include "httprequest.h"

#include <memory>

namespace dcsdesk {

// Reads one HTTP/1.1 request from bytes as they arrive, with Boost.Beast's parser, which refuses
// what RFC 9112 lets a server refuse and request smuggling needs: bare LF or CR line endings,
// bad chunk sizes, Content-Length with Transfer-Encoding, conflicting Content-Lengths, controls
// in fields. On top of Beast it refuses what the RFC says a server must: more than one Host
// (400; a missing one is left to the DCS, whose error 100 says so), a transfer coding other
// than chunked (501), an unknown expectation (417), and the sandbox's size limits
// (414/431/413). No sockets: the server and the fuzz target drive the same code.
class HttpRequestReader
{
public:
    enum class State { NeedMore, Done, Failed };

    explicit HttpRequestReader(const HttpLimits &limits);
    ~HttpRequestReader();
    HttpRequestReader(const HttpRequestReader &) = delete;
    HttpRequestReader &operator=(const HttpRequestReader &) = delete;

    // Parses what it can of data and returns how many bytes it used; the caller keeps the rest
    // (an incomplete header, the next pipelined request) and passes it again with more.
    qsizetype feed(const char *data, qsizetype size);
    State state() const { return m_state; }
    bool started() const { return m_started; } // a byte of a request (not a blank line) seen
    // The header asked for "100 Continue" and the body has not come yet.
    bool wantsContinue() const;
    bool keepAlive() const;
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorText() const { return m_errorText; }

    HttpRequest takeRequest(); // after Done
    void reset();              // ready for the next request on the connection

private:
    struct Parser;
    bool checkHeader();
    void fail(int status, const QByteArray &text);
    bool checkHeadSize(const char *data, qsizetype size);

    HttpLimits m_limits;
    std::unique_ptr<Parser> m_parser;
    State m_state = State::NeedMore;
    bool m_started = false;
    bool m_headerChecked = false;
    qsizetype m_headConsumed = 0; // header bytes Beast has taken so far (the request line first)
    int m_errorStatus = 0;
    QByteArray m_errorText;
};

} // namespace dcsdesk
