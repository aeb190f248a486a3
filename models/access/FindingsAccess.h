#pragma once
// Who may see and change the independence findings of a team (issue 3, items 4 and 5).
// Pure functions; role and conflicts are read from panel.reviewers (or the member given).
// The use cases (services/FindingsService.h) refuse changes by these rules before the store
// writes; screens use them to show only what is allowed and to disable what would be
// refused. The store keeps only the data rule that a conflicted member writes nothing on
// the team (storage/FindingsStore.h), as it does for scores.
//
//  - See components and notes: chair, experts and the secretariat, unless they declared a
//    conflict of interest with the team. Observers see standings only. Unknown: nothing.
//  - Change components and their own note: chair and experts without a conflict.
//  - Record the panel verdict: the chair without a conflict.
// The verdict itself is public within the panel (the standings show it to everyone).

#include "domain/Findings.h"
#include "domain/Member.h"

namespace pd {

// The roles behind the rules, without a team (a change by component id: the store checks
// the conflict with the component's team).
bool roleSeesFindings(Role role);     // chair, expert, secretariat
bool roleEditsFindings(Role role);    // chair, expert
bool roleRecordsVerdict(Role role);   // chair

// The rules on a member as the store holds it (what the use cases ask).
bool mayEditFindings(const Member &member, const QString &team);
bool mayRecordVerdict(const Member &member, const QString &team);

bool maySeeFindings(const Panel &panel, const QString &memberId, const QString &team);
bool mayEditFindings(const Panel &panel, const QString &memberId, const QString &team);
bool mayRecordVerdict(const Panel &panel, const QString &memberId, const QString &team);

// `findings` as `memberId` may see them: unchanged, or with the verdict only (no components,
// no notes) for a member who may not see them.
TeamFindings visibleFindings(const Panel &panel, const TeamFindings &findings,
                             const QString &memberId);

} // namespace pd
