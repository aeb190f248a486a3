#pragma once
// P2's content hashes (../shared/spec/provenance.md): the SHA-256 of each tensor's stored
// bytes, read from the mapped file by libcrypto (importers/Sha256.h), and the SHA-256 of its
// values converted to another type (BF16 and F16 to F32 exactly, F32 to BF16 or F16 rounded
// to nearest even), so that a cast copy hashes like the tensor it was cast from. The tensors
// are shared out among `threads` workers (0: one per core); the heap holds the hashes and a
// 1 MB buffer per worker, the file's pages are the kernel's. `progress(done, total)` (bytes
// read) is called from the calling thread before the work starts, about ten times a second
// and at the end; returning false stops the work (pd::Cancelled).

#include "provenance/Checkpoint.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <vector>

namespace pd::provenance {

using HashProgress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// One 32-byte SHA-256 per tensor, in the checkpoint's order.
std::vector<QByteArray> hashTensors(const Checkpoint &checkpoint, const HashProgress &progress = {},
                                    int threads = 0);

// The same for the tensors at `which` (indices into checkpoint.tensors), in that order.
std::vector<QByteArray> hashTensorsAt(const Checkpoint &checkpoint, const std::vector<std::size_t> &which,
                                      const HashProgress &progress = {}, int threads = 0);

// The SHA-256 of the values of the tensors at `which` converted to `target` (F32, F16, BF16
// or F64) and laid out as `target` stores them; an empty QByteArray for a tensor whose type
// is not convertible() or already `target`.
std::vector<QByteArray> hashConvertedAt(const Checkpoint &checkpoint, const std::vector<std::size_t> &which,
                                        Dtype target, const HashProgress &progress = {}, int threads = 0);

} // namespace pd::provenance
