#pragma once

#include "domain/destination.h"
#include "domain/mapping.h"
#include "firecontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <optional>

namespace dcsdesk {

struct Workspace;

// What a URL destination fires for one user: one pixel per mapping when not serialized, one pixel
// with every alias joined when serialized (domain.md §6.2).
struct FiredPixel
{
    qint64 destinationId = 0;
    QString url;       // "c" in the DCS response
    QString secureUrl; // "e"
    QVector<qint64> sids;
    // What the URLs were built from, to compare an answer with them (FiredUrlMatch).
    QString urlTemplate;
    QString secureUrlTemplate;
    QStringList aliases; // the segment values %ALIAS% stands for, in firing order
    QString aliasDelimiter; // how they were joined; empty for one value
};

// What a cookie destination writes (domain.md §6.3): the DCS's stuff[] entry.
struct FiredCookie
{
    qint64 destinationId = 0;
    QString name;   // cn
    QString value;  // cv
    QString domain; // dmn
    int ttlDays = 0;
    QVector<qint64> sids;
    int droppedForSize = 0; // lowest-priority values left out to respect maxSize
};

struct FireResult
{
    QVector<FiredPixel> pixels;
    std::optional<FiredCookie> cookie;
    QStringList s2sValues; // server-to-server: the aliases a batch file would carry
    QStringList warnings;  // translated
};

// The one implementation of destination firing: macro expansion and serialization. The sandbox
// builds its dests[] and stuff[] with it and the destination editor's preview shows it, so what a
// marketer previews is exactly what the sandbox answers.
class DestinationFiring
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::DestinationFiring)

public:
    static constexpr int MaxUrlLength = 8192;

    // mappings: the mappings of this destination the user qualifies for and that are active.
    static FireResult fire(const Destination &destination, QVector<SegmentMapping> mappings,
                           const FireContext &context);

    // Replaces %ALIAS% (any case) with alias and every other §6.1 macro from the context.
    static QString expandMacros(const QString &format, const QString &alias,
                                const FireContext &context, QStringList *warnings = nullptr);

    // Mappings of a destination whose segment is in sids and whose window covers day.
    static QVector<SegmentMapping> activeMappings(const Workspace &workspace, qint64 destinationId,
                                                  const QSet<qint64> &sids, const QDate &day);

    // The cookie value split back into key and values, for the console's decoded view.
    static QVector<QPair<QString, QStringList>>
    splitCookieValue(const QString &value, const QString &keySeparator = QStringLiteral("="),
                     const QString &pairDelimiter = QStringLiteral(","),
                     const QString &serialSeparator = QString());
};

} // namespace dcsdesk
