#include "services/PanelSetup.h"

#include "access/CommandAccess.h"
#include "decision/Decision.h"
#include "domain/Errors.h"
#include "services/ActingMember.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelSetup)
};

SetupStage stageOf(const PanelStore &store)
{
    const RoundStatus status = store.loadRoundStatus();
    if (!status.versions.empty()
        || (status.state != RoundState::Open && status.state != RoundState::Scoring))
        return SetupStage::Closed;
    return store.holdsInputs() ? SetupStage::Scored : SetupStage::BeforeFirstScore;
}

QString who(const Actor &actor)
{
    return actor.id.isEmpty() ? Tr::tr("nobody signed in") : actor.id;
}

} // namespace

SetupPermission setupPermission(const PanelStore &store, const Actor &actor)
{
    const std::optional<Member> member = actingMember(store, actor.id);
    const SetupStage stage = stageOf(store);
    const bool allowed = bool(canChangeSetup(member ? &*member : nullptr, stage));
    switch (stage) {
    case SetupStage::Closed: {
        const RoundStatus status = store.loadRoundStatus();
        if (!status.versions.empty() && (status.state == RoundState::Open || status.state == RoundState::Scoring))
            return {SetupAccess::Refused,
                    Tr::tr("round %1 holds decision records: its configuration can no longer change "
                           "(start the next round)").arg(status.round)};
        return {SetupAccess::Refused,
                Tr::tr("round %1 is %2: its configuration can no longer change (reopen the round "
                       "before a decision is recorded, or start the next round)")
                    .arg(status.round, toString(status.state))};
    }
    case SetupStage::BeforeFirstScore:
        if (allowed)
            return {SetupAccess::Prepare,
                    Tr::tr("no score has been entered yet: the chair and the secretariat may "
                           "prepare the configuration")};
        return {SetupAccess::Refused,
                Tr::tr("before the first score the chair or the secretariat prepares the "
                       "configuration (%1 is neither)").arg(who(actor))};
    case SetupStage::Scored:
        if (allowed)
            return {SetupAccess::ChangeWithReason,
                    Tr::tr("scores are already entered: a change of the configuration needs a "
                           "reason, which the audit log keeps")};
        return {SetupAccess::Refused,
                Tr::tr("scores are already entered: only the chair changes the configuration "
                       "now (%1 is not the chair)").arg(who(actor))};
    }
    return {};
}

void changePanelSetup(PanelStore &store, const Panel &setup, const QString &reason, const Actor &actor)
{
    const SetupPermission permission = setupPermission(store, actor);
    if (permission.access == SetupAccess::Refused)
        throw InputError(permission.why);
    if (permission.access == SetupAccess::ChangeWithReason && reason.trimmed().isEmpty())
        throw InputError(Tr::tr("scores are already entered: changing the configuration needs a "
                                "reason (it is kept in the audit log)"));
    store.changeConfiguration(setup, reason.trimmed(), actor);
}

} // namespace pd
