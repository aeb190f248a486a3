#include "decision/DecideRound.h"
#include "decision/VerifiedSteps.h"

#include "access/WindowAccess.h"
#include "decision/Lifecycle.h"
#include "domain/Errors.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DecideRound)
};

void requireChair(const Member &chair)
{
    if (!mayRunDecision(chair))
        throw InputError(Tr::tr("only the chair decides the round (%1 is not the chair)").arg(chair.id));
}

} // namespace

std::optional<DecisionPlan> prepareDecision(const PanelStore &store, const Member &chair,
                                            const OrderTie &orderTie)
{
    requireChair(chair);
    ScoringInputs inputs = store.loadScoringInputs();
    DecisionPlan plan;
    plan.standings = computeStandings(inputs.panel, inputs.ratingTallies);
    // A tie at the cut: the chair orders the group first (R7.3), then the outcomes follow.
    TeamNames tied;
    for (const TeamStanding &t : plan.standings.teams)
        if (t.outcome == Outcome::TieAtCut)
            tied.append({t.team, inputs.panel.team(t.team) ? inputs.panel.team(t.team)->name : t.team});
    if (!tied.isEmpty()) {
        const std::optional<TieResolution> order = orderTie(tied);
        if (!order)
            return std::nullopt;
        plan.ties.push_back(*order);
        inputs.panel.round.tieResolutions.push_back(*order);
        plan.standings = computeStandings(inputs.panel, inputs.ratingTallies);
    }
    QMap<QString, QString> placeholder;
    for (const TeamStanding &t : plan.standings.teams)
        placeholder.insert(t.team, QStringLiteral("-"));
    requireDecidable(plan.standings, placeholder);   // complete standings first (R7)
    for (const TeamStanding &t : plan.standings.teams)
        if (t.outcome == Outcome::EliminatedScore || t.outcome == Outcome::Disqualified)
            plan.needReasons.emplace_back(t.team, t.outcome);
    return plan;
}

int recordDecision(PanelStore &store, const DecisionPlan &plan, const QMap<QString, QString> &reasons,
                   const QDate &today, const Member &chair, const InputsProgress &progress)
{
    requireChair(chair);
    return decideVerified(store, today, reasons, plan.ties, chair.id, progress);
}

} // namespace pd
