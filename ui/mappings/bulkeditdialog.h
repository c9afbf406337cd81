#pragma once

#include "mappings/mappingbulk.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dcsdesk {

class DateField;
class OptionalDateEdit;
class WorkspaceDocument;

// Bulk edit of the selected mappings: tick what to change - value (a pattern such as {sid} or
// {code}), second value, start date, end date or "never", priority - and everything else stays as
// it is on each mapping. A preview shows what the first mapping becomes.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(WorkspaceDocument *document, qint64 destinationId,
                   const QVector<qint64> &mappingIds, QWidget *parent = nullptr);

    MappingBulk::Edit edit() const;

    QCheckBox *valueBox() const { return m_setValue; }
    QLineEdit *valuePatternEdit() const { return m_valuePattern; }
    QCheckBox *startBox() const { return m_setStart; }
    DateField *startDateEdit() const { return m_startDate; }
    QCheckBox *endBox() const { return m_setEnd; }
    OptionalDateEdit *endDateEdit() const { return m_endDate; }
    QCheckBox *priorityBox() const { return m_setPriority; }
    QSpinBox *prioritySpin() const { return m_priority; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();

    WorkspaceDocument *m_document;
    QVector<qint64> m_ids;
    QCheckBox *m_setValue;
    QLineEdit *m_valuePattern;
    QCheckBox *m_setSecond = nullptr;
    QLineEdit *m_secondPattern = nullptr;
    QCheckBox *m_setStart;
    DateField *m_startDate;
    QCheckBox *m_setEnd;
    OptionalDateEdit *m_endDate;
    QCheckBox *m_setPriority = nullptr;
    QSpinBox *m_priority = nullptr;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace dcsdesk
