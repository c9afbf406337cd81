#pragma once

#include <QMessageBox>

class QDialog;
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

    // A line of text (a name): false for Cancel. The dialog is wide enough for its title to show
    // whole beside a window manager's buttons in every language.
    using TextHandler = std::function<bool(QDialog *dialog)>; // a test types and answers
    static bool askText(QWidget *parent, const QString &title, const QString &label,
                        QString *text);
    // The width a dialog needs for its title bar: the title in a bold font, the window icon and
    // the window manager's three buttons.
    static int widthForTitle(const QWidget *dialog, const QString &title);

    static void setChooseHandler(ChooseHandler handler);
    static void setTextHandler(TextHandler handler);
    static void setOpenFileHandler(FileHandler handler);
    static void setSaveFileHandler(FileHandler handler);
    static void resetHandlers();
};

} // namespace dcsdesk
