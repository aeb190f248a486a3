// libFuzzer harness: benchmark results CSV and the import plan (importers/BenchmarkPlan.h).
#include "FuzzPanel.h"
#include "importers/BenchmarkPlan.h"

#include <QBuffer>
#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const pd::Panel panel = pd::fuzz::fuzzPanel();
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const pd::BenchmarkRows rows = pd::readBenchmarkCsv(buffer, QStringLiteral("fuzz.csv"));
    const pd::BenchmarkPlan plan = pd::planBenchmarkImport(panel, rows);
    for (const pd::BenchmarkChange &change : plan.changes)
        if (!std::isfinite(change.after.score) || !panel.team(change.after.team))
            std::abort();   // a planned change is always a valid result
    return 0;
}
