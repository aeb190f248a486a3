#include "storage/DraftStore.h"

#include "domain/Errors.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"
#include "trust/Crypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace pd {
namespace {

// {"scores": [[item, score, comment], ...], "opinion": "..."}
QByteArray encode(const DraftContent &content)
{
    QJsonArray scores;
    for (const DraftScore &s : content.scores)
        scores.append(QJsonArray{s.item, s.score, s.comment});
    return QJsonDocument(QJsonObject{{QStringLiteral("scores"), scores},
                                     {QStringLiteral("opinion"), content.opinion}})
        .toJson(QJsonDocument::Compact);
}

std::optional<DraftContent> decode(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    DraftContent content;
    content.opinion = doc.object().value(QStringLiteral("opinion")).toString();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("scores")).toArray()) {
        const QJsonArray row = v.toArray();
        if (row.size() != 3 || !row.at(0).isString() || !row.at(1).isDouble())
            return std::nullopt;
        content.scores.push_back({row.at(0).toString(), row.at(1).toDouble(), row.at(2).toString()});
    }
    return content;
}

std::optional<QByteArray> sealedBlob(const QSqlDatabase &db, const SheetKey &key)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT sealed FROM sealed_drafts "
                                            "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
                         key.values());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

std::optional<DraftContent> openBlob(const QByteArray &blob, const QString &reviewer,
                                     const Signer *opener)
{
    if (!opener || opener->memberId() != reviewer)
        return std::nullopt;
    std::optional<QByteArray> plain = opener->openSealed(blob);
    if (!plain)
        return std::nullopt;
    std::optional<DraftContent> content = decode(*plain);
    crypto::wipe(*plain);
    return content;
}

