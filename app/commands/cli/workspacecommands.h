#pragma once

namespace dcsdesk {

class CliRegistry;

// The workspace commands of dcsdesk-cli: validate, mappings export|import, fire.
void registerWorkspaceCommands(CliRegistry &registry);

} // namespace dcsdesk
