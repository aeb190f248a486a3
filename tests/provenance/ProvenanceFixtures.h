#pragma once
// Model checkpoints for the provenance analyses' tests (P3-P5), generated with fixed seeds:
// a reference, the copies derived from it (fine-tuned, cast to BF16, renamed, embedded in a
// larger model, hidden units permuted) and independent models drawn with the same
// initialisation scheme (other seeds), whose LayerNorm gains are all near 1 (the trap of
// raw cosine). Two families: "gated" (Llama-style mlp.gate_proj/up_proj/down_proj, RMSNorm
// gains) and "fc" (ViT-style mlp.fc1/fc2 with biases, LayerNorm weight and bias).

#include "SafetensorsWriter.h"

#include "provenance/TensorValues.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

namespace pd::test {

struct FixtureTensor {
    QString name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

using FixtureModel = std::vector<FixtureTensor>;

enum class MlpFamily { Gated, Fc };

struct ModelShape {
    MlpFamily family = MlpFamily::Gated;
    int blocks = 6;
    int width = 256;       // d
    int hidden = 684;      // h
};

inline std::vector<float> gaussian(std::mt19937_64 &rng, std::size_t n, double mean, double sd)
{
    std::normal_distribution<double> normal(mean, sd);
    std::vector<float> v(n);
    for (float &x : v)
        x = float(normal(rng));
    return v;
}

// Weights N(0, 1/d) (fan-in scaling), gains 1 + N(0, 0.02^2) (all near 1, as trained
// LayerNorm gains are), biases N(0, 0.02^2). Names as Hugging Face writes them.
inline FixtureModel makeModel(const ModelShape &s, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const std::size_t d = std::size_t(s.width), h = std::size_t(s.hidden);
    const double wd = 1 / std::sqrt(double(d)), hd = 1 / std::sqrt(double(h));
    FixtureModel m;
    const QString root = s.family == MlpFamily::Gated ? QStringLiteral("model.layers.") : QStringLiteral("blocks.");
    m.push_back({s.family == MlpFamily::Gated ? QStringLiteral("model.embed_tokens.weight") : QStringLiteral("patch_embed.weight"),
                 {64, std::int64_t(d)}, gaussian(rng, 64 * d, 0, wd)});
    for (int b = 0; b < s.blocks; ++b) {
        const QString p = root + QString::number(b) + u'.';
        if (s.family == MlpFamily::Gated) {
            m.push_back({p + QStringLiteral("input_layernorm.weight"), {std::int64_t(d)}, gaussian(rng, d, 1, 0.02)});
            m.push_back({p + QStringLiteral("self_attn.q_proj.weight"), {std::int64_t(d), std::int64_t(d)}, gaussian(rng, d * d, 0, wd)});
            m.push_back({p + QStringLiteral("post_attention_layernorm.weight"), {std::int64_t(d)}, gaussian(rng, d, 1, 0.02)});
            m.push_back({p + QStringLiteral("mlp.gate_proj.weight"), {std::int64_t(h), std::int64_t(d)}, gaussian(rng, h * d, 0, wd)});
            m.push_back({p + QStringLiteral("mlp.up_proj.weight"), {std::int64_t(h), std::int64_t(d)}, gaussian(rng, h * d, 0, wd)});
            m.push_back({p + QStringLiteral("mlp.down_proj.weight"), {std::int64_t(d), std::int64_t(h)}, gaussian(rng, d * h, 0, hd)});
        } else {
            m.push_back({p + QStringLiteral("norm1.weight"), {std::int64_t(d)}, gaussian(rng, d, 1, 0.02)});
            m.push_back({p + QStringLiteral("norm1.bias"), {std::int64_t(d)}, gaussian(rng, d, 0, 0.02)});
            m.push_back({p + QStringLiteral("attn.qkv.weight"), {std::int64_t(3 * d), std::int64_t(d)}, gaussian(rng, 3 * d * d, 0, wd)});
            m.push_back({p + QStringLiteral("mlp.fc1.weight"), {std::int64_t(h), std::int64_t(d)}, gaussian(rng, h * d, 0, wd)});
            m.push_back({p + QStringLiteral("mlp.fc1.bias"), {std::int64_t(h)}, gaussian(rng, h, 0, 0.02)});
            m.push_back({p + QStringLiteral("mlp.fc2.weight"), {std::int64_t(d), std::int64_t(h)}, gaussian(rng, d * h, 0, hd)});
        }
    }
    return m;
}

// Fine-tuning: every value moved by noise of `relative` times the tensor's spread.
inline FixtureModel fineTuned(FixtureModel m, std::uint64_t seed, double relative = 0.2)
{
    std::mt19937_64 rng(seed);
    for (FixtureTensor &t : m) {
        const double mean = std::accumulate(t.values.begin(), t.values.end(), 0.0) / double(t.values.size());
        double var = 0;
        for (float x : t.values)
            var += (double(x) - mean) * (double(x) - mean);
        const double sd = std::sqrt(var / double(t.values.size()));
        std::normal_distribution<double> normal(0, relative * sd);
        for (float &x : t.values)
            x = float(double(x) + normal(rng));
    }
    return m;
}

// Every name with `from` at its start replaced by `to` (a rename, or an embedding under a
// larger model's prefix when `from` is empty).
inline FixtureModel renamed(FixtureModel m, const QString &from, const QString &to)
{
    for (FixtureTensor &t : m)
        if (t.name.startsWith(from))
            t.name = to + t.name.mid(from.size());
    return m;
}

// The copy embedded in a larger model: under `prefix`, after other tensors of its own.
inline FixtureModel embedded(const FixtureModel &m, const QString &prefix, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    FixtureModel out;
    out.push_back({QStringLiteral("thinker.audio_tower.conv1.weight"), {128, 80}, gaussian(rng, 128 * 80, 0, 0.1)});
    out.push_back({QStringLiteral("thinker.lm_head.weight"), {100, 128}, gaussian(rng, 100 * 128, 0, 0.1)});
    for (const FixtureTensor &t : renamed(m, QString(), prefix))
        out.push_back(t);
    return out;
}

// The gated family under GGUF's names (llama.cpp's convert script): blk.N.ffn_up.weight, ...
inline FixtureModel ggufNamed(FixtureModel m)
{
    const std::pair<const char *, const char *> parts[] = {
        {"mlp.up_proj", "ffn_up"}, {"mlp.gate_proj", "ffn_gate"}, {"mlp.down_proj", "ffn_down"},
        {"input_layernorm", "attn_norm"}, {"post_attention_layernorm", "ffn_norm"}, {"self_attn.q_proj", "attn_q"}};
    for (FixtureTensor &t : m) {
        t.name.replace(QLatin1String("model.layers."), QLatin1String("blk."));
        t.name.replace(QLatin1String("model.embed_tokens"), QLatin1String("token_embd"));
        for (const auto &[from, to] : parts)
            t.name.replace(QLatin1String(from), QLatin1String(to));
    }
    return m;
}

// The hidden units of every MLP permuted consistently: rows of up/gate/fc1 (and fc1's bias)
// and columns of down/fc2 by the same permutation (one per block): the function is unchanged.
inline FixtureModel permutedHiddenUnits(FixtureModel m, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<int> perm;
    for (FixtureTensor &t : m) {
        const bool rows = t.name.contains(QLatin1String("mlp.up_proj")) || t.name.contains(QLatin1String("mlp.fc1.weight"));
        const bool sameRows = t.name.contains(QLatin1String("mlp.gate_proj"));
        const bool bias = t.name.contains(QLatin1String("mlp.fc1.bias"));
        const bool columns = t.name.contains(QLatin1String("mlp.down_proj")) || t.name.contains(QLatin1String("mlp.fc2.weight"));
        if (!rows && !sameRows && !bias && !columns)
            continue;
        const std::size_t h = std::size_t(columns ? t.shape[1] : t.shape[0]);
        if (perm.size() != h || t.name.contains(QLatin1String("gate_proj")) || t.name.contains(QLatin1String("fc1.weight"))) {
            // A new block starts with its gate (gated) or fc1 (fc): draw its permutation.
            perm.resize(h);
            std::iota(perm.begin(), perm.end(), 0);
            std::shuffle(perm.begin(), perm.end(), rng);
        }
        std::vector<float> out(t.values.size());
        if (columns) {
            const std::size_t d = std::size_t(t.shape[0]);
            for (std::size_t r = 0; r < d; ++r)
                for (std::size_t j = 0; j < h; ++j)
                    out[r * h + j] = t.values[r * h + std::size_t(perm[j])];
        } else {
            const std::size_t w = t.values.size() / h;
            for (std::size_t i = 0; i < h; ++i)
                std::copy_n(t.values.begin() + std::ptrdiff_t(std::size_t(perm[i]) * w), w,
                            out.begin() + std::ptrdiff_t(i * w));
        }
        t.values = std::move(out);
    }
    return m;
}

inline bool writeFixture(const QString &path, const FixtureModel &m, bool bf16 = false)
{
    std::vector<TensorBytes> tensors;
    for (const FixtureTensor &t : m) {
        if (bf16) {
            std::vector<std::uint16_t> bits(t.values.size());
            std::transform(t.values.begin(), t.values.end(), bits.begin(), provenance::toBf16Bits);
            tensors.push_back({t.name, QStringLiteral("BF16"), t.shape, rawBytes(bits)});
        } else {
            tensors.push_back({t.name, QStringLiteral("F32"), t.shape, rawBytes(t.values)});
        }
    }
    return writeSafetensors(path, tensors);
}

} // namespace pd::test
