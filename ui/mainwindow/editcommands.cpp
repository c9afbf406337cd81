#include "editcommands.h"

#include "common/tableclipboard.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>
#include <QTreeView>

namespace dcsdesk {

namespace {

bool clipboardHasText()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasText();
}

struct Availability
{
    bool cut = false;
    bool copy = false;
    bool paste = false;
};

Availability availabilityOf(QWidget *w)
{
    Availability a;
    if (auto *table = TableClipboard::of(w)) {
        a.cut = table->canCut();
        a.copy = table->canCopy();
        a.paste = table->canPaste();
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        a.copy = line->hasSelectedText() && line->echoMode() == QLineEdit::Normal;
        a.cut = a.copy && !line->isReadOnly();
        a.paste = !line->isReadOnly() && clipboardHasText();
    } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
        a.copy = text->textCursor().hasSelection();
        a.cut = a.copy && !text->isReadOnly();
        a.paste = !text->isReadOnly() && text->canPaste();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        a.copy = plain->textCursor().hasSelection();
        a.cut = a.copy && !plain->isReadOnly();
        a.paste = !plain->isReadOnly() && plain->canPaste();
    }
    return a;
}

} // namespace

EditCommands::EditCommands(QAction *cut, QAction *copy, QAction *paste, QWidget *window)
    : QObject(window), m_cut(cut), m_copy(copy), m_paste(paste), m_window(window)
{
    connect(cut, &QAction::triggered, this, [this]() { trigger(Command::Cut); });
    connect(copy, &QAction::triggered, this, [this]() { trigger(Command::Copy); });
    connect(paste, &QAction::triggered, this, [this]() { trigger(Command::Paste); });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditCommands::update);
    focusChanged(QApplication::focusWidget());
}

QWidget *EditCommands::target() const
{
    QWidget *w = QApplication::focusWidget();
    if (!w || w->window() != m_window)
        return nullptr;
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->lineEdit();
    if (qobject_cast<QAbstractSpinBox *>(w))
        return w->findChild<QLineEdit *>();
    return w;
}

void EditCommands::focusChanged(QWidget *now)
{
    // Every table and tree copies its rows, in this window and in its dialogs.
    if (qobject_cast<QTableView *>(now) || qobject_cast<QTreeView *>(now))
        TableClipboard::install(static_cast<QAbstractItemView *>(now));
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    QWidget *w = target();
    m_watched = w;
    if (auto *table = TableClipboard::of(w)) {
        connect(table, &TableClipboard::availabilityChanged, this, &EditCommands::update);
        connect(table, &TableClipboard::copied, this, &EditCommands::rowsCopied);
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        connect(line, &QLineEdit::selectionChanged, this, &EditCommands::update);
    } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
        connect(text, &QTextEdit::copyAvailable, this, &EditCommands::update);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        connect(plain, &QPlainTextEdit::copyAvailable, this, &EditCommands::update);
    }
    update();
}

void EditCommands::update()
{
    const Availability a = availabilityOf(target());
    m_cut->setEnabled(a.cut);
    m_copy->setEnabled(a.copy);
    m_paste->setEnabled(a.paste);
}

void EditCommands::trigger(Command command)
{
    const auto run = [command](auto *editor) {
        if (command == Command::Copy)
            editor->copy();
        else if (command == Command::Cut)
            editor->cut();
        else
            editor->paste();
    };
    QWidget *w = target();
    if (auto *table = TableClipboard::of(w))
        run(table);
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        run(line);
    else if (auto *text = qobject_cast<QTextEdit *>(w))
        run(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        run(plain);
    update();
}

void EditCommands::rowsCopied(int rows, bool cut)
{
    // A cut is reported by the view that removed the rows, with its Undo.
    if (!cut && rows > 0)
        Q_EMIT statusMessage([rows] {
            return tr("Copied %n row(s) and the column titles: a spreadsheet pastes them into "
                      "columns.",
                      nullptr, rows);
        });
}

} // namespace dcsdesk
