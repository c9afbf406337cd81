#pragma once

#include "firing/firecontext.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace dcsdesk {

class WorkspaceDocument;

// What the destination fires for a sample user: the URL with every macro expanded (serialized
// and not), or the cookie's name=value, with warnings. Computed by FirePreview, that is by
// DestinationFiring, the implementation the sandbox answers with. Sample segments default to
// the destination's own mapped ones and every macro value can be edited.
class FirePreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FirePreviewPanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setDestination(qint64 id);
    qint64 destinationId() const { return m_id; }

    QVector<qint64> sampleSegments() const { return m_sids; }
    void setSampleSegments(const QVector<qint64> &sids); // marks them as chosen by the user
    void resetSampleSegments();
    FireContext sampleContext() const { return m_context; }
    void setSampleContext(const FireContext &context);

    // Enables "Try in console" once a console view is in the build.
    void setTryInConsoleAvailable(bool available);
    bool isTryInConsoleAvailable() const { return m_consoleAvailable; }

    QString previewText() const; // the preview as plain text (tests, copy)
    QLineEdit *sampleSegmentsEdit() const { return m_samples; }
    QPushButton *tryInConsoleButton() const { return m_tryButton; }

Q_SIGNALS:
    // The console builds a sandbox call for a user who qualifies for these segments.
    void tryInConsoleRequested(qint64 destinationId, const QVector<qint64> &sampleSids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void readSampleValues();
    void showSampleValues();
    void parseSamples(const QString &text);

    WorkspaceDocument *m_document;
    qint64 m_id = 0;
    QVector<qint64> m_sids;
    bool m_customSamples = false;
    QString m_samplesError;
    FireContext m_context;
    bool m_consoleAvailable = false;
    bool m_updating = false;

    QLabel *m_title = nullptr;
    QPushButton *m_tryButton = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QLineEdit *m_samples = nullptr;
    QToolButton *m_resetSamples = nullptr;
    QLabel *m_samplesMessage = nullptr;
    QToolButton *m_valuesToggle = nullptr;
    QWidget *m_valuesBox = nullptr;
    QList<QLabel *> m_valueLabels;
    QLineEdit *m_uuid = nullptr;
    QLineEdit *m_mcid = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_proto = nullptr;
    QLineEdit *m_timestamp = nullptr;
    QLineEdit *m_rnd = nullptr;
    QToolButton *m_newRnd = nullptr;
    QLineEdit *m_declared = nullptr;
    QComboBox *m_gdpr = nullptr;
    QLineEdit *m_consent = nullptr;
    QTextBrowser *m_output = nullptr;
};

} // namespace dcsdesk
