#include "userguidewindow.h"

#include "common/semanticcolors.h"
#include "userguide.h"

#include "common/icons.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

// The guide's look: the pages carry structure only, so every language reads the same.
QString guideStyle()
{
    const auto c = [](SemanticColors::Role role) { return SemanticColors::color(role).name(); };
    return QStringLiteral("h1 { font-size: x-large; margin-top: 4px; margin-bottom: 10px; }"
                          "h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }"
                          "h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }"
                          "p, li { margin-bottom: 6px; }"
                          "code { font-family: monospace; background-color: %1; }"
                          "p.tip { background-color: %2; color: %3; }"
                          "p.caption { color: %4; font-style: italic; margin-top: 2px; }"
                          "td { padding: 4px; }"
                          "th { padding: 4px; background-color: %1; text-align: left; }")
        .arg(c(SemanticColors::CodeBackground), c(SemanticColors::TipBackground),
             c(SemanticColors::TipText), c(SemanticColors::MutedText));
}

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}

// The pages' pictures are screenshots of the whole window: shown smoothly scaled to the page's
// width, and at full size in a window of their own when clicked.
class GuideBrowser : public QTextBrowser
{
public:
    explicit GuideBrowser(QWidget *parent) : QTextBrowser(parent)
    {
        // After the window changes width, the pictures are scaled again to the new one.
        m_reflow.setSingleShot(true);
        m_reflow.setInterval(250);
        QObject::connect(&m_reflow, &QTimer::timeout, this, [this]() {
            QScrollBar *bar = verticalScrollBar();
            const double at = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
            reload();
            bar->setValue(int(at * bar->maximum()));
        });
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        if (m_pictureWidth > 0 && std::abs(pictureWidth() - m_pictureWidth) > 40)
            m_reflow.start();
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return QTextBrowser::loadResource(type, name);
        const QVariant data = QTextBrowser::loadResource(type, name);
        QImage picture = data.value<QImage>();
        if (picture.isNull())
            picture.loadFromData(data.toByteArray());
        const int width = pictureWidth();
        m_pictureWidth = width;
        if (picture.width() > width)
            picture = picture.scaledToWidth(width, Qt::SmoothTransformation);
        // A frame and a shadow, so a picture of a form does not pass for the form itself.
        QImage framed(picture.size() + QSize(5, 5), QImage::Format_RGB32);
        const QPalette colours = QApplication::palette(this);
        framed.fill(colours.color(QPalette::Base));
        QPainter painter(&framed);
        painter.fillRect(QRect(QPoint(3, 3), picture.size() + QSize(2, 2)),
                         SemanticColors::color(SemanticColors::FrameShadow, colours));
        painter.fillRect(QRect(QPoint(0, 0), picture.size() + QSize(2, 2)),
                         SemanticColors::color(SemanticColors::FrameLine, colours));
        painter.drawImage(1, 1, picture);
        return framed;
    }

    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (!pictureAt(help->pos()).isEmpty()) {
                QToolTip::showText(help->globalPos(),
                                   UserGuideWindow::tr("Click to see the picture at full size"),
                                   this);
                return true;
            }
        }
        return QTextBrowser::viewportEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        QTextBrowser::mouseMoveEvent(event);
        const bool onPicture = !pictureAt(event->position().toPoint()).isEmpty();
        viewport()->setCursor(onPicture ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QString picture = pictureAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && !picture.isEmpty()) {
            showFullSize(picture);
            return;
        }
        QTextBrowser::mouseReleaseEvent(event);
    }

