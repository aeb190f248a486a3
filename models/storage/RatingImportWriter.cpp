#include "storage/RatingImportWriter.h"

#include "storage/SqliteHandle.h"
#include "storage/SqliteStatement.h"

#include "storage/DecisionStore.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/PanelWriter.h"
#include "storage/RatingRowChecks.h"
#include "storage/RatingRuns.h"
#include "storage/RatingTallyTable.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteDiskFull.h"
#include "storage/SqliteTransaction.h"
#include "trust/ImportDigest.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};


[[noreturn]] void failStep(sqlite3 *db)
{
    throwIfOutOfSpace(db, sqlite3_extended_errcode(db));
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
//
// The rows are inserted in the order of the table's key (round, evaluator, team, item), rows
// of one key in file order: a file in random order otherwise sends every row to a random
// leaf of the B-tree, and even sorted in chunks of 65,536 its rows land all over the tree
// (1,000,000 shuffled ratings took 2.5, then 2 times as long as the same rows in evaluator
// order; docs/benchmarks.md). With memory bounded, this is an external merge sort: the rows
// are gathered in chunks of kChunk rows (about 6 MB), each chunk sorted and written to a
// private temporary file as one run, and the runs are merged while inserting, inside a
// savepoint. A file of one chunk is sorted and inserted from memory. What the writer
// reports (duplicates, refusals) must name the same rows and lines as inserting row by
// row in file order: when any row is refused during the merge, the savepoint is rolled back
// and the runs are inserted again chunk by chunk (each chunk in key order, its problems
// reported in file order) — the slow path, for a file that is refused anyway.
constexpr int kBatch = 256;
constexpr int kColumns = 8;
constexpr size_t kChunk = 65536;

std::string insertSql(int rows)
{
    std::string sql = "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, "
                      "rating, scale_min, scale_max) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    return sql;
}

class BatchInserter {
    using Pending = PendingRating;

public:
    BatchInserter(sqlite3 *db, const char *roundId, qint64 base, RatingSource &source)
        : m_db(db), m_round(roundId), m_base(base), m_source(source),
          m_batch(db, insertSql(kBatch).c_str()), m_single(db, insertSql(1).c_str()),
          m_stored(db, "SELECT seq FROM user_ratings WHERE round_id = ?1 AND "
                       "evaluator = ?2 AND team_id = ?3 AND item_id = ?4")
    {
        m_stored.bindText(1, m_round);
        m_rows.reserve(kChunk);
    }

    void add(const RatingRow &row)
    {
        if (const char *check = brokenRatingCheck(row)) {   // what SQLite would have said
            m_source.refused(row, QStringLiteral("CHECK constraint failed: %1")
                                      .arg(QLatin1String(check)));
            return;
        }
        if (m_streaming) {
            const std::string &previous = m_rows.empty() ? m_lastEvaluator : m_rows.back().evaluator;
            if (row.evaluator < std::string_view(previous))
                m_streaming = false;
        }
        m_rows.push_back(Pending{row, std::string(row.evaluator)});
        if (m_streaming && m_rows.size() == size_t(kBatch)) {
            m_lastEvaluator = m_rows.back().evaluator;
            insertChunk();
        } else if (m_rows.size() == kChunk) {
            spill();
        }
    }

    // After the last add(): inserts what was gathered.
    void finish()
    {
        if (m_spill.runs().empty()) {
            insertChunk();
            return;
        }
        spill();
        exec("SAVEPOINT rating_import");
        if (!mergeRuns()) {
            exec("ROLLBACK TO rating_import");
            m_inserted = 0;
            m_tallies.clear();
            for (size_t run = 0; run < m_spill.runs().size(); ++run) {
                readRun(run);   // back in file order: a run is one chunk's lines
                std::sort(m_rows.begin(), m_rows.end(), [](const Pending &a, const Pending &b) {
                    return a.row.line < b.row.line;
                });
                insertChunk();
            }
        }
        exec("RELEASE rating_import");
    }

    qint64 inserted() const { return m_inserted; }

private:
    // Inserts the gathered rows in key order, then reports their problems in file order.
    void insertChunk()
    {
        if (m_rows.empty())
            return;
        orderByKey();
        for (size_t at = 0; at < m_order.size(); at += kBatch)
            insertBatch(at, std::min(m_order.size() - at, size_t(kBatch)));
        std::sort(m_problems.begin(), m_problems.end(),
                  [this](const Problem &a, const Problem &b) {
                      return m_rows[a.pending].row.line < m_rows[b.pending].row.line;
                  });
        for (const Problem &problem : m_problems) {
            Pending &p = m_rows[problem.pending];
            p.row.evaluator = p.evaluator;
            if (problem.duplicate)
                m_source.duplicate(p.row, problem.firstLine);
            else
                m_source.refused(p.row, problem.message);
        }
        m_problems.clear();
        m_rows.clear();
    }

    bool inEvaluatorOrder() const
    {
        for (size_t i = 1; i < m_rows.size(); ++i)
            if (m_rows[i].evaluator < m_rows[i - 1].evaluator)
                return false;
        return true;
    }

    // The gathered chunk, sorted, to the temporary file as one run.
    void spill()
    {
        if (m_rows.empty())
            return;
        orderByKey();
        m_spill.append(m_rows, m_order);
        m_rows.clear();
    }

    // One run read back whole into m_rows (in its key order).
    void readRun(size_t run)
    {
        m_rows.clear();
        RatingRunFile::Reader reader = m_spill.reader(run);
        Pending p;
        while (reader.next(p))
            m_rows.push_back(p);
    }

    // Merges the runs in key order into batches; false at the first row the database refuses.
    bool mergeRuns()
    {
        const size_t runs = m_spill.runs().size();
        std::vector<RatingRunFile::Reader> readers;
        std::vector<Pending> heads(runs);
        std::vector<size_t> heap;   // indexes of readers, smallest head on top
        const auto greater = [&heads](size_t a, size_t b) { return keyLess(heads[b], heads[a]); };
        readers.reserve(runs);
        for (size_t r = 0; r < runs; ++r) {
            readers.push_back(m_spill.reader(r));
            if (readers[r].next(heads[r]))
                heap.push_back(r);
        }
        std::make_heap(heap.begin(), heap.end(), greater);
        m_rows.clear();
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), greater);
            const size_t r = heap.back();
            m_rows.push_back(std::move(heads[r]));
            if (readers[r].next(heads[r]))
                std::push_heap(heap.begin(), heap.end(), greater);
            else
                heap.pop_back();
            if (m_rows.size() == size_t(kBatch) || heap.empty()) {
                m_order.resize(m_rows.size());
                for (size_t i = 0; i < m_order.size(); ++i)
                    m_order[i] = i;
                insertBatch(0, m_rows.size());
                if (!m_problems.empty()) {
                    m_problems.clear();
                    m_rows.clear();
                    return false;
                }
                m_rows.clear();
            }
        }
        return true;
    }

    static bool keyLess(const Pending &a, const Pending &b)
    {
        if (const int c = a.evaluator.compare(b.evaluator); c != 0)
            return c < 0;
        if (a.row.team != b.row.team)
            return *a.row.team < *b.row.team;
        if (a.row.item != b.row.item)
            return *a.row.item < *b.row.item;
        return a.row.line < b.row.line;
    }

    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            failStep(m_db);
    }

    // m_order: the chunk's rows in key order (rows of one key in file order). A chunk already
    // in evaluator order (as survey platforms export) stays in file order: its rows are
    // near each other in the table anyway. Otherwise the rows are sorted on a key made of
    // integers: the evaluator's first 8 bytes (ids hold no NUL, so zero padding keeps the
    // order), the ranks of the team and item ids, and the row's place in the file; only
    // evaluators sharing their first 8 bytes are compared as strings.
    void orderByKey()
    {
        const size_t n = m_rows.size();
        m_order.resize(n);
        for (size_t i = 0; i < n; ++i)
            m_order[i] = i;
        if (inEvaluatorOrder())
            return;
        std::unordered_map<const std::string *, quint32> teams, items;
        for (const Pending &p : m_rows) {
            teams.emplace(p.row.team, 0);
            items.emplace(p.row.item, 0);
        }
        rankByText(teams);
        rankByText(items);
        m_keys.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const std::string &e = m_rows[i].evaluator;
            quint64 prefix = 0;
            for (size_t b = 0; b < 8; ++b)
                prefix = (prefix << 8) | (b < e.size() ? quint8(e[b]) : 0u);
            m_keys[i] = SortKey{prefix, (quint64(teams[m_rows[i].row.team]) << 32)
                                            | items[m_rows[i].row.item], i};
        }
        std::sort(m_keys.begin(), m_keys.end(), [this](const SortKey &a, const SortKey &b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            if (const int c = m_rows[a.index].evaluator.compare(m_rows[b.index].evaluator); c != 0)
                return c < 0;
            if (a.teamItem != b.teamItem)
                return a.teamItem < b.teamItem;
            return a.index < b.index;   // a repeated key: the first line goes first
        });
        for (size_t i = 0; i < n; ++i)
            m_order[i] = m_keys[i].index;
    }

    static void rankByText(std::unordered_map<const std::string *, quint32> &ids)
    {
        std::vector<const std::string *> sorted;
        for (const auto &entry : ids)
            sorted.push_back(entry.first);
        std::sort(sorted.begin(), sorted.end(),
                  [](const std::string *a, const std::string *b) { return *a < *b; });
        for (size_t i = 0; i < sorted.size(); ++i)
            ids[sorted[i]] = quint32(i);
    }

    struct SortKey {
        quint64 prefix;
        quint64 teamItem;
        size_t index;
    };

