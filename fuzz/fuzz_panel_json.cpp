// libFuzzer harness: the panel file reader and validator (io/PanelFileReader.h).
#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "io/PanelFileReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const pd::Panel panel = pd::parsePanelJson(bytes, QStringLiteral("fuzz.json"));
        pd::validatePanel(panel);   // what was accepted is valid
    } catch (const pd::InputError &error) {
        if (!error.message().startsWith(QLatin1String("fuzz.json")))
            std::abort();   // every refusal names the file
    }
    return 0;
}
