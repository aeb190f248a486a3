#pragma once
// The round's user ratings read as a stream of rows (domain/RatingRows.h) in the order a
// panel file lists them, the order readPanel gives (ORDER BY seq, evaluator, team_id,
// item_id), without building a UserRating per row: for the canonical inputs of a decision
// (decision/Fingerprint.h). The caller holds the transaction that gives one state (a read
// transaction, or the decide step's write transaction).
//
// How: the rows are read in the table's key order (evaluator, team_id, item_id: no sort in
// SQLite, whose sorter spills a million rows to temporary files), kept compactly (each
// evaluator's id once, about 24 bytes a row) and stably sorted by seq in memory. Rows whose
// seq or rating is not an integer are read exactly as readPanel reads them instead.

#include "domain/RatingRows.h"

#include <QSqlDatabase>
#include <QString>

namespace pd {

class StoredRatingRows final : public RatingRows {
public:
    StoredRatingRows(const QSqlDatabase &db, const QString &roundId);
    void forEach(const RatingRowVisitor &visit) const override;
    qint64 count() const override;

private:
    void forEachAsReadPanel(const RatingRowVisitor &visit) const;

    QSqlDatabase m_db;
    QString m_roundId;
};

} // namespace pd
