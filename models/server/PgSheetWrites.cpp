// PgStore's sheet writes (PgStore.h): one READ COMMITTED transaction each, retried on
// ServerRetry. The checks the SQLite store makes first (storage/ExpertScoreWriter.h,
// SheetWriter.h) give the same InputErrors here where their SQL is plain; the server's rules
// refuse the rest (another member's rows: 42501; a locked round: 55000; both InputErrors).
// Submit, reopen and lock are the server's functions, which write their own audit entries.
// Draft edits write no audit entry on a server: the sheet keeps their count, time and author
// (revisions, saved_at, saved_by, filled by the server's trigger; ServerDraftSaves.cpp), and
// the submit's entry records the count (docs/server.md, "Draft saves and the audit log").
//
// A draft score of the member's own sheet is saved by one statement, pd_save_score (one round
// trip instead of about thirty); when it raises (a refusal, a stale copy, anything unusual)
// the save is made again statement by statement, whose refusals name the reason.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "domain/ScoreRules.h"
#include "server/PgStoreSql.h"
#include "server/ServerErrors.h"
#include "storage/DecisionStore.h"
#include "storage/ExpertScoreWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

QString sheetEntity(const QString &round, const QString &reviewer, const QString &team)
{
    return QStringLiteral("sheets/%1/%2/%3").arg(round, reviewer, team);
}

