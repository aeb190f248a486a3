#include "access/CommandAccess.h"

#include "access/MemberPermissions.h"

namespace pd {
namespace {

bool is(const Member *actor, std::initializer_list<Role> roles)
{
    if (!actor)
        return false;
    for (Role role : roles)
        if (actor->role == role)
            return true;
    return false;
}

AccessAnswer answer(bool allowed, NeededRole needed) { return {allowed, needed}; }

AccessAnswer chairOnly(const Member *actor)
{
    return answer(is(actor, {Role::Chair}), NeededRole::Chair);
}

AccessAnswer chairOrSecretariat(const Member *actor)
{
    return answer(is(actor, {Role::Chair, Role::Secretariat}), NeededRole::ChairOrSecretariat);
}

} // namespace

AccessAnswer canAddMember(const Member *actor, Role newRole)
{
    if (newRole == Role::Chair)
        return chairOnly(actor);
    return answer(actor && canManageMembers(*actor), NeededRole::ChairOrSecretariat);
}

AccessAnswer canSetPassphrase(const Member *actor, const Member &target)
{
    if (target.role == Role::Chair)
        return chairOnly(actor);
    return answer(actor && canSetPassphraseOf(*actor, target.id),
                  NeededRole::TheMemberOrChairOrSecretariat);
}

AccessAnswer canImportRatings(const Member *actor) { return chairOrSecretariat(actor); }
AccessAnswer canImportBenchmarks(const Member *actor) { return chairOrSecretariat(actor); }
AccessAnswer canImportSheets(const Member *actor) { return chairOnly(actor); }
AccessAnswer canExportPanel(const Member *actor) { return chairOrSecretariat(actor); }

AccessAnswer canExportSheetsOf(const Member *actor, const QString &memberId)
{
    return answer(actor && actor->id == memberId && is(actor, {Role::Chair, Role::Expert}),
                  NeededRole::TheMember);
}

AccessAnswer canSeeAgreement(const Member *actor) { return chairOnly(actor); }
AccessAnswer canSeeSensitivity(const Member *actor) { return chairOnly(actor); }
AccessAnswer canRunLifecycleStep(const Member *actor) { return chairOnly(actor); }
AccessAnswer canExportReviewerTotals(const Member *actor) { return chairOnly(actor); }

AccessAnswer canHoldSheets(const Member *actor)
{
    return answer(is(actor, {Role::Chair, Role::Expert}), NeededRole::ChairOrExpert);
}

AccessAnswer canReplacePanel(const Member *actor) { return chairOnly(actor); }
AccessAnswer canChangeSetup(const Member *actor, SetupStage stage)
{
    switch (stage) {
    case SetupStage::BeforeFirstScore:
        return chairOrSecretariat(actor);
    case SetupStage::Scored:
        return chairOnly(actor);
    case SetupStage::Closed:
        break;
    }
    return answer(false, NeededRole::Chair);
}

AccessAnswer canBackUp(const Member *actor) { return chairOrSecretariat(actor); }
AccessAnswer canRestore(const Member *actor) { return chairOrSecretariat(actor); }

AccessAnswer canWriteReport(const Member *actor, const QString &disclosure,
                            bool versionAnnounced, bool choosesPublishedTeams)
{
    if (disclosure == QLatin1String("public") && versionAnnounced && !choosesPublishedTeams)
        return answer(true, NeededRole::Chair);
    return chairOnly(actor);
}

bool seesMoreThanPublic(const Member *actor) { return actor != nullptr; }

bool seesRatingSummary(const Member *actor)
{
    return actor && actor->role != Role::Observer;
}

} // namespace pd
