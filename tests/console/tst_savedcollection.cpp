#include "checks/checkrun.h"
#include "checks/savedrequestchecks.h"
#include "console/savedrequestcollection.h"
#include "console/savedrequests.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspaceserializer.h"

#include <QJsonDocument>
#include <QtTest>

using namespace dcsdesk;

// Issue 20 item 5: the saved requests as a collection in folders. Every edit is one undo step,
// names stay unique, a wrong "folder" is reported and kept, and the file round-trips.
class TstSavedCollection : public QObject
{
    Q_OBJECT

    using C = SavedRequestCollection;

    static QJsonObject saved(const QString &name, const QStringList &folder = {},
                             const QStringList &tags = {})
    {
        QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("path"), "/event"}};
        if (!folder.isEmpty())
            o.insert(QStringLiteral("folder"), QJsonArray::fromStringList(folder));
        if (!tags.isEmpty())
            o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        return o;
    }

    static QStringList names(const Workspace &ws)
    {
        QStringList out;
        for (const QJsonValue &v : ws.savedRequests)
            out.append(v.toObject().value(QStringLiteral("name")).toString());
        return out;
    }

    // a, b in Checkout; c in Checkout/Mobile; d at the top level.
    static void fill(WorkspaceDocument &doc)
    {
        Workspace ws;
        ws.savedRequests = {saved("a", {"Checkout"}, {"smoke"}), saved("b", {"Checkout"}),
                            saved("c", {"Checkout", "Mobile"}), saved("d")};
        doc.reset(ws);
    }

    static bool apply(WorkspaceDocument &doc, const ChangeSet &changes)
    {
        if (changes.isEmpty())
            return false;
        doc.apply(changes, QStringLiteral("test"));
        return true;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void foldersAndOrder()
    {
        WorkspaceDocument doc;
        fill(doc);
        const Workspace &ws = doc.workspace();
        QCOMPARE(C::folders(ws), (QVector<QStringList>{{"Checkout"}, {"Checkout", "Mobile"}}));
        QCOMPARE(C::requestsIn(ws, {"Checkout"}, false), (QStringList{"a", "b"}));
        QCOMPARE(C::requestsIn(ws, {"Checkout"}, true), (QStringList{"a", "b", "c"}));
        QCOMPARE(C::requestsIn(ws, {}, false), QStringList{"d"});
        QCOMPARE(C::pathFromText(QStringLiteral(" Checkout / Mobile ")),
                 (QStringList{"Checkout", "Mobile"}));
        QVERIFY(C::problems(ws).isEmpty());
    }

    void createFolderIsOneUndoStepAndSurvivesEmpty()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(apply(doc, C::createFolder(doc.workspace(), {"Archive"}, &error)));
        QVERIFY(C::folderExists(doc.workspace(), {"Archive"}));
        QCOMPARE(doc.undoStack()->count(), 1);
        // The empty folder survives a save and a load.
        const auto back =
            WorkspaceSerializer::fromJson(WorkspaceSerializer::toJson(doc.workspace()));
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY(C::folderExists(back.workspace, {"Archive"}));
        doc.undo();
        QVERIFY(!C::folderExists(doc.workspace(), {"Archive"}));
        doc.redo();
        QVERIFY(C::folderExists(doc.workspace(), {"Archive"}));
        // Refused: it exists, no name, a "/".
        QVERIFY(C::createFolder(doc.workspace(), {"Archive"}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("already")));
        error.clear();
        QVERIFY(C::createFolder(doc.workspace(), {"a/b"}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("/")));
        error.clear();
        QVERIFY(C::createFolder(doc.workspace(), {" "}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void renameFolderRenamesItsSubtree()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(apply(doc, C::renameFolder(doc.workspace(), {"Checkout"}, "Cart", &error)));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Cart"}, false), (QStringList{"a", "b"}));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Cart", "Mobile"}, false), QStringList{"c"});
        QVERIFY(!C::folderExists(doc.workspace(), {"Checkout"}));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undo();
        QCOMPARE(C::requestsIn(doc.workspace(), {"Checkout"}, true), (QStringList{"a", "b", "c"}));
        // A clash with a sibling is refused and says why.
        QVERIFY(apply(doc, C::createFolder(doc.workspace(), {"Other"}, &error)));
        QVERIFY(C::renameFolder(doc.workspace(), {"Other"}, "Checkout", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Checkout")));
    }

    void moveFolderAndNotIntoItself()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(apply(doc, C::moveFolder(doc.workspace(), {"Checkout", "Mobile"}, {}, &error)));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Mobile"}, false), QStringList{"c"});
        QVERIFY(C::moveFolder(doc.workspace(), {"Checkout"}, {"Checkout"}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    static QVector<QStringList> top(const Workspace &ws) { return C::childFoldersOf(ws, {}); }

    // A folder among its siblings: before another, or last; kept in savedRequestFolders, so the
    // file keeps it; one undo step; a move that changes nothing is no step.
    void reorderFoldersAmongSiblings()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(apply(doc, C::createFolder(doc.workspace(), {"Archive"}, &error)));
        QVERIFY(apply(doc, C::createFolder(doc.workspace(), {"Beta"}, &error)));
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Archive"}, {"Beta"}, {"Checkout"}}));
        const int steps = doc.undoStack()->count();
        QVERIFY(apply(doc, C::moveFolder(doc.workspace(), {"Checkout"}, {}, {"Archive"}, &error)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Checkout"}, {"Archive"}, {"Beta"}}));
        // Its subfolder and requests go with it, untouched.
        QCOMPARE(C::subfoldersOf(doc.workspace(), {"Checkout"}),
                 (QVector<QStringList>{{"Checkout", "Mobile"}}));
        QCOMPARE(names(doc.workspace()), (QStringList{"a", "b", "c", "d"}));
        const auto back =
            WorkspaceSerializer::fromJson(WorkspaceSerializer::toJson(doc.workspace()));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(top(back.workspace), (QVector<QStringList>{{"Checkout"}, {"Archive"}, {"Beta"}}));
        doc.undo();
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Archive"}, {"Beta"}, {"Checkout"}}));
        doc.redo();
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Checkout"}, {"Archive"}, {"Beta"}}));
        // Last; then already in place (above its next sibling, or last): nothing.
        QVERIFY(apply(doc, C::moveFolder(doc.workspace(), {"Archive"}, {}, {}, &error)));
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Checkout"}, {"Beta"}, {"Archive"}}));
        QVERIFY(C::moveFolder(doc.workspace(), {"Beta"}, {}, {"Archive"}, &error).isEmpty());
        QVERIFY(C::moveFolder(doc.workspace(), {"Archive"}, {}, {}, &error).isEmpty());
        QVERIFY(C::moveFolder(doc.workspace(), {"Beta"}, {}, {"Beta"}, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Into another folder, before one of its folders; a `before` elsewhere is refused.
        QVERIFY(apply(doc, C::moveFolder(doc.workspace(), {"Beta"}, {"Checkout"},
                                         {"Checkout", "Mobile"}, &error)));
        QCOMPARE(C::childFoldersOf(doc.workspace(), {"Checkout"}),
                 (QVector<QStringList>{{"Checkout", "Beta"}, {"Checkout", "Mobile"}}));
        QVERIFY(C::moveFolder(doc.workspace(), {"Archive"}, {}, {"Checkout", "Mobile"}, &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("Mobile")));
    }

    // An entry of savedRequestFolders that is not a folder path stays in the file on a reorder.
    void reorderKeepsBrokenEntries()
    {
        WorkspaceDocument doc;
        Workspace ws;
        ws.savedRequests = {saved("a", {"One"}), saved("b", {"Two"})};
        ws.savedRequestFolders = {QJsonValue(42), QJsonArray{"Two"}};
        doc.reset(ws);
        QString error;
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"Two"}, {"One"}}));
        QVERIFY(apply(doc, C::moveFolder(doc.workspace(), {"One"}, {}, {"Two"}, &error)));
        QCOMPARE(top(doc.workspace()), (QVector<QStringList>{{"One"}, {"Two"}}));
        QCOMPARE(doc.workspace().savedRequestFolders.at(0), QJsonValue(42));
        QCOMPARE(C::problems(doc.workspace()).size(), 1);
    }

    void deleteFolderNeverDropsRequestsSilently()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(
            C::deleteFolder(doc.workspace(), {"Checkout"}, C::Contents::Refuse, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("3 saved request")), qPrintable(error));
        QCOMPARE(doc.workspace().savedRequests.size(), 4);
        error.clear();
        QVERIFY(apply(doc,
                      C::deleteFolder(doc.workspace(), {"Checkout"}, C::Contents::MoveUp, &error)));
        QCOMPARE(names(doc.workspace()), (QStringList{"a", "b", "c", "d"}));
        QCOMPARE(C::requestsIn(doc.workspace(), {}, false), (QStringList{"a", "b", "d"}));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Mobile"}, false), QStringList{"c"});
        doc.undo();
        QVERIFY(apply(doc,
                      C::deleteFolder(doc.workspace(), {"Checkout"}, C::Contents::Delete, &error)));
        QCOMPARE(names(doc.workspace()), QStringList{"d"});
        QVERIFY(C::folders(doc.workspace()).isEmpty());
        doc.undo();
        QCOMPARE(names(doc.workspace()).size(), 4);
        // An empty folder goes without asking.
        QVERIFY(apply(doc, C::createFolder(doc.workspace(), {"Empty"}, &error)));
        QVERIFY(
            apply(doc, C::deleteFolder(doc.workspace(), {"Empty"}, C::Contents::Refuse, &error)));
        QVERIFY(!C::folderExists(doc.workspace(), {"Empty"}));
    }

    void moveRequestsToFolderAndPosition()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        // d before a, in Checkout.
        QVERIFY(apply(doc, C::moveRequests(doc.workspace(), {"d"}, {"Checkout"}, "a", &error)));
        QCOMPARE(names(doc.workspace()), (QStringList{"d", "a", "b", "c"}));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Checkout"}, false), (QStringList{"d", "a", "b"}));
        QCOMPARE(doc.undoStack()->count(), 1);
        // c to the end of Checkout: its folder Mobile stays, empty.
        QVERIFY(apply(doc, C::moveRequests(doc.workspace(), {"c"}, {"Checkout"}, {}, &error)));
        QCOMPARE(C::requestsIn(doc.workspace(), {"Checkout"}, false),
                 (QStringList{"d", "a", "b", "c"}));
        QVERIFY(C::folderExists(doc.workspace(), {"Checkout", "Mobile"}));
        // Several at once, to the top level, keeping their order.
        QVERIFY(apply(doc, C::moveRequests(doc.workspace(), {"b", "a"}, {}, {}, &error)));
        QCOMPARE(C::requestsIn(doc.workspace(), {}, false), (QStringList{"a", "b"}));
        QVERIFY(C::folderOf(doc.workspace().savedRequests.at(2).toObject()).isEmpty());
        QVERIFY(!doc.workspace().savedRequests.at(2).toObject().contains("folder"));
        doc.undo();
        doc.undo();
        doc.undo();
        QCOMPARE(names(doc.workspace()), (QStringList{"a", "b", "c", "d"}));
        QVERIFY(C::moveRequests(doc.workspace(), {"nope"}, {}, {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void renameRequestRefusesAClash()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString error;
        QVERIFY(C::renameRequest(doc.workspace(), "a", "c", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("unique")));
        error.clear();
        QVERIFY(C::renameRequest(doc.workspace(), "a", "  ", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(apply(doc, C::renameRequest(doc.workspace(), "a", " golf ", &error)));
        QCOMPARE(names(doc.workspace()).first(), QStringLiteral("golf"));
        QCOMPARE(SavedRequestChecks::tagsOf(doc.workspace().savedRequests.first().toObject()),
                 QStringList{"smoke"});
        doc.undo();
        QCOMPARE(names(doc.workspace()).first(), QStringLiteral("a"));
    }

    void duplicateKeepsChecksTagsAndFolder()
    {
        WorkspaceDocument doc;
        fill(doc);
        QString copy;
        QString error;
        QVERIFY(apply(doc, C::duplicateRequest(doc.workspace(), "a", &copy, &error)));
        QCOMPARE(copy, QStringLiteral("a (copy)"));
        QCOMPARE(names(doc.workspace()), (QStringList{"a", "a (copy)", "b", "c", "d"}));
        const QJsonObject o = doc.workspace().savedRequests.at(1).toObject();
        QCOMPARE(C::folderOf(o), QStringList{"Checkout"});
        QCOMPARE(SavedRequestChecks::tagsOf(o), QStringList{"smoke"});
        QVERIFY(apply(doc, C::duplicateRequest(doc.workspace(), "a", &copy, &error)));
        QCOMPARE(copy, QStringLiteral("a (copy 2)"));
        doc.undo();
        doc.undo();
        QCOMPARE(names(doc.workspace()).size(), 4);
    }

    void deleteRequestsKeepsTheirFolder()
    {
        WorkspaceDocument doc;
        fill(doc);
        QVERIFY(apply(doc, C::deleteRequests(doc.workspace(), {"c"})));
        QCOMPARE(names(doc.workspace()), (QStringList{"a", "b", "d"}));
        QVERIFY(C::folderExists(doc.workspace(), {"Checkout", "Mobile"}));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undo();
        QCOMPARE(names(doc.workspace()).size(), 4);
    }

    void wrongTypedFolderIsReportedAndKept()
    {
        const QByteArray file = R"({"format": "dcsdesk-workspace", "version": 1, "name": "w",
            "profiles": [], "segments": [], "destinations": [], "mappings": [],
            "savedRequests": [{"name": "x", "folder": "Checkout"},
                              {"name": "y", "folder": ["A", 3]}],
            "savedRequestFolders": [["Archive"], "Broken"],
            "futureKey": {"kept": true}})";
        const auto read = WorkspaceSerializer::fromJson(file);
        QVERIFY2(read.ok, qPrintable(read.error));
        const Workspace &ws = read.workspace;
        QCOMPARE(C::requestsIn(ws, {}, false), (QStringList{"x", "y"})); // at the top level
        const QStringList problems = C::problems(ws);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QStringLiteral("x")));
        QVERIFY(problems.at(2).contains(QStringLiteral("2")));
        QCOMPARE(C::folders(ws), QVector<QStringList>{{"Archive"}});
        // Kept as it was on a round trip, unknown keys too.
        const auto back = WorkspaceSerializer::fromJson(WorkspaceSerializer::toJson(ws));
        QVERIFY(back.ok);
        QCOMPARE(back.workspace.savedRequests, ws.savedRequests);
        QCOMPARE(back.workspace.savedRequestFolders, ws.savedRequestFolders);
        QCOMPARE(back.workspace.unknownKeys.value("futureKey").toObject().value("kept"),
                 QJsonValue(true));
        QCOMPARE(WorkspaceSerializer::toJson(back.workspace), WorkspaceSerializer::toJson(ws));
        // A renamed folder leaves the broken entries alone.
        QString error;
        const ChangeSet changes = C::renameFolder(ws, {"Archive"}, "Old", &error);
        QVERIFY(changes.savedRequestFolders);
        QCOMPARE(changes.savedRequestFolders->at(1).toString(), QStringLiteral("Broken"));
        // savedRequestFolders not a list refuses the file and says where.
        QByteArray wrong = file;
        wrong.replace(R"([["Archive"], "Broken"])", R"("Archive")");
        const auto refused = WorkspaceSerializer::fromJson(wrong);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("savedRequestFolders")),
                 qPrintable(refused.error));
    }

    void savingAgainKeepsTheFolder()
    {
        WorkspaceDocument doc;
        fill(doc);
        DcsRequest r = SavedRequests::list(doc.workspace()).at(2);
        r.unknownKeys.remove(QStringLiteral("folder")); // as the runner's entries have it
        r.sid = QStringLiteral("42");
        doc.apply(SavedRequests::save(doc.workspace(), r), QStringLiteral("save"));
        QCOMPARE(C::folderOf(doc.workspace().savedRequests.at(2).toObject()),
                 (QStringList{"Checkout", "Mobile"}));
    }

    void runByFolder()
    {
        WorkspaceDocument doc;
        fill(doc);
        QJsonArray requests = doc.workspace().savedRequests;
        for (int i = 0; i < requests.size(); ++i) {
            QJsonObject o = requests.at(i).toObject();
            o.insert(QStringLiteral("checks"), QJsonArray{QJsonObject{{"kind", "noErrors"}}});
            requests[i] = o;
        }
        ChangeSet changes;
        changes.savedRequests = requests;
        doc.apply(changes, QStringLiteral("checks"));
        auto namesOf = [](const QVector<SavedRequestChecks::Entry> &entries) {
            QStringList out;
            for (const auto &e : entries)
                out.append(e.request.name);
            return out;
        };
        QCOMPARE(namesOf(CheckRun::choose(doc.workspace(), {}, {"Checkout"})),
                 (QStringList{"a", "b", "c"}));
        QCOMPARE(namesOf(CheckRun::choose(doc.workspace(), {}, {"Checkout", "Mobile"})),
                 QStringList{"c"});
        QCOMPARE(namesOf(CheckRun::choose(doc.workspace(), {"smoke"}, {"Checkout"})),
                 QStringList{"a"});
        QCOMPARE(namesOf(CheckRun::choose(doc.workspace(), {}, {})).size(), 4);
        const auto entries = CheckRun::choose(doc.workspace(), {}, {"Checkout", "Mobile"});
        QCOMPARE(entries.first().folder, (QStringList{"Checkout", "Mobile"}));
        QVERIFY(!entries.first().request.unknownKeys.contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(TstSavedCollection)
#include "tst_savedcollection.moc"
