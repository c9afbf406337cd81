#pragma once

#include "dcsresponse.h"

#include <QCoreApplication>

namespace dcsdesk {

// Reads a DCS answer (domain.md §2): JSON or JSONP (the callback checked against the request),
// every documented field, errors[] merged with X-Error and explained from the code table, and
// the answers that carry no data (pixel, empty 200, 429, HTML error pages) explained in words.
// One pass over the body; the raw bytes are kept untouched.
class DcsResponseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(DcsResponseDecoder)

public:
    // What the request asked for, which decides how an answer is judged.
    struct Expectation
    {
        bool json = true; // d_rtbd=json was sent
        QString callback; // d_cb, empty when none
        QString path = QStringLiteral("/event"); // which DCS endpoint answered
    };
    static Expectation expectationFor(const DcsRequest &request);

    static DcsResponse decode(int httpStatus, const HeaderList &headers, const QByteArray &body,
                              const Expectation &expectation);

    // "101,102" -> {101, 102}; entries that are not numbers go to *invalid.
    static QVector<int> parseErrorHeader(const QByteArray &value, QStringList *invalid = nullptr);
};

} // namespace dcsdesk
