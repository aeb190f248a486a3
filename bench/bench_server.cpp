// Benchmark (measured, never asserted): a panel on a PostgreSQL server against the same from
// SQLite (issue 14, "Speed"; docs/benchmarks.md, "A panel on a server"):
//   1. the standings of the large bench panel (LargePanel.h: 200 teams, 100 experts x 5 items,
//      2,000,000 user ratings by default; plus a chair) read by the chair through PgStore on
//      loopback, against the same from the SQLite file (loadScoringInputs + computeStandings);
//   2. T21's load: C clients (50), each a PgStore with its own member login (row-level
//      security on), saving draft scores for S seconds; then the same with every member login
//      made BYPASSRLS (the same code and statements, the policies skipped, as the cluster's
//      superuser skips them), on a second copy of the panel; saves per second and their ratio;
//   3. the save latency of the clients (p50, p95, p99) in both runs.
//
// It needs a cluster: run it through the tests' wrapper, which starts a throwaway one and
// removes it afterwards (fsync=off there unless PANELDESK_PG_OPTIONS says otherwise):
//   bash tests/server/with-cluster.sh build/bench/bench_server [options]
//   PANELDESK_PG_OPTIONS='-c fsync=on' bash tests/server/with-cluster.sh build/bench/bench_server
// Options: --teams N --experts N --ratings N --runs N --first-reads N (standings),
// --clients N --seconds N (load), --skip-standings, --skip-load.
// The standings are timed twice: a store's first read (each time a new SQLite store and a
// new PgStore, its own connection and an empty score cache: --first-reads pairs, alternating),
// then --runs reads of one store of each kind (the PgStore's first among them, the later ones
// from its score cache, PgScoreCache.h). The 1-minute load average is printed with each figure.
#include "BenchTiming.h"
#include "LargePanel.h"

#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "storage/PanelLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include <time.h>
#include <unistd.h>

using namespace pd;
using namespace pd::bench;

namespace {

server::ConnInfo adminInfo(const QString &database = {})
{
    const QString admin = qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN");
    if (admin.isEmpty())
        qFatal("PANELDESK_TEST_PG_ADMIN is not set: run this through tests/server/with-cluster.sh");
    server::ConnInfo info = server::parseConnInfo(admin);
    if (!database.isEmpty())
        info.dbname = database;
    return info;
}

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

std::map<QString, QString> deploy(const QString &database, const Panel &panel)
{
    server::ConnInfo target;
    target.host = qEnvironmentVariable("PANELDESK_TEST_PG_HOST");
    target.port = qEnvironmentVariable("PANELDESK_TEST_PG_PORT").toInt();
    target.dbname = database;
    std::map<QString, QString> passwords;
    for (const server::MemberLogin &login : server::deployPanel(adminInfo(), target, panel).logins)
        passwords[login.memberId] = login.password;
    return passwords;
}

Panel withChair(Panel panel)
{
    panel.reviewers.insert(panel.reviewers.begin(), {QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}});
    return panel;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

// CPU time of the calling thread, ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time (user + system) of every process of this machine named "postgres" (the cluster's
// backends and helpers), ms, from /proc (clock ticks: 10 ms steps); -1 without /proc.
double postgresCpuMs()
{
    const QDir proc(QStringLiteral("/proc"));
    if (!proc.exists())
        return -1;
    const double tick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit())
            continue;
        QFile stat(proc.filePath(pid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('('), close = text.lastIndexOf(')');
        if (open < 0 || close < 0 || text.mid(open + 1, close - open - 1) != "postgres")
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 12)   // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
            total += double(fields[11].toLongLong() + fields[12].toLongLong()) * tick;
    }
    return total;
}

QString setting(const QString &name)
{
    QSqlDatabase db = server::openServer(adminInfo(), QStringLiteral("bench-settings"));
    QSqlQuery query(db);
    const QString value = query.exec(QStringLiteral("SHOW ") + name) && query.next() ? query.value(0).toString()
                                                                                    : QStringLiteral("?");
    query = QSqlQuery();
    db = QSqlDatabase();
    server::closeServer(QStringLiteral("bench-settings"));
    return value;
}

struct LoadResult {
    qint64 saves = 0;
    qint64 refused = 0;
    double seconds = 0;
    std::vector<double> latencyMs;
    QString failure;
};

struct ClientLog {
    qint64 saves = 0;
    qint64 refused = 0;
    std::vector<double> latencyMs;
    QString failure;
};

