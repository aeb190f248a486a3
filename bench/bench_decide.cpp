// Benchmark (measured, never asserted): the commands that need a round's canonical inputs —
// `decide`, `fingerprint`, `report` — against `standings --json` on the same file: the demo
// panel with 1,000,000 user ratings, each command a child process (paneldesk-cli), the
// median of N runs. Issue 13's goal: each within 3x `standings --json`.
//
//   build/bench/bench_decide [--ratings N] [--runs N] [--cli PATH]
//
// Set-up (not timed): `demo`, a ratings CSV (evaluators x the demo's 5 teams x 2 items, in
// evaluator order as survey platforms export it) imported with `import-ratings --replace`,
// then `lock`. `decide` runs on a fresh copy of the locked file each time (it changes the
// lifecycle); `report` and the second `fingerprint` run on the decided copy. Each file is
// opened once before it is timed (the day's first open backs it up: a cost of the day). See
// docs/benchmarks.md for the figures.

#include "BenchTiming.h"

#include "demo/DemoPassphrases.h"
#include "domain/Enums.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <stdexcept>

using namespace pd;
using namespace pd::bench;

namespace {

QString g_cli;

// Runs paneldesk-cli with `arguments` (the chair's passphrase on standard input when
// `signIn`); throws with its output when it fails.
QByteArray cli(const QStringList &arguments, bool signIn = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(g_cli, arguments);
    if (signIn)
        process.write(demoPassphrase(Role::Chair).toUtf8() + '\n');
    process.closeWriteChannel();
    QByteArray output;
    while (!process.waitForFinished(100))
        output += process.readAllStandardOutput();   // a large --json must not fill the pipe
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(QStringLiteral("paneldesk-cli %1 failed (%2): %3 %4")
                                     .arg(arguments.join(QLatin1Char(' ')))
                                     .arg(process.exitCode())
                                     .arg(QString::fromUtf8(output), QString::fromUtf8(process.readAllStandardError()))
                                     .toStdString());
    return output;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        throw std::runtime_error(QStringLiteral("cannot copy %1 to %2").arg(from, to).toStdString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("decide, fingerprint and report against standings --json with many ratings."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("User ratings (1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("paneldesk-cli (default: build/app/paneldesk-cli)."), QStringLiteral("PATH"),
                      QCoreApplication::applicationDirPath() + QStringLiteral("/../app/paneldesk-cli")});
    parser.process(app);
    g_cli = parser.value(QStringLiteral("cli"));
    const qint64 ratings = parser.value(QStringLiteral("ratings")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);
    try {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.paneldesk"));
        const QString locked = dir.filePath(QStringLiteral("locked.paneldesk"));
        const QString csvPath = dir.filePath(QStringLiteral("ratings.csv"));
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo});
        {
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly))
                throw std::runtime_error("cannot write the CSV");
            QByteArray chunk = "evaluator,team,item,rating\n";
            const char *teams[] = {"lg", "naver", "nc", "skt", "upstage"};
            const char *items[] = {"usability", "cost_efficiency"};
            quint32 state = 12345;
            for (qint64 n = 0, e = 0; n < ratings; ++e)
                for (const char *team : teams)
                    for (const char *item : items) {
                        if (n++ >= ratings)
                            continue;
                        state = state * 1103515245u + 12345u;
                        chunk += "u" + QByteArray::number(e) + ',' + team + ',' + item + ','
                                 + QByteArray::number(1 + (state >> 16) % 5) + '\n';
                        if (chunk.size() > (1 << 20)) {
                            csv.write(chunk);
                            chunk.clear();
                        }
                    }
            csv.write(chunk);
        }
        cli({QStringLiteral("import-ratings"), csvPath, QStringLiteral("--db"), demo, QStringLiteral("--as"),
             QStringLiteral("chair"), QStringLiteral("--replace"), QStringLiteral("--quiet")}, true);
        cli({QStringLiteral("lock"), QStringLiteral("--db"), demo, QStringLiteral("--as"), QStringLiteral("chair")}, true);
        copyFile(demo, locked);
        out << ratings << " ratings on the demo panel (" << QFileInfo(locked).size() / (1 << 20)
            << " MiB); median of " << runs << " runs of paneldesk-cli:" << Qt::endl;

        const QStringList signIn{QStringLiteral("--as"), QStringLiteral("chair")};
        // The first open of a day backs the panel up (docs/storage.md, "Backups"): a cost of
        // the day, not of a command, so every file is opened once, untimed, first.
        const auto openedToday = [&](const QString &path) { cli({QStringLiteral("decision"), QStringLiteral("--db"), path}); };
        openedToday(locked);
        const double standings = medianMs(runs, [&] {
            cli(QStringList{QStringLiteral("standings"), QStringLiteral("--db"), locked, QStringLiteral("--json")} + signIn, true);
        });
        const double fingerprint = medianMs(runs, [&] {
            cli({QStringLiteral("fingerprint"), QStringLiteral("--db"), locked});
        });
        const QString decided = dir.filePath(QStringLiteral("decided.paneldesk"));
        const double decide = medianMs(runs, [&] {
            cli(QStringList{QStringLiteral("decide"), QStringLiteral("--db"), decided, QStringLiteral("--today"),
                            QStringLiteral("2026-01-14"), QStringLiteral("--reason"), QStringLiteral("nc=lowest total"),
                            QStringLiteral("--reason"), QStringLiteral("naver=independence")} + signIn, true);
        }, [&] {
            QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively();
            copyFile(locked, decided);
            openedToday(decided);
        });
        const double fingerprintDecided = medianMs(runs, [&] {
            cli({QStringLiteral("fingerprint"), QStringLiteral("--db"), decided});
        });
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const double report = medianMs(runs, [&] {
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), decided, QStringLiteral("--disclosure"),
                            QStringLiteral("full"), QStringLiteral("--out"), pdf} + signIn, true);
        });
        const double draft = medianMs(runs, [&] {
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), locked, QStringLiteral("--disclosure"),
                            QStringLiteral("full"), QStringLiteral("--out"), pdf} + signIn, true);
        });
        const auto line = [&](const char *what, double ms) {
            out << "  " << QString::fromLatin1(what).leftJustified(46) << QString::number(ms, 'f', 0).rightJustified(7)
                << " ms  " << QString::number(ms / standings, 'f', 2) << "x" << Qt::endl;
        };
        line("standings --json (the reference)", standings);
        line("fingerprint (locked round)", fingerprint);
        line("decide (a copy of the locked round)", decide);
        line("fingerprint (decided: version 1 checked too)", fingerprintDecided);
        line("report --disclosure full (version 1)", report);
        line("report --disclosure full (draft, locked round)", draft);
        out << "  goal: each within 3x standings --json" << Qt::endl;
    } catch (const std::exception &e) {
        out << "bench_decide: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
