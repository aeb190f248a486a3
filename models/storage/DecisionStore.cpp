#include "storage/DecisionStore.h"

#include "decision/Lifecycle.h"
#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/PanelReader.h"
#include "storage/RatingStream.h"
#include "storage/RatingTallyTable.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }
QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
// A bound QString() is NULL; every text column of step 5 is NOT NULL.
QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

std::optional<Role> roleOf(const QSqlDatabase &db, const QString &member)
{
    QSqlQuery query = runSql(db, QStringLiteral("SELECT role FROM members WHERE id = ?"), {member});
    if (!query.next())
        return std::nullopt;
    return parseEnum<Role>(query.value(0).toString());
}

RoundStatus requireStatus(const QSqlDatabase &db, LifecycleStep step)
{
    RoundStatus status = readRoundStatus(db);
    if (status.round.isEmpty())
        throw InputError(Tr::tr("cannot %1: the database holds no round").arg(describeStep(step)));
    requireStep(status, step);
    return status;
}

void setLifecycle(const QSqlDatabase &db, const QString &round, const char *state)
{
    runSql(db, QStringLiteral("UPDATE rounds SET lifecycle = ? WHERE id = ?"),
           {QLatin1String(state), round});
}

QString stateJson(RoundState state)
{
    return auditJson({{QStringLiteral("state"), toString(state)}});
}

// A lifecycle entry's new value with the date the chair gave for the step and the system's
// date and time (trust.md, "Clock": both are recorded; the report shows both where they
// differ).
QString datedJson(QJsonObject object, const QDate &given)
{
    object.insert(QStringLiteral("given_date"), given.toString(Qt::ISODate));
    object.insert(QStringLiteral("system_date"), QDate::currentDate().toString(Qt::ISODate));
    object.insert(QStringLiteral("system_time"), nowUtc());
    return auditJson(object);
}

QString versionEntity(const QString &round, int version)
{
    return QStringLiteral("decisions/%1/v%2").arg(round).arg(version);
}

void insertEvent(const QSqlDatabase &db, const RoundStatus &status, const char *event,
                 const QDate &onDate, const QVariant &appealCloses, const Actor &actor,
                 const QString &reason = {})
{
    const DecisionVersion &v = *status.latest();
    runSql(db, QStringLiteral(
        "INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, "
        "by_member, recorded_at, fingerprint, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {status.round, v.version, QLatin1String(event), iso(onDate), appealCloses, actor.id,
         nowUtc(), v.fingerprint, text(reason)});
}

void readVersions(const QSqlDatabase &db, RoundStatus &status, bool withInputs)
{
    QSqlQuery q = runSql(db, withInputs
        ? QStringLiteral("SELECT version, decided_on, decided_by, recorded_at, fingerprint, inputs, "
                         "standings, rating_rows FROM decisions WHERE round_id = ? ORDER BY version")
        : QStringLiteral("SELECT version, decided_on, decided_by, recorded_at, fingerprint, NULL, "
                         "NULL, rating_rows FROM decisions WHERE round_id = ? ORDER BY version"),
        {status.round});
    while (q.next()) {
        DecisionVersion v;
        v.version = q.value(0).toInt();
        v.decidedOn = dateOf(q.value(1));
        v.decidedBy = q.value(2).toString();
        v.recordedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        v.fingerprint = q.value(4).toString();
        v.inputs = q.value(5).toByteArray();
        v.standings = q.value(6).toByteArray();
        if (!q.value(7).isNull())
            v.ratingRows = q.value(7).toLongLong();
        status.versions.push_back(std::move(v));
    }
    const auto version = [&](int n) -> DecisionVersion & {
        for (DecisionVersion &v : status.versions)
            if (v.version == n)
                return v;
        throw StoreError(Tr::tr("database error: decision version %1 is missing").arg(n));
    };
    QSqlQuery o = runSql(db, QStringLiteral(
        "SELECT version, team_id, outcome, reason FROM decision_outcomes WHERE round_id = ? "
        "ORDER BY version, seq"), {status.round});
    while (o.next())
        version(o.value(0).toInt()).outcomes.push_back(
            {o.value(1).toString(), parseEnum<Outcome>(o.value(2).toString()).value_or(Outcome::Pending),
             o.value(3).toString()});
    QSqlQuery e = runSql(db, QStringLiteral(
        "SELECT version, event, on_date, appeal_closes, by_member, reason, recorded_at FROM "
        "decision_events WHERE round_id = ?"), {status.round});
    while (e.next()) {
        DecisionVersion &v = version(e.value(0).toInt());
        const QString event = e.value(1).toString();
        if (event == QLatin1String("announced")) {
            v.announcedOn = dateOf(e.value(2));
            v.appealCloses = dateOf(e.value(3));
            v.announcedBy = e.value(4).toString();
            v.announcementRecordedAt = QDateTime::fromString(e.value(6).toString(), Qt::ISODateWithMs);
        } else if (event == QLatin1String("final")) {
            v.finalOn = dateOf(e.value(2));
            v.finalBy = e.value(4).toString();
            v.finalRecordedAt = QDateTime::fromString(e.value(6).toString(), Qt::ISODateWithMs);
        } else {
            v.reopenedOn = dateOf(e.value(2));
            v.reopenReason = e.value(5).toString();
        }
    }
}

