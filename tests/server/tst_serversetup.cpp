// Changing the configuration in place on a server (services/PanelSetup.h over PgStore;
// ServerChangeSetup.cpp, PgReplacePanel.cpp): who may at which stage; the secretariat
// prepares a round without inputs; the chair changes a scored round with a reason and every
// input stays (a draft only its reviewer reads included), the audit chain verifies; each
// refusal (secretariat after the first input, a blank reason, an orphaned team, a rubric item
// scored only in another member's draft, a locked round, a direct call) changes nothing;
// the score bands and configured targets (server steps 2 and 3) are replaced with the rest,
// a configured target a stored result relies on cannot go (client and function), and a
// server below version 3 refuses a change of a configuration with either.
#include "ServerCliSupport.h"

#include "demo/DemoPanel.h"
#include "domain/PanelConfiguration.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "services/PanelSetup.h"
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

// The demo with results, ratings and findings but no expert score, and an observer.
Panel scored()
{
    Panel panel = buildDemoPanel();
    panel.expertScores.clear();
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    return panel;
}

// The same without any input.
Panel unscored()
{
    Panel panel = scored();
    panel.benchmarkResults.clear();
    panel.userRatings.clear();
    panel.independence.clear();
    return panel;
}

Category &categoryOf(Panel &p, CategoryKind kind)
{
    for (Category &c : p.categories)
        if (c.kind == kind)
            return c;
    throw std::logic_error("the panel has no category of that kind");
}

// A configuration change every input survives: names, cut, appeal days, a user scale made
// wider, a benchmark weight, the teams' order.
Panel changedSetup(Panel setup)
{
    setup.program.name = QStringLiteral("Sovereign AI (revised)");
    setup.round.name += QStringLiteral(" (revised)");
    setup.round.appealDays = 14;
    setup.round.cut.minTotal = 40.0;
    setup.teams.front().name = QStringLiteral("Renamed team");
    std::reverse(setup.teams.begin(), setup.teams.end());
    categoryOf(setup, CategoryKind::Expert).rubric.front().name = QStringLiteral("Strategy (revised)");
    categoryOf(setup, CategoryKind::User).scaleMax = 7;
    categoryOf(setup, CategoryKind::Benchmark).groups.front().benchmarks.front().weight = 2.5;
    return setup;
}

// The first benchmark of the first target_ratio group (the demo's NIA group).
Benchmark &targetedBenchmark(Panel &p)
{
    for (BenchmarkGroup &g : categoryOf(p, CategoryKind::Benchmark).groups)
        if (g.normalization == Normalization::TargetRatio)
            return g.benchmarks.front();
    throw std::logic_error("the panel has no target_ratio group");
}

// scored() with score bands on every rubric item and a configured target for every team on
// the targeted benchmark; the first of its results has no target of its own and relies on
// the configured one.
Panel scoredWithBandsAndTargets()
{
    Panel panel = scored();
    for (RubricItem &item : categoryOf(panel, CategoryKind::Expert).rubric)
        item.bands = {{0.0, QStringLiteral("근거가 부족함")}, {item.points / 2, QStringLiteral("보통: ") + item.id},
                      {item.points, QStringLiteral("만점")}};
    Benchmark &benchmark = targetedBenchmark(panel);
    QStringList teams = benchmark.teams;
    if (teams.isEmpty())
        for (const Team &t : panel.teams)
            teams << t.id;
    for (qsizetype i = 0; i < teams.size(); ++i)
        benchmark.targets.push_back({teams[i], 80.0 + double(i)});
    for (BenchmarkResult &r : panel.benchmarkResults) {
        if (r.benchmark == benchmark.id) {
            r.target.reset();
            break;
        }
    }
    return panel;
}

// The team whose result on `benchmark` relies on its configured target.
QString reliantTeam(const Panel &panel, const QString &benchmark)
{
    for (const BenchmarkResult &r : panel.benchmarkResults)
        if (r.benchmark == benchmark && !r.target)
            return r.team;
    return {};
}

} // namespace

Q_DECLARE_METATYPE(pd::SetupAccess)

class TestServerSetup : public QObject {
    Q_OBJECT

    static std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database))
            .open(ServerLogin{member, panel.logins.at(member).password});
    }

