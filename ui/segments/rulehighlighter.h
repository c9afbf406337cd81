#pragma once

#include <QSyntaxHighlighter>

namespace dcsdesk {

// Colours a trait rule (domain.md §9) as the user types: keys, comparison and named operators,
// AND / OR / NOT, quoted text and numbers. Only lexical; the parser reports errors.
class RuleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit RuleHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace dcsdesk
