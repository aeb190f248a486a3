#pragma once
// The next round from a final one (R10; docs/decision.md, "The next round"). A round lives in
// its own database file: the final round's file stays as it is (its decision, appeals and
// audit log are the record), and the next round is a new file built from it.
//
// Carried over: the program; the teams whose outcome in the final decision version is
// `advance` (with the round they entered); the categories, benchmark groups, rubric and user
// items, cut, tie-break and appeal settings (copied for editing: export-panel, edit,
// import-panel --replace before scoring starts); the members with their roles and conflicts.
// Not carried over: scores, results, ratings, findings, tie resolutions, passphrases (only the
// chair's, who creates the round; the others set theirs again).
// A group whose benchmarks are all team-specific (individual benchmarks) gets a placeholder
// benchmark "<group>-<team>" for each re-called team, to be set before scoring.
// A re-call adds new teams that enter at the new round; a team eliminated earlier may
// re-apply and enters again as a new entry (entered_round = the new round).

#include "decision/Decision.h"
#include "domain/Panel.h"

#include <QString>
#include <optional>
#include <vector>

namespace pd {

struct NextRoundRequest {
    QString roundId;                 // e.g. "R2"
    QString roundName;               // e.g. "2차 평가"
    std::vector<Team> recalled;      // new teams (enteredRound is set to roundId)
    QStringList reentering;          // ids of teams eliminated in the final round
    // The new round's cut (eliminate N or advance N) instead of the copied one, e.g. the
    // second evaluation's "4 teams, eliminate 1" after a re-call. A minimum total it does not
    // give (min_total) stays as copied.
    std::optional<Cut> cut = std::nullopt;
};

// The number of teams the next round would hold: the advancing teams of the final decision
// version, plus the re-entering and the re-called ones (no checks).
int nextRoundFieldSize(const RoundStatus &status, const NextRoundRequest &request);

// The next round's panel, from the final round's panel and its final decision version.
// InputError when the round is not final, the new id is taken or invalid, a re-called team
// id is already in use, or a re-entering team did not take part or advanced anyway, when the
// new cut names more teams than the round holds, or when the new panel breaks a rule of
// validatePanel (domain/PanelValidator.h; its message, e.g. "teams[3].id: ...").
Panel buildNextRound(const Panel &finalRound, const RoundStatus &status,
                     const NextRoundRequest &request);

// Reads the final round at `finalDb` (the chair `chair` signs with `passphrase`), builds the
// next round and creates it at `newDb` (all or nothing, like createDatabase; the chair's
// passphrase is set there). InputError when `chair` is not the chair or the passphrase is
// wrong.
void createNextRoundDatabase(const QString &finalDb, const QString &newDb,
                             const NextRoundRequest &request, const QString &chair,
                             const QString &passphrase);

} // namespace pd
