#include "requestbuilderwidget.h"

#include "common/headerfit.h"
#include "common/icons.h"
#include "console/consoleids.h"
#include "console/dcskeycatalog.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcskeydelegate.h"
#include "domain/region.h"
#include "headertablewidget.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

enum SignalColumn { SigKey, SigValues, SigRaw, SigHint, SigColumns };
enum DeclaredColumn { DecKind, DecNamespace, DecId, DecAuth, DecColumns };

} // namespace

RequestBuilderWidget::RequestBuilderWidget(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_profileLabel = new QLabel(this);
    m_profile = new QComboBox(this);
    // Beside Manage and "Save as Profile" a pasted target's long name pushed the French form
    // past its pane: the box may be narrower than its text, which it then cuts ("…").
    m_profile->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_manageProfiles = new QPushButton(this);
    m_saveProfile = new QPushButton(this);
    m_saveProfile->hide();
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    // Long names ("Custom base URL: https://…") must not widen the builder: the list shows them.
    for (QComboBox *box : {m_profile, m_region}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    m_endpointLabel = new QLabel(this);
    m_endpoint = new EndpointCombo(this);
    m_aliasLabel = new QLabel(this);
    m_alias = new QLabel(this);
    m_alias->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_alias->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_alias->installEventFilter(this);
    m_userKindLabel = new QLabel(this);
    m_userKind = new QComboBox(this);
    m_userKind->addItem(QStringLiteral("d_uuid"), int(Profile::IdKind::Uuid));
    m_userKind->addItem(QStringLiteral("d_mid"), int(Profile::IdKind::Mid));
    m_userId = new QLineEdit(this);
    m_newId = new QPushButton(this);
    m_pasteAmcv = new QPushButton(this);
    m_orgLabel = new QLabel(this);
    m_orgId = new QLineEdit(this);
    m_rtbd = new QCheckBox(QStringLiteral("d_rtbd=json"), this);
    m_rtbd->setChecked(true);
    m_jsonv = new QCheckBox(QStringLiteral("d_jsonv=1"), this);
    m_jsonv->setChecked(true);
    m_dst = new QCheckBox(QStringLiteral("d_dst=1"), this);
    m_ctsLabel = new QLabel(QStringLiteral("d_cts"), this);
    m_cts = new QComboBox(this);
    m_cbLabel = new QLabel(QStringLiteral("d_cb"), this);
    m_callback = new QLineEdit(this);
    m_ptfmLabel = new QLabel(QStringLiteral("d_ptfm"), this);
    m_platform = new QComboBox(this);
    m_platform->addItem(QString(), QString());
    for (const char *p : {"browser", "ios", "android", "all"})
        m_platform->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    m_sidLabel = new QLabel(QStringLiteral("d_sid"), this);
    m_sid = new QLineEdit(this);

    m_signalsLabel = new QLabel(this);
    m_signals = new QTableWidget(0, SigColumns, this);
    m_signals->setItemDelegateForColumn(SigKey, new DcsKeyDelegate(m_signals));
    m_signals->horizontalHeader()->setSectionResizeMode(SigHint, QHeaderView::Stretch);
    m_signals->verticalHeader()->hide();
    m_signals->setTabKeyNavigation(false);
    m_addSignal = new QPushButton(this);
    m_removeSignal = new QPushButton(this);

    m_declaredLabel = new QLabel(this);
    m_declared = new QTableWidget(0, DecColumns, this);
    m_declared->horizontalHeader()->setSectionResizeMode(DecId, QHeaderView::Stretch);
    // Narrow by default and widened to each title: the ID keeps the room (Spanish and French).
    m_declared->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 9);
    m_declared->verticalHeader()->hide();
    m_declared->setTabKeyNavigation(false);
    m_addDeclared = new QPushButton(this);
    m_removeDeclared = new QPushButton(this);

    m_headers = new HeaderTableWidget(this);

    m_previewLabel = new QLabel(this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setMaximumHeight(fontMetrics().height() * 7);
    m_findingsLabel = new QLabel(this);
    m_findings = new QListWidget(this);
    m_findings->setMaximumHeight(fontMetrics().height() * 6);
    m_findings->setWordWrap(true); // a long finding wraps instead of being cut at the edge

    for (QLabel *l : {m_profileLabel, m_regionLabel, m_userKindLabel, m_orgLabel, m_ctsLabel,
                      m_cbLabel, m_ptfmLabel, m_sidLabel, m_signalsLabel, m_declaredLabel,
                      m_previewLabel, m_findingsLabel})
        l->setTextFormat(Qt::PlainText);
    m_profileLabel->setBuddy(m_profile);
    m_regionLabel->setBuddy(m_region);
    m_endpointLabel->setBuddy(m_endpoint);
    m_userKindLabel->setBuddy(m_userKind);
    m_orgLabel->setBuddy(m_orgId);
    m_ctsLabel->setBuddy(m_cts);
    m_cbLabel->setBuddy(m_callback);
    m_ptfmLabel->setBuddy(m_platform);
    m_sidLabel->setBuddy(m_sid);
    m_signalsLabel->setBuddy(m_signals);
    m_declaredLabel->setBuddy(m_declared);
    m_previewLabel->setBuddy(m_preview);
    m_findingsLabel->setBuddy(m_findings);

    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_manageProfiles);
    profileRow->addWidget(m_saveProfile);
    form->addRow(m_profileLabel, profileRow);
    form->addRow(m_regionLabel, m_region);
    // Host and path of the call on one row; beside the region they made the widest row, and the
    // answer beside the builder lost the room for its tabs in Spanish and French.
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_alias, 1);
    targetRow->addWidget(m_endpointLabel);
    targetRow->addWidget(m_endpoint);
    form->addRow(m_aliasLabel, targetRow);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_userKind);
    userRow->addWidget(m_userId, 1);
    userRow->addWidget(m_newId);
    userRow->addWidget(m_pasteAmcv);
    form->addRow(m_userKindLabel, userRow);
    form->addRow(m_orgLabel, m_orgId);
    auto *switches = new QHBoxLayout;
    switches->addWidget(m_rtbd);
    switches->addWidget(m_jsonv);
    switches->addWidget(m_dst);
    switches->addStretch();
    form->addRow(switches);
    auto *options = new QHBoxLayout;
    options->addWidget(m_ctsLabel);
    options->addWidget(m_cts);
    options->addWidget(m_cbLabel);
    options->addWidget(m_callback, 1);
    options->addWidget(m_ptfmLabel);
    options->addWidget(m_platform);
    form->addRow(options);
    form->addRow(m_sidLabel, m_sid);

    // The form scrolls, so a table may ask for room: two rows under the titles at least (the
    // screenshot review found the declared IDs squeezed to their header row).
    for (QTableWidget *table : {m_signals, m_declared})
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                                2 * table->verticalHeader()->defaultSectionSize() +
                                2 * table->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto *sigHead = new QHBoxLayout;
    sigHead->addWidget(m_signalsLabel, 1);
    sigHead->addWidget(m_addSignal);
    sigHead->addWidget(m_removeSignal);
    layout->addLayout(sigHead);
    layout->addWidget(m_signals, 2);
    auto *decHead = new QHBoxLayout;
    decHead->addWidget(m_declaredLabel, 1);
    decHead->addWidget(m_addDeclared);
    decHead->addWidget(m_removeDeclared);
    layout->addLayout(decHead);
    layout->addWidget(m_declared, 1);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_findings);

    retranslate();
    reloadProfiles();
    applyProfileDefaults();

    if (m_document) {
        connect(m_document, &WorkspaceDocument::contentChanged, this,
                &RequestBuilderWidget::reloadProfiles);
        connect(m_document, &WorkspaceDocument::workspaceReplaced, this,
                &RequestBuilderWidget::reloadProfiles);
    }
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        applyProfileDefaults();
        emitChanged();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this]() {
        showHostHeaderOf(profile());
        emitChanged();
    });
    // A pasted target's long name may not fit beside the buttons.
    connect(m_profile, &QComboBox::currentTextChanged, m_profile, &QComboBox::setToolTip);
    connect(m_manageProfiles, &QPushButton::clicked, this,
            &RequestBuilderWidget::manageProfilesRequested);
    connect(m_saveProfile, &QPushButton::clicked, this,
            &RequestBuilderWidget::saveProfileRequested);
    connect(m_pasteAmcv, &QPushButton::clicked, this, &RequestBuilderWidget::pasteAmcvRequested);
    connect(m_newId, &QPushButton::clicked, this, [this]() {
        m_userId->setText(ConsoleIds::newUserId());
        emitChanged();
    });
    connect(m_userKind, &QComboBox::currentIndexChanged, this, &RequestBuilderWidget::emitChanged);
    connect(m_endpoint, &EndpointCombo::pathChanged, this, [this]() {
        applyEndpoint();
        emitChanged();
    });
    for (QLineEdit *edit : {m_userId, m_orgId, m_callback, m_sid})
        connect(edit, &QLineEdit::textChanged, this, &RequestBuilderWidget::emitChanged);
    connect(m_rtbd, &QCheckBox::toggled, this, &RequestBuilderWidget::onRtbdToggled);
    for (QCheckBox *box : {m_jsonv, m_dst})
        connect(box, &QCheckBox::toggled, this, &RequestBuilderWidget::emitChanged);
    connect(m_cts, &QComboBox::currentIndexChanged, this, &RequestBuilderWidget::emitChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &RequestBuilderWidget::emitChanged);
    connect(m_signals, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        if (item->column() == SigKey)
            updateSignalHint(item->row());
        emitChanged();
    });
    connect(m_declared, &QTableWidget::itemChanged, this, [this]() {
        if (!m_updating)
            emitChanged();
    });
    connect(m_addSignal, &QPushButton::clicked, this, [this]() {
        addSignal(QStringLiteral("c_"), QString());
        m_signals->setCurrentCell(m_signals->rowCount() - 1, SigKey);
        m_signals->editItem(m_signals->item(m_signals->rowCount() - 1, SigKey));
    });
    connect(m_removeSignal, &QPushButton::clicked, this, [this]() {
        const int row = m_signals->currentRow();
        if (row >= 0) {
            m_signals->removeRow(row);
            emitChanged();
        }
    });
    connect(m_headers, &HeaderTableWidget::changed, this, &RequestBuilderWidget::emitChanged);
    connect(m_addDeclared, &QPushButton::clicked, this, [this]() {
        addDeclaredId(DeclaredId());
        m_declared->setCurrentCell(m_declared->rowCount() - 1, DecNamespace);
    });
    connect(m_removeDeclared, &QPushButton::clicked, this, [this]() {
        const int row = m_declared->currentRow();
        if (row >= 0) {
            m_declared->removeRow(row);
            emitChanged();
        }
    });
}

