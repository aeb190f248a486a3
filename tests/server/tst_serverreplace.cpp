// replace-panel on a server (RoundInputs::replacePanel; ServerReplacePanel.cpp,
// PgReplacePanel.cpp): the chair replaces the round's configuration and facts before scoring
// starts, and the server then holds what a file holds after the same replace (the panel as
// read back, the audit entry's values; a connected window is told); every refusal (not the chair, the members or their
// conflicts changed, another round, expert scores, an invalid panel, scoring started, a
// direct call of the function) changes nothing on the server (the administrator's dump).
#include "ServerCliSupport.h"

#include "actions/PanelDatabase.h"
#include "io/PanelFileWriter.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelChanges.h"
#include "storage/PanelLocation.h"

#include <QSignalSpy>
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

// The demo panel before scoring: no expert score (so no sheet), an observer, e03 conflicted
// with nc.
Panel unscored()
{
    Panel panel = buildDemoPanel();
    panel.expertScores.clear();
    for (Reviewer &r : panel.reviewers)
        if (r.id == QLatin1String("e03"))
            r.conflicts = {QStringLiteral("nc")};
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    return panel;
}

// Another configuration of the same round with the same members: renamed program, round,
// team and rubric item, one team fewer, a benchmark result and a verdict changed, one user
// rating fewer.
Panel edited()
{
    Panel panel = unscored();
    panel.program.name = QStringLiteral("Sovereign AI (revised)");
    panel.round.name = panel.round.name + QStringLiteral(" (revised)");
    panel.teams.front().name = QStringLiteral("Renamed team");
    const QString dropped = QStringLiteral("upstage");
    std::erase_if(panel.teams, [&](const Team &t) { return t.id == dropped; });
    std::erase_if(panel.benchmarkResults, [&](const BenchmarkResult &r) { return r.team == dropped; });
    std::erase_if(panel.userRatings, [&](const UserRating &r) { return r.team == dropped; });
    std::erase_if(panel.independence, [&](const Independence &i) { return i.team == dropped; });
    for (Category &c : panel.categories)
        for (BenchmarkGroup &g : c.groups)
            std::erase_if(g.benchmarks, [&](Benchmark &b) {
                const bool onlyDropped = b.teams == QStringList{dropped};
                b.teams.removeAll(dropped);
                if (onlyDropped)
                    std::erase_if(panel.benchmarkResults, [&](const BenchmarkResult &r) { return r.benchmark == b.id; });
                return onlyDropped;
            });
    for (Category &c : panel.categories)
        for (RubricItem &item : c.rubric)
            item.name = item.name + QStringLiteral(" (revised)");
    if (!panel.benchmarkResults.empty())
        panel.benchmarkResults.front().score += 1.0;
    if (!panel.userRatings.empty())
        panel.userRatings.pop_back();
    panel.independence.front().verdict = Verdict::Pending;
    panel.independence.front().rationale.clear();
    return panel;
}

} // namespace

