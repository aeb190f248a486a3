// libFuzzer harness: the offline sheets file reader (importers/SheetsFileIo.h).
#include "domain/Errors.h"
#include "importers/SheetsFileIo.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const pd::SheetsFile file = pd::parseSheetsFile(bytes, QStringLiteral("fuzz.json"));
        for (const pd::SheetsFileSheet &sheet : file.sheets)
            for (const pd::SheetsFileScore &score : sheet.scores)
                if (!std::isfinite(score.score))
                    std::abort();   // numbers are finite once read
    } catch (const pd::InputError &error) {
        if (!error.message().startsWith(QLatin1String("fuzz.json")))
            std::abort();
    }
    return 0;
}
