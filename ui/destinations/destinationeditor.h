#pragma once

#include "domain/destination.h"
#include "validation/finding.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dcsdesk {

class WorkspaceDocument;

// The typed destination editor: exactly the Destination Builder fields of domain.md §5.2 that
// apply to the destination's type (URL, cookie or server-to-server), each with its validation
// message underneath, updated as the user types. Every edit goes to the document as one
// (merging) undo command, and the editor shows whatever the document holds, so undo and redo
// refresh it.
class DestinationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DestinationEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setDestination(qint64 id);
    qint64 destinationId() const { return m_id; }

    // The editing widget of a field (for the URL/cookie Serialize box: the visible one), and
    // the message shown under it; for tests and for focusing a field from a finding.
    QWidget *fieldWidget(int field) const;
    QString messageText(int field) const;
    bool isFieldShown(int field) const;
    void focusField(int field);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr Destination::ExportLabel kExportLabels[] = {
        Destination::LabelPii, Destination::LabelOnSiteTargeting,
        Destination::LabelOffSiteTargeting, Destination::LabelOnSitePersonalization};

    struct Row
    {
        int field = -1;
        QFormLayout *form = nullptr;
        QLabel *label = nullptr;
        QWidget *container = nullptr;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        bool shown = true;
    };

    Row &addRow(QFormLayout *form, int field, QWidget *editor);
    void setRowShown(Row &row, bool shown);
    void retranslateUi();
    void refresh();
    void refreshMappingSummary();
    void showMessages(const QVector<Finding> &findings);
    void commit(int field, const QVariant &value);
    void commitSiteIds(const QString &text);
    static void fillCombo(QComboBox *combo, const QList<QPair<QString, int>> &items);
    static void selectData(QComboBox *combo, int value);

    WorkspaceDocument *m_document;
    qint64 m_id = 0;
    bool m_updating = false;
    QString m_siteIdsError;

    QWidget *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_titleIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_general = nullptr;

    QGroupBox *m_basicGroup = nullptr;
    QGroupBox *m_labelsGroup = nullptr;
    QGroupBox *m_urlGroup = nullptr;
    QGroupBox *m_cookieGroup = nullptr;
    QGroupBox *m_mappingsGroup = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_category = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_autoFill = nullptr;
    QList<QCheckBox *> m_labelBoxes;
    QList<QLabel *> m_labelTexts;

    QCheckBox *m_urlSerialize = nullptr;
    QLineEdit *m_urlFormat = nullptr;
    QLineEdit *m_secureUrlFormat = nullptr;
    QLineEdit *m_delimiter = nullptr;
    QLabel *m_urlHint = nullptr;

    QLineEdit *m_cookieName = nullptr;
    QComboBox *m_cookieFormat = nullptr;
    QLineEdit *m_singleKey = nullptr;
    QCheckBox *m_cookieSerialize = nullptr;
    QLineEdit *m_serialSeparator = nullptr;
    QLineEdit *m_cookieDomain = nullptr;
    QComboBox *m_publish = nullptr;
    QLineEdit *m_siteIds = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QSpinBox *m_ttl = nullptr;

    QLabel *m_mappingSummary = nullptr;

    QList<Row> m_rows; // stable addresses: reserved up front
    QHash<QWidget *, int> m_rowOfEditor;
};

} // namespace dcsdesk
