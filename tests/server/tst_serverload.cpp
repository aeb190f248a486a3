// T21 (server-load): 50 reviewer clients, each with its own PgStore (the application's own
// store code, the member's own login, row-level security on), save draft scores against the
// throwaway cluster for 60 s; the chair locks the round midway. Every save acknowledged
// before the lock is stored, none after: each reviewer's sheets count exactly one revision
// per acknowledged save (draft saves write no audit entry on a server: the sheet counts
// them, ServerDraftSaves.cpp), the last of them saved before the lock's audit entry, and each
// reviewer's stored scores are the last values they were told were saved. The figures (saves
// per second, p95 latency) are printed; docs/benchmarks.md measures them (bench_server).
#include "ServerPanelSupport.h"

#include "../storage/StorageTestSupport.h"
#include "storage/PanelLocation.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <random>
#include <thread>

using namespace pd;

namespace {

constexpr int kClients = 50;
constexpr int kTeams = 10;
constexpr int kItems = 5;

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

QString expertId(int i) { return QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0')); }

struct ClientLog {
    qint64 acknowledged = 0;
    qint64 refused = 0;                            // InputError: after the lock
    std::map<std::pair<QString, QString>, double> last;   // (team, item) -> last saved value
    std::vector<double> latencyMs;
    QString failure;                               // anything else: the test fails
};

void runClient(const QString &location, const ServerLogin &login, int seed,
               const std::atomic<bool> &stop, ClientLog &log)
{
    try {
        auto store = PanelLocation::parse(location).open(login);
        std::mt19937 random(seed);
        std::uniform_int_distribution<int> team(0, kTeams - 1), item(0, kItems - 1), step(0, 20);
        while (!stop.load()) {
            const QString t = QStringLiteral("t%1").arg(team(random));
            const QString i = QStringLiteral("i%1").arg(item(random));
            const auto key = std::make_pair(t, i);
            double value = step(random) * 0.5;
            if (const auto it = log.last.find(key); it != log.last.end() && it->second == value)
                value = value >= 10 ? 0 : value + 0.5;   // a real change: one revision each
            const auto started = std::chrono::steady_clock::now();
            try {
                store->setExpertScore({login.member, t, i, value, false, {}}, Actor(login.member));
                ++log.acknowledged;
                log.last[key] = value;
                log.latencyMs.push_back(std::chrono::duration<double, std::milli>(
                                            std::chrono::steady_clock::now() - started).count());
            } catch (const InputError &) {
                ++log.refused;
            }
        }
    } catch (const Error &e) {
        log.failure = e.message();
    } catch (const std::exception &e) {
        log.failure = QString::fromLocal8Bit(e.what());
    }
}

} // namespace

class TestServerLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesRacingTheLock()
    {
        std::vector<Reviewer> members{{QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}}};
        for (int i = 0; i < kClients; ++i)
            members.push_back({expertId(i), expertId(i), Role::Expert, {}});
        const Panel panel = test::expertOnlyPanel(kItems, kTeams, members);
        const QString database = QStringLiteral("load");
        const test::DeployedPanel deployed = test::deployForTest(database, panel);
        const QString location = address(database);

        const int seconds = qEnvironmentVariableIsSet("PANELDESK_T21_SECONDS")
                                ? qEnvironmentVariableIntValue("PANELDESK_T21_SECONDS") : 60;
        std::atomic<bool> stop{false};
        std::vector<ClientLog> logs(kClients);
        std::vector<std::thread> clients;
        for (int i = 0; i < kClients; ++i) {
            const ServerLogin login{expertId(i), deployed.logins.at(expertId(i)).password};
            clients.emplace_back(runClient, location, login, i + 1, std::cref(stop), std::ref(logs[std::size_t(i)]));
        }
        auto chair = PanelLocation::parse(location).open(
            {QStringLiteral("chair"), deployed.logins.at(QStringLiteral("chair")).password});
        std::this_thread::sleep_for(std::chrono::seconds(seconds / 2));
        chair->lockRound(Actor(QStringLiteral("chair")));
        std::this_thread::sleep_for(std::chrono::seconds(seconds - seconds / 2));
        stop = true;
        for (std::thread &client : clients)
            client.join();

        qint64 acknowledged = 0, refused = 0;
        std::vector<double> latencies;
        for (const ClientLog &log : logs) {
            QVERIFY2(log.failure.isEmpty(), qPrintable(log.failure));
            acknowledged += log.acknowledged;
            refused += log.refused;
            latencies.insert(latencies.end(), log.latencyMs.begin(), log.latencyMs.end());
        }
        QVERIFY(acknowledged > 0);
        QVERIFY(refused > 0);   // the clients went on saving after the lock
        std::sort(latencies.begin(), latencies.end());
        qInfo("T21: %lld saves acknowledged in %d s (%.0f/s before the lock), %lld refused after "
              "the lock; save latency p50 %.1f ms, p95 %.1f ms",
              acknowledged, seconds, double(acknowledged) / (seconds / 2.0), refused,
              latencies[latencies.size() / 2], latencies[latencies.size() * 95 / 100]);

        QSqlDatabase admin = test::panelAdmin(database);
        // One revision per acknowledged save, every one saved before the lock.
        const QString lockedAt = test::scalarOf(admin, QStringLiteral(
            "SELECT at FROM audit_log WHERE action = 'lock-round'")).toString();
        QVERIFY(!lockedAt.isEmpty());
        std::map<QString, qint64> revisions;
        QSqlQuery sheets(admin);
        QVERIFY(sheets.exec(QStringLiteral(
            "SELECT reviewer_id, sum(revisions), max(saved_at), count(*) FILTER (WHERE saved_by <> reviewer_id) "
            "FROM sheets GROUP BY reviewer_id")));
        while (sheets.next()) {
            revisions[sheets.value(0).toString()] = sheets.value(1).toLongLong();
            QVERIFY2(sheets.value(2).toString() <= lockedAt, qPrintable(sheets.value(0).toString()));
            QCOMPARE(sheets.value(3).toLongLong(), qint64(0));
        }
        qint64 stored = 0;
        for (int i = 0; i < kClients; ++i) {
            QCOMPARE(revisions[expertId(i)], logs[std::size_t(i)].acknowledged);
            stored += revisions[expertId(i)];
        }
        QCOMPARE(stored, acknowledged);
        // Draft saves are not in the chain: the deploy and the lock are.
        QCOMPARE(test::rowsOf(admin, QStringLiteral("SELECT action FROM audit_log ORDER BY id")),
                 (QStringList{QStringLiteral("deploy-server"), QStringLiteral("lock-round")}));
        // The stored scores are the last values each client was told were saved.
        std::map<QString, std::map<std::pair<QString, QString>, double>> values;
        QSqlQuery scores(admin);
        QVERIFY(scores.exec(QStringLiteral("SELECT reviewer_id, team_id, item_id, score FROM expert_scores")));
        while (scores.next())
            values[scores.value(0).toString()][{scores.value(1).toString(), scores.value(2).toString()}] =
                scores.value(3).toDouble();
        for (int i = 0; i < kClients; ++i)
            QCOMPARE(values[expertId(i)], logs[std::size_t(i)].last);
        // Row-level security was on for every client: none may bypass it.
        QCOMPARE(test::scalarOf(admin, QStringLiteral(
                     "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'load.%' AND (rolsuper OR rolbypassrls)")).toLongLong(),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"
