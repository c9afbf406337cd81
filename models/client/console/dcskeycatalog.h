#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// The keys a DCS call can carry (domain.md §1.3-1.5), for the console's completer and the hint
// shown next to a signal row: what the prefix means and what a documented d_/h_ key does.
class DcsKeyCatalog
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::DcsKeyCatalog)

public:
    struct Key
    {
        const char *key;
        const char *descriptionSource; // English, see description()
        QString description() const;   // translated
    };

    // Every d_ key documented in domain.md (those with a builder field say so) and the h_ keys.
    static const QVector<Key> &documentedKeys();
    static QStringList completions(); // the documented keys plus the bare prefixes c_, p_, h_, d_
    // Translated one-liner for a key: the documented meaning or what its prefix is for.
    static QString hint(const QString &key);
    static bool isPrivate(const QString &key) { return key.startsWith(QLatin1String("p_")); }
};

} // namespace dcsdesk
