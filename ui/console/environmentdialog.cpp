#include "environmentdialog.h"

#include "common/uiprompts.h"
#include "workspace/workspacedocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

enum EnvironmentColumn { VarNameColumn, VarValueColumn, VarSecretColumn };
constexpr int ValueRole = Qt::UserRole; // the value itself; the cell shows it or dots
constexpr int UnknownKeysRole = Qt::UserRole + 1;

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(VarSecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Edits a value; a secret's is typed without being shown.
class EnvironmentValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        if (isSecretRow(index))
            editor->setEchoMode(QLineEdit::Password);
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(ValueRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), ValueRole);
    }
};

} // namespace

EnvironmentDialog::EnvironmentDialog(WorkspaceDocument *document, EnvironmentSecrets *secrets,
                                     const QString &current, QWidget *parent)
    : QDialog(parent), m_document(document), m_secrets(secrets)
{
    setWindowTitle(tr("Environments"));
    if (m_document)
        m_environments = Environment::fromJson(m_document->workspace().environments);
    for (const Environment &e : std::as_const(m_environments)) {
        m_originalNames.append(e.name);
        QHash<QString, QString> values;
        for (const EnvironmentVariable &v : e.variables) {
            if (v.secret && m_secrets && m_secrets->hasValue(e.name, v.name)) {
                SessionSecrets::Source source;
                values.insert(v.name, m_secrets->value(e.name, v.name, &source));
            }
        }
        m_secretValues.append(values);
    }

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Environments"));
    auto *listLabel = new QLabel(tr("E&nvironments:"), this);
    listLabel->setBuddy(m_list);
    m_addEnvironment = new QPushButton(tr("&Add Environment"), this);
    m_removeEnvironment = new QPushButton(tr("&Remove Environment"), this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Environment name"));
    m_name->setToolTip(tr("The environment's name, e.g. production, beta, mock or sandbox"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setAccessibleName(tr("Variables"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(VarNameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(VarValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VarSecretColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VarNameColumn, 160);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(VarValueColumn, new EnvironmentValueDelegate(m_table));
    auto *tableLabel = new QLabel(tr("&Variables ({{name}} in any field of a request or "
                                     "profile):"),
                                  this);
    tableLabel->setWordWrap(true);
    tableLabel->setBuddy(m_table);
    m_addVariable = new QPushButton(tr("Add Varia&ble"), this);
    m_removeVariable = new QPushButton(tr("Remove Variab&le"), this);
    m_secretNote = new QLabel(secretNote(), this);
    m_secretNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_addEnvironment);
    left->addWidget(m_removeEnvironment);
    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(m_addVariable);
    variableButtons->addWidget(m_removeVariable);
    variableButtons->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(tableLabel);
    right->addWidget(m_table, 1);
    right->addLayout(variableButtons);
    right->addWidget(m_secretNote);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 440);

    for (const Environment &e : std::as_const(m_environments))
        m_list->addItem(e.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeShown();
        showEnvironment(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->item(m_shown))
            item->setText(text);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() != VarNameColumn)
            updateValueCell(item->row());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnvironmentDialog::updateButtons);
    connect(m_addEnvironment, &QPushButton::clicked, this, &EnvironmentDialog::addEnvironment);
    connect(m_removeEnvironment, &QPushButton::clicked, this,
            &EnvironmentDialog::removeEnvironment);
    connect(m_addVariable, &QPushButton::clicked, this, &EnvironmentDialog::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &EnvironmentDialog::removeVariable);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentDialog::reject);

    int start = 0;
    for (int i = 0; i < m_environments.size(); ++i) {
        if (m_environments.at(i).name == current)
            start = i;
    }
    m_list->setCurrentRow(m_environments.isEmpty() ? -1 : start);
    if (m_environments.isEmpty())
        showEnvironment(-1);
}

QString EnvironmentDialog::secretNote() const
{
    const QString where = tr("Without a value, a secret comes from the system environment variable "
                             "DCSDESK_VAR_<NAME> (for example DCSDESK_VAR_PARTNERTOKEN).");
    if (m_secrets && !m_secrets->keychainAvailable())
        return m_secrets->unavailableMessage() + QLatin1Char(' ') + where;
    return tr("A secret value is never saved in the workspace, the settings or the history: it "
              "is kept in the system keychain. Empty its Value cell to forget it.") +
           QLatin1Char(' ') + where;
}

// Only what changed reaches the keychain: a new or replaced value is written, an emptied one
// forgotten, a renamed environment's values moved. Removed variables keep their keychain entry,
// so that undoing the removal finds the value again.
void EnvironmentDialog::storeSecrets()
{
    if (!m_secrets)
        return;
    const QString workspace = m_document ? m_document->workspace().name : QString();
    for (int i = 0; i < m_environments.size(); ++i) {
        const Environment &e = m_environments.at(i);
        const QString original = m_originalNames.at(i);
        for (const EnvironmentVariable &v : e.variables) {
            if (!v.secret)
                continue;
            SessionSecrets::Source source = SessionSecrets::Source::None;
            const bool had = !original.isEmpty() && m_secrets->hasValue(original, v.name);
            const QString before = had ? m_secrets->value(original, v.name, &source) : QString();
            const QString value = m_secretValues.at(i).value(v.name);
            const bool renamed = !original.isEmpty() && original != e.name;
            if (renamed && had)
                m_secrets->forget(workspace, original, v.name);
            if (value.isEmpty() && had && !renamed)
                m_secrets->forget(workspace, e.name, v.name);
            else if (!value.isEmpty() && (renamed || value != before))
                m_secrets->set(workspace, e.name, v.name, value);
        }
    }
}

QString EnvironmentDialog::selectedName() const
{
    return m_selected;
}

void EnvironmentDialog::addRow(const EnvironmentVariable &variable, const QString &secretValue)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(variable.name);
    name->setData(UnknownKeysRole, variable.unknownKeys);
    auto *value = new QTableWidgetItem;
    value->setData(ValueRole, variable.secret ? secretValue : variable.value);
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secret->setCheckState(variable.secret ? Qt::Checked : Qt::Unchecked);
    secret->setToolTip(m_secrets && !m_secrets->keychainAvailable()
                           ? tr("A secret's value is never written in the workspace file; "
                                "without a keychain it is kept until DCS Desk closes")
                           : tr("A secret's value is kept in the system keychain, never in the "
                                "workspace file"));
    m_table->setItem(row, VarNameColumn, name);
    m_table->setItem(row, VarValueColumn, value);
    m_table->setItem(row, VarSecretColumn, secret);
    updateValueCell(row);
}

void EnvironmentDialog::updateValueCell(int row)
{
    QTableWidgetItem *item = m_table->item(row, VarValueColumn);
    QTableWidgetItem *name = m_table->item(row, VarNameColumn);
    if (!item || !name)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString value = item->data(ValueRole).toString();
    const bool secret = m_table->item(row, VarSecretColumn) &&
                        m_table->item(row, VarSecretColumn)->checkState() == Qt::Checked;
    const QString process = Environment::processVariableFor(name->text());
    if (!secret)
        item->setText(value);
    else if (!value.isEmpty())
        item->setText(QString(8, QChar(0x2022)));
    else if (qEnvironmentVariableIsSet(process.toLocal8Bit().constData()))
        item->setText(tr("(from %1)").arg(process));
    else
        item->setText(QString());
    const bool keychain = m_secrets && m_secrets->keychainAvailable();
    item->setToolTip(!secret    ? QString()
                     : keychain ? tr("Kept in the system keychain; empty the cell to forget it. "
                                     "An empty cell takes the value from %1.")
                                      .arg(process)
                                : tr("Kept in memory until DCS Desk closes. An empty cell takes "
                                     "the value from %1.")
                                      .arg(process));
    m_loading = wasLoading;
}

void EnvironmentDialog::showEnvironment(int row)
{
    m_loading = true;
    m_shown = row;
    m_table->setRowCount(0);
    const bool valid = row >= 0 && row < m_environments.size();
    m_name->setText(valid ? m_environments.at(row).name : QString());
    if (valid) {
        for (const EnvironmentVariable &v : m_environments.at(row).variables)
            addRow(v, m_secretValues.at(row).value(v.name));
    }
    m_loading = false;
    updateButtons();
}

void EnvironmentDialog::storeShown()
{
    if (m_shown < 0 || m_shown >= m_environments.size())
        return;
    Environment &e = m_environments[m_shown];
    e.name = m_name->text().trimmed();
    e.variables.clear();
    QHash<QString, QString> secrets;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        EnvironmentVariable v;
        v.name = m_table->item(row, VarNameColumn)->text().trimmed();
        v.unknownKeys = m_table->item(row, VarNameColumn)->data(UnknownKeysRole).toJsonObject();
        v.secret = m_table->item(row, VarSecretColumn)->checkState() == Qt::Checked;
        const QString value = m_table->item(row, VarValueColumn)->data(ValueRole).toString();
        if (v.secret)
            secrets.insert(v.name, value);
        else
            v.value = value;
        e.variables.append(v);
    }
    m_secretValues[m_shown] = secrets;
}

