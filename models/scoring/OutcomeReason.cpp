#include "scoring/OutcomeReason.h"

#include "scoring/Rounding.h"

#include <QCoreApplication>

namespace pd {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OutcomeReason)
};

int eligibleCount(const Standings &standings)
{
    int n = 0;
    for (const TeamStanding &t : standings.teams)
        n += t.independence == Verdict::Pass ? 1 : 0;
    return n;
}
} // namespace

QString describeCut(const Cut &cut, int displayDecimals)
{
    QString text = cut.eliminate ? Tr::tr("eliminate %1").arg(*cut.eliminate)
                                 : Tr::tr("advance %1").arg(cut.advance.value_or(0));
    if (cut.minTotal)
        text += Tr::tr(", minimum total %1").arg(formatScore(*cut.minTotal, displayDecimals));
    return text;
}

QString outcomeReason(const Panel &panel, const Standings &standings, const TeamStanding &team)
{
    const int decimals = panel.round.displayDecimals;
    const QString rank = team.eligibleRank ? QString::number(*team.eligibleRank) : QString();
    const QString of = QString::number(eligibleCount(standings));
    const QString cut = describeCut(panel.round.cut, decimals);
    switch (team.outcome) {
    case Outcome::Advance:
        return Tr::tr("eligible rank %1 of %2, within the cut (%3)").arg(rank, of, cut);
    case Outcome::EliminatedScore:
        if (panel.round.cut.minTotal && compareScores(team.total, *panel.round.cut.minTotal) < 0)
            return Tr::tr("total %1 is below the minimum %2")
                .arg(formatScore(team.total, decimals), formatScore(*panel.round.cut.minTotal, decimals));
        return Tr::tr("eligible rank %1 of %2, below the cut (%3)").arg(rank, of, cut);
    case Outcome::Disqualified: {
        const Independence *record = panel.independenceOf(team.team);
        const QString rationale = record ? record->rationale : QString();
        return Tr::tr("failed the independence criterion: %1").arg(rationale);
    }
    case Outcome::Pending:
        return Tr::tr("independence verdict pending: no outcome until the panel records one");
    case Outcome::TieAtCut:
        return Tr::tr("shares eligible rank %1 at the cut line: the chair must record a tie "
                  "resolution").arg(rank);
    }
    return {};
}

} // namespace pd
