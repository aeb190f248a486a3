#include "storage/SqliteHandle.h"
#include "storage/RatingImportWriter.h"

#include "storage/DecisionStore.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/PanelWriter.h"
#include "storage/RatingRowChecks.h"
#include "storage/RatingTallyTable.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteTransaction.h"
#include "trust/ImportDigest.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

class Statement {
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw StoreError(Tr::tr("database error: %1 (in: %2)")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                                      QString::fromUtf8(sql)));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // A NUL-terminated text that outlives the statement's next step. Bound with length -1,
    // SQLite knows it is terminated and need not copy it to add a NUL when an expression
    // reads it (9% of the import's instructions while SQLite evaluated the CHECKs).
    void text(int index, const char *value)
    {
        sqlite3_bind_text(m_stmt, index, value, -1, SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 column(int index) { return sqlite3_column_int64(m_stmt, index); }
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

[[noreturn]] void failStep(sqlite3 *db)
{
    throw StoreError(Tr::tr("database error while importing ratings: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// SQLite's CHECK constraints off for the statements prepared while this lives (PRAGMA
// ignore_check_constraints is read when a statement is compiled; setting it expires the
// connection's prepared statements, so nothing prepared before or after runs without its
// checks). The import's INSERTs are prepared inside, and every row is checked against the
// same rules in C++ first (RatingRowChecks.h): the evaluator id's GLOB alone made SQLite's
// checks a third of the import's time (docs/benchmarks.md). Foreign keys stay on. The
// destructor switches the checks back on, on every path, exceptions included; nothing else
// runs on the connection meanwhile (the source reads its file only).
class ChecksLeftToTheWriter {
public:
    explicit ChecksLeftToTheWriter(sqlite3 *db) : m_db(db)
    {
        if (sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr)
            != SQLITE_OK)
            failStep(db);
    }
    ~ChecksLeftToTheWriter()
    {
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }
    ChecksLeftToTheWriter(const ChecksLeftToTheWriter &) = delete;
    ChecksLeftToTheWriter &operator=(const ChecksLeftToTheWriter &) = delete;

private:
    sqlite3 *m_db;
};

// Rows go in batches of kBatch through one multi-row INSERT (SQLite opens the table's and
// the parents' cursors once per statement, not once per row: measured 1.6x faster than one
// statement per row on 1,000,000 ratings). A batch the constraints refuse is rolled back by
// SQLite as a whole (statement journal) and its rows are then inserted one by one, which
// names the refused rows (a duplicate, with the line it repeats) and keeps the good ones,
// so that later duplicates of them are found too.
constexpr int kBatch = 256;
constexpr int kColumns = 8;

std::string insertSql(int rows)
{
    std::string sql = "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, "
                      "rating, scale_min, scale_max) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    return sql;
}

class BatchInserter {
public:
    BatchInserter(sqlite3 *db, const char *roundId, qint64 base, RatingSource &source)
        : m_db(db), m_round(roundId), m_base(base), m_source(source),
          m_batch(db, insertSql(kBatch).c_str()), m_single(db, insertSql(1).c_str()),
          m_stored(db, "SELECT seq FROM user_ratings WHERE round_id = ?1 AND "
                       "evaluator = ?2 AND team_id = ?3 AND item_id = ?4")
    {
        m_stored.text(1, m_round);
        m_rows.reserve(kBatch);
    }

    void add(const RatingRow &row)
    {
        if (const char *check = brokenRatingCheck(row)) {   // what SQLite would have said
            m_source.refused(row, QStringLiteral("CHECK constraint failed: %1")
                                      .arg(QLatin1String(check)));
            return;
        }
        Pending p{row, std::string(row.evaluator)};
        m_rows.push_back(std::move(p));
        if (int(m_rows.size()) == kBatch)
            flush();
    }

    void flush()
    {
        if (m_rows.empty())
            return;
        if (int(m_rows.size()) == kBatch) {
            for (int i = 0; i < kBatch; ++i)
                bind(m_batch, i * kColumns, m_rows[size_t(i)]);
            const int rc = m_batch.step();
            m_batch.reset();
            if (rc == SQLITE_DONE) {
                m_inserted += kBatch;
                for (const Pending &p : m_rows)
                    tally(p.row);
                m_rows.clear();
                return;
            }
            if ((rc & 0xff) != SQLITE_CONSTRAINT)
                failStep(m_db);
        }
        for (Pending &p : m_rows)
            insertOne(p);   // a short last batch, or a refused one
        m_rows.clear();
    }

    qint64 inserted() const { return m_inserted; }

    // Count and sum of the inserted ratings per (team, item).
    std::vector<RatingTally> tallies() const
    {
        std::vector<RatingTally> result;
        for (const auto &[key, t] : m_tallies)
            result.push_back({QString::fromStdString(*key.first), QString::fromStdString(*key.second),
                              t.second, t.first});
        return result;
    }

private:
    void tally(const RatingRow &row)
    {
        auto &t = m_tallies[{row.team, row.item}];
        ++t.first;
        t.second += row.rating;
    }

    struct Pending {
        RatingRow row;
        std::string evaluator;   // the row's view points into the reader's record buffer
    };

    void bind(Statement &statement, int offset, const Pending &p)
    {
        statement.text(offset + 1, m_round);
        statement.integer(offset + 2, m_base + p.row.line);
        statement.text(offset + 3, p.evaluator.c_str());
        statement.text(offset + 4, p.row.team->c_str());
        statement.text(offset + 5, p.row.item->c_str());
        statement.integer(offset + 6, p.row.rating);
        statement.integer(offset + 7, p.row.scaleMin);
        statement.integer(offset + 8, p.row.scaleMax);
    }

    void insertOne(Pending &p)
    {
        bind(m_single, 0, p);
        const int rc = m_single.step();
        if (rc == SQLITE_DONE) {
            m_single.reset();
            ++m_inserted;
            tally(p.row);
            return;
        }
        const int extended = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_single.reset();
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            failStep(m_db);
        p.row.evaluator = p.evaluator;
        // A duplicate: the table's key is (round, evaluator, team, item) since schema 6.
        if (extended != SQLITE_CONSTRAINT_PRIMARYKEY && extended != SQLITE_CONSTRAINT_UNIQUE) {
            m_source.refused(p.row, message);
            return;
        }
        m_stored.text(2, p.evaluator.c_str());
        m_stored.text(3, p.row.team->c_str());
        m_stored.text(4, p.row.item->c_str());
        qint64 firstLine = 0;
        if (m_stored.step() == SQLITE_ROW && m_stored.column(0) >= m_base)
            firstLine = m_stored.column(0) - m_base;
        m_stored.reset();
        m_source.duplicate(p.row, firstLine);
    }

    sqlite3 *m_db;
    const char *m_round;
    qint64 m_base;
    RatingSource &m_source;
    Statement m_batch;
    Statement m_single;
    Statement m_stored;
    std::vector<Pending> m_rows;
    qint64 m_inserted = 0;
    // (team, item) -> (count, sum); the pointers are the round's ids, stable during the import
    std::map<std::pair<const std::string *, const std::string *>, std::pair<qint64, qint64>> m_tallies;
};

// From the round's tallies (schema step 10) rather than a count over millions of ratings.
qint64 countRatings(const QSqlDatabase &db, const QString &roundId)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT coalesce(sum(ratings), 0) FROM rating_tallies "
                                            "WHERE round_id = ?"),
                         {roundId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

RatingWriteOutcome writeRatings(QSqlDatabase &db, RatingSource &source, bool replace,
                                const Actor &actor)
{
    RatingWriteOutcome outcome;
    WriteTransaction transaction(db);
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        throw InputError(Tr::tr("there is no round to import ratings into yet"));
    requireRoundOpen(db);   // a locked round's ratings no longer change (docs/decision.md)
    const QByteArray roundId = round->toUtf8();
    outcome.before = countRatings(db, *round);
    if (replace && outcome.before > 0) {
        const bool otherRounds = existsSql(
            db, QStringLiteral("SELECT 1 FROM user_ratings WHERE round_id <> ? LIMIT 1"), {*round});
        if (otherRounds)
            runSql(db, QStringLiteral("DELETE FROM user_ratings WHERE round_id = ?"), {*round});
        else
            truncateByRecreate(db, QStringLiteral("user_ratings"));
        clearRatingTallies(db, *round);
        outcome.removed = outcome.before;
    }
    const qint64 base = scalar(db, QStringLiteral("SELECT coalesce(max(seq), -1) + 1 FROM "
                                                  "user_ratings WHERE round_id = '%1'")
                                       .arg(*round))   // an id: letters, digits, - _ .
                            .toLongLong();
    // The digest of the round's ratings after the import (trust/ImportDigest.h): the stored
    // ones counted by SQL only when some remain (an add to a round that holds ratings), the
    // imported ones as they are inserted (no second pass over a million rows).
    std::vector<RatingTally> tallies;
    if (outcome.before - outcome.removed > 0)
        tallies = readRatingTallies(db, *round);
    std::vector<RatingTally> added;
    {
        sqlite3 *raw = sqliteHandle(db);
        const ChecksLeftToTheWriter checks(raw);   // before the statements are prepared
        BatchInserter inserter(raw, roundId.constData(), base, source);
        RatingRow row;
        while (source.next(row))
            inserter.add(row);
        inserter.flush();
        outcome.imported = inserter.inserted();
        added = inserter.tallies();
        tallies.insert(tallies.end(), added.begin(), added.end());
    }
    if (source.cancelled() || source.hasProblems())
        return outcome;   // rolled back by the transaction
    // The round's tallies (schema step 10) in the same transaction, from the rows counted
    // while they were inserted: one upsert per (team, item), no pass over the table.
    addToRatingTallies(db, *round, added);

    QJsonObject after = source.auditInfo();
    after.insert(QStringLiteral("ratings"), outcome.before - outcome.removed + outcome.imported);
    after.insert(QStringLiteral("imported"), outcome.imported);
    after.insert(QStringLiteral("mode"), replace ? QStringLiteral("replace") : QStringLiteral("add"));
    // The digest of the round's ratings as stored now, signed with this entry; `verify`
    // recomputes it while this is the round's last ratings import.
    after.insert(QStringLiteral("tallies_sha256"), ratingTalliesDigest(std::move(tallies)));
    appendAudit(db, actor, QStringLiteral("import-ratings"),
                QStringLiteral("user_ratings/") + *round,
                auditJson(QJsonObject{{QStringLiteral("ratings"), outcome.before}}),
                auditJson(after));
    transaction.commit();
    outcome.committed = true;
    return outcome;
}

} // namespace pd
