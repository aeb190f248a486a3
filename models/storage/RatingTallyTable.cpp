#include "storage/RatingTallyTable.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QVariant>

#include <map>

namespace pd {

void addToRatingTallies(const QSqlDatabase &db, const QString &round,
                        const std::vector<RatingTally> &added)
{
    std::map<std::pair<QString, QString>, std::pair<qint64, qint64>> merged;   // count, sum
    for (const RatingTally &t : added) {
        auto &m = merged[{t.team, t.item}];
        m.first += t.count;
        m.second += t.sum;
    }
    QSqlQuery upsert = prepareSql(db, QStringLiteral(
        "INSERT INTO rating_tallies (round_id, team_id, item_id, ratings, rating_sum) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, team_id, item_id) DO UPDATE SET "
        "ratings = ratings + excluded.ratings, rating_sum = rating_sum + excluded.rating_sum"));
    for (const auto &[key, t] : merged) {
        if (t.first == 0)
            continue;
        upsert.bindValue(0, round);
        upsert.bindValue(1, key.first);
        upsert.bindValue(2, key.second);
        upsert.bindValue(3, t.first);
        upsert.bindValue(4, t.second);
        execPrepared(upsert);
    }
}

void clearRatingTallies(const QSqlDatabase &db, const QString &round)
{
    if (round.isEmpty())
        execSql(db, QStringLiteral("DELETE FROM rating_tallies"));
    else
        runSql(db, QStringLiteral("DELETE FROM rating_tallies WHERE round_id = ?"), {round});
}

std::vector<RatingTally> readRatingTallies(const QSqlDatabase &db, const QString &round)
{
    std::vector<RatingTally> tallies;
    QSqlQuery q = runSql(db, QStringLiteral(
        "SELECT team_id, item_id, rating_sum, ratings FROM rating_tallies WHERE round_id = ? "
        "ORDER BY team_id, item_id"), {round});
    while (q.next())
        tallies.push_back(RatingTally{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toLongLong(), q.value(3).toLongLong()});
    return tallies;
}

QString ratingCountMismatch(const QSqlDatabase &db)
{
    const qint64 stored = scalar(db, QStringLiteral("SELECT count(*) FROM user_ratings")).toLongLong();
    const qint64 tallied =
        scalar(db, QStringLiteral("SELECT coalesce(sum(ratings), 0) FROM rating_tallies")).toLongLong();
    if (stored == tallied)
        return {};
    return QCoreApplication::translate("Storage",
                                       "the rating tallies count %1 user ratings but the file holds %2 "
                                       "(user_ratings was changed outside PanelDesk)")
        .arg(tallied)
        .arg(stored);
}

QStringList ratingTallyMismatches(const QSqlDatabase &db, int limit)
{
    // Both directions: a tally without its ratings, and ratings without their tally.
    QSqlQuery q = execSql(db, QStringLiteral(
        "WITH counted AS (SELECT round_id, team_id, item_id, count(*) AS n, sum(rating) AS s "
        "FROM user_ratings GROUP BY round_id, team_id, item_id) "
        "SELECT t.round_id, t.team_id, t.item_id, t.ratings, t.rating_sum, c.n, c.s "
        "FROM rating_tallies t LEFT JOIN counted c ON c.round_id = t.round_id "
        "AND c.team_id = t.team_id AND c.item_id = t.item_id "
        "WHERE c.n IS NOT t.ratings OR c.s IS NOT t.rating_sum "
        "UNION ALL "
        "SELECT c.round_id, c.team_id, c.item_id, NULL, NULL, c.n, c.s FROM counted c "
        "WHERE NOT EXISTS (SELECT 1 FROM rating_tallies t WHERE t.round_id = c.round_id "
        "AND t.team_id = c.team_id AND t.item_id = c.item_id) "
        "ORDER BY 1, 2, 3"));
    QStringList problems;
    qint64 more = 0;
    while (q.next()) {
        if (problems.size() >= limit) {
            ++more;
            continue;
        }
        problems << QCoreApplication::translate(
                        "Storage", "user_ratings/%1/%2/%3: the stored ratings are %4 summing %5, "
                                   "their tallies say %6 summing %7 (the ratings or the tallies "
                                   "were changed outside PanelDesk)")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                        .arg(q.value(5).toLongLong())
                        .arg(q.value(6).toLongLong())
                        .arg(q.value(3).toLongLong())
                        .arg(q.value(4).toLongLong());
    }
    if (more > 0)
        problems << QCoreApplication::translate("Storage", "and %1 more rating tallies that differ")
                        .arg(more);
    return problems;
}

} // namespace pd
