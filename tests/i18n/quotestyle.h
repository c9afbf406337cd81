#pragma once

#include <QString>
#include <QStringList>

namespace dcsdesk::test {

// German and Spanish typography of one translation (French has its own rules in typography.h).
// German quotes open with „ and close with “ (never ” or « »); Spanish quotes with « » (never
// “ ” „), and a Spanish question or exclamation opens with ¿ or ¡. Each problem is one line that
// says what is wrong. Code, URLs and key=value examples keep straight quotes and a plain "?".
QStringList germanTypography(const QString &translation, const QString &source);
QStringList spanishTypography(const QString &translation, const QString &source);
// French apostrophes are typographic (l’URL), not straight (l'URL), except where the source has
// one.
QStringList frenchApostrophes(const QString &translation, const QString &source);
// Every language: a menu path ("File › Export HAR") keeps a no-break space before each "›", so a
// line never starts with the arrow (German help text wrapped as "› HAR exportieren").
QStringList menuPathProblems(const QString &translation);

} // namespace dcsdesk::test
