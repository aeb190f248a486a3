#include "provenance/WeightComparison.h"

#include <stdexcept>

namespace pd::provenance {

ComparisonResult compareWeights(const ComparisonInput &input, const ComparisonProgress &progress)
{
    if (!input.candidate.checkpoint || !input.reference.checkpoint)
        throw std::invalid_argument("compareWeights: a checkpoint is missing");
    for (const ComparedCheckpoint &c : input.controls)
        if (!c.checkpoint)
            throw std::invalid_argument("compareWeights: a control's checkpoint is missing");

    const std::uint64_t p3 = input.runP3 ? similarityWork(input) : 0;
    const std::uint64_t p4 = input.runP4 ? mlpWork(input) : 0;
    const std::uint64_t total = p3 + p4;
    ComparisonResult result;
    if (input.runP3)
        result.similarity = compareTensors(input, [&](std::uint64_t done, std::uint64_t) {
            return !progress || progress(done, total);
        });
    if (input.runP4)
        result.mlp = testMlps(input, [&](std::uint64_t done, std::uint64_t) {
            return !progress || progress(p3 + done, total);
        });
    result.suggestion = suggest(input, result.similarity, result.mlp);
    result.caveats = provenanceCaveats();
    if (progress)
        progress(total, total);   // the work is done: a late Cancel changes nothing
    return result;
}

} // namespace pd::provenance
