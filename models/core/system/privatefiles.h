#pragma once

#include <QString>

namespace dcsdesk {

// Files that hold a user's data or secrets (history, recovery copies, settings) are readable by
// that user only: folders 0700, files 0600, whatever the umask. The folder is made private first,
// so a file is never reachable by others even before its own mode is set.
namespace PrivateFiles {

// Creates the folder (and parents) if needed and makes it 0700. False when it cannot be made.
bool makeFolder(const QString &folder);
// Makes an existing file 0600. False when its mode cannot be set.
bool restrict(const QString &filePath);

} // namespace PrivateFiles
} // namespace dcsdesk
