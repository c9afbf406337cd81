#pragma once

#include <QString>

namespace dcsdesk {

// The folder each kind of file dialog opens in: where the user last chose a file of that kind
// (kept in QSettings as folders/<kind>, readable by the user only), else Documents. Mapping CSVs,
// AAM JSON exports and workspaces usually live in different folders; each dialog starts where
// the last file of its kind was.
class FileFolders
{
public:
    enum class Kind {
        Workspace,
        MappingCsv,
        SegmentCsv,
        AamJson, // Audience Manager REST JSON: destinations and segments
        BatchCsv,
        BatchResults,
        ImportReport,
        ResponseBody,
        Certificate,
        Capture,       // browser captures (HAR)
        MaskedCapture, // masked copies of HAR captures, for support tickets
        Collection,    // Postman and Bruno collections
    };

    // The remembered folder, else fallback, else Documents.
    static QString folder(Kind kind, const QString &fallback = QString());
    // The user's Documents folder, else the home folder when there is none.
    static QString documents();
    // A path in the kind's folder for a dialog to suggest: folder(kind)/fileName.
    static QString suggest(Kind kind, const QString &fileName);
    // Remembers the folder of a chosen file; an empty path (Cancel) changes nothing.
    static void remember(Kind kind, const QString &chosenPath);
    static QString settingsKey(Kind kind);
};

} // namespace dcsdesk
