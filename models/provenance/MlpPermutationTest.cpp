#include "provenance/MlpPermutationTest.h"

#include "domain/Errors.h"
#include "provenance/CosineMatrix.h"
#include "provenance/LinearAssignment.h"
#include "provenance/TensorSimilarity.h"

#include <QCoreApplication>
#include <QHash>

namespace pd::provenance {
namespace {

class Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

// One block as the reference has it: its up projection and the matrix for phi_GU.
struct ReferenceBlock {
    QString upName;
    const Tensor *up = nullptr;
    QString secondName;               // empty: none in the reference
    const Tensor *second = nullptr;
    bool secondIsDown = false;
};

// "blocks.0.mlp.fc1.weight" with part "mlp.fc1" replaced by "mlp.fc2".
QString replacedPart(const QString &name, const QString &part, const QString &with)
{
    qsizetype at = -1;
    for (qsizetype from = 0; (at = name.indexOf(part, from)) >= 0; from = at + 1)
        if ((at == 0 || name[at - 1] == u'.') && at + part.size() < name.size() && name[at + part.size()] == u'.')
            break;
    if (at < 0)
        return {};
    QString out = name;
    out.replace(at, part.size(), with);
    return out;
}

std::vector<ReferenceBlock> referenceBlocks(const ComparisonInput &input)
{
    const std::vector<NamedTensor> tensors = tensorsWithin(input.reference);
    QHash<QString, const Tensor *> byName;
    for (const NamedTensor &t : tensors)
        byName.insert(t.stripped, t.tensor);
    std::vector<ReferenceBlock> blocks;
    for (const NamedTensor &t : tensors) {
        if (t.tensor->shape.size() != 2)
            continue;
        for (const MlpNames &names : input.mlpNames) {
            if (names.up.isEmpty() || !nameHolds(t.stripped, names.up))
                continue;
            ReferenceBlock block;
            block.upName = t.stripped;
            block.up = t.tensor;
            const auto usable = [&](const QString &name, bool down) -> const Tensor * {
                const Tensor *s = byName.value(name);
                if (!s || s->shape.size() != 2 || !convertible(s->dtype))
                    return nullptr;
                const bool fits = down ? (s->shape[1] == t.tensor->shape[0] && s->shape[0] == t.tensor->shape[1])
                                       : s->shape == t.tensor->shape;
                return fits ? s : nullptr;
            };
            if (!names.gate.isEmpty()) {
                const QString gate = replacedPart(t.stripped, names.up, names.gate);
                if (const Tensor *s = usable(gate, false)) {
                    block.secondName = gate;
                    block.second = s;
                }
            }
            if (!block.second && !names.down.isEmpty()) {
                const QString down = replacedPart(t.stripped, names.up, names.down);
                if (const Tensor *s = usable(down, true)) {
                    block.secondName = down;
                    block.second = s;
                    block.secondIsDown = true;
                }
            }
            blocks.push_back(block);
            break;
        }
    }
    return blocks;
}

std::uint64_t blockWork(const Tensor &up, int rows, bool second)
{
    const std::uint64_t h = up.shape[0], d = up.shape[1];
    const std::uint64_t m = matchedRows(int(h), rows).size();
    return (m * d + h * d + m * h) * (second ? 2 : 1);
}

std::vector<int> assignmentOf(const UnitVectors &model, const UnitVectors &reference,
                              const std::function<bool()> &keepGoing)
{
    const std::vector<double> cosines = cosineMatrix(model, reference);
    return maximumAssignment(cosines, model.count, reference.count, keepGoing);
}

void combine(PairMlpTest &pair)
{
    std::vector<double> u, gu;
    bool uFloor = true, guFloor = true;
    for (const BlockTest &b : pair.blocks) {
        if (b.phiU) {
            u.push_back(b.phiU->lnP);
            uFloor = uFloor && b.phiU->atFloor;
        }
        if (b.phiGU) {
            gu.push_back(b.phiGU->lnP);
            guFloor = guFloor && b.phiGU->atFloor;
        }
    }
    pair.blocksU = int(u.size());
    pair.blocksGU = int(gu.size());
    pair.lnPU = lnFisherCombined(u);
    pair.lnPGU = lnFisherCombined(gu);
    pair.uAtFloor = !u.empty() && uFloor;
    pair.guAtFloor = !gu.empty() && guFloor;
    pair.applicable = !u.empty();
    if (!pair.applicable && pair.reason.isEmpty())
        pair.reason = Provenance::tr("No MLP block could be compared: the shapes or the names differ (see each block).");
}

} // namespace

bool nameHolds(const QString &name, const QString &part)
{
    return !part.isEmpty() && !replacedPart(name, part, part).isEmpty();
}

std::vector<int> matchedRows(int hiddenUnits, int rows)
{
    const int m = rows <= 0 || rows >= hiddenUnits ? hiddenUnits : rows;
    std::vector<int> out(std::size_t(std::max(m, 0)));
    for (int k = 0; k < m; ++k)
        out[std::size_t(k)] = int(std::int64_t(k) * hiddenUnits / m);
    return out;
}

std::uint64_t mlpWork(const ComparisonInput &input)
{
    std::uint64_t work = 0;
    for (const ReferenceBlock &b : referenceBlocks(input))
        if (convertible(b.up->dtype))
            work += blockWork(*b.up, input.rows, b.second != nullptr) * (1 + input.controls.size());
    return work;
}

MlpTestResult testMlps(const ComparisonInput &input, const ComparisonProgress &progress)
{
    const std::vector<ReferenceBlock> blocks = referenceBlocks(input);
    std::vector<const ComparedCheckpoint *> sides{&input.candidate};
    for (const ComparedCheckpoint &c : input.controls)
        sides.push_back(&c);
    std::vector<QHash<QString, const Tensor *>> names(sides.size());
    for (std::size_t s = 0; s < sides.size(); ++s)
        for (const NamedTensor &t : tensorsWithin(*sides[s]))
            names[s].insert(t.stripped, t.tensor);
    std::vector<PairMlpTest> pairs(sides.size());

    const std::uint64_t total = mlpWork(input);
    std::uint64_t done = 0;
    const auto check = [&]() {
        if (progress && !progress(std::min(done, total), total))
            throw Cancelled(Provenance::tr("The comparison was cancelled."));
    };
    const std::function<bool()> keepGoing = [&]() {
        check();
        return true;
    };

    if (blocks.empty())
        for (PairMlpTest &p : pairs)
            p.reason = Provenance::tr("The reference has no MLP up projection matching the name patterns.");

    for (const ReferenceBlock &rb : blocks) {
        const int h = int(rb.up->shape[0]), d = int(rb.up->shape[1]);
        const std::vector<int> rows = matchedRows(h, input.rows);
        if (!convertible(rb.up->dtype)) {
            // Listed, not guessed: a quantised type PanelDesk does not read (Q4_K, ...).
            for (std::size_t s = 0; s < sides.size(); ++s) {
                BlockTest b;
                b.upName = rb.upName;
                b.hiddenUnits = h;
                b.width = d;
                b.reason = Provenance::tr("The reference stores %1 as %2, whose values PanelDesk does not read.")
                               .arg(rb.upName, rb.up->typeName);
                b.phiGUReason = b.reason;
                pairs[s].blocks.push_back(std::move(b));
            }
            continue;
        }
        const std::uint64_t upWork = blockWork(*rb.up, input.rows, false);
        std::vector<std::vector<int>> upAssignment(sides.size());
        std::vector<BlockTest> tests(sides.size());
        {
            const UnitVectors reference = unitVectors(*input.reference.checkpoint, *rb.up, {}, false);
            for (std::size_t s = 0; s < sides.size(); ++s) {
                BlockTest &b = tests[s];
                b.upName = rb.upName;
                b.hiddenUnits = h;
                b.width = d;
                b.rowsMatched = int(rows.size());
                const Tensor *up = names[s].value(rb.upName);
                if (!up) {
                    b.reason = Provenance::tr("%1 is missing.").arg(rb.upName);
                } else if (up->shape != rb.up->shape) {
                    b.reason = Provenance::tr("%1 has another shape (%2 x %3 in the reference): not applicable.")
                                   .arg(rb.upName)
                                   .arg(h)
                                   .arg(d);
                } else if (!convertible(up->dtype)) {
                    b.reason = Provenance::tr("%1 is stored as %2, whose values PanelDesk does not read.")
                                   .arg(rb.upName, up->typeName);
                } else if (rows.size() < 3) {
                    b.reason = Provenance::tr("%1 has fewer than 3 hidden units.").arg(rb.upName);
                } else {
                    check();
                    const UnitVectors model = unitVectors(*sides[s]->checkpoint, *up, rows, false);
                    upAssignment[s] = assignmentOf(model, reference, keepGoing);
                    b.applicable = true;
                    b.phiU = spearmanTest(rows, upAssignment[s]);
                }
                done += upWork;
                check();
            }
        }
        if (rb.second) {
            const UnitVectors reference = unitVectors(*input.reference.checkpoint, *rb.second, {}, rb.secondIsDown);
            for (std::size_t s = 0; s < sides.size(); ++s) {
                BlockTest &b = tests[s];
                b.secondName = rb.secondName;
                b.secondIsDown = rb.secondIsDown;
                const Tensor *second = names[s].value(rb.secondName);
                if (!b.applicable) {
                    b.phiGUReason = b.reason;
                } else if (!second || second->shape != rb.second->shape || !convertible(second->dtype)) {
                    b.phiGUReason = Provenance::tr("%1 is missing or differs in shape or type.").arg(rb.secondName);
                } else {
                    check();
                    const UnitVectors model = unitVectors(*sides[s]->checkpoint, *second, rows, rb.secondIsDown);
                    const std::vector<int> secondAssignment = assignmentOf(model, reference, keepGoing);
                    b.phiGU = spearmanTest(upAssignment[s], secondAssignment);
                }
                done += upWork;
                check();
            }
        } else {
            for (BlockTest &b : tests)
                b.phiGUReason = Provenance::tr("The reference has no gate or down projection for %1.").arg(rb.upName);
        }
        for (std::size_t s = 0; s < sides.size(); ++s)
            pairs[s].blocks.push_back(std::move(tests[s]));
    }
    for (PairMlpTest &p : pairs)
        combine(p);

    MlpTestResult result;
    result.candidate = std::move(pairs[0]);
    result.controls.assign(std::make_move_iterator(pairs.begin() + 1), std::make_move_iterator(pairs.end()));
    return result;
}

} // namespace pd::provenance
