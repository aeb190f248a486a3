#include "storage/SheetReader.h"

#include "storage/DraftStore.h"
#include "storage/SqlHelpers.h"

#include <QVariant>

namespace pd {

std::optional<QString> currentRoundId(const QSqlDatabase &db)
{
    QSqlQuery round = execSql(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (!round.next())
        return std::nullopt;
    return round.value(0).toString();
}

std::vector<SheetRecord> readSheets(const QSqlDatabase &db, const Signer *opener)
{
    std::vector<SheetRecord> sheets;
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        return sheets;
    QSqlQuery query = prepareSql(db, QStringLiteral(
        "SELECT h.reviewer_id, h.team_id, h.state = 'submitted', h.opinion FROM sheets h "
        "JOIN members m ON m.id = h.reviewer_id "
        "JOIN round_teams t ON t.round_id = h.round_id AND t.team_id = h.team_id "
        "WHERE h.round_id = ? ORDER BY m.seq, t.seq"));
    query.addBindValue(*roundId);
    execPrepared(query);
    while (query.next())
        sheets.push_back(SheetRecord{query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toInt() != 0, query.value(3).toString()});
    query.finish();
    if (opener) {
        for (const OpenedDraft &draft : readOwnSealedDrafts(db, *roundId, *opener))
            for (SheetRecord &sheet : sheets)
                if (sheet.reviewer == opener->memberId() && sheet.team == draft.team)
                    sheet.opinion = draft.content.opinion;
    }
    return sheets;
}

std::optional<ExpertScore> readExpertScore(const QSqlDatabase &db, const QString &reviewer,
                                           const QString &team, const QString &item,
                                           const Signer *opener)
{
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        return std::nullopt;
    QSqlQuery query = prepareSql(db, QStringLiteral(
        "SELECT s.score, h.state = 'submitted', s.comment FROM expert_scores s "
        "JOIN sheets h ON h.round_id = s.round_id AND h.reviewer_id = s.reviewer_id "
        "AND h.team_id = s.team_id "
        "WHERE s.round_id = ? AND s.reviewer_id = ? AND s.team_id = ? AND s.item_id = ?"));
    for (const QString &value : {*roundId, reviewer, team, item})
        query.addBindValue(value);
    execPrepared(query);
    if (!query.next()) {
        const SheetKey key{*roundId, reviewer, team};
        if (!hasSealedDraft(db, key))
            return std::nullopt;
        std::optional<DraftContent> draft = readDraft(db, key, opener);
        const DraftScore *score = draft ? draft->find(item) : nullptr;
        if (!score)
            return std::nullopt;
        return ExpertScore{reviewer, team, item, score->score, false, score->comment};
    }
    return ExpertScore{reviewer, team, item, query.value(0).toDouble(),
                       query.value(1).toInt() != 0, query.value(2).toString()};
}

std::vector<ExpertScore> readSheetScores(const QSqlDatabase &db, const QString &reviewer,
                                         const QString &team, const Signer *opener)
{
    std::vector<ExpertScore> scores;
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        return scores;
    const SheetKey key{*roundId, reviewer, team};
    if (hasSealedDraft(db, key)) {
        if (std::optional<DraftContent> draft = readDraft(db, key, opener))
            for (const DraftScore &s : draft->scores)
                scores.push_back(ExpertScore{reviewer, team, s.item, s.score, false, s.comment});
        return scores;
    }
    QSqlQuery query = prepareSql(db, QStringLiteral(
        "SELECT s.item_id, s.score, h.state = 'submitted', s.comment FROM expert_scores s "
        "JOIN sheets h ON h.round_id = s.round_id AND h.reviewer_id = s.reviewer_id "
        "AND h.team_id = s.team_id "
        // "+s.seq": ordering by the bare column makes SQLite walk the round's whole
        // (round_id, seq) index instead of the primary key's few rows of this sheet
        "WHERE s.round_id = ? AND s.reviewer_id = ? AND s.team_id = ? ORDER BY +s.seq"));
    for (const QString &value : {*roundId, reviewer, team})
        query.addBindValue(value);
    execPrepared(query);
    while (query.next())
        scores.push_back(ExpertScore{reviewer, team, query.value(0).toString(), query.value(1).toDouble(),
                                     query.value(2).toInt() != 0, query.value(3).toString()});
    return scores;
}

} // namespace pd
