#include "provenance/TensorSimilarity.h"

#include "domain/Errors.h"
#include "provenance/TensorValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pd::provenance {
namespace {

class Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

constexpr std::uint64_t chunkElements = std::uint64_t(1) << 20;   // 4 MB of floats per side

// Means and co-moments of (a, b), merged chunk by chunk (Chan et al.), plus the raw sums the
// cosine and the difference need. Centring each chunk on its own mean keeps the precision
// of gains near 1, whose spread is a hundredth of their mean.
struct Moments {
    double n = 0, meanA = 0, meanB = 0, saa = 0, sbb = 0, sab = 0;
    double rawAa = 0, rawBb = 0, rawAb = 0, diff2 = 0;

    void add(std::span<const float> a, std::span<const float> b)
    {
        const double m = double(a.size());
        if (m == 0)
            return;
        double sa = 0, sb = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            sa += double(a[i]);
            sb += double(b[i]);
        }
        const double ma = sa / m, mb = sb / m;
        double caa = 0, cbb = 0, cab = 0, raa = 0, rbb = 0, rab = 0, dd = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const double x = double(a[i]), y = double(b[i]);
            const double dx = x - ma, dy = y - mb;
            caa += dx * dx;
            cbb += dy * dy;
            cab += dx * dy;
            raa += x * x;
            rbb += y * y;
            rab += x * y;
            dd += (x - y) * (x - y);
        }
        const double total = n + m;
        const double da = ma - meanA, db = mb - meanB;
        saa += caa + da * da * n * m / total;
        sbb += cbb + db * db * n * m / total;
        sab += cab + da * db * n * m / total;
        meanA += da * m / total;
        meanB += db * m / total;
        n = total;
        rawAa += raa;
        rawBb += rbb;
        rawAb += rab;
        diff2 += dd;
    }

    PairFigures figures() const
    {
        PairFigures f;
        f.pearson = saa > 0 && sbb > 0 ? std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0) : std::numeric_limits<double>::quiet_NaN();
        f.cosine = rawAa > 0 && rawBb > 0 ? std::clamp(rawAb / std::sqrt(rawAa * rawBb), -1.0, 1.0) : std::numeric_limits<double>::quiet_NaN();
        f.relativeDifference = rawBb > 0 ? std::sqrt(diff2 / rawBb) : (diff2 > 0 ? std::numeric_limits<double>::infinity() : 0.0);
        return f;
    }
};

PairFigures figuresOf(const Checkpoint &ca, const Tensor &ta, const Checkpoint &cb, const Tensor &tb,
                      const std::function<void(std::uint64_t)> &advanced)
{
    Moments moments;
    std::vector<float> a(std::size_t(std::min(chunkElements, ta.elements)));
    std::vector<float> b(a.size());
    for (std::uint64_t first = 0; first < ta.elements; first += chunkElements) {
        const std::size_t count = std::size_t(std::min(chunkElements, ta.elements - first));
        readFloats(ca, ta, first, std::span<float>(a.data(), count));
        readFloats(cb, tb, first, std::span<float>(b.data(), count));
        moments.add(std::span<const float>(a.data(), count), std::span<const float>(b.data(), count));
        if (advanced)
            advanced(count);
    }
    return moments.figures();
}

const QRegularExpression &blockNumber()
{
    static const QRegularExpression re(QStringLiteral("(^|\\.)(\\d+)\\."));
    return re;
}

// "layers.3.input_layernorm.weight" -> ("layers.#.input_layernorm.weight", 3); block -1 when
// the name has no number.
std::pair<QString, int> blockPattern(const QString &name)
{
    const QRegularExpressionMatch m = blockNumber().match(name);
    if (!m.hasMatch())
        return {name, -1};
    QString pattern = name;
    pattern.replace(m.capturedStart(2), m.capturedLength(2), QStringLiteral("#"));
    return {pattern, m.captured(2).toInt()};
}

const Tensor *findTensor(const std::vector<NamedTensor> &tensors, const QHash<QString, std::size_t> &index,
                         const QString &name)
{
    const auto it = index.constFind(name);
    return it == index.constEnd() ? nullptr : tensors[*it].tensor;
}

QHash<QString, std::size_t> indexOf(const std::vector<NamedTensor> &tensors)
{
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < tensors.size(); ++i)
        index.insert(tensors[i].stripped, i);
    return index;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

PairFigures pairFigures(std::span<const float> a, std::span<const float> b)
{
    Moments moments;
    for (std::size_t first = 0; first < a.size(); first += chunkElements) {
        const std::size_t count = std::min<std::size_t>(chunkElements, a.size() - first);
        moments.add(a.subspan(first, count), b.subspan(first, count));
    }
    return moments.figures();
}

std::vector<NamedTensor> tensorsWithin(const ComparedCheckpoint &side)
{
    std::vector<NamedTensor> out;
    for (const Tensor &t : side.checkpoint->tensors)
        if (t.name.startsWith(side.prefix))
            out.push_back({t.name.mid(side.prefix.size()), &t});
    return out;
}

