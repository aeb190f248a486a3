#include "storage/RatingTallyTable.h"

#include "storage/InternedTexts.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteStatement.h"
#include "storage/SqliteTransaction.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace pd {
namespace {

struct CountAndSum {
    qint64 count = 0;
    qint64 sum = 0;
    bool operator==(const CountAndSum &) const = default;
};

// The problems, one line per (round, team, item) in key order, at most `limit` of them and
// then one line saying how many more.
class MismatchLines {
public:
    explicit MismatchLines(int limit) : m_limit(limit) {}

    // counted: the stored ratings' count and sum (0, 0: none); tallied: the tally's (0, 0: none).
    void add(const QString &round, const QString &team, const QString &item, CountAndSum counted,
             CountAndSum tallied)
    {
        if (m_lines.size() >= m_limit) {
            ++m_more;
            return;
        }
        m_lines << QCoreApplication::translate(
                       "Storage", "user_ratings/%1/%2/%3: the stored ratings are %4 summing %5, "
                                  "their tallies say %6 summing %7 (the ratings or the tallies "
                                  "were changed outside PanelDesk)")
                       .arg(round, team, item)
                       .arg(counted.count)
                       .arg(counted.sum)
                       .arg(tallied.count)
                       .arg(tallied.sum);
    }
    QStringList take()
    {
        if (m_more > 0)
            m_lines << QCoreApplication::translate("Storage", "and %1 more rating tallies that differ")
                           .arg(m_more);
        return std::move(m_lines);
    }

private:
    int m_limit;
    qint64 m_more = 0;
    QStringList m_lines;
};

struct Mismatch {
    std::string round, team, item;   // UTF-8, as stored
    CountAndSum counted, tallied;
};

// A (round, team, item) as indices into the interned ids.
struct TallyKey {
    quint32 round, team, item;
    bool operator==(const TallyKey &) const = default;
};

struct TallyKeyHash {
    size_t operator()(const TallyKey &k) const
    {
        return std::hash<quint64>{}((quint64(k.round) << 42) ^ (quint64(k.team) << 21) ^ k.item);
    }
};

// Interned ids of one column; consecutive rows often repeat the last one, found by comparing
// its bytes before hashing.
class IdColumn {
public:
    quint32 index(std::string_view id)
    {
        if (m_last == kNone || m_ids.text(m_last) != id)
            m_last = m_ids.index(id);
        return m_last;
    }
    std::optional<quint32> find(std::string_view id) const { return m_ids.find(id); }
    const std::string &text(quint32 index) const { return m_ids.text(index); }

private:
    static constexpr quint32 kNone = ~quint32(0);
    InternedTexts m_ids;
    quint32 m_last = kNone;
};

struct Counted {
    CountAndSum ratings;
    bool tallied = false;   // a tally row names it
};

// One pass over user_ratings in the table's order, counting and summing per (round, team,
// item) in a hash map of interned ids (no QString per row: 1,000,000 ratings in a fraction of
// the GROUP BY's time, docs/benchmarks.md), then the tallies compared with it both ways. In
// no particular order. Nothing when a value is not of the type the schema's CHECKs keep (a
// file changed outside PanelDesk with its checks bypassed): SQL's comparison then decides.
std::optional<std::vector<Mismatch>> scannedMismatches(sqlite3 *handle, const QByteArray &exceptRound)
{
    IdColumn rounds, teams, items;
    std::unordered_map<TallyKey, Counted, TallyKeyHash> counted;
    {
        // Two ranges of the key around a round left out (not `<>`: a scan of every row).
        SqliteStatement ratings(handle, exceptRound.isEmpty()
                                            ? "SELECT round_id, team_id, item_id, rating FROM user_ratings"
                                            : "SELECT round_id, team_id, item_id, rating FROM user_ratings "
                                              "WHERE round_id < ?1 OR round_id > ?1");
        if (!exceptRound.isEmpty())
            ratings.bindText(1, exceptRound);
        TallyKey lastKey{};
        Counted *last = nullptr;
        while (ratings.step()) {
            if (!ratings.columnIsText(0) || !ratings.columnIsText(1) || !ratings.columnIsText(2)
                || !ratings.columnIsInteger(3))
                return std::nullopt;
            const TallyKey key{rounds.index(ratings.columnText(0)), teams.index(ratings.columnText(1)),
                               items.index(ratings.columnText(2))};
            if (!last || !(key == lastKey)) {
                last = &counted[key];
                lastKey = key;
            }
            ++last->ratings.count;
            last->ratings.sum += ratings.columnInteger(3);
        }
    }
    std::vector<Mismatch> found;
    SqliteStatement tallies(handle, "SELECT round_id, team_id, item_id, ratings, rating_sum FROM rating_tallies "
                                    "WHERE round_id IS NOT ?1");
    if (!exceptRound.isEmpty())
        tallies.bindText(1, exceptRound);
    while (tallies.step()) {
        if (!tallies.columnIsText(0) || !tallies.columnIsText(1) || !tallies.columnIsText(2)
            || !tallies.columnIsInteger(3) || !tallies.columnIsInteger(4))
            return std::nullopt;
        const std::string_view round = tallies.columnText(0), team = tallies.columnText(1),
                               item = tallies.columnText(2);
        const CountAndSum tallied{tallies.columnInteger(3), tallies.columnInteger(4)};
        Counted *ratings = nullptr;
        const std::optional<quint32> r = rounds.find(round), t = teams.find(team), i = items.find(item);
        if (r && t && i) {
            const auto at = counted.find(TallyKey{*r, *t, *i});
            if (at != counted.end())
                ratings = &at->second;
        }
        if (ratings)
            ratings->tallied = true;
        if (!ratings || !(ratings->ratings == tallied))
            found.push_back({std::string(round), std::string(team), std::string(item),
                             ratings ? ratings->ratings : CountAndSum{}, tallied});
    }
    for (const auto &[key, c] : counted)
        if (!c.tallied)
            found.push_back({rounds.text(key.round), teams.text(key.team), items.text(key.item), c.ratings, {}});
    return found;
}

// The same comparison in SQL (the ratings grouped again, about 1 s on 1,000,000 ratings), for
// values of unexpected types: NULLs and SQLite's own type rules as `IS NOT` applies them.
void listMismatchesBySql(const QSqlDatabase &db, MismatchLines &lines, const QString &exceptRound)
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
    while (q.next())
        if (exceptRound.isEmpty() || q.value(0).toString() != exceptRound)
            lines.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      {q.value(5).toLongLong(), q.value(6).toLongLong()},
                      {q.value(3).toLongLong(), q.value(4).toLongLong()});
}

} // namespace

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

QStringList ratingTallyMismatches(const QSqlDatabase &db, int limit, const QString &exceptRound)
{
    sqlite3 *const handle = sqliteHandle(db);
    std::optional<ReadTransaction> snapshot;   // the ratings and the tallies of one state
    if (sqlite3_get_autocommit(handle))
        snapshot.emplace(db);
    MismatchLines lines(limit);
    if (std::optional<std::vector<Mismatch>> found = scannedMismatches(handle, exceptRound.toUtf8())) {
        std::sort(found->begin(), found->end(), [](const Mismatch &a, const Mismatch &b) {
            return std::tie(a.round, a.team, a.item) < std::tie(b.round, b.team, b.item);
        });
        for (const Mismatch &m : *found)
            lines.add(QString::fromUtf8(m.round), QString::fromUtf8(m.team), QString::fromUtf8(m.item),
                      m.counted, m.tallied);
    } else {
        listMismatchesBySql(db, lines, exceptRound);
    }
    return lines.take();
}

} // namespace pd
