#pragma once

#include "capture/harmasker.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dcsdesk {

// "Save Masked Copy…" of a capture: shows before anything is written which values will be
// replaced, where (call, cookie, key, header) and by what, with a summary; Save… writes the copy
// (QSaveFile, never over the capture itself) and says what was written. A capture that cannot be
// read or masked gets the reason and no Save button, so nothing half-masked is ever saved.
class MaskPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { CallColumn, WhereColumn, OriginalColumn, ReplacementColumn, ColumnCount };

    // Reads and masks the file in the calling thread.
    explicit MaskPreviewDialog(const QString &sourcePath, QWidget *parent = nullptr,
                               const QStringList &aliases = {});
    // The preview of a masking already made (the Captures view masks on a worker thread).
    MaskPreviewDialog(const QString &sourcePath, const HarMasker::Result &result,
                      QWidget *parent = nullptr);
    static HarMasker::Result maskFile(const QString &sourcePath, const QStringList &aliases = {});

    const HarMasker::Result &result() const { return m_result; }
    QString savedPath() const { return m_savedPath; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

    // Writes the masked copy to path; false with a translated reason (nothing written).
    bool saveTo(const QString &path, QString *error);

private:
    void fillTable();
    void chooseAndSave();

    QString m_sourcePath;
    HarMasker::Result m_result;
    QString m_savedPath;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace dcsdesk
