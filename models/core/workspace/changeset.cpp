#include "changeset.h"

namespace dcsdesk {

bool ChangeSet::isEmpty() const
{
    return size() == 0;
}

int ChangeSet::size() const
{
    return int(addProfiles.size() + updateProfiles.size() + removeProfiles.size() +
               addSegments.size() + updateSegments.size() + removeSegments.size() +
               addDestinations.size() + updateDestinations.size() + removeDestinations.size() +
               addMappings.size() + updateMappings.size() + removeMappings.size() +
               (savedRequests ? 1 : 0) + (savedRequestFolders ? 1 : 0) + (environments ? 1 : 0) + (aamDeleted ? 1 : 0));
}

} // namespace dcsdesk
