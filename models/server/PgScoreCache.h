#pragma once
// The scores a PgStore's member may see, kept between reads (docs/benchmarks.md, bench_server;
// docs/server.md, "PgStore, the store of a panel on a server", Reads): the same rows as readVisibleScores
// (PgVisibleScores.h) gives, in the same order, but after the first read only the sheets whose
// row version (sheets.version, which the server moves on every change of a sheet or of one of
// its scores) moved are read again.
//
// Each read, inside the caller's REPEATABLE READ transaction (one snapshot):
//   1. the sheets of the round the member may see, with their version and state, read from
//      `sheets` under row-level security. The scores' read policies are the sheets' (the same
//      rule, ServerPolicies.cpp) and every score has its sheet (a foreign key), so the scores
//      the member may see are exactly the scores of these sheets;
//   2. a sheet kept from the last read with the same version is taken as it was; a sheet no
//      longer listed (reopened by the chair, hidden by a conflict declared since, deleted) is
//      dropped; the scores of the others (new, changed, newly visible) are read by COPY under
//      row-level security — all of the round's when most sheets are new;
//   3. the scores put together in seq order, each marked submitted by its sheet's state.
// Nothing but what this member's own connection was shown is kept: an expert never gets
// another member's drafts through it. One cache per store (its connection, its member).

#include "domain/Panel.h"
#include "server/PgScoreRows.h"

#include <QSqlDatabase>
#include <QString>

#include <unordered_map>
#include <vector>

namespace pd::server {

class VisibleScoreCache {
public:
    // The scores of `round` that the connection's member may see, in expert_scores.seq order.
    std::vector<ExpertScore> read(const QSqlDatabase &db, const QString &round);

    // What the last read() asked the server for (tests): the sheets whose scores it read
    // again, and whether it read all of the round's scores.
    std::size_t sheetsReadLastTime() const { return m_sheetsRead; }
    bool readEverythingLastTime() const { return m_readAll; }

private:
    struct Score {
        qint64 seq;
        quint32 item;
        double score;
        QString comment;
    };
    struct Sheet {
        qint64 version = 0;
        bool submitted = false;
        quint64 listedBy = 0;   // the number of the last read that listed it
        std::vector<Score> scores;
    };

    std::vector<ExpertScore> update(const QSqlDatabase &db, const QString &round);
    // Reads the scores of the sheets in `changed` (all the round's when `all`) into m_sheets.
    void readScores(const QSqlDatabase &db, const QString &round, const std::vector<quint64> &changed, bool all);

    QString m_round;
    copyrows::Ids m_ids;
    std::unordered_map<quint64, Sheet> m_sheets;   // copyrows::sheetKey(reviewer, team)
    std::vector<ExpertScore> m_last;               // what the last read() returned
    quint64 m_readNumber = 0;
    bool m_valid = false;
    std::size_t m_sheetsRead = 0;
    bool m_readAll = false;
};

} // namespace pd::server
