#include "recoveryprompt.h"

#include "common/uiprompts.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace dcsdesk {

bool RecoveryPrompt::offer(WorkspaceDocument *document, QWidget *parent)
{
    const QList<RecoveryStore::Entry> pending = RecoveryStore::pending();
    if (pending.isEmpty())
        return false;
    const RecoveryStore::Entry &entry = pending.first(); // the newest; others wait their turn
    const QString name =
        entry.originalPath.isEmpty()
            ? QCoreApplication::translate("RecoveryPrompt", "an untitled workspace")
            : QDir::toNativeSeparators(entry.originalPath);
    const QString when = QLocale().toString(entry.writtenAt.toLocalTime(), QLocale::ShortFormat);
    const int choice = UiPrompts::choose(
        parent, QMessageBox::Question,
        QCoreApplication::translate("RecoveryPrompt", "Recover Unsaved Changes"),
        QCoreApplication::translate("RecoveryPrompt",
                                    "DCS Desk was closed without saving the changes to %1. A copy "
                                    "of them from %2 was kept.\n\nRestore them now? If you "
                                    "discard them, they are gone.")
            .arg(name, when),
        {QCoreApplication::translate("RecoveryPrompt", "&Restore"),
         QCoreApplication::translate("RecoveryPrompt", "&Discard"),
         QCoreApplication::translate("RecoveryPrompt", "Not Now")},
        0, 2);
    if (choice == 1) {
        RecoveryStore::remove(entry);
        return false;
    }
    if (choice != 0)
        return false;
    QString error;
    if (!document->restoreRecovery(entry.recoveryPath, entry.originalPath, &error)) {
        UiPrompts::inform(
            parent, QMessageBox::Warning,
            QCoreApplication::translate("RecoveryPrompt", "Recover Unsaved Changes"),
            QCoreApplication::translate("RecoveryPrompt",
                                        "The copy could not be restored; it is kept "
                                        "in %1.\n\n%2")
                .arg(QDir::toNativeSeparators(QFileInfo(entry.recoveryPath).path()), error));
        return false;
    }
    RecoveryStore::remove(entry);
    return true;
}

} // namespace dcsdesk
