#pragma once
// One weight comparison from paths to the `paneldesk-provenance` report, as
// `paneldesk-cli provenance compare` and the window's "Compare weights…" dialog run it
// (docs/provenance.md): open the checkpoints (CheckpointReader.h), P2 (ExactReuse.h), P3-P5
// (WeightComparison.h), then the report (ProvenanceReport.h), which hashes every file. The
// checkpoints are closed on return: the result holds names and figures only, so a worker
// thread can hand it to the window. Progress comes stage by stage; returning false from it
// stops the run with pd::Cancelled. Broken or hostile files throw InputError as the readers
// do (naming the file and the offset or key).

#include "provenance/ComparisonInput.h"
#include "provenance/ExactReuse.h"
#include "provenance/WeightComparison.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace pd::provenance {

struct ComparisonRequest {
    QString candidate;                    // paths: a .safetensors file, a sharded folder or a GGUF file
    QString reference;
    QStringList controls;
    QString candidatePrefix;              // "" for the whole checkpoint
    QString referencePrefix;
    std::optional<QString> controlPrefix; // nullopt: the reference's
    int rows = defaultMatchedRows;
};

enum class ComparisonStage {
    Opening,      // reading the headers (no progress figures)
    ExactReuse,   // P2: hashing the candidate's and the reference's tensors (bytes)
    Analyses,     // P3 and P4 (WeightComparison.h's units)
    Report,       // hashing every file for the report (bytes)
};

// (stage, done, total); false stops the run: pd::Cancelled.
using StageProgress = std::function<bool(ComparisonStage stage, std::uint64_t done, std::uint64_t total)>;

struct ComparisonRun {
    QString candidate;                    // the checkpoints' paths as opened
    QString reference;
    QStringList controls;
    QString candidatePrefix;
    QString referencePrefix;
    QString controlPrefix;
    ExactReuse reuse;                     // P2
    QString exactReuseSummary;            // P2 in one line (translated)
    ComparisonResult result;              // P3, P4, P5
    QByteArray json;                      // the report, byte for byte
};

// P2 in one line, translated: "3 tensors identical and 0 identical after a cast (87.5% of the
// candidate's parameters)".
QString exactReuseSummary(const ExactReuse &reuse);

// `programVersion` goes into the report's "program".
ComparisonRun runComparison(const ComparisonRequest &request, const QString &programVersion,
                            const StageProgress &progress = {});

} // namespace pd::provenance