private Q_SLOTS:
    void permissions_data()
    {
        QTest::addColumn<bool>("inputs");
        QTest::addColumn<QString>("member");
        QTest::addColumn<pd::SetupAccess>("access");
        QTest::newRow("none chair") << false << kChair << SetupAccess::Prepare;
        QTest::newRow("none secretariat") << false << QStringLiteral("secretariat") << SetupAccess::Prepare;
        QTest::newRow("none expert") << false << QStringLiteral("e01") << SetupAccess::Refused;
        QTest::newRow("none observer") << false << QStringLiteral("obs") << SetupAccess::Refused;
        QTest::newRow("scored chair") << true << kChair << SetupAccess::ChangeWithReason;
        QTest::newRow("scored secretariat") << true << QStringLiteral("secretariat") << SetupAccess::Refused;
        QTest::newRow("scored expert") << true << QStringLiteral("e01") << SetupAccess::Refused;
        QTest::newRow("scored observer") << true << QStringLiteral("obs") << SetupAccess::Refused;
    }
    void permissions()
    {
        QFETCH(bool, inputs);
        QFETCH(QString, member);
        QFETCH(pd::SetupAccess, access);
        static const test::DeployedPanel none = test::deployForTest(QStringLiteral("setup_none"), unscored());
        static const test::DeployedPanel some = test::deployForTest(QStringLiteral("setup_some"), scored());
        const auto store = open(inputs ? some : none, member);
        QCOMPARE(store->holdsInputs(), inputs);
        const SetupPermission permission = setupPermission(*store, Actor(member));
        QCOMPARE(permission.access, access);
        QVERIFY(!permission.why.isEmpty());
    }

    void secretariatPreparesWithoutInputs()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_prepare"), unscored());
        const auto store = open(deployed, QStringLiteral("secretariat"));
        const Panel before = store->loadPanel();
        Panel setup = changedSetup(before.withoutScoresAndRatings());
        // a team removed and another added (no conflict, no input names them)
        setup.teams.push_back({QStringLiteral("kt"), QStringLiteral("KT"), QString(), before.round.id});
        for (Category &c : setup.categories)
            for (BenchmarkGroup &g : c.groups)
                for (Benchmark &b : g.benchmarks)
                    if (b.teams == QStringList{QStringLiteral("lg")})
                        b.teams = QStringList{QStringLiteral("lg"), QStringLiteral("kt")};
        QCOMPARE(test::errorOf([&] { changePanelSetup(*store, setup, QString(), Actor(QStringLiteral("secretariat"))); }),
                 QStringLiteral("none"));
        const Panel after = open(deployed, kChair)->loadPanel();
        QVERIFY(sameConfiguration(after, setup));
        QCOMPARE(after.reviewers, before.reviewers);
        const AuditEntry entry = store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("change-setup"));
        QCOMPARE(entry.actor, QStringLiteral("secretariat"));
        QVERIFY2(entry.newValue.contains(QStringLiteral("\"kt\"")), qPrintable(entry.newValue));
        QCOMPARE(test::rowsOf(test::memberDb(deployed, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                 QStringList{});
    }

    void chairChangesScoredRoundKeepingInputs()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_scored"), scored());
        // e01 saves a draft: on a server the chair cannot read it
        ExpertScore draft = buildDemoPanel().expertScores.front();
        QCOMPARE(draft.reviewer, QStringLiteral("e01"));
        draft.submitted = false;
        const auto e01 = open(deployed, QStringLiteral("e01"));
        e01->setExpertScore(draft, Actor(QStringLiteral("e01")));
        const std::vector<ExpertScore> e01Before = e01->loadSheetScores(draft.reviewer, draft.team);
        QCOMPARE(e01Before.size(), size_t(1));

        const auto chair = open(deployed, kChair);
        const Panel before = chair->loadPanel();
        const ScoringInputs inputsBefore = chair->loadScoringInputs();
        const Panel setup = changedSetup(before.withoutScoresAndRatings());
        QCOMPARE(setupPermission(*chair, Actor(kChair)).access, SetupAccess::ChangeWithReason);
        QCOMPARE(test::errorOf([&] { changePanelSetup(*chair, setup, QStringLiteral("the ministry's correction"), Actor(kChair)); }),
                 QStringLiteral("none"));

        const Panel after = chair->loadPanel();
        const Panel expected = withConfigurationOf(before, setup);
        QCOMPARE(after.program, expected.program);
        QCOMPARE(after.round, expected.round);
        QCOMPARE(after.categories, expected.categories);
        QCOMPARE(after.teams, expected.teams);
        QCOMPARE(after.reviewers, expected.reviewers);
        QCOMPARE(after.benchmarkResults, expected.benchmarkResults);
        QCOMPARE(after.userRatings, expected.userRatings);
        QCOMPARE(after.independence, expected.independence);
        QCOMPARE(after.expertScores, expected.expertScores);
        QVERIFY(chair->loadScoringInputs().ratingTallies == inputsBefore.ratingTallies);
        QVERIFY(chair->ratingTallyProblems().isEmpty());
        QVERIFY(e01->loadSheetScores(draft.reviewer, draft.team) == e01Before);   // e01's draft kept

        const AuditEntry entry = chair->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("change-setup"));
        QCOMPARE(entry.actor, kChair);
        QCOMPARE(entry.reason, QStringLiteral("the ministry's correction"));
        QVERIFY2(entry.newValue.contains(QStringLiteral("(revised)")), qPrintable(entry.newValue));
        QCOMPARE(test::rowsOf(test::memberDb(deployed, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                 QStringList{});
    }

    // A scored round with bands and targets: the chair edits a band, drops one, clears the
    // bands of another item, corrects a target and drops the target of a team whose result
    // has its own; everything else stays, the chain verifies. A rubric item with bands (and
    // no score) may go too.
    void bandsAndTargetsChangeOnScoredRound()
    {
        const Panel deployedPanel = scoredWithBandsAndTargets();
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_bands"), deployedPanel);
        const auto chair = open(deployed, kChair);
        const Panel before = chair->loadPanel();
        QCOMPARE(before.categories, deployedPanel.categories);   // read back with bands and targets
        QCOMPARE(before.benchmarkResults, deployedPanel.benchmarkResults);
        const ScoringInputs inputsBefore = chair->loadScoringInputs();

        Panel setup = changedSetup(before.withoutScoresAndRatings());
        Category &expert = categoryOf(setup, CategoryKind::Expert);
        expert.rubric[0].bands[1].description = QStringLiteral("보통 (수정)");
        expert.rubric[0].bands.pop_back();
        expert.rubric[1].bands.clear();
        Benchmark &benchmark = targetedBenchmark(setup);
        const QString reliant = reliantTeam(before, benchmark.id);
        QVERIFY(!reliant.isEmpty());
        for (BenchmarkTarget &t : benchmark.targets)
            if (t.team == reliant)
                t.target = 99.5;
        const auto other = std::find_if(benchmark.targets.begin(), benchmark.targets.end(),
                                        [&](const BenchmarkTarget &t) { return t.team != reliant; });
        QVERIFY(other != benchmark.targets.end());
        benchmark.targets.erase(other);
        QCOMPARE(test::errorOf([&] { changePanelSetup(*chair, setup, QStringLiteral("bands and targets revised"), Actor(kChair)); }),
                 QStringLiteral("none"));

        const auto check = [&](const Panel &next) {
            const Panel expected = withConfigurationOf(before, next);
            for (const QString &member : {kChair, QStringLiteral("obs")}) {
                const Panel after = open(deployed, member)->loadPanel();
                QCOMPARE(after.categories, expected.categories);
                QCOMPARE(after.teams, expected.teams);
                QCOMPARE(after.round, expected.round);
            }
            const Panel after = chair->loadPanel();
            QCOMPARE(after.benchmarkResults, expected.benchmarkResults);
            QCOMPARE(after.userRatings, expected.userRatings);
            QCOMPARE(after.independence, expected.independence);
            QVERIFY(chair->loadScoringInputs().ratingTallies == inputsBefore.ratingTallies);
            QCOMPARE(chair->auditLog().back().action, QStringLiteral("change-setup"));
            QCOMPARE(test::rowsOf(test::memberDb(deployed, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                     QStringList{});
        };
        check(setup);
        if (QTest::currentTestFailed())
            return;

        // The last rubric item (bands, no score) goes; its points move to the first.
        Panel smaller = chair->loadPanel().withoutScoresAndRatings();
        Category &items = categoryOf(smaller, CategoryKind::Expert);
        QVERIFY(!items.rubric.back().bands.empty());
        items.rubric.front().points += items.rubric.back().points;
        items.rubric.pop_back();
        QCOMPARE(test::errorOf([&] { changePanelSetup(*chair, smaller, QStringLiteral("one item fewer"), Actor(kChair)); }),
                 QStringLiteral("none"));
        check(smaller);
    }

    // The configured target a stored result relies on: the client's validator names the
    // result; the function refuses it too when called directly (22023); nothing changes.
    void reliedOnTargetCannotGo()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_reliant"), scoredWithBandsAndTargets());
        const auto chair = open(deployed, kChair);
        Panel setup = chair->loadPanel().withoutScoresAndRatings();
        Benchmark &benchmark = targetedBenchmark(setup);
        const QString reliant = reliantTeam(chair->loadPanel(), benchmark.id);
        QVERIFY(!reliant.isEmpty());
        std::erase_if(benchmark.targets, [&](const BenchmarkTarget &t) { return t.team == reliant; });
        const QByteArray before = test::adminDump(deployed.database);
        const QString error = test::errorOf([&] { changePanelSetup(*chair, setup, QStringLiteral("a reason"), Actor(kChair)); });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: benchmark_results[")) && error.contains(QStringLiteral("].target: required because group"))
                     && error.contains(QStringLiteral("configures no target for team \"%1\"").arg(reliant)),
                 qPrintable(error));
        QCOMPARE(test::adminDump(deployed.database), before);

        // Directly: the stored configuration with that one target left out.
        QSqlDatabase chairDb = test::memberDb(deployed, kChair);
        QString rows = QStringLiteral("jsonb_build_object(");
        for (const char *table : {"program", "rounds", "teams", "round_teams", "categories", "benchmark_groups", "benchmarks",
                                  "benchmark_teams", "rubric_items", "rubric_bands", "user_items"})
            rows += QStringLiteral("'%1', (SELECT jsonb_agg(to_jsonb(x)) FROM %1 x), ").arg(QLatin1String(table));
        rows += QStringLiteral("'benchmark_targets', (SELECT jsonb_agg(to_jsonb(x)) FROM benchmark_targets x "
                               "WHERE NOT (x.benchmark_id = '%1' AND x.team_id = '%2')))").arg(benchmark.id, reliant);
        QCOMPARE(test::outcomeOf(chairDb, QStringLiteral("SELECT change_setup(%1, 'x')").arg(rows)), QStringLiteral("22023"));
        QCOMPARE(test::adminDump(deployed.database), before);
    }

    // A panel whose server schema is below version 3 (its change_setup knows neither table):
    // a change of a configuration with bands or targets is refused, naming the version.
    void belowVersionThreeRefusesBandsAndTargets()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_v2"), scoredWithBandsAndTargets());
        QSqlDatabase admin = test::panelAdmin(deployed.database);
        server::execServer(admin, QStringLiteral("UPDATE paneldesk_schema SET version = 2"));
        const auto chair = open(deployed, kChair);
        Panel setup = chair->loadPanel().withoutScoresAndRatings();
        setup.round.name += QStringLiteral(" (revised)");
        const QByteArray before = test::adminDump(deployed.database);
        const QString error = test::errorOf([&] { changePanelSetup(*chair, setup, QStringLiteral("a reason"), Actor(kChair)); });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: ")) && error.contains(QStringLiteral("score bands and benchmark targets"))
                     && error.contains(QStringLiteral("(version 2)")),
                 qPrintable(error));
        QCOMPARE(test::adminDump(deployed.database), before);
        server::execServer(admin, QStringLiteral("UPDATE paneldesk_schema SET version = %1").arg(server::kServerSchemaVersion));
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");   // a part of it
        const QString why = QStringLiteral("a reason");
        QTest::newRow("the secretariat") << QStringLiteral("secretariat") << "names" << why << QStringLiteral("only the chair");
        QTest::newRow("an expert") << QStringLiteral("e02") << "names" << why << QStringLiteral("only the chair");
        QTest::newRow("blank reason") << kChair << "names" << QStringLiteral(" ") << QStringLiteral("needs a reason");
        QTest::newRow("team with inputs") << kChair << "remove team" << why << QStringLiteral("teams: \"lg\" has ");
        QTest::newRow("item in a draft") << kChair << "remove rubric item" << why
                                         << QStringLiteral("categories: rubric item \"strategy\" has 1 expert score: it cannot be removed");
        QTest::newRow("round id") << kChair << "round id" << why << QStringLiteral("keeps its id");
        QTest::newRow("out of scale") << kChair << "scale" << why << QStringLiteral("user_ratings[");
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, member);
        QFETCH(QString, change);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        static const test::DeployedPanel deployed = [] {
            const test::DeployedPanel d = test::deployForTest(QStringLiteral("setup_refused"), scored());
            // e01's draft scores "strategy" (the demo's first score), which the chair cannot read
            ExpertScore draft = buildDemoPanel().expertScores.front();
            draft.submitted = false;
            PanelLocation::parse(address(d.database))
                .open(ServerLogin{draft.reviewer, d.logins.at(draft.reviewer).password})
                ->setExpertScore(draft, Actor(draft.reviewer));
            return d;
        }();
        const auto store = open(deployed, member);
        Panel setup = store->loadPanel().withoutScoresAndRatings();
        if (change == QLatin1String("names")) {
            setup.round.name += QStringLiteral(" (revised)");
        } else if (change == QLatin1String("remove team")) {
            std::erase_if(setup.teams, [](const Team &t) { return t.id == QLatin1String("lg"); });
            for (Category &c : setup.categories)
                for (BenchmarkGroup &g : c.groups)
                    std::erase_if(g.benchmarks, [](Benchmark &b) {
                        const bool only = b.teams == QStringList{QStringLiteral("lg")};
                        b.teams.removeAll(QStringLiteral("lg"));
                        return only;
                    });
        } else if (change == QLatin1String("remove rubric item")) {
            Category &expert = categoryOf(setup, CategoryKind::Expert);
            QCOMPARE(expert.rubric.front().id, QStringLiteral("strategy"));
            expert.points -= expert.rubric.front().points;
            expert.rubric.erase(expert.rubric.begin());
        } else if (change == QLatin1String("round id")) {
            setup.round.id = QStringLiteral("R9");
        } else if (change == QLatin1String("scale")) {
            categoryOf(setup, CategoryKind::User).scaleMin = 2;
        }
        const QByteArray before = test::adminDump(deployed.database);
        const QString error = test::errorOf([&] { changePanelSetup(*store, setup, reason, Actor(member)); });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(test::adminDump(deployed.database), before);
    }

    // The function itself: an expert (42501), the secretariat once inputs exist (42501), a
    // blank reason (22023), a locked round (55000).
    void theServerRefusesItself()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("setup_direct"), scored());
        QSqlDatabase e01 = test::memberDb(deployed, QStringLiteral("e01"));
        QSqlDatabase secretariat = test::memberDb(deployed, QStringLiteral("secretariat"));
        QSqlDatabase chairDb = test::memberDb(deployed, kChair);
        const QString call = QStringLiteral(
            "SELECT change_setup(jsonb_build_object('rounds', (SELECT jsonb_agg(to_jsonb(r)) FROM rounds r), "
            "'program', (SELECT jsonb_agg(to_jsonb(p)) FROM program p)), %1)");
        const QByteArray before = test::adminDump(deployed.database);
        QCOMPARE(test::outcomeOf(e01, call.arg(QStringLiteral("'x'"))), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(secretariat, call.arg(QStringLiteral("'x'"))), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(chairDb, call.arg(QStringLiteral("' '"))), QStringLiteral("22023"));
        QCOMPARE(test::adminDump(deployed.database), before);
        const auto chair = open(deployed, kChair);
        chair->lockRound(Actor(kChair));
        const QByteArray locked = test::adminDump(deployed.database);
        QCOMPARE(test::outcomeOf(chairDb, call.arg(QStringLiteral("'x'"))), QStringLiteral("55000"));
        const SetupPermission permission = setupPermission(*chair, Actor(kChair));
        QCOMPARE(permission.access, SetupAccess::Refused);
        QVERIFY2(permission.why.contains(QStringLiteral("locked")), qPrintable(permission.why));
        QCOMPARE(test::adminDump(deployed.database), locked);
    }
};

QTEST_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
