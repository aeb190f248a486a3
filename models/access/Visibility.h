#pragma once
// Who may see which expert score (issue 3, items 5 and 6). Pure functions, no SQL: the store
// hands out everything (PanelStore::loadPanel includes every draft; SQLite has no users),
// and every screen, chart, count, average, report and export a member sees is computed from
// what these functions return for that member — never from the full panel.
//
// Input: the full panel and the signed-in member's id; role and conflicts are read from
// full.reviewers. The rules, in order (docs/visibility.md says them in plain words):
//
//  1. Unknown member: sees no expert score and no user rating (deny by default).
//  2. Conflict of interest: a member never sees any score of a team they declared a
//     conflict with — their own included (they cannot hold one: the store refuses it).
//  3. Drafts are private: a draft row is in its own reviewer's view only. Every other view
//     has no row of it at all, so it cannot show up as a count, a total or an average.
//  4. Expert: their own rows (draft or submitted); another member's submitted rows for team
//     T only while the expert's own sheet for T is submitted ("submit first, then compare";
//     a reopened sheet hides them again until it is resubmitted).
//  5. Chair: their own rows and every submitted row; never another member's draft.
//  6. Secretariat and observer: no expert score row at all; observers see no user rating
//     row either. They see standings only (visibleStandings).
//
// Rows are filtered, never altered: what remains is exactly as stored, in stored order.
// Everything else in the panel (configuration, teams, members and their declared
// conflicts, benchmark results, independence) is unchanged.

#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "domain/SheetRecord.h"
#include "scoring/Standings.h"

#include <QStringList>
#include <vector>

namespace pd {

// The panel as `memberId` may see it (rules 1-6).
Panel visiblePanel(const Panel &full, const QString &memberId);

// True when `memberId` may see the score row of `reviewer` for `team` (submitted or not):
// the same rules, for one row.
bool maySeeScore(const Panel &full, const QString &memberId, const QString &reviewer,
                 const QString &team, bool submitted);

// The sheets (state and overall opinion) `memberId` may see, by the same rules as their
// scores: own sheets (not for a conflicted team), other members' submitted sheets for the
// chair, and for an expert only for teams where their own sheet is submitted.
std::vector<SheetRecord> visibleSheets(const Panel &full, const std::vector<SheetRecord> &sheets,
                                       const QString &memberId);

// The standings `memberId` may see. Chair and expert: computed from their visiblePanel
// (drafts never count, R3, so another member's draft can never change them). Secretariat
// and observer: computed from every submitted row except those of their conflicted teams —
// the rows themselves are never handed out. Unknown member: computed without any expert
// score. The second form takes the user ratings as tallies (PanelStore::loadScoringInputs).
Standings visibleStandings(const Panel &full, const QString &memberId);
Standings visibleStandings(const Panel &full, const std::vector<RatingTally> &ratingTallies,
                           const QString &memberId);

// The teams whose expert score — and therefore total, ranks and outcome — in this member's
// visibleStandings is not the panel's, in team order: their conflicted teams, for an expert
// also every team their own sheet is not submitted for, and every team for an unknown
// member. Screens show these figures as hidden, not as 0. Decided by the rules alone, never
// by whether other members have submitted (that would itself tell something).
QStringList teamsWithHiddenExpertScores(const Panel &full, const QString &memberId);

} // namespace pd
