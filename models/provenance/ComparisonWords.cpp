#include "provenance/ComparisonWords.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pd::provenance {
namespace {

struct Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

QString fixed(double v, int decimals) { return QString::number(v, 'f', decimals); }

QString controlName(qsizetype k) { return Provenance::tr("control %1").arg(k + 1); }

QString mlpParagraph(const MlpTestResult &mlp)
{
    const PairMlpTest &c = mlp.candidate;
    if (!c.applicable)
        return Provenance::tr("P4 (the MLP tests) did not apply: %1").arg(c.reason);
    QStringList controls;
    for (std::size_t k = 0; k < mlp.controls.size(); ++k)
        controls << Provenance::tr("%1: %2 and %3").arg(controlName(qsizetype(k)),
                                                        combinedFigureText(mlp.controls[k], false),
                                                        combinedFigureText(mlp.controls[k], true));
    QString text = Provenance::tr("P4 (the MLP tests, %n block(s)): -log10 p = %1 for phi_U and %2 for phi_GU.", nullptr,
                                  std::max(c.blocksU, c.blocksGU))
                       .arg(combinedFigureText(c, false), combinedFigureText(c, true));
    text += QLatin1Char(' ');
    text += controls.isEmpty()
        ? Provenance::tr("No control was given: nothing shows what an unrelated model scores.")
        : Provenance::tr("The controls against the same reference: %1.").arg(controls.join(QStringLiteral("; ")));
    text += QLatin1Char(' ');
    text += Provenance::tr("Above %1 points to reuse; unrelated models stay below %2 (p > 0.01).")
                .arg(fixed(reusedThreshold, 0), fixed(unremarkableBelow, 0));
    return text;
}

QString similarityParagraph(const SimilarityResult &s, std::size_t controls)
{
    const std::optional<double> candidate = medianCorrelation(s, -1);
    QString text = Provenance::tr("P3 (similarity, %n tensor(s) compared by name and shape):", nullptr, int(s.tensors.size()));
    if (!candidate)
        return text + QLatin1Char(' ') + Provenance::tr("no figure (no tensor was compared).");
    QStringList parts;
    for (std::size_t k = 0; k < controls; ++k) {
        const std::optional<double> m = medianCorrelation(s, int(k));
        parts << Provenance::tr("%1 %2").arg(controlName(qsizetype(k)),
                                             m ? fixed(*m, 3) : Provenance::tr("no figure"));
    }
    text += QLatin1Char(' ');
    text += Provenance::tr("median centred correlation with the reference %1 for the candidate").arg(fixed(*candidate, 3));
    if (!parts.isEmpty())
        text += Provenance::tr(", against %1 for the controls").arg(parts.join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    if (!s.shapeDiffers.isEmpty() || !s.notConvertible.isEmpty())
        text += QLatin1Char(' ')
            + Provenance::tr("Not compared: %1 with another shape, %2 of a type PanelDesk does not read.")
                  .arg(s.shapeDiffers.size()).arg(s.notConvertible.size());
    return text;
}

} // namespace

QString suggestionText(Suggestion suggestion)
{
    switch (suggestion) {
    case Suggestion::Reused:
        return Provenance::tr("reused");
    case Suggestion::Initialized:
        return Provenance::tr("initialized");
    case Suggestion::Inconclusive:
        break;
    }
    return Provenance::tr("inconclusive");
}

QString combinedFigureText(const PairMlpTest &pair, bool gu)
{
    const int blocks = gu ? pair.blocksGU : pair.blocksU;
    if (!pair.applicable || blocks == 0)
        return Provenance::tr("not applicable");
    const double v = gu ? pair.minusLog10PGU() : pair.minusLog10PU();
    return (gu ? pair.guAtFloor : pair.uAtFloor) ? Provenance::tr("%1 (at the floor)").arg(fixed(v, 1)) : fixed(v, 1);
}

std::optional<double> medianCorrelation(const SimilarityResult &similarity, int control)
{
    std::vector<double> values;
    for (const TensorSimilarity &t : similarity.tensors) {
        if (control < 0) {
            values.push_back(t.candidate.pearson);
        } else if (std::size_t(control) < t.controls.size() && t.controls[std::size_t(control)]) {
            values.push_back(t.controls[std::size_t(control)]->pearson);
        }
    }
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty())
        return std::nullopt;
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    return (*std::max_element(values.begin(), mid) + upper) / 2;
}

QStringList comparisonInWords(const ComparisonRun &run)
{
    const ComparisonResult &r = run.result;
    QStringList words;
    words << Provenance::tr("Suggestion: %1. %2").arg(suggestionText(r.suggestion.suggestion), r.suggestion.reason);
    QString exact = Provenance::tr("P2 (exact reuse): %1.").arg(exactReuseSummary(run.reuse));
    if (!run.reuse.constants.empty())
        exact += QLatin1Char(' ') + Provenance::tr("%n constant tensor(s) left out: they match any constant and prove nothing.",
                                                   nullptr, int(run.reuse.constants.size()));
    words << exact;
    if (r.mlp)
        words << mlpParagraph(*r.mlp);
    if (r.similarity)
        words << similarityParagraph(*r.similarity, std::size_t(run.controls.size()));
    for (const QString &warning : r.suggestion.controlWarnings)
        words << Provenance::tr("Warning: %1").arg(warning);
    QString caveats = Provenance::tr("The suggestion is evidence for the expert, not a verdict: the verdict stays the chair's. "
                                     "What the weights cannot show:");
    for (const QString &caveat : provenanceCaveats())   // in the language shown now (the same list as r.caveats)
        caveats += QStringLiteral("\n  - ") + caveat;
    words << caveats;
    return words;
}

} // namespace pd::provenance
