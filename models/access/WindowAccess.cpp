#include "access/WindowAccess.h"

#include "access/MemberPermissions.h"

namespace pd {
namespace {

bool isChair(const Viewer &viewer) { return viewer && viewer->role == Role::Chair; }

bool isOneOf(const Viewer &viewer, std::initializer_list<Role> roles)
{
    if (!viewer)
        return false;
    for (Role role : roles)
        if (viewer->role == role)
            return true;
    return false;
}

} // namespace

bool maySeeStandings(const Viewer &) { return true; }   // what they show: StandingsAccess.h

bool mayFillSheets(const Viewer &viewer) { return isOneOf(viewer, {Role::Expert, Role::Chair}); }

bool mayOpenFindings(const Viewer &viewer)
{
    return isOneOf(viewer, {Role::Chair, Role::Expert, Role::Secretariat});
}

bool maySeeCharts(const Viewer &viewer) { return isChair(viewer); }

bool maySeeSensitivity(const Viewer &viewer) { return isChair(viewer); }

bool maySeeAgreement(const Viewer &viewer) { return isChair(viewer); }

bool maySeeProgress(const Viewer &viewer) { return isChair(viewer); }

bool maySeeAuditLog(const Viewer &viewer) { return isChair(viewer); }

bool mayRunDecision(const Viewer &viewer) { return isChair(viewer); }

bool mayReopenSheets(const Viewer &viewer) { return isChair(viewer); }

bool mayImportBenchmarks(const Viewer &viewer)
{
    return isOneOf(viewer, {Role::Secretariat, Role::Chair});
}

bool mayImportRatings(const Viewer &viewer)
{
    return isOneOf(viewer, {Role::Secretariat, Role::Chair});
}

bool mayImportSheets(const Viewer &viewer) { return isChair(viewer); }

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
