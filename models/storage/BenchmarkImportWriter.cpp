#include "storage/BenchmarkImportWriter.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/RowInserter.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString requireRound(const QSqlDatabase &db)
{
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        throw InputError(Tr::tr("there is no round to import benchmark results into yet"));
    return *round;
}

std::optional<BenchmarkResult> storedResult(const QSqlDatabase &db, const QString &round,
                                            const QString &team, const QString &benchmark)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT score, target FROM benchmark_results "
                                            "WHERE round_id = ? AND team_id = ? AND benchmark_id = ?"),
                         {round, team, benchmark});
    if (!q.next())
        return std::nullopt;
    BenchmarkResult r{team, benchmark, q.value(0).toDouble(), std::nullopt};
    if (!q.value(1).isNull())
        r.target = q.value(1).toDouble();
    return r;
}

} // namespace

QString benchmarkMappingAuditJson(const BenchmarkMapping &mapping)
{
    QJsonArray array;
    for (const BenchmarkMappingEntry &e : mapping)
        array.append(QJsonObject{{QStringLiteral("task"), e.task},
                                 {QStringLiteral("metric"), e.metric},
                                 {QStringLiteral("benchmark"), e.benchmark},
                                 {QStringLiteral("scale"), e.scale}});
    return auditJson(QJsonObject{{QStringLiteral("mapping"), array}});
}

QString benchmarkResultAuditJson(const BenchmarkResult &r)
{
    QJsonObject object{{QStringLiteral("score"), r.score}};
    object.insert(QStringLiteral("target"), r.target ? QJsonValue(*r.target) : QJsonValue());
    return auditJson(object);
}

void checkBenchmarkMapping(const BenchmarkMapping &mapping)
{
    QSet<QString> keys, benchmarks;
    for (size_t i = 0; i < mapping.size(); ++i) {
        const BenchmarkMappingEntry &e = mapping[i];
        const QString where = QStringLiteral("mappings[%1]: ").arg(i);
        if (e.task.trimmed().isEmpty() || e.metric.trimmed().isEmpty())
            throw InputError(where + Tr::tr("a mapping needs a task and a metric"));
        if (!std::isfinite(e.scale) || e.scale <= 0)
            throw InputError(where + Tr::tr("the scale must be a number above 0"));
        const QString key = e.task + QLatin1Char('\n') + e.metric;
        if (keys.contains(key))
            throw InputError(where + Tr::tr("task %1 with metric %2 is mapped twice").arg(e.task, e.metric));
        if (benchmarks.contains(e.benchmark))
            throw InputError(where + Tr::tr("benchmark %1 is the target of two mappings").arg(e.benchmark));
        keys.insert(key);
        benchmarks.insert(e.benchmark);
    }
}

BenchmarkMapping readBenchmarkMapping(const QSqlDatabase &db)
{
    BenchmarkMapping mapping;
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        return mapping;
    QSqlQuery q = runSql(db, QStringLiteral("SELECT task, metric, benchmark_id, scale FROM "
                                            "benchmark_mappings WHERE round_id = ? AND "
                                            "source = 'lm-eval' ORDER BY seq"),
                         {*round});
    while (q.next())
        mapping.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toDouble()});
    return mapping;
}

void writeBenchmarkMapping(const QSqlDatabase &db, const BenchmarkMapping &mapping,
                           const Actor &actor)
{
    const QString round = requireRound(db);
    checkBenchmarkMapping(mapping);
    const BenchmarkMapping before = readBenchmarkMapping(db);
    if (before == mapping)
        return;
    runSql(db, QStringLiteral("DELETE FROM benchmark_mappings WHERE round_id = ? AND source = 'lm-eval'"),
           {round});
    RowInserter insert(db, QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, source, "
                                          "task, metric, benchmark_id, scale) "
                                          "VALUES (?, ?, 'lm-eval', ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < qsizetype(mapping.size()); ++i) {
        const BenchmarkMappingEntry &e = mapping[size_t(i)];
        insert.insert(QStringLiteral("mappings"), i, round, i, e.task, e.metric, e.benchmark, e.scale);
    }
    appendAudit(db, actor, QStringLiteral("benchmark-mapping"),
                QStringLiteral("benchmark_mappings/") + round,
                before.empty() ? QString() : benchmarkMappingAuditJson(before), benchmarkMappingAuditJson(mapping));
}

void applyBenchmarkChanges(const QSqlDatabase &db, const std::vector<BenchmarkChange> &changes,
                           const Actor &actor, const QString &reason)
{
    const QString round = requireRound(db);
    qint64 seq = scalar(db, QStringLiteral("SELECT coalesce(max(seq), -1) + 1 FROM benchmark_results"))
                     .toLongLong();
    for (const BenchmarkChange &change : changes) {
        const BenchmarkResult &r = change.after;
        const std::optional<BenchmarkResult> stored = storedResult(db, round, r.team, r.benchmark);
        if (stored != change.before)
            throw InputError(change.where + QStringLiteral(": ")
                             + Tr::tr("the result of team %1 for %2 changed since the preview; "
                                      "preview the import again")
                                   .arg(r.team, r.benchmark));
        QSqlQuery q = prepareSql(db, QStringLiteral(
            "INSERT INTO benchmark_results (round_id, team_id, benchmark_id, seq, score, target) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, team_id, benchmark_id) "
            "DO UPDATE SET score = excluded.score, target = excluded.target"));
        const QVariant values[] = {round, r.team, r.benchmark, seq++, r.score, sqlValue(r.target)};
        for (int i = 0; i < 6; ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            if (isConstraintError(q))
                throw InputError(change.where + QStringLiteral(": ")
                                 + describeRefusal(sqliteMessage(q)));
            execPrepared(q);   // throws StoreError
        }
        appendAudit(db, actor, QStringLiteral("import-benchmark-result"),
                    QStringLiteral("benchmark_results/%1/%2/%3").arg(round, r.team, r.benchmark),
                    stored ? benchmarkResultAuditJson(*stored) : QString(), benchmarkResultAuditJson(r), reason);
    }
}

} // namespace pd
