#include "firepreviewpanel.h"

#include "common/accessiblename.h"
#include "common/semanticcolors.h"
#include "domain/region.h"
#include "firing/firepreview.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace dcsdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return QStringLiteral("<code style=\"background:%1\">%2</code>")
        .arg(SemanticColors::color(SemanticColors::CodeBackground).name(), esc(text));
}

QString colour(SemanticColors::Role role)
{
    return SemanticColors::color(role).name();
}

} // namespace

FirePreviewPanel::FirePreviewPanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_context = FirePreview::sampleContext(document->workspace());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_tryButton = new QPushButton(this);
    m_tryButton->setObjectName(QStringLiteral("tryInConsoleButton"));
    header->addWidget(m_tryButton);
    layout->addLayout(header);

    auto *samples = new QHBoxLayout;
    m_samplesLabel = new QLabel(this);
    samples->addWidget(m_samplesLabel);
    m_samples = new QLineEdit(this);
    m_samples->setObjectName(QStringLiteral("sampleSegmentsEdit"));
    m_samplesLabel->setBuddy(m_samples);
    samples->addWidget(m_samples, 1);
    m_resetSamples = new QToolButton(this);
    samples->addWidget(m_resetSamples);
    layout->addLayout(samples);
    m_samplesMessage = new QLabel(this);
    m_samplesMessage->setWordWrap(true);
    SemanticColors::setTextRole(m_samplesMessage, SemanticColors::ErrorText);
    m_samplesMessage->hide();
    layout->addWidget(m_samplesMessage);

    m_valuesToggle = new QToolButton(this);
    m_valuesToggle->setObjectName(QStringLiteral("sampleValuesToggle"));
    m_valuesToggle->setCheckable(true);
    m_valuesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_valuesToggle->setAutoRaise(true);
    m_valuesToggle->setArrowType(Qt::RightArrow);
    layout->addWidget(m_valuesToggle);

    m_valuesBox = new QWidget(this);
    auto *form = new QFormLayout(m_valuesBox);
    form->setContentsMargins(16, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addValue = [&](QWidget *field) {
        auto *label = new QLabel(m_valuesBox);
        label->setBuddy(field);
        m_valueLabels.append(label);
        form->addRow(label, field);
    };
    m_uuid = new QLineEdit(m_valuesBox);
    addValue(m_uuid);
    m_mcid = new QLineEdit(m_valuesBox);
    addValue(m_mcid);
    m_region = new QComboBox(m_valuesBox);
    addValue(m_region);
    m_proto = new QComboBox(m_valuesBox);
    m_proto->addItem(QStringLiteral("https"), QStringLiteral("https"));
    m_proto->addItem(QStringLiteral("http"), QStringLiteral("http"));
    addValue(m_proto);
    m_timestamp = new QLineEdit(m_valuesBox);
    m_timestamp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    addValue(m_timestamp);
    auto *rndRow = new QWidget(m_valuesBox);
    auto *rndLayout = new QHBoxLayout(rndRow);
    rndLayout->setContentsMargins(0, 0, 0, 0);
    m_rnd = new QLineEdit(rndRow);
    rndLayout->addWidget(m_rnd, 1);
    m_newRnd = new QToolButton(rndRow);
    rndLayout->addWidget(m_newRnd);
    addValue(rndRow);
    m_valueLabels.last()->setBuddy(m_rnd);
    m_declared = new QLineEdit(m_valuesBox);
    addValue(m_declared);
    m_gdpr = new QComboBox(m_valuesBox);
    m_gdpr->addItem(QStringLiteral("1"), QStringLiteral("1"));
    m_gdpr->addItem(QStringLiteral("0"), QStringLiteral("0"));
    addValue(m_gdpr);
    m_consent = new QLineEdit(m_valuesBox);
    addValue(m_consent);
    m_valuesBox->hide();
    layout->addWidget(m_valuesBox);

    m_output = new QTextBrowser(this);
    m_output->setObjectName(QStringLiteral("previewOutput"));
    m_output->setOpenLinks(false);
    m_output->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->addWidget(m_output, 1);
    m_title->setBuddy(m_output); // a screen reader names the preview after its title

    connect(m_valuesToggle, &QToolButton::toggled, this, [this](bool on) {
        m_valuesBox->setVisible(on);
        m_valuesToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_samples, &QLineEdit::textEdited, this, &FirePreviewPanel::parseSamples);
    connect(m_resetSamples, &QToolButton::clicked, this, &FirePreviewPanel::resetSampleSegments);
    for (QLineEdit *edit : {m_uuid, m_mcid, m_timestamp, m_rnd, m_declared, m_consent})
        connect(edit, &QLineEdit::textEdited, this, &FirePreviewPanel::readSampleValues);
    for (QComboBox *combo : {m_region, m_proto, m_gdpr})
        connect(combo, &QComboBox::activated, this, &FirePreviewPanel::readSampleValues);
    connect(m_newRnd, &QToolButton::clicked, this, [this]() {
        m_rnd->setText(QString::number(QRandomGenerator::global()->bounded(100000000, 999999999)));
        readSampleValues();
    });
    connect(m_tryButton, &QPushButton::clicked, this, [this]() {
        if (m_id != 0)
            Q_EMIT tryInConsoleRequested(m_id, m_sids);
    });

    connect(document, &WorkspaceDocument::contentChanged, this, [this]() {
        if (m_id != 0 && !m_document->workspace().destination(m_id))
            m_id = 0;
        if (!m_customSamples && m_id != 0)
            m_sids = FirePreview::defaultSampleSids(m_document->workspace(), m_id);
        refresh();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        m_context = FirePreview::sampleContext(m_document->workspace());
        showSampleValues();
    });

    retranslateUi();
    showSampleValues();
    SemanticColors::onPaletteChange(this, [this]() { refresh(); });
}

void FirePreviewPanel::retranslateUi()
{
    m_title->setText(tr("Fire preview"));
    m_tryButton->setText(tr("Try in Console"));
    m_tryButton->setToolTip(
        m_consoleAvailable
            ? tr("Open the request console with a sandbox call for a user who qualifies for the "
                 "sample segments.")
            : tr("The request console is not part of this build, so the call cannot be tried "
                 "from here."));
    m_samplesLabel->setText(tr("&Sample segments:"));
    m_samples->setPlaceholderText(tr("Segment IDs separated by commas"));
    m_samples->setToolTip(tr("The segments the sample user qualifies for. By default the "
                             "segments mapped to this destination."));
    m_resetSamples->setText(tr("Reset"));
    m_resetSamples->setToolTip(tr("Back to the segments mapped to this destination"));
    m_valuesToggle->setText(tr("Sample macro values"));
    const QStringList labels = {tr("User ID (%did%):"),
                                tr("Experience Cloud ID (%mcid%):"),
                                tr("Region (%region%):"),
                                tr("Page protocol (%http_proto%):"),
                                tr("Timestamp (%timestamp%):"),
                                tr("Random number (%rnd%):"),
                                tr("Declared IDs (%dpid_…%):"),
                                tr("GDPR applies (${GDPR}):"),
                                tr("Consent string (${GDPR_CONSENT_…}):")};
    for (int i = 0; i < m_valueLabels.size() && i < labels.size(); ++i)
        m_valueLabels[i]->setText(labels[i]);
    // Its label's buddy, but in a row with its button, so not found through the label.
    m_rnd->setAccessibleName(accessibleNameFromLabel(m_valueLabels.at(5)->text()));
    m_declared->setPlaceholderText(tr("data source:ID, e.g. 1:CustomerABC, 2:98765"));
    m_newRnd->setText(tr("New"));
    m_newRnd->setToolTip(tr("Draw a new random number"));
    m_gdpr->setItemText(0, tr("1 (applies)"));
    m_gdpr->setItemText(1, tr("0 (does not apply)"));
    {
        QScopedValueRollback<bool> guard(m_updating, true);
        m_region->clear();
        for (const DcsRegion &region : DcsRegion::all()) {
            if (region.id > 0)
                m_region->addItem(tr("%1 — %2").arg(region.id).arg(region.location()), region.id);
        }
    }
    showSampleValues();
    refresh();
}

void FirePreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirePreviewPanel::setDestination(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_customSamples = false;
    m_samplesError.clear();
    m_sids = id ? FirePreview::defaultSampleSids(m_document->workspace(), id) : QVector<qint64>();
    refresh();
}

void FirePreviewPanel::setSampleSegments(const QVector<qint64> &sids)
{
    m_sids = sids;
    m_customSamples = true;
    m_samplesError.clear();
    refresh();
}

void FirePreviewPanel::resetSampleSegments()
{
    m_customSamples = false;
    m_samplesError.clear();
    m_sids =
        m_id ? FirePreview::defaultSampleSids(m_document->workspace(), m_id) : QVector<qint64>();
    refresh();
}

void FirePreviewPanel::setSampleContext(const FireContext &context)
{
    m_context = context;
    showSampleValues();
    refresh();
}

void FirePreviewPanel::setTryInConsoleAvailable(bool available)
{
    m_consoleAvailable = available;
    retranslateUi();
}

void FirePreviewPanel::parseSamples(const QString &text)
{
    QVector<qint64> sids;
    QStringList bad;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 sid = part.toLongLong(&ok);
        if (ok && sid > 0)
            sids.append(sid);
        else
            bad.append(part);
    }
    m_samplesError = bad.isEmpty() ? QString()
                                   : tr("Not a segment ID: %1. Enter numbers separated by commas.")
                                         .arg(bad.join(QStringLiteral(", ")));
    m_sids = sids;
    m_customSamples = true;
    refresh();
}

