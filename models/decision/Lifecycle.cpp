#include "decision/Lifecycle.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

QString stateText(RoundState state)
{
    switch (state) {
    case RoundState::Open: return Tr::tr("open");
    case RoundState::Scoring: return Tr::tr("being scored");
    case RoundState::Locked: return Tr::tr("locked");
    case RoundState::Decided: return Tr::tr("decided");
    case RoundState::Announced: return Tr::tr("announced");
    case RoundState::Final: return Tr::tr("final");
    }
    return {};
}

[[noreturn]] void refuse(const RoundStatus &status, LifecycleStep step)
{
    throw InputError(Tr::tr("cannot %1: round %2 is %3")
                         .arg(describeStep(step), status.round, stateText(status.state)));
}

QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }

} // namespace

QString describeStep(LifecycleStep step)
{
    switch (step) {
    case LifecycleStep::Lock: return Tr::tr("lock the round");
    case LifecycleStep::Reopen: return Tr::tr("reopen the round");
    case LifecycleStep::Decide: return Tr::tr("decide the round");
    case LifecycleStep::Announce: return Tr::tr("announce the decision");
    case LifecycleStep::FileAppeal: return Tr::tr("record an appeal");
    case LifecycleStep::RuleAppeal: return Tr::tr("rule on an appeal");
    case LifecycleStep::Finalize: return Tr::tr("make the decision final");
    }
    return {};
}

QDate appealWindowCloses(const QDate &announced, int appealDays)
{
    return announced.addDays(appealDays);
}

bool appealWindowOpen(const QDate &announced, int appealDays, const QDate &day)
{
    return day >= announced && day <= appealWindowCloses(announced, appealDays);
}

int appealDaysLeft(const QDate &closes, const QDate &today)
{
    return int(today.daysTo(closes));
}

void requireStep(const RoundStatus &status, LifecycleStep step)
{
    const RoundState s = status.state;
    switch (step) {
    case LifecycleStep::Lock:
        if (s != RoundState::Open && s != RoundState::Scoring)
            refuse(status, step);
        return;
    case LifecycleStep::Reopen:
        if (s != RoundState::Locked && s != RoundState::Decided)
            refuse(status, step);
        return;
    case LifecycleStep::Decide:
        if (s != RoundState::Locked)
            refuse(status, step);
        return;
    case LifecycleStep::Announce:
        if (s != RoundState::Decided)
            refuse(status, step);
        return;
    case LifecycleStep::FileAppeal:
        // After the decision is final an appeal can still be recorded: it is late by rule.
        if (s != RoundState::Announced && s != RoundState::Final)
            refuse(status, step);
        return;
    case LifecycleStep::RuleAppeal:
    case LifecycleStep::Finalize:
        if (s != RoundState::Announced)
            refuse(status, step);
        return;
    }
}

