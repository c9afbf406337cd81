#include "common/importreportdialog.h"
#include "itemmodels/importreportmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/segmentcatalogmodel.h"
#include "itemmodels/segmentfilterproxymodel.h"
#include "mappingworkspace.h"
#include "segments/traitrule.h"
#include "segments/ruleeditor.h"
#include "segments/ruletest.h"
#include "segments/segmentcatalogview.h"
#include "segments/segmenteditordialog.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// The segment catalog with real widgets: search, create / edit / delete with undo (a mapped
// segment asks first), CSV and AAM JSON import through the dry-run report, and the rule editor's
// error positions and "test with signals" box, all with the sandbox's parser.
class TestSegmentCatalog : public QObject
{
    Q_OBJECT

    WorkspaceDocument *m_doc = nullptr;
    SegmentCatalogView *m_view = nullptr;
    QTemporaryDir m_dir;

    template <typename T> T *waitForChild()
    {
        T *found = nullptr;
        if (!QTest::qWaitFor([&]() {
                found = m_view->findChild<T *>();
                return found && found->isVisible();
            }))
            return nullptr;
        return found;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Workspace ws = test::mappingWorkspace(12);
        SegmentMapping m;
        m.id = 1;
        m.destinationId = 10;
        m.sid = 5001;
        m.value = QStringLiteral("5001");
        m.startDate = QDate(2026, 1, 1);
        ws.mappings.append(m);
        m.id = 2;
        m.destinationId = 20;
        ws.mappings.append(m);
        ws.segments[1].active = false;
        ws.segments[2].rule = QStringLiteral("c_n == ");
        ws.rebuildIndex();
        m_doc = new WorkspaceDocument(this);
        m_doc->reset(ws);
        m_view = new SegmentCatalogView(m_doc);
        m_view->resize(1000, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
        delete m_doc;
        m_doc = nullptr;
    }

    void listSearchAndFilters()
    {
        QAbstractItemModelTester tester(m_view->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modelTester(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_view->proxy()->rowCount(), 12);
        const QModelIndex first =
            m_view->proxy()->index(0, SegmentCatalogModel::DestinationsColumn);
        QCOMPARE(first.data().toInt(), 2); // 5001 is mapped to two destinations
        QTest::keyClicks(m_view->searchEdit(), QStringLiteral("code_1"));
        QTRY_COMPARE(m_view->proxy()->rowCount(), 4); // code_1, code_10..12
        m_view->searchEdit()->clear();
        QTRY_COMPARE(m_view->proxy()->rowCount(), 12);
        QComboBox *status = m_view->statusCombo();
        status->setCurrentIndex(
            status->findData(int(SegmentFilterProxyModel::StatusFilter::Inactive)));
        QCOMPARE(m_view->proxy()->rowCount(), 1);
        status->setCurrentIndex(
            status->findData(int(SegmentFilterProxyModel::StatusFilter::Problems)));
        QCOMPARE(m_view->proxy()->rowCount(), 1); // the broken rule, flagged by the sandbox parser
        QVERIFY(m_view->proxy()
                    ->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("character 8")));
        status->setCurrentIndex(
            status->findData(int(SegmentFilterProxyModel::StatusFilter::Unmapped)));
        QCOMPARE(m_view->proxy()->rowCount(), 11);
    }

    void createEditAndUndo()
    {
        m_view->newAction()->trigger();
        auto *editor = waitForChild<SegmentEditorDialog>();
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QCOMPARE(editor->idEdit()->text(), QStringLiteral("5013"));
        QPushButton *ok = editor->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Golf fans"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("golf_fans"));
        editor->idEdit()->setText(QStringLiteral("5001")); // taken
        QVERIFY(!ok->isEnabled());
        editor->idEdit()->setText(QStringLiteral("7000"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(editor->ruleEditor()->textEdit(),
                         QStringLiteral("c_interest == \"golf\" AND c_score >= 5"));
        editor->ruleEditor()->checkNow();
        QVERIFY(editor->ruleEditor()->isValid());
        QTest::keyClicks(editor->signalsEdit(), QStringLiteral("c_interest=golf&c_score=7"));
        QTRY_VERIFY(editor->testResultLabel()->text().startsWith(QLatin1String("Qualifies")));
        editor->signalsEdit()->setText(QStringLiteral("c_interest=golf"));
        QVERIFY(editor->testResultLabel()->text().contains(QLatin1String("c_score")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_view->findChild<SegmentEditorDialog *>());
        const Segment *created = m_doc->workspace().segment(7000);
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Golf fans"));
        QCOMPARE(created->integrationCode, QStringLiteral("golf_fans"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_view->selectedSids(), QVector<qint64>{7000});

        // Edit it (Enter in the list), one undo step, and undo both.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
        m_view->view()->setFocus();
        QTest::keyClick(m_view->view(), Qt::Key_Return);
        editor = waitForChild<SegmentEditorDialog>();
        QVERIFY(editor);
        QVERIFY(!editor->isNew());
        QVERIFY(editor->idEdit()->isReadOnly());
        editor->nameEdit()->setText(QStringLiteral("Golf lovers"));
        editor->activeBox()->setChecked(false);
        editor->accept();
        QTRY_VERIFY(!m_view->findChild<SegmentEditorDialog *>());
        QCOMPARE(m_doc->workspace().segment(7000)->name, QStringLiteral("Golf lovers"));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undo();
        QCOMPARE(m_doc->workspace().segment(7000)->name, QStringLiteral("Golf fans"));
        m_doc->undo();
        QVERIFY(!m_doc->workspace().segment(7000));
    }

    void deleteAsksWhenMapped()
    {
        // Unmapped: deleted at once, undoable.
        m_view->selectSegment(5005);
        m_view->deleteAction()->trigger();
        QVERIFY(!m_doc->workspace().segment(5005));
        m_doc->undo();
        QVERIFY(m_doc->workspace().segment(5005));

        // Mapped: a question first; Cancel keeps everything.
        m_view->selectSegment(5001);
        m_view->deleteAction()->trigger();
        auto *box = waitForChild<QMessageBox>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("mapped")));
        QVERIFY(box->informativeText().contains(QLatin1String("2 mapping")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_view->findChild<QMessageBox *>());
        QVERIFY(m_doc->workspace().segment(5001));
        QCOMPARE(m_doc->workspace().mappings.size(), 2);

        m_view->deleteAction()->trigger();
        box = waitForChild<QMessageBox>();
        QVERIFY(box);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY(!m_doc->workspace().segment(5001));
        QCOMPARE(m_doc->workspace().mappings.size(), 0);
        m_doc->undo(); // one step brings both back
        QVERIFY(m_doc->workspace().segment(5001));
        QCOMPARE(m_doc->workspace().mappings.size(), 2);
    }

    void importCsvAndJson()
    {
        const QString csv = write(QStringLiteral("segments.csv"),
                                  "Segment ID;Name;Integration Code;Status;Rule;Description\n"
                                  "5001;Renamed;code_1;active;c_n == \"1\";\n"
                                  ";Brand new;new;;c_x == \"y\";\n"
                                  "5002;;;maybe;;\n");
        m_view->importFile(csv, false);
        auto *report = waitForChild<ImportReportDialog>();
        QVERIFY(report);
        QCOMPARE(report->model()->report().updated, 1);
        QCOMPARE(report->model()->report().added, 1);
        QCOMPARE(report->model()->report().errors, 1);
        QVERIFY(!report->importButton()->isEnabled());
        report->skipErrorsBox()->setChecked(true);
        QTest::mouseClick(report->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_view->findChild<ImportReportDialog *>());
        QCOMPARE(m_doc->workspace().segment(5001)->name, QStringLiteral("Renamed"));
        QCOMPARE(m_doc->workspace().segments.size(), 13);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        const QString json = write(QStringLiteral("aam.json"),
                                   "[{\"sid\": 9100, \"name\": \"From AAM\", \"status\": "
                                   "\"ACTIVE\", \"integrationCode\": \"aam_1\", \"segmentRule\": "
                                   "\"c_x == \\\"1\\\"\"}]");
        m_view->importFile(json, true);
        report = waitForChild<ImportReportDialog>();
        QVERIFY(report);
        QCOMPARE(report->model()->report().added, 1);
        QCOMPARE(report->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Item"));
        report->accept();
        QTRY_VERIFY(m_doc->workspace().segment(9100));
        QCOMPARE(m_doc->workspace().segment(9100)->integrationCode, QStringLiteral("aam_1"));

        // Export writes what import reads: unchanged.
        QString error;
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY2(m_view->exportCsv(out, QLatin1Char(','), &error), qPrintable(error));
        m_view->importFile(out, false);
        report = waitForChild<ImportReportDialog>();
        QVERIFY(report);
        QCOMPARE(report->model()->report().unchanged, 14);
        report->reject();
    }

    void ruleEditorErrorPositions_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("position");   // where the parser says the error starts
        QTest::addColumn<int>("underlined"); // first character the editor underlines
        QTest::newRow("value missing at the end") << "c_a == " << 7 << 6;
        QTest::newRow("single =") << "c_a = \"x\"" << 4 << 4;
        QTest::newRow("unclosed parenthesis") << "(c_a == \"1\"" << 0 << 0;
        QTest::newRow("dangling AND") << "c_a == \"1\" AND" << 14 << 13;
        QTest::newRow("numeric key") << "123 == \"1\"" << 0 << 0;
        QTest::newRow("AND AND") << "c_make == \"A\" AND AND c_model == \"B\"" << 18 << 18;
        QTest::newRow("unterminated text") << "c_a == \"open" << 7 << 7;
        QTest::newRow("bad character") << "price!123 == 1" << 5 << 5;
        QTest::newRow("second line") << "c_a == \"1\"\nOR c_b <" << 19 << 18;
    }
    void ruleEditorErrorPositions()
    {
        QFETCH(QString, rule);
        QFETCH(int, position);
        QFETCH(int, underlined);
        RuleEditor editor;
        editor.show();
        QSignalSpy validity(&editor, &RuleEditor::validityChanged);
        editor.textEdit()->setPlainText(rule);
        QTRY_VERIFY(!editor.isValid()); // checked after the typing pause
        QCOMPARE(validity.count(), 1);
        QCOMPARE(editor.errorPosition(), TraitRule::parse(rule).error().position);
        QCOMPARE(editor.errorPosition(), position);
        const QList<QTextEdit::ExtraSelection> marks = editor.textEdit()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectionStart(), underlined);
        QVERIFY(marks.first().cursor.selectionEnd() > underlined);
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Character %1:").arg(position + 1)));
        // Fixed: the mark goes, the verdict names the keys.
        editor.setRule(QStringLiteral("c_a == \"1\" OR c_b < 3"));
        QVERIFY(editor.isValid());
        QVERIFY(editor.textEdit()->extraSelections().isEmpty());
        QVERIFY(editor.statusText().contains(QLatin1String("c_a, c_b")));
    }

    void ruleTest()
    {
        using O = RuleTest::Outcome;
        const QString rule = QStringLiteral("(c_make == \"A\" AND c_model == \"B\") OR p_age < 25");
        QCOMPARE(RuleTest::run(rule, QStringLiteral("c_make=A&c_model=B")).outcome, O::Qualifies);
        QCOMPARE(RuleTest::run(rule, QStringLiteral("p_age=23")).outcome, O::Qualifies);
        QCOMPARE(RuleTest::run(rule, QStringLiteral("c_make=A\nc_model=C")).outcome,
                 O::DoesNotQualify);
        QCOMPARE(RuleTest::run(rule, QStringLiteral("c_make=A")).missingKeys,
                 (QStringList{QStringLiteral("c_model"), QStringLiteral("p_age")}));
        QCOMPARE(RuleTest::run(rule, QStringLiteral("c_make%3DA")).outcome, O::SignalsError);
        QCOMPARE(RuleTest::run(rule, QString()).outcome, O::NoSignals);
        QCOMPARE(RuleTest::run(QStringLiteral("c_a =="), QStringLiteral("c_a=1")).outcome,
                 O::RuleError);
        QCOMPARE(RuleTest::run(QString(), QStringLiteral("c_a=1")).outcome, O::BlankRule);
        QCOMPARE(RuleTest::run(QStringLiteral("c_text == \"a b\""), QStringLiteral("c_text=a%20b"))
                     .outcome,
                 O::Qualifies);
        // Sample signals qualify for the sample rules.
        const QString sample = RuleTest::sampleSignals(
            QStringLiteral("c_interest == \"golf\" AND c_score > 4 AND c_n <= 2"));
        QCOMPARE(sample, QStringLiteral("c_interest=golf&c_score=5&c_n=2"));
        QCOMPARE(RuleTest::run(
                     QStringLiteral("c_interest == \"golf\" AND c_score > 4 AND c_n <= 2"), sample)
                     .outcome,
                 O::Qualifies);
    }
};

QTEST_MAIN(TestSegmentCatalog)
#include "tst_segmentcatalog.moc"
