#include "uiprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

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
    // A dialog of its own rather than QInputDialog, whose layout fixes it to its contents' width
    // when shown, whatever minimum width was set: its title was cut beside the window buttons.
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *caption = new QLabel(label, &dialog);
    auto *edit = new QLineEdit(*text, &dialog);
    caption->setBuddy(edit);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(caption);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(qMax(dialog.sizeHint().width(), widthForTitle(&dialog, title)));
    edit->selectAll();
    const bool accepted =
        textHandler() ? textHandler()(&dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        *text = edit->text();
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
    // QMessageBox is as wide as its text: a long title (a translation) was cut beside the window
    // manager's buttons. An empty row as wide as the title needs widens it, up to the screen.
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout())) {
        const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
        const int available = screen ? screen->availableGeometry().width() - 40 : 1000;
        grid->addItem(new QSpacerItem(qMin(widthForTitle(&box, title), available), 0,
                                      QSizePolicy::Minimum, QSizePolicy::Fixed),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
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
