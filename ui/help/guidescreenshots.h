#pragma once

namespace dcsdesk {

class ConsoleServices;
class MainWindow;

// The pictures the user guide shows beyond the views' own, added to `dcsdesk --screenshot`: the
// whole form of a URL, a cookie and a server-to-server destination; the console after a "Try in
// Console" call to the local sandbox (the answer, then expected vs actual); the batch view after
// a short run, then the History listing both. Only the local sandbox is called.
// tools/make-guide-screenshots.sh picks the guide's pictures from these files by name.
class GuideScreenshots
{
public:
    static void install(MainWindow *window, ConsoleServices *console);
};

} // namespace dcsdesk
