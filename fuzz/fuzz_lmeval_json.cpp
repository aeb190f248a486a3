// libFuzzer harness: lm-evaluation-harness results.json, the mapping file and the mapping
// suggestion (importers/BenchmarkFiles.h).
#include "FuzzPanel.h"
#include "domain/Errors.h"
#include "importers/BenchmarkPlan.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const pd::Panel panel = pd::fuzz::fuzzPanel();
    static const pd::BenchmarkMapping mapping{
        {QStringLiteral("mmlu"), QStringLiteral("acc,none"), QStringLiteral("mmlu"), 100.0},
        {QStringLiteral("math"), QStringLiteral("exact_match"), QStringLiteral("nia-math"), 1.0}};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pd::BenchmarkRows rows = pd::readLmEvalResults(bytes, QStringLiteral("fuzz.json"),
                                                         QStringLiteral("lg"), mapping);
    const pd::BenchmarkPlan plan = pd::planBenchmarkImport(panel, rows);
    for (const pd::BenchmarkChange &change : plan.changes)
        if (!std::isfinite(change.after.score))
            std::abort();
    pd::suggestMapping(bytes);
    try {
        pd::parseBenchmarkMapping(bytes, QStringLiteral("fuzz.json"));
    } catch (const pd::InputError &) {
    }
    return 0;
}
