#include "environmentbar.h"

#include "checks/checkvariables.h"

#include "environmentdialog.h"
#include "secrets/keychainsecretstore.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dcsdesk {

namespace {
EnvironmentBar::StoreFactory &environmentStoreFactory()
{
    static EnvironmentBar::StoreFactory factory;
    return factory;
}
} // namespace

void EnvironmentBar::setStoreFactory(StoreFactory factory)
{
    environmentStoreFactory() = std::move(factory);
}

EnvironmentBar::EnvironmentBar(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    m_manage = new QPushButton(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::activated, this, [this] {
        m_chosen = m_combo->currentData().toString();
        Q_EMIT changed();
    });
    connect(m_manage, &QPushButton::clicked, this, &EnvironmentBar::manage);
    const StoreFactory &factory = environmentStoreFactory();
    m_secrets =
        new EnvironmentSecrets(factory ? factory(this) : new KeychainSecretStore(this), this);
    connectSecrets();
    if (m_document) {
        connect(m_document, &WorkspaceDocument::workspaceReplaced, this,
                [this] { m_replaced = true; });
        // Save As moves the same workspace to another file (its name, hence its keys, stay).
        connect(m_document, &WorkspaceDocument::filePathChanged, this, [this](const QString &path) {
            if (m_seen && workspaceName() == m_seenName)
                m_seenPath = path;
        });
        connect(m_document, &WorkspaceDocument::contentChanged, this, &EnvironmentBar::rebuild);
    }
    retranslate();
}

QVector<Environment> EnvironmentBar::environments() const
{
    return m_document ? Environment::fromJson(m_document->workspace().environments)
                      : QVector<Environment>();
}

QString EnvironmentBar::workspaceName() const
{
    return m_document ? m_document->workspace().name : QString();
}

void EnvironmentBar::connectSecrets()
{
    connect(m_secrets, &EnvironmentSecrets::valuesChanged, this, &EnvironmentBar::changed);
    connect(m_secrets, &EnvironmentSecrets::keychainUnavailable, this,
            [this](const QString &message) {
                Q_EMIT notice(tr("No system keychain: secret values are lost when DCS Desk "
                                 "closes; start a keychain service to keep them."),
                              message);
            });
    connect(m_secrets, &EnvironmentSecrets::failed, this, [this](const QString &message) {
        Q_EMIT notice(
            tr("The keychain refused a secret value: unlock it and type the value again."),
            message);
    });
}

void EnvironmentBar::setSecretStore(SecretStore *store)
{
    delete m_secrets;
    m_secrets = new EnvironmentSecrets(store, this);
    connectSecrets();
    m_seen = true; // a new store reads the keys of the workspace as it is now
    m_seenName = workspaceName();
    m_seenPath = m_document ? m_document->filePath() : QString();
    m_replaced = false;
    m_secrets->load(workspaceName(), environments());
    Q_EMIT changed();
}

QString EnvironmentBar::currentName() const
{
    return m_combo->currentData().toString();
}

void EnvironmentBar::setCurrentName(const QString &name)
{
    m_chosen = name;
    rebuild();
    Q_EMIT changed();
}

VariableResolution EnvironmentBar::resolve(Profile *profile, DcsRequest *request) const
{
    const QString name = currentName();
    for (const Environment &e : environments()) {
        if (e.name == name)
            return VariableResolver(&e, m_secrets->values()).apply(profile, request);
    }
    return VariableResolver(nullptr, m_secrets->values()).apply(profile, request);
}

QVector<Check> EnvironmentBar::resolveChecks(const QVector<Check> &checks,
                                             const QString &environment) const
{
    for (const Environment &e : environments()) {
        if (e.name == environment)
            return CheckVariables::resolve(checks, VariableResolver(&e, m_secrets->values()));
    }
    return CheckVariables::resolve(checks, VariableResolver(nullptr, m_secrets->values()));
}

QList<QWidget *> EnvironmentBar::tabChain() const
{
    return {m_combo, m_manage};
}

void EnvironmentBar::manage()
{
    if (!m_document)
        return;
    EnvironmentDialog dialog(m_document, m_secrets, currentName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        if (!dialog.selectedName().isEmpty())
            m_chosen = dialog.selectedName();
        rebuild();
        Q_EMIT changed(); // typed secrets change the preview without a document edit
    }
}

void EnvironmentBar::followRename()
{
    if (!m_document || !m_secrets)
        return;
    const QString name = workspaceName();
    const QString path = m_document->filePath();
    // The same workspace: reloaded from its file, or saved elsewhere without another being opened.
    const bool same = path == m_seenPath || !m_replaced;
    if (m_seen && same && !m_seenName.isEmpty() && !name.isEmpty() && name != m_seenName) {
        const int moved = m_secrets->follow(m_seenName, name, environments());
        if (moved > 0) {
            Q_EMIT notice(
                tr("The secret values follow the new name “%1”.").arg(name),
                m_secrets->keychainAvailable()
                    ? tr("The workspace is now named “%1”, and its secret values are kept in the "
                         "system keychain under that name: %n value(s) were copied there from "
                         "“%2”, whose entries are kept.",
                         nullptr, moved)
                          .arg(name, m_seenName)
                    : tr("The workspace is now named “%1”: its %n secret value(s) are kept in "
                         "memory until DCS Desk closes.",
                         nullptr, moved)
                          .arg(name));
        }
    }
    m_seen = true;
    m_seenName = name;
    m_seenPath = path;
    m_replaced = false;
}

void EnvironmentBar::rebuild()
{
    const QVector<Environment> all = environments();
    const QJsonArray json = m_document ? m_document->workspace().environments : QJsonArray();
    const QString before = currentName();
    followRename();
    if (m_secrets)
        m_secrets->load(workspaceName(), all); // each secret is read from the keychain once
    QString wanted = m_chosen;
    bool found = false;
    for (const Environment &e : all)
        found = found || e.name == wanted;
    if (!found)
        wanted = all.isEmpty() ? QString() : all.first().name;
    m_combo->blockSignals(true);
    m_combo->clear();
    for (const Environment &e : all)
        m_combo->addItem(e.name, e.name);
    if (all.isEmpty())
        m_combo->addItem(tr("(none)"), QString());
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(wanted)));
    m_combo->blockSignals(false);
    m_combo->setEnabled(!all.isEmpty());
    if (json != m_shown || before != currentName()) {
        m_shown = json;
        Q_EMIT changed();
    }
}

void EnvironmentBar::retranslate()
{
    m_label->setText(tr("Environment:")); // no Alt key: all its letters are taken
    m_combo->setAccessibleName(tr("Environment"));
    m_combo->setToolTip(tr("The environment whose values replace the {{name}} variables of "
                           "the request and the profile"));
    m_manage->setText(tr("Environments…"));
    m_manage->setAccessibleName(tr("Manage environments"));
    m_manage->setToolTip(tr("Add, rename or remove environments and edit their variables"));
    rebuild();
}

void EnvironmentBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dcsdesk
