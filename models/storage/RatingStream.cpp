#include "storage/RatingStream.h"

#include "domain/Errors.h"
#include "storage/InternedTexts.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteHandle.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include <sqlite3.h>

namespace pd {
namespace {

struct Row {
    qint64 seq;
    quint32 evaluator;   // index into the evaluators' offsets
    quint32 team;
    quint32 item;
    qint32 rating;
};

} // namespace

StoredRatingRows::StoredRatingRows(const QSqlDatabase &db, const QString &roundId)
    : m_db(db), m_roundId(roundId)
{
}

qint64 StoredRatingRows::count() const
{
    QSqlQuery q = runSql(m_db, QStringLiteral("SELECT count(*) FROM user_ratings WHERE round_id = ?"),
                         {m_roundId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

// The rows in seq order without a sort, when their seqs are n distinct numbers in a run (as
// every import writes them: 0, 1, 2, ...): each row put at its place. False, and `rows`
// unchanged, otherwise (then they are sorted).
bool placeBySeq(std::vector<Row> &rows)
{
    if (rows.empty())
        return true;
    qint64 low = rows.front().seq, high = low;
    for (const Row &r : rows) {
        low = std::min(low, r.seq);
        high = std::max(high, r.seq);
    }
    if (high - low + 1 != qint64(rows.size()))
        return false;
    std::vector<Row> placed(rows.size());
    std::vector<bool> taken(rows.size(), false);
    for (const Row &r : rows) {
        const size_t at = size_t(r.seq - low);
        if (taken[at])
            return false;   // a seq twice: the sort keeps their key order
        taken[at] = true;
        placed[at] = r;
    }
    rows.swap(placed);
    return true;
}

} // namespace

void StoredRatingRows::forEach(const RatingRowVisitor &visit) const
{
    const QByteArray round = m_roundId.toUtf8();
    SqliteStatement select(sqliteHandle(m_db),
                     "SELECT seq, evaluator, team_id, item_id, rating FROM user_ratings "
                     "WHERE round_id = ? ORDER BY evaluator, team_id, item_id");   // the key's order
    select.bindText(1, round);
    std::vector<Row> rows;
    QByteArray evaluators;                 // every evaluator's id once, in key order
    std::vector<qsizetype> evaluatorAt{0};   // offsets into evaluators; one past the last
    InternedTexts teams, items;
    bool sorted = true;
    while (select.step()) {
        if (!select.columnIsInteger(0) || !select.columnIsInteger(4))
            return forEachAsReadPanel(visit);
        const std::string_view evaluator = select.columnText(1);
        const size_t n = evaluatorAt.size();
        const bool same = n > 1
                          && std::string_view(evaluators.constData() + evaluatorAt[n - 2],
                                              size_t(evaluatorAt[n - 1] - evaluatorAt[n - 2]))
                                 == evaluator;
        if (!same) {
            evaluators.append(evaluator.data(), qsizetype(evaluator.size()));
            evaluatorAt.push_back(evaluators.size());
        }
        const qint64 seq = select.columnInteger(0);
        sorted = sorted && (rows.empty() || rows.back().seq <= seq);
        rows.push_back({seq, quint32(evaluatorAt.size() - 2), teams.index(select.columnText(2)),
                        items.index(select.columnText(3)), qint32(select.columnInteger(4))});
    }
    // ORDER BY seq, evaluator, team_id, item_id: the key order breaks ties in seq.
    if (!sorted && !placeBySeq(rows))
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row &a, const Row &b) { return a.seq < b.seq; });
    for (const Row &r : rows) {
        const qsizetype from = evaluatorAt[r.evaluator];
        visit({QByteArrayView(evaluators.constData() + from, evaluatorAt[r.evaluator + 1] - from),
               teams.at(r.team), items.at(r.item), r.rating});
    }
}

void StoredRatingRows::forEachAsReadPanel(const RatingRowVisitor &visit) const
{
    QSqlQuery q = runSql(m_db, QStringLiteral(
        "SELECT evaluator, team_id, item_id, rating FROM user_ratings WHERE round_id = ? "
        "ORDER BY seq, evaluator, team_id, item_id"), {m_roundId});   // as storage/PanelReader
    while (q.next()) {
        const QByteArray evaluator = q.value(0).toString().toUtf8();
        const QByteArray team = q.value(1).toString().toUtf8();
        const QByteArray item = q.value(2).toString().toUtf8();
        visit({evaluator, team, item, q.value(3).toInt()});
    }
}

} // namespace pd
