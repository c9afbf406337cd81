#pragma once

#include "dcs/dcsrequest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dcsdesk {

// The request's own HTTP headers: add, edit, remove, and uncheck to keep a row without sending
// it. A name or value that cannot go on the wire (a line break would start a new header) is
// refused where it is typed: the cell keeps its previous text and the reason shows under the
// table, so nothing the user did not see reaches the request. Host, User-Agent and the body's
// headers are the builder's; the preview shows them beside these, and a line under the table
// names the profile's default headers.
class HeaderTableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderTableWidget(QWidget *parent = nullptr);

    QVector<DcsHeader> headers() const;
    void setHeaders(const QVector<DcsHeader> &headers);
    void addHeader(const DcsHeader &header);
    // In the profile dialog: the table holds the profile's default headers, and says so.
    void setForProfile(bool forProfile);
    // Shown under the table: what the profile adds to every call, so no header goes unseen.
    void setProfileHeaders(const QString &profileName, const QVector<DcsHeader> &headers);

    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *profileHeadersLabel() const { return m_fromProfile; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void onItemChanged(int row, int column);
    void showProblem(const QString &text);
    void fitProfileText();

    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QLabel *m_fromProfile;
    QString m_profileName;
    QString m_fromProfileText; // whole; the label shows as much as fits
    QVector<DcsHeader> m_profileHeaders;
    bool m_forProfile = false;
    bool m_updating = false;
};

} // namespace dcsdesk
