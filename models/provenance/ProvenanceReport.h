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
std::vector<QByteArray> fileHashes(const Checkpoint &checkpoint);

struct ReportInput {
    const ComparisonInput *input = nullptr;
    const ExactReuse *exactReuse = nullptr;
    const ComparisonResult *result = nullptr;
    QString programVersion;
};

QByteArray provenanceReportJson(const ReportInput &report);

} // namespace pd::provenance
