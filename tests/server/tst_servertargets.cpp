// Configured benchmark targets on a server (issue 16; server schema step 3,
// ServerBenchmarkTargets.cpp): a panel with targets deploys and reads back as from a file,
// with the same standings; the chair's replace-panel replaces them; the server refuses a
// result that relies on a target that is not configured, and a target outside target_ratio;
// a panel deployed at version 2 reads without targets, refuses a replace that carries some,
// and after upgradeServer(2, 3) has exactly the functions of a fresh deploy and takes them.
#include "ServerPanelSupport.h"

#include "actions/PanelDatabase.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelLocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kChair = QStringLiteral("chair");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The demo panel before scoring (replace-panel needs no sheet), an observer added.
Panel unscored()
{
    Panel panel = buildDemoPanel();
    panel.expertScores.clear();
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    return panel;
}

// The same panel with the targets of the NIA group's results moved into the configuration:
// the same standings, the results bare scores.
Panel withConfiguredTargets(Panel panel)
{
    BenchmarkGroup &nia = panel.categories.at(0).groups.at(0);
    for (Benchmark &benchmark : nia.benchmarks)
        for (BenchmarkResult &result : panel.benchmarkResults)
            if (result.benchmark == benchmark.id && result.target) {
                benchmark.targets.push_back({result.team, *result.target});
                result.target.reset();
            }
    return panel;
}

int configuredTargets(const Panel &panel)
{
    int count = 0;
    for (const Category &c : panel.categories)
        for (const BenchmarkGroup &g : c.groups)
            for (const Benchmark &b : g.benchmarks)
                count += int(b.targets.size());
    return count;
}

QString functionDefinition(const QSqlDatabase &db, const char *function)
{
    return test::scalarOf(db, QStringLiteral("SELECT pg_get_functiondef('%1'::regproc)")
                                  .arg(QLatin1String(function))).toString();
}

} // namespace