namespace {

bool comparable(const Tensor *a, const Tensor *b)
{
    return a && b && a->shape == b->shape && convertible(a->dtype) && convertible(b->dtype);
}

} // namespace

std::uint64_t similarityWork(const ComparisonInput &input)
{
    const std::vector<NamedTensor> candidate = tensorsWithin(input.candidate);
    const std::vector<NamedTensor> reference = tensorsWithin(input.reference);
    const QHash<QString, std::size_t> refIndex = indexOf(reference);
    std::uint64_t work = 0;
    for (const NamedTensor &c : candidate) {
        const Tensor *r = findTensor(reference, refIndex, c.stripped);
        if (comparable(c.tensor, r))
            work += c.tensor->elements * (1 + input.controls.size());
    }
    return work;
}

SimilarityResult compareTensors(const ComparisonInput &input, const ComparisonProgress &progress)
{
    SimilarityResult result;
    const std::vector<NamedTensor> candidate = tensorsWithin(input.candidate);
    const std::vector<NamedTensor> reference = tensorsWithin(input.reference);
    const QHash<QString, std::size_t> candIndex = indexOf(candidate), refIndex = indexOf(reference);
    std::vector<std::vector<NamedTensor>> controls;
    std::vector<QHash<QString, std::size_t>> controlIndex;
    for (const ComparedCheckpoint &c : input.controls) {
        controls.push_back(tensorsWithin(c));
        controlIndex.push_back(indexOf(controls.back()));
    }

    const std::uint64_t total = similarityWork(input);
    std::uint64_t done = 0;
    const auto advanced = [&](std::uint64_t n) {
        done += n;
        if (progress && !progress(std::min(done, total), total))
            throw Cancelled(Provenance::tr("The comparison was cancelled."));
    };

    for (const NamedTensor &c : candidate)
        if (!refIndex.contains(c.stripped))
            result.candidateOnly << c.stripped;

    // The reference's 1-D tensors by block pattern, for the layer baselines.
    std::map<QString, std::map<int, const Tensor *>> layersByPattern;
    for (const NamedTensor &r : reference)
        if (r.tensor->shape.size() == 1 && convertible(r.tensor->dtype)) {
            const auto [pattern, block] = blockPattern(r.stripped);
            if (block >= 0)
                layersByPattern[pattern][block] = r.tensor;
        }
    std::map<std::pair<const Tensor *, const Tensor *>, PairFigures> baselineCache;

    for (const NamedTensor &r : reference) {
        const Tensor *c = findTensor(candidate, candIndex, r.stripped);
        if (!c) {
            result.referenceOnly << r.stripped;
            continue;
        }
        if (c->shape != r.tensor->shape) {
            result.shapeDiffers << r.stripped;
            continue;
        }
        if (!convertible(c->dtype) || !convertible(r.tensor->dtype)) {
            result.notConvertible << r.stripped;
            continue;
        }
        TensorSimilarity s;
        s.name = r.stripped;
        s.shape = r.tensor->shape;
        s.elements = r.tensor->elements;
        s.candidate = figuresOf(*input.candidate.checkpoint, *c, *input.reference.checkpoint, *r.tensor, advanced);
        for (std::size_t k = 0; k < controls.size(); ++k) {
            const Tensor *t = findTensor(controls[k], controlIndex[k], r.stripped);
            if (comparable(t, r.tensor))
                s.controls.emplace_back(figuresOf(*input.controls[k].checkpoint, *t, *input.reference.checkpoint,
                                                  *r.tensor, {}));
            else
                s.controls.emplace_back(std::nullopt);
            advanced(s.elements);   // counted whether or not the control has it
        }
        if (s.shape.size() == 1) {
            const auto [pattern, block] = blockPattern(r.stripped);
            const auto layers = layersByPattern.find(pattern);
            if (block >= 0 && layers != layersByPattern.end()) {
                std::vector<double> pearson, cosine;
                for (const auto &[other, tensor] : layers->second) {
                    if (other == block || tensor->shape != r.tensor->shape)
                        continue;
                    const auto key = std::minmax(r.tensor, tensor);
                    auto cached = baselineCache.find(key);
                    if (cached == baselineCache.end())
                        cached = baselineCache.emplace(key, figuresOf(*input.reference.checkpoint, *key.first,
                                                                      *input.reference.checkpoint, *key.second, {}))
                                     .first;
                    pearson.push_back(cached->second.pearson);
                    cosine.push_back(cached->second.cosine);
                }
                if (!pearson.empty()) {
                    LayerBaseline b;
                    b.layers = int(pearson.size());
                    b.minPearson = *std::min_element(pearson.begin(), pearson.end());
                    b.maxPearson = *std::max_element(pearson.begin(), pearson.end());
                    b.medianPearson = median(pearson);
                    b.medianCosine = median(cosine);
                    s.layerBaseline = b;
                }
            }
        }
        result.tensors.push_back(std::move(s));
    }
    return result;
}

} // namespace pd::provenance
