#include "provenance/TensorTypes.h"

#include <array>
#include <utility>

namespace pd::provenance {
namespace {

struct Known {
    Dtype dtype;
    const char *name;
    int bits;
};

constexpr std::array<Known, 20> kSafetensors{{
    {Dtype::Bool, "BOOL", 8},      {Dtype::U8, "U8", 8},          {Dtype::I8, "I8", 8},
    {Dtype::F8E5M2, "F8_E5M2", 8}, {Dtype::F8E4M3, "F8_E4M3", 8}, {Dtype::F8E8M0, "F8_E8M0", 8},
    {Dtype::F4, "F4", 4},          {Dtype::F6E2M3, "F6_E2M3", 6}, {Dtype::F6E3M2, "F6_E3M2", 6},
    {Dtype::I16, "I16", 16},       {Dtype::U16, "U16", 16},       {Dtype::F16, "F16", 16},
    {Dtype::BF16, "BF16", 16},     {Dtype::I32, "I32", 32},       {Dtype::U32, "U32", 32},
    {Dtype::F32, "F32", 32},       {Dtype::F64, "F64", 64},       {Dtype::I64, "I64", 64},
    {Dtype::U64, "U64", 64},       {Dtype::C64, "C64", 64},
}};

} // namespace

QString dtypeName(Dtype dtype)
{
    for (const Known &k : kSafetensors)
        if (k.dtype == dtype)
            return QString::fromLatin1(k.name);
    switch (dtype) {
    case Dtype::Q8_0: return QStringLiteral("Q8_0");
    case Dtype::Q4_0: return QStringLiteral("Q4_0");
    default: return QStringLiteral("other");
    }
}

std::optional<Dtype> safetensorsDtype(const QString &name)
{
    for (const Known &k : kSafetensors)
        if (name == QLatin1String(k.name))
            return k.dtype;
    return std::nullopt;
}

int dtypeBits(Dtype dtype)
{
    for (const Known &k : kSafetensors)
        if (k.dtype == dtype)
            return k.bits;
    return 0;
}

int blockValues(Dtype dtype) { return dtype == Dtype::Q8_0 || dtype == Dtype::Q4_0 ? 32 : 0; }

int blockBytes(Dtype dtype)
{
    switch (dtype) {
    case Dtype::Q8_0: return 2 + 32;       // f16 scale, 32 x i8
    case Dtype::Q4_0: return 2 + 16;       // f16 scale, 32 x 4 bits
    default: return 0;
    }
}

bool convertible(Dtype dtype)
{
    switch (dtype) {
    case Dtype::F32: case Dtype::F16: case Dtype::BF16: case Dtype::F64: case Dtype::Q8_0:
    case Dtype::Q4_0:
        return true;
    default:
        return false;
    }
}

} // namespace pd::provenance
