#pragma once
// The element types of the checkpoint formats PanelDesk reads (docs/provenance.md;
// ../shared/spec/provenance.md, "Formats"): safetensors' dtype names and GGUF's ggml types,
// each with its size, so a tensor's byte size is checked against its shape before any data
// is read. Only the types whose values PanelDesk converts to float (`convertible`) take part
// in the analyses; the others are listed in the inventory.

#include <QString>

#include <cstdint>
#include <optional>

namespace pd::provenance {

enum class Dtype {
    Bool, U8, I8, F8E5M2, F8E4M3, F8E8M0, F4, F6E2M3, F6E3M2, I16, U16, F16, BF16, I32, U32,
    F32, F64, I64, U64, C64,
    Q8_0, Q4_0,          // GGUF's block-quantised types in scope (32 values a block)
    OtherQuantised,      // a GGUF type listed and skipped
};

// The safetensors name ("BF16"), or GGUF's for the quantised ones ("Q8_0").
QString dtypeName(Dtype dtype);

// A safetensors dtype name; std::nullopt for an unknown one.
std::optional<Dtype> safetensorsDtype(const QString &name);

// Bits per element for the plain types; for Q8_0 and Q4_0 see blockBytes.
int dtypeBits(Dtype dtype);

// Block-quantised types: values per block (32) and bytes per block (Q8_0 34, Q4_0 18);
// 0 for the others.
int blockValues(Dtype dtype);
int blockBytes(Dtype dtype);

// F32, F16, BF16, F64, Q8_0, Q4_0: the values PanelDesk converts to float.
bool convertible(Dtype dtype);

} // namespace pd::provenance
