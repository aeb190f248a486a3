#include "access/SheetAccess.h"
#include "access/WindowAccess.h"

#include "access/CommandAccess.h"
#include "access/FindingsAccess.h"
#include "access/MemberPermissions.h"

namespace pd {
namespace {

bool isChair(const Viewer &viewer) { return viewer && viewer->role == Role::Chair; }

// The questions the CLI asks too are answered by CommandAccess.h (one rule, one place).
const Member *actorOf(const Viewer &viewer) { return viewer ? &*viewer : nullptr; }

} // namespace

bool maySeeStandings(const Viewer &) { return true; }   // what they show: StandingsAccess.h

bool mayFillSheets(const Viewer &viewer) { return bool(canHoldSheets(actorOf(viewer))); }

bool mayOpenFindings(const Viewer &viewer) { return viewer && roleSeesFindings(viewer->role); }

bool maySeeCharts(const Viewer &viewer) { return isChair(viewer); }

bool maySeeSensitivity(const Viewer &viewer) { return bool(canSeeSensitivity(actorOf(viewer))); }

bool maySeeAgreement(const Viewer &viewer) { return bool(canSeeAgreement(actorOf(viewer))); }

bool maySeeProgress(const Viewer &viewer) { return isChair(viewer); }

bool maySeeAuditLog(const Viewer &viewer) { return isChair(viewer); }
bool mayVerifyServerChain(const Viewer &viewer) { return isChair(viewer); }

bool mayRunDecision(const Viewer &viewer) { return bool(canRunLifecycleStep(actorOf(viewer))); }

bool mayStartNextRound(const Viewer &viewer, RoundState state)
{
    return state == RoundState::Final && bool(canRunLifecycleStep(actorOf(viewer)));
}

bool mayReopenSheets(const Viewer &viewer) { return viewer && roleReopensSheets(viewer->role); }

bool mayImportBenchmarks(const Viewer &viewer) { return bool(canImportBenchmarks(actorOf(viewer))); }

bool mayImportRatings(const Viewer &viewer) { return bool(canImportRatings(actorOf(viewer))); }

bool mayImportSheets(const Viewer &viewer) { return bool(canImportSheets(actorOf(viewer))); }

bool mayExportOwnSheets(const Viewer &viewer) { return mayFillSheets(viewer); }

bool mayManageMembers(const Viewer &viewer) { return viewer && canManageMembers(*viewer); }

bool mayEditOwnMembership(const Viewer &viewer)
{
    return viewer && canSetPassphraseOf(*viewer, viewer->id) && canSetConflictsOf(*viewer, viewer->id);
}

bool mayOpenSheetOf(const Viewer &viewer, const QString &team)
{
    return mayFillSheets(viewer) && !viewer->conflicts.contains(team);
}

} // namespace pd
