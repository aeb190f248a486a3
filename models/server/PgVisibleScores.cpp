#include "server/PgVisibleScores.h"

#include "domain/Errors.h"
#include "server/PgCopy.h"
#include "server/PgScoreRows.h"
#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_set>

namespace pd::server {
using namespace copyrows;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

struct Row {
    qint64 seq;
    quint32 reviewer, team, item;
    double score;
    QString comment;
};

} // namespace

std::vector<ExpertScore> readVisibleScores(const QSqlDatabase &db, const QString &round, bool everySheetsState)
{
    PGconn *conn = libpqOf(db);
    const QString literal = quoteLiteral(round);
    Ids ids;
    std::vector<std::string_view> fields;

    // The submitted sheets the member may see (the scores' read rule; for the chair and the
    // secretariat every sheet's state from sheet_states(), PgVisibleScores.h): a score
    // counts as submitted when its sheet is one of them.
    std::unordered_set<quint64> submitted;
    {
        CopyOut copy(conn, QStringLiteral("COPY (SELECT reviewer_id, team_id FROM %1 WHERE round_id = %2 "
                                          "AND state = 'submitted') TO STDOUT")
                               .arg(everySheetsState ? QStringLiteral("sheet_states()") : QStringLiteral("sheets"), literal)
                               .toUtf8(),
                     Tr::tr("reading the scores"));
        while (copy.next(fields)) {
            if (fields.size() != 2 || !fields[0].data() || !fields[1].data())
                badRow();
            submitted.insert(sheetKey(ids.numberOf(fields[0]), ids.numberOf(fields[1])));
        }
    }

    // The scores in the table's order, put in seq order here when they are not (cheaper than
    // the server's sort, which spilled 100,000 rows to disk at the default work_mem).
    std::vector<Row> rows;
    LastId lastReviewer, lastTeam;
    {
        CopyOut copy(conn, QStringLiteral("COPY (SELECT seq, reviewer_id, team_id, item_id, score, comment "
                                          "FROM expert_scores WHERE round_id = %1) TO STDOUT").arg(literal).toUtf8(),
                     Tr::tr("reading the scores"));
        while (copy.next(fields)) {
            if (!present(fields, 6))
                badRow();
            rows.push_back(Row{integerOf(fields[0]), lastReviewer.numberOf(ids, fields[1]), lastTeam.numberOf(ids, fields[2]),
                               ids.numberOf(fields[3]), numberOf(fields[4]),
                               commentOf(fields[5])});
        }
    }
    const auto bySeq = [](const Row &a, const Row &b) { return a.seq < b.seq; };
    if (!std::is_sorted(rows.begin(), rows.end(), bySeq))
        std::sort(rows.begin(), rows.end(), bySeq);

    std::vector<ExpertScore> scores;
    scores.reserve(rows.size());
    for (Row &row : rows)
        scores.push_back(ExpertScore{ids.id(row.reviewer), ids.id(row.team), ids.id(row.item), row.score,
                                     submitted.count(sheetKey(row.reviewer, row.team)) > 0, std::move(row.comment)});
    return scores;
}

} // namespace pd::server