void readAppeals(const QSqlDatabase &db, RoundStatus &status)
{
    QSqlQuery q = runSql(db, QStringLiteral(
        "SELECT a.id, a.version, a.team_id, a.filed_on, a.grounds, a.late, a.recorded_by, "
        "r.ruling, r.reason, r.ruled_on, r.ruled_by FROM appeals a LEFT JOIN appeal_rulings r "
        "ON r.round_id = a.round_id AND r.appeal_id = a.id WHERE a.round_id = ? ORDER BY a.id"),
        {status.round});
    while (q.next()) {
        Appeal a;
        a.id = q.value(0).toLongLong();
        a.version = q.value(1).toInt();
        a.team = q.value(2).toString();
        a.filedOn = dateOf(q.value(3));
        a.grounds = q.value(4).toString();
        a.late = q.value(5).toInt() != 0;
        a.recordedBy = q.value(6).toString();
        if (!q.value(7).isNull()) {
            a.ruling = parseRuling(q.value(7).toString());
            a.rulingReason = q.value(8).toString();
            a.ruledOn = dateOf(q.value(9));
            a.ruledBy = q.value(10).toString();
        }
        status.appeals.push_back(std::move(a));
    }
    QSqlQuery c = runSql(db, QStringLiteral(
        "SELECT appeal_id, member_id FROM appeal_committee WHERE round_id = ? "
        "ORDER BY appeal_id, seq"), {status.round});
    while (c.next())
        for (Appeal &a : status.appeals)
            if (a.id == c.value(0).toLongLong())
                a.committee << c.value(1).toString();
}

// Members who hold a score sheet for `team` in `round` (drafts included).
QSet<QString> scorersOf(const QSqlDatabase &db, const QString &round, const QString &team)
{
    QSet<QString> scorers;
    QSqlQuery q = runSql(db, QStringLiteral(
        "SELECT reviewer_id FROM sheets WHERE round_id = ? AND team_id = ?"), {round, team});
    while (q.next())
        scorers.insert(q.value(0).toString());
    return scorers;
}

QStringList committeeFor(const QSqlDatabase &db, const QString &round, const AppealRequest &request)
{
    const QSet<QString> scorers = scorersOf(db, round, request.team);
    QSet<QString> conflicted;
    QSqlQuery c = runSql(db, QStringLiteral("SELECT member_id FROM member_conflicts WHERE team_id = ?"),
                         {request.team});
    while (c.next())
        conflicted.insert(c.value(0).toString());
    if (request.committee.isEmpty()) {
        QStringList committee;
        QSqlQuery m = execSql(db, QStringLiteral(
            "SELECT id FROM members WHERE role IN ('chair', 'expert') ORDER BY seq"));
        while (m.next()) {
            const QString id = m.value(0).toString();
            if (!scorers.contains(id) && !conflicted.contains(id))
                committee << id;
        }
        if (committee.isEmpty())
            throw InputError(Tr::tr("no member can sit on the appeal committee for team %1: every "
                                    "chair and expert scored it or declared a conflict; add members "
                                    "who did not")
                                 .arg(request.team));
        return committee;
    }
    QStringList committee;
    for (const QString &id : request.committee) {
        const std::optional<Role> role = roleOf(db, id);
        if (!role)
            throw InputError(Tr::tr("committee: unknown member \"%1\"").arg(id));
        if (committee.contains(id))
            throw InputError(Tr::tr("committee: %1 is named twice").arg(id));
        if (scorers.contains(id))
            throw InputError(Tr::tr("committee: %1 scored team %2 and cannot rule on its appeal")
                                 .arg(id, request.team));
        if (conflicted.contains(id))
            throw InputError(Tr::tr("committee: %1 has declared a conflict of interest with team %2")
                                 .arg(id, request.team));
        committee << id;
    }
    return committee;
}

