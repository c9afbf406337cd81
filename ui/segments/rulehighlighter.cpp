#include "rulehighlighter.h"

#include "common/semanticcolors.h"

#include <QRegularExpression>

namespace dcsdesk {

RuleHighlighter::RuleHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void RuleHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat keyword;
    keyword.setForeground(SemanticColors::color(SemanticColors::RuleKeyword));
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat op;
    op.setForeground(SemanticColors::color(SemanticColors::RuleOperator));
    op.setFontWeight(QFont::Bold);
    QTextCharFormat string;
    string.setForeground(SemanticColors::color(SemanticColors::RuleString));
    QTextCharFormat number;
    number.setForeground(SemanticColors::color(SemanticColors::RuleNumber));
    QTextCharFormat key;
    key.setForeground(SemanticColors::color(SemanticColors::RuleKey));
    key.setFontItalic(true);

    static const QRegularExpression token(
        QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\"?)" // 1 string
                       "|\\b(AND|OR|NOT)\\b"         // 2 boolean
                       "|\\b(contains|matcheswords|startswith|endswith|matchesregex)\\b" // 3
                       "|(==|!=|>=|<=|=>|<|>)"                      // 4 comparison
                       "|(?<![\\w-])(-?\\d+(?:\\.\\d+)?)(?![\\w-])" // 5 number
                       "|([A-Za-z0-9_][A-Za-z0-9_-]*)"),            // 6 key
        QRegularExpression::CaseInsensitiveOption);
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(m.capturedStart(1), m.capturedLength(1), string);
        else if (m.capturedLength(2) > 0)
            setFormat(m.capturedStart(2), m.capturedLength(2), keyword);
        else if (m.capturedLength(3) > 0)
            setFormat(m.capturedStart(3), m.capturedLength(3), op);
        else if (m.capturedLength(4) > 0)
            setFormat(m.capturedStart(4), m.capturedLength(4), op);
        else if (m.capturedLength(5) > 0)
            setFormat(m.capturedStart(5), m.capturedLength(5), number);
        else if (m.capturedLength(6) > 0)
            setFormat(m.capturedStart(6), m.capturedLength(6), key);
    }
}

} // namespace dcsdesk
