#include "uiprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLayout>
#include <QPushButton>

namespace dcsdesk {

namespace {

UiPrompts::ChooseHandler &chooseHandler()
{
    static UiPrompts::ChooseHandler handler;
    return handler;
}

UiPrompts::FileHandler &openHandler()
{
    static UiPrompts::FileHandler handler;
    return handler;
}

UiPrompts::FileHandler &saveHandler()
{
    static UiPrompts::FileHandler handler;
    return handler;
}

UiPrompts::TextHandler &textHandler()
{
    static UiPrompts::TextHandler handler;
    return handler;
}

} // namespace

int UiPrompts::widthForTitle(const QWidget *dialog, const QString &title)
{
    QFont bold = dialog->font();
    bold.setBold(true);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title);
    // The window icon and three buttons take about eight text heights in common themes.
    return titleWidth + 8 * QFontMetrics(bold).height() + 40;
}

bool UiPrompts::askText(QWidget *parent, const QString &title, const QString &label,
                        QString *text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(*text);
    // QInputDialog's layout fixes the dialog to its contents' size (SetMinAndMaxSize), which
    // would override a minimum width: the default constraint keeps the one set here.
    if (QLayout *layout = dialog.layout())
        layout->setSizeConstraint(QLayout::SetDefaultConstraint);
    dialog.setMinimumWidth(qMax(dialog.sizeHint().width(), widthForTitle(&dialog, title)));
    const bool accepted =
        textHandler() ? textHandler()(&dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        *text = dialog.textValue();
    return accepted;
}

void UiPrompts::setTextHandler(TextHandler handler)
{
    textHandler() = std::move(handler);
}

int UiPrompts::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QStringList &buttons, int defaultIndex,
                      int escapeIndex)
{
    if (chooseHandler())
        return chooseHandler()(parent, icon, title, text, buttons, defaultIndex, escapeIndex);
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QPushButton *> pushButtons;
    for (int i = 0; i < buttons.size(); ++i) {
        const QMessageBox::ButtonRole role =
            i == escapeIndex
                ? QMessageBox::RejectRole
                : (i == defaultIndex ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
        pushButtons.append(box.addButton(buttons[i], role));
    }
    if (defaultIndex >= 0 && defaultIndex < pushButtons.size())
        box.setDefaultButton(pushButtons[defaultIndex]);
    if (escapeIndex >= 0 && escapeIndex < pushButtons.size())
        box.setEscapeButton(pushButtons[escapeIndex]);
    box.exec();
    const int chosen = int(pushButtons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen < 0 ? escapeIndex : chosen;
}

void UiPrompts::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text)
{
    choose(parent, icon, title, text, {QCoreApplication::translate("UiPrompts", "OK")}, 0, 0);
}

QString UiPrompts::openFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter)
{
    if (openHandler())
        return openHandler()(parent, title, directory, filter);
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString UiPrompts::saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter)
{
    if (saveHandler())
        return saveHandler()(parent, title, directory, filter);
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

void UiPrompts::setChooseHandler(ChooseHandler handler)
{
    chooseHandler() = std::move(handler);
}

void UiPrompts::setOpenFileHandler(FileHandler handler)
{
    openHandler() = std::move(handler);
}

void UiPrompts::setSaveFileHandler(FileHandler handler)
{
    saveHandler() = std::move(handler);
}

void UiPrompts::resetHandlers()
{
    chooseHandler() = nullptr;
    textHandler() = nullptr;
    openHandler() = nullptr;
    saveHandler() = nullptr;
}

} // namespace dcsdesk
