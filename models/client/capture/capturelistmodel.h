#pragma once

#include "capture/harcapture.h"

#include <QAbstractTableModel>
#include <QSharedPointer>
#include <QSortFilterProxyModel>

namespace dcsdesk {

// The entries of one browser capture as a table: number, time, type, method, host, path,
// status, size and duration. The capture is shared, never copied, so a list of 50,000 entries
// costs the model nothing but the pointer.
class CaptureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Started,
        Type,
        Status,
        Errors, // the DCS error codes of X-Error
        Size,
        Duration,
        Method,
        Host,
        Path,
        ColumnCount
    };
    enum Role { EntryIndexRole = Qt::UserRole + 1, AudienceManagerRole, KindRole, ProblemRole };

    explicit CaptureListModel(QObject *parent = nullptr);

    void setCapture(QSharedPointer<const HarCapture> capture);
    QSharedPointer<const HarCapture> capture() const { return m_capture; }
    const HarEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // An answer to look at: none (blocked, failed), 4xx, 5xx, or a DCS error in X-Error.
    static bool hasProblem(const HarEntry &entry);
    // The answer's X-Error header (DCS error codes, e.g. "171"), empty when there is none.
    static QString errorCodes(const HarEntry &entry);

private:
    QSharedPointer<const HarCapture> m_capture;
};

// Which entries the capture view lists: the Audience Manager calls or all of them, one type or
// all, and a search over the URL, the request's body, the headers and the cookies (every word
// must be found, case-insensitive).
class CaptureFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int AnyKind = -1;

    explicit CaptureFilterProxyModel(QObject *parent = nullptr);

    void setAudienceManagerOnly(bool only);
    void setKind(int kind); // HarEntry::Kind as int, or AnyKind
    void setSearchText(const QString &text);
    bool audienceManagerOnly() const { return m_aamOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_aamOnly = true;
    int m_kind = AnyKind;
    QStringList m_words;
};

} // namespace dcsdesk
