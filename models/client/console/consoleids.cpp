#include "consoleids.h"

#include <QRandomGenerator>

namespace dcsdesk {

QString ConsoleIds::newUserId()
{
    QString id;
    id.reserve(38);
    auto *rng = QRandomGenerator::global();
    id.append(QChar(u'1' + int(rng->bounded(9)))); // no leading zero
    while (id.size() < 38)
        id.append(QChar(u'0' + int(rng->bounded(10))));
    return id;
}

} // namespace dcsdesk
