#pragma once

namespace dcsdesk {

// Everything the desktop executable does, so that app/dcsdesk/main.cpp stays a one-liner and
// tests can drive the same start-up.
int runDesktopApp(int argc, char *argv[]);

} // namespace dcsdesk
