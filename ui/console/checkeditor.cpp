#include "checkeditor.h"

#include "domain/destination.h"
#include "domain/region.h"
#include "system/colontext.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

// The keys of every known kind: a check whose kind is changed keeps only the others.
const char *const kEditorKnownKeys[] = {"kind", "equals", "codes", "ids",    "fired",
                                        "name", "match",  "value", "underMs"};

enum EditorRow {
    StatusRow,
    CodesRow,
    IdsRow,
    DestinationRow,
    CookieNameRow,
    FiredRow,
    MatchRow,
    ValueRow,
    UuidRow,
    RegionRow,
    UnderMsRow,
    HeaderRow,
    EditorRowCount
};

// Numbers separated by commas or spaces; false (with the bad part) when one is not a number.
bool readNumbers(const QString &text, QVector<qint64> *out, QString *bad)
{
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 n = part.toLongLong(&ok);
        if (!ok || n < 0) {
            *bad = part;
            return false;
        }
        out->append(n);
    }
    return true;
}

QString numberText(const QVector<qint64> &numbers)
{
    QStringList parts;
    for (qint64 n : numbers)
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace

CheckEditor::CheckEditor(const Workspace &workspace, const Check &check, QWidget *parent)
    : QDialog(parent), m_original(check)
{
    setWindowTitle(check.kind == Check::Kind::Unknown ? tr("Add Check") : tr("Edit Check"));
    m_kind = new QComboBox(this);
    for (const QString &key : Check::kindKeys()) {
        const Check::Kind kind = Check::kindFromKey(key);
        m_kind->addItem(kindName(kind), int(kind));
    }
    m_status = new QSpinBox(this);
    m_status->setRange(100, 599);
    m_codes = new QLineEdit(this);
    m_ids = new QLineEdit(this);
    const QRegularExpression numberList(QStringLiteral("[0-9,\\s]*"));
    m_codes->setValidator(new QRegularExpressionValidator(numberList, m_codes));
    m_ids->setValidator(new QRegularExpressionValidator(numberList, m_ids));
    m_destination = new QComboBox(this);
    m_cookieName = new QLineEdit(this);
    m_fired = new QComboBox(this);
    m_fired->addItem(tr("fires"), true);
    m_fired->addItem(tr("does not fire"), false);
    m_match = new QComboBox(this);
    m_match->addItem(tr("contains"), int(Check::Match::Contains));
    m_match->addItem(tr("equals"), int(Check::Match::Equals));
    m_match->addItem(tr("matches the regular expression"), int(Check::Match::Regex));
    m_value = new QLineEdit(this);
    m_uuid = new QLineEdit(this);
    m_region = new QComboBox(this);
    m_region->addItem(tr("any region"), QVariant());
    for (const DcsRegion &r : DcsRegion::all())
        m_region->addItem(DcsRegion::displayName(r.id), r.id);
    m_underMs = new QSpinBox(this);
    m_underMs->setRange(1, 600000);
    m_underMs->setValue(1000);
    m_header = new QLineEdit(this);
    // An HTTP header name is a token: letters, digits and a few signs, no spaces.
    m_header->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[!#$%&'*+.^_`|~0-9A-Za-z-]*")), m_header));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_form = new QFormLayout;
    m_form->addRow(tr("Kind:"), m_kind);
    const QList<std::pair<QString, QWidget *>> rows = {
        {tr("HTTP status:"), m_status},
        {tr("Error codes:"), m_codes},
        {tr("Segment IDs:"), m_ids},
        {tr("From destination:"), m_destination},
        {tr("Cookie name:"), m_cookieName},
        {tr("Expected:"), m_fired},
        {tr("Value:"), m_match},
        {tr("Pattern:"), m_value},
        {tr("uuid:"), m_uuid},
        {tr("dcs_region:"), m_region},
        {tr("Answer within (ms):"), m_underMs},
        {tr("Header name:"), m_header},
    };
    for (const auto &[label, field] : rows) {
        m_form->addRow(label, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char(':')).trimmed());
    }
    m_kind->setAccessibleName(tr("Check kind"));
    m_match->setAccessibleName(tr("How the value is compared"));
    m_value->setAccessibleName(tr("Value pattern"));
    m_destination->setAccessibleName(tr("Fill from a workspace destination"));
    m_problem->setAccessibleName(tr("Why the check cannot be saved"));
    m_codes->setPlaceholderText(tr("e.g. 6, 11"));
    m_ids->setPlaceholderText(tr("e.g. 1001, 1002"));
    m_value->setPlaceholderText(tr("empty: any value"));
    m_uuid->setPlaceholderText(tr("empty: any uuid"));
    m_cookieName->setPlaceholderText(tr("e.g. aam_uuid"));
    m_header->setPlaceholderText(tr("e.g. Set-Cookie"));
    for (const Destination &d : workspace.destinations) {
        if (d.type == Destination::Type::ServerToServer)
            continue;
        const bool cookie = d.type == Destination::Type::Cookie;
        m_picks.append({cookie, tr("%1 (%2)").arg(d.name).arg(d.id),
                        cookie ? d.cookieName
                               : (d.secureUrlFormat.isEmpty() ? d.urlFormat : d.secureUrlFormat)});
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The fields start from the check; an added check starts as "HTTP status is 200".
    const Check &c = check;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(c.kind))));
    m_status->setValue(c.status);
    m_codes->setText(numberText(QVector<qint64>(c.codes.begin(), c.codes.end())));
    m_ids->setText(numberText(c.ids));
    m_cookieName->setText(c.name);
    m_fired->setCurrentIndex(c.fired ? 0 : 1);
    m_match->setCurrentIndex(qMax(0, m_match->findData(int(c.match))));
    if (c.kind == Check::Kind::UrlDestination || c.kind == Check::Kind::CookieDestination)
        m_value->setText(c.value);
    if (c.kind == Check::Kind::Uuid)
        m_uuid->setText(c.value);
    if (c.kind == Check::Kind::Header)
        m_header->setText(c.name);
    if (c.kind == Check::Kind::DcsRegion && c.hasRegion) {
        if (m_region->findData(c.region) < 0)
            m_region->addItem(tr("Region %1").arg(c.region), c.region);
        m_region->setCurrentIndex(m_region->findData(c.region));
    }
    if (c.underMs > 0)
        m_underMs->setValue(c.underMs);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        fillDestinations();
        updateRows();
    });
    connect(m_destination, &QComboBox::activated, this, &CheckEditor::pickDestination);
    for (QLineEdit *edit : {m_codes, m_ids, m_cookieName, m_value, m_uuid, m_header})
        connect(edit, &QLineEdit::textChanged, this, &CheckEditor::validate);
    for (QComboBox *combo : {m_fired, m_match, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckEditor::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillDestinations();
    updateRows();
}

QString CheckEditor::kindName(Check::Kind kind)
{
    switch (kind) {
    case Check::Kind::HttpStatus:
        return tr("HTTP status");
    case Check::Kind::NoErrors:
        return tr("No DCS errors");
    case Check::Kind::ErrorCodes:
        return tr("Exactly these DCS error codes");
    case Check::Kind::SegmentsQualified:
        return tr("Segments qualify (d_cts=2)");
    case Check::Kind::SegmentsNotQualified:
        return tr("Segments do not qualify (d_cts=2)");
    case Check::Kind::UrlDestination:
        return tr("URL destination");
    case Check::Kind::CookieDestination:
        return tr("Cookie destination");
    case Check::Kind::Uuid:
        return tr("uuid present or equal");
    case Check::Kind::DcsRegion:
        return tr("dcs_region present or equal");
    case Check::Kind::AnswerTime:
        return tr("Answer time under a bound");
    case Check::Kind::Header:
        return tr("Response header present");
    case Check::Kind::Unknown:
        break;
    }
    return tr("Unknown kind");
}

// The destinations of the kind's type, as the kind picker says now.
void CheckEditor::fillDestinations()
{
    const bool cookie =
        Check::Kind(m_kind->currentData().toInt()) == Check::Kind::CookieDestination;
    m_destination->clear();
    m_destination->addItem(tr("(type the fields below)"));
    for (const Pick &p : std::as_const(m_picks)) {
        if (p.cookie == cookie)
            m_destination->addItem(p.label, p.pattern);
    }
}

void CheckEditor::pickDestination()
{
    const QString pattern = m_destination->currentData().toString();
    if (pattern.isEmpty())
        return;
    if (Check::Kind(m_kind->currentData().toInt()) == Check::Kind::CookieDestination) {
        m_cookieName->setText(pattern);
        return;
    }
    // The URL up to its first macro or query: what every call of the destination starts with.
    qsizetype end = pattern.indexOf(QLatin1Char('?'));
    const qsizetype macro = pattern.indexOf(QLatin1Char('%'));
    if (macro >= 0 && (end < 0 || macro < end))
        end = macro;
    m_match->setCurrentIndex(m_match->findData(int(Check::Match::Contains)));
    m_value->setText(end < 0 ? pattern : pattern.left(end));
}

void CheckEditor::updateRows()
{
    const Check::Kind kind = Check::Kind(m_kind->currentData().toInt());
    const bool destination =
        kind == Check::Kind::UrlDestination || kind == Check::Kind::CookieDestination;
    const bool shown[EditorRowCount] = {
        kind == Check::Kind::HttpStatus,
        kind == Check::Kind::ErrorCodes,
        kind == Check::Kind::SegmentsQualified || kind == Check::Kind::SegmentsNotQualified,
        destination && m_destination->count() > 1,
        kind == Check::Kind::CookieDestination,
        destination,
        destination,
        destination,
        kind == Check::Kind::Uuid,
        kind == Check::Kind::DcsRegion,
        kind == Check::Kind::AnswerTime,
        kind == Check::Kind::Header,
    };
    for (int row = 0; row < EditorRowCount; ++row)
        m_form->setRowVisible(row + 1, shown[row]);
    validate();
    adjustSize();
}

Check CheckEditor::check() const
{
    Check c = m_original;
    c.kind = Check::Kind(m_kind->currentData().toInt());
    if (c.kind != m_original.kind) {
        for (const char *key : kEditorKnownKeys)
            c.json.remove(QLatin1String(key));
    }
    c.problem.clear();
    c.status = m_status->value();
    c.codes.clear();
    QVector<qint64> numbers;
    QString bad;
    readNumbers(m_codes->text(), &numbers, &bad);
    for (qint64 n : std::as_const(numbers))
        c.codes.append(int(n));
    c.ids.clear();
    readNumbers(m_ids->text(), &c.ids, &bad);
    c.fired = m_fired->currentData().toBool();
    c.match = Check::Match(m_match->currentData().toInt());
    c.name.clear();
    c.value.clear();
    if (c.kind == Check::Kind::CookieDestination)
        c.name = m_cookieName->text().trimmed();
    if (c.kind == Check::Kind::Header)
        c.name = m_header->text().trimmed();
    if (c.kind == Check::Kind::UrlDestination || c.kind == Check::Kind::CookieDestination)
        c.value = m_value->text();
    if (c.kind == Check::Kind::Uuid)
        c.value = m_uuid->text().trimmed();
    c.hasRegion = m_region->currentData().isValid();
    c.region = m_region->currentData().toInt();
    c.underMs = m_underMs->value();
    c.json = c.toJson();
    return c;
}

QString CheckEditor::problem() const
{
    const Check::Kind kind = Check::Kind(m_kind->currentData().toInt());
    QVector<qint64> numbers;
    QString bad;
    switch (kind) {
    case Check::Kind::ErrorCodes:
        if (!readNumbers(m_codes->text(), &numbers, &bad))
            return tr("“%1” is not an error code.").arg(bad);
        if (numbers.isEmpty())
            return tr("Type at least one error code, or choose the kind “%1”.")
                .arg(kindName(Check::Kind::NoErrors));
        break;
    case Check::Kind::SegmentsQualified:
    case Check::Kind::SegmentsNotQualified:
        if (!readNumbers(m_ids->text(), &numbers, &bad))
            return tr("“%1” is not a segment ID.").arg(bad);
        if (numbers.isEmpty())
            return tr("Type at least one segment ID.");
        break;
    case Check::Kind::CookieDestination:
        if (m_cookieName->text().trimmed().isEmpty())
            return tr("Type the cookie name, or pick a cookie destination.");
        Q_FALLTHROUGH();
    case Check::Kind::UrlDestination:
        if (Check::Match(m_match->currentData().toInt()) == Check::Match::Regex &&
            !QRegularExpression(m_value->text()).isValid())
            return tr("The pattern is not a valid regular expression: %1")
                .arg(QRegularExpression(m_value->text()).errorString());
        break;
    case Check::Kind::Header:
        if (m_header->text().trimmed().isEmpty())
            return tr("Type the header name.");
        break;
    default:
        break;
    }
    return QString();
}

void CheckEditor::validate()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? tr("The check: %1").arg(check().describe())
                                     : tr("Not a check yet: %1").arg(ColonText::continued(why)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace dcsdesk
