#include "destinationeditor.h"

#include "common/accessiblename.h"
#include "common/icons.h"
#include "common/semanticcolors.h"
#include "common/tooltiptext.h"
#include "destinationfieldhelp.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSpinBox>

// What the destination editor says: its titles, labels, placeholders, tooltips and choices in the
// current language, the validation messages under the fields and the mapping summary. The
// editor's layout and editing are in destinationeditor.cpp.
namespace dcsdesk {

namespace {

QString findingGlyph(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error:
        return QStringLiteral("\u2716 ");
    case Finding::Severity::Warning:
        return QStringLiteral("\u26a0 ");
    case Finding::Severity::Info:
        return QStringLiteral("\u2139 ");
    }
    return {};
}

} // namespace

void DestinationEditor::fillCombo(QComboBox *combo, const QList<QPair<QString, int>> &items)
{
    const QVariant current = combo->currentData();
    combo->clear();
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int at = combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

void DestinationEditor::selectData(QComboBox *combo, int value)
{
    const int at = combo->findData(value);
    if (combo->currentIndex() != at)
        combo->setCurrentIndex(at);
}

void DestinationEditor::retranslateUi()
{
    QScopedValueRollback<bool> guard(m_updating, true);
    m_empty->setText(tr("Select a destination in the list, or create one with New."));
    m_basicGroup->setTitle(tr("Basic information"));
    m_labelsGroup->setTitle(tr("Data export labels"));
    m_urlGroup->setTitle(tr("Configuration: URL"));
    m_cookieGroup->setTitle(tr("Configuration: Cookie"));
    m_mappingsGroup->setTitle(tr("Segment mappings"));
    for (int i = 0; i < m_labelBoxes.size(); ++i) {
        m_labelTexts[i]->setText(Destination::exportLabelName(kExportLabels[i]));
        m_labelBoxes[i]->setAccessibleName(m_labelTexts[i]->text());
    }
    m_labelsGroup->setToolTip(tr("Labels block an export only when a data source has a matching "
                                 "data export control."));

    for (Row &row : m_rows) {
        QString text;
        switch (row.field) {
        case -2:
            text = tr("Category:");
            break;
        case -3:
            text = QString();
            break;
        case Destination::DestType:
            text = tr("Type:");
            break;
        case Destination::AutoFillMode:
            text = tr("Auto-fill destination mapping:");
            break;
        case Destination::SiteIds:
            text = tr("Domain IDs:");
            break;
        case Destination::MaxSize:
            text = tr("Maximum size (bytes):");
            break;
        case Destination::TtlDays:
            text = tr("Expiration (days):");
            break;
        case Destination::Serialized:
            text = tr("Serialize:");
            break;
        default:
            text = tr("%1:").arg(Destination::fieldName(row.field));
            break;
        }
        row.label->setText(text);
        // The label cannot be the field's buddy for a screen reader: the field sits in a box
        // with its message. A check box says its own text.
        if (!qobject_cast<QCheckBox *>(row.editor) && !text.isEmpty())
            row.editor->setAccessibleName(accessibleNameFromLabel(text));
    }
    // One label column for all groups, so the fields line up from group to group.
    // Long labels wrap instead of widening the editor.
    const int widest = fontMetrics().averageCharWidth() * 24;
    int labelWidth = 0;
    for (const Row &row : m_rows) {
        row.label->setMinimumWidth(0);
        row.label->setWordWrap(false);
        labelWidth = std::max(labelWidth, row.label->sizeHint().width());
    }
    labelWidth = std::min(labelWidth, widest);
    for (const Row &row : m_rows) {
        row.label->setWordWrap(row.label->sizeHint().width() > labelWidth);
        row.label->setFixedWidth(labelWidth);
    }
    m_name->setPlaceholderText(tr("Required; no abbreviations or special characters"));
    m_description->setPlaceholderText(tr("Optional"));
    m_urlSerialize->setText(tr("Send all qualified segments in one call"));
    m_cookieSerialize->setText(tr("Put all values of a key in one pair"));
    m_urlFormat->setPlaceholderText(QStringLiteral("http://www.example.com/seg?s=%ALIAS%"));
    m_secureUrlFormat->setPlaceholderText(QStringLiteral("https://www.example.com/seg?s=%ALIAS%"));
    m_delimiter->setPlaceholderText(tr("e.g. , or ;"));
    m_serialSeparator->setPlaceholderText(tr("e.g. , or #"));
    m_cookieDomain->setPlaceholderText(tr("Blank = all domains, else e.g. .example.com"));
    m_siteIds->setPlaceholderText(tr("Domain IDs separated by commas, e.g. 312, 318"));
    m_urlHint->setText(tr("Not serialized: each mapped segment fires its own URL, which is set "
                          "in the segment's mapping."));
    for (Row &row : m_rows) {
        const Destination::Type type = row.form->parentWidget() == m_cookieGroup
                                           ? Destination::Type::Cookie
                                           : Destination::Type::Url;
        const QString help = row.field == -2 ? DestinationFieldHelp::categoryToolTip()
                                             : DestinationFieldHelp::toolTip(row.field, type);
        if (help.isEmpty())
            continue;
        row.editor->setToolTip(paragraphToolTip(help));
        row.label->setToolTip(paragraphToolTip(help));
    }
    for (int i = 0; i < m_labelBoxes.size(); ++i) {
        const QString help =
            paragraphToolTip(DestinationFieldHelp::exportLabelToolTip(kExportLabels[i]));
        m_labelBoxes[i]->setToolTip(help);
        m_labelTexts[i]->setToolTip(help);
    }
    m_ttl->setSpecialValueText(tr("0 (session)"));

    fillCombo(m_type,
              {{Destination::typeName(Destination::Type::Url), int(Destination::Type::Url)},
               {Destination::typeName(Destination::Type::Cookie), int(Destination::Type::Cookie)},
               {Destination::typeName(Destination::Type::ServerToServer),
                int(Destination::Type::ServerToServer)}});
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemIcon(i,
                            Icons::destinationType(Destination::Type(m_type->itemData(i).toInt())));
    fillCombo(
        m_platform,
        {{Destination::platformName(Destination::Platform::All), int(Destination::Platform::All)},
         {Destination::platformName(Destination::Platform::Browser),
          int(Destination::Platform::Browser)},
         {Destination::platformName(Destination::Platform::Android),
          int(Destination::Platform::Android)},
         {Destination::platformName(Destination::Platform::Ios), int(Destination::Platform::Ios)}});
    fillCombo(m_autoFill, {{Destination::autoFillName(Destination::AutoFill::None),
                            int(Destination::AutoFill::None)},
                           {Destination::autoFillName(Destination::AutoFill::SegmentId),
                            int(Destination::AutoFill::SegmentId)},
                           {Destination::autoFillName(Destination::AutoFill::IntegrationCode),
                            int(Destination::AutoFill::IntegrationCode)}});
    fillCombo(m_cookieFormat, {{Destination::cookieFormatName(Destination::CookieFormat::SingleKey),
                                int(Destination::CookieFormat::SingleKey)},
                               {Destination::cookieFormatName(Destination::CookieFormat::MultiKey),
                                int(Destination::CookieFormat::MultiKey)}});
    fillCombo(m_publish, {{Destination::publishName(Destination::PublishTo::AllDomains),
                           int(Destination::PublishTo::AllDomains)},
                          {Destination::publishName(Destination::PublishTo::SelectedDomains),
                           int(Destination::PublishTo::SelectedDomains)},
                          {Destination::publishName(Destination::PublishTo::AllExceptSelected),
                           int(Destination::PublishTo::AllExceptSelected)}});
    refresh();
}

void DestinationEditor::showMessages(const QVector<Finding> &findings)
{
    QHash<int, QVector<const Finding *>> byField;
    QStringList general;
    for (const Finding &f : findings)
        byField[f.field].append(&f);
    for (Row &row : m_rows) {
        QStringList lines;
        QStringList spoken; // without the glyph a screen reader would spell out
        int worst = -1;
        if (row.shown) {
            for (const Finding *f : byField.value(row.field)) {
                lines.append(findingGlyph(f->severity) + f->message);
                spoken.append(f->message);
                if (worst < 0 || int(f->severity) < worst)
                    worst = int(f->severity);
            }
        }
        if (row.field == Destination::SiteIds && !m_siteIdsError.isEmpty()) {
            lines.prepend(findingGlyph(Finding::Severity::Error) + m_siteIdsError);
            spoken.prepend(m_siteIdsError);
            worst = int(Finding::Severity::Error);
        }
        row.message->setText(lines.join(QLatin1Char('\n')));
        row.editor->setAccessibleDescription(spoken.join(QLatin1Char('\n')));
        row.message->setVisible(!lines.isEmpty());
        if (!lines.isEmpty())
            SemanticColors::setTextRole(row.message, SemanticColors::severityText(worst));
    }
    // Findings about the whole destination or about a field that is not shown.
    for (const Finding &f : findings) {
        bool placed = false;
        for (const Row &row : m_rows)
            placed =
                placed || (row.shown && row.field == f.field && row.container->isVisibleTo(m_form));
        if (!placed)
            general.append(findingGlyph(f.severity) + f.message);
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    SemanticColors::setTextRole(m_general, SemanticColors::ErrorText);
}

void DestinationEditor::refreshMappingSummary()
{
    if (m_id == 0)
        return;
    const Workspace &ws = m_document->workspace();
    const QDate today = QDate::currentDate();
    int active = 0, expired = 0, future = 0;
    const QVector<int> indexes = ws.mappingIndexesOf(m_id);
    for (int i : indexes) {
        switch (ws.mappings[i].scheduleOn(today)) {
        case SegmentMapping::Schedule::Active:
            ++active;
            break;
        case SegmentMapping::Schedule::Expired:
            ++expired;
            break;
        case SegmentMapping::Schedule::Future:
            ++future;
            break;
        }
    }
    if (indexes.isEmpty()) {
        m_mappingSummary->setText(tr("No segment is mapped to this destination yet."));
        return;
    }
    QStringList parts{tr("%n active", nullptr, active)};
    if (expired > 0)
        parts.append(tr("%n expired", nullptr, expired));
    if (future > 0)
        parts.append(tr("%n not started yet", nullptr, future));
    m_mappingSummary->setText(
        tr("%1 (%2)").arg(tr("%n segment(s) mapped", nullptr, int(indexes.size())),
                          QLocale().createSeparatedList(parts)));
}

} // namespace dcsdesk
