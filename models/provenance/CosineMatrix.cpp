#include "provenance/CosineMatrix.h"

#include "provenance/TensorValues.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pd::provenance {
namespace {

void normalise(std::span<float> v)
{
    double sum = 0;
    for (float x : v)
        sum += double(x) * double(x);
    if (sum <= 0)
        return;
    const double scale = 1 / std::sqrt(sum);
    for (float &x : v)
        x = float(double(x) * scale);
}

} // namespace

UnitVectors unitVectors(const Checkpoint &checkpoint, const Tensor &tensor, std::span<const int> which, bool columns)
{
    if (tensor.shape.size() != 2)
        throw std::invalid_argument("unitVectors: needs a 2-D tensor");
    const std::uint64_t outer = tensor.shape[0], inner = tensor.shape[1];
    const std::uint64_t units = columns ? inner : outer;
    const std::uint64_t width = columns ? outer : inner;
    std::vector<int> all;
    if (which.empty()) {
        all.resize(std::size_t(units));
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        which = all;
    }
    for (int i : which)
        if (i < 0 || std::uint64_t(i) >= units)
            throw std::out_of_range("unitVectors: index outside the tensor");

    UnitVectors out;
    out.count = int(which.size());
    out.width = int(width);
    out.values.resize(which.size() * std::size_t(width));
    if (!columns) {
        for (std::size_t k = 0; k < which.size(); ++k)
            readFloats(checkpoint, tensor, std::uint64_t(which[k]) * inner,
                       std::span<float>(out.values.data() + k * width, std::size_t(width)));
    } else {
        // Stored row by row (width rows of `inner` values): read one stored row at a time and
        // scatter the wanted columns.
        std::vector<float> row(static_cast<std::size_t>(inner));
        for (std::uint64_t r = 0; r < outer; ++r) {
            readFloats(checkpoint, tensor, r * inner, row);
            for (std::size_t k = 0; k < which.size(); ++k)
                out.values[k * width + std::size_t(r)] = row[std::size_t(which[k])];
        }
    }
    for (std::size_t k = 0; k < which.size(); ++k)
        normalise(std::span<float>(out.values.data() + k * width, std::size_t(width)));
    return out;
}

std::vector<double> cosineMatrix(const UnitVectors &a, const UnitVectors &b)
{
    if (a.width != b.width)
        throw std::invalid_argument("cosineMatrix: widths differ");
    std::vector<double> out(std::size_t(a.count) * std::size_t(b.count));
    if (out.empty())
        return out;
    if (a.width == 0)
        return out;
    constexpr int band = 256;   // rows of a per sgemm: a float band of 256 x n, then widened
    std::vector<float> scratch(std::size_t(std::min(band, a.count)) * std::size_t(b.count));
    for (int first = 0; first < a.count; first += band) {
        const int rows = std::min(band, a.count - first);
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, b.count, a.width, 1.0f,
                    a.values.data() + std::size_t(first) * std::size_t(a.width), a.width, b.values.data(), b.width,
                    0.0f, scratch.data(), b.count);
        const std::size_t n = std::size_t(rows) * std::size_t(b.count);
        double *dst = out.data() + std::size_t(first) * std::size_t(b.count);
        for (std::size_t i = 0; i < n; ++i)
            dst[i] = std::clamp(double(scratch[i]), -1.0, 1.0);
    }
    return out;
}

} // namespace pd::provenance
