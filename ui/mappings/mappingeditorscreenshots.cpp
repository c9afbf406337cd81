#include "bulkeditdialog.h"
#include "common/importreportdialog.h"
#include "common/optionaldateedit.h"
#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "itemmodels/mappingfilterproxymodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappingeditor.h"
#include "segmentbrowserdialog.h"
#include "workspace/workspacedocument.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSaveFile>

// The pictures of the mapping editor for `dcsdesk --screenshot`; the editor itself is in
// mappingeditor.cpp.
namespace dcsdesk {

qint64 MappingEditor::screenshotDestination(const Workspace &ws)
{
    qint64 best = 0;
    int bestScore = 0;
    for (const Destination &d : ws.destinations) {
        const int count = ws.mappingCountOf(d.id);
        const bool serialized = d.type == Destination::Type::Url && d.serialized;
        const int score = count > 0 ? count + (serialized ? 100000 : 0) : 0;
        if (score > bestScore) {
            best = d.id;
            bestScore = score;
        }
    }
    return best;
}

QList<ScreenshotStep> MappingEditor::screenshotSteps(const std::function<bool()> &showEditor,
                                                     const std::function<void()> &hideEditor)
{
    const auto selectFirstRows = [this](int n) {
        QVector<qint64> ids;
        for (int r = 0; r < std::min(n, m_proxy->rowCount()); ++r)
            ids.append(m_proxy->index(r, 0).data(KeyRole).toLongLong());
        selectMappings(ids);
    };
    const auto closeDialogs = [this, hideEditor]() {
        for (QDialog *dialog : findChildren<QDialog *>())
            dialog->reject();
        hideEditor();
    };
    QList<ScreenshotStep> steps;
    steps.append({QStringLiteral("mappings"),
                  [this, showEditor, selectFirstRows]() -> QWidget * {
                      if (!showEditor())
                          return nullptr;
                      selectFirstRows(3);
                      return window();
                  },
                  hideEditor});
    steps.append({QStringLiteral("mappings-add-segments"),
                  [this, showEditor]() -> QWidget * {
                      if (!showEditor())
                          return nullptr;
                      showAddSegments();
                      auto *dialog = findChild<SegmentBrowserDialog *>();
                      if (!dialog)
                          return nullptr;
                      QVector<qint64> sids;
                      for (int r = 0; r < std::min(3, dialog->proxy()->rowCount()); ++r)
                          sids.append(dialog->proxy()->index(r, 0).data(KeyRole).toLongLong());
                      dialog->proxy()->setSidsChecked(sids, true);
                      return dialog;
                  },
                  closeDialogs});
    steps.append({QStringLiteral("mappings-bulk-edit"),
                  [this, showEditor, selectFirstRows]() -> QWidget * {
                      if (!showEditor())
                          return nullptr;
                      selectFirstRows(5);
                      showBulkEdit();
                      auto *dialog = findChild<BulkEditDialog *>();
                      if (dialog)
                          dialog->endDateEdit()->setDate(QDate::currentDate().addDays(90));
                      return dialog;
                  },
                  closeDialogs});
    // An import of the destination's own export with two rows changed in "a spreadsheet", an
    // unknown segment and a date that is not one.
    const QString path = QDir(QDir::tempPath())
                             .filePath(QStringLiteral("dcsdesk-screenshot-%1.csv")
                                           .arg(QCoreApplication::applicationPid()));
    steps.append({QStringLiteral("mappings-import-report"),
                  [this, showEditor, path]() -> QWidget * {
                      if (!showEditor())
                          return nullptr;
                      const Workspace &ws = m_document->workspace();
                      CsvTable table =
                          Csv::parse(MappingCsv::exportDestinations(ws, {destinationId()}));
                      if (table.records.size() < 3)
                          return nullptr;
                      table.records[1][MappingCsv::ValueColumn] += QStringLiteral("-v2");
                      table.records[2][MappingCsv::EndDateColumn] =
                          QDate::currentDate().addDays(60).toString(Qt::ISODate);
                      QStringList unknown = table.records[1];
                      unknown[MappingCsv::SegmentIdColumn] = QString::number(ws.nextSegmentId());
                      unknown[MappingCsv::SegmentNameColumn].clear();
                      table.records.append(unknown);
                      QStringList badDate = table.records[2];
                      badDate[MappingCsv::StartDateColumn] = QStringLiteral("31/31/2026");
                      table.records.append(badDate);
                      QSaveFile file(path);
                      const QByteArray bytes = Csv::write(table.records, QLatin1Char(';'));
                      if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                          !file.commit())
                          return nullptr;
                      importCsv(path);
                      auto *dialog = findChild<ImportReportDialog *>();
                      if (dialog)
                          dialog->errorsOnlyBox()->setChecked(false);
                      return dialog;
                  },
                  [closeDialogs, path]() {
                      closeDialogs();
                      QFile::remove(path);
                  }});
    return steps;
}

} // namespace dcsdesk
