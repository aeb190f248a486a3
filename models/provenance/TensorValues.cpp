#include "provenance/TensorValues.h"

#include <QtNumeric>
#include <qfloat16.h>

#include <cstring>
#include <stdexcept>

namespace pd::provenance {
namespace {

template <typename T>
T load(const unsigned char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);   // little-endian files on a little-endian machine
    return v;
}

float fromF16(const unsigned char *p) { return float(load<qfloat16>(p)); }

float fromBf16(const unsigned char *p)
{
    const std::uint32_t bits = std::uint32_t(load<std::uint16_t>(p)) << 16;
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

float blockValue(Dtype dtype, const unsigned char *block, int i)
{
    const float scale = fromF16(block);
    if (dtype == Dtype::Q8_0)
        return scale * float(std::int8_t(block[2 + i]));
    const unsigned char packed = block[2 + (i % 16)];   // Q4_0: low nibbles first, then high
    const int q = i < 16 ? (packed & 0x0F) : (packed >> 4);
    return scale * float(q - 8);
}

} // namespace

void readFloats(const Checkpoint &checkpoint, const Tensor &tensor, std::uint64_t first,
                std::span<float> out)
{
    if (!convertible(tensor.dtype) || first > tensor.elements || out.size() > tensor.elements - first)
        throw std::out_of_range("readFloats: outside the tensor or not convertible");
    const unsigned char *data = checkpoint.data(tensor);
    switch (tensor.dtype) {
    case Dtype::F32:
        std::memcpy(out.data(), data + first * 4, out.size() * 4);
        return;
    case Dtype::F16:
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = fromF16(data + (first + i) * 2);
        return;
    case Dtype::BF16:
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = fromBf16(data + (first + i) * 2);
        return;
    case Dtype::F64:
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = float(load<double>(data + (first + i) * 8));
        return;
    default:
        break;
    }
    const std::uint64_t per = std::uint64_t(blockValues(tensor.dtype));
    const std::uint64_t bytes = std::uint64_t(blockBytes(tensor.dtype));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint64_t e = first + i;
        out[i] = blockValue(tensor.dtype, data + (e / per) * bytes, int(e % per));
    }
}

std::uint16_t toBf16Bits(float value)
{
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    if (qIsNaN(value))
        return std::uint16_t((bits >> 16) | 0x40);   // stays a (quiet) NaN
    const std::uint32_t rounding = 0x7FFF + ((bits >> 16) & 1);
    return std::uint16_t((bits + rounding) >> 16);
}

} // namespace pd::provenance
