#pragma once

#include "aamrest/aamrestclient.h"

#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

// The text of the pull's progress dialog: the request running now. AamRestClient reports a step
// when an answer comes, so the text names the request that follows it (the next page, the next
// destination's mappings, the segments); a token renewal in the middle of a step puts the step's
// text back once the token is there. Kept apart from the dialog so it can be tested.
class PullProgressText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::PullProgressText)

public:
    struct Step
    {
        QString text;
        int value = 0;
        int maximum = 0; // 0: no known end (a busy bar)
    };

    static Step start();
    Step next(AamRestClient::Stage stage, int done, int total);

private:
    Step m_current = start();
    Step m_beforeToken;
};

} // namespace dcsdesk
