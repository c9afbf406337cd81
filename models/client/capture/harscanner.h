#pragma once

#include <QtGlobal>

#include <functional>
#include <string>
#include <vector>

namespace dcsdesk {

// Splits a HAR's bytes, fed in pieces of any size, into the values a reader needs (log.version,
// log.creator and each element of log.entries) while holding no more than the value being read:
// what lets a 200 MB capture be read with the memory of one entry. It follows strings and
// brackets and the HAR's shape, and stops where brackets do not match or the shape is not a HAR;
// it is no JSON validator (each value is parsed by simdjson, and the caller checks the whole file
// for the exact message when something is wrong).
class HarScanner
{
public:
    enum class Part { Version, Creator, Entry };
    enum class Failure { None, Syntax, NotHar, Stopped };
    // value: the value's bytes; offset: where it starts in the input. False stops the scan.
    using Handler = std::function<bool(Part part, std::string &value, qint64 offset)>;

    explicit HarScanner(Handler handler);

    // Where the next byte fed is in the input (after a byte order mark, say).
    void setOffset(qint64 offset) { m_offset = offset; }

    // Reads the next bytes of the input; false once the scan failed or was stopped.
    bool feed(const char *data, qsizetype size);
    // The input has ended: false when it ended early (Failure::Syntax) or held no HAR log.
    bool finish();

    Failure failure() const { return m_failure; }
    bool sawContent() const { return m_sawContent; }

private:
    enum class Mode { RootStart, Key, InKey, Colon, ValueStart, AfterValue, InValue, End };
    enum class Role { Root, Log, Entries };
    struct Frame
    {
        Role role;
        char close; // '}' or ']'
    };

    bool fail(Failure failure);
    bool startValue(char c, qsizetype at);
    bool endValue();
    qsizetype consumeValue(const char *data, qsizetype at, qsizetype size);

    Handler m_handler;
    std::vector<Frame> m_frames;
    Mode m_mode = Mode::RootStart;
    Failure m_failure = Failure::None;
    qint64 m_offset = 0; // of the first byte of the piece being fed
    bool m_sawContent = false;
    bool m_sawLog = false;
    bool m_sawEntries = false;
    std::string m_key;
    bool m_keyEscape = false;
    bool m_afterComma = false; // a } or ] here would be a trailing comma

    // The value being read: skipped, or kept when it is one the reader wants.
    bool m_keep = false;
    Part m_part = Part::Entry;
    std::string m_value;
    qint64 m_valueOffset = 0;
    int m_depth = 0; // brackets open in the value
    bool m_inString = false;
    bool m_escape = false;
    bool m_valueFresh = false; // its first byte is still to be consumed
    bool m_scalar = false;     // a number, true, false or null: ends before , } ] or a space
};

} // namespace dcsdesk
