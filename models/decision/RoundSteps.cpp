#include "decision/RoundSteps.h"

#include "access/LifecycleAccess.h"
#include "domain/Errors.h"
#include "services/ActingMember.h"
#include "storage/PanelStore.h"

namespace pd {
namespace {

bool stepAllowed(const RoundStatus &status, const Member *member, LifecycleStep step)
{
    try {
        requireLifecycleActor(member, member ? member->id : QString(), step);
        requireStep(status, step);
        return true;
    } catch (const InputError &) {
        return false;
    }
}

} // namespace

void requireStepActor(const PanelStore &store, const Actor &actor, LifecycleStep step)
{
    const std::optional<Member> member = actingMember(store, actor.id);
    requireLifecycleActor(member ? &*member : nullptr, actor.id, step);
}

void reopenRoundStep(PanelStore &store, const QString &reason, const QDate &today,
                     const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::Reopen);
    store.reopenRound(reason, today, actor);
}

qint64 fileAppealStep(PanelStore &store, const QString &team, const QDate &filedOn,
                      const QString &grounds, const QStringList &committee, const QDate &today,
                      const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::FileAppeal);
    return store.fileAppeal(team, filedOn, grounds, committee, today, actor);
}

void ruleAppealStep(PanelStore &store, qint64 id, Ruling ruling, const QString &reason,
                    const QDate &today, const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::RuleAppeal);
    store.ruleAppeal(id, ruling, reason, today, actor);
}

AvailableSteps availableSteps(const RoundStatus &status, const Member *member, const QDate &today)
{
    AvailableSteps steps;
    steps.lock = stepAllowed(status, member, LifecycleStep::Lock);
    steps.reopen = stepAllowed(status, member, LifecycleStep::Reopen);
    steps.decide = stepAllowed(status, member, LifecycleStep::Decide);
    steps.announce = stepAllowed(status, member, LifecycleStep::Announce);
    // In the window an appeal is recorded while the window is open or late before the
    // decision is final; a late one after it is final goes through paneldesk-cli.
    steps.fileAppeal = status.state == RoundState::Announced
                       && stepAllowed(status, member, LifecycleStep::FileAppeal);
    if (stepAllowed(status, member, LifecycleStep::Finalize)) {
        try {
            requireFinalizable(status, today);   // the window closed, every appeal ruled on
            steps.finalize = true;
        } catch (const InputError &e) {
            steps.finalizeRefused = e.message();
        }
    }
    return steps;
}

bool mayRuleOn(const RoundStatus &status, const Member *member, const Appeal &appeal)
{
    return stepAllowed(status, member, LifecycleStep::RuleAppeal) && appeal.awaitingRuling()
           && status.latest() && appeal.version == status.latest()->version;
}

std::vector<DecisionOutcome> appealableOutcomes(const RoundStatus &status)
{
    std::vector<DecisionOutcome> outcomes;
    if (const DecisionVersion *latest = status.latest())
        for (const DecisionOutcome &o : latest->outcomes)
            if (mayAppeal(o.outcome))   // the rule checkAppealFiling applies
                outcomes.push_back(o);
    return outcomes;
}

} // namespace pd