void EnvironmentDialog::addEnvironment()
{
    storeShown();
    Environment e;
    QStringList names;
    for (const Environment &other : std::as_const(m_environments))
        names.append(other.name);
    e.name = tr("new environment");
    for (int n = 2; names.contains(e.name); ++n)
        e.name = tr("new environment %1").arg(n);
    // A new environment starts with the variables of the shown one, without their values.
    if (m_shown >= 0 && m_shown < m_environments.size()) {
        for (EnvironmentVariable v : m_environments.at(m_shown).variables) {
            v.value.clear();
            e.variables.append(v);
        }
    }
    m_environments.append(e);
    m_originalNames.append(QString());
    m_secretValues.append(QHash<QString, QString>());
    m_shown = -1;
    m_list->addItem(e.name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EnvironmentDialog::removeEnvironment()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_environments.size())
        return;
    m_shown = -1; // nothing to store: it goes
    m_environments.removeAt(row);
    m_originalNames.removeAt(row);
    m_secretValues.removeAt(row);
    delete m_list->takeItem(row);
    showEnvironment(m_list->currentRow());
}

void EnvironmentDialog::addVariable()
{
    if (m_shown < 0)
        return;
    EnvironmentVariable v;
    v.name = QStringLiteral("variable%1").arg(m_table->rowCount() + 1);
    m_loading = true;
    addRow(v, QString());
    m_loading = false;
    m_table->setCurrentCell(m_table->rowCount() - 1, VarNameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, VarNameColumn));
    updateButtons();
}

