// Schema step 4 (version 3 -> 4): the mapping from lm-evaluation-harness tasks and metrics
// to the round's benchmarks, edited once and kept by the panel (docs/imports.md).
// Released once merged; never edit, add a step instead.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addBenchmarkMappings(QSqlDatabase &db)
{
    // No foreign key to benchmarks on purpose: replacePanel rebuilds the round's benchmarks,
    // and the mapping must survive that; an entry whose benchmark is gone is reported when
    // the mapping is used. `metric` is the key of the results file ("acc,none"); `scale`
    // multiplies the value (0.81 with scale 100 is 81).
    execSql(db, QStringLiteral(R"(
        CREATE TABLE benchmark_mappings (
            round_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT 'lm-eval'
                CONSTRAINT mapping_source_known CHECK (source IN ('lm-eval')),
            task TEXT NOT NULL CONSTRAINT mapping_task_named CHECK (length(task) > 0),
            metric TEXT NOT NULL CONSTRAINT mapping_metric_named CHECK (length(metric) > 0),
            benchmark_id TEXT NOT NULL,
            scale REAL NOT NULL DEFAULT 1 CONSTRAINT mapping_scale_positive CHECK (scale > 0),
            PRIMARY KEY (round_id, source, task, metric),
            UNIQUE (round_id, seq),
            UNIQUE (round_id, source, benchmark_id)
        ) WITHOUT ROWID)"));
}

} // namespace pd::schema