QList<QWidget *> RequestBuilderWidget::tabChain() const
{
    // clang-format off
    return {m_profile,     m_manageProfiles, m_saveProfile,  m_region,       m_endpoint,
            m_alias,       m_userKind,       m_userId,       m_newId,        m_pasteAmcv,
            m_orgId,       m_rtbd,           m_jsonv,        m_dst,
            m_cts,         m_callback,       m_platform,     m_sid,
            m_signals,     m_addSignal,      m_removeSignal, m_declared,
            m_addDeclared, m_removeDeclared, m_headers->table(), m_headers->addButton(),
            m_headers->removeButton(), m_preview, m_findings};
    // clang-format on
}

void RequestBuilderWidget::retranslate()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_profile->setAccessibleName(tr("Profile"));
    m_manageProfiles->setText(tr("&Manage…"));
    m_manageProfiles->setToolTip(tr("Add, edit or remove connection profiles (undoable)"));
    m_manageProfiles->setAccessibleName(tr("Manage profiles"));
    m_regionLabel->setText(tr("&Region:"));
    m_region->setAccessibleName(tr("Region"));
    m_endpointLabel->setText(tr("Endpoin&t:"));
    m_aliasLabel->setText(tr("Host header:"));
    m_alias->setAccessibleName(tr("Host header"));
    m_userKindLabel->setText(tr("&User ID:"));
    m_userKind->setAccessibleName(tr("User ID kind"));
    m_userId->setAccessibleName(tr("User ID"));
    updateUserIdPlaceholder();
    m_newId->setText(tr("&New ID"));
    m_newId->setToolTip(tr("A fresh random 38-digit ID: a user the DCS has never seen"));
    m_newId->setAccessibleName(tr("New user ID"));
    m_pasteAmcv->setText(tr("Paste AMCV Cookie…"));
    m_pasteAmcv->setToolTip(tr("Fill d_mid, d_orgid and the region from an AMCV cookie"));
    m_pasteAmcv->setAccessibleName(tr("Paste AMCV cookie"));
    m_orgLabel->setText(tr("&Org ID (d_orgid):"));
    m_orgId->setAccessibleName(tr("Org ID"));
    m_orgId->setPlaceholderText(tr("goes with d_mid, e.g. 5DC5123F5245B1D20A490D46@AdobeOrg"));
    m_rtbd->setToolTip(tr("Required for a JSON answer; without it the DCS answers with a pixel"));
    m_rtbd->setAccessibleName(tr("Ask for a JSON response (d_rtbd=json)"));
    m_jsonv->setToolTip(tr("JSON version 1; 0 disables ID syncs"));
    m_jsonv->setAccessibleName(tr("JSON version (d_jsonv=1)"));
    m_dst->setToolTip(tr("Return URL destinations (dests)"));
    m_dst->setAccessibleName(tr("Return URL destinations (d_dst=1)"));
    m_cts->setAccessibleName(tr("Return traits and segments (d_cts)"));
    m_callback->setAccessibleName(tr("JSONP callback (d_cb)"));
    m_callback->setPlaceholderText(tr("callback name (JSONP)"));
    m_platform->setAccessibleName(tr("Platform (d_ptfm)"));
    m_sid->setAccessibleName(tr("Segment or trait IDs (d_sid)"));
    m_sid->setPlaceholderText(tr("trait or segment IDs, comma-separated"));
    {
        const int cts = m_cts->currentIndex();
        const bool blocked = m_cts->blockSignals(true);
        m_cts->clear();
        m_cts->addItem(tr("off"), 0);
        m_cts->addItem(tr("1 (legacy IDs)"), 1);
        m_cts->addItem(tr("2 (segment IDs)"), 2);
        m_cts->setCurrentIndex(cts < 0 ? 0 : cts);
        m_cts->blockSignals(blocked);
    }
    {
        const int region = m_region->currentIndex();
        const bool blocked = m_region->blockSignals(true);
        m_region->clear();
        const QString sandbox = tr("Local sandbox (offline)");
        for (const DcsRegion &r : DcsRegion::all()) {
            const QString text = r.id == Profile::SandboxRegion
                                     ? sandbox
                                     : tr("%1 — %2 (ID %3)").arg(r.location(), r.host).arg(r.id);
            m_region->addItem(text, r.id);
        }
        // The sandbox, every new profile's region, is never cut; the long hosts may be.
        QStyleOptionComboBox option;
        option.initFrom(m_region);
        const QFontMetrics metrics = m_region->fontMetrics();
        const QSize text(metrics.horizontalAdvance(sandbox) + 2, metrics.height());
        m_region->setMinimumWidth(
            style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, m_region).width());
        m_region->setCurrentIndex(region < 0 ? 0 : region);
        m_region->blockSignals(blocked);
        updateCustomBaseUrlItem();
    }
    m_saveProfile->setText(tr("Save as Profile…"));
    m_saveProfile->setToolTip(tr("Keep the pasted alias and target as a profile of the workspace "
                                 "(undoable); until then they are used for these calls only"));
    m_saveProfile->setAccessibleName(tr("Save as Profile"));
    m_signalsLabel->setText(tr("Si&gnals"));
    m_signals->setAccessibleName(tr("Signals"));
    m_signals->setHorizontalHeaderLabels({tr("Key"), tr("Values"), tr("As typed"), tr("Hint")});
    HeaderFit::fitTitles(m_signals->horizontalHeader());
    m_signals->horizontalHeaderItem(SigValues)->setToolTip(
        tr("Separate several values with a comma: they are sent serialized"));
    m_signals->horizontalHeaderItem(SigRaw)->setToolTip(asTypedTip());
    for (int row = 0; row < m_signals->rowCount(); ++row) {
        if (QTableWidgetItem *raw = m_signals->item(row, SigRaw))
            raw->setToolTip(asTypedTip());
    }
    m_addSignal->setText(tr("Add Signal"));
    m_addSignal->setAccessibleName(tr("Add Signal"));
    m_removeSignal->setText(tr("Remove Signal"));
    m_removeSignal->setAccessibleName(tr("Remove Signal"));
    m_declaredLabel->setText(tr("&Declared IDs"));
    m_declared->setAccessibleName(tr("Declared IDs"));
    m_declared->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Data source or integration code"), tr("ID"), tr("Auth state")});
    HeaderFit::fitTitles(m_declared->horizontalHeader());
    m_addDeclared->setText(tr("Add Declared ID"));
    m_addDeclared->setAccessibleName(tr("Add Declared ID"));
    m_removeDeclared->setText(tr("Remove Declared ID"));
    m_removeDeclared->setAccessibleName(tr("Remove Declared ID"));
    m_previewLabel->setText(tr("Previe&w: every header and the body, as sent"));
    m_preview->setAccessibleName(tr("Request preview"));
    m_findingsLabel->setText(tr("F&indings"));
    m_findings->setAccessibleName(tr("Request findings"));
    for (int row = 0; row < m_signals->rowCount(); ++row)
        updateSignalHint(row);
    for (int row = 0; row < m_declared->rowCount(); ++row) {
        if (auto *kind = qobject_cast<QComboBox *>(m_declared->cellWidget(row, DecKind))) {
            kind->setItemText(0, tr("Data source (d_cid)"));
            kind->setItemText(1, tr("Integration code (d_cid_ic)"));
        }
        if (auto *auth = qobject_cast<QComboBox *>(m_declared->cellWidget(row, DecAuth))) {
            auth->setItemText(0, tr("not sent"));
            auth->setItemText(1, tr("0 unknown"));
            auth->setItemText(2, tr("1 authenticated"));
            auth->setItemText(3, tr("2 logged out"));
        }
    }
    if (m_hasPasted && m_document)
        m_profile->setItemText(m_document->workspace().profiles.size(), pastedProfileName());
    showHostHeaderOf(profile());
}