void addTieResolutions(const QSqlDatabase &db, const QString &round,
                       const std::vector<TieResolution> &resolutions)
{
    int seq = scalar(db, QStringLiteral("SELECT coalesce(max(seq) + 1, 0) FROM tie_resolutions "
                                        "WHERE round_id = '%1'").arg(round)).toInt();
    for (const TieResolution &r : resolutions) {
        if (r.order.size() < 2 || QSet<QString>(r.order.cbegin(), r.order.cend()).size() != r.order.size())
            throw InputError(Tr::tr("a tie resolution orders two or more different teams"));
        if (r.rationale.trimmed().isEmpty())
            throw InputError(Tr::tr("a tie resolution needs its rationale"));
        for (const QString &team : r.order)
            if (!existsSql(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                           {round, team}))
                throw InputError(Tr::tr("tie resolution: unknown team \"%1\" in round %2").arg(team, round));
        runSql(db, QStringLiteral("INSERT INTO tie_resolutions (round_id, seq, rationale) VALUES (?, ?, ?)"),
               {round, seq, text(r.rationale)});
        for (qsizetype i = 0; i < r.order.size(); ++i)
            runSql(db, QStringLiteral("INSERT INTO tie_resolution_teams (round_id, resolution_seq, "
                                      "position, team_id) VALUES (?, ?, ?, ?)"),
                   {round, seq, int(i), r.order[i]});
        ++seq;
    }
}

} // namespace

std::optional<RoundState> storedLifecycleState(const QString &lifecycle)
{
    for (const RoundState state : {RoundState::Locked, RoundState::Decided, RoundState::Announced,
                                   RoundState::Final})
        if (lifecycle == toString(state))
            return state;
    return std::nullopt;
}

namespace {

RoundState stateOf(const QSqlDatabase &db, const QString &round, int *appealDays)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT lifecycle, appeal_days FROM rounds WHERE id = ?"), {round});
    q.next();
    const QString lifecycle = q.value(0).toString();
    if (appealDays)
        *appealDays = q.value(1).toInt();
    q.finish();
    if (const std::optional<RoundState> stored = storedLifecycleState(lifecycle))
        return *stored;
    return existsSql(db, QStringLiteral("SELECT 1 FROM sheets WHERE round_id = ?"), {round}) ? RoundState::Scoring
                                                                                            : RoundState::Open;
}

} // namespace

RoundState readRoundState(const QSqlDatabase &db)
{
    const std::optional<QString> round = currentRoundId(db);
    return round ? stateOf(db, *round, nullptr) : RoundState::Open;
}

RoundStatus readRoundStatus(const QSqlDatabase &db, bool withInputs)
{
    RoundStatus status;
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        return status;
    status.round = *round;
    status.state = stateOf(db, status.round, &status.appealDays);
    readVersions(db, status, withInputs);
    readAppeals(db, status);
    return status;
}

void lockRound(const QSqlDatabase &db, const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::Lock);
    setLifecycle(db, status.round, "locked");
    appendAudit(db, actor, QStringLiteral("lock-round"), QStringLiteral("rounds/") + status.round,
                stateJson(status.state), stateJson(RoundState::Locked));
}

void reopenRound(const QSqlDatabase &db, const QString &reason, const QDate &today,
                 const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::Reopen);
    if (reason.trimmed().isEmpty())
        throw InputError(Tr::tr("reopening the round needs a reason"));
    if (status.state == RoundState::Decided)
        insertEvent(db, status, "reopened", today, QVariant(), actor, reason);
    setLifecycle(db, status.round, "open");
    appendAudit(db, actor, QStringLiteral("reopen-round"), QStringLiteral("rounds/") + status.round,
                stateJson(status.state),
                datedJson({{QStringLiteral("state"), toString(RoundState::Scoring)}}, today), reason);
}

