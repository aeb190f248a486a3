#pragma once
// P2's content hashes (../shared/spec/provenance.md): the SHA-256 of each tensor's stored
// bytes, read from the mapped file by libcrypto (importers/Sha256.h), the tensors shared out
// among `threads` workers (0: one per core). The heap holds the hashes only; the file's pages
// are the kernel's. `progress(done, total)` (bytes) is called from the calling thread between
// tensors and about every 64 MB; returning false stops the work (Cancelled).

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

} // namespace pd::provenance