// C clients, each its own PgStore as its member, save draft scores (always a real change)
// for `seconds`, all starting together once every client is connected.
LoadResult runLoad(const QString &database, const Panel &panel, const std::map<QString, QString> &passwords,
                   int clients, int seconds)
{
    std::vector<const Reviewer *> experts;
    for (const Reviewer &r : panel.reviewers)
        if (r.role == Role::Expert && int(experts.size()) < clients)
            experts.push_back(&r);
    const std::vector<RubricItem> &rubric = panel.categories[1].rubric;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false}, stop{false};
    std::vector<ClientLog> logs(experts.size());
    std::vector<std::thread> threads;
    for (std::size_t c = 0; c < experts.size(); ++c) {
        threads.emplace_back([&, c] {
            ClientLog &log = logs[c];
            const QString member = experts[c]->id;
            try {
                auto store = PanelLocation::parse(address(database)).open(ServerLogin{member, passwords.at(member)});
                std::mt19937 random(unsigned(c + 1));
                std::uniform_int_distribution<int> team(0, int(panel.teams.size()) - 1), item(0, int(rubric.size()) - 1);
                std::map<std::pair<int, int>, double> last;
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                while (!stop.load()) {
                    const int t = team(random), i = item(random);
                    const RubricItem &it = rubric[std::size_t(i)];
                    const int steps = int(it.points / it.step);
                    double value = it.step * std::uniform_int_distribution<int>(0, steps)(random);
                    if (const auto found = last.find({t, i}); found != last.end() && found->second == value)
                        value = value >= it.points ? 0 : value + it.step;
                    const auto started = std::chrono::steady_clock::now();
                    try {
                        store->setExpertScore({member, panel.teams[std::size_t(t)].id, it.id, value, false, {}},
                                              Actor(member));
                        log.latencyMs.push_back(std::chrono::duration<double, std::milli>(
                                                    std::chrono::steady_clock::now() - started).count());
                        ++log.saves;
                        last[{t, i}] = value;
                    } catch (const InputError &) {
                        ++log.refused;
                    }
                }
            } catch (const Error &e) {
                log.failure = e.message();
                ++ready;
            }
        });
    }
    while (ready.load() < int(experts.size()))
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    QElapsedTimer timer;
    timer.start();
    go = true;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread &t : threads)
        t.join();
    LoadResult result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (ClientLog &log : logs) {
        result.saves += log.saves;
        result.refused += log.refused;
        result.latencyMs.insert(result.latencyMs.end(), log.latencyMs.begin(), log.latencyMs.end());
        if (!log.failure.isEmpty())
            result.failure = log.failure;
    }
    std::sort(result.latencyMs.begin(), result.latencyMs.end());
    return result;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, std::size_t(double(sorted.size()) * p))];
}

