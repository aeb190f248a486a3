#include "storage/SheetWriter.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/DraftStore.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"
#include "trust/SheetPayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <optional>

namespace pd {
namespace {

QString stateJson(const char *state)
{
    return auditJson(QJsonObject{{QStringLiteral("state"), QLatin1String(state)}});
}

struct StoredSheet {
    bool submitted = false;
    QString opinion;
};

// What the reviewer signs (trust/SheetPayload.h), from the sheet as stored.
QJsonObject storedSheetPayload(const QSqlDatabase &db, const SheetKey &key, const QString &opinion)
{
    return sheetPayload(key.round, key.reviewer, key.team,
                        readSheetScores(db, key.reviewer, key.team, nullptr), opinion);
}

QString requireRound(const QSqlDatabase &db)
{
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        throw InputError(QCoreApplication::translate("Storage", "there is no round to score yet"));
    return *roundId;
}

// Known reviewer and team, and no declared conflict of interest between them.
void requireSheetParties(const QSqlDatabase &db, const SheetKey &key)
{
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {key.reviewer}))
        throw InputError(QCoreApplication::translate("Storage", "unknown reviewer \"%1\"")
                             .arg(key.reviewer));
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                {key.round, key.team}))
        throw InputError(QCoreApplication::translate("Storage", "unknown team \"%1\" in round %2")
                             .arg(key.team, key.round));
    if (existsSql(db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
               {key.reviewer, key.team}))
        throw InputError(QCoreApplication::translate("Storage", "reviewer %1 has declared a conflict "
                                                                "of interest with team %2 and "
                                                                "holds no sheet for it")
                             .arg(key.reviewer, key.team));
}

std::optional<StoredSheet> storedSheet(const QSqlDatabase &db, const SheetKey &key)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT state = 'submitted', opinion FROM sheets "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"), key.values());
    if (!query.next())
        return std::nullopt;
    return StoredSheet{query.value(0).toInt() != 0, query.value(1).toString()};
}

// "name (id)" of every rubric item of the round the sheet holds no score for, in rubric order.
QStringList missingItems(const QSqlDatabase &db, const SheetKey &key)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT i.id, i.name FROM rubric_items i WHERE i.round_id = ? AND NOT EXISTS ("
        "SELECT 1 FROM expert_scores s WHERE s.round_id = i.round_id AND s.reviewer_id = ? "
        "AND s.team_id = ? AND s.item_id = i.id) ORDER BY i.seq"), key.values());
    QStringList items;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString name = query.value(1).toString();
        items << (name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id));
    }
    return items;
}

double sheetTotal(const QSqlDatabase &db, const SheetKey &key)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT coalesce(sum(score), 0) FROM expert_scores "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"), key.values());
    return query.next() ? query.value(0).toDouble() : 0.0;
}

} // namespace

void submitSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                 const Actor &actor)
{
    const SheetKey key{requireRound(db), reviewer, team};
    if (actor.id != reviewer)
        throw InputError(QCoreApplication::translate("Storage", "only %1 can submit their own "
                                                                "sheet for team %2 (not %3)")
                             .arg(reviewer, team, actor.id));
    requireSheetParties(db, key);
    std::optional<StoredSheet> sheet = storedSheet(db, key);
    if (sheet && sheet->submitted)
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "already submitted")
                             .arg(reviewer, team));
    // A sealed draft is opened and written in the clear: R3 scores submitted sheets as they
    // are. On a refusal below the transaction rolls back and nothing leaves the seal.
    if (sheet && hasSealedDraft(db, key)) {
        const DraftContent draft = readDraftForChange(db, key, actor.signer);
        unsealDraft(db, key, draft);
        sheet->opinion = draft.opinion;
    }
    const QStringList missing = missingItems(db, key);
    if (!sheet && missing.isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "not started")
                             .arg(reviewer, team));
    if (!sheet || !missing.isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "incomplete; score these items "
                                                                "first: %3")
                             .arg(reviewer, team, missing.join(QStringLiteral(", "))));
    runSql(db, QStringLiteral("UPDATE sheets SET state = 'submitted' "
                           "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        key.values());
    appendAudit(db, actor, QStringLiteral("submit-sheet"), key.entity(), stateJson("draft"),
                auditJson(QJsonObject{{QStringLiteral("state"), QStringLiteral("submitted")},
                                 {QStringLiteral("total"), sheetTotal(db, key)},
                                 {QStringLiteral("sheet"), storedSheetPayload(db, key, sheet->opinion)}}));
}

void signSubmittedSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                        const Actor &actor)
{
    const SheetKey key{requireRound(db), reviewer, team};
    if (actor.id != reviewer || !actor.signer)
        throw InputError(QCoreApplication::translate("Storage", "only %1, signed in with their key, "
                                                                "can sign their sheet for team %2")
                             .arg(reviewer, team));
    const std::optional<StoredSheet> sheet = storedSheet(db, key);
    if (!sheet || !sheet->submitted)
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "not submitted")
                             .arg(reviewer, team));
    appendAudit(db, actor, QStringLiteral("sign-sheet"), key.entity(), {},
                auditJson(QJsonObject{{QStringLiteral("sheet"), storedSheetPayload(db, key, sheet->opinion)}}));
}

void reopenSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                 const QString &reason, const Actor &actor)
{
    const SheetKey key{requireRound(db), reviewer, team};
    if (reason.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "reopening the sheet of %1 for "
                                                                "team %2 needs a reason")
                             .arg(reviewer, team));
    const std::optional<StoredSheet> sheet = storedSheet(db, key);
    if (!sheet || !sheet->submitted)
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "not submitted: there is nothing "
                                                                "to reopen")
                             .arg(reviewer, team));
    runSql(db, QStringLiteral("UPDATE sheets SET state = 'draft' "
                           "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        key.values());
    // A draft again: sealed to its reviewer at once when they have a key (no one's secret is
    // needed to seal), so the reopened sheet is as private as any draft.
    if (const std::optional<QByteArray> publicKey = memberPublicKey(db, reviewer))
        sealDraft(db, key, *readDraft(db, key, nullptr), *publicKey);
    appendAudit(db, actor, QStringLiteral("reopen-sheet"), key.entity(), stateJson("submitted"),
                stateJson("draft"), reason);
}

void writeSheetOpinion(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                       const QString &opinion, const Actor &actor)
{
    const SheetKey key{requireRound(db), reviewer, team};
    requireSheetParties(db, key);
    const QString text = opinion.isNull() ? QStringLiteral("") : opinion;
    const std::optional<StoredSheet> sheet = storedSheet(db, key);
    if (sheet && sheet->submitted)
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "submitted: its opinion can no "
                                                                "longer change")
                             .arg(reviewer, team));
    const std::optional<QByteArray> publicKey = draftSealingKey(db, key);
    if (publicKey) {
        DraftContent draft = sheet ? readDraftForChange(db, key, actor.signer) : DraftContent{};
        if (draft.opinion == text)
            return;
        if (!sheet)
            runSql(db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, state) "
                                      "VALUES (?, ?, ?, 'draft')"),
                   key.values());
        draft.opinion = text;
        sealDraft(db, key, draft, *publicKey);
        appendAudit(db, actor, QStringLiteral("sheet-opinion"), key.entity(), {}, {});
        return;
    }
    const QString before = sheet ? sheet->opinion : QString();
    if (before == text)
        return;
    if (!sheet)
        runSql(db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, state) "
                               "VALUES (?, ?, ?, 'draft')"),
            key.values());
    runSql(db, QStringLiteral("UPDATE sheets SET opinion = ? "
                           "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        {text, key.round, key.reviewer, key.team});
    appendAudit(db, actor, QStringLiteral("sheet-opinion"), key.entity(), {}, {});   // no values
}

void clearExpertScore(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                      const QString &item, const Actor &actor)
{
    const SheetKey key{requireRound(db), reviewer, team};
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {reviewer}))
        throw InputError(QCoreApplication::translate("Storage", "unknown reviewer \"%1\"").arg(reviewer));
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                {key.round, team}))
        throw InputError(QCoreApplication::translate("Storage", "unknown team \"%1\" in round %2")
                             .arg(team, key.round));
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM rubric_items WHERE round_id = ? AND id = ?"),
                {key.round, item}))
        throw InputError(QCoreApplication::translate("Storage", "unknown rubric item \"%1\" in round %2")
                             .arg(item, key.round));
    const std::optional<StoredSheet> sheet = storedSheet(db, key);
    if (!sheet)
        return;
    if (sheet->submitted)
        throw InputError(QCoreApplication::translate("Storage", "the sheet of %1 for team %2 is "
                                                                "submitted: its scores can no "
                                                                "longer change")
                             .arg(reviewer, team));
    const std::optional<QByteArray> publicKey = draftSealingKey(db, key);
    if (publicKey) {
        DraftContent draft = readDraftForChange(db, key, actor.signer);
        const auto gone = std::remove_if(draft.scores.begin(), draft.scores.end(),
                                         [&](const DraftScore &s) { return s.item == item; });
        if (gone == draft.scores.end())
            return;
        draft.scores.erase(gone, draft.scores.end());
        sealDraft(db, key, draft, *publicKey);
        appendAudit(db, actor, QStringLiteral("clear-expert-score"),
                    QStringLiteral("expert_scores/%1/%2/%3/%4").arg(key.round, reviewer, team, item),
                    {}, {});
        if (draft.isEmpty())   // "not started" again, as below
            runSql(db, QStringLiteral("DELETE FROM sheets WHERE round_id = ? AND reviewer_id = ? "
                                      "AND team_id = ?"), key.values());
        return;
    }
    QSqlQuery old = runSql(db, QStringLiteral(
        "SELECT score, comment FROM expert_scores "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND item_id = ?"),
        {key.round, reviewer, team, item});
    if (!old.next())
        return;
    old.finish();
    runSql(db, QStringLiteral("DELETE FROM expert_scores "
                           "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND item_id = ?"),
        {key.round, reviewer, team, item});
    appendAudit(db, actor, QStringLiteral("clear-expert-score"),
                QStringLiteral("expert_scores/%1/%2/%3/%4").arg(key.round, reviewer, team, item),
                {}, {});   // no values
    // An empty draft is no sheet at all: "not started" again, and a conflict can be declared.
    runSql(db, QStringLiteral(
        "DELETE FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ? "
        "AND opinion = '' AND NOT EXISTS (SELECT 1 FROM expert_scores s "
        "WHERE s.round_id = sheets.round_id AND s.reviewer_id = sheets.reviewer_id "
        "AND s.team_id = sheets.team_id)"), key.values());
}

} // namespace pd
