#pragma once

#include "batchuser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace dcsdesk {

struct Destination;

// The users of a batch run, read from a CSV file with a header or generated. A CSV needs a d_uuid
// or d_mid column; c_*, p_*, h_* and other d_* columns become signals (a comma in a cell makes a
// serialized value, an empty cell sends nothing), d_cid / d_cid_ic cells hold declared IDs as
// NAMESPACE:ID[:AUTH] (several separated by |), d_orgid the org ID and region / dcs_region a
// region ID or code; expect_segments, expect_not_segments and expect_destinations hold what the
// row's answer must show (BatchExpectations), never sent. Rows that cannot be sent are listed with
// their line and never reach the runner; the file as a whole is refused only when it has no usable
// header (or an expect_ column this version does not know).
struct BatchInput
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchInput)

public:
    QVector<BatchUser> users;
    QVector<BatchInputProblem> problems; // rows left out
    QStringList notes;                   // translated: ignored columns and the like
    QString error;                       // translated: the file cannot be used at all
    int rowCount = 0;                    // data rows read, good and bad
    // Which version of the file was read: a run re-reads it and names the version it used.
    QByteArray sha256;    // of the bytes read (empty for generated users)
    QDateTime modifiedAt; // the file's last change when read (fromCsvFile only)

    bool isValid() const { return error.isEmpty(); }

    // destinations (may be null): the workspace's, to read destination IDs and names in
    // expect_destinations.
    static BatchInput fromCsv(const QByteArray &bytes,
                              const QVector<Destination> *destinations = nullptr);
    static BatchInput fromCsvFile(const QString &path,
                                  const QVector<Destination> *destinations = nullptr);
    int expectationRows() const; // users with at least one expectation
    // Translated: "saved <date>, SHA-256 <first 12 hex digits>", empty for generated users.
    QString versionText() const;
    // count users with random but reproducible 38-digit IDs: the same seed gives the same users,
    // so the window and the CLI send the same calls.
    static BatchInput generate(int count, Profile::IdKind kind = Profile::IdKind::Uuid,
                               quint32 seed = 1);
    static constexpr int MaxUsers = 200000;
};

} // namespace dcsdesk