private:
    int pictureWidth() const
    {
        return std::max(360, viewport()->width() - 2 * int(document()->documentMargin()) - 24);
    }

    QString pictureAt(const QPoint &viewportPos) const
    {
        const QPointF documentPos =
            viewportPos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        return document()->documentLayout()->imageAt(documentPos);
    }

    void showFullSize(const QString &picture)
    {
        const QImage image(QLatin1Char(':') + source().resolved(QUrl(picture)).path());
        if (image.isNull())
            return;
        auto *viewer = new QDialog(window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setWindowTitle(document()->metaInformation(QTextDocument::DocumentTitle));
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(image));
        auto *scroll = new QScrollArea(viewer);
        scroll->setWidget(label);
        scroll->setAlignment(Qt::AlignCenter);
        auto *layout = new QVBoxLayout(viewer);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(scroll);
        QSize size = image.size() + QSize(4, 4);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        viewer->resize(size);
        viewer->show();
    }

    QTimer m_reflow;
    int m_pictureWidth = 0;
};

} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_toolbar(new QToolBar(this)), m_back(new QAction(this)),
      m_forward(new QAction(this)), m_home(new QAction(this)), m_zoomIn(new QAction(this)),
      m_zoomOut(new QAction(this)), m_findAction(new QAction(this)),
      m_previousMatch(new QAction(this)), m_nextMatch(new QAction(this)),
      m_search(new QLineEdit(this)), m_searchStatus(new QLabel(this)),
      m_splitter(new QSplitter(this)), m_contents(new QTreeWidget(this)),
      m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAttribute(Qt::WA_QuitOnClose, false); // the app ends with its main window

    m_back->setIcon(Icons::action(Icons::Action::Back));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setIcon(Icons::action(Icons::Action::Forward));
    m_forward->setShortcut(QKeySequence::Forward);
    m_home->setIcon(Icons::action(Icons::Action::Home));
    m_zoomIn->setIcon(Icons::action(Icons::Action::ZoomIn));
    m_zoomOut->setIcon(Icons::action(Icons::Action::ZoomOut));
    m_findAction->setIcon(Icons::action(Icons::Action::Find));
    m_previousMatch->setIcon(Icons::action(Icons::Action::Up));
    m_nextMatch->setIcon(Icons::action(Icons::Action::Down));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_findAction->setShortcut(QKeySequence::Find);
    m_previousMatch->setShortcut(QKeySequence::FindPrevious);
    m_nextMatch->setShortcut(QKeySequence::FindNext);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    for (QAction *a : {m_back, m_forward, m_home, m_zoomIn, m_zoomOut, m_findAction,
                       m_previousMatch, m_nextMatch})
        addAction(a);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_back);
    m_toolbar->addAction(m_forward);
    m_toolbar->addAction(m_home);
    m_toolbar->addSeparator();
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_toolbar->addWidget(m_search);
    m_toolbar->addAction(m_previousMatch);
    m_toolbar->addAction(m_nextMatch);
    m_searchStatus->setObjectName(QStringLiteral("guideSearchStatus"));
    m_searchStatus->setContentsMargins(6, 0, 6, 0);
    m_toolbar->addWidget(m_searchStatus);

    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(true);
    m_contents->setUniformRowHeights(true);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(guideStyle());
    SemanticColors::onPaletteChange(this, [this]() {
        m_browser->document()->setDefaultStyleSheet(guideStyle());
        QScrollBar *bar = m_browser->verticalScrollBar();
        const int at = bar->value();
        m_browser->reload();
        bar->setValue(at);
        markMatches();
    });
    m_browser->document()->setDocumentMargin(14);
    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({290, 790});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_home, &QAction::triggered, this,
            [this]() { m_browser->setSource(UserGuide::topicUrl(QString(), m_language)); });
    connect(m_zoomIn, &QAction::triggered, this, [this]() { m_browser->zoomIn(1); });
    connect(m_zoomOut, &QAction::triggered, this, [this]() { m_browser->zoomOut(1); });
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_nextMatch, &QAction::triggered, this, [this]() { findNext(false); });
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    addAction(escape);
    connect(escape, &QAction::triggered, this, [this]() {
        if (m_search->text().isEmpty())
            close();
        else
            m_search->clear();
    });
    connect(m_previousMatch, &QAction::triggered, this, [this]() { findNext(true); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::sourceChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this]() {
        // Each new text searches from the top of the page.
        QTextCursor top = m_browser->textCursor();
        top.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(top);
        markMatches();
        if (!m_search->text().isEmpty())
            findNext(false);
    });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this]() { findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUrl url = item->data(0, Qt::UserRole).toUrl();
        if (url.isValid() && url != m_browser->source())
            m_browser->setSource(url);
    });
    connect(m_contents, &QTreeWidget::itemClicked, m_contents, &QTreeWidget::itemActivated);

    retranslate();
    QSize size(1120, 720);
    const QScreen *screen = parent ? parent->screen() : QApplication::primaryScreen();
    if (screen)
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
    // Centred: a window manager's own placement put its bottom below a 768-pixel screen.
    if (screen)
        move(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size,
                                 screen->availableGeometry())
                 .topLeft());
}

void UserGuideWindow::showTopic(const QString &topic)
{
    show(); // first: the pictures are scaled to the page's width
    setLanguage(UserGuide::currentLanguage());
    const QUrl url = UserGuide::topicUrl(topic, m_language);
    if (url != m_browser->source())
        m_browser->setSource(url);
    raise();
    activateWindow();
}

