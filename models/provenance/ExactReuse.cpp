#include "provenance/ExactReuse.h"

#include <QHash>

#include <cstring>
#include <set>

namespace pd::provenance {
namespace {

// Candidate and reference bytes are hashed in one pass each; the progress of the whole is
// the sum of the passes' bytes.
struct Passes {
    const HashProgress &outer;
    std::uint64_t before = 0;
    std::uint64_t total = 0;
    HashProgress pass(std::uint64_t passBytes)
    {
        if (!outer)
            return {};
        const std::uint64_t start = before;
        before += passBytes;
        return [this, start](std::uint64_t done, std::uint64_t) { return outer(start + done, total); };
    }
};

std::uint64_t bytesOf(const Checkpoint &c, const std::vector<std::size_t> &which)
{
    std::uint64_t total = 0;
    for (std::size_t i : which)
        total += c.tensors[i].bytes;
    return total;
}

bool isFloatTarget(Dtype d) { return d == Dtype::F32 || d == Dtype::F16 || d == Dtype::BF16 || d == Dtype::F64; }

} // namespace

double ExactReuse::identicalShare() const
{
    return candidateParameters ? double(identicalParameters) / double(candidateParameters) : 0.0;
}

double ExactReuse::castShare() const
{
    return candidateParameters ? double(castParameters) / double(candidateParameters) : 0.0;
}

double ExactReuse::share() const { return identicalShare() + castShare(); }

std::vector<std::size_t> tensorsUnder(const Checkpoint &checkpoint, const QString &prefix)
{
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < checkpoint.tensors.size(); ++i)
        if (checkpoint.tensors[i].name.startsWith(prefix))
            which.push_back(i);
    return which;
}

bool isConstant(const Checkpoint &checkpoint, const Tensor &tensor)
{
    if (tensor.elements <= 1 || tensor.bytes % tensor.elements != 0)
        return tensor.elements <= 1;   // block-quantised types: not judged constant
    const std::uint64_t size = tensor.bytes / tensor.elements;
    const unsigned char *data = checkpoint.data(tensor);
    for (std::uint64_t at = size; at < tensor.bytes; at += size)
        if (std::memcmp(data, data + at, size) != 0)
            return false;
    return true;
}

ExactReuse findExactReuse(const Checkpoint &candidate, const QString &candidatePrefix,
                          const Checkpoint &reference, const QString &referencePrefix,
                          const HashProgress &progress)
{
    ExactReuse result;
    std::vector<std::size_t> mine;
    for (std::size_t i : tensorsUnder(candidate, candidatePrefix)) {
        const Tensor &t = candidate.tensors[i];
        ++result.candidateTensors;
        result.candidateParameters += t.elements;
        if (isConstant(candidate, t))
            result.constants.push_back(t.name);
        else
            mine.push_back(i);
    }
    const std::vector<std::size_t> theirs = tensorsUnder(reference, referencePrefix);
    std::set<Dtype> targets;   // the candidate's float types the reference may have been cast to
    for (std::size_t i : mine)
        if (isFloatTarget(candidate.tensors[i].dtype))
            targets.insert(candidate.tensors[i].dtype);
    Passes passes{progress};
    passes.total = bytesOf(candidate, mine) + bytesOf(reference, theirs) * (1 + targets.size());
    const std::vector<QByteArray> candidateHashes =
        hashTensorsAt(candidate, mine, passes.pass(bytesOf(candidate, mine)));
    const std::vector<QByteArray> referenceHashes =
        hashTensorsAt(reference, theirs, passes.pass(bytesOf(reference, theirs)));
    // raw bytes and type -> the reference tensor
    QHash<QByteArray, std::size_t> raw;
    for (std::size_t k = 0; k < theirs.size(); ++k)
        raw.insert(referenceHashes[k] + dtypeName(reference.tensors[theirs[k]].dtype).toLatin1()
                       + reference.tensors[theirs[k]].typeName.toLatin1(),
                   theirs[k]);
    std::vector<bool> matched(mine.size(), false);
    for (std::size_t k = 0; k < mine.size(); ++k) {
        const Tensor &t = candidate.tensors[mine[k]];
        const auto it = raw.constFind(candidateHashes[k] + dtypeName(t.dtype).toLatin1() + t.typeName.toLatin1());
        if (it == raw.constEnd())
            continue;
        const Tensor &r = reference.tensors[*it];
        result.identical.push_back({t.name, r.name, t.typeName, r.typeName, t.elements});
        result.identicalParameters += t.elements;
        matched[k] = true;
    }
    for (Dtype target : targets) {
        const std::vector<QByteArray> cast =
            hashConvertedAt(reference, theirs, target, passes.pass(bytesOf(reference, theirs)));
        QHash<QByteArray, std::size_t> byCast;
        for (std::size_t k = 0; k < theirs.size(); ++k)
            if (!cast[k].isEmpty())
                byCast.insert(cast[k], theirs[k]);
        for (std::size_t k = 0; k < mine.size(); ++k) {
            const Tensor &t = candidate.tensors[mine[k]];
            if (matched[k] || t.dtype != target)
                continue;
            const auto it = byCast.constFind(candidateHashes[k]);
            if (it == byCast.constEnd())
                continue;
            const Tensor &r = reference.tensors[*it];
            result.afterCast.push_back({t.name, r.name, t.typeName, r.typeName, t.elements});
            result.castParameters += t.elements;
            matched[k] = true;
        }
    }
    return result;
}

} // namespace pd::provenance
