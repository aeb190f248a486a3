// Benchmark (measured, never asserted): importing user ratings from CSV (importers/
// RatingsCsv.h) against the sqlite3 shell's `.import --csv` of the same file into a bare
// table, in the same run on the same machine, and the importer's peak memory (VmHWM) for
// files of different sizes: it should not grow with the file.
//
//   build/bench/bench_import_ratings [--rows N[,N...]] [--runs N] [--shuffled]
//
// Each size: a CSV of N rows (evaluator-major order as survey tools export it, or shuffled)
// is generated in a temporary folder; each run imports it into a fresh copy of a panel with
// 5 teams and 2 user items, in a child process (so that the peak RSS is the import's own),
// and the shell imports it into a new database. A third figure is SQLite's own floor for the
// panel's schema: the shell copying the bare table into a fresh panel's user_ratings with
// one INSERT ... SELECT (foreign keys on, WAL, synchronous=FULL: the store's pragmas), no CSV
// parsing and no per-row statements. See docs/benchmarks.md.

#include "actions/PanelDatabase.h"
#include "importers/RatingsCsv.h"
#include "storage/PanelLocation.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pd;

namespace {

const char *const kTeams[] = {"lg", "skt", "upstage", "naver", "nc"};
const char *const kItems[] = {"usability", "cost_efficiency"};

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds (user + system) of this process, or of its waited-for children: on a shared
// machine the wall-clock time of a run grows with the load, its CPU time much less.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void writeCsv(const QString &path, qint64 rows, bool shuffled)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("evaluator,team,item,rating\n");
    const qint64 perEvaluator = 10;
    std::vector<qint64> order;
    if (shuffled) {
        order.resize(size_t(rows));
        for (qint64 i = 0; i < rows; ++i)
            order[size_t(i)] = i;
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    }
    QByteArray chunk;
    for (qint64 k = 0; k < rows; ++k) {
        const qint64 i = shuffled ? order[size_t(k)] : k;
        const qint64 evaluator = i / perEvaluator;
        const int team = int((i % perEvaluator) / 2), item = int(i % 2);
        chunk += "u" + QByteArray::number(evaluator).rightJustified(7, '0') + ',' + kTeams[team]
            + ',' + kItems[item] + ',' + QByteArray::number(1 + (evaluator + team + item) % 5) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

// The child: one import, then "<seconds> <peak RSS kB>" on stdout.
int childImport(const QString &csv, const QString &db)
{
    QElapsedTimer timer;
    timer.start();
    auto store = openPanelStore(db);
    const RatingsImportResult result =
        importRatingsCsv(*store, csv, QStringLiteral("ratings.csv"), false, {}, QStringLiteral("bench"));
    store.reset();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (result.outcome != RatingsImportResult::Outcome::Imported) {
        std::fprintf(stderr, "%s\n", qPrintable(result.issues.text()));
        return 1;
    }
    std::printf("%.3f %lld %lld %.3f\n", seconds, static_cast<long long>(peakRssKb()),
                static_cast<long long>(result.imported), cpuSeconds(RUSAGE_SELF));
    return 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ratings CSV import vs sqlite3 .import"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Sizes, comma separated (default 100000,1000000)."),
                      QStringLiteral("N"), QStringLiteral("100000,1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per size (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("shuffled"), QStringLiteral("Rows in random order.")});
    parser.addOption({QStringLiteral("child-import"), QStringLiteral("(internal)"), QStringLiteral("CSV,DB")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("child-import"))) {
        const QStringList parts = parser.value(QStringLiteral("child-import")).split(QLatin1Char(','));
        return childImport(parts.value(0), parts.value(1));
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString panelDb = dir.filePath(QStringLiteral("panel.paneldesk"));
    std::vector<Team> teams;
    for (const char *t : kTeams)
        teams.push_back({QString::fromLatin1(t), QString::fromLatin1(t).toUpper(), {}, {}});
    createDatabase(firstEvaluationTemplate(QStringLiteral("Bench"), QStringLiteral("R"),
                                           QDate(2026, 1, 15), teams),
                   panelDb, {false, QStringLiteral("bench")});
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    out << "rows        PanelDesk import (median)  sqlite3 .import (median)  ratio  peak RSS  "
           "SQLite floor for the panel schema (ratio)  CPU: PanelDesk / .import = ratio\n";
    for (const QString &sizeText : parser.value(QStringLiteral("rows")).split(QLatin1Char(','))) {
        const qint64 rows = sizeText.toLongLong();
        const QString csv = dir.filePath(QStringLiteral("ratings-%1.csv").arg(rows));
        writeCsv(csv, rows, parser.isSet(QStringLiteral("shuffled")));
        std::vector<double> ours, shell, floor, oursCpu, shellCpu;
        qint64 peak = 0;
        for (int run = 0; run < runs; ++run) {
            const QString db = dir.filePath(QStringLiteral("run.paneldesk"));
            QFile::remove(db);
            QFile::copy(panelDb, db);
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child-import"), csv + QLatin1Char(',') + db});
            child.waitForFinished(-1);
            const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
            if (child.exitCode() != 0 || fields.size() < 3) {
                out << "import failed: " << child.readAllStandardError() << '\n';
                return 1;
            }
            ours.push_back(fields[0].toDouble());
            oursCpu.push_back(fields.value(3).toDouble());
            peak = qMax(peak, fields[1].toLongLong());

            const QString bare = dir.filePath(QStringLiteral("bare.db"));
            QFile::remove(bare);
            QProcess sqlite;
            QElapsedTimer timer;
            const double childrenCpu = cpuSeconds(RUSAGE_CHILDREN);
            timer.start();
            sqlite.start(QStringLiteral("sqlite3"), {bare, QStringLiteral(".import --csv %1 ratings").arg(csv)});
            sqlite.waitForFinished(-1);
            shell.push_back(double(timer.nsecsElapsed()) / 1e9);
            shellCpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - childrenCpu);
            if (sqlite.exitCode() != 0) {
                out << "sqlite3 failed: " << sqlite.readAllStandardError() << '\n';
                return 1;
            }
            QFile::remove(db);
            QFile::copy(panelDb, db);
            QProcess copy;
            timer.restart();
            copy.start(QStringLiteral("sqlite3"),
                       {db, QStringLiteral(
                                "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
                                "PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                                "ATTACH '%1' AS c; BEGIN IMMEDIATE; INSERT INTO user_ratings "
                                "SELECT 'R1', rowid, evaluator, team, item, CAST(rating AS "
                                "INTEGER), 1, 5 FROM c.ratings; COMMIT;").arg(bare)});
            copy.waitForFinished(-1);
            floor.push_back(double(timer.nsecsElapsed()) / 1e9);
            if (copy.exitCode() != 0) {
                out << "sqlite3 INSERT ... SELECT failed: " << copy.readAllStandardError() << '\n';
                return 1;
            }
            QFile::remove(db);
        }
        const double a = median(ours), b = median(shell), c = median(floor);
        out << QString::number(rows).leftJustified(12)
            << QStringLiteral("%1 s").arg(a, 0, 'f', 3).leftJustified(27)
            << QStringLiteral("%1 s").arg(b, 0, 'f', 3).leftJustified(26)
            << QString::number(a / b, 'f', 2).leftJustified(7)
            << QStringLiteral("%1 MiB").arg(double(peak) / 1024.0, 0, 'f', 1).leftJustified(10)
            << QStringLiteral("%1 s (%2)").arg(c, 0, 'f', 3).arg(c / b, 0, 'f', 2).leftJustified(19)
            << QStringLiteral("%1 s / %2 s = %3").arg(median(oursCpu), 0, 'f', 2).arg(median(shellCpu), 0, 'f', 2)
                   .arg(median(oursCpu) / median(shellCpu), 0, 'f', 2)
            << '\n';
        out.flush();
        QFile::remove(csv);
    }
    return 0;
}