bool RequestBuilderWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_alias && event->type() == QEvent::Resize)
        elideAlias();
    return QWidget::eventFilter(watched, event);
}

void RequestBuilderWidget::showHostHeaderOf(const Profile &p)
{
    m_aliasText = p.alias.isEmpty() ? tr("(none)") : DcsRequestBuilder::hostHeaderFor(p.alias);
    elideAlias();
}

void RequestBuilderWidget::elideAlias()
{
    const QString shown =
        m_alias->fontMetrics().elidedText(m_aliasText, Qt::ElideMiddle, m_alias->width());
    m_alias->setText(shown);
    m_alias->setToolTip(shown == m_aliasText ? QString() : m_aliasText);
}

void RequestBuilderWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestBuilderWidget::setUserId(Profile::IdKind kind, const QString &id, const QString &orgId)
{
    m_updating = true;
    m_userKind->setCurrentIndex(m_userKind->findData(int(kind)));
    m_userId->setText(id);
    if (!orgId.isEmpty() || kind == Profile::IdKind::Uuid)
        m_orgId->setText(orgId);
    m_updating = false;
    emitChanged();
}

void RequestBuilderWidget::onRtbdToggled(bool on)
{
    if (!on && !m_updating) {
        QMessageBox::warning(this, tr("No response"),
                             tr("Without d_rtbd=json the DCS answers with a pixel and no data: "
                                "nothing can be decoded or compared."));
    }
    emitChanged();
}

