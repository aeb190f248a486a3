#include "storage/RatingImportWriter.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/PanelWriter.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteTransaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The sqlite3 handle behind a QSQLITE connection (Qt links the system SQLite on Debian).
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData()))
            return raw;
    throw StoreError(Tr::tr("database error: no SQLite handle for %1").arg(db.databaseName()));
}

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

    void text(int index, std::string_view value, bool copy = false)
    {
        sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()),
                          copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
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

qint64 countRatings(const QSqlDatabase &db, const QString &roundId)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT count(*) FROM user_ratings WHERE round_id = ?"),
                         {roundId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

RatingWriteOutcome writeRatings(QSqlDatabase &db, RatingSource &source, bool replace,
                                const QString &actor)
{
    RatingWriteOutcome outcome;
    WriteTransaction transaction(db);
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        throw InputError(Tr::tr("there is no round to import ratings into yet"));
    const QByteArray roundId = round->toUtf8();
    outcome.before = countRatings(db, *round);
    if (replace && outcome.before > 0) {
        const bool otherRounds = existsSql(
            db, QStringLiteral("SELECT 1 FROM user_ratings WHERE round_id <> ? LIMIT 1"), {*round});
        if (otherRounds)
            runSql(db, QStringLiteral("DELETE FROM user_ratings WHERE round_id = ?"), {*round});
        else
            truncateByRecreate(db, QStringLiteral("user_ratings"));
        outcome.removed = outcome.before;
    }
    const qint64 base = scalar(db, QStringLiteral("SELECT coalesce(max(seq), -1) + 1 FROM "
                                                  "user_ratings WHERE round_id = '%1'")
                                       .arg(*round))   // an id: letters, digits, - _ .
                            .toLongLong();
    {
        sqlite3 *raw = handleOf(db);
        Statement insert(raw, "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, "
                              "item_id, rating, scale_min, scale_max) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        Statement stored(raw, "SELECT seq FROM user_ratings WHERE round_id = ?1 AND "
                              "evaluator = ?2 AND team_id = ?3 AND item_id = ?4");
        insert.text(1, std::string_view(roundId.constData(), size_t(roundId.size())));
        stored.text(1, std::string_view(roundId.constData(), size_t(roundId.size())));
        RatingRow row;
        while (source.next(row)) {
            insert.integer(2, base + row.line);
            insert.text(3, row.evaluator);
            insert.text(4, *row.team);
            insert.text(5, *row.item);
            insert.integer(6, row.rating);
            insert.integer(7, row.scaleMin);
            insert.integer(8, row.scaleMax);
            const int rc = insert.step();
            if (rc == SQLITE_DONE) {
                insert.reset();
                ++outcome.imported;
                continue;
            }
            const int extended = sqlite3_extended_errcode(raw);
            const QString message = QString::fromUtf8(sqlite3_errmsg(raw));
            insert.reset();
            if ((rc & 0xff) != SQLITE_CONSTRAINT)
                failStep(raw);
            if (extended != SQLITE_CONSTRAINT_UNIQUE) {
                source.refused(row, message);
                continue;
            }
            stored.text(2, row.evaluator);
            stored.text(3, *row.team);
            stored.text(4, *row.item);
            qint64 firstLine = 0;
            if (stored.step() == SQLITE_ROW && stored.column(0) >= base)
                firstLine = stored.column(0) - base;
            stored.reset();
            source.duplicate(row, firstLine);
        }
    }
    if (source.cancelled() || source.hasProblems())
        return outcome;   // rolled back by the transaction

    QJsonObject after = source.auditInfo();
    after.insert(QStringLiteral("ratings"), outcome.before - outcome.removed + outcome.imported);
    after.insert(QStringLiteral("imported"), outcome.imported);
    after.insert(QStringLiteral("mode"), replace ? QStringLiteral("replace") : QStringLiteral("add"));
    appendAudit(db, actor, QStringLiteral("import-ratings"),
                QStringLiteral("user_ratings/") + *round,
                auditJson(QJsonObject{{QStringLiteral("ratings"), outcome.before}}),
                auditJson(after));
    transaction.commit();
    outcome.committed = true;
    return outcome;
}

} // namespace pd
