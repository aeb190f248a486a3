#include "storage/ExpertScoreWriter.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "domain/ScoreRules.h"
#include "storage/AuditLog.h"
#include "storage/DraftStore.h"
#include "storage/SqlHelpers.h"

#include <QVariant>

namespace pd {

QString checkExpertScore(const QSqlDatabase &db, const ExpertScore &s)
{
    QSqlQuery round = execSql(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (!round.next())
        throw InputError(QCoreApplication::translate("Storage", "there is no round to score yet"));
    const QString roundId = round.value(0).toString();
    round.finish();

    const QString what = QCoreApplication::translate("Storage", "the score of %1 for team %2, item %3")
                             .arg(s.reviewer, s.team, s.item);
    if (s.submitted)
        throw InputError(QCoreApplication::translate("Storage", "%1 cannot be written as "
                                                                "submitted: scores are saved as "
                                                                "a draft and the sheet is "
                                                                "submitted as a whole")
                             .arg(what));
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {s.reviewer}))
        throw InputError(QCoreApplication::translate("Storage", "unknown reviewer \"%1\"").arg(s.reviewer));
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                {roundId, s.team}))
        throw InputError(QCoreApplication::translate("Storage", "unknown team \"%1\" in round %2").arg(s.team, roundId));
    QSqlQuery item = runSql(db, QStringLiteral(
        "SELECT points, step FROM rubric_items WHERE round_id = ? AND id = ?"), {roundId, s.item});
    if (!item.next())
        throw InputError(QCoreApplication::translate("Storage", "unknown rubric item \"%1\" in round %2")
                             .arg(s.item, roundId));
    const double points = item.value(0).toDouble();
    const double step = item.value(1).toDouble();
    item.finish();
    if (existsSql(db, QStringLiteral(
            "SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
               {s.reviewer, s.team}))
        throw InputError(QCoreApplication::translate("Storage", "reviewer %1 has declared a conflict of interest with "
                                        "team %2 and cannot score it")
                             .arg(s.reviewer, s.team));
    if (!scoreInRange(s.score, points))
        throw InputError(QCoreApplication::translate("Storage", "%1 must lie between 0 and %2 (got %3)")
                             .arg(what)
                             .arg(points)
                             .arg(s.score));
    // The rule of the panel file and the sheet editor (domain/ScoreRules.h), so that what is
    // stored here also passes as a panel file; the schema's trigger is a looser backstop.
    if (!onItemStep(s.score, step))
        throw InputError(QCoreApplication::translate("Storage", "%1 must be a multiple of %2 (got %3)")
                             .arg(what)
                             .arg(step)
                             .arg(s.score));
    return roundId;
}

void writeExpertScore(const QSqlDatabase &db, const ExpertScore &s, const Actor &actor)
{
    const QString roundId = checkExpertScore(db, s);
    QSqlQuery sheet = runSql(db, QStringLiteral(
        "SELECT state FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        {roundId, s.reviewer, s.team});
    const bool hasSheet = sheet.next();
    if (hasSheet && sheet.value(0).toString() == QLatin1String("submitted"))
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is submitted: its scores "
                                        "can no longer change")
                             .arg(s.reviewer, s.team));
    sheet.finish();
    if (!hasSheet)
        runSql(db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, state) "
                               "VALUES (?, ?, ?, 'draft')"),
            {roundId, s.reviewer, s.team});

    // A reviewer with a key keeps their draft sealed (storage/DraftStore.h): the audit entry
    // says which score changed, never its value.
    const SheetKey key{roundId, s.reviewer, s.team};
    const std::optional<QByteArray> publicKey = draftSealingKey(db, key);
    if (publicKey) {
        DraftContent draft = readDraftForChange(db, key, actor.signer);
        const QString comment = s.comment.isNull() ? QStringLiteral("") : s.comment;
        if (DraftScore *stored = draft.find(s.item)) {
            if (stored->score == s.score && stored->comment == comment && hasSealedDraft(db, key))
                return;
            stored->score = s.score;
            stored->comment = comment;
        } else {
            draft.scores.push_back({s.item, s.score, comment});
        }
        sealDraft(db, key, draft, *publicKey);
        appendAudit(db, actor, QStringLiteral("expert-score"),
                    QStringLiteral("expert_scores/%1/%2/%3/%4").arg(roundId, s.reviewer, s.team, s.item),
                    {}, {});
        return;
    }

    QSqlQuery old = runSql(db, QStringLiteral(
        "SELECT score, comment FROM expert_scores "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND item_id = ?"),
        {roundId, s.reviewer, s.team, s.item});
    if (old.next() && old.value(0).toDouble() == s.score && old.value(1).toString() == s.comment)
        return;
    old.finish();

    const QString comment = s.comment.isNull() ? QStringLiteral("") : s.comment;
    runSql(db, QStringLiteral(
        "INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, seq, score, "
        "comment) VALUES (?, ?, ?, ?, "
        "(SELECT coalesce(max(seq), -1) + 1 FROM expert_scores WHERE round_id = ?), ?, ?) "
        "ON CONFLICT (round_id, reviewer_id, team_id, item_id) "
        "DO UPDATE SET score = excluded.score, comment = excluded.comment"),
        {roundId, s.reviewer, s.team, s.item, roundId, s.score, comment});
    // Draft edits are audited without their values (trust.md): which score, not what.
    appendAudit(db, actor, QStringLiteral("expert-score"),
                QStringLiteral("expert_scores/%1/%2/%3/%4").arg(roundId, s.reviewer, s.team, s.item),
                {}, {});
}

} // namespace pd
