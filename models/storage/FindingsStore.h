#pragma once
// Independence findings edited one change at a time (issue 3, item 4), inside the caller's
// write transaction (SqliteStore). Every change appends its audit entry in the same
// transaction; every refusal is an InputError a user can read, and changes nothing.
//
// Who may do what (the store checks it, the screens only mirror it):
//  - components and notes: members with role chair or expert, not conflicted with the team;
//    a note is always the actor's own;
//  - the panel verdict: the chair alone (not when conflicted with the team); pass and fail
//    need a rationale (R5).
//
// Audit actions: "add-component", "update-component", "remove-component" (entity
// "independence/ROUND/TEAM/components/ID", values the component as JSON),
// "component-note" (entity ".../components/ID/notes/MEMBER"), "record-verdict" (entity
// "independence/ROUND/TEAM", values {"verdict", "rationale"} and on the new value
// "differs_from_rules": true when R5's suggestion is another non-pending verdict).

#include "trust/Actor.h"
#include "domain/Findings.h"

#include <QSqlDatabase>

namespace pd {

// The team's findings in the current round; an empty pending record for a team without
// any. InputError for an unknown team.
TeamFindings readFindings(const QSqlDatabase &db, const QString &team);

// Adds a component at the end of the team's list and returns its id.
qint64 addComponent(const QSqlDatabase &db, const QString &team,
                    const ComponentFinding &finding, const Actor &actor);
// Replaces every field of component `id`; writing what is stored changes nothing.
void updateComponent(const QSqlDatabase &db, qint64 id, const ComponentFinding &finding,
                     const Actor &actor);
// Removes component `id` with every note on it (audited with the removed values).
void removeComponent(const QSqlDatabase &db, qint64 id, const Actor &actor);
// The actor's note on component `id`; a blank note removes it.
void writeComponentNote(const QSqlDatabase &db, qint64 id, const QString &note,
                        const Actor &actor);
// The panel verdict of `team` with its rationale.
void recordVerdict(const QSqlDatabase &db, const QString &team, Verdict verdict,
                   const QString &rationale, const Actor &actor);

} // namespace pd
