#include "workspacecommands.h"

#include "cliregistry.h"
#include "firecommand.h"
#include "generatecommand.h"
#include "importcollectioncommand.h"
#include "mappingscommand.h"
#include "validatecommand.h"

namespace dcsdesk {

void registerWorkspaceCommands(CliRegistry &registry)
{
    registry.add(std::make_unique<ValidateCommand>());
    registry.add(std::make_unique<MappingsCommand>());
    registry.add(std::make_unique<FireCommand>());
    registry.add(std::make_unique<GenerateCommand>());
    registry.add(std::make_unique<ImportCollectionCommand>());
}

} // namespace dcsdesk
