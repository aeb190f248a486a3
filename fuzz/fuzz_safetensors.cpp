// libFuzzer harness: the safetensors reader (provenance/SafetensorsReader.h). Every tensor it
// accepts lies inside the input and its values can be read.
#include "domain/Errors.h"
#include "provenance/SafetensorsReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const pd::provenance::SafetensorsHeader header =
            pd::provenance::parseSafetensors(data, size, QStringLiteral("fuzz.safetensors"));
        for (const pd::provenance::Tensor &t : header.tensors) {
            if (t.offset > size || t.bytes > size - t.offset)
                std::abort();
            volatile unsigned char sink = 0;
            for (std::uint64_t i = 0; i < t.bytes; ++i)
                sink = sink ^ data[t.offset + i];   // ASan checks every byte is inside
        }
    } catch (const pd::InputError &error) {
        if (!error.message().startsWith(QLatin1String("fuzz.safetensors")))
            std::abort();
    }
    return 0;
}