void RequestBuilderWidget::updateSignalHint(int row)
{
    QTableWidgetItem *key = m_signals->item(row, SigKey);
    QTableWidgetItem *hint = m_signals->item(row, SigHint);
    if (!key || !hint)
        return;
    const bool was = m_updating;
    m_updating = true;
    hint->setText(DcsKeyCatalog::hint(key->text().trimmed()));
    hint->setToolTip(hint->text());
    m_updating = was;
}

QString RequestBuilderWidget::asTypedTip()
{
    return tr("Send the key and values exactly as typed, already percent-encoded. Unchecked, "
              "every special character is encoded for you (a % becomes %25).");
}

void RequestBuilderWidget::addSignal(const QString &key, const QString &values, bool asTyped)
{
    const bool was = m_updating;
    m_updating = true;
    const int row = m_signals->rowCount();
    m_signals->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setFlags(keyItem->flags() | Qt::ItemIsUserCheckable);
    keyItem->setCheckState(Qt::Checked);
    keyItem->setToolTip(tr("Uncheck to keep the row without sending it"));
    m_signals->setItem(row, SigKey, keyItem);
    m_signals->setItem(row, SigValues, new QTableWidgetItem(values));
    auto *raw = new QTableWidgetItem;
    raw->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    raw->setCheckState(asTyped ? Qt::Checked : Qt::Unchecked);
    raw->setToolTip(asTypedTip());
    m_signals->setItem(row, SigRaw, raw);
    auto *hint = new QTableWidgetItem;
    hint->setFlags(Qt::ItemIsEnabled);
    m_signals->setItem(row, SigHint, hint);
    m_updating = was;
    updateSignalHint(row);
    emitChanged();
}

