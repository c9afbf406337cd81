#pragma once

#include "aam/aamrestwriter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace dcsdesk {

// Options of an AAM REST export: which destinations (all or the selected ones), with or without
// their mappings, with or without DCS Desk's own fields, or only their mappings as one list.
class RestExportDialog : public QDialog
{
    Q_OBJECT

public:
    RestExportDialog(int totalCount, int selectedCount, QWidget *parent = nullptr);

    bool selectedOnly() const;
    AamRestWriter::Options options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_total;
    int m_selected;
    QLabel *m_intro = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selection = nullptr;
    QCheckBox *m_mappingsOnly = nullptr;
    QCheckBox *m_mappings = nullptr;
    QCheckBox *m_extensions = nullptr;
    QLabel *m_extensionsHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dcsdesk
