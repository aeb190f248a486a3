#pragma once
// Opens a checkpoint whatever its format (../shared/spec/provenance.md, "Inputs"): a folder
// is a sharded safetensors checkpoint (model.safetensors.index.json), a file that starts
// with "GGUF" a GGUF file, any other file a .safetensors file. InputError (exit code 2) for
// anything the readers refuse, naming the file and where.

#include "provenance/Checkpoint.h"

namespace pd::provenance {

Checkpoint openCheckpoint(const QString &path);

} // namespace pd::provenance
