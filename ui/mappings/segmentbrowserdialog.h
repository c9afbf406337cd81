#pragma once

#include "mappings/mappingbulk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace dcsdesk {

class DateField;
class OptionalDateEdit;
class SegmentCatalogModel;
class SegmentFilterProxyModel;
class WorkspaceDocument;

// "Add segments…": the segment catalogue with a search box and a check box per segment, the
// segments the destination already maps greyed out or hidden, and the values the new mappings
// start with (value pattern from the destination's auto-fill, start and end date, priority).
// Space checks every selected row; the count of checked segments is always shown.
class SegmentBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    SegmentBrowserDialog(WorkspaceDocument *document, qint64 destinationId,
                         QWidget *parent = nullptr);

    QVector<qint64> checkedSids() const;
    MappingBulk::AddOptions addOptions() const;

    // For tests and keyboard users.
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    SegmentFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *valuePatternEdit() const { return m_valuePattern; }
    OptionalDateEdit *endDateEdit() const { return m_endDate; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void updatePreview();

    WorkspaceDocument *m_document;
    qint64 m_destinationId;
    SegmentCatalogModel *m_catalog;
    SegmentFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QCheckBox *m_hideMapped;
    QCheckBox *m_activeOnly;
    QTableView *m_view;
    QLabel *m_count;
    QLineEdit *m_valuePattern;
    QLineEdit *m_secondPattern = nullptr;
    QLabel *m_preview;
    DateField *m_startDate;
    OptionalDateEdit *m_endDate;
    QSpinBox *m_priority = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace dcsdesk
