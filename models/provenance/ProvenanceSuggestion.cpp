#include "provenance/ProvenanceSuggestion.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pd::provenance {
namespace {

class Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

QString figure(double minusLog10P, bool atFloor)
{
    const QString value = QString::number(minusLog10P, 'f', 1);
    return atFloor ? Provenance::tr("%1 (the floor: every block matched perfectly)").arg(value) : value;
}

// The 2-D tensors whose centred correlation with the reference reaches the P3 mark while no
// control's does.
QStringList pointingToReuse(const SimilarityResult &similarity)
{
    QStringList names;
    for (const TensorSimilarity &t : similarity.tensors) {
        if (t.shape.size() < 2 || !(t.candidate.pearson >= pointsToReuseCorrelation))
            continue;
        bool controlToo = false;
        for (const auto &c : t.controls)
            controlToo = controlToo || (c && c->pearson >= pointsToReuseCorrelation);
        if (!controlToo)
            names << t.name;
    }
    return names;
}

} // namespace

QString suggestionKey(Suggestion suggestion)
{
    switch (suggestion) {
    case Suggestion::Reused:
        return QStringLiteral("reused");
    case Suggestion::Initialized:
        return QStringLiteral("initialized");
    case Suggestion::Inconclusive:
        break;
    }
    return QStringLiteral("inconclusive");
}

SuggestionResult suggest(const ComparisonInput &input, const std::optional<SimilarityResult> &similarity,
                         const std::optional<MlpTestResult> &mlp)
{
    SuggestionResult out;
    if (mlp)
        for (std::size_t k = 0; k < mlp->controls.size(); ++k)
            if (mlp->controls[k].applicable && mlp->controls[k].strongest() > reusedThreshold)
                out.controlWarnings << Provenance::tr("Control %1 itself looks derived from the reference "
                                                      "(P4: -log10 p = %2): it is not a fair baseline.")
                                           .arg(k + 1)
                                           .arg(QString::number(mlp->controls[k].strongest(), 'f', 1));

    const QString threshold = QString::number(reusedThreshold, 'f', 0);
    if (input.exactReuseFound) {
        out.suggestion = Suggestion::Reused;
        out.reason = input.exactReuseSummary.isEmpty()
                         ? Provenance::tr("P2 found the candidate's weights (or a cast of them) in the reference.")
                         : Provenance::tr("P2 found the candidate's weights (or a cast of them) in the reference: %1")
                               .arg(input.exactReuseSummary);
        return out;
    }
    if (mlp && mlp->candidate.applicable && mlp->candidate.strongest() > reusedThreshold) {
        const PairMlpTest &p = mlp->candidate;
        const bool byU = p.minusLog10PU() >= p.minusLog10PGU();
        out.suggestion = Suggestion::Reused;
        out.reason = byU ? Provenance::tr("P4: the hidden units of %n block(s) keep the reference's order "
                                          "(phi_U, combined -log10 p = %1, above the threshold %2).",
                                          nullptr, p.blocksU)
                               .arg(figure(p.minusLog10PU(), p.uAtFloor), threshold)
                         : Provenance::tr("P4: the up and gate (or down) projections of %n block(s) are matched to "
                                          "the reference by the same permutation (phi_GU, combined -log10 p = %1, "
                                          "above the threshold %2).",
                                          nullptr, p.blocksGU)
                               .arg(figure(p.minusLog10PGU(), p.guAtFloor), threshold);
        return out;
    }
    const QStringList pointing = similarity ? pointingToReuse(*similarity) : QStringList();
    if (mlp && mlp->candidate.applicable && mlp->candidate.strongest() < unremarkableBelow && pointing.isEmpty()) {
        out.suggestion = Suggestion::Initialized;
        out.reason = Provenance::tr("P4 is unremarkable (combined -log10 p: phi_U %1, phi_GU %2, below %3) and no "
                                    "tensor correlates with the reference beyond the controls.")
                         .arg(QString::number(mlp->candidate.minusLog10PU(), 'f', 2),
                              mlp->candidate.blocksGU ? QString::number(mlp->candidate.minusLog10PGU(), 'f', 2)
                                                      : Provenance::tr("not tested"),
                              QString::number(unremarkableBelow, 'f', 0));
        return out;
    }
    out.suggestion = Suggestion::Inconclusive;
    if (!mlp)
        out.reason = Provenance::tr("P4 was not run.");
    else if (!mlp->candidate.applicable)
        out.reason = Provenance::tr("P4 is not applicable: %1").arg(mlp->candidate.reason);
    else if (!pointing.isEmpty())
        out.reason = Provenance::tr("%n tensor(s) correlate with the reference (centred r >= %1) while no control "
                                    "does, for example %2; P4 gives -log10 p = %3, below the threshold %4.",
                                    nullptr, int(pointing.size()))
                         .arg(QString::number(pointsToReuseCorrelation, 'f', 1), pointing.first(),
                              QString::number(mlp->candidate.strongest(), 'f', 1), threshold);
    else
        out.reason = Provenance::tr("P4 gives -log10 p = %1: neither unremarkable (below %2) nor above the "
                                    "threshold %3.")
                         .arg(QString::number(mlp->candidate.strongest(), 'f', 1),
                              QString::number(unremarkableBelow, 'f', 0), threshold);
    return out;
}

QStringList provenanceCaveats()
{
    return {
        Provenance::tr("A team that trained from scratch on a copy's outputs (distillation) leaves no trace in the "
                       "weights: the tests see independent weights."),
        Provenance::tr("The tests assume that only the hidden units were permuted: a rotated residual stream (or "
                       "any other change of basis) hides a copy from them."),
        Provenance::tr("A low figure is not proof of independence: weights trained far from their origin, "
                       "pruned, merged or re-quantised coarsely may lose the signal."),
        Provenance::tr("Raw cosine alone proves nothing: LayerNorm gains of unrelated models are all near 1, so "
                       "their raw cosine is high; read the centred correlation against the controls."),
    };
}

} // namespace pd::provenance
