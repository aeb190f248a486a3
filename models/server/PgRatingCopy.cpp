// PgStore::importRatings (PgStore.h, docs/server.md "Imports on a server"): user ratings
// through COPY, on the store's own connection (libpq's PGconn behind QPSQL,
// QSqlDriver::handle()), inside one transaction with the same outcome and refusals as the
// SQLite store (storage/RatingImportWriter.h):
//   1. the round open and holding no decision version (the chair is told before the file is
//      read; the server's statement triggers refuse anyone else's write, ServerImportRules.h)
//   2. with `replace`, the round's ratings and tallies deleted
//   3. every row checked here against the table's CHECK rules (storage/RatingRowChecks.h),
//      a refused row reported by its line as the SQLite store reports it, and the others
//      streamed with COPY ... FROM STDIN into a TEMP table (PostgreSQL 15 refuses COPY FROM
//      into a table under row-level security, and every panel table is)
//   4. duplicates found by SQL in the TEMP table: a key (evaluator, team, item) already stored
//      in the round (first line 0), or repeated in the file (the first line it repeats),
//      reported in file order
//   5. only when the source has no problem and was not cancelled: one INSERT ... SELECT into
//      user_ratings (checked by the policies: the chair's and the secretariat's), the tallies
//      upserted from the same rows, one "import-ratings" audit entry with the tallies' digest;
//      COMMIT. Otherwise ROLLBACK: nothing changed.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgCopy.h"
#include "server/PgStoreSql.h"
#include "server/ServerErrors.h"
#include "storage/AuditLog.h"
#include "storage/DecisionStore.h"
#include "storage/RatingRowChecks.h"
#include "trust/ImportDigest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

#include <map>
#include <string>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

qint64 countRatings(const QSqlDatabase &db, const QString &round)
{
    return pgValue(db, QStringLiteral("SELECT coalesce(sum(ratings), 0) FROM rating_tallies WHERE round_id = ?"),
                   {round}).toLongLong();
}

std::vector<RatingTally> roundTallies(const QSqlDatabase &db, const QString &round)
{
    std::vector<RatingTally> tallies;
    QSqlQuery q = pgRun(db, QStringLiteral("SELECT team_id, item_id, rating_sum, ratings FROM rating_tallies "
                                           "WHERE round_id = ?"), {round});
    while (q.next())
        tallies.push_back(RatingTally{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toLongLong(), q.value(3).toLongLong()});
    return tallies;
}

} // namespace

