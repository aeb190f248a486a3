// libFuzzer harness: the GGUF reader (provenance/GgufReader.h). Every tensor it accepts lies
// inside the input.
#include "domain/Errors.h"
#include "provenance/GgufReader.h"

#include <cstdlib>


extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const pd::provenance::GgufHeader header =
            pd::provenance::parseGguf(data, size, QStringLiteral("fuzz.gguf"));
        for (const pd::provenance::Tensor &t : header.tensors) {
            if (t.offset > size || t.bytes > size - t.offset)
                std::abort();
            volatile unsigned char sink = 0;
            for (std::uint64_t i = 0; i < t.bytes; ++i)
                sink = sink ^ data[t.offset + i];   // ASan checks every byte is inside
        }
    } catch (const pd::InputError &error) {
        if (!error.message().startsWith(QLatin1String("fuzz.gguf")))
            std::abort();
    }
    return 0;
}
