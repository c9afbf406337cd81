#include "application/languagemanager.h"
#include "capture/maskpreviewdialog.h"
#include "common/uiprompts.h"
#include "testworkspace.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString realHar(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/") + QLatin1String(name);
}

} // namespace

// The preview of "Save Masked Copy…": what will be masked is shown before anything is written,
// Save writes the copy (never over the capture) and says so, a bad file gets the reader's reason.
// With DCSDESK_SHOT_DIR set it also saves a picture of the dialog per language, for review.
class TestMaskPreviewDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { UiPrompts::resetHandlers(); }

    void showsWhatWillBeMaskedThenSaves()
    {
        MaskPreviewDialog dialog(realHar("chromium-event-calls.har"));
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().error));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), dialog.result().items.size());
        QVERIFY(table->rowCount() > 10);
        bool sawPrivate = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, MaskPreviewDialog::WhereColumn)->text() ==
                QLatin1String("p_age in POST body")) {
                sawPrivate = true;
                QCOMPARE(table->item(row, MaskPreviewDialog::CallColumn)->text(),
                         QStringLiteral("21"));
                QCOMPARE(table->item(row, MaskPreviewDialog::OriginalColumn)->text(),
                         QStringLiteral("22"));
                QVERIFY(table->item(row, MaskPreviewDialog::ReplacementColumn)
                            ->text()
                            .startsWith(QLatin1String("MASKED-P-")));
            }
        }
        QVERIFY(sawPrivate);
        QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("value(s) masked")) ||
                dialog.summaryLabel()->text().contains(QLatin1String("values masked")));
        QVERIFY(dialog.saveButton()->isEnabled());

        const QString out = m_dir.filePath(QStringLiteral("masked.har"));
        QString offered;
        UiPrompts::setSaveFileHandler(
            [&](QWidget *, const QString &, const QString &directory, const QString &) {
                offered = directory;
                return out;
            });
        dialog.saveButton()->click();
        QVERIFY(offered.endsWith(QLatin1String("chromium-event-calls-masked.har")));
        QCOMPARE(dialog.savedPath(), out);
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("masked.har")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), dialog.result().masked);
    }

    void neverWritesOverTheCapture()
    {
        const QString copy = m_dir.filePath(QStringLiteral("capture.har"));
        QVERIFY(QFile::copy(realHar("chromium-optout.har"), copy));
        QFile original(copy);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        MaskPreviewDialog dialog(copy);
        QVERIFY(dialog.result().ok);
        QString error;
        QVERIFY(!dialog.saveTo(copy, &error));
        QVERIFY(error.contains(QLatin1String("capture itself")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    void badFileSaysWhyAndOffersNoSave()
    {
        MaskPreviewDialog dialog(realHar("truncated.har"));
        QVERIFY(!dialog.result().ok);
        QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("cut short")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.table()->isHidden());

        MaskPreviewDialog missing(m_dir.filePath(QStringLiteral("nowhere.har")));
        QVERIFY(missing.summaryLabel()->text().contains(QLatin1String("cannot be read")));
    }

    void pictures()
    {
        const QString dir = qEnvironmentVariable("DCSDESK_SHOT_DIR");
        if (dir.isEmpty())
            QSKIP("DCSDESK_SHOT_DIR not set");
        for (const char *lang : {"en", "de", "fr", "es"}) {
            LanguageManager::instance()->setLanguage(QLatin1String(lang));
            for (const char *file : {"chromium-event-calls.har", "truncated.har"}) {
                MaskPreviewDialog dialog(realHar(file));
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                QTest::qWait(300);
                const QString name = QStringLiteral("%1/mask-%2-%3.png")
                                         .arg(dir, QLatin1String(lang),
                                              QString::fromLatin1(file).section('.', 0, 0));
                QVERIFY(dialog.grab().save(name));
                // Under Xvfb: the whole screen too, window frame and all, as a user sees it.
                if (qEnvironmentVariableIsSet("DCSDESK_SHOT_SCREEN"))
                    QProcess::execute(QStringLiteral("import"),
                                      {QStringLiteral("-window"), QStringLiteral("root"),
                                       QString(name).replace(QLatin1String(".png"),
                                                             QLatin1String("-screen.png"))});
                if (dialog.saveButton()->isVisible()) {
                    const QString out =
                        m_dir.filePath(QStringLiteral("shot-%1.har").arg(QLatin1String(lang)));
                    UiPrompts::setSaveFileHandler([out](QWidget *, const QString &, const QString &,
                                                        const QString &) { return out; });
                    dialog.saveButton()->click();
                    QTest::qWait(200);
                    QVERIFY(dialog.grab().save(
                        QString(name).replace(QLatin1String(".png"), QLatin1String("-saved.png"))));
                }
            }
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMaskPreviewDialog)
#include "tst_maskpreviewdialog.moc"
