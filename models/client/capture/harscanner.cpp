#include "harscanner.h"

#include <cstring>

namespace dcsdesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

HarScanner::HarScanner(Handler handler) : m_handler(std::move(handler)) {}

bool HarScanner::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return false;
}

bool HarScanner::feed(const char *data, qsizetype size)
{
    if (m_failure != Failure::None)
        return false;
    for (qsizetype i = 0; i < size;) {
        if (m_mode == Mode::InValue) {
            i = consumeValue(data, i, size);
            if (m_failure != Failure::None)
                return false;
            continue;
        }
        if (m_mode == Mode::InKey) { // keys are short: byte by byte
            const char k = data[i++];
            if (m_keyEscape) {
                m_keyEscape = false;
            } else if (k == '\\') {
                m_keyEscape = true;
            } else if (k == '"') {
                m_mode = Mode::Colon;
                continue;
            }
            m_key.push_back(k);
            continue;
        }
        const char c = data[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        m_sawContent = true;
        switch (m_mode) {
        case Mode::RootStart:
            if (c != '{')
                return fail(Failure::NotHar);
            m_frames.push_back({Role::Root, '}'});
            m_mode = Mode::Key;
            m_afterComma = false;
            ++i;
            break;
        case Mode::Key:
            if (c == '}' && !m_afterComma) {
                m_frames.pop_back();
                m_mode = m_frames.empty() ? Mode::End : Mode::AfterValue;
                ++i;
                break;
            }
            if (c != '"')
                return fail(Failure::Syntax);
            m_key.clear();
            m_keyEscape = false;
            m_mode = Mode::InKey;
            ++i;
            break;
        case Mode::Colon:
            if (c != ':')
                return fail(Failure::Syntax);
            m_mode = Mode::ValueStart;
            ++i;
            break;
        case Mode::ValueStart:
            if (c == ']' && !m_afterComma && m_frames.back().close == ']') {
                m_frames.pop_back();
                m_mode = Mode::AfterValue;
                ++i;
                break;
            }
            m_afterComma = false;
            if (!startValue(c, i))
                return false;
            if (m_mode != Mode::InValue)
                ++i; // a container of the HAR's shape was opened
            break;
        case Mode::AfterValue:
            if (c == ',') {
                m_mode = m_frames.back().close == '}' ? Mode::Key : Mode::ValueStart;
                m_afterComma = true;
                ++i;
                break;
            }
            if (c != m_frames.back().close)
                return fail(Failure::Syntax);
            m_frames.pop_back();
            m_mode = m_frames.empty() ? Mode::End : Mode::AfterValue;
            ++i;
            break;
        case Mode::End:
            return fail(Failure::Syntax);
        case Mode::InKey:
        case Mode::InValue:
            break;
        }
    }
    m_offset += size;
    return true;
}

bool HarScanner::startValue(char c, qsizetype at)
{
    const Role role = m_frames.back().role;
    m_keep = false;
    if (role == Role::Root && m_key == "log") {
        if (c != '{')
            return fail(Failure::NotHar);
        m_sawLog = true;
        m_frames.push_back({Role::Log, '}'});
        m_mode = Mode::Key;
        return true;
    }
    if (role == Role::Log && m_key == "entries") {
        if (c != '[')
            return fail(Failure::NotHar);
        m_sawEntries = true;
        m_frames.push_back({Role::Entries, ']'});
        m_mode = Mode::ValueStart;
        return true;
    }
    if (role == Role::Entries) {
        if (c != '{')
            return fail(Failure::NotHar);
        m_keep = true;
        m_part = Part::Entry;
    } else if (role == Role::Log && m_key == "version" && c == '"') {
        m_keep = true;
        m_part = Part::Version;
    } else if (role == Role::Log && m_key == "creator" && c == '{') {
        m_keep = true;
        m_part = Part::Creator;
    }
    if (c == '}' || c == ']' || c == ',' || c == ':')
        return fail(Failure::Syntax);
    m_value.clear();
    m_valueOffset = m_offset + at;
    m_valueFresh = true;
    m_depth = (c == '{' || c == '[') ? 1 : 0;
    m_inString = c == '"';
    m_escape = false;
    m_scalar = m_depth == 0 && !m_inString;
    m_mode = Mode::InValue;
    return true;
}

qsizetype HarScanner::consumeValue(const char *data, qsizetype at, qsizetype size)
{
    qsizetype i = at;
    bool done = false;
    if (m_valueFresh) {
        m_valueFresh = false;
        ++i; // the value's first byte, read by startValue
    }
    while (i < size && !done) {
        if (m_scalar) {
            const char c = data[i];
            if (c == ',' || c == '}' || c == ']' || isSpace(c)) {
                done = true;
                break;
            }
            ++i;
            continue;
        }
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                ++i;
                continue;
            }
            // Long strings (bodies) are most of a HAR: jump to the next quote or backslash.
            const char *p = data + i;
            const char *end = data + size;
            const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            const char *limit = quote ? quote : end;
            const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(limit - p)));
            if (slash) {
                i = slash - data + 1;
                m_escape = true;
                continue;
            }
            if (!quote) {
                i = size;
                break;
            }
            i = quote - data + 1;
            m_inString = false;
            if (m_depth == 0)
                done = true;
            continue;
        }
        const char c = data[i++];
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0)
                done = true;
        }
    }
    if (m_keep)
        m_value.append(data + at, size_t(i - at));
    if (done && !endValue())
        return size;
    return i;
}

bool HarScanner::endValue()
{
    m_mode = Mode::AfterValue;
    if (!m_keep)
        return true;
    m_keep = false;
    if (!m_handler(m_part, m_value, m_valueOffset))
        return fail(Failure::Stopped);
    return true;
}

bool HarScanner::finish()
{
    if (m_failure != Failure::None)
        return false;
    if (m_mode != Mode::End)
        return fail(m_sawContent && !m_frames.empty() ? Failure::Syntax : Failure::NotHar);
    if (!m_sawLog || !m_sawEntries)
        return fail(Failure::NotHar);
    return true;
}

} // namespace dcsdesk
