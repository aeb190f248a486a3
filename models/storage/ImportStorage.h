#pragma once
// Imports written in one transaction each: user ratings, benchmark results and their
// mapping, offline sheets files. One of the parts of PanelStore (PanelStore.h).

#include "domain/BenchmarkImport.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"
#include "storage/RatingSource.h"
#include "trust/Actor.h"

#include <QString>
#include <optional>
#include <vector>

namespace pd {

class ImportStorage {
public:
    virtual ~ImportStorage() = default;

    // Imports (docs/imports.md). User ratings from a stream (importers/RatingsCsv.h) in one
    // transaction: committed with one audit entry only when the source reports no problem
    // and was not cancelled, otherwise nothing changes. With `replace`, the round's stored
    // ratings are replaced; without, a stored rating repeated by the source is a duplicate.
    virtual RatingWriteOutcome importRatings(RatingSource &source, bool replace,
                                             const Actor &actor) = 0;
    // The lm-evaluation-harness mapping the round keeps (storage/BenchmarkImportWriter.h).
    virtual BenchmarkMapping loadBenchmarkMapping() const = 0;
    virtual void saveBenchmarkMapping(const BenchmarkMapping &mapping, const Actor &actor) = 0;
    // Writes previewed benchmark results in one transaction, one audit entry per result (old
    // and new value, `reason` naming the file). InputError, nothing written, when a result
    // changed since the preview or a value is refused. With `mapping`, saves it in the same
    // transaction.
    virtual void applyBenchmarkChanges(const std::vector<BenchmarkChange> &changes,
                                       const std::optional<BenchmarkMapping> &mapping,
                                       const Actor &actor, const QString &reason) = 0;
    // An offline sheets file (storage/SheetImportWriter.h): all or nothing, committed only
    // when `issues` stays empty.
    virtual SheetImportOutcome importSheets(const SheetsFile &file, const QString &sourceName,
                                            const Actor &actor, const QString &reason,
                                            ImportIssues &issues) = 0;
};

} // namespace pd
