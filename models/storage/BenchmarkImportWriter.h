#pragma once
// Benchmark-results imports and their mapping, inside the caller's write transaction
// (SqliteStore). Audit actions: "benchmark-mapping" (old and new mapping) and
// "import-benchmark-result" (one entry per changed result, old and new score and target,
// the file in the reason).

#include "trust/Actor.h"
#include "domain/BenchmarkImport.h"

#include <QSqlDatabase>

namespace pd {

// The checks of a mapping before it is saved, for both stores (InputError "mappings[i]: …":
// an empty task or metric, a scale that is not a positive number, a (task, metric) or a
// benchmark named twice).
void checkBenchmarkMapping(const BenchmarkMapping &mapping);
// The audit values of "benchmark-mapping" and "import-benchmark-result" entries, for both stores.
QString benchmarkMappingAuditJson(const BenchmarkMapping &mapping);
QString benchmarkResultAuditJson(const BenchmarkResult &result);

// The current round's lm-eval mapping, in the order it was saved.
BenchmarkMapping readBenchmarkMapping(const QSqlDatabase &db);

// Replaces the current round's mapping (InputError: no round, an empty task or metric, a
// scale that is not a positive number, a (task, metric) or a benchmark named twice). Saving
// the mapping already stored changes nothing and is not audited.
void writeBenchmarkMapping(const QSqlDatabase &db, const BenchmarkMapping &mapping,
                           const Actor &actor);

// Writes each change (insert or update of one result). InputError, and nothing written, when
// a stored result is no longer change.before (changed since the preview) or the database
// refuses a value (e.g. a target_ratio result without a target above 0).
void applyBenchmarkChanges(const QSqlDatabase &db, const std::vector<BenchmarkChange> &changes,
                           const Actor &actor, const QString &reason);

} // namespace pd
