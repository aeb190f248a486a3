#pragma once
// Independence findings edited one change at a time (issue 3, item 4), inside the caller's
// write transaction (SqliteStore). Every change appends its audit entry in the same
// transaction; every refusal is an InputError a user can read, and changes nothing.
//
// Storage only persists (trust.md, "One door"): who may do what is access/FindingsAccess.h's
// rule, enforced by the use cases of services/FindingsService.h before they call the store.
// The store keeps the data rules: a known round, team and component; a named component; a
// note is always the actor's own; pass and fail need a rationale (R5); and a member who
// declared a conflict of interest with the team writes nothing on it.
//
// Audit actions: "add-component", "update-component", "remove-component" (entity
// "independence/ROUND/TEAM/components/ID", values the component as JSON),
// "component-note" (entity ".../components/ID/notes/MEMBER"), "record-verdict" (entity
// "independence/ROUND/TEAM", values {"verdict", "rationale"} and on the new value
// "differs_from_rules": true when R5's suggestion is another non-pending verdict).

#include "trust/Actor.h"
#include "domain/Findings.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace pd {

// A component as its audit entries record it (also the server's store, server/PgFindings.cpp).
QJsonObject componentJson(const ComponentFinding &finding);

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
// The old and new values of a "record-verdict" audit entry (both stores): verdict and
// rationale, and "differs_from_rules" where the verdict is not what the findings suggest.
struct VerdictAudit {
    QString oldValue;
    QString newValue;
};
VerdictAudit verdictAudit(const TeamFindings &before, Verdict verdict, const QString &rationale);

void recordVerdict(const QSqlDatabase &db, const QString &team, Verdict verdict,
                   const QString &rationale, const Actor &actor);

} // namespace pd
