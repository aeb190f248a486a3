// Benchmark (measured, never asserted): the full check of the rating tallies against the
// raw ratings (storage/RatingTallyTable.h ratingTallyMismatches: one scan of user_ratings in
// C++), beside the SQL it replaced (the ratings grouped by a GROUP BY and compared by joins)
// on the same open connection. Run on a file of your own, e.g. the demo panel with
// 1,000,000 ratings (docs/benchmarks.md, "The tally check").
//
//   build/bench/bench_tallycheck --db FILE [--runs N]

#include "BenchTiming.h"

#include "storage/RatingTallyTable.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

using namespace pd;
using namespace pd::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The rating tallies checked against the ratings."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The panel file (opened as the store opens it, nothing written)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(QStringLiteral("db"))) {
        out << "--db FILE is needed\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    // Read-write, as the store opens it (its page cache of 64 MiB; the SQL sort uses it too).
    SqliteConnection connection(parser.value(QStringLiteral("db")), SqliteConnection::Mode::ReadWrite);
    const QSqlDatabase &db = connection.db();
    const qint64 ratings = scalar(db, QStringLiteral("SELECT count(*) FROM user_ratings")).toLongLong();

    QStringList problems;
    const double scan = medianMs(runs, [&] { problems = ratingTallyMismatches(db, 20); });
    qint64 differing = 0;
    const double grouped = medianMs(runs, [&] {
        ReadTransaction snapshot(db);
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
        differing = 0;
        while (q.next())
            ++differing;
    });
    out << "user ratings: " << ratings << ", median of " << runs << " runs\n"
        << "tally check, one scan in C++ (ratingTallyMismatches): " << QString::number(scan, 'f', 1)
        << " ms, " << problems.size() << " lines\n"
        << "tally check, the SQL GROUP BY it replaced: " << QString::number(grouped, 'f', 1) << " ms, "
        << differing << " differing tallies\n";
    return 0;
}
