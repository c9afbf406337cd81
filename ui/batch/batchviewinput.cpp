// The users side of the batch window: choosing and reading the CSV (again at each Start, so a run
// uses the file as it is on disk) and the summary of what will be sent. Split from batchview.cpp.
#include "batchview.h"

#include "batch/batchrunner.h"
#include "common/filefolders.h"
#include "system/colontext.h"
#include "workspace/workspacedocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace dcsdesk {

void BatchView::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a CSV of users"),
        m_csvPath.isEmpty() ? FileFolders::folder(FileFolders::Kind::BatchCsv)
                            : QFileInfo(m_csvPath).absolutePath(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    FileFolders::remember(FileFolders::Kind::BatchCsv, path);
    if (!path.isEmpty())
        loadCsv(path);
}

bool BatchView::loadCsv(const QString &path)
{
    BatchInput input =
        BatchInput::fromCsvFile(path, m_document ? &m_document->workspace().destinations : nullptr);
    m_csvRadio->setChecked(true);
    if (!input.isValid()) {
        m_message->setText(input.error);
        QMessageBox::warning(this, tr("Cannot use this CSV file"), input.error);
        return false;
    }
    m_csvInput = input;
    m_csvPath = path;
    m_csvPathEdit->setText(QDir::toNativeSeparators(path));
    m_message->clear();
    updateInputSummary();
    return true;
}

bool BatchView::rereadCsv(QString *note)
{
    const QString name = QFileInfo(m_csvPath).fileName();
    BatchInput fresh = BatchInput::fromCsvFile(
        m_csvPath, m_document ? &m_document->workspace().destinations : nullptr);
    if (!fresh.isValid()) {
        m_message->setText(tr("Nothing was sent: %1 cannot be read again as it is on disk now: %2")
                               .arg(name, ColonText::continued(fresh.error)));
        return false;
    }
    if (fresh.sha256 != m_csvInput.sha256) {
        *note = tr("%1 changed on disk since it was loaded: this run uses the file as it is now.")
                    .arg(name);
    }
    m_csvInput = fresh;
    updateInputSummary();
    return true;
}

void BatchView::updateInputSummary()
{
    if (!m_inputSummary)
        return;
    updateExpectationWarning();
    const QLocale locale;
    if (m_csvRadio->isChecked()) {
        if (m_csvPath.isEmpty()) {
            m_inputSummary->setText(tr("Choose a CSV file: a header with d_uuid or d_mid, and "
                                       "optional c_, p_, d_, h_ signal columns, d_cid, d_orgid, "
                                       "region and expect_ columns (what each answer must show)."));
            m_problemsButton->setVisible(false);
            return;
        }
        QString text = tr("%n user(s) to send", nullptr, int(m_csvInput.users.size()));
        if (!m_csvInput.problems.isEmpty())
            text += QLatin1Char(' ') +
                    tr("· %n row(s) cannot be sent", nullptr, int(m_csvInput.problems.size()));
        if (m_csvInput.expectationRows() > 0)
            text += QLatin1Char(' ') +
                    tr("· %n with expectations", nullptr, m_csvInput.expectationRows());
        if (!m_csvInput.notes.isEmpty())
            text += QLatin1Char(' ') + tr("· %n note(s)", nullptr, int(m_csvInput.notes.size()));
        m_inputSummary->setText(text);
        m_problemsButton->setVisible(!m_csvInput.problems.isEmpty() || !m_csvInput.notes.isEmpty());
    } else {
        // The command is one word for the reader: it must not wrap at its hyphens or spaces
        // (the label cannot be selected, so the joiners never reach a clipboard).
        const QString command = QStringLiteral("dcsdesk-cli batch --generate");
        QString joined = command;
        joined.replace(QLatin1Char('-'), QStringLiteral("-\u2060"))
            .replace(QLatin1Char(' '), QChar(0x00A0));
        QString text = tr("%n user(s) with random 38-digit IDs (as dcsdesk-cli batch "
                          "--generate makes them).",
                          nullptr, m_generateSpin->value());
        m_inputSummary->setText(text.replace(command, joined));
        m_problemsButton->setVisible(false);
    }
}

void BatchView::showInputProblems()
{
    QStringList lines;
    for (const QString &note : std::as_const(m_csvInput.notes))
        lines << note;
    for (const BatchInputProblem &p : std::as_const(m_csvInput.problems))
        lines << tr("Line %1: %2").arg(p.line).arg(ColonText::continued(p.message));
    QMessageBox box(
        QMessageBox::Information, tr("Rows That Cannot Be Sent"),
        tr("%n row(s) of %1 cannot be sent; the “Invalid rows” setting skips them or stops "
           "the run.",
           nullptr, int(m_csvInput.problems.size()))
            .arg(QFileInfo(m_csvPath).fileName()),
        QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace dcsdesk
