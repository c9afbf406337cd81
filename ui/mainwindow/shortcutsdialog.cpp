#include "shortcutsdialog.h"

#include "common/dialogroom.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

// Return and the keypad's Enter carry one name in Spanish and French ("Intro", "Entrée"), so
// "Intro o Intro (teclado numérico)" read as a doubled key: the pair is one key, on two places.
bool isReturnAndKeypadEnter(const QList<QKeySequence> &keys)
{
    if (keys.size() != 2 || keys[0].count() != 1 || keys[1].count() != 1)
        return false;
    const QKeyCombination first = keys[0][0];
    const QKeyCombination second = keys[1][0];
    return first.key() == Qt::Key_Return && second.key() == Qt::Key_Enter &&
           (first.keyboardModifiers() | Qt::KeypadModifier) ==
               (second.keyboardModifiers() | Qt::KeypadModifier);
}

} // namespace

QString ShortcutsDialog::shortcutText(const QList<QKeySequence> &keys)
{
    if (isReturnAndKeypadEnter(keys))
        return tr("%1 (also on the numeric keypad)",
                  "a shortcut with Return, e.g. Ctrl+Return, that the keypad's Enter gives too")
            .arg(keys[0].toString(QKeySequence::NativeText));
    QStringList shortcuts;
    for (const QKeySequence &key : keys)
        shortcuts.append(key.toString(QKeySequence::NativeText));
    return shortcuts.join(tr(" or "));
}

ShortcutsDialog::ShortcutsDialog(const QList<Place> &places, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_tree->setAccessibleName(windowTitle());
    // An action with the same name and keys in several places is one row that names them all
    // (Delete works in Destinations, Segments and the console's saved requests).
    QHash<QString, QTreeWidgetItem *> rows;
    QHash<QTreeWidgetItem *, QList<const Place *>> placesOf;
    for (const Place &place : places) {
        for (QAction *action : place.actions) {
            const QList<QKeySequence> keys = action->shortcuts();
            if (keys.isEmpty() || action->isSeparator())
                continue;
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            if (text.endsWith(QStringLiteral("…")))
                text.chop(1);
            // The platform may list many for Redo.
            const QString shortcut = shortcutText(keys.mid(0, 2));
            QTreeWidgetItem *&item = rows[text + QLatin1Char('\t') + shortcut];
            if (!item) {
                item = new QTreeWidgetItem(m_tree);
                item->setText(ActionColumn, text);
                item->setText(ShortcutColumn, shortcut);
            }
            QList<const Place *> &where = placesOf[item];
            if (!where.contains(&place))
                where.append(&place);
        }
    }
    for (auto it = placesOf.cbegin(); it != placesOf.cend(); ++it) {
        QStringList names;
        for (const Place *place : it.value())
            names.append(names.isEmpty() || place->nameInList.isEmpty() ? place->name
                                                                        : place->nameInList);
        it.key()->setText(PlaceColumn, names.join(tr(", ")));
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    for (int column : {ActionColumn, ShortcutColumn, PlaceColumn})
        m_tree->resizeColumnToContents(column);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As wide as the columns (German key names are long: "Strg+Umschalt+Pfeil nach oben"),
    // within the screen.
    const int contents = m_tree->columnWidth(ActionColumn) + m_tree->columnWidth(ShortcutColumn) +
                         m_tree->columnWidth(PlaceColumn) + 2 * m_tree->frameWidth() +
                         m_tree->verticalScrollBar()->sizeHint().width() +
                         layout->contentsMargins().left() + layout->contentsMargins().right();
    // Up to nine tenths of the screen, or of the window where the platform's screen is smaller
    // than the window (offscreen pictures).
    const int room = DialogRoom::width(this, parent);
    const int most = room > 0 ? room * 9 / 10 : contents;
    resize(qBound(520, contents, most), 520);
}

} // namespace dcsdesk
