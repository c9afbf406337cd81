// Every field of every editor says what it means: the destination editor (each type), the
// segment mapping table's editors and its panel, bulk edit, the segment editor and the profile
// dialog are walked, and any input widget without a tooltip is listed by name.
#include "console/profiledialog.h"
#include "destinations/destinationeditor.h"
#include "itemmodels/mappingtablemodel.h"
#include "mappings/bulkeditdialog.h"
#include "mappings/mappingeditor.h"
#include "segments/segmenteditordialog.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemDelegate>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSlider>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace dcsdesk;

namespace {

bool isInput(const QWidget *w)
{
    if (qobject_cast<const QTextBrowser *>(w))
        return false;
    if (auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QCheckBox *>(w) ||
           qobject_cast<const QRadioButton *>(w) || qobject_cast<const QSlider *>(w);
}

// The line edit inside a spin box, date edit or editable combo box is part of that field.
bool isPartOfAField(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QComboBox *>(parent);
}

// How a user would find the widget: its label, text, placeholder or object name.
QString describe(const QWidget *w, const QWidget *root)
{
    QString label;
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy() == w)
            label = l->text();
    }
    if (label.isEmpty()) {
        if (auto *box = qobject_cast<const QCheckBox *>(w))
            label = box->text();
        else if (auto *edit = qobject_cast<const QLineEdit *>(w))
            label = edit->placeholderText();
    }
    if (label.isEmpty())
        label = w->accessibleName();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), label, w->objectName());
}

QStringList withoutToolTip(const QWidget *root)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(root));
    for (const QWidget *w : widgets) {
        if (isInput(w) && !isPartOfAField(w) && w->toolTip().trimmed().isEmpty())
            missing.append(describe(w, root));
    }
    return missing;
}

} // namespace

class TstEditorToolTips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_document.reset(test::sampleWorkspace());
        QVERIFY(m_document.workspace().destinations.size() > 0);
    }

    void destinationEditor_data()
    {
        QTest::addColumn<qint64>("destination");
        for (const Destination &d : m_document.workspace().destinations)
            QTest::newRow(qPrintable(d.name)) << d.id;
    }

    void destinationEditor()
    {
        QFETCH(qint64, destination);
        DestinationEditor editor(&m_document);
        editor.setDestination(destination);
        const QStringList missing = withoutToolTip(&editor);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        // The help is in the Destination Builder's words, with an example where one helps.
        QVERIFY(editor.fieldWidget(Destination::AutoFillMode)
                    ->toolTip()
                    .contains(QStringLiteral("integration code")));
        QVERIFY(editor.fieldWidget(Destination::CookieDomain)
                    ->toolTip()
                    .contains(QStringLiteral(".example.com")));
    }

    void mappingEditorAndItsEditors_data() { destinationEditor_data(); }

    void mappingEditorAndItsEditors()
    {
        QFETCH(qint64, destination);
        MappingEditor editor(&m_document);
        editor.setDestination(destination);
        QStringList missing = withoutToolTip(&editor);
        QTableView *view = editor.view();
        QAbstractItemModel *model = view->model();
        if (model->rowCount() > 0) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(0, column);
                if (view->isColumnHidden(column) || !(model->flags(index) & Qt::ItemIsEditable))
                    continue;
                QStyleOptionViewItem option;
                option.rect = view->visualRect(index);
                QWidget *field = view->itemDelegateForIndex(index)->createEditor(view->viewport(),
                                                                                 option, index);
                QVERIFY(field);
                const QString header =
                    model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
                for (const QString &m : withoutToolTip(field))
                    missing.append(QStringLiteral("editor of column %1: %2").arg(header, m));
                delete field;
                // The column header explains the column too.
                if (model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
                    missing.append(QStringLiteral("header of column %1").arg(header));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void bulkEdit_data() { destinationEditor_data(); }

    void bulkEdit()
    {
        QFETCH(qint64, destination);
        const Workspace &ws = m_document.workspace();
        QVector<qint64> ids;
        for (int i : ws.mappingIndexesOf(destination))
            ids.append(ws.mappings[i].id);
        if (ids.isEmpty())
            QSKIP("no mappings");
        BulkEditDialog dialog(&m_document, destination, ids);
        const QStringList missing = withoutToolTip(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void segmentEditor()
    {
        const qint64 existing = m_document.workspace().segments.constFirst().sid;
        for (qint64 sid : {qint64(0), existing}) {
            SegmentEditorDialog dialog(&m_document, sid);
            const QStringList missing = withoutToolTip(&dialog);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        }
    }

    void profileDialog()
    {
        ProfileDialog dialog(&m_document, 0);
        const QStringList missing = withoutToolTip(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

private:
    WorkspaceDocument m_document;
};

QTEST_MAIN(TstEditorToolTips)
#include "tst_editortooltips.moc"
