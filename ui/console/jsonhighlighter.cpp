#include "jsonhighlighter.h"

#include "common/semanticcolors.h"

namespace dcsdesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setFontWeight(QFont::DemiBold);
    setColours();
    SemanticColors::onPaletteChange(this, [this]() {
        setColours();
        rehighlight();
    });
}

void JsonHighlighter::setColours()
{
    m_key.setForeground(SemanticColors::color(SemanticColors::JsonKey));
    m_string.setForeground(SemanticColors::color(SemanticColors::JsonString));
    m_number.setForeground(SemanticColors::color(SemanticColors::JsonNumber));
    m_literal.setForeground(SemanticColors::color(SemanticColors::JsonLiteral));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"') {
                if (text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            const qsizetype end = qMin(n, j + 1);
            qsizetype k = end;
            while (k < n && text.at(k) == u' ')
                ++k;
            const bool isKey = k < n && text.at(k) == u':';
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || text.at(j) == u'.' || text.at(j) == u'e' ||
                             text.at(j) == u'E' || text.at(j) == u'+' || text.at(j) == u'-'))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c == u't' || c == u'f' || c == u'n') {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            ++i;
        }
    }
}

} // namespace dcsdesk
