#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dcsdesk {

// One "key: value" line of a .bru dictionary block; "~" in front switches it off.
struct BruEntry
{
    QString key;
    QString value;
    bool enabled = true;
    int line = 0;
};

// One block of a .bru file: "headers { ... }" (a dictionary) or "body:json { ... }" (text).
struct BruBlock
{
    QString name;
    int line = 0; // of the opening line, 1-based
    bool isText = false;
    QVector<BruEntry> entries; // dictionary blocks
    QString text;              // text blocks, without the block's two-space indentation

    QString value(const QString &key) const; // the first enabled entry's value
};

// Bruno's .bru request language (docs.usebruno.com, "Bru Lang"), read by hand: blocks that open
// with "name {" and close with "}" on a line of its own; dictionary lines "key: value" (quoted
// keys, '''-quoted multi-line values, "[ ... ]" lists, "~" for off); text blocks for bodies,
// scripts, tests and docs. Tolerant of blank lines and indentation; strict where a mistake would
// change the request: an unclosed block, a line that is not "key: value" or text outside a
// block stops the file with its line number.
class BruLang
{
    Q_DECLARE_TR_FUNCTIONS(BruLang)

public:
    struct File
    {
        QVector<BruBlock> blocks;
        QString error; // translated, with the line number; the file cannot be used
        int errorLine = 0;
        const BruBlock *block(const QString &name) const;
    };

    static File parse(const QString &text);
    static bool isTextBlock(const QString &name);
};

} // namespace dcsdesk
