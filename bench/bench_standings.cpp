// Benchmark (measured, never asserted): the standings of a large panel — 200 teams,
// 100 experts x 5 rubric items, 2,000,000 user ratings — computed from SQLite, next to the
// same aggregates computed by the sqlite3 command-line shell on the same file.
//
//   build/bench/bench_standings [--db PATH] [--teams N] [--experts N] [--ratings N] [--runs N]
//
// See docs/benchmarks.md for the figures and how to read them.

#include "BenchTiming.h"
#include "LargePanel.h"

#include "actions/PanelDatabase.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::bench;

namespace {

// The same aggregates as the engine, in one SQL statement for the sqlite3 shell.
const char *kEquivalentSql = R"SQL(
WITH ach AS (
  SELECT r.team_id, g.id AS group_id, g.points, b.weight,
         min(g.achievement_cap, r.score / r.target) AS a
  FROM benchmark_results r
  JOIN benchmarks b ON b.round_id = r.round_id AND b.id = r.benchmark_id
  JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
  WHERE r.round_id = 'R1'),
grp AS (SELECT team_id, group_id, max(points) * sum(weight * a) / sum(weight) AS score
        FROM ach GROUP BY team_id, group_id),
bench AS (SELECT team_id, sum(score) AS score FROM grp GROUP BY team_id),
sheet AS (SELECT s.team_id, s.reviewer_id, sum(s.score) AS total
          FROM expert_scores s JOIN sheets h ON h.round_id = s.round_id
           AND h.reviewer_id = s.reviewer_id AND h.team_id = s.team_id
          WHERE h.state = 'submitted' AND s.round_id = 'R1'
          GROUP BY s.team_id, s.reviewer_id),
expert AS (SELECT team_id, avg(total) AS score FROM sheet GROUP BY team_id),
tally AS (SELECT team_id, item_id, avg(rating) AS m FROM user_ratings
          WHERE round_id = 'R1' GROUP BY team_id, item_id),
uidx AS (SELECT t.team_id, sum(i.weight * (t.m - 1) / 4.0) / sum(i.weight) AS u
         FROM tally t JOIN user_items i ON i.round_id = 'R1' AND i.id = t.item_id
         GROUP BY t.team_id),
usr AS (SELECT team_id, 25.0 * u / (SELECT max(u) FROM uidx) AS score FROM uidx)
SELECT b.team_id, b.score, e.score, u.score, b.score + e.score + u.score AS total
FROM bench b JOIN expert e USING (team_id) JOIN usr u USING (team_id)
ORDER BY total DESC;
)SQL";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Standings of a large panel vs the sqlite3 shell."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to create (default: a temporary file)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("teams"), QStringLiteral("Teams (200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("experts"), QStringLiteral("Experts (100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("User ratings (2000000)."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);

    QTextStream out(stdout);
    const Size size{parser.value(QStringLiteral("teams")).toInt(), parser.value(QStringLiteral("experts")).toInt(),
                    parser.value(QStringLiteral("ratings")).toLongLong()};
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : dir.filePath(QStringLiteral("bench.paneldesk"));
    QFile::remove(db);

    QElapsedTimer timer;
    timer.start();
    const Panel panel = largePanel(size);
    out << "generated " << panel.teams.size() << " teams, " << panel.expertScores.size()
        << " expert scores, " << panel.userRatings.size() << " user ratings in "
        << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    createDatabase(panel, db, {false, QStringLiteral("bench")});
    out << "wrote " << db << " in " << timer.elapsed() << " ms (validation included)" << Qt::endl;

    Standings standings;
    const double pure = medianMs(runs, [&] { standings = computeStandings(panel); });
    const double fromDbWithOpen = medianMs(runs, [&] { standings = scoreDatabase(db).standings; });
    timer.restart();
    const auto store = openPanelStore(db);
    const qint64 openMs = timer.elapsed();
    const double fromDb = medianMs(runs, [&] {
        const ScoringInputs inputs = store->loadScoringInputs();
        standings = computeStandings(inputs.panel, inputs.ratingTallies);
    });

    const QByteArray sql = kEquivalentSql;
    QByteArray shellOutput;
    const double shell = medianMs(runs, [&] {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-readonly"), db});
        sqlite.write(sql);
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        shellOutput = sqlite.readAllStandardOutput();
    });
    const QString best = standings.teams.empty() ? QString() : standings.teams.front().team;
    const QByteArray leaderLine = best.toUtf8() + QByteArray("|");
    const bool sameLeader = shellOutput.startsWith(leaderLine);

    out << Qt::endl << "median of " << runs << " runs:" << Qt::endl
        << "  engine on the in-memory panel (raw ratings):      " << QString::number(pure, 'f', 1) << " ms" << Qt::endl
        << "  open the database (checks incl. PRAGMA quick_check): " << openMs << " ms (once)" << Qt::endl
        << "  standings from the open database (stored tallies + engine): " << QString::number(fromDb, 'f', 1) << " ms" << Qt::endl
        << "  the same including open and checks:               " << QString::number(fromDbWithOpen, 'f', 1) << " ms" << Qt::endl
        << "  sqlite3 shell, equivalent aggregate SQL:          " << QString::number(shell, 'f', 1) << " ms" << Qt::endl
        << "  ratio database / sqlite3 shell:                   " << QString::number(fromDb / shell, 'f', 2) << Qt::endl
        << "  same leader in both (" << best << "): " << (sameLeader ? "yes" : "NO") << Qt::endl;
    return sameLeader ? 0 : 1;
}
