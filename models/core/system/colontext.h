#pragma once

#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

// What follows a colon ("Character 26: Expected a trait name") when it is a message of its own,
// written to stand alone with a capital letter. French and Spanish continue in lower case after a
// colon, English and German keep the capital: the translators say which in a message of this
// class, so the rule follows the UI language and not the system locale (an English UI on a
// French system keeps English rules).
class ColonText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ColonText)

public:
    // The sentence as it reads after a colon in the UI language: its first word in lower case
    // when the language wants it and the word is an ordinary one ("Nom attendu" -> "nom
    // attendu"; "DCS", "URL", "Adobe", "X-Error" and a quotation mark stay as they are).
    static QString continued(const QString &sentence);
};

} // namespace dcsdesk
