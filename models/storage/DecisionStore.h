#pragma once
// The round lifecycle, decision versions and appeals in SQL (schema step 4), inside the
// caller's write transaction. Storage only persists (trust.md, "One door"): who may take a
// step (the chair) is access/LifecycleAccess.h's rule, enforced by the use cases
// (decision/VerifiedSteps.h, decision/RoundSteps.h); the new decision version is computed
// by decision/ComposeDecision.h from the round read in this transaction. What stays here
// are the data rules, run on the state read in the same transaction: the state machine's
// transitions and dates (decision/Lifecycle.h), reasons, committees and tie resolutions
// that name known members and teams; the triggers of step 4 are the backstop. Every step is
// audited and refused with an InputError (nothing changed) when it is not allowed.

#include "trust/Actor.h"
#include "decision/Decision.h"
#include "domain/Panel.h"

#include <QMap>
#include <optional>
#include <QSqlDatabase>

namespace pd {

struct DecisionRequest {
    QDate today;                              // the decision's date
    std::vector<TieResolution> tieResolutions;   // added to the round before composing
    ComposeDecision compose;                  // the version from the round as read here
};

struct AppealRequest {
    QString team;
    QDate filedOn;
    QString grounds;
    QStringList committee;   // empty: every chair and expert who did not score the team
};

// The lifecycle of the current round; a default RoundStatus (no round id) when none.
// Without `withInputs`, each version's inputs and standings are left empty (a server's
// member who is not the chair may read the records but not what a version was computed
// from: server/ServerDecisionRecords.cpp).
RoundStatus readRoundStatus(const QSqlDatabase &db, bool withInputs = true);
// Only the state (no versions, no appeals): cheap enough for every sheet shown.
RoundState readRoundState(const QSqlDatabase &db);

void lockRound(const QSqlDatabase &db, const Actor &actor);
void reopenRound(const QSqlDatabase &db, const QString &reason, const QDate &today,
                 const Actor &actor);
// Returns the new version number.
int decideRound(const QSqlDatabase &db, const DecisionRequest &request, const Actor &actor);
void announceDecision(const QSqlDatabase &db, const QDate &date, const QDate &today,
                      const Actor &actor);
// Returns the appeal's id. A late appeal is recorded (late = true), never refused.
qint64 fileAppeal(const QSqlDatabase &db, const AppealRequest &request, const QDate &today,
                  const Actor &actor);
// An upheld appeal reopens the round (the decision version is marked reopened).
void ruleAppeal(const QSqlDatabase &db, qint64 id, Ruling ruling, const QString &reason,
                const QDate &today, const Actor &actor);
void finalizeDecision(const QSqlDatabase &db, const QDate &today, const Actor &actor);

// InputError when the current round is not open (scoring): locked, decided, announced and
// final rounds refuse every change to scores, sheets and findings (the triggers of step 4
// do too, as a StoreError).
void requireRoundOpen(const QSqlDatabase &db);

// InputError when the stored round has left `open` or holds decisions: replacing its inputs
// wholesale (replacePanel) would rewrite a decided round.
void requireReplaceable(const QSqlDatabase &db);

// The state a stored rounds.lifecycle names ("locked", "decided", "announced", "final");
// std::nullopt for "open", which is Open or Scoring by whether the round holds a sheet.
// Shared by the SQLite store and the server's (server/PgStoreReads.cpp).
std::optional<RoundState> storedLifecycleState(const QString &lifecycle);

} // namespace pd