void RequestBuilderWidget::addDeclaredId(const DeclaredId &id)
{
    const bool was = m_updating;
    m_updating = true;
    const int row = m_declared->rowCount();
    m_declared->insertRow(row);
    auto *kind = new QComboBox(m_declared);
    kind->addItem(tr("Data source (d_cid)"));
    kind->addItem(tr("Integration code (d_cid_ic)"));
    kind->setCurrentIndex(id.kind == DeclaredId::Kind::IntegrationCode ? 1 : 0);
    kind->setAccessibleName(tr("Declared ID kind"));
    m_declared->setCellWidget(row, DecKind, kind);
    auto *nsItem = new QTableWidgetItem(id.ns);
    nsItem->setFlags(nsItem->flags() | Qt::ItemIsUserCheckable);
    nsItem->setCheckState(id.enabled ? Qt::Checked : Qt::Unchecked);
    m_declared->setItem(row, DecNamespace, nsItem);
    m_declared->setItem(row, DecId, new QTableWidgetItem(id.id));
    auto *auth = new QComboBox(m_declared);
    auth->addItem(tr("not sent"), int(DeclaredId::NoAuthState));
    auth->addItem(tr("0 unknown"), int(DeclaredId::Unknown));
    auth->addItem(tr("1 authenticated"), int(DeclaredId::Authenticated));
    auth->addItem(tr("2 logged out"), int(DeclaredId::LoggedOut));
    auth->setCurrentIndex(auth->findData(id.authState));
    auth->setAccessibleName(tr("Auth state"));
    m_declared->setCellWidget(row, DecAuth, auth);
    connect(kind, &QComboBox::currentIndexChanged, this, &RequestBuilderWidget::emitChanged);
    connect(auth, &QComboBox::currentIndexChanged, this, &RequestBuilderWidget::emitChanged);
    m_updating = was;
    emitChanged();
}