QString describe(const LoadResult &r)
{
    return QStringLiteral("%1 saves in %2 s = %3/s; latency p50 %4 ms, p95 %5 ms, p99 %6 ms; %7 refused%8")
        .arg(r.saves)
        .arg(r.seconds, 0, 'f', 1)
        .arg(double(r.saves) / r.seconds, 0, 'f', 0)
        .arg(percentile(r.latencyMs, 0.50), 0, 'f', 1)
        .arg(percentile(r.latencyMs, 0.95), 0, 'f', 1)
        .arg(percentile(r.latencyMs, 0.99), 0, 'f', 1)
        .arg(r.refused)
        .arg(r.failure.isEmpty() ? QString() : QStringLiteral("; FAILURE: ") + r.failure);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A panel on a PostgreSQL server against SQLite (run through tests/server/with-cluster.sh)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("teams"), QStringLiteral("Teams of the standings panel (200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("experts"), QStringLiteral("Experts of the standings panel (100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("User ratings of the standings panel (2000000)."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed standings runs; the median is reported (5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("first-reads"), QStringLiteral("Timed first reads of fresh stores; the median is reported (5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients saving at once (50)."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds each load run lasts (20)."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("skip-standings"), QStringLiteral("Only the load runs.")});
    parser.addOption({QStringLiteral("skip-load"), QStringLiteral("Only the standings.")});
    parser.process(app);
    QTextStream out(stdout);
    const auto number = [&](const char *name) { return parser.value(QString::fromLatin1(name)).toLongLong(); };

    out << "server " << setting(QStringLiteral("server_version")) << ", fsync " << setting(QStringLiteral("fsync"))
        << ", synchronous_commit " << setting(QStringLiteral("synchronous_commit")) << ", max_connections "
        << setting(QStringLiteral("max_connections")) << ", " << QThread::idealThreadCount() << " cores" << Qt::endl;

    int status = 0;
    if (!parser.isSet(QStringLiteral("skip-standings"))) {
        const Size size{int(number("teams")), int(number("experts")), number("ratings")};
        const int runs = std::max(1, int(number("runs")));
        QElapsedTimer timer;
        timer.start();
        const Panel panel = withChair(largePanel(size));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bench.paneldesk"));
        createDatabase(panel, file, {false, QStringLiteral("bench")});
        out << "wrote the panel (" << panel.teams.size() << " teams, " << panel.expertScores.size() << " scores, "
            << panel.userRatings.size() << " ratings) to SQLite in " << timer.elapsed() << " ms" << Qt::endl;
        timer.restart();
        const std::map<QString, QString> passwords = deploy(QStringLiteral("bench_standings"), panel);
        out << "deployed it to the server in " << timer.elapsed() << " ms" << Qt::endl;

        const auto median = [](std::vector<double> values) {
            std::sort(values.begin(), values.end());
            return values[values.size() / 2];
        };
        const auto list = [](const std::vector<double> &values) {
            QStringList texts;
            for (const double value : values)
                texts << QString::number(value, 'f', 2);
            return texts.join(QStringLiteral(", "));
        };
        const PanelLocation serverAddress = PanelLocation::parse(address(QStringLiteral("bench_standings")));
        const ServerLogin chair{QStringLiteral("chair"), passwords.at(QStringLiteral("chair"))};
        const auto timed = [](const PanelStore &store, Standings &standings) {
            QElapsedTimer one;
            one.start();
            const ScoringInputs inputs = store.loadScoringInputs();
            standings = computeStandings(inputs.panel, inputs.ratingTallies);
            return double(one.nsecsElapsed()) / 1e6;
        };
        Standings fromFile, fromServer;
        bool same = true;

        // 1. A store's first read: a new store of each kind each time (the PgStore its own new
        //    connection, so a new server backend, and an empty score cache), alternating.
        {
            const int firstReads = std::max(1, int(number("first-reads")));
            std::vector<double> fileTimes, serverTimes, ratios, fileCpu, clientCpu, backendCpu;
            const QString loadBefore = loadAverage();
            for (int run = 0; run < firstReads; ++run) {
                {
                    const auto local = PanelLocation::parse(file).open();
                    const double cpu = threadCpuMs();
                    fileTimes.push_back(timed(*local, fromFile));
                    fileCpu.push_back(threadCpuMs() - cpu);
                }
                {
                    const auto remote = serverAddress.open(chair);
                    const double cpu = threadCpuMs(), server = postgresCpuMs();
                    serverTimes.push_back(timed(*remote, fromServer));
                    backendCpu.push_back(postgresCpuMs() - server);
                    clientCpu.push_back(threadCpuMs() - cpu);
                }
                ratios.push_back(serverTimes.back() / fileTimes.back());
                same = same && standingsJson(fromFile) == standingsJson(fromServer);
            }
            const double fileMs = median(fileTimes);
            const double serverMs = median(serverTimes);
            out << Qt::endl << "a store's first read (a new store each time; connecting not counted), median of "
                << firstReads << " of each, alternating, load average " << loadBefore << " -> " << loadAverage() << ":" << Qt::endl
                << "  from the SQLite file:                 " << QString::number(fileMs, 'f', 1) << " ms" << Qt::endl
                << "  through the server on loopback (chair): " << QString::number(serverMs, 'f', 1) << " ms" << Qt::endl
                << "  ratio server / SQLite:                " << QString::number(serverMs / fileMs, 'f', 2)
                << " (goal: within 2); median of the ratios " << QString::number(median(ratios), 'f', 2)
                << ", range " << QString::number(*std::min_element(ratios.begin(), ratios.end()), 'f', 2) << "-"
                << QString::number(*std::max_element(ratios.begin(), ratios.end()), 'f', 2) << Qt::endl
                << "  first reads, SQLite: " << list(fileTimes) << " ms" << Qt::endl
                << "  first reads, server: " << list(serverTimes) << " ms" << Qt::endl
                << "  ratios:              " << list(ratios) << Qt::endl
                << "  CPU time, median: SQLite " << QString::number(median(fileCpu), 'f', 1) << " ms; server: the client "
                << QString::number(median(clientCpu), 'f', 1) << " ms, the cluster's processes "
                << QString::number(median(backendCpu), 'f', 0) << " ms (10 ms steps)" << Qt::endl
                << "  CPU, SQLite:         " << list(fileCpu) << " ms" << Qt::endl
                << "  CPU, server client:  " << list(clientCpu) << " ms" << Qt::endl
                << "  CPU, server cluster: " << list(backendCpu) << " ms" << Qt::endl;
        }

        // 2. Repeated reads of one store of each kind (the server's from its score cache after
        //    its first).
        const auto local = PanelLocation::parse(file).open();
        timer.restart();
        const auto remote = serverAddress.open(chair);
        const qint64 connectMs = timer.elapsed();
        // The file's and the server's runs alternate, so that the other work on a shared
        // machine weighs on both alike; each ratio is of one run of each, side by side.
        std::vector<double> fileTimes, serverTimes, ratios;
        const QString loadBefore = loadAverage();
        for (int run = 0; run < runs; ++run) {
            fileTimes.push_back(timed(*local, fromFile));
            serverTimes.push_back(timed(*remote, fromServer));
            ratios.push_back(serverTimes.back() / fileTimes.back());
            same = same && standingsJson(fromFile) == standingsJson(fromServer);
        }
        const double fileMs = median(fileTimes);
        const double serverMs = median(serverTimes);
        out << Qt::endl << "standings (loadScoringInputs + computeStandings), median of " << runs
            << " runs of one store of each, alternating, load average " << loadBefore << " -> " << loadAverage() << ":" << Qt::endl
            << "  from the SQLite file:                 " << QString::number(fileMs, 'f', 1) << " ms" << Qt::endl
            << "  through the server on loopback (chair): " << QString::number(serverMs, 'f', 1) << " ms"
            << " (connecting and signing in: " << connectMs << " ms, once)" << Qt::endl
            << "  ratio server / SQLite:                " << QString::number(serverMs / fileMs, 'f', 2)
            << " (goal: within 2); median of the runs' ratios " << QString::number(median(ratios), 'f', 2) << Qt::endl
            << "  the store's first read (run 1): SQLite " << QString::number(fileTimes.front(), 'f', 1) << " ms, server "
            << QString::number(serverTimes.front(), 'f', 1) << " ms, ratio " << QString::number(ratios.front(), 'f', 2) << Qt::endl
            << "  runs, SQLite: " << list(fileTimes) << " ms" << Qt::endl
            << "  runs, server: " << list(serverTimes) << " ms" << Qt::endl
            << "  ratios:       " << list(ratios) << Qt::endl
            << "  the same standings (every read): " << (same ? "yes" : "NO") << Qt::endl;
        if (!same)
            status = 1;
    }

    if (!parser.isSet(QStringLiteral("skip-load"))) {
        const int clients = int(number("clients"));
        const int seconds = std::max(1, int(number("seconds")));
        Panel panel = withChair(largePanel({10, clients, 2000}));
        panel.expertScores.clear();   // every sheet not started: the clients write drafts
        const std::map<QString, QString> rlsPasswords = deploy(QStringLiteral("bench_rls"), panel);
        const std::map<QString, QString> bypassPasswords = deploy(QStringLiteral("bench_bypass"), panel);
        {
            QSqlDatabase admin = server::openServer(adminInfo(), QStringLiteral("bench-bypass"));
            for (const Reviewer &r : panel.reviewers)
                server::execServer(admin, QStringLiteral("ALTER ROLE %1 BYPASSRLS")
                                              .arg(server::quoteIdent(QStringLiteral("bench_bypass.") + r.id)));
            admin = QSqlDatabase();
            server::closeServer(QStringLiteral("bench-bypass"));
        }
        out << Qt::endl << clients << " clients saving draft scores for " << seconds << " s each run:" << Qt::endl;
        const LoadResult rls = runLoad(QStringLiteral("bench_rls"), panel, rlsPasswords, clients, seconds);
        out << "  member logins, row-level security on: " << describe(rls) << Qt::endl;
        const LoadResult bypass = runLoad(QStringLiteral("bench_bypass"), panel, bypassPasswords, clients, seconds);
        out << "  the same logins with BYPASSRLS:       " << describe(bypass) << Qt::endl;
        out << "  throughput ratio RLS / bypass: "
            << QString::number((double(rls.saves) / rls.seconds) / (double(bypass.saves) / bypass.seconds), 'f', 2)
            << " (goal: at least 0.40); p95 with RLS " << QString::number(percentile(rls.latencyMs, 0.95), 'f', 1)
            << " ms (goal: under 50 ms)" << Qt::endl;
        if (!rls.failure.isEmpty() || !bypass.failure.isEmpty())
            status = 1;
    }
    return status;
}