void EnvironmentDialog::removeVariable()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    updateButtons();
}

void EnvironmentDialog::updateButtons()
{
    const bool shown = m_shown >= 0 && m_shown < m_environments.size();
    m_removeEnvironment->setEnabled(shown);
    m_name->setEnabled(shown);
    m_table->setEnabled(shown);
    m_addVariable->setEnabled(shown);
    m_removeVariable->setEnabled(shown && m_table->currentRow() >= 0);
}

// The same rules as Environment::validate(), told with the names the user sees in this dialog
// (validate() names places in the workspace file, "environments[0].variables[1].name"); the
// environment and the cell at fault are selected.
QString EnvironmentDialog::problemInEdits()
{
    QSet<QString> environmentNames;
    for (int i = 0; i < m_environments.size(); ++i) {
        const Environment &e = m_environments.at(i);
        if (e.name.isEmpty()) {
            m_list->setCurrentRow(i);
            m_name->setFocus();
            return tr("environment %1 in the list has no name. Type one in the Name field.").arg(i + 1);
        }
        if (environmentNames.contains(e.name)) {
            m_list->setCurrentRow(i);
            m_name->setFocus();
            m_name->selectAll();
            return tr("two environments are named “%1”. Rename one of them.").arg(e.name);
        }
        environmentNames.insert(e.name);
        QSet<QString> variableNames;
        for (int row = 0; row < e.variables.size(); ++row) {
            const QString name = e.variables.at(row).name;
            QString problem;
            if (!Environment::isValidVariableName(name))
                problem = name.isEmpty()
                              ? tr("a variable of environment “%1” has no name. Type one, or "
                                   "remove the row.")
                                    .arg(e.name)
                              : tr("“%1” (environment “%2”) cannot be a variable name: use "
                                   "letters, digits, _ . or -, and begin with a letter or _.")
                                    .arg(name, e.name);
            else if (variableNames.contains(name))
                problem = tr("environment “%1” has two variables named “%2”. Rename or remove "
                             "one of them.")
                              .arg(e.name, name);
            if (!problem.isEmpty()) {
                m_list->setCurrentRow(i);
                m_table->setCurrentCell(row, VarNameColumn);
                m_table->setFocus();
                return problem;
            }
            variableNames.insert(name);
        }
    }
    return QString();
}

void EnvironmentDialog::accept()
{
    storeShown();
    const QJsonArray json = Environment::toJson(m_environments);
    QString problem = problemInEdits();
    if (problem.isEmpty())
        problem = Environment::validate(json);
    if (!problem.isEmpty()) {
        UiPrompts::inform(this, QMessageBox::Warning, tr("Environments Not Saved"),
                          tr("The environments cannot be saved: %1\nCorrect it, or press "
                             "Cancel to keep them as they were.")
                              .arg(problem));
        return;
    }
    storeSecrets();
    if (m_document && json != m_document->workspace().environments) {
        ChangeSet changes;
        changes.environments = json;
        m_document->apply(changes, tr("Edit environments"));
    }
    const int row = m_list->currentRow();
    m_selected = row >= 0 && row < m_environments.size() ? m_environments.at(row).name : QString();
    QDialog::accept();
}

} // namespace dcsdesk