// The sheet's state: std::nullopt when there is none (or the member may not see it).
std::optional<QString> sheetState(const QSqlDatabase &db, const QString &round,
                                  const QString &reviewer, const QString &team)
{
    const QVariant state = pgValue(db, QStringLiteral(
        "SELECT state FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        {round, reviewer, team});
    if (state.isNull())
        return std::nullopt;
    return state.toString();
}

void requireKnown(const QSqlDatabase &db, const QString &round, const QString &reviewer,
                  const QString &team)
{
    if (pgValue(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {reviewer}).isNull())
        throw InputError(Tr::tr("unknown reviewer \"%1\"").arg(reviewer));
    if (pgValue(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                {round, team}).isNull())
        throw InputError(Tr::tr("unknown team \"%1\" in round %2").arg(team, round));
}

} // namespace

qint64 PgStore::sheetVersion(const QString &reviewer, const QString &team, bool lock) const
{
    const QString sql = QStringLiteral(
        "SELECT version FROM sheets WHERE round_id = (SELECT id FROM rounds ORDER BY seq LIMIT 1) "
        "AND reviewer_id = ? AND team_id = ?");
    // The member's own draft is locked until the write commits, so that nobody changes it
    // between this check and the write (FOR UPDATE applies the UPDATE policy: a sheet the
    // member may not change comes back as no row, and is read without the lock).
    if (lock && (m_role == Role::Chair || m_role == Role::Expert) && reviewer == m_member) {
        const QVariant locked = pgValue(m_db, sql + QStringLiteral(" FOR UPDATE"), {reviewer, team});
        if (!locked.isNull())
            return locked.toLongLong();
    }
    const QVariant version = pgValue(m_db, sql, {reviewer, team});
    return version.isNull() ? 0 : version.toLongLong();
}

void PgStore::watchSheet(const QString &reviewer, const QString &team)
{
    m_watchedSheets[{reviewer, team}] = sheetVersion(reviewer, team, false);
}

void PgStore::unwatchSheet(const QString &reviewer, const QString &team)
{
    m_watchedSheets.erase({reviewer, team});
}

void PgStore::requireCurrentCopy(const QString &reviewer, const QString &team) const
{
    const auto watched = m_watchedSheets.find({reviewer, team});
    const qint64 now = sheetVersion(reviewer, team, true);
    if (watched == m_watchedSheets.end() || watched->second == now)
        return;
    if (now == 0)
        throw StaleEdit(Tr::tr("The sheet of %1 for team %2 was cleared elsewhere after this window "
                               "read it; nothing was saved. The sheet now shows what is stored: "
                               "look at it, then enter your change again if it still applies.")
                            .arg(reviewer, team));
    // Who and when: the sheet's last change as the server stamped it (saved_by, saved_at),
    // else, for a sheet this member may no longer read (the chair after reopening it), the
    // last audit entry of the sheet the server lets this member read (the chair reads the
    // whole log, everyone else their own entries).
    const QString round = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
    QSqlQuery last = pgRun(m_db, QStringLiteral(
        "SELECT s.saved_by, s.saved_at, m.name FROM sheets s LEFT JOIN members m ON m.id = s.saved_by "
        "WHERE s.round_id = ? AND s.reviewer_id = ? AND s.team_id = ? AND s.saved_by IS NOT NULL"),
        {round, reviewer, team});
    bool found = last.next();
    if (!found) {
        last = pgRun(m_db, QStringLiteral(
            "SELECT a.actor, a.at, m.name FROM audit_log a LEFT JOIN members m ON m.id = a.actor "
            "WHERE a.entity = ? ORDER BY a.id DESC LIMIT 1"),
            {sheetEntity(round, reviewer, team)});
        found = last.next();
    }
    if (!found)
        throw StaleEdit(Tr::tr("The sheet of %1 for team %2 was changed after this window read it; "
                               "nothing was saved. The sheet now shows what is stored: look at it, "
                               "then enter your change again if it still applies.")
                            .arg(reviewer, team));
    const QString actor = last.value(0).toString();
    const QDateTime at = QDateTime::fromString(last.value(1).toString(), Qt::ISODateWithMs);
    const QString name = last.value(2).toString();
    const QString who = actor == m_member
        ? Tr::tr("you (%1), in another window or with paneldesk-cli").arg(actor)
        : (name.isEmpty() ? actor : Tr::tr("%1 (%2)").arg(name, actor));
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : Tr::tr("an unknown date");
    throw StaleEdit(Tr::tr("The sheet of %1 for team %2 was changed by %3 on %4 after this window "
                           "read it; nothing was saved. The sheet now shows what is stored: look "
                           "at it, then enter your change again if it still applies.")
                        .arg(reviewer, team, who, when));
}

qint64 PgStore::stamp(const QString &reviewer, const QString &team) const
{
    return sheetVersion(reviewer, team, false);
}

void PgStore::advance(const QString &reviewer, const QString &team, qint64 version)
{
    const auto watched = m_watchedSheets.find({reviewer, team});
    if (watched != m_watchedSheets.end())
        watched->second = version;
}

bool PgStore::saveOwnScore(const ExpertScore &score)
{
    if (score.reviewer != m_member || score.submitted
        || (m_role != Role::Chair && m_role != Role::Expert))
        return false;
    const auto watched = m_watchedSheets.find({score.reviewer, score.team});
    const QVariant expected = watched == m_watchedSheets.end()
        ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(watched->second);
    qint64 version = 0;
    try {
        version = pgValue(m_db, QStringLiteral("SELECT pd_save_score(?, ?, ?, ?, ?, ?)"),
                          {score.team, score.item, score.score,
                           score.comment.isNull() ? QStringLiteral("") : score.comment, expected,
                           kScoreStepTolerance}).toLongLong();
    } catch (const InputError &) {
        return false;   // refused or stale: the statement-by-statement path says why
    } catch (const ServerRetry &) {
        return false;   // retried there
    }
    advance(score.reviewer, score.team, version);
    return true;
}

void PgStore::setExpertScore(const ExpertScore &score, const Actor &actor)
{
    requireActor(actor);
    if (saveOwnScore(score))
        return;
    qint64 version = 0;
    writeTransaction([&] {
        const QString round = checkExpertScore(m_db, score);   // InputErrors as in a file
        requireRoundOpen(m_db);
        requireCurrentCopy(score.reviewer, score.team);
        const std::optional<QString> state = sheetState(m_db, round, score.reviewer, score.team);
        if (state == QLatin1String("submitted"))
            throw InputError(Tr::tr("the sheet of %1 for team %2 is submitted: its scores can no "
                                    "longer change")
                                 .arg(score.reviewer, score.team));
        const QString comment = score.comment.isNull() ? QStringLiteral("") : score.comment;
        QSqlQuery old = pgRun(m_db, QStringLiteral(
            "SELECT score, comment FROM expert_scores "
            "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND item_id = ?"),
            {round, score.reviewer, score.team, score.item});
        const bool stored = old.next();
        if (stored && old.value(0).toDouble() == score.score && old.value(1).toString() == comment) {
            version = stamp(score.reviewer, score.team);   // the value already stored: no write
            return;
        }
        if (!state)
            pgRun(m_db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, opinion) "
                                       "VALUES (?, ?, ?, '')"),
                  {round, score.reviewer, score.team});
        if (stored)
            pgRun(m_db, QStringLiteral("UPDATE expert_scores SET score = ?, comment = ? "
                                       "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND item_id = ?"),
                  {score.score, comment, round, score.reviewer, score.team, score.item});
        else
            pgRun(m_db, QStringLiteral("INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, "
                                       "score, comment) VALUES (?, ?, ?, ?, ?, ?)"),
                  {round, score.reviewer, score.team, score.item, score.score, comment});
        version = stamp(score.reviewer, score.team);
    });
    advance(score.reviewer, score.team, version);
}