void FirePreviewPanel::readSampleValues()
{
    if (m_updating)
        return;
    m_context.uuid = m_uuid->text().trimmed();
    m_context.mcid = m_mcid->text().trimmed();
    m_context.regionId = m_region->currentData().toInt();
    m_context.httpProto = m_proto->currentData().toString();
    bool ok = false;
    const qint64 ts = m_timestamp->text().toLongLong(&ok);
    m_context.timestamp = ok ? ts : -1;
    m_context.rnd = m_rnd->text().trimmed();
    m_context.declaredIds.clear();
    for (const QString &pair : m_declared->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon > 0)
            m_context.declaredIds.insert(pair.left(colon).trimmed(), pair.mid(colon + 1).trimmed());
    }
    m_context.gdpr = m_gdpr->currentData().toString();
    m_context.gdprConsent = m_consent->text().trimmed();
    refresh();
}

void FirePreviewPanel::showSampleValues()
{
    QScopedValueRollback<bool> guard(m_updating, true);
    m_uuid->setText(m_context.uuid);
    m_mcid->setText(m_context.mcid);
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_context.regionId)));
    m_proto->setCurrentIndex(std::max(0, m_proto->findData(m_context.httpProto)));
    m_timestamp->setText(m_context.timestamp >= 0 ? QString::number(m_context.timestamp)
                                                  : QString());
    m_rnd->setText(m_context.rnd);
    QStringList declared;
    for (auto it = m_context.declaredIds.cbegin(); it != m_context.declaredIds.cend(); ++it)
        declared.append(QStringLiteral("%1:%2").arg(it.key(), it.value()));
    declared.sort();
    m_declared->setText(declared.join(QStringLiteral(", ")));
    m_gdpr->setCurrentIndex(std::max(0, m_gdpr->findData(m_context.gdpr)));
    m_consent->setText(m_context.gdprConsent);
}

