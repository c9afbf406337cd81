#include "pullprogresstext.h"

namespace dcsdesk {

PullProgressText::Step PullProgressText::start()
{
    return Step{tr("Asking for a token…"), 0, 0};
}

PullProgressText::Step PullProgressText::next(AamRestClient::Stage stage, int done, int total)
{
    Step step;
    switch (stage) {
    case AamRestClient::Stage::Token:
        if (done == 0) { // asking, at the start or to renew an expired token
            if (m_current.text != start().text)
                m_beforeToken = m_current;
            step = start();
        } else if (m_beforeToken.text.isEmpty()) {
            step.text = tr("Destinations: asking for the first page…");
        } else {
            step = m_beforeToken;
            m_beforeToken = Step();
        }
        break;
    case AamRestClient::Stage::Destinations:
        step.text = total >= 0 ? tr("Destinations: %1 of %2 received…").arg(done).arg(total)
                               : tr("Destinations: %1 received…").arg(done);
        step.value = done;
        step.maximum = qMax(0, total);
        break;
    case AamRestClient::Stage::Mappings:
        if (done < total) {
            step.text = tr("Mappings of destination %1 of %2…").arg(done + 1).arg(total);
            step.value = done;
            step.maximum = total;
        } else { // every destination's mappings are in: the segments come next
            step.text = tr("Segments: asking for the first page…");
        }
        break;
    case AamRestClient::Stage::Segments:
        step.text = total >= 0 ? tr("Segments: %1 of %2 received…").arg(done).arg(total)
                               : tr("Segments: %1 received…").arg(done);
        step.value = done;
        step.maximum = qMax(0, total);
        break;
    }
    step.value = qMin(step.value, step.maximum);
    m_current = step;
    return step;
}

} // namespace dcsdesk