class TestServerReplace : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database))
            .open(ServerLogin{member, panel.logins.at(member).password});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The same replace on a file and on a server: the same panel read back, the same audit
    // entry; every member reads the new configuration.
    void theChairReplacesAsInAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.paneldesk"));
        createDatabase(unscored(), path, {});
        const auto file = PanelLocation::parse(path).open();
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("replace_ok"), unscored());
        const auto chair = open(deployed, kChair);
        const Panel next = edited();
        QVERIFY(!(next.teams == unscored().teams));
        QCOMPARE(test::errorOf([&] { file->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        const auto e01 = open(deployed, QStringLiteral("e01"));   // a window connected meanwhile
        QVERIFY(e01->liveChanges());
        QSignalSpy told(e01->liveChanges(), &PanelChanges::changed);
        QCOMPARE(test::errorOf([&] { chair->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        QStringList kinds;   // every kind the replace changed, in one or more deliveries
        while (!(kinds.contains(QStringLiteral("panel")) && kinds.contains(QStringLiteral("imports"))
                 && kinds.contains(QStringLiteral("findings")))
               && (!told.isEmpty() || told.wait(10000)))   // a wait, not a timing assertion
            kinds << told.takeFirst().at(0).toStringList();
        QVERIFY2(kinds.contains(QStringLiteral("panel")) && kinds.contains(QStringLiteral("imports"))
                     && kinds.contains(QStringLiteral("findings")), qPrintable(kinds.join(QLatin1Char(','))));

        const Panel fromFile = file->loadPanel();
        const Panel fromServer = chair->loadPanel();
        QCOMPARE(fromServer.program, fromFile.program);
        QCOMPARE(fromServer.round, fromFile.round);
        QCOMPARE(fromServer.categories, fromFile.categories);
        QCOMPARE(fromServer.teams, fromFile.teams);
        QCOMPARE(fromServer.reviewers, fromFile.reviewers);
        QCOMPARE(fromServer.benchmarkResults, fromFile.benchmarkResults);
        QCOMPARE(fromServer.userRatings, fromFile.userRatings);
        QCOMPARE(fromServer.independence, fromFile.independence);
        QVERIFY(fromServer == fromFile);
        QCOMPARE(fromServer.teams, next.teams);
        QCOMPARE(standingsJson(computeStandings(fromServer)), standingsJson(computeStandings(fromFile)));

        const AuditEntry fileEntry = file->auditLog().back();
        const AuditEntry serverEntry = chair->auditLog().back();
        QCOMPARE(serverEntry.action, QStringLiteral("replace-panel"));
        QCOMPARE(serverEntry.action, fileEntry.action);
        QCOMPARE(serverEntry.entity, fileEntry.entity);
        QCOMPARE(serverEntry.oldValue, fileEntry.oldValue);
        QCOMPARE(serverEntry.newValue, fileEntry.newValue);
        QCOMPARE(serverEntry.actor, kChair);
        QCOMPARE(test::rowsOf(test::memberDb(deployed, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                 QStringList{});
        // what every member reads: the new configuration
        for (const QString &member : {QStringLiteral("e01"), QStringLiteral("secretariat"), QStringLiteral("obs")}) {
            const Panel seen = open(deployed, member)->loadPanel();
            QCOMPARE(seen.teams, next.teams);
            QCOMPARE(seen.categories, fromFile.categories);
            QCOMPARE(seen.round, fromFile.round);
        }
    }

    // Refused, with a message, and nothing changes on the server.
    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message");   // a part of it
        QTest::newRow("an expert") << QStringLiteral("e01") << 0 << QStringLiteral("chair");
        QTest::newRow("the secretariat") << QStringLiteral("secretariat") << 0 << QStringLiteral("chair");
        QTest::newRow("a member added") << kChair << 1 << QStringLiteral("keeps the members");
        QTest::newRow("a member renamed") << kChair << 2 << QStringLiteral("keeps the members");
        QTest::newRow("a conflict withdrawn") << kChair << 3 << QStringLiteral("keeps the members");
        QTest::newRow("another round") << kChair << 4 << QStringLiteral("keeps the round");
        QTest::newRow("expert scores") << kChair << 5 << QStringLiteral("no expert score");
        QTest::newRow("an invalid panel") << kChair << 6 << QString();
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, member);
        QFETCH(int, change);
        QFETCH(QString, message);
        static const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("replace_refused"), unscored());
        Panel next = edited();
        switch (change) {
        case 1: next.reviewers.push_back({QStringLiteral("e99"), QStringLiteral("New"), Role::Expert, {}}); break;
        case 2: next.reviewers.front().name = QStringLiteral("Someone else"); break;
        case 3:
            for (Reviewer &r : next.reviewers)
                r.conflicts.clear();
            break;
        case 4: next.round.id = QStringLiteral("R9"); break;
        case 5:
            for (const ExpertScore &score : buildDemoPanel().expertScores)
                if (next.team(score.team) && !(score.reviewer == QLatin1String("e03") && score.team == QLatin1String("nc")))
                    next.expertScores.push_back(score);
            break;
        case 6: next.teams.push_back(next.teams.front()); break;   // a duplicate team id
        default: break;
        }
        const QByteArray before = test::adminDump(deployed.database);
        const auto store = open(deployed, member);
        const QString error = test::errorOf([&] { store->replacePanel(next, Actor(member)); });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(test::adminDump(deployed.database), before);
    }

    // paneldesk-cli import-panel --replace with the server at --db: the chair signed in with
    // --as replaces the panel; an expert is refused and nothing changes.
    void theCliReplacesOnAServer()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("replace_cli"), unscored());
        const QString file = m_dir.filePath(QStringLiteral("edited.json"));
        writePanelFile(edited(), file);
        const auto args = [&](const QString &member) {
            return QStringList{QStringLiteral("import-panel"), file, QStringLiteral("--db"), address(deployed.database),
                               QStringLiteral("--replace"), QStringLiteral("--chair"), kChair,
                               QStringLiteral("--as"), member};
        };
        // A member's first sign-in registers their key (an audit entry): done before the dump.
        test::signInOnce(address(deployed.database), QStringLiteral("e01"),
                         deployed.logins.at(QStringLiteral("e01")).password);
        const QByteArray before = test::adminDump(deployed.database);
        const test::CliRun refused = test::runCli(m_dir.path(), args(QStringLiteral("e01")),
                                                  deployed.logins.at(QStringLiteral("e01")).password.toUtf8() + '\n');
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        QVERIFY2(refused.err.contains(QStringLiteral("chair")), qPrintable(refused.err));
        QCOMPARE(test::adminDump(deployed.database), before);
        const test::CliRun run = test::runCli(m_dir.path(), args(kChair),
                                              deployed.logins.at(kChair).password.toUtf8() + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("replaced the panel")), qPrintable(run.out));
        QCOMPARE(open(deployed, kChair)->loadPanel().teams, edited().teams);
    }

    // The function itself, called directly: not the chair (42501), members changed (22023);
    // once a sheet exists (scoring began) the chair is refused too (55000 by the server, the
    // store's message first). Nothing changes.
    void theServerRefusesItself()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("replace_direct"), unscored());
        QSqlDatabase e01 = test::memberDb(deployed, QStringLiteral("e01"));
        QSqlDatabase chairDb = test::memberDb(deployed, kChair);
        const QByteArray before = test::adminDump(deployed.database);
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("SELECT replace_panel('{}')")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(chairDb, QStringLiteral(
                     "SELECT replace_panel(jsonb_build_object('rounds', (SELECT jsonb_agg(to_jsonb(r)) FROM rounds r), "
                     "'program', (SELECT jsonb_agg(to_jsonb(p)) FROM program p), "
                     "'members', '[{\"id\":\"x\",\"name\":\"x\",\"role\":\"expert\"}]'::jsonb))")),
                 QStringLiteral("22023"));
        QCOMPARE(test::adminDump(deployed.database), before);

        // scoring begins: e01 saves one draft score
        const Panel demo = buildDemoPanel();
        ExpertScore score = demo.expertScores.front();
        QCOMPARE(score.reviewer, QStringLiteral("e01"));
        score.submitted = false;
        open(deployed, QStringLiteral("e01"))->setExpertScore(score, Actor(QStringLiteral("e01")));
        const QByteArray scoring = test::adminDump(deployed.database);
        const auto chair = open(deployed, kChair);
        const QString error = test::errorOf([&] { chair->replacePanel(edited(), Actor(kChair)); });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: ")) && error.contains(QStringLiteral("scoring has started")),
                 qPrintable(error));
        QCOMPARE(test::outcomeOf(chairDb, QStringLiteral(
                     "SELECT replace_panel(jsonb_build_object('rounds', (SELECT jsonb_agg(to_jsonb(r)) FROM rounds r)))")),
                 QStringLiteral("55000"));
        QCOMPARE(test::adminDump(deployed.database), scoring);
    }
};

QTEST_MAIN(TestServerReplace)
#include "tst_serverreplace.moc"