public:

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


    void bind(SqliteStatement &statement, int offset, const Pending &p)
    {
        statement.bindText(offset + 1, m_round);
        statement.bindInteger(offset + 2, m_base + p.row.line);
        statement.bindText(offset + 3, p.evaluator.c_str());
        statement.bindText(offset + 4, p.row.team->c_str());
        statement.bindText(offset + 5, p.row.item->c_str());
        statement.bindInteger(offset + 6, p.row.rating);
        statement.bindInteger(offset + 7, p.row.scaleMin);
        statement.bindInteger(offset + 8, p.row.scaleMax);
    }

    // Rows m_order[at .. at + count) in one statement when a whole batch, else (a short last
    // batch, or one the constraints refused) one by one.
    void insertBatch(size_t at, size_t count)
    {
        if (count == size_t(kBatch)) {
            for (int i = 0; i < kBatch; ++i)
                bind(m_batch, i * kColumns, m_rows[m_order[at + size_t(i)]]);
            const int rc = m_batch.stepCode();
            m_batch.reset();
            if (rc == SQLITE_DONE) {
                m_inserted += kBatch;
                for (size_t i = at; i < at + count; ++i)
                    tally(m_rows[m_order[i]].row);
                return;
            }
            if ((rc & 0xff) != SQLITE_CONSTRAINT)
                failStep(m_db);
        }
        for (size_t i = at; i < at + count; ++i)
            insertOne(m_order[i]);
    }

    void insertOne(size_t index)
    {
        const Pending &p = m_rows[index];
        bind(m_single, 0, p);
        const int rc = m_single.stepCode();
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
        // A duplicate: the table's key is (round, evaluator, team, item) since schema 6.
        if (extended != SQLITE_CONSTRAINT_PRIMARYKEY && extended != SQLITE_CONSTRAINT_UNIQUE) {
            m_problems.push_back({index, false, 0, message});
            return;
        }
        m_stored.bindText(2, p.evaluator.c_str());
        m_stored.bindText(3, p.row.team->c_str());
        m_stored.bindText(4, p.row.item->c_str());
        qint64 firstLine = 0;
        if (m_stored.stepCode() == SQLITE_ROW && m_stored.columnInteger(0) >= m_base)
            firstLine = m_stored.columnInteger(0) - m_base;
        m_stored.reset();
        m_problems.push_back({index, true, firstLine, {}});
    }

    // A row the database refused, reported when its chunk is done: a duplicate of
    // `firstLine` (0: of a stored rating), or refused with SQLite's `message`.
    struct Problem {
        size_t pending;
        bool duplicate;
        qint64 firstLine;
        QString message;
    };

    sqlite3 *m_db;
    const char *m_round;
    qint64 m_base;
    RatingSource &m_source;
    SqliteStatement m_batch;
    SqliteStatement m_single;
    SqliteStatement m_stored;
    std::vector<Pending> m_rows;       // the chunk, in file order
    RatingRunFile m_spill;             // the sorted runs, when the file is over one chunk
    // While the file is in evaluator order (as survey platforms export it), its rows are
    // inserted in batches as they come, in file order: they already go to neighbouring places
    // of the table, and runs would only cost time (about 15% on 1,000,000 rows). From the
    // first row out of that order on, the rest of the file goes through chunks and runs.
    bool m_streaming = true;
    std::string m_lastEvaluator;       // of the last batch inserted while streaming
    std::vector<size_t> m_order;       // m_rows in key order
    std::vector<SortKey> m_keys;
    std::vector<Problem> m_problems;   // of the chunk being inserted
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
    // Nor do they once the round holds a decision (reopened by an upheld appeal): every
    // version's inputs are these ratings (schema step 12, decision/VersionInputs.h).
    qint64 versions = 0;
    {
        QSqlQuery held = runSql(db, QStringLiteral("SELECT count(*) FROM decisions WHERE round_id = ?"), {*round});
        versions = held.next() ? held.value(0).toLongLong() : 0;
    }   // no statement left open: a replace may drop the table below
    if (versions > 0)
        throw InputError(Tr::tr("round %1 holds %n decision version(s): its user ratings are part of "
                                "their inputs and can no longer change", nullptr, int(versions))
                             .arg(*round));
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
        inserter.finish();
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