// The draft's rows and opinion as stored in the clear.
DraftContent clearDraft(const QSqlDatabase &db, const SheetKey &key)
{
    DraftContent content;
    QSqlQuery scores = runSql(db, QStringLiteral(
        "SELECT item_id, score, comment FROM expert_scores "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? ORDER BY +seq"), key.values());
    while (scores.next())
        content.scores.push_back({scores.value(0).toString(), scores.value(1).toDouble(),
                                  scores.value(2).toString()});
    scores.finish();
    QSqlQuery opinion = runSql(db, QStringLiteral("SELECT opinion FROM sheets "
                                                  "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
                               key.values());
    if (opinion.next())
        content.opinion = opinion.value(0).toString();
    return content;
}

void dropClearRows(const QSqlDatabase &db, const SheetKey &key)
{
    runSql(db, QStringLiteral("DELETE FROM expert_scores "
                              "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"), key.values());
    runSql(db, QStringLiteral("UPDATE sheets SET opinion = '' "
                              "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? AND opinion <> ''"),
           key.values());
}

} // namespace

DraftScore *DraftContent::find(const QString &item)
{
    for (DraftScore &s : scores)
        if (s.item == item)
            return &s;
    return nullptr;
}

std::optional<QByteArray> memberPublicKey(const QSqlDatabase &db, const QString &member)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT public_key FROM members WHERE id = ?"), {member});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    const QByteArray key = q.value(0).toByteArray();
    if (key.size() != crypto::kPublicKeyBytes)
        return std::nullopt;
    return key;
}

bool hasSealedDraft(const QSqlDatabase &db, const SheetKey &key)
{
    return existsSql(db, QStringLiteral("SELECT 1 FROM sealed_drafts "
                                        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
                     key.values());
}

std::optional<QByteArray> draftSealingKey(const QSqlDatabase &db, const SheetKey &key)
{
    std::optional<QByteArray> publicKey = memberPublicKey(db, key.reviewer);
    if (!publicKey && hasSealedDraft(db, key))
        throw InputError(QCoreApplication::translate("Storage", "the draft of %1 for team %2 "
                                                                "is sealed to a key %1 no longer "
                                                                "has: %1 signs in again first")
                             .arg(key.reviewer, key.team));
    return publicKey;
}

std::optional<DraftContent> readDraft(const QSqlDatabase &db, const SheetKey &key,
                                      const Signer *opener)
{
    if (const std::optional<QByteArray> blob = sealedBlob(db, key))
        return openBlob(*blob, key.reviewer, opener);
    return clearDraft(db, key);
}

DraftContent readDraftForChange(const QSqlDatabase &db, const SheetKey &key, const Signer *writer)
{
    const std::optional<QByteArray> blob = sealedBlob(db, key);
    if (!blob)
        return clearDraft(db, key);
    if (!writer || writer->memberId() != key.reviewer)
        throw InputError(QCoreApplication::translate("Storage", "the draft of %1 for team %2 is "
                                                                "sealed to %1: only %1, signed in, "
                                                                "can change it")
                             .arg(key.reviewer, key.team));
    std::optional<DraftContent> content = openBlob(*blob, key.reviewer, writer);
    if (!content)
        throw InputError(QCoreApplication::translate("Storage", "the draft of %1 for team %2 "
                                                                "cannot be opened with this key "
                                                                "(it is damaged or sealed to "
                                                                "another key)")
                             .arg(key.reviewer, key.team));
    return *content;
}

void sealDraft(const QSqlDatabase &db, const SheetKey &key, const DraftContent &content,
               const QByteArray &publicKey)
{
    dropClearRows(db, key);
    if (content.isEmpty()) {
        runSql(db, QStringLiteral("DELETE FROM sealed_drafts "
                                  "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
               key.values());
        return;
    }
    QByteArray plain = encode(content);
    const QByteArray sealed = crypto::sealToMember(publicKey, plain);
    crypto::wipe(plain);
    runSql(db, QStringLiteral("INSERT INTO sealed_drafts (round_id, reviewer_id, team_id, sealed) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (round_id, reviewer_id, team_id) "
                              "DO UPDATE SET sealed = excluded.sealed"),
           {key.round, key.reviewer, key.team, sealed});
}

void unsealDraft(const QSqlDatabase &db, const SheetKey &key, const DraftContent &content)
{
    runSql(db, QStringLiteral("DELETE FROM sealed_drafts "
                              "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
           key.values());
    dropClearRows(db, key);
    for (const DraftScore &s : content.scores)
        runSql(db, QStringLiteral(
                   "INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, seq, "
                   "score, comment) VALUES (?, ?, ?, ?, "
                   "(SELECT coalesce(max(seq), -1) + 1 FROM expert_scores WHERE round_id = ?), ?, ?)"),
               {key.round, key.reviewer, key.team, s.item, key.round, s.score,
                s.comment.isNull() ? QStringLiteral("") : s.comment});
    runSql(db, QStringLiteral("UPDATE sheets SET opinion = ? "
                              "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
           {content.opinion.isNull() ? QStringLiteral("") : content.opinion, key.round,
            key.reviewer, key.team});
}

namespace {

// Draft sheets of an open round, kept in the clear, whose reviewer has a key.
const char kPlainDraftsSql[] =
        "SELECT h.reviewer_id, h.team_id, m.public_key FROM sheets h "
        "JOIN members m ON m.id = h.reviewer_id "
        "JOIN rounds r ON r.id = h.round_id AND r.lifecycle = 'open' "
        "WHERE h.round_id = ? AND h.state = 'draft' AND m.public_key IS NOT NULL "
        "AND (h.opinion <> '' OR EXISTS (SELECT 1 FROM expert_scores s WHERE s.round_id = h.round_id "
        "AND s.reviewer_id = h.reviewer_id AND s.team_id = h.team_id))";

} // namespace

bool hasPlainDrafts(const QSqlDatabase &db, const QString &reviewer)
{
    const std::optional<QString> round = currentRoundId(db);
    return round && existsSql(db, QLatin1String(kPlainDraftsSql) + QStringLiteral(" AND h.reviewer_id = ?"),
                              {*round, reviewer});
}

int sealPlainDrafts(const QSqlDatabase &db, const std::optional<QString> &reviewer)
{
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        return 0;
    QString sql = QLatin1String(kPlainDraftsSql);
    QVariantList values{*round};
    if (reviewer) {
        sql += QStringLiteral(" AND h.reviewer_id = ?");
        values << *reviewer;
    }
    struct Pending {
        SheetKey key;
        QByteArray publicKey;
    };
    std::vector<Pending> pending;
    QSqlQuery q = runSql(db, sql, values);
    while (q.next())
        pending.push_back({SheetKey{*round, q.value(0).toString(), q.value(1).toString()},
                           q.value(2).toByteArray()});
    q.finish();
    int sealed = 0;
    for (const Pending &p : pending) {
        if (p.publicKey.size() != crypto::kPublicKeyBytes || hasSealedDraft(db, p.key))
            continue;
        sealDraft(db, p.key, clearDraft(db, p.key), p.publicKey);
        ++sealed;
    }
    return sealed;
}

std::vector<OpenedDraft> readOwnSealedDrafts(const QSqlDatabase &db, const QString &round,
                                             const Signer &opener)
{
    std::vector<OpenedDraft> drafts;
    QSqlQuery q = runSql(db, QStringLiteral(
        "SELECT d.team_id, d.sealed FROM sealed_drafts d "
        "JOIN round_teams t ON t.round_id = d.round_id AND t.team_id = d.team_id "
        "WHERE d.round_id = ? AND d.reviewer_id = ? ORDER BY t.seq"),
        {round, opener.memberId()});
    while (q.next())
        if (std::optional<DraftContent> content =
                openBlob(q.value(1).toByteArray(), opener.memberId(), &opener))
            drafts.push_back({q.value(0).toString(), std::move(*content)});
    return drafts;
}

int dropSealedDrafts(const QSqlDatabase &db, const QString &member)
{
    // A locked round's drafts stay (its inputs are frozen, and R3 ignores drafts anyway).
    QSqlQuery q = runSql(db, QStringLiteral("DELETE FROM sealed_drafts WHERE reviewer_id = ? AND "
                                            "round_id IN (SELECT id FROM rounds WHERE lifecycle = 'open')"),
                         {member});
    const int dropped = q.numRowsAffected();
    q.finish();
    // Their sheets hold nothing readable now: "not started" again.
    runSql(db, QStringLiteral(
        "DELETE FROM sheets WHERE reviewer_id = ? AND state = 'draft' AND opinion = '' "
        "AND round_id IN (SELECT id FROM rounds WHERE lifecycle = 'open') "
        "AND NOT EXISTS (SELECT 1 FROM expert_scores s WHERE s.round_id = sheets.round_id "
        "AND s.reviewer_id = sheets.reviewer_id AND s.team_id = sheets.team_id) "
        "AND NOT EXISTS (SELECT 1 FROM sealed_drafts d WHERE d.round_id = sheets.round_id "
        "AND d.reviewer_id = sheets.reviewer_id AND d.team_id = sheets.team_id)"),
           {member});
    return dropped;
}

} // namespace pd
