#pragma once
// The `paneldesk-provenance` version 1 JSON report (../shared/spec/provenance.md, "Output";
// docs/provenance.md, "The report"): the checkpoints (paths as given, format, prefix, each
// file's size and SHA-256, tensors and parameters), the parameters, P2 (`identical`), P3
// (`similarity`), P4 (`tests.phi_u`, `tests.phi_gu`: log10 p and the figures of every block),
// every control's figures (`controls`), the suggestion and its reason, the caveats and the
// program's version. Keys in a fixed order, numbers in canonical form, no time: the same
// inputs give the same bytes, so the report's own SHA-256 can be cited. Figures that are not
// numbers (a constant tensor's correlation) are null.

#include "provenance/ComparisonInput.h"
#include "provenance/ExactReuse.h"
#include "provenance/WeightComparison.h"

#include <QByteArray>
#include <QString>

namespace pd::provenance {

// The SHA-256 of each file of `checkpoint`, in its order (a pass over every byte).
// `progress(done, total)` in bytes after every 64 MB; false stops: pd::Cancelled.
std::vector<QByteArray> fileHashes(const Checkpoint &checkpoint, const HashProgress &progress = {});

// The checkpoint's one SHA-256, the report's `sha256` of a checkpoint: its file's, or for a
// sharded checkpoint the SHA-256 of its manifest, one line per shard in the checkpoint's
// order, "<hex>  <file name>\n" (what `sha256sum` prints for the shards).
QByteArray checkpointSha256(const Checkpoint &checkpoint, const std::vector<QByteArray> &fileSha256);

struct ReportInput {
    const ComparisonInput *input = nullptr;
    const ExactReuse *exactReuse = nullptr;
    const ComparisonResult *result = nullptr;
    QString programVersion;
    // Called while the files are hashed (bytes of every checkpoint's files together);
    // false stops: pd::Cancelled.
    HashProgress progress;
};

QByteArray provenanceReportJson(const ReportInput &report);

} // namespace pd::provenance
