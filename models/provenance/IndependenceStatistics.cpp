#include "provenance/IndependenceStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace pd::provenance {
namespace {

// ln(e^a + e^b) without overflow.
double logAdd(double a, double b)
{
    if (a == -std::numeric_limits<double>::infinity())
        return b;
    if (b == -std::numeric_limits<double>::infinity())
        return a;
    const double hi = std::max(a, b), lo = std::min(a, b);
    return hi + std::log1p(std::exp(lo - hi));
}

// ln(1 - e^a) for a <= 0, accurate at both ends.
double logOneMinusExp(double a)
{
    if (a > -0.6931471805599453)
        return std::log(-std::expm1(a));
    return std::log1p(-std::exp(a));
}

// The continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz), valid
// and fast for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double x, double a, double b)
{
    constexpr double tiny = 1e-300, eps = 1e-16;
    const double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 100000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1) < eps)
            break;
    }
    return h;
}

double lnBetaFunction(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

} // namespace

std::vector<int> ranksOf(std::span<const int> values)
{
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int l, int r) { return values[std::size_t(l)] < values[std::size_t(r)]; });
    std::vector<int> ranks(values.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        ranks[std::size_t(order[k])] = int(k);
    return ranks;
}

double lnRegularisedBeta(double x, double a, double b)
{
    if (!(x >= 0 && x <= 1) || !(a > 0) || !(b > 0))
        throw std::invalid_argument("lnRegularisedBeta: needs 0 <= x <= 1, a > 0, b > 0");
    if (x == 0)
        return -std::numeric_limits<double>::infinity();
    if (x == 1)
        return 0;
    const double lnFront = a * std::log(x) + b * std::log1p(-x) - lnBetaFunction(a, b);
    if (x < (a + 1) / (a + b + 2))
        return lnFront + std::log(betaContinuedFraction(x, a, b)) - std::log(a);
    // I_x(a, b) = 1 - I_{1-x}(b, a).
    const double other = lnFront + std::log(betaContinuedFraction(1 - x, b, a)) - std::log(b);
    return logOneMinusExp(std::min(other, 0.0));
}

double lnStudentTUpper(double t, double v)
{
    if (!(v > 0) || !std::isfinite(t))
        throw std::invalid_argument("lnStudentTUpper: needs v > 0 and a finite t");
    if (t == 0)
        return std::log(0.5);
    // x = v / (v + t^2), computed without cancellation when t^2 dwarfs v.
    const double t2 = t * t;
    const double x = v / (v + t2);
    const double lnTail = std::log(0.5) + lnRegularisedBeta(x, v / 2, 0.5);   // P(T > |t|)
    return t > 0 ? lnTail : logOneMinusExp(lnTail);
}

SpearmanTest spearmanFromR(double r, int n)
{
    if (n < 3)
        throw std::invalid_argument("spearmanFromR: needs at least 3 pairs");
    SpearmanTest test;
    test.n = n;
    test.r = std::clamp(r, -1.0, 1.0);
    const double nn = n;
    const double floorR = 1 - 6 / (nn * (nn * nn - 1));
    double used = test.r;
    if (used >= floorR) {
        test.atFloor = used >= 1;
        used = std::min(used, floorR);
    }
    if (used <= -floorR)
        used = -floorR;
    test.t = used * std::sqrt((nn - 2) / ((1 - used) * (1 + used)));
    test.lnP = lnStudentTUpper(test.t, nn - 2);
    return test;
}

SpearmanTest spearmanTest(std::span<const int> x, std::span<const int> y)
{
    if (x.size() != y.size() || x.size() < 3)
        throw std::invalid_argument("spearmanTest: needs two sequences of the same size, at least 3");
    const std::vector<int> rx = ranksOf(x), ry = ranksOf(y);
    double sum = 0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        const double d = double(rx[i]) - double(ry[i]);
        sum += d * d;
    }
    const double n = double(x.size());
    return spearmanFromR(1 - 6 * sum / (n * (n * n - 1)), int(x.size()));
}

double lnFisherCombined(std::span<const double> lnP)
{
    if (lnP.empty())
        return 0;
    double half = 0;   // X / 2 = -sum ln p
    for (double l : lnP)
        half -= l;
    if (half <= 0)
        return 0;
    // ln sum_{k<L} (X/2)^k / k!
    double lnSum = -std::numeric_limits<double>::infinity();
    const double lnHalf = std::log(half);
    for (std::size_t k = 0; k < lnP.size(); ++k)
        lnSum = logAdd(lnSum, double(k) * lnHalf - std::lgamma(double(k) + 1));
    return std::min(0.0, -half + lnSum);
}

double minusLog10(double lnP)
{
    return -lnP / std::log(10.0);
}

} // namespace pd::provenance
