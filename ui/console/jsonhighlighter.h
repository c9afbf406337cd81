#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dcsdesk {

// Colours keys, strings, numbers and literals of JSON text one line at a time (KSyntaxHighlighting
// is Qt 5 only on Debian 12). Works on the console's pretty-printed text, where a string never
// spans lines.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void setColours();

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace dcsdesk