namespace {

// The ratings a decision streamed, tallied as they were written, against the tallies the
// scoring reads: one pass serves both the inputs and this check of the stored ratings
// (which `verify` makes by a scan of its own).
void requireTalliesOf(const QSqlDatabase &db, const QString &round,
                      const std::vector<RatingTally> &streamed)
{
    if (!sameTallies(streamed, readRatingTallies(db, round)))
        throw StoreError(Tr::tr("user_ratings/%1: the stored ratings differ from their tallies (the "
                                "ratings or the tallies were changed outside PanelDesk); nothing "
                                "was decided. Run paneldesk-cli verify --db FILE for the whole report.")
                             .arg(round));
}

} // namespace

int decideRound(const QSqlDatabase &db, const DecisionRequest &request, const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::Decide);
    if (!request.today.isValid())
        throw InputError(Tr::tr("the decision needs a valid date"));
    addTieResolutions(db, status.round, request.tieResolutions);
    // The ratings are streamed into the inputs, never loaded as objects (a million of them
    // are 83 MB of canonical inputs; storage/RatingStream.h).
    const Panel round = readPanelWithoutRatingsInTransaction(db);
    const ComposedDecision decided = request.compose(round, StoredRatingRows(db, round.round.id));
    requireTalliesOf(db, status.round, decided.ratingTallies);

    const int version = status.latest() ? status.latest()->version + 1 : 1;
    // The inputs without their rating rows: those are the round's ratings, which no ratings
    // import can change once the round holds this version (schema step 12).
    runSql(db, QStringLiteral(
        "INSERT INTO decisions (round_id, version, decided_on, decided_by, recorded_at, "
        "fingerprint, inputs, standings, rating_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {status.round, version, iso(request.today), actor.id, nowUtc(), decided.fingerprint,
         decided.inputs, decided.standings, decided.ratingRows});
    QJsonArray outcomes;
    int seq = 0;
    for (const DecisionOutcome &o : decided.outcomes) {
        runSql(db, QStringLiteral(
            "INSERT INTO decision_outcomes (round_id, version, team_id, seq, outcome, reason) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
            {status.round, version, o.team, seq++, toString(o.outcome), text(o.reason)});
        outcomes.append(QJsonObject{{QStringLiteral("team"), o.team},
                                    {QStringLiteral("outcome"), toString(o.outcome)},
                                    {QStringLiteral("reason"), o.reason}});
    }
    setLifecycle(db, status.round, "decided");
    appendAudit(db, actor, QStringLiteral("decide-round"), versionEntity(status.round, version),
                stateJson(status.state),
                datedJson({{QStringLiteral("state"), toString(RoundState::Decided)},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("fingerprint"), decided.fingerprint},
                           {QStringLiteral("outcomes"), outcomes}},
                          request.today));
    return version;
}

void announceDecision(const QSqlDatabase &db, const QDate &date, const QDate &today,
                      const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::Announce);
    requireAnnounceDate(status, date, today);
    const QDate closes = appealWindowCloses(date, status.appealDays);
    insertEvent(db, status, "announced", date, iso(closes), actor);
    setLifecycle(db, status.round, "announced");
    appendAudit(db, actor, QStringLiteral("announce-decision"),
                versionEntity(status.round, status.latest()->version), stateJson(status.state),
                datedJson({{QStringLiteral("state"), toString(RoundState::Announced)},
                           {QStringLiteral("announced_on"), iso(date)},
                           {QStringLiteral("appeal_closes"), iso(closes)},
                           {QStringLiteral("fingerprint"), status.latest()->fingerprint}},
                          today));
}