QString FirePreviewPanel::previewText() const
{
    return m_output->toPlainText();
}

void FirePreviewPanel::refresh()
{
    const Workspace &ws = m_document->workspace();
    const Destination *d = m_id ? ws.destination(m_id) : nullptr;
    m_tryButton->setEnabled(d && m_consoleAvailable);
    m_samples->setEnabled(d);
    m_resetSamples->setEnabled(d && m_customSamples);
    m_samplesMessage->setText(m_samplesError);
    m_samplesMessage->setVisible(!m_samplesError.isEmpty());
    if (!d) {
        m_output->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                              .arg(colour(SemanticColors::MutedText),
                                   esc(tr("Select a destination to see what it fires."))));
        return;
    }
    if (!m_samples->hasFocus()) {
        QStringList ids;
        for (qint64 sid : m_sids)
            ids.append(QString::number(sid));
        const QString text = ids.join(QStringLiteral(", "));
        if (m_samples->text() != text) {
            m_samples->setText(text);
            m_samples->setCursorPosition(0);
        }
    }

    const FirePreview::Result r =
        FirePreview::compute(ws, *d, m_sids, m_context, QDate::currentDate());
    QString html;
    const auto heading = [&html](const QString &text) {
        html += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b></p>").arg(esc(text));
    };

    heading(tr("Sample user's segments"));
    if (r.segments.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None. Enter segment IDs above.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const FirePreview::SampleSegment &s : r.segments) {
            QString state;
            QString color = colour(SemanticColors::SuccessText);
            switch (s.origin) {
            case FirePreview::SampleSegment::Origin::Mapped:
                state = tr("mapped");
                break;
            case FirePreview::SampleSegment::Origin::AutoFill:
                state = tr("not mapped yet: auto-fill value");
                color = colour(SemanticColors::InfoText);
                break;
            case FirePreview::SampleSegment::Origin::Expired:
                state = tr("mapping expired: not sent");
                color = colour(SemanticColors::WarningText);
                break;
            case FirePreview::SampleSegment::Origin::Future:
                state = tr("mapping not started: not sent");
                color = colour(SemanticColors::WarningText);
                break;
            case FirePreview::SampleSegment::Origin::NoValue:
                state = tr("not mapped: needs a mapping to send anything");
                color = colour(SemanticColors::WarningText);
                break;
            }
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>"
                                   "<td style=\"color:%4\">%5</td></tr>")
                        .arg(s.sid)
                        .arg(esc(s.name.isEmpty() ? tr("(not in the catalog)") : s.name),
                             s.value.isEmpty() ? QString() : code(s.value), color, esc(state));
        }
        html += QStringLiteral("</table>");
    }

    const auto renderFired = [&](const FireResult &fired, bool serialized) {
        QString out;
        if (d->type == Destination::Type::Url) {
            if (fired.pixels.isEmpty())
                return QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Nothing fires for these segments.")));
            for (const FiredPixel &pixel : fired.pixels) {
                QStringList sids;
                for (qint64 sid : pixel.sids)
                    sids.append(QString::number(sid));
                if (!serialized)
                    out +=
                        QStringLiteral("<p style=\"margin-bottom:0\"><i>%1</i></p>")
                            .arg(esc(
                                tr("Pixel for segment %1").arg(sids.join(QStringLiteral(", ")))));
                if (pixel.url == pixel.secureUrl) {
                    out += QStringLiteral("<p>%1 <small>%2</small><br>%3</p>")
                               .arg(esc(tr("URL (http and https):")),
                                    esc(tr("%n character(s)", nullptr, int(pixel.url.size()))),
                                    code(pixel.url));
                } else {
                    out += QStringLiteral("<p>%1 <small>%2</small><br>%3</p>")
                               .arg(esc(tr("Base URL (http):")),
                                    esc(tr("%n character(s)", nullptr, int(pixel.url.size()))),
                                    code(pixel.url));
                    out +=
                        QStringLiteral("<p>%1 <small>%2</small><br>%3</p>")
                            .arg(esc(tr("Secure URL (https):")),
                                 esc(tr("%n character(s)", nullptr, int(pixel.secureUrl.size()))),
                                 code(pixel.secureUrl));
                }
            }
        } else if (d->type == Destination::Type::Cookie) {
            if (!fired.cookie || fired.cookie->value.isEmpty())
                return QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No cookie is written for these segments.")));
            const FiredCookie &c = *fired.cookie;
            out += QStringLiteral("<p>%1<br>%2</p>")
                       .arg(esc(tr("Cookie (name=value):")),
                            code(c.name + QLatin1Char('=') + c.value));
            out += QStringLiteral("<p><small>%1 · %2</small></p>")
                       .arg(esc(c.domain.isEmpty() ? tr("domain: all of the site's domains")
                                                   : tr("domain: %1").arg(c.domain)),
                            esc(c.ttlDays > 0 ? tr("expires in %n day(s)", nullptr, c.ttlDays)
                                              : tr("expires with the session")));
        } else {
            if (fired.s2sValues.isEmpty())
                return QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Nothing is sent for these segments.")));
            QStringList values;
            for (const QString &v : fired.s2sValues)
                values.append(code(v));
            out += QStringLiteral("<p>%1 %2</p>")
                       .arg(esc(tr("Segment values in the next batch file:")),
                            values.join(QStringLiteral(", ")));
        }
        return out;
    };

    if (d->type == Destination::Type::ServerToServer) {
        heading(tr("Sent server to server"));
        html += renderFired(r.fired, false);
    } else {
        heading(d->serialized ? tr("Fires now (serialized)") : tr("Fires now (not serialized)"));
        html += renderFired(r.fired, d->serialized);
    }
    if (d->type != Destination::Type::ServerToServer) {
        heading(d->serialized ? tr("If not serialized") : tr("If serialized"));
        if (r.alternate)
            html += renderFired(*r.alternate, !d->serialized);
        else
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(colour(SemanticColors::MutedText), esc(r.alternateNote));
    } else if (!r.alternateNote.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(colour(SemanticColors::MutedText), esc(r.alternateNote));
    }
    if (!r.warnings.isEmpty()) {
        heading(tr("Warnings"));
        html += QStringLiteral("<ul style=\"color:%1\">").arg(colour(SemanticColors::WarningText));
        for (const QString &w : r.warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(w));
        html += QStringLiteral("</ul>");
    }
    const int scroll = m_output->verticalScrollBar() ? m_output->verticalScrollBar()->value() : 0;
    m_output->setHtml(html);
    if (m_output->verticalScrollBar())
        m_output->verticalScrollBar()->setValue(scroll);
}

} // namespace dcsdesk
