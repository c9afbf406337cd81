#include "layoutfit.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace dcsdesk::test {

namespace {

// What a mnemonic text shows: "&File" is "File", "&&" is "&".
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Shown and not squeezed to nothing, and not inside a cell of an item view (an editor or an
// index widget: those are cells, and only headers count).
bool isShown(const QWidget *widget)
{
    if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
        return false;
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->width() <= 0 || w->height() <= 0)
            return false;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            if (widget->parentWidget() != view && view->viewport()->isAncestorOf(widget))
                return false;
        }
        if (w->isWindow())
            break;
    }
    return true;
}

class Checker
{
public:
    QList<Clip> clips;

    void add(const QString &kind, const QWidget *widget, const QString &text, int needed,
             int available)
    {
        clips.append({kind, LayoutFit::pathOf(widget), text, needed, available});
    }

    void label(const QLabel *label)
    {
        QString text = label->text();
        if (text.isEmpty())
            return;
        const QFontMetrics metrics(label->font());
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        int needed = 0;
        int neededHeight = 0;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            needed = int(std::ceil(document.idealWidth()));
            text = document.toPlainText();
            document.setTextWidth(needed);
            neededHeight = int(std::ceil(document.size().height()));
        } else {
            if (label->buddy())
                text = shownText(text);
            needed = widestLine(metrics, text);
            neededHeight = int(text.count(QLatin1Char('\n')) + 1) * metrics.height();
        }
        const QRect box = label->contentsRect();
        int indent = label->indent();
        if (indent < 0)
            indent = label->frameWidth() > 0 ? metrics.horizontalAdvance(QLatin1Char('x')) / 2 : 0;
        const int width = box.width() - 2 * label->margin() - indent;
        const int height = box.height() - 2 * label->margin();
        if (label->wordWrap()) {
            const int wrapped = label->heightForWidth(label->width());
            if (wrapped > label->height())
                add(QStringLiteral("wrapped label cut at the bottom"), label, text, wrapped,
                    label->height());
            return;
        }
        if (needed > width)
            add(QStringLiteral("label"), label, text, needed, width);
        else if (neededHeight > height + 1)
            add(QStringLiteral("label cut at the bottom"), label, text, neededHeight, height);
    }

    void button(const QAbstractButton *button)
    {
        const QString text = shownText(button->text());
        if (text.isEmpty())
            return;
        if (qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button)) {
            const int needed = button->sizeHint().width();
            if (button->width() < needed)
                add(QStringLiteral("check box / radio button"), button, text, needed,
                    button->width());
            return;
        }
        if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
            const int needed = tool->sizeHint().width();
            if (tool->width() < needed)
                add(QStringLiteral("tool button"), button, text, needed, tool->width());
            return;
        }
        if (const auto *push = qobject_cast<const QPushButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            if (!push->isFlat())
                option.features &= ~QStyleOptionButton::Flat;
            const QRect contents =
                push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
            int needed = push->fontMetrics().horizontalAdvance(text);
            if (!push->icon().isNull())
                needed += push->iconSize().width() + 4;
            if (push->menu())
                needed += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
            if (needed > contents.width())
                add(QStringLiteral("push button"), button, text, needed, contents.width());
        }
    }

    void tabBar(const QTabBar *bar)
    {
        if (bar->count() == 0)
            return;
        const bool horizontal =
            bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth ||
            bar->shape() == QTabBar::TriangularNorth || bar->shape() == QTabBar::TriangularSouth;
        const int needed = horizontal ? bar->sizeHint().width() : bar->sizeHint().height();
        const int available = horizontal ? bar->width() : bar->height();
        bool scrolls = false;
        for (const QToolButton *arrow : bar->findChildren<QToolButton *>()) {
            if (arrow->isVisible())
                scrolls = true;
        }
        if (needed > available || scrolls) {
            QStringList tabs;
            for (int i = 0; i < bar->count(); ++i)
                tabs << shownText(bar->tabText(i));
            add(QStringLiteral("tab bar"), bar, tabs.join(QLatin1String(" | ")), needed, available);
        }
    }

    void header(const QHeaderView *header)
    {
        const QAbstractItemModel *model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        const int last = header->logicalIndex(header->count() - 1 - hiddenAtEnd(header));
        int titles = 0; // the width all visible titles need
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
            if (mode == QHeaderView::Stretch || (section == last && header->stretchLastSection()))
                continue;
            const QString text = model->headerData(section, Qt::Horizontal).toString();
            if (text.isEmpty()) {
                titles += header->sectionSize(section);
                continue;
            }
            QFont font = header->font();
            const QVariant fontData = model->headerData(section, Qt::Horizontal, Qt::FontRole);
            if (fontData.canConvert<QFont>())
                font = fontData.value<QFont>();
            QStyleOptionHeader option;
            option.initFrom(header);
            option.state |= QStyle::State_Horizontal;
            option.orientation = Qt::Horizontal;
            option.section = section;
            option.text = text;
            option.rect = QRect(0, 0, header->sectionSize(section), header->height());
            option.icon =
                model->headerData(section, Qt::Horizontal, Qt::DecorationRole).value<QIcon>();
            option.fontMetrics = QFontMetrics(font);
            // As it is drawn when sorted by it (a click away when the arrow is shown).
            if (header->isSortIndicatorShown() && header->sectionsClickable())
                option.sortIndicator = QStyleOptionHeader::SortDown;
            const QRect label =
                header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
            int available = label.width();
            if (!option.icon.isNull())
                available -= header->style()->pixelMetric(QStyle::PM_SmallIconSize) +
                             header->style()->pixelMetric(QStyle::PM_HeaderMargin);
            const int needed = widestLine(option.fontMetrics, text);
            if (needed > available)
                add(QStringLiteral("header section %1").arg(section), header, text, needed,
                    available);
            titles +=
                std::max(needed + option.rect.width() - available, cellsWidth(header, section));
        }
        // Sections wider than their titles and cells push the last ones out of a view that could
        // show them all: the table scrolls sideways and a title is cut at the edge (a German
        // reviewer found the batch results' "Zeit (ms)" so, its values showing "2,").
        if (header->length() > header->width() + 1 && titles <= header->width()) {
            const int edge = header->logicalIndexAt(header->width() - 1);
            add(QStringLiteral("columns wider than titles and cells, cut at the view's edge"),
                header, model->headerData(edge, Qt::Horizontal).toString(), header->length(),
                header->width());
        }
    }

    void lineEdit(const QLineEdit *edit)
    {
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
            return;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth =
            edit->hasFrame()
                ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                : 0;
        QRect r = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const QMargins margins = edit->textMargins();
        r.adjust(margins.left(), 0, -margins.right(), 0);
        // The clear button and the actions sit inside the frame, left or right of the text.
        for (const QWidget *child : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isVisibleTo(edit) || child->isWindow())
                continue;
            if (child->geometry().center().x() < r.center().x())
                r.setLeft(std::max(r.left(), child->geometry().right() + 1));
            else
                r.setRight(std::min(r.right(), child->geometry().left() - 1));
        }
        const int available = r.width() - 2 * 2; // QLineEdit's own horizontal margin
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > available)
            add(QStringLiteral("placeholder"), edit, edit->placeholderText(), needed, available);
    }

    void comboBox(const QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        option.subControls = QStyle::SC_All;
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int available = field.width() - 2;
        if (!option.currentIcon.isNull())
            available -= option.iconSize.width() + 4;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > available)
            add(QStringLiteral("combo box"), combo, combo->currentText(), needed, available);
    }

    void spinBox(const QAbstractSpinBox *spin)
    {
        const int needed = spin->minimumSizeHint().width();
        if (spin->width() < needed)
            add(QStringLiteral("spin box / date field"), spin, spin->text(), needed, spin->width());
    }

    void groupBox(const QGroupBox *box)
    {
        if (box->title().isEmpty())
            return;
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.text = box->title();
        option.lineWidth = 1;
        option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
        if (box->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        option.textAlignment = box->alignment();
        const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option,
                                                         QStyle::SC_GroupBoxLabel, box);
        if (label.right() > box->rect().right())
            add(QStringLiteral("group box title"), box, shownText(box->title()), label.right() + 1,
                box->width());
    }

    void window(const QWidget *window, const QSize &screen)
    {
        if (window->width() > screen.width() || window->height() > screen.height())
            add(QStringLiteral("window larger than the screen (height: %1 of %2)")
                    .arg(window->height())
                    .arg(screen.height()),
                window, window->windowTitle(), window->width(), screen.width());
    }

