#pragma once

#include "dcs/tlsprobe.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dcsdesk {

class HeaderTableWidget;
class WorkspaceDocument;

// Adds, edits and removes connection profiles. Every edit goes through the document's undo
// stack (typing in a field is one undo step per field), so Ctrl+Z in the main window undoes it.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(WorkspaceDocument *document, int current, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *aliasEdit() const { return m_alias; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    HeaderTableWidget *headerTable() const { return m_headers; }
    // Probes the current profile's https target and offers to pin its key (asks first).
    void pinFromServer();

private:
    void offerPin(int row, const QString &hostPort, const TlsProbe::Findings &findings);
    void reload();
    void showProfile(int index);
    void edit(int field, const QVariant &value);

    QPointer<WorkspaceDocument> m_document;
    bool m_updating = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_alias;
    QComboBox *m_region;
    QLineEdit *m_baseUrl;
    QLineEdit *m_userId;
    QComboBox *m_kind;
    QLineEdit *m_orgId;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLineEdit *m_pin;
    QPushButton *m_pinFromServer;
    HeaderTableWidget *m_headers;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace dcsdesk
