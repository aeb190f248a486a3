#include "actions/NextRound.h"

#include "access/CommandAccess.h"
#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "services/ActingMember.h"
#include "storage/PanelLocation.h"
#include "trust/MemberKeys.h"

#include <QCoreApplication>
#include <QSet>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

} // namespace

int nextRoundFieldSize(const RoundStatus &status, const NextRoundRequest &request)
{
    int advancing = 0;
    if (const DecisionVersion *final = status.latest())
        for (const DecisionOutcome &o : final->outcomes)
            advancing += o.outcome == Outcome::Advance;
    return advancing + int(request.reentering.size()) + int(request.recalled.size());
}

Panel buildNextRound(const Panel &finalRound, const RoundStatus &status,
                     const NextRoundRequest &request)
{
    const DecisionVersion *final = status.latest();
    if (status.state != RoundState::Final || !final)
        throw InputError(Tr::tr("the next round can only be created from a final round (round %1 "
                                "is %2)")
                             .arg(status.round, toString(status.state)));
    if (request.roundId == finalRound.round.id)
        throw InputError(Tr::tr("the next round needs a new id (%1 is the final round's)")
                             .arg(request.roundId));
    Panel next;
    next.program = finalRound.program;
    next.round = finalRound.round;
    next.round.id = request.roundId;
    next.round.name = request.roundName.isEmpty() ? request.roundId : request.roundName;
    next.round.evaluationDate = QDate();
    next.round.tieResolutions.clear();
    next.categories = finalRound.categories;

    QSet<QString> ids;
    for (const DecisionOutcome &o : final->outcomes) {
        if (o.outcome != Outcome::Advance)
            continue;
        if (const Team *t = finalRound.team(o.team)) {
            next.teams.push_back(*t);
            ids.insert(t->id);
        }
    }
    for (const QString &id : request.reentering) {
        const DecisionOutcome *o = final->outcomeOf(id);
        if (!o)
            throw InputError(Tr::tr("team %1 did not take part in round %2 and cannot re-enter; "
                                    "add it as a re-called team").arg(id, finalRound.round.id));
        if (o->outcome == Outcome::Advance)
            throw InputError(Tr::tr("team %1 advanced: it carries over and does not re-enter").arg(id));
        if (ids.contains(id))
            throw InputError(Tr::tr("team %1 is named twice").arg(id));
        Team t = *finalRound.team(id);
        t.enteredRound = request.roundId;   // a new entry
        next.teams.push_back(t);
        ids.insert(id);
    }
    for (Team t : request.recalled) {
        if (!isValidId(t.id))   // before it names a placeholder benchmark below
            throw InputError(Tr::tr("the re-called team id \"%1\" is not a valid id (1 to %2 letters, "
                                    "digits, '-', '_' or '.')").arg(t.id).arg(kMaxIdLength));
        if (ids.contains(t.id) || finalRound.team(t.id))
            throw InputError(Tr::tr("the re-called team id %1 is already in use").arg(t.id));
        t.enteredRound = request.roundId;
        next.teams.push_back(t);
        ids.insert(t.id);
    }

    // Benchmarks for some teams only keep the teams still in the round; one left without
    // any is dropped (it would otherwise apply to every team). Configured targets are kept
    // for the teams still in the round.
    for (Category &c : next.categories)
        for (BenchmarkGroup &g : c.groups) {
            std::vector<Benchmark> kept;
            for (Benchmark b : g.benchmarks) {
                std::erase_if(b.targets, [&](const BenchmarkTarget &t) { return !ids.contains(t.team); });
                if (b.teams.isEmpty()) {
                    kept.push_back(b);
                    continue;
                }
                QStringList teams;
                for (const QString &t : std::as_const(b.teams))
                    if (ids.contains(t))
                        teams << t;
                if (teams.isEmpty())
                    continue;
                b.teams = teams;
                kept.push_back(b);
            }
            g.benchmarks = kept;
            // A re-called team needs a benchmark of its own where the group has only
            // team-specific ones: a placeholder the chair configures before scoring starts.
            for (const Team &t : next.teams) {
                bool covered = false;
                for (const Benchmark &b : g.benchmarks)
                    covered = covered || b.teams.isEmpty() || b.teams.contains(t.id);
                if (!covered)
                    g.benchmarks.push_back({QStringLiteral("%1-%2").arg(g.id, t.id),
                                            Tr::tr("%1: benchmark to be set").arg(t.name), true, 1.0,
                                            {t.id}, {}});
            }
        }
    for (Reviewer r : finalRound.reviewers) {
        QStringList conflicts;
        for (const QString &t : std::as_const(r.conflicts))
            if (ids.contains(t))
                conflicts << t;
        r.conflicts = conflicts;
        next.reviewers.push_back(r);
    }

    // The new round's own cut (R10: each round has its own), or the copied one.
    if (request.cut) {
        const std::optional<double> copiedMinimum = next.round.cut.minTotal;
        next.round.cut = *request.cut;
        if (!next.round.cut.minTotal)
            next.round.cut.minTotal = copiedMinimum;
        const int field = int(next.teams.size());
        const Cut &cut = *request.cut;
        if (cut.eliminate && *cut.eliminate > field)
            throw InputError(Tr::tr("round.cut.eliminate: the new cut eliminates %1 teams, but round "
                                    "%2 holds only %3")
                                 .arg(*cut.eliminate).arg(request.roundId).arg(field));
        if (cut.advance && *cut.advance > field)
            throw InputError(Tr::tr("round.cut.advance: the new cut advances %1 teams, but round %2 "
                                    "holds only %3")
                                 .arg(*cut.advance).arg(request.roundId).arg(field));
    }
    validatePanel(next);   // the new round is a panel like any other (ids, cut, references)
    return next;
}

void createNextRoundDatabase(const QString &finalDb, const QString &newDb,
                             const NextRoundRequest &request, const QString &chair,
                             const QString &passphrase)
{
    Panel next;
    {
        auto store = openPanelStore(finalDb);
        const std::optional<Member> member = actingMember(*store, chair);
        if (!canRunLifecycleStep(member ? &*member : nullptr))   // access/CommandAccess.h
            throw InputError(Tr::tr("only the chair may create the next round (%1 is not the chair)")
                                 .arg(chair));
        if (!store->checkPassphrase(chair, passphrase))
            throw InputError(Tr::tr("%1: wrong passphrase (or none set)").arg(chair));
        const RoundStatus status = store->loadRoundStatus();
        next = buildNextRound(store->loadPanel(), status, request);
    }
    createDatabase(next, newDb, {false, chair}, [&](PanelStore &store) {
        store.setPassphrase(chair, passphrase, chair);
        // The chair's key is the new round's root (trust.md), signed by itself.
        if (!unlockMemberKey(store, chair, passphrase))
            throw StoreError(Tr::tr("the key of %1 cannot be opened").arg(chair));
    });
}

} // namespace pd
