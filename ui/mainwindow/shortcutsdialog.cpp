#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(windowTitle());
    QSet<QString> seen;
    for (QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->isSeparator())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        QStringList shortcuts;
        for (const QKeySequence &key : keys.mid(0, 2)) // the platform may list many for Redo
            shortcuts.append(key.toString(QKeySequence::NativeText));
        const QString line = text + QLatin1Char('\t') + shortcuts.join(QLatin1Char(' '));
        if (seen.contains(line))
            continue;
        seen.insert(line);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, text);
        item->setText(1, shortcuts.join(tr(" or ")));
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As wide as both columns (German key names are long: "Strg+Umschalt+Pfeil nach oben"),
    // within the screen.
    const int contents = m_tree->columnWidth(0) + m_tree->columnWidth(1) +
                         2 * m_tree->frameWidth() +
                         m_tree->verticalScrollBar()->sizeHint().width() +
                         layout->contentsMargins().left() + layout->contentsMargins().right();
    const QScreen *shown = parent ? parent->screen() : screen();
    const int most = shown ? shown->availableGeometry().width() * 9 / 10 : contents;
    resize(qBound(520, contents, most), 520);
}

} // namespace dcsdesk