RatingWriteOutcome PgStore::importRatings(RatingSource &source, bool replace, const Actor &actor)
{
    requireActor(actor);
    RatingWriteOutcome outcome;
    // One transaction, not retried: the source is a stream read once.
    pgRun(m_db, QStringLiteral("BEGIN"));
    try {
        const QVariant roundValue = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
        if (roundValue.isNull())
            throw InputError(Tr::tr("there is no round to import ratings into yet"));
        const QString round = roundValue.toString();
        requireRoundOpen(m_db);
        if (m_role == Role::Chair) {   // only the chair reads decisions; the server refuses the others
            const qint64 versions = pgValue(m_db, QStringLiteral("SELECT count(*) FROM decisions WHERE round_id = ?"),
                                            {round}).toLongLong();
            if (versions > 0)
                throw InputError(Tr::tr("round %1 holds %n decision version(s): its user ratings are part of "
                                        "their inputs and can no longer change", nullptr, int(versions))
                                     .arg(round));
        }
        outcome.before = countRatings(m_db, round);
        if (replace && outcome.before > 0) {
            pgRun(m_db, QStringLiteral("DELETE FROM user_ratings WHERE round_id = ?"), {round});
            pgRun(m_db, QStringLiteral("DELETE FROM rating_tallies WHERE round_id = ?"), {round});
            outcome.removed = outcome.before;
        }
        const qint64 base = pgValue(m_db, QStringLiteral("SELECT coalesce(max(seq), -1) + 1 FROM user_ratings "
                                                         "WHERE round_id = ?"), {round}).toLongLong();
        pgRun(m_db, QStringLiteral("CREATE TEMP TABLE pd_rating_import (line BIGINT NOT NULL, col INT NOT NULL, "
                                   "evaluator TEXT NOT NULL, team_id TEXT NOT NULL, item_id TEXT NOT NULL, "
                                   "rating BIGINT NOT NULL, scale_min BIGINT NOT NULL, scale_max BIGINT NOT NULL) "
                                   "ON COMMIT DROP"));

        // The round's ids as the source gives them, to name a duplicate's team and item.
        std::map<std::string, const std::string *> ids;
        qint64 staged = 0;
        {
            CopyIn copy(libpqOf(m_db),
                        "COPY pg_temp.pd_rating_import (line, col, evaluator, team_id, item_id, rating, "
                        "scale_min, scale_max) FROM STDIN", Tr::tr("importing ratings"));
            QByteArray &out = copy.buffer();
            RatingRow row;
            while (source.next(row)) {
                if (const char *check = brokenRatingCheck(row)) {   // what the table would say
                    source.refused(row, QStringLiteral("CHECK constraint failed: %1").arg(QLatin1String(check)));
                    continue;
                }
                ids.emplace(*row.team, row.team);
                ids.emplace(*row.item, row.item);
                out += QByteArray::number(row.line);
                out += '\t';
                out += QByteArray::number(row.column);
                out += '\t';
                appendCopyField(out, row.evaluator.data(), row.evaluator.size());
                out += '\t';
                appendCopyField(out, row.team->data(), row.team->size());
                out += '\t';
                appendCopyField(out, row.item->data(), row.item->size());
                out += '\t';
                out += QByteArray::number(row.rating);
                out += '\t';
                out += QByteArray::number(row.scaleMin);
                out += '\t';
                out += QByteArray::number(row.scaleMax);
                out += '\n';
                ++staged;
                copy.flushIfFull();
            }
            copy.finish();
        }

        // Duplicates, in file order: of a stored rating (first line 0) or of an earlier line.
        // The stored ratings are looked up only when the round still holds some (not after a
        // replace, nor on a first import): a third of this step's time on 100,000 rows.
        const bool anyStored = outcome.before - outcome.removed > 0;
        qint64 duplicates = 0;
        {
            QSqlQuery dup = pgRun(m_db, QStringLiteral(
                "SELECT s.line, s.col, s.evaluator, s.team_id, s.item_id, s.rating, s.scale_min, s.scale_max, "
                "CASE WHEN s.stored THEN 0 ELSE s.first_line END FROM ("
                "  SELECT i.*, min(i.line) OVER (PARTITION BY i.evaluator, i.team_id, i.item_id) AS first_line, "
                "         %1 AS stored "
                "  FROM pg_temp.pd_rating_import i) s "
                "WHERE s.stored OR s.line > s.first_line ORDER BY s.line")
                .arg(anyStored ? QStringLiteral(
                         "EXISTS (SELECT 1 FROM user_ratings u WHERE u.round_id = ? AND u.evaluator = i.evaluator "
                         "AND u.team_id = i.team_id AND u.item_id = i.item_id)")
                               : QStringLiteral("false")),
                anyStored ? QVariantList{round} : QVariantList{});
            while (dup.next()) {
                ++duplicates;
                const std::string evaluator = dup.value(2).toString().toStdString();
                const auto team = ids.find(dup.value(3).toString().toStdString());
                const auto item = ids.find(dup.value(4).toString().toStdString());
                RatingRow row;
                row.line = dup.value(0).toLongLong();
                row.column = dup.value(1).toInt();
                row.evaluator = evaluator;
                row.team = team == ids.end() ? nullptr : team->second;
                row.item = item == ids.end() ? nullptr : item->second;
                row.rating = dup.value(5).toInt();
                row.scaleMin = dup.value(6).toInt();
                row.scaleMax = dup.value(7).toInt();
                if (row.team && row.item)
                    source.duplicate(row, dup.value(8).toLongLong());
            }
        }
        outcome.imported = staged - duplicates;
        if (source.cancelled() || source.hasProblems()) {
            pgRun(m_db, QStringLiteral("ROLLBACK"));
            return outcome;
        }

        pgRun(m_db, QStringLiteral(
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, scale_min, scale_max) "
            "SELECT ?, ? + line, evaluator, team_id, item_id, rating, scale_min, scale_max "
            "FROM pg_temp.pd_rating_import ORDER BY evaluator, team_id, item_id"), {round, base});
        pgRun(m_db, QStringLiteral(
            "INSERT INTO rating_tallies (round_id, team_id, item_id, ratings, rating_sum) "
            "SELECT ?, team_id, item_id, count(*), sum(rating) FROM pg_temp.pd_rating_import "
            "GROUP BY team_id, item_id "
            "ON CONFLICT (round_id, team_id, item_id) DO UPDATE SET "
            "ratings = rating_tallies.ratings + excluded.ratings, "
            "rating_sum = rating_tallies.rating_sum + excluded.rating_sum"), {round});

        QJsonObject after = source.auditInfo();
        after.insert(QStringLiteral("ratings"), outcome.before - outcome.removed + outcome.imported);
        after.insert(QStringLiteral("imported"), outcome.imported);
        after.insert(QStringLiteral("mode"), replace ? QStringLiteral("replace") : QStringLiteral("add"));
        after.insert(QStringLiteral("tallies_sha256"), ratingTalliesDigest(roundTallies(m_db, round)));
        appendServerAudit(QStringLiteral("import-ratings"), QStringLiteral("user_ratings/") + round,
                          auditJson(QJsonObject{{QStringLiteral("ratings"), outcome.before}}),
                          auditJson(after));
        signOwnEntries(actor.signer ? actor.signer : m_signer.get());
        pgRun(m_db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    outcome.committed = true;
    return outcome;
}

} // namespace pd::server