void requireDecidable(const Standings &standings, const QMap<QString, QString> &reasons)
{
    if (!standings.complete) {
        QStringList open;
        for (const TeamStanding &t : standings.teams) {
            if (t.outcome == Outcome::Pending || t.outcome == Outcome::TieAtCut)
                open << QStringLiteral("%1 (%2)").arg(t.team, toString(t.outcome));
            for (const QString &flag : t.flags)
                if (flag.startsWith(QLatin1String("incomplete_")))
                    open << QStringLiteral("%1 (%2)").arg(t.team, flag);
        }
        throw InputError(Tr::tr("the standings are not complete (R7): %1")
                             .arg(open.join(QStringLiteral(", "))));
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (!standings.find(it.key()))
            throw InputError(Tr::tr("a reason was given for unknown team \"%1\"").arg(it.key()));
    QStringList missing;
    for (const TeamStanding &t : standings.teams) {
        const bool needsReason =
            t.outcome == Outcome::EliminatedScore || t.outcome == Outcome::Disqualified;
        if (needsReason && reasons.value(t.team).trimmed().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(t.team, toString(t.outcome));
    }
    if (!missing.isEmpty())
        throw InputError(Tr::tr("the chair's reason is missing for %1")
                             .arg(missing.join(QStringLiteral(", "))));
}

void requireAnnounceDate(const RoundStatus &status, const QDate &date, const QDate &today)
{
    if (!date.isValid())
        throw InputError(Tr::tr("the announcement needs a valid date (YYYY-MM-DD)"));
    const DecisionVersion *latest = status.latest();
    if (latest && date < latest->decidedOn)
        throw InputError(Tr::tr("the announcement date %1 is before the decision (%2)")
                             .arg(isoDate(date), isoDate(latest->decidedOn)));
    if (date > today)
        throw InputError(Tr::tr("the announcement date %1 is after today (%2)")
                             .arg(isoDate(date), isoDate(today)));
}

bool checkAppealFiling(const RoundStatus &status, const QString &team, const QDate &filedOn,
                       const QString &grounds, const QDate &today)
{
    const DecisionVersion *latest = status.latest();
    if (!latest || !latest->announcedOn || !latest->appealCloses)
        throw InputError(Tr::tr("there is no announced decision to appeal"));
    const DecisionOutcome *outcome = latest->outcomeOf(team);
    if (!outcome)
        throw InputError(Tr::tr("unknown team \"%1\" in round %2").arg(team, status.round));
    if (!mayAppeal(outcome->outcome))
        throw InputError(Tr::tr("team %1 cannot appeal: only a team eliminated on score or "
                                "disqualified may appeal (its outcome is %2)")
                             .arg(team, toString(outcome->outcome)));
    if (!filedOn.isValid())
        throw InputError(Tr::tr("the appeal needs a valid filing date (YYYY-MM-DD)"));
    if (filedOn < *latest->announcedOn)
        throw InputError(Tr::tr("the filing date %1 is before the announcement (%2)")
                             .arg(isoDate(filedOn), isoDate(*latest->announcedOn)));
    if (filedOn > today)
        throw InputError(Tr::tr("the filing date %1 is after today (%2)")
                             .arg(isoDate(filedOn), isoDate(today)));
    if (grounds.trimmed().isEmpty())
        throw InputError(Tr::tr("the appeal needs its grounds"));
    return filedOn > *latest->appealCloses;
}

void requireRuling(const RoundStatus &status, qint64 id, const QString &reason,
                   const QDate &ruledOn, const QDate &today)
{
    const Appeal *appeal = status.appeal(id);
    if (!appeal)
        throw InputError(Tr::tr("there is no appeal %1").arg(id));
    const DecisionVersion *latest = status.latest();
    if (!latest || appeal->version != latest->version)
        throw InputError(Tr::tr("appeal %1 is against decision version %2, which is no longer "
                                "current")
                             .arg(id)
                             .arg(appeal->version));
    if (appeal->late)
        throw InputError(Tr::tr("appeal %1 was filed after the appeal window closed: it is "
                                "refused by rule and cannot be ruled on")
                             .arg(id));
    if (appeal->ruling)
        throw InputError(Tr::tr("appeal %1 is already ruled on (%2)")
                             .arg(id)
                             .arg(toString(*appeal->ruling)));
    if (reason.trimmed().isEmpty())
        throw InputError(Tr::tr("a ruling needs its reason"));
    if (!ruledOn.isValid() || ruledOn < appeal->filedOn || ruledOn > today)
        throw InputError(Tr::tr("the ruling date must lie between the filing (%1) and today (%2)")
                             .arg(isoDate(appeal->filedOn), isoDate(today)));
}

void requireFinalizable(const RoundStatus &status, const QDate &today)
{
    const DecisionVersion *latest = status.latest();
    if (!latest || !latest->appealCloses)
        throw InputError(Tr::tr("there is no announced decision to make final"));
    if (today <= *latest->appealCloses)
        throw InputError(Tr::tr("the appeal window is open until the end of %1: the decision "
                                "can be made final from %2")
                             .arg(isoDate(*latest->appealCloses),
                                  isoDate(latest->appealCloses->addDays(1))));
    QStringList open;
    for (const Appeal &a : status.appeals)
        if (a.version == latest->version && a.awaitingRuling())
            open << QStringLiteral("%1 (%2)").arg(a.id).arg(a.team);
    if (!open.isEmpty())
        throw InputError(Tr::tr("appeals await a ruling: %1").arg(open.join(QStringLiteral(", "))));
}

} // namespace pd