void UserGuideWindow::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildContents();
    // The page on screen, now in the new language; the history was in the old one, so it goes
    // (clearHistory() keeps the page shown).
    const QUrl shown = m_browser->source();
    if (!UserGuide::pageOf(shown).isEmpty()) {
        QString topic = UserGuide::pageOf(shown);
        if (!shown.fragment().isEmpty())
            topic += QLatin1Char('#') + shown.fragment();
        m_browser->setSource(UserGuide::topicUrl(topic, m_language));
    }
    m_browser->clearHistory();
}

void UserGuideWindow::rebuildContents()
{
    m_contents->clear();
    for (const QString &page : UserGuide::pages()) {
        const QUrl url = UserGuide::topicUrl(page, m_language);
        QFile file(QStringLiteral(":") + url.path());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QTextDocument document;
        document.setHtml(QString::fromUtf8(file.readAll()));
        QTreeWidgetItem *pageItem = nullptr;
        for (const UserGuide::Section &section : UserGuide::sections(document)) {
            if (section.level == 1 && !pageItem) {
                pageItem = new QTreeWidgetItem(m_contents, {section.title});
                pageItem->setData(0, Qt::UserRole, url);
                pageItem->setToolTip(0, section.title);
            } else if (pageItem && !section.anchor.isEmpty()) {
                QUrl target = url;
                target.setFragment(section.anchor);
                auto *item = new QTreeWidgetItem(pageItem, {section.title});
                item->setData(0, Qt::UserRole, target);
                item->setToolTip(0, section.title);
            }
        }
    }
    m_contents->expandAll();
}

void UserGuideWindow::sourceChanged(const QUrl &url)
{
    // The contents follow the page: its section when the link named one, else the page.
    QTreeWidgetItem *best = nullptr;
    for (int i = 0; i < m_contents->topLevelItemCount() && !best; ++i) {
        QTreeWidgetItem *page = m_contents->topLevelItem(i);
        if (withoutFragment(page->data(0, Qt::UserRole).toUrl()) != withoutFragment(url))
            continue;
        best = page;
        for (int c = 0; c < page->childCount(); ++c) {
            if (!url.fragment().isEmpty() && page->child(c)->data(0, Qt::UserRole).toUrl() == url)
                best = page->child(c);
        }
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentItem(best);
    if (best)
        m_contents->scrollToItem(best);
    markMatches();
}

bool UserGuideWindow::findNext(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    markMatches();
    return found;
}

void UserGuideWindow::markMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_search->text();
    int current = 0;
    if (!text.isEmpty()) {
        const QTextCursor selected = m_browser->textCursor();
        QTextCharFormat mark;
        mark.setBackground(SemanticColors::color(SemanticColors::SearchMark));
        QTextCursor cursor(m_browser->document());
        while (true) {
            cursor = m_browser->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            marks.append({cursor, mark});
            if (cursor.selectionStart() == selected.selectionStart() && selected.hasSelection())
                current = int(marks.size());
        }
    }
    m_browser->setExtraSelections(marks);
    QPalette palette; // nothing set: the field's own colours
    if (!text.isEmpty() && marks.isEmpty())
        palette.setColor(QPalette::Base,
                         SemanticColors::color(SemanticColors::ErrorFieldBackground));
    m_search->setPalette(palette);
    if (text.isEmpty())
        m_searchStatus->clear();
    else if (marks.isEmpty())
        m_searchStatus->setText(tr("Not found on this page"));
    else if (current > 0)
        m_searchStatus->setText(tr("%1 of %n match(es)", nullptr, int(marks.size())).arg(current));
    else
        m_searchStatus->setText(tr("%n match(es)", nullptr, int(marks.size())));
    m_previousMatch->setEnabled(!marks.isEmpty());
    m_nextMatch->setEnabled(!marks.isEmpty());
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("DCS Desk User Guide"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the page you read before (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward again (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The guide's first page, with the list of tasks"));
    m_zoomIn->setText(tr("Larger Text"));
    m_zoomOut->setText(tr("Smaller Text"));
    m_findAction->setText(tr("Find in Page"));
    m_previousMatch->setText(tr("Previous"));
    m_previousMatch->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextMatch->setText(tr("Next"));
    m_nextMatch->setToolTip(tr("Next match (Enter)"));
    m_search->setPlaceholderText(
        tr("Find in page (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setToolTip(tr("Type a word to mark it everywhere on the page; Enter goes to the "
                            "next match, Shift+Enter to the previous one."));
    m_search->setAccessibleName(tr("Find in Page"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("User guide page"));
    markMatches();
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_language.isEmpty())
            setLanguage(UserGuide::currentLanguage());
    }
    QWidget::changeEvent(event);
}

} // namespace dcsdesk
