#pragma once
// The round's lifecycle: lock, decisions, announcement, appeals, final. One of the parts
// of PanelStore (PanelStore.h).

#include "decision/Decision.h"
#include "trust/Actor.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace pd {

class LifecycleStorage {
public:
    virtual ~LifecycleStorage() = default;

    // The round lifecycle, decisions and appeals (decision/Lifecycle.h has the state rules,
    // storage/DecisionStore.h the SQL, docs/decision.md the whole story). Every step is the
    // chair's: the use cases (decision/VerifiedSteps.h, decision/RoundSteps.h) check that
    // (access/LifecycleAccess.h) before calling these. One transaction with its audit entry;
    // refusals are InputErrors and change nothing. Dates are the caller's "today".
    virtual RoundStatus loadRoundStatus() const = 0;
    virtual RoundState loadRoundState() const = 0;   // the state alone, without the versions
    virtual void lockRound(const Actor &actor) = 0;
    virtual void reopenRound(const QString &reason, const QDate &today, const Actor &actor) = 0;
    // Records a new decision version: tie resolutions are added to the round first, then
    // `compose` (decision/ComposeDecision.h) computes the version from the round as read in
    // the same transaction; the store persists it. Returns the new version. Callers use
    // decideVerified (decision/VerifiedSteps.h), which checks the chair and the file first.
    virtual int decideRound(const QDate &today, const std::vector<TieResolution> &tieResolutions,
                            const ComposeDecision &compose, const Actor &actor) = 0;
    virtual void announceDecision(const QDate &date, const QDate &today, const Actor &actor) = 0;
    // `committee` empty: every chair and expert who holds no sheet for the team and has no
    // conflict with it. Returns the appeal id; an appeal after the window is recorded as late.
    virtual qint64 fileAppeal(const QString &team, const QDate &filedOn, const QString &grounds,
                              const QStringList &committee, const QDate &today,
                              const Actor &actor) = 0;
    virtual void ruleAppeal(qint64 id, Ruling ruling, const QString &reason, const QDate &today,
                            const Actor &actor) = 0;
    virtual void finalizeDecision(const QDate &today, const Actor &actor) = 0;
};

} // namespace pd
