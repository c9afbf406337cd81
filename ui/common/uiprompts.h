#pragma once

#include <QMessageBox>
#include <QStringList>
#include <functional>

namespace dcsdesk {

// Every question, message and file chooser the UI shows goes through here, so a test can answer
// them without a modal loop (set a handler) and the texts stay in one place per call site.
class UiPrompts
{
public:
    // Returns the index of the chosen button, or escapeIndex when the user closes the dialog.
    using ChooseHandler = std::function<int(
        QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        const QStringList &buttons, int defaultIndex, int escapeIndex)>;
    // Returns the chosen path or an empty string for Cancel.
    using FileHandler = std::function<QString(QWidget *parent, const QString &title,
                                              const QString &directory, const QString &filter)>;

    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QStringList &buttons, int defaultIndex,
                      int escapeIndex);
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text);
    static QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);

    static void setChooseHandler(ChooseHandler handler);
    static void setOpenFileHandler(FileHandler handler);
    static void setSaveFileHandler(FileHandler handler);
    static void resetHandlers();
};

} // namespace dcsdesk
