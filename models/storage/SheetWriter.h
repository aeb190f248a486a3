#pragma once
// The life of a score sheet, written inside the caller's write transaction (SqliteStore):
// draft -> submitted (by its reviewer, once complete) -> draft again (reopened by the chair,
// with a reason). Every change appends its audit entry in the same transaction; every
// refusal is an InputError a user can read, and changes nothing.
//
// Audit actions: "submit-sheet", "reopen-sheet" (with the reason), "sheet-opinion",
// "clear-expert-score"; entities "sheets/ROUND/REVIEWER/TEAM" and
// "expert_scores/ROUND/REVIEWER/TEAM/ITEM".

#include "trust/Actor.h"
#include <QSqlDatabase>
#include <QString>

namespace pd {

// Marks the sheet submitted. Refused when the store holds no round, `actor` is not
// `reviewer`, the reviewer or team is unknown, the reviewer declared a conflict with the
// team, the sheet lacks a score for some rubric item of the round (the message names them),
// or the sheet is already submitted.
void submitSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                 const Actor &actor);

// Signs a submitted sheet as it is stored ("sign-sheet" entry carrying the sheet's payload,
// trust/SheetPayload.h): for sheets that became submitted without their reviewer's signed
// submit, e.g. the demo's, built from a panel file. Refused unless `actor` is the reviewer
// with a signer and the sheet is submitted.
void signSubmittedSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                        const Actor &actor);

// Sets a submitted sheet back to draft. Refused unless `reason` is not blank and the sheet is
// submitted (who may: access/SheetAccess.h, asked by services/SheetService.h). The audit
// entry carries the reason; a reviewer with a key gets the sheet back sealed to them.
void reopenSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                 const QString &reason, const Actor &actor);

// Sets the sheet's overall opinion (creating the sheet as a draft when absent). Refused for
// an unknown reviewer or team, a conflict of interest, or a submitted sheet. Writing the
// opinion already stored (or "" where there is no sheet) changes nothing and is not audited.
void writeSheetOpinion(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                       const QString &opinion, const Actor &actor);

// Deletes one score of a draft sheet (audited with the old value); a sheet left with no
// score and no opinion is deleted too, so the sheet is "not started" again. Refused for an
// unknown reviewer, team or item and for a submitted sheet; no such score changes nothing.
void clearExpertScore(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                      const QString &item, const Actor &actor);

} // namespace pd
