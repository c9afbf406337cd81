#pragma once

#include "checks/check.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dcsdesk {

struct Workspace;

// Adds or edits one check of a saved request with pickers only: the kind from a list, then the
// fields that kind reads (spin boxes, lists of numbers, a destination from the workspace). What
// is wrong with the fields is said under them and OK stays off until it is right, so no invalid
// check is ever stored. Keys of the check this version does not edit are kept as they were.
class CheckEditor : public QDialog
{
    Q_OBJECT

public:
    CheckEditor(const Workspace &workspace, const Check &check, QWidget *parent = nullptr);

    Check check() const;     // the check as the fields say now
    QString problem() const; // translated: why the fields do not make a check, or empty

    static QString kindName(Check::Kind kind); // translated, for the kind picker

    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *statusSpin() const { return m_status; }
    QLineEdit *codesEdit() const { return m_codes; }
    QLineEdit *idsEdit() const { return m_ids; }
    QComboBox *destinationCombo() const { return m_destination; }
    QLineEdit *cookieNameEdit() const { return m_cookieName; }
    QComboBox *firedCombo() const { return m_fired; }
    QComboBox *matchCombo() const { return m_match; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *uuidEdit() const { return m_uuid; }
    QComboBox *regionCombo() const { return m_region; }
    QSpinBox *underMsSpin() const { return m_underMs; }
    QLineEdit *headerEdit() const { return m_header; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fillDestinations();
    void pickDestination();
    void updateRows();
    void validate();

    Check m_original;
    struct Pick
    {
        bool cookie = false;
        QString label;
        QString pattern; // the cookie name, or the URL format
    };
    QVector<Pick> m_picks; // the workspace's URL and cookie destinations
    QFormLayout *m_form;
    QComboBox *m_kind;
    QSpinBox *m_status;
    QLineEdit *m_codes;
    QLineEdit *m_ids;
    QComboBox *m_destination;
    QLineEdit *m_cookieName;
    QComboBox *m_fired;
    QComboBox *m_match;
    QLineEdit *m_value;
    QLineEdit *m_uuid;
    QComboBox *m_region;
    QSpinBox *m_underMs;
    QLineEdit *m_header;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dcsdesk
