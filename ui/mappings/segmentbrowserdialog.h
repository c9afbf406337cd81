#pragma once

#include "mappings/mappingbulk.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMenu;
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
// segments the destination already maps greyed out or hidden (or, with "Allow another flight",
// checkable for a further flight), and the values the new mappings start with (value pattern
// from the destination's auto-fill, start and end date, priority). Space checks every selected
// row; a list of IDs, names or codes pasted into the search box or the table checks them, with a
// message about what was not recognised; the count of checked segments is always shown.
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
    QCheckBox *anotherFlightBox() const { return m_anotherFlight; }
    QLabel *messageLabel() const { return m_message; }

    // Checks the segments a pasted list names and says what it left out. With quietIfNone, a
    // text that names no segment is left alone (false), so it can be pasted as a search.
    bool tickList(const QString &text, bool quietIfNone = false);
    // The Paste entry of a line edit's standard context menu (its text ends with the shortcut).
    static QAction *pasteActionOf(const QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void updatePreview();
    bool pasteIntoSearch(); // true when the clipboard was a list and checked
    void showSearchMenu(const QPoint &pos);
    void anotherFlightToggled(bool on);
    void showMessage(const QString &text);

    WorkspaceDocument *m_document;
    qint64 m_destinationId;
    SegmentCatalogModel *m_catalog;
    SegmentFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QCheckBox *m_hideMapped;
    QCheckBox *m_activeOnly;
    QCheckBox *m_anotherFlight;
    QSet<qint64> m_mapped;
    QVector<qint64> m_pastedMapped; // mapped segments of the last paste, for "another flight"
    QString m_pasteNotes;           // what the last paste left out
    QLabel *m_message;
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
