// PgStore's lifecycle steps (PgStore.h): reopen, decide, announce, file and rule on appeals,
// finalize. Each is one transaction, retried on ServerRetry. For the chair the SQLite store's
// refusals come first, with its messages, on the status read in the same transaction
// (decision/Lifecycle.h: the state machine, dates, appeals, rulings); then the chair's
// function on the server (ServerDecisionFunctions.cpp) checks the chair, the state and the
// data rules again on the round's locked row, writes the rows and its own audit entry.
// Anyone else goes straight to the function, which refuses them (42501: InputError).
//
// Decide is all-or-nothing as in a file: one REPEATABLE READ transaction holds
// add_tie_resolutions (locks the round, adds the ties), the read of the round as the chair
// sees it (every submitted sheet; the chair's function refuses a chair with a conflict, who
// would not see that team's sheets), the composition (ComposeDecision, on this machine) and
// record_decision. A refusal anywhere rolls all of it back.
#include "server/PgStore.h"

#include "decision/Lifecycle.h"
#include "domain/Errors.h"
#include "domain/RatingTally.h"
#include "server/PgStoreSql.h"
#include "storage/DecisionStore.h"
#include "storage/RatingTallyTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)   // DecisionStore.cpp's messages, and their translations
};

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

QString currentRound(const QSqlDatabase &db)
{
    return pgValue(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
}

// The status as the SQLite store checks it before the step (the chair reads the decision
// records; nobody else may, and the server refuses their step anyway).
std::optional<RoundStatus> chairStatus(const QSqlDatabase &db, Role role, LifecycleStep step)
{
    if (role != Role::Chair)
        return std::nullopt;
    RoundStatus status = readRoundStatus(db);
    if (status.round.isEmpty())
        throw InputError(Tr::tr("cannot %1: the database holds no round").arg(describeStep(step)));
    requireStep(status, step);
    return status;
}

QString roundOf(const QSqlDatabase &db, const std::optional<RoundStatus> &status)
{
    return status ? status->round : currentRound(db);
}

// The checks of DecisionStore.cpp's addTieResolutions, as JSON for add_tie_resolutions.
QString tiesJson(const QSqlDatabase &db, const QString &round, const std::vector<TieResolution> &ties)
{
    QJsonArray array;
    for (const TieResolution &r : ties) {
        if (r.order.size() < 2 || QSet<QString>(r.order.cbegin(), r.order.cend()).size() != r.order.size())
            throw InputError(Tr::tr("a tie resolution orders two or more different teams"));
        if (r.rationale.trimmed().isEmpty())
            throw InputError(Tr::tr("a tie resolution needs its rationale"));
        for (const QString &team : r.order)
            if (pgValue(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                        {round, team}).isNull())
                throw InputError(Tr::tr("tie resolution: unknown team \"%1\" in round %2").arg(team, round));
        array.append(QJsonObject{{QStringLiteral("rationale"), r.rationale},
                                 {QStringLiteral("order"), QJsonArray::fromStringList(r.order)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString outcomesJson(const std::vector<DecisionOutcome> &outcomes)
{
    QJsonArray array;
    for (const DecisionOutcome &o : outcomes)
        array.append(QJsonObject{{QStringLiteral("team"), o.team},
                                 {QStringLiteral("outcome"), toString(o.outcome)},
                                 {QStringLiteral("reason"), o.reason}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

void PgStore::reopenRound(const QString &reason, const QDate &today, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::Reopen);
        if (status && reason.trimmed().isEmpty())
            throw InputError(Tr::tr("reopening the round needs a reason"));
        pgRun(m_db, QStringLiteral("SELECT reopen_round(?, ?, ?)"), {roundOf(m_db, status), reason, iso(today)});
    });
}

int PgStore::decideRound(const QDate &today, const std::vector<TieResolution> &tieResolutions,
                         const ComposeDecision &compose, const Actor &actor)
{
    requireActor(actor);
    int version = 0;
    writeTransaction([&] {
        // One snapshot for the whole composition; the round's row is locked by the first
        // call, so a change of the round meanwhile is a serialization failure (retried).
        pgRun(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::Decide);
        if (status && !today.isValid())
            throw InputError(Tr::tr("the decision needs a valid date"));
        const QString round = roundOf(m_db, status);
        pgRun(m_db, QStringLiteral("SELECT add_tie_resolutions(?, CAST(? AS json))"),
              {round, tiesJson(m_db, round, tieResolutions)});
        std::optional<ComposedDecision> decided;
        streamRoundInTransaction([&](const Panel &panel, const RatingRows &ratings) {
            decided = compose(panel, ratings);
        });
        if (!sameTallies(decided->ratingTallies, readRatingTallies(m_db, round)))
            throw StoreError(Tr::tr("user_ratings/%1: the stored ratings differ from their tallies (the "
                                    "ratings or the tallies were changed outside PanelDesk); nothing "
                                    "was decided. Run paneldesk-cli verify --db URL --as CHAIR for the whole report.")
                                 .arg(round));
        version = pgValue(m_db, QStringLiteral(
            "SELECT record_decision(?, ?, ?, ?, ?, ?, CAST(? AS json))"),
            {round, iso(today), decided->fingerprint, decided->inputs, decided->standings,
             decided->ratingRows, outcomesJson(decided->outcomes)}).toInt();
    });
    return version;
}

void PgStore::announceDecision(const QDate &date, const QDate &today, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::Announce);
        if (status)
            requireAnnounceDate(*status, date, today);
        pgRun(m_db, QStringLiteral("SELECT announce_decision(?, ?, ?)"),
              {roundOf(m_db, status), iso(date), iso(today)});
    });
}

qint64 PgStore::fileAppeal(const QString &team, const QDate &filedOn, const QString &grounds,
                           const QStringList &committee, const QDate &today, const Actor &actor)
{
    requireActor(actor);
    qint64 id = 0;
    writeTransaction([&] {
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::FileAppeal);
        if (status) {
            const bool late = checkAppealFiling(*status, team, filedOn, grounds, today);
            if (status->state == RoundState::Final && !late)
                throw InputError(Tr::tr("the decision is final: an appeal filed on %1, within the window, "
                                        "had to be recorded before it was made final")
                                     .arg(iso(filedOn)));
        }
        // The committee is checked by the server, which sees every sheet (a member who holds
        // a draft for the team may not sit on it; the chair does not see others' drafts).
        id = pgValue(m_db, QStringLiteral("SELECT file_appeal(?, ?, ?, ?, CAST(? AS json), ?)"),
                     {roundOf(m_db, status), team, iso(filedOn), grounds.isNull() ? QStringLiteral("") : grounds,
                      QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(committee))
                                            .toJson(QJsonDocument::Compact)),
                      iso(today)}).toLongLong();
    });
    return id;
}

void PgStore::ruleAppeal(qint64 id, Ruling ruling, const QString &reason, const QDate &today,
                         const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::RuleAppeal);
        if (status)
            requireRuling(*status, id, reason, today, today);
        pgRun(m_db, QStringLiteral("SELECT rule_appeal(?, ?, ?, ?, ?, ?, ?)"),
              {roundOf(m_db, status), id, toString(ruling), reason.isNull() ? QStringLiteral("") : reason,
               iso(today), Tr::tr("appeal %1 upheld").arg(id),
               Tr::tr("appeal %1 upheld: %2").arg(id).arg(reason)});
    });
}

void PgStore::finalizeDecision(const QDate &today, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const std::optional<RoundStatus> status = chairStatus(m_db, m_role, LifecycleStep::Finalize);
        if (status)
            requireFinalizable(*status, today);
        pgRun(m_db, QStringLiteral("SELECT finalize_decision(?, ?)"), {roundOf(m_db, status), iso(today)});
    });
}

} // namespace pd::server
