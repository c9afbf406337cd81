#include "destinationeditor.h"

#include "common/icons.h"
#include "common/semanticcolors.h"
#include "system/datetext.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QGroupBox *makeGroup(QWidget *parent, QFormLayout **form)
{
    auto *group = new QGroupBox(parent);
    *form = new QFormLayout(group);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    (*form)->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return group;
}

} // namespace

DestinationEditor::DestinationEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_rows.reserve(32);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty, 1);

    m_form = new QWidget(this);
    outer->addWidget(m_form);
    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *header = new QHBoxLayout;
    m_titleIcon = new QLabel(m_form);
    m_titleIcon->setFixedSize(32, 32);
    header->addWidget(m_titleIcon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(m_form);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(m_form);
    m_subtitle->setTextFormat(Qt::PlainText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_note = new QLabel(m_form);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(6);
    SemanticColors::setStyleSheet(
        m_note, QStringLiteral("QLabel { background: {TipBackground}; color: {TipText}; }"));
    layout->addWidget(m_note);

    m_general = new QLabel(m_form);
    m_general->setWordWrap(true);
    m_general->setTextFormat(Qt::PlainText);
    layout->addWidget(m_general);

    // Basic information
    QFormLayout *basic = nullptr;
    m_basicGroup = makeGroup(m_form, &basic);
    m_name = new QLineEdit(m_basicGroup);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    addRow(basic, Destination::Name, m_name);
    m_description = new QLineEdit(m_basicGroup);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    addRow(basic, Destination::Description, m_description);
    m_category = new QLabel(m_basicGroup);
    addRow(basic, -2, m_category); // category: shown, not edited
    m_type = new QComboBox(m_basicGroup);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    addRow(basic, Destination::DestType, m_type);
    m_platform = new QComboBox(m_basicGroup);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    addRow(basic, Destination::DestPlatform, m_platform);
    m_autoFill = new QComboBox(m_basicGroup);
    m_autoFill->setObjectName(QStringLiteral("autoFillCombo"));
    addRow(basic, Destination::AutoFillMode, m_autoFill);
    layout->addWidget(m_basicGroup);

    // Data export labels
    m_labelsGroup = new QGroupBox(m_form);
    auto *labelsLayout = new QVBoxLayout(m_labelsGroup);
    for (Destination::ExportLabel label : kExportLabels) {
        // A check box with a wrapping label: the texts are long, more so in German.
        auto *line = new QHBoxLayout;
        auto *box = new QCheckBox(m_labelsGroup);
        box->setObjectName(QStringLiteral("exportLabel_%1").arg(int(label)));
        line->addWidget(box, 0, Qt::AlignTop);
        auto *text = new QLabel(m_labelsGroup);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->installEventFilter(this);
        text->setBackgroundRole(QPalette::Highlight); // filled only while its box has the focus
        text->setForegroundRole(QPalette::WindowText);
        line->addWidget(text, 1);
        box->installEventFilter(this);
        labelsLayout->addLayout(line);
        m_labelBoxes.append(box);
        m_labelTexts.append(text);
        connect(box, &QCheckBox::clicked, this, [this]() {
            int labels = 0;
            for (int i = 0; i < m_labelBoxes.size(); ++i) {
                if (m_labelBoxes[i]->isChecked())
                    labels |= kExportLabels[i];
            }
            commit(Destination::ExportLabels, labels);
        });
    }
    layout->addWidget(m_labelsGroup);

    // Configuration: URL
    QFormLayout *url = nullptr;
    m_urlGroup = makeGroup(m_form, &url);
    m_urlSerialize = new QCheckBox(m_urlGroup);
    m_urlSerialize->setObjectName(QStringLiteral("urlSerializeBox"));
    addRow(url, Destination::Serialized, m_urlSerialize);
    m_urlHint = new QLabel(m_urlGroup);
    m_urlHint->setWordWrap(true);
    m_urlHint->setEnabled(false);
    addRow(url, -3, m_urlHint);
    m_urlFormat = new QLineEdit(m_urlGroup);
    m_urlFormat->setObjectName(QStringLiteral("urlFormatEdit"));
    addRow(url, Destination::UrlFormat, m_urlFormat);
    m_secureUrlFormat = new QLineEdit(m_urlGroup);
    m_secureUrlFormat->setObjectName(QStringLiteral("secureUrlFormatEdit"));
    addRow(url, Destination::SecureUrlFormat, m_secureUrlFormat);
    m_delimiter = new QLineEdit(m_urlGroup);
    m_delimiter->setObjectName(QStringLiteral("delimiterEdit"));
    m_delimiter->setMaximumWidth(120);
    addRow(url, Destination::Delimiter, m_delimiter);
    layout->addWidget(m_urlGroup);

    // Configuration: cookie
    QFormLayout *cookie = nullptr;
    m_cookieGroup = makeGroup(m_form, &cookie);
    m_cookieName = new QLineEdit(m_cookieGroup);
    m_cookieName->setObjectName(QStringLiteral("cookieNameEdit"));
    addRow(cookie, Destination::CookieName, m_cookieName);
    m_cookieFormat = new QComboBox(m_cookieGroup);
    m_cookieFormat->setObjectName(QStringLiteral("cookieFormatCombo"));
    addRow(cookie, Destination::CookieFormatField, m_cookieFormat);
    m_singleKey = new QLineEdit(m_cookieGroup);
    m_singleKey->setObjectName(QStringLiteral("singleKeyEdit"));
    addRow(cookie, Destination::SingleKey, m_singleKey);
    m_cookieSerialize = new QCheckBox(m_cookieGroup);
    m_cookieSerialize->setObjectName(QStringLiteral("cookieSerializeBox"));
    addRow(cookie, Destination::Serialized, m_cookieSerialize);
    m_serialSeparator = new QLineEdit(m_cookieGroup);
    m_serialSeparator->setObjectName(QStringLiteral("serialSeparatorEdit"));
    m_serialSeparator->setMaximumWidth(120);
    addRow(cookie, Destination::SerializationSeparator, m_serialSeparator);
    m_cookieDomain = new QLineEdit(m_cookieGroup);
    m_cookieDomain->setObjectName(QStringLiteral("cookieDomainEdit"));
    addRow(cookie, Destination::CookieDomain, m_cookieDomain);
    m_publish = new QComboBox(m_cookieGroup);
    m_publish->setObjectName(QStringLiteral("publishCombo"));
    addRow(cookie, Destination::Publish, m_publish);
    m_siteIds = new QLineEdit(m_cookieGroup);
    m_siteIds->setObjectName(QStringLiteral("siteIdsEdit"));
    addRow(cookie, Destination::SiteIds, m_siteIds);
    m_maxSize = new QSpinBox(m_cookieGroup);
    m_maxSize->setObjectName(QStringLiteral("maxSizeSpin"));
    m_maxSize->setRange(0, 1024 * 1024);
    m_maxSize->setMaximumWidth(160);
    addRow(cookie, Destination::MaxSize, m_maxSize);
    m_ttl = new QSpinBox(m_cookieGroup);
    m_ttl->setObjectName(QStringLiteral("ttlSpin"));
    m_ttl->setRange(0, 3650);
    m_ttl->setMaximumWidth(160);
    addRow(cookie, Destination::TtlDays, m_ttl);
    layout->addWidget(m_cookieGroup);

    m_mappingsGroup = new QGroupBox(m_form);
    auto *mappingsLayout = new QVBoxLayout(m_mappingsGroup);
    m_mappingSummary = new QLabel(m_mappingsGroup);
    m_mappingSummary->setWordWrap(true);
    mappingsLayout->addWidget(m_mappingSummary);
    layout->addWidget(m_mappingsGroup);
    layout->addStretch(1);

    // Edits go to the document; the document's signals bring them back through refresh().
    for (auto [edit, field] :
         {std::pair{m_name, int(Destination::Name)},
          std::pair{m_description, int(Destination::Description)},
          std::pair{m_urlFormat, int(Destination::UrlFormat)},
          std::pair{m_secureUrlFormat, int(Destination::SecureUrlFormat)},
          std::pair{m_delimiter, int(Destination::Delimiter)},
          std::pair{m_cookieName, int(Destination::CookieName)},
          std::pair{m_singleKey, int(Destination::SingleKey)},
          std::pair{m_serialSeparator, int(Destination::SerializationSeparator)},
          std::pair{m_cookieDomain, int(Destination::CookieDomain)}}) {
        const int f = field;
        connect(edit, &QLineEdit::textEdited, this,
                [this, f](const QString &text) { commit(f, text); });
    }
    connect(m_siteIds, &QLineEdit::textEdited, this, &DestinationEditor::commitSiteIds);
    for (auto [combo, field] : {std::pair{m_type, int(Destination::DestType)},
                                std::pair{m_platform, int(Destination::DestPlatform)},
                                std::pair{m_autoFill, int(Destination::AutoFillMode)},
                                std::pair{m_cookieFormat, int(Destination::CookieFormatField)},
                                std::pair{m_publish, int(Destination::Publish)}}) {
        const int f = field;
        QComboBox *c = combo;
        connect(c, &QComboBox::activated, this,
                [this, f, c](int index) { commit(f, c->itemData(index)); });
    }
    for (QCheckBox *box : {m_urlSerialize, m_cookieSerialize})
        connect(box, &QCheckBox::clicked, this,
                [this](bool on) { commit(Destination::Serialized, on); });
    connect(m_maxSize, &QSpinBox::valueChanged, this,
            [this](int v) { commit(Destination::MaxSize, v); });
    connect(m_ttl, &QSpinBox::valueChanged, this,
            [this](int v) { commit(Destination::TtlDays, v); });

    connect(document, &WorkspaceDocument::changed, this,
            [this](EntityKind kind, const QVector<int> &indexes) {
                if (kind != EntityKind::Destination || m_id == 0)
                    return;
                const int mine = m_document->workspace().destinationIndex(m_id);
                if (indexes.contains(mine))
                    refresh();
            });
    connect(document, &WorkspaceDocument::resetDone, this, [this](EntityKind kind) {
        if (kind == EntityKind::Destination)
            refresh();
    });
    connect(document, &WorkspaceDocument::contentChanged, this,
            &DestinationEditor::refreshMappingSummary);
    connect(document, &WorkspaceDocument::readOnlyChanged, this, &DestinationEditor::refresh);

    retranslateUi();
}

DestinationEditor::Row &DestinationEditor::addRow(QFormLayout *form, int field, QWidget *editor)
{
    Row row;
    row.field = field;
    row.form = form;
    row.editor = editor;
    row.label = new QLabel(form->parentWidget());
    row.container = new QWidget(form->parentWidget());
    auto *box = new QVBoxLayout(row.container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(row.container);
    box->addWidget(editor);
    row.message = new QLabel(row.container);
    row.message->setWordWrap(true);
    row.message->setTextFormat(Qt::PlainText);
    row.message->setObjectName(QStringLiteral("message_%1").arg(field));
    row.message->hide();
    box->addWidget(row.message);
    row.label->setBuddy(editor);
    row.label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Long entries (publish options in French) must not widen the whole editor.
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    // Undo and redo in a field go to the document, which holds every keystroke already.
    editor->installEventFilter(this);
    form->addRow(row.label, row.container);
    m_rows.append(row);
    m_rowOfEditor.insert(editor, int(m_rows.size()) - 1);
    return m_rows.last();
}

void DestinationEditor::setRowShown(Row &row, bool shown)
{
    row.shown = shown;
    row.form->setRowVisible(row.container, shown);
}

void DestinationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool DestinationEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The box has no text of its own: its label shows where the keyboard focus is, as the text
    // of a check box would (the style marks only the small box).
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        const int box = int(m_labelBoxes.indexOf(qobject_cast<QCheckBox *>(watched)));
        if (box >= 0) {
            const bool focused = event->type() == QEvent::FocusIn;
            m_labelTexts[box]->setAutoFillBackground(focused);
            m_labelTexts[box]->setForegroundRole(focused ? QPalette::HighlightedText
                                                         : QPalette::WindowText);
        }
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        const int i = int(m_labelTexts.indexOf(qobject_cast<QLabel *>(watched)));
        if (i >= 0 && m_labelBoxes[i]->isEnabled()) {
            m_labelBoxes[i]->click();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not the field's own undo: let the window's Undo shortcut fire
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DestinationEditor::setDestination(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_siteIdsError.clear();
    refresh();
}

void DestinationEditor::commit(int field, const QVariant &value)
{
    if (m_updating || m_id == 0)
        return;
    m_document->setDestinationField(m_id, field, value);
}

void DestinationEditor::commitSiteIds(const QString &text)
{
    QList<int> sites;
    bool ok = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool valid = false;
        const int site = part.trimmed().toInt(&valid);
        if (!valid || site <= 0) {
            ok = false;
            break;
        }
        sites.append(site);
    }
    m_siteIdsError =
        ok ? QString()
           : tr("Enter the domain IDs as whole numbers separated by commas, e.g. 312, 318.");
    if (ok)
        commit(Destination::SiteIds, QVariant::fromValue(sites));
    else
        refresh();
}

void DestinationEditor::refresh()
{
    const Destination *d = m_id ? m_document->workspace().destination(m_id) : nullptr;
    if (!d) {
        m_id = 0;
        m_form->hide();
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_form->show();
    QScopedValueRollback<bool> guard(m_updating, true);

    const bool url = d->type == Destination::Type::Url;
    const bool cookie = d->type == Destination::Type::Cookie;
    const bool s2s = d->type == Destination::Type::ServerToServer;

    m_titleIcon->setPixmap(Icons::destinationType(d->type).pixmap(32, 32));
    m_title->setText(d->name.isEmpty() ? tr("(no name)") : d->name);
    const QString changed =
        d->updateTime.isValid() ? DateText::dateTime(d->updateTime.toLocalTime()) : tr("never");
    m_subtitle->setText(
        url ? tr("URL destination · ID %1 · last change %2").arg(d->id).arg(changed)
        : cookie
            ? tr("Cookie destination · ID %1 · last change %2").arg(d->id).arg(changed)
            : tr("Server-to-server destination · ID %1 · last change %2").arg(d->id).arg(changed));
    if (s2s) {
        m_note->setText(tr("Server-to-server destinations are set up by Adobe or through an "
                           "integrated platform. Audience Manager cannot create them and lets you "
                           "edit only their segment mappings; their name cannot be changed there. "
                           "Here they mirror the destinations of your account."));
        m_note->show();
    } else {
        m_note->hide();
    }

    setTextIfDifferent(m_name, d->name);
    setTextIfDifferent(m_description, d->description);
    m_category->setText(s2s ? tr("Integrated platforms", "the value after Category:")
                            : tr("Custom", "the value after Category:"));
    selectData(m_type, int(d->type));
    // AAM creates only URL and cookie destinations; a server-to-server one stays what it is.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_type->model())) {
        if (QStandardItem *item =
                model->item(m_type->findData(int(Destination::Type::ServerToServer))))
            item->setEnabled(s2s);
    }
    selectData(m_platform, int(d->platform));
    selectData(m_autoFill, int(d->autoFill));
    for (int i = 0; i < m_labelBoxes.size(); ++i)
        m_labelBoxes[i]->setChecked(d->exportLabels & kExportLabels[i]);

    m_urlSerialize->setChecked(d->serialized);
    setTextIfDifferent(m_urlFormat, d->urlFormat);
    setTextIfDifferent(m_secureUrlFormat, d->secureUrlFormat);
    setTextIfDifferent(m_delimiter, d->delimiter);

    setTextIfDifferent(m_cookieName, d->cookieName);
    selectData(m_cookieFormat, int(d->cookieFormat));
    setTextIfDifferent(m_singleKey, d->singleKey);
    m_cookieSerialize->setChecked(d->serialized);
    setTextIfDifferent(m_serialSeparator, d->serializationSeparator);
    setTextIfDifferent(m_cookieDomain, d->cookieDomain);
    selectData(m_publish, int(d->publishTo));
    if (m_siteIdsError.isEmpty() || !m_siteIds->hasFocus()) {
        QStringList sites;
        for (int site : d->siteIds)
            sites.append(QString::number(site));
        const QString text = sites.join(QStringLiteral(", "));
        // Keep what the user typed while it means the same list ("312,318" vs "312, 318").
        QStringList typed;
        for (const QString &part : m_siteIds->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            typed.append(part.trimmed());
        if (typed != sites)
            m_siteIds->setText(text);
    }
    if (m_maxSize->value() != d->maxSize)
        m_maxSize->setValue(d->maxSize);
    if (m_ttl->value() != d->ttlDays)
        m_ttl->setValue(d->ttlDays);

    for (Row &row : m_rows) {
        bool shown = true;
        if (row.form->parentWidget() == m_urlGroup) {
            switch (row.field) {
            case -3:
                shown = !d->serialized;
                break;
            case Destination::UrlFormat:
            case Destination::SecureUrlFormat:
            case Destination::Delimiter:
                shown = d->serialized;
                break;
            default:
                break;
            }
        } else if (row.form->parentWidget() == m_cookieGroup) {
            switch (row.field) {
            case Destination::SingleKey:
                shown = d->cookieFormat == Destination::CookieFormat::SingleKey;
                break;
            case Destination::SerializationSeparator:
                shown = d->serialized;
                break;
            case Destination::SiteIds:
                shown = d->publishTo != Destination::PublishTo::AllDomains;
                break;
            default:
                break;
            }
        }
        setRowShown(row, shown);
    }
    m_urlGroup->setVisible(url);
    m_cookieGroup->setVisible(cookie);

    const bool editable = !m_document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_description, m_platform, m_autoFill, m_urlSerialize, m_urlFormat,
             m_secureUrlFormat, m_delimiter, m_cookieName, m_cookieFormat, m_singleKey,
             m_cookieSerialize, m_serialSeparator, m_cookieDomain, m_publish, m_siteIds, m_maxSize,
             m_ttl})
        w->setEnabled(editable);
    m_type->setEnabled(editable && !s2s);
    for (QCheckBox *box : m_labelBoxes)
        box->setEnabled(editable);

    showMessages(Validator::validateDestination(*d));
    refreshMappingSummary();
}

QWidget *DestinationEditor::fieldWidget(int field) const
{
    QWidget *found = nullptr;
    for (const Row &row : m_rows) {
        if (row.field != field)
            continue;
        if (row.container->isVisibleTo(const_cast<DestinationEditor *>(this)) || !found)
            found = row.editor;
    }
    return found;
}

QString DestinationEditor::messageText(int field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field && row.shown && !row.message->text().isEmpty() &&
            row.container->isVisibleTo(const_cast<DestinationEditor *>(this)))
            return row.message->text();
    }
    return {};
}

bool DestinationEditor::isFieldShown(int field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field && row.shown &&
            row.form->parentWidget()->isVisibleTo(const_cast<DestinationEditor *>(this)))
            return true;
    }
    return false;
}

void DestinationEditor::focusField(int field)
{
    if (QWidget *w = fieldWidget(field)) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->selectAll();
    }
}

} // namespace dcsdesk
