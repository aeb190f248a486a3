// PgStore's benchmark imports (PgStore.h; storage/BenchmarkImportWriter.h is the SQLite
// store's): the same checks and refusals, the same audit entries ("benchmark-mapping",
// "import-benchmark-result"), in one READ COMMITTED transaction. The server lets the chair
// and the secretariat write benchmark_results and benchmark_mappings (ServerRoles.cpp,
// ServerPolicies.cpp: import_write); anyone else is refused with 42501, an InputError.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgStoreSql.h"
#include "server/ServerErrors.h"
#include "storage/AuditLog.h"
#include "storage/BenchmarkImportWriter.h"
#include "storage/DecisionStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>


namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QVariant nullableDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<BenchmarkResult> storedResult(const QSqlDatabase &db, const QString &round,
                                            const QString &team, const QString &benchmark)
{
    QSqlQuery q = pgRun(db, QStringLiteral("SELECT score, target FROM benchmark_results "
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

void PgStore::writeMapping(const BenchmarkMapping &mapping)
{
    const QVariant round = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (round.isNull())
        throw InputError(Tr::tr("there is no round to import benchmark results into yet"));
    checkBenchmarkMapping(mapping);
    const BenchmarkMapping before = readBenchmarkMapping(m_db);
    if (before == mapping)
        return;
    pgRun(m_db, QStringLiteral("DELETE FROM benchmark_mappings WHERE round_id = ? AND source = 'lm-eval'"),
          {round});
    for (qsizetype i = 0; i < qsizetype(mapping.size()); ++i) {
        const BenchmarkMappingEntry &e = mapping[size_t(i)];
        try {
            pgRun(m_db, QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, source, task, "
                                       "metric, benchmark_id, scale) VALUES (?, ?, 'lm-eval', ?, ?, ?, ?)"),
                  {round, i, e.task, e.metric, e.benchmark, e.scale});
        } catch (const ServerRejected &error) {
            throw InputError(QStringLiteral("mappings[%1]: ").arg(i) + error.message());
        }
    }
    appendServerAudit(QStringLiteral("benchmark-mapping"),
                      QStringLiteral("benchmark_mappings/") + round.toString(),
                      before.empty() ? QString() : benchmarkMappingAuditJson(before), benchmarkMappingAuditJson(mapping));
}

void PgStore::saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] { writeMapping(mapping); });
}

void PgStore::applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                                    const std::optional<BenchmarkMapping> &mapping,
                                    const Actor &actor, const QString &reason)
{
    requireActor(actor);
    writeTransaction([&] {
        requireRoundOpen(m_db);   // a clear message before the server's lock trigger
        if (mapping)
            writeMapping(*mapping);
        const QVariant roundValue = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
        if (roundValue.isNull())
            throw InputError(Tr::tr("there is no round to import benchmark results into yet"));
        const QString round = roundValue.toString();
        qint64 seq = pgValue(m_db, QStringLiteral("SELECT coalesce(max(seq), -1) + 1 FROM benchmark_results"))
                         .toLongLong();
        for (const BenchmarkChange &change : changes) {
            const BenchmarkResult &r = change.after;
            const std::optional<BenchmarkResult> stored = storedResult(m_db, round, r.team, r.benchmark);
            if (stored != change.before)
                throw InputError(change.where + QStringLiteral(": ")
                                 + Tr::tr("the result of team %1 for %2 changed since the preview; "
                                          "preview the import again")
                                       .arg(r.team, r.benchmark));
            try {
                pgRun(m_db, QStringLiteral(
                    "INSERT INTO benchmark_results (round_id, team_id, benchmark_id, seq, score, target) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, team_id, benchmark_id) "
                    "DO UPDATE SET score = excluded.score, target = excluded.target"),
                    {round, r.team, r.benchmark, seq++, r.score, nullableDouble(r.target)});
            } catch (const ServerRejected &error) {
                throw InputError(change.where + QStringLiteral(": ") + error.message());
            }
            appendServerAudit(QStringLiteral("import-benchmark-result"),
                              QStringLiteral("benchmark_results/%1/%2/%3").arg(round, r.team, r.benchmark),
                              stored ? benchmarkResultAuditJson(*stored) : QString(), benchmarkResultAuditJson(r), reason);
        }
    });
}

} // namespace pd::server
