#pragma once
// GGUF version 3 (../shared/spec/provenance.md, "Formats"; docs/provenance.md): magic "GGUF",
// u32 version 3, u64 tensor count, u64 key/value count, the key/values (strings as u64 length
// + bytes; arrays of any type, nested), the tensor infos (name, u32 n_dims <= 4, dims
// innermost first, u32 ggml type, u64 offset from the data's start), the data aligned to
// general.alignment (u32, default 32, a power of two). Every read is checked against the
// bytes left: a count or length the rest of the file cannot hold is refused before anything
// is allocated for it, dimensions whose product overflows are refused, every offset must be
// aligned and equal to the running padded total, and each tensor must end inside the file.
// F32, F16, BF16, F64, Q8_0 and Q4_0 are read; the other ggml types whose sizes are known are
// listed (Dtype::OtherQuantised) and skipped by the analyses; an unknown type is refused.
//
// Every refusal is an InputError (exit code 2) naming the file and the byte offset.

#include "provenance/Checkpoint.h"

#include <QString>

#include <cstdint>
#include <map>

namespace pd::provenance {

struct GgufHeader {
    std::vector<Tensor> tensors;                 // in the file's order; offsets from the file's start
    std::vector<std::uint32_t> ggmlTypes;        // each tensor's ggml type number
    std::map<QString, QString> metadata;         // scalar and string key/values, as text
    std::uint32_t alignment = 32;
};

GgufHeader parseGguf(const unsigned char *data, std::uint64_t size, const QString &name);

// One GGUF file, mapped.
Checkpoint openGguf(const QString &path);

// The name of a ggml type ("Q4_K"), or "type N" for an unknown one.
QString ggmlTypeName(std::uint32_t type);

} // namespace pd::provenance
