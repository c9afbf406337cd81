#pragma once

#include <QByteArray>
#include <QStringView>

namespace dcsdesk {

// Appends JSON text to one growing buffer, writing exactly the bytes QJsonDocument writes for the
// same values (same string escaping: control characters as \b \f \n \r \t or \u00XX, unpaired
// surrogates as \uXXXX, everything else as UTF-8, U+2028/U+2029 included). The workspace writer
// uses it to write 100,000 mappings without a QJsonObject and a QJsonDocument per item.
class JsonWriter
{
public:
    void reserve(qsizetype bytes);

    void append(char c) { *grow(1) = c; }
    void append(const char *text, qsizetype length);
    template <qsizetype N> void appendLiteral(const char (&text)[N]) { append(text, N - 1); }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    void appendSpaces(int count);
    void appendString(QStringView text); // quoted and escaped
    void appendInteger(qint64 value);

    qsizetype size() const { return m_size; }
    QByteArray take(); // the text written so far; the writer is empty afterwards

private:
    // Room for extra more bytes; returns where they go.
    char *grow(qsizetype extra)
    {
        if (m_size + extra > m_buffer.size())
            reallocate(m_size + extra);
        char *at = m_data + m_size;
        m_size += extra;
        return at;
    }
    void reallocate(qsizetype atLeast);

    QByteArray m_buffer;
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace dcsdesk
