#pragma once
// A checkpoint as the analyses see it (../shared/spec/provenance.md, "Inputs"): its files,
// memory-mapped, and its tensors with their element type, shape and where their bytes are.
// Readers (SafetensorsReader.h, GgufReader.h) fill it only after every check passed, so an
// offset and byte count here always lie inside their mapped file.

#include "provenance/MappedFile.h"
#include "provenance/TensorTypes.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace pd::provenance {

struct Tensor {
    QString name;
    Dtype dtype = Dtype::F32;
    QString typeName;                   // as the format names it: "BF16", "Q4_K"
    std::vector<std::uint64_t> shape;   // outermost first (safetensors' order; GGUF's reversed)
    std::uint64_t elements = 0;
    int file = 0;                       // index into Checkpoint::files
    std::uint64_t offset = 0;           // of the first byte, from the start of the file
    std::uint64_t bytes = 0;
};

struct Checkpoint {
    QString path;                       // as given
    QString format;                     // "safetensors", "safetensors-sharded", "gguf"
    std::vector<std::shared_ptr<const MappedFile>> files;
    std::vector<Tensor> tensors;        // in the order of their bytes, file by file

    // The tensor's bytes (inside its mapped file, checked by the reader).
    const unsigned char *data(const Tensor &tensor) const
    {
        return files.at(std::size_t(tensor.file))->data() + tensor.offset;
    }
};

} // namespace pd::provenance
