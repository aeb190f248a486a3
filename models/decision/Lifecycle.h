#pragma once
// The round lifecycle as a pure state machine (docs/decision.md):
//
//   open -> scoring -> locked -> decided -> announced (appeal window) -> final
//
// Scoring begins with the first score sheet (not a step). Every step is the chair's
// (access/LifecycleAccess.h):
// lock; reopen (from locked or decided, before the announcement, with a reason); decide
// (from complete standings only, R7, with a reason for each eliminated or disqualified
// team); announce on a date D (the appeal window closes at the end of D + appeal_days, R9);
// appeals filed (late ones recorded and refused by rule) and ruled on (upheld reopens the
// round: a new decision version follows); final once the window has closed and every
// appeal is ruled on.
//
// Each check throws InputError naming why the step is refused; the store (DecisionStore.h)
// runs the same checks inside its write transaction.

#include "decision/Decision.h"
#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QMap>
#include <optional>

namespace pd {

enum class LifecycleStep { Lock, Reopen, Decide, Announce, FileAppeal, RuleAppeal, Finalize };

QString describeStep(LifecycleStep step);   // translated, e.g. "lock the round"

// The last day on which an appeal is in time: D + appealDays (the window closes at the end
// of that day). 2026-01-15 with 10 days: 2026-01-25.
QDate appealWindowCloses(const QDate &announced, int appealDays);

// Whether `day` lies in the window [announced, closes].
bool appealWindowOpen(const QDate &announced, int appealDays, const QDate &day);

// Days left after `today` until the window closes: 0 on the last day, negative once closed.
int appealDaysLeft(const QDate &closes, const QDate &today);

// The step's own precondition on the state, nothing else (a data rule: the store checks it
// in its transaction). Who may take a step is access/LifecycleAccess.h's.
void requireStep(const RoundStatus &status, LifecycleStep step);

// Decide: the standings are complete (R7.5) and every eliminated or disqualified team has a
// reason in `reasons` (team id -> text). Reasons for unknown teams are refused too.
void requireDecidable(const Standings &standings, const QMap<QString, QString> &reasons);

// Announce on `date` (not before the decision, not after `today`).
void requireAnnounceDate(const RoundStatus &status, const QDate &date, const QDate &today);

// A new appeal against the latest version: a team eliminated on score or disqualified,
// filed on a day between the announcement and `today`, with grounds. Returns whether it is
// late (filed after the window closed).
bool checkAppealFiling(const RoundStatus &status, const QString &team, const QDate &filedOn,
                       const QString &grounds, const QDate &today);

// A ruling on appeal `id`: in time, not late, not ruled yet, with a reason, dated between
// the filing and `today`.
void requireRuling(const RoundStatus &status, qint64 id, const QString &reason,
                   const QDate &ruledOn, const QDate &today);

// Final: the window has closed before `today` and no appeal awaits a ruling.
void requireFinalizable(const RoundStatus &status, const QDate &today);

} // namespace pd
