#pragma once

class QWidget;

namespace dcsdesk {

class WorkspaceDocument;

// At start-up: when an earlier run left a recovery copy of unsaved edits (RecoveryStore), asks
// whether to restore it into the document, discard it or decide later. Returns true when the
// document now holds the restored edits.
class RecoveryPrompt
{
public:
    static bool offer(WorkspaceDocument *document, QWidget *parent = nullptr);
};

} // namespace dcsdesk
