#pragma once
// The safetensors format (../shared/spec/provenance.md, "Formats"; docs/provenance.md):
// 8 bytes little-endian header length N, N bytes of JSON ({tensor: {dtype, shape,
// data_offsets}}, optional "__metadata__"), then the data. Checked as the reference reader
// checks it, before any tensor byte is touched: N at most 100,000,000 and inside the file; the
// header strict JSON (no repeated key); every dtype known, every shape a list of whole
// numbers whose product times the element size neither overflows nor differs from the
// entry's END - BEGIN; the tensors contiguous from the data's start (no gap, no overlap) and
// the last one ending at the end of the file. A sharded checkpoint is a folder with
// model.safetensors.index.json whose weight_map names plain file names in that folder.
//
// Every refusal is an InputError (exit code 2) naming the file and the byte offset or the
// header's key; nothing is allocated from a size the file claims before it is checked
// against the file's real size.

#include "provenance/Checkpoint.h"

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace pd::provenance {

struct SafetensorsHeader {
    std::vector<Tensor> tensors;            // sorted by offset; offsets from the file's start
    std::map<QString, QString> metadata;    // "__metadata__"
};

// Checks the `size` bytes of a safetensors file (`name` in messages).
SafetensorsHeader parseSafetensors(const unsigned char *data, std::uint64_t size, const QString &name);

// One .safetensors file, mapped.
Checkpoint openSafetensors(const QString &path);

// A folder holding model.safetensors.index.json and its shards, each mapped once.
Checkpoint openShardedSafetensors(const QString &folder);

inline constexpr std::uint64_t kMaxSafetensorsHeader = 100'000'000;
inline constexpr const char *kSafetensorsIndex = "model.safetensors.index.json";

} // namespace pd::provenance