DcsRequest RequestBuilderWidget::request() const
{
    DcsRequest r = m_base;
    r.path = m_endpoint->path();
    r.userIdKind = Profile::IdKind(m_userKind->currentData().toInt());
    r.userId = m_userId->text().trimmed();
    r.orgId = m_orgId->text().trimmed();
    r.rtbdJson = m_rtbd->isChecked();
    r.jsonVersion = m_jsonv->isChecked() ? QStringLiteral("1") : QString();
    r.destinations = m_dst->isChecked();
    r.cts = m_cts->currentData().toInt();
    r.callback = m_callback->text().trimmed();
    r.platform = m_platform->currentData().toString();
    r.sid = m_sid->text().trimmed();
    r.signalList.clear();
    for (int row = 0; row < m_signals->rowCount(); ++row) {
        const QTableWidgetItem *key = m_signals->item(row, SigKey);
        const QTableWidgetItem *values = m_signals->item(row, SigValues);
        const QTableWidgetItem *raw = m_signals->item(row, SigRaw);
        if (!key)
            continue;
        DcsSignal s;
        s.key = key->text().trimmed();
        s.enabled = key->checkState() == Qt::Checked;
        s.raw = raw && raw->checkState() == Qt::Checked;
        const QString text = values ? values->text() : QString();
        s.values = text.isEmpty() ? QStringList{QString()} : text.split(QLatin1Char(','));
        if (s.key.isEmpty() && text.isEmpty())
            continue;
        r.signalList.append(s);
    }
    r.declaredIds.clear();
    for (int row = 0; row < m_declared->rowCount(); ++row) {
        DeclaredId id;
        auto *kind = qobject_cast<QComboBox *>(m_declared->cellWidget(row, DecKind));
        auto *auth = qobject_cast<QComboBox *>(m_declared->cellWidget(row, DecAuth));
        id.kind = kind && kind->currentIndex() == 1 ? DeclaredId::Kind::IntegrationCode
                                                    : DeclaredId::Kind::DataSource;
        const QTableWidgetItem *ns = m_declared->item(row, DecNamespace);
        const QTableWidgetItem *value = m_declared->item(row, DecId);
        id.ns = ns ? ns->text().trimmed() : QString();
        id.enabled = !ns || ns->checkState() == Qt::Checked;
        id.id = value ? value->text().trimmed() : QString();
        id.authState = auth ? auth->currentData().toInt() : int(DeclaredId::NoAuthState);
        r.declaredIds.append(id);
    }
    r.headers = m_headers->headers();
    return r;
}

