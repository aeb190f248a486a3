#pragma once
// Who may do what in the window (trust.md, "One door"; docs/visibility.md): one function per
// question, each given the signed-in member or nobody (std::nullopt). MainWindow, PanelView,
// the import flows and the dialogs ask these; no widget decides by role itself. The store
// refuses the same writes on its own (a second line of defence, not the rule).
// tests/access/tst_windowaccess.cpp drives every question for nobody, an observer, an
// expert, a conflicted expert, the secretariat and the chair (test T17 for the window).
//
//   question                       nobody  observer  expert  secretariat  chair
//   Standings tab                    yes     yes      yes       yes        yes
//   My sheets tab (fill sheets)       -       -       yes        -         yes
//   Independence tab                  -       -       yes       yes        yes
//   Charts, Sensitivity, Agreement    -       -        -         -         yes
//   Progress, Audit log, Decision     -       -        -         -         yes
//   reopen a submitted sheet          -       -        -         -         yes
//   import benchmarks, ratings        -       -        -        yes        yes
//   import score sheets               -       -        -         -         yes
//   export own score sheets           -       -       yes        -         yes
//   manage members (add, passphrases) -       -        -        yes        yes
//   own conflicts and passphrase      -      yes      yes       yes        yes
//   check a server's audit chain      -       -        -         -         yes
//   start the next round (final)      -       -        -         -         yes
//
// A declared conflict of interest changes no tab or menu; it closes that team's sheet and
// findings (mayOpenSheetOf, FindingsAccess.h) and hides its expert score (Visibility.h).

#include "decision/Decision.h"
#include "domain/Member.h"

#include <optional>

namespace pd {

// The signed-in member, or nobody.
using Viewer = std::optional<Member>;

// Tabs.
bool maySeeStandings(const Viewer &viewer);
bool mayFillSheets(const Viewer &viewer);
bool mayOpenFindings(const Viewer &viewer);
bool maySeeCharts(const Viewer &viewer);
bool maySeeSensitivity(const Viewer &viewer);
bool maySeeAgreement(const Viewer &viewer);
bool maySeeProgress(const Viewer &viewer);
bool maySeeAuditLog(const Viewer &viewer);
bool mayRunDecision(const Viewer &viewer);   // the Decision tab: lock, decide, announce ...

// Actions and menus.
bool mayReopenSheets(const Viewer &viewer);
bool mayImportBenchmarks(const Viewer &viewer);
bool mayImportRatings(const Viewer &viewer);
bool mayImportSheets(const Viewer &viewer);
bool mayExportOwnSheets(const Viewer &viewer);
bool mayManageMembers(const Viewer &viewer);        // File > Members…
bool mayEditOwnMembership(const Viewer &viewer);    // File > My conflicts and passphrase…
// On a server, the chain check on sign-in (the banner): only the chair reads every audit
// entry there; the others read their own (docs/server.md).
bool mayVerifyServerChain(const Viewer &viewer);
// Decision > Start next round…: the chair (canRunLifecycleStep), once the round is final
// (actions/NextRound.h refuses the same).
bool mayStartNextRound(const Viewer &viewer, RoundState state);

// The viewer's own score sheet for `team` may be opened: they fill sheets and declared no
// conflict of interest with the team (the sheets list shows "conflict" instead).
bool mayOpenSheetOf(const Viewer &viewer, const QString &team);

} // namespace pd
