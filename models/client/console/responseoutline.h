#pragma once

#include "dcs/dcsresponse.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dcsdesk {

struct Workspace;

// One row of the console's Decoded view.
struct OutlineNode
{
    enum class Tone { Normal, Good, Warning, Error };
    QString label;
    QString value;
    QString detail; // tooltip: what the field means
    Tone tone = Tone::Normal;
    QVector<OutlineNode> children;
    int hiddenChildren = 0; // children left out by limit()

    // Keeps at most max children at every level (the rest are counted in hiddenChildren).
    void limit(int max);
};

// Turns a decoded DCS answer into the sections a debugger shows (domain.md §2.3): the user, cookie
// destinations with their values split into key-value pairs, URL destinations, traits and
// segments (named from the workspace), errors with their meaning, notes and unknown fields.
class ResponseOutline
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ResponseOutline)

public:
    // The sections of an /event answer, in order. An /id answer has User, Errors, Notes and
    // Unknown; an /ibs or opt-out answer has its HTTP answer instead of User, then the same three.
    enum Section { User, Cookies, Urls, Segments, Errors, Notes, Unknown };
    // maxChildren >= 0: each section gets at most that many children, the rest are only counted
    // (hiddenChildren), so a 10 MB answer costs no more than a small one.
    static QVector<OutlineNode> build(const DcsResponse &response,
                                      const Workspace *workspace = nullptr, int maxChildren = -1);
};

} // namespace dcsdesk