private:
    // The width the cells of a column ask for (0 for a header without a view).
    static int cellsWidth(const QHeaderView *header, int section)
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(header->parentWidget());
        return view ? view->sizeHintForColumn(section) : 0;
    }

    static int hiddenAtEnd(const QHeaderView *header)
    {
        int hidden = 0;
        for (int v = header->count() - 1;
             v >= 0 && header->isSectionHidden(header->logicalIndex(v)); --v)
            ++hidden;
        return hidden;
    }
};

} // namespace

QString Clip::describe() const
{
    return QStringLiteral("%1 \"%2\" needs %3 px, has %4 px — %5")
        .arg(kind, text)
        .arg(needed)
        .arg(available)
        .arg(path);
}

QString LayoutFit::pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            name = QString::fromLatin1(w->metaObject()->className())
                       .remove(QLatin1String("dcsdesk::"));
        if (!w->accessibleName().isEmpty())
            name += QStringLiteral("[%1]").arg(w->accessibleName());
        parts.prepend(name);
        if (w->isWindow())
            break;
    }
    // The window and the last few levels say where it is; the rest is noise.
    if (parts.size() > 6)
        parts = parts.mid(0, 1) + QStringList{QStringLiteral("…")} + parts.mid(parts.size() - 5);
    return parts.join(QLatin1Char('/'));
}

QList<Clip> LayoutFit::check(QWidget *root, const QSize &screen)
{
    Checker checker;
    if (root->isWindow() && root->isVisible())
        checker.window(root, screen);
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (widget->window() != root->window() || !isShown(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            checker.label(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checker.button(button);
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            checker.tabBar(bar);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checker.header(header);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checker.lineEdit(edit);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checker.comboBox(combo);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            checker.spinBox(spin);
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            checker.groupBox(box);
    }
    return checker.clips;
}

} // namespace dcsdesk::test