class TestServerTargets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database))
            .open(ServerLogin{member, panel.logins.at(member).password});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Deploy: the targets go to the server with the file's rows and every member reads them;
    // the standings are the file's, and those of the panel with the targets on the results.
    void deployedTargetsReadBackAsFromAFile()
    {
        const Panel panel = withConfiguredTargets(unscored());
        QVERIFY(configuredTargets(panel) >= 10);
        const QString path = m_dir.filePath(QStringLiteral("targets.paneldesk"));
        createDatabase(panel, path, {});
        const Panel fromFile = PanelLocation::parse(path).open()->loadPanel();
        QCOMPARE(fromFile.categories, panel.categories);

        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("targets_deploy"), panel);
        QSqlDatabase admin = test::panelAdmin(deployed.database);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM benchmark_targets")).toInt(),
                 configuredTargets(panel));
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM benchmark_results WHERE target IS NULL")).toInt(),
                 configuredTargets(panel));
        const QByteArray standings = standingsJson(computeStandings(unscored()));
        for (const QString &member : {kChair, QStringLiteral("e01"), QStringLiteral("secretariat"), QStringLiteral("obs")}) {
            const Panel seen = open(deployed, member)->loadPanel();
            QCOMPARE(seen.categories, panel.categories);
            QCOMPARE(seen.benchmarkResults, panel.benchmarkResults);
        }
        const Panel fromServer = open(deployed, kChair)->loadPanel();
        QCOMPARE(standingsJson(computeStandings(fromServer)), standingsJson(computeStandings(fromFile)));
        QCOMPARE(standingsJson(computeStandings(fromServer)), standings);

        // Members read the table, nobody writes it but through the functions.
        QSqlDatabase chair = test::memberDb(deployed, kChair);
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT * FROM benchmark_targets")), QStringLiteral("ok"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("DELETE FROM benchmark_targets")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral(
                     "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) "
                     "VALUES ('R1', 'common-hle', 'lg', 999, 1)")), QStringLiteral("42501"));
        // The rules, as the owner (the administrator bypasses only RLS, not triggers).
        QCOMPARE(test::outcomeOf(admin, QStringLiteral(
                     "UPDATE benchmark_results SET target = NULL WHERE team_id = 'lg' AND benchmark_id = 'common-hle'")),
                 QStringLiteral("23514"));   // no configured target for it
        QCOMPARE(test::outcomeOf(admin, QStringLiteral(
                     "UPDATE benchmark_results SET target = 0 WHERE team_id = 'lg' AND benchmark_id = 'nia-math'")),
                 QStringLiteral("23514"));
        QCOMPARE(test::outcomeOf(admin, QStringLiteral(
                     "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) "
                     "VALUES ('R1', 'lg-ind-1', 'skt', 999, 1)")), QStringLiteral("23514"));   // lg's own
        QCOMPARE(test::outcomeOf(admin, QStringLiteral(
                     "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) "
                     "VALUES ('R1', 'lg-ind-1', 'lg', 999, 'NaN')")), QStringLiteral("23514"));
        QCOMPARE(test::outcomeOf(admin, QStringLiteral(
                     "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) "
                     "VALUES ('R1', 'nia-math', 'ghost', 999, 1)")), QStringLiteral("23503"));
    }

    // replace-panel: the chair's new targets replace the old ones (as in a file).
    void theChairReplacesTargets()
    {
        const Panel first = withConfiguredTargets(unscored());
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("targets_replace"), first);
        Panel next = first;
        Benchmark &niaMath = next.categories.at(0).groups.at(0).benchmarks.at(0);
        QVERIFY(!niaMath.targets.empty());
        niaMath.targets.front().target += 1.5;
        std::reverse(niaMath.targets.begin(), niaMath.targets.end());
        Benchmark &lgInd = next.categories.at(0).groups.at(2).benchmarks.at(0);
        QCOMPARE(lgInd.teams, QStringList{QStringLiteral("lg")});
        lgInd.targets = {{QStringLiteral("lg"), 42.0}};
        for (BenchmarkResult &r : next.benchmarkResults)
            if (r.benchmark == lgInd.id)
                r.target.reset();
        const auto chair = open(deployed, kChair);
        QCOMPARE(test::errorOf([&] { chair->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        const Panel seen = open(deployed, QStringLiteral("e01"))->loadPanel();
        QCOMPARE(seen.categories, next.categories);
        QCOMPARE(seen.benchmarkResults, next.benchmarkResults);
        // and back to none at all
        QCOMPARE(test::errorOf([&] { chair->replacePanel(unscored(), Actor(kChair)); }), QStringLiteral("none"));
        QCOMPARE(test::scalarOf(test::panelAdmin(deployed.database),
                                QStringLiteral("SELECT count(*) FROM benchmark_targets")).toInt(), 0);
        QCOMPARE(chair->loadPanel().categories, unscored().categories);
    }

    // A panel deployed at version 2 (made here by undoing step 3 by hand, as it mirrors the
    // step): read without targets; a replace with targets refused, nothing changed; then
    // upgradeServer(2, 3) gives the functions of a fresh deploy, and the replace goes through.
    void upgradeFromVersionTwo()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("targets_upgrade"), unscored());
        QSqlDatabase admin = test::panelAdmin(deployed.database);
        const QString freshReplace = functionDefinition(admin, "replace_panel");
        const QString freshTarget = functionDefinition(admin, "pd_benchmark_target");
        const QString freshChange = functionDefinition(admin, "change_setup");
        QVERIFY(freshReplace.contains(QLatin1String("benchmark_targets")));
        QVERIFY(freshReplace.contains(QLatin1String("rubric_bands")));
        QVERIFY(freshChange.contains(QLatin1String("benchmark_targets")) && freshChange.contains(QLatin1String("rubric_bands")));
        test::undoServerStepThree(deployed.database);
        QVERIFY(!functionDefinition(admin, "replace_panel").contains(QLatin1String("benchmark_targets")));
        QCOMPARE(server::schema::serverVersion(admin), 2);

        const auto chair = open(deployed, kChair);
        QCOMPARE(chair->loadPanel().categories, unscored().categories);   // no table: no targets
        const Panel before = chair->loadPanel();
        const std::size_t entries = test::adminAuditLog(admin).size();
        const QString refused = test::errorOf([&] { chair->replacePanel(withConfiguredTargets(unscored()), Actor(kChair)); });
        QVERIFY2(refused.startsWith(QStringLiteral("InputError: ")) && refused.contains(QLatin1String("version 2")),
                 qPrintable(refused));
        QVERIFY(chair->loadPanel() == before);
        QCOMPARE(test::adminAuditLog(admin).size(), entries);

        {
            QVERIFY(admin.transaction());
            server::schema::upgradeServer(admin, server::PanelRoles{deployed.database}, 2, 3);
            QVERIFY(admin.commit());
        }
        QCOMPARE(server::schema::serverVersion(admin), 3);
        QCOMPARE(functionDefinition(admin, "replace_panel"), freshReplace);
        QCOMPARE(functionDefinition(admin, "change_setup"), freshChange);
        QCOMPARE(functionDefinition(admin, "pd_benchmark_target"), freshTarget);
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT relrowsecurity::text || relforcerowsecurity::text || (SELECT count(*) FROM pg_policies "
                     "WHERE tablename = 'benchmark_targets')::text FROM pg_class WHERE relname = 'benchmark_targets'")),
                 QStringList{QStringLiteral("truetrue2")});
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                                                      "'benchmark_targets'::regclass AND NOT tgisinternal")).toInt(), 2);

        const Panel next = withConfiguredTargets(unscored());
        const auto again = open(deployed, kChair);
        QCOMPARE(test::errorOf([&] { again->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        const Panel seen = open(deployed, QStringLiteral("obs"))->loadPanel();
        QCOMPARE(seen.categories, next.categories);
        QCOMPARE(seen.benchmarkResults, next.benchmarkResults);
    }
};

QTEST_GUILESS_MAIN(TestServerTargets)
#include "tst_servertargets.moc"
