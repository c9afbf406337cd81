#include "batchuser.h"

namespace dcsdesk {

QString BatchUser::key() const
{
    return idKey() + QLatin1Char('=') + userId;
}

} // namespace dcsdesk