qint64 fileAppeal(const QSqlDatabase &db, const AppealRequest &request, const QDate &today,
                  const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::FileAppeal);
    const bool late = checkAppealFiling(status, request.team, request.filedOn, request.grounds, today);
    if (status.state == RoundState::Final && !late)
        throw InputError(Tr::tr("the decision is final: an appeal filed on %1, within the window, "
                                "had to be recorded before it was made final")
                             .arg(iso(request.filedOn)));
    const QStringList committee = late ? QStringList() : committeeFor(db, status.round, request);
    const qint64 id = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM appeals "
                                                "WHERE round_id = '%1'").arg(status.round))
                          .toLongLong();
    const int version = status.latest()->version;
    runSql(db, QStringLiteral(
        "INSERT INTO appeals (round_id, id, version, team_id, filed_on, grounds, late, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {status.round, id, version, request.team, iso(request.filedOn), text(request.grounds),
         late ? 1 : 0, actor.id, nowUtc()});
    for (qsizetype i = 0; i < committee.size(); ++i)
        runSql(db, QStringLiteral("INSERT INTO appeal_committee (round_id, appeal_id, member_id, seq) "
                                  "VALUES (?, ?, ?, ?)"),
               {status.round, id, committee[i], int(i)});
    appendAudit(db, actor, QStringLiteral("file-appeal"),
                QStringLiteral("appeals/%1/%2").arg(status.round).arg(id), {},
                datedJson({{QStringLiteral("team"), request.team},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("filed_on"), iso(request.filedOn)},
                           {QStringLiteral("late"), late},
                           {QStringLiteral("committee"), QJsonArray::fromStringList(committee)}},
                          today),
                request.grounds);
    return id;
}

void ruleAppeal(const QSqlDatabase &db, qint64 id, Ruling ruling, const QString &reason,
                const QDate &today, const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::RuleAppeal);
    requireRuling(status, id, reason, today, today);
    runSql(db, QStringLiteral(
        "INSERT INTO appeal_rulings (round_id, appeal_id, ruling, reason, ruled_on, ruled_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {status.round, id, toString(ruling), text(reason), iso(today), actor.id, nowUtc()});
    appendAudit(db, actor, QStringLiteral("rule-appeal"),
                QStringLiteral("appeals/%1/%2").arg(status.round).arg(id), {},
                datedJson({{QStringLiteral("ruling"), toString(ruling)},
                           {QStringLiteral("ruled_on"), iso(today)}},
                          today),
                reason);
    if (ruling == Ruling::Upheld) {
        insertEvent(db, status, "reopened", today, QVariant(), actor,
                    Tr::tr("appeal %1 upheld").arg(id));
        setLifecycle(db, status.round, "open");
        appendAudit(db, actor, QStringLiteral("reopen-round"),
                    QStringLiteral("rounds/") + status.round, stateJson(status.state),
                    stateJson(RoundState::Scoring), Tr::tr("appeal %1 upheld: %2").arg(id).arg(reason));
    }
}

void finalizeDecision(const QSqlDatabase &db, const QDate &today, const Actor &actor)
{
    const RoundStatus status = requireStatus(db, LifecycleStep::Finalize);
    requireFinalizable(status, today);
    insertEvent(db, status, "final", today, QVariant(), actor);
    setLifecycle(db, status.round, "final");
    appendAudit(db, actor, QStringLiteral("finalize-decision"),
                versionEntity(status.round, status.latest()->version), stateJson(status.state),
                datedJson({{QStringLiteral("state"), toString(RoundState::Final)},
                           {QStringLiteral("final_on"), iso(today)},
                           {QStringLiteral("fingerprint"), status.latest()->fingerprint}},
                          today));
}

void requireRoundOpen(const QSqlDatabase &db)
{
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        return;
    QSqlQuery q = runSql(db, QStringLiteral("SELECT lifecycle FROM rounds WHERE id = ?"), {*round});
    if (!q.next() || q.value(0).toString() == QLatin1String("open"))
        return;
    throw InputError(Tr::tr("round %1 is %2: scores, sheets and findings can no longer change")
                         .arg(*round, q.value(0).toString()));
}

void requireReplaceable(const QSqlDatabase &db)
{
    const RoundStatus status = readRoundStatus(db);
    if (status.round.isEmpty())
        return;
    if (!status.versions.empty() || (status.state != RoundState::Open && status.state != RoundState::Scoring))
        throw InputError(Tr::tr("round %1 is %2 and holds its decision records: its inputs cannot be "
                                "replaced (start the next round instead)")
                             .arg(status.round, toString(status.state)));
}

} // namespace pd