void RequestBuilderWidget::setRequest(const DcsRequest &request)
{
    m_updating = true;
    m_base = request;
    m_endpoint->setPath(request.path);
    applyEndpoint();
    m_userKind->setCurrentIndex(m_userKind->findData(int(request.userIdKind)));
    m_userId->setText(request.userId);
    m_orgId->setText(request.orgId);
    m_rtbd->setChecked(request.rtbdJson);
    m_jsonv->setChecked(!request.jsonVersion.isEmpty());
    m_dst->setChecked(request.destinations);
    m_cts->setCurrentIndex(qBound(0, request.cts, 2));
    m_callback->setText(request.callback);
    const int platform = m_platform->findData(request.platform);
    m_platform->setCurrentIndex(platform < 0 ? 0 : platform);
    m_sid->setText(request.sid);
    m_signals->setRowCount(0);
    for (const DcsSignal &s : request.signalList) {
        addSignal(s.key, s.values.join(QLatin1Char(',')), s.raw);
        m_signals->item(m_signals->rowCount() - 1, SigKey)
            ->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_declared->setRowCount(0);
    for (const DeclaredId &id : request.declaredIds)
        addDeclaredId(id);
    m_headers->setHeaders(request.headers);
    m_updating = false;
    emitChanged();
}

void RequestBuilderWidget::setPreview(const PreparedRequest &prepared)
{
    const Profile current = profile();
    m_headers->setProfileHeaders(current.name, current.headers);
    QStringList lines;
    for (const auto &h : prepared.headers)
        // The exact header bytes that go on the wire: never localized ("Host : " in French).
        lines.append(QString::fromUtf8(h.first + ": " + h.second));
    if (!prepared.body.isEmpty()) {
        lines.append(QString());
        lines.append(QString::fromUtf8(prepared.body));
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    m_findings->clear();
    for (const RequestFinding &f : prepared.findings) {
        auto *item = new QListWidgetItem(f.message, m_findings);
        item->setIcon(
            Icons::severity(f.blocking ? int(Finding::Severity::Error) : int(f.severity)));
        // The whole message (the list cuts long ones), never the internal finding code.
        item->setToolTip(QStringLiteral("<p>%1</p>").arg(f.message.toHtmlEscaped()));
    }
    if (prepared.findings.isEmpty())
        new QListWidgetItem(tr("No findings: the request follows the DCS rules."), m_findings);
}

void RequestBuilderWidget::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

} // namespace dcsdesk
