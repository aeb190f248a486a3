#pragma once
// The statistics of P4 (../shared/spec/provenance.md, "Permutation-robust tests"), all in
// log space: derived pairs give p-values far below the smallest double (the paper prints
// 2.2e-308, its floor), so a p-value is carried as its natural logarithm and shown as
// -log10 p.
//
// - Spearman's rank correlation between two sequences of distinct values:
//   r = 1 - 6 sum d^2 / (n (n^2 - 1)), d the difference of ranks.
// - Its one-sided p-value through Student's t: t = r sqrt((n-2)/(1-r^2)), p = P(T_{n-2} > t),
//   from the regularised incomplete beta, P(T_v > t) = I_{v/(v+t^2)}(v/2, 1/2) / 2 for t > 0,
//   by its continued fraction (modified Lentz) with the prefactor taken in logs.
// - The floor: r = 1 (every rank equal, t infinite) is taken as r = 1 - 6/(n (n^2 - 1)), half
//   the smallest step below 1 (the nearest possible r is 1 - 12/(n (n^2 - 1)), one adjacent
//   swap). So a perfect match gives a finite figure, the largest the test can give for that n
//   (for n = 684 about -log10 p = 3,400), flagged as the floor rather than as minus infinity.
// - Fisher's combination of L independent p-values: X = -2 sum ln p_l,
//   p = P(chi^2_{2L} > X) = e^{-X/2} sum_{k<L} (X/2)^k / k!, summed by log-sum-exp.

#include <span>
#include <vector>

namespace pd::provenance {

struct SpearmanTest {
    int n = 0;                 // pairs
    double r = 0;              // Spearman's rho, in [-1, 1]
    double t = 0;              // Student's t with n - 2 degrees of freedom (at the floor when r = 1)
    double lnP = 0;            // ln of the one-sided p = P(T_{n-2} > t)
    bool atFloor = false;      // r was 1: lnP is the floor for n
};

// Ranks 0..n-1 of `values` (ties: in order of appearance; the analyses rank distinct values).
std::vector<int> ranksOf(std::span<const int> values);

// Spearman between x and y (equal sizes >= 3), with its one-sided p-value (large r: small p).
// std::invalid_argument for fewer than 3 pairs or sizes that differ.
SpearmanTest spearmanTest(std::span<const int> x, std::span<const int> y);

// The same from r and n directly.
SpearmanTest spearmanFromR(double r, int n);

// ln P(T_v > t), Student's t with v > 0 degrees of freedom, any finite t.
double lnStudentTUpper(double t, double v);

// ln I_x(a, b), the regularised incomplete beta, for 0 <= x <= 1, a, b > 0.
double lnRegularisedBeta(double x, double a, double b);

// ln of Fisher's combined p for the given ln p-values (none: 0, i.e. p = 1).
double lnFisherCombined(std::span<const double> lnP);

// -log10 p from ln p.
double minusLog10(double lnP);

} // namespace pd::provenance
