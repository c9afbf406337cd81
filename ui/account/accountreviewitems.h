#pragma once

#include "aam/aamdiff.h"

// What the review offers for each kind of difference, shared by its presentation
// (accountreviewdialog.cpp) and its choices (accountreviewchoices.cpp).

namespace dcsdesk::accountreview {

inline bool isToPush(const AamDiff::Item &item)
{
    switch (item.outcome) {
    case AamDiff::Outcome::ChangedLocally:
    case AamDiff::Outcome::ChangedBoth:
    case AamDiff::Outcome::CreatedLocally:
    case AamDiff::Outcome::DeletedLocally:
        return !item.readOnly;
    default:
        return false;
    }
}

inline bool isToTake(const AamDiff::Item &item)
{
    return item.outcome == AamDiff::Outcome::ChangedInAccount ||
           item.outcome == AamDiff::Outcome::ChangedBoth;
}

// What Take can bring into the workspace without a choice of sides.
inline bool isTakeable(const AamDiff::Item &item)
{
    return isToTake(item) || item.outcome == AamDiff::Outcome::CreatedInAccount ||
           item.outcome == AamDiff::Outcome::DeletedInAccount;
}

} // namespace dcsdesk::accountreview