void PgStore::clearExpertScore(const QString &reviewer, const QString &team, const QString &item,
                               const Actor &actor)
{
    requireActor(actor);
    qint64 version = 0;
    writeTransaction([&] {
        const QString round = requireRound();
        requireRoundOpen(m_db);
        requireKnown(m_db, round, reviewer, team);
        if (pgValue(m_db, QStringLiteral("SELECT 1 FROM rubric_items WHERE round_id = ? AND id = ?"),
                    {round, item}).isNull())
            throw InputError(Tr::tr("unknown rubric item \"%1\" in round %2").arg(item, round));
        requireCurrentCopy(reviewer, team);
        const std::optional<QString> state = sheetState(m_db, round, reviewer, team);
        version = stamp(reviewer, team);
        if (!state)
            return;
        if (*state == QLatin1String("submitted"))
            throw InputError(Tr::tr("the sheet of %1 for team %2 is submitted: its scores can no "
                                    "longer change")
                                 .arg(reviewer, team));
        QSqlQuery deleted = pgRun(m_db, QStringLiteral(
            "DELETE FROM expert_scores WHERE round_id = ? AND reviewer_id = ? AND team_id = ? "
            "AND item_id = ?"), {round, reviewer, team, item});
        if (deleted.numRowsAffected() <= 0)
            return;
        // An empty draft is no sheet at all: "not started" again.
        pgRun(m_db, QStringLiteral(
            "DELETE FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ? "
            "AND opinion = '' AND NOT EXISTS (SELECT 1 FROM expert_scores s "
            "WHERE s.round_id = sheets.round_id AND s.reviewer_id = sheets.reviewer_id "
            "AND s.team_id = sheets.team_id)"), {round, reviewer, team});
        version = stamp(reviewer, team);
    });
    advance(reviewer, team, version);
}

void PgStore::setSheetOpinion(const QString &reviewer, const QString &team, const QString &opinion,
                              const Actor &actor)
{
    requireActor(actor);
    qint64 version = 0;
    writeTransaction([&] {
        const QString round = requireRound();
        requireRoundOpen(m_db);
        requireKnown(m_db, round, reviewer, team);
        if (!pgValue(m_db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
                     {reviewer, team}).isNull())
            throw InputError(Tr::tr("reviewer %1 has declared a conflict of interest with team %2 "
                                    "and holds no sheet for it")
                                 .arg(reviewer, team));
        requireCurrentCopy(reviewer, team);
        const QString text = opinion.isNull() ? QStringLiteral("") : opinion;
        const std::optional<QString> state = sheetState(m_db, round, reviewer, team);
        version = stamp(reviewer, team);
        if (state == QLatin1String("submitted"))
            throw InputError(Tr::tr("the sheet of %1 for team %2 is submitted: its opinion can no "
                                    "longer change")
                                 .arg(reviewer, team));
        const QString before = state
            ? pgValue(m_db, QStringLiteral("SELECT opinion FROM sheets WHERE round_id = ? AND "
                                           "reviewer_id = ? AND team_id = ?"),
                      {round, reviewer, team}).toString()
            : QString();
        if (before == text)
            return;
        if (!state)
            pgRun(m_db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, opinion) "
                                       "VALUES (?, ?, ?, ?)"),
                  {round, reviewer, team, text});
        else
            pgRun(m_db, QStringLiteral("UPDATE sheets SET opinion = ? WHERE round_id = ? AND "
                                       "reviewer_id = ? AND team_id = ?"),
                  {text, round, reviewer, team});
        version = stamp(reviewer, team);
    });
    advance(reviewer, team, version);
}

void PgStore::submitSheet(const QString &reviewer, const QString &team, const Actor &actor)
{
    requireActor(actor);
    if (actor.id != reviewer)
        throw InputError(Tr::tr("only %1 can submit their own sheet for team %2 (not %3)")
                             .arg(reviewer, team, actor.id));
    const Signer *signer = actor.signer ? actor.signer : m_signer.get();
    qint64 version = 0;
    writeTransaction([&] {
        const QString round = requireRound();
        requireRoundOpen(m_db);
        requireKnown(m_db, round, reviewer, team);
        requireCurrentCopy(reviewer, team);
        // The server checks that every item is scored, submits and audits (submit_sheet).
        pgRun(m_db, QStringLiteral("SELECT submit_sheet(?, ?)"), {round, team});
        // What was submitted, signed by the reviewer (a file's submit entry carries it; the
        // server's does not): `verify` compares the sheet with it (PgSignatures.cpp).
        if (signer && signer->memberId() == reviewer)
            appendSheetSignature(round, reviewer, team);
        version = stamp(reviewer, team);
    }, signer);
    advance(reviewer, team, version);
}

void PgStore::reopenSheet(const QString &reviewer, const QString &team, const QString &reason,
                          const Actor &actor)
{
    requireActor(actor);
    if (reason.trimmed().isEmpty())
        throw InputError(Tr::tr("reopening the sheet of %1 for team %2 needs a reason")
                             .arg(reviewer, team));
    qint64 version = 0;
    writeTransaction([&] {
        const QString round = requireRound();
        requireRoundOpen(m_db);
        requireCurrentCopy(reviewer, team);
        // The chair's, with the reason in its audit entry (reopen_sheet).
        version = pgValue(m_db, QStringLiteral("SELECT reopen_sheet(?, ?, ?, ?)"),
                          {round, reviewer, team, reason}).toLongLong();
    });
    advance(reviewer, team, version);
}

void PgStore::lockRound(const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const QString round = requireRound();
        pgRun(m_db, QStringLiteral("SELECT lock_round(?)"), {round});   // the chair's; audited there
    });
}

} // namespace pd::server
