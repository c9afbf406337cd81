#pragma once

#include "harmaskrules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// A copy of a HAR capture that can go into a support ticket: cookie values, user IDs, p_ values
// and credentials replaced (HarMaskRules says which), everything else byte for byte. It first
// collects the secret values, then replaces every occurrence of each anywhere in the file's
// strings — percent-encoded forms and base64 bodies too — by one token per value, so the calls
// of one user still correlate. Tokens: an ID of 16 digits or more becomes zeros and a counter of
// the same length (0…01), so the console still reads a masked d_mid or demdex cookie as an ID
// instead of reporting a malformed call; any other value becomes MASKED-COOKIE-1, MASKED-ID-2,
// MASKED-P-1, MASKED-SECRET-1. Values shorter than 8 characters (p_age=22, AMCVS_…=1) are
// replaced where they stand under their name only: "22" elsewhere is a time or a size. Then the
// copy is checked — no secret left, the same calls with the same kinds and statuses — and refused
// with the reason when it fails: a masked file that leaks is worse than none.
class HarMasker
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HarMasker)

public:
    static constexpr int MinGlobalLength = 8;

    struct Result
    {
        bool ok = false;
        QString error;     // translated: the reader's message, or why nothing may be written
        QByteArray masked; // the masked file when ok
        QVector<HarMaskItem> items; // each value at each place of each entry, in file order
        int valueCount = 0;         // distinct values replaced
        QVector<int> valuesPerKind = QVector<int>(4, 0); // by HarMaskItem::Kind
        int changedStrings = 0;                          // strings of the file that changed
        int replacements = 0;                            // occurrences replaced
        QStringList notes;                               // translated: what was deliberately kept

        int valuesOf(HarMaskItem::Kind kind) const;
        int itemsAt(HarMaskItem::Place place) const;
        QString summary() const; // translated, two sentences: values per kind, places
        // Counts and the items without their original values: safe to paste into a ticket.
        QJsonObject toJson() const;
    };

    static Result mask(const QByteArray &har, const QStringList &aliases = {});
    // Written into log.comment so whoever reads the copy knows the values are not real.
    static QByteArray fileComment();
    static QString shortened(const QString &value, int max = 28);
};

} // namespace dcsdesk
