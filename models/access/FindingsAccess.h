#pragma once
// Who may see and change the independence findings of a team (issue 3, items 4 and 5).
// Pure functions; role and conflicts are read from panel.reviewers. The store enforces the
// same rules for changes (storage/FindingsStore.h); screens use these to show only what is
// allowed and to disable what would be refused.
//
//  - See components and notes: chair, experts and the secretariat, unless they declared a
//    conflict of interest with the team. Observers see standings only. Unknown: nothing.
//  - Change components and their own note: chair and experts without a conflict.
//  - Record the panel verdict: the chair without a conflict.
// The verdict itself is public within the panel (the standings show it to everyone).

#include "domain/Findings.h"

namespace pd {

bool maySeeFindings(const Panel &panel, const QString &memberId, const QString &team);
bool mayEditFindings(const Panel &panel, const QString &memberId, const QString &team);
bool mayRecordVerdict(const Panel &panel, const QString &memberId, const QString &team);

// `findings` as `memberId` may see them: unchanged, or with the verdict only (no components,
// no notes) for a member who may not see them.
TeamFindings visibleFindings(const Panel &panel, const TeamFindings &findings,
                             const QString &memberId);

} // namespace pd
