#pragma once

#include <QList>
#include <QString>

namespace dcsdesk::test {

// French typography of one translation, the same rules as tools/typography.py (see its header
// for the list and the reasons): U+00A0 before a prose ":", inside « » and between a number and
// its unit, U+202F before a prose ";" "?" "!"; code, URLs, quoted values and tags are left alone.
// The catalogue test fails on any fix found, so the script and this file must change together.
struct TypographyFix
{
    qsizetype pos = 0; // the wrong space to replace, or where to insert
    QChar space;
    bool insert = false;
    QString what;
};

QList<TypographyFix> frenchTypography(const QString &text, const QString &source);
QString applyTypography(QString text, QList<TypographyFix> fixes);

} // namespace dcsdesk::test
