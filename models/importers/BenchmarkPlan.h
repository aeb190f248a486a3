#pragma once
// From rows read out of a benchmark file to the changes the preview shows, and writing them
// (docs/imports.md). Re-importing replaces only the results the file names; unchanged
// results are counted, not written.

#include "domain/BenchmarkImport.h"
#include "importers/BenchmarkFiles.h"

#include <QString>

namespace pd {

class PanelStore;

struct BenchmarkPlan {
    std::vector<BenchmarkChange> changes;   // new or changed results, in file order
    int unchanged = 0;
    QStringList notes;
    ImportIssues issues;                    // any issue: nothing can be written
    QString reason;                         // for the audit log: file and SHA-256
    std::optional<BenchmarkMapping> mapping;   // a mapping to save with the results
};

// Checks each row against the round: known team and benchmark, the benchmark applies to the
// team, not named twice in the file, a target above 0 where the group uses target_ratio (the
// result's own, else the team's target configured on the benchmark: Benchmark::targets).
BenchmarkPlan planBenchmarkImport(const Panel &panel, const BenchmarkRows &rows);

struct BenchmarkImportRequest {
    QString path;
    QString displayName;                     // the file in messages
    QString team;                            // lm-eval files only: the team the model is
    std::optional<BenchmarkMapping> mapping; // lm-eval: instead of the stored mapping (saved on apply)
};

// Reads the file (CSV or lm-eval JSON, told apart by content) and plans the import against
// the store. Problems are in the plan's issues; StoreError for database failures.
BenchmarkPlan previewBenchmarkFile(const PanelStore &store, const BenchmarkImportRequest &request);

// Writes a plan without issues (and its mapping) in one transaction. InputError when a result
// changed since the preview.
void applyBenchmarkPlan(PanelStore &store, const BenchmarkPlan &plan, const QString &actor);

// "lg / common-mmlu-pro: 77 (target 80) -> 81 (target 80)" for the preview.
QString describeChange(const BenchmarkChange &change);

} // namespace pd
