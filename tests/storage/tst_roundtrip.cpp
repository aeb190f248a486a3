// replacePanel / loadPanel: what goes in comes out, equal and in the same order; a refused
// panel changes nothing; members keep columns the panel does not carry.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/PanelReader.h"
#include "storage/PanelWriter.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestRoundTrip : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("rt%1.db").arg(++m_counter)); }

    static void verifyEqual(const Panel &loaded, const Panel &expected)
    {
        const QString diff = firstDifference(loaded, expected);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("differs in ") + diff));
        QVERIFY(loaded == expected);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullPanelRoundTrips()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        {
            auto store = SqliteStore::create(path);
            store->replacePanel(panel, QStringLiteral("cli"));
            verifyEqual(store->loadPanel(), panel);
        }
        auto reopened = SqliteStore::open(path);   // from the file, not from a cache
        verifyEqual(reopened->loadPanel(), panel);
    }

    // Issue 16: configured targets go with the benchmarks (schema step 15) and come back in
    // their order; replacing the panel with one without them leaves none behind.
    void configuredTargetsRoundTrip()
    {
        const QString path = newPath();
        const Panel panel = panelWithTargets();
        {
            auto store = SqliteStore::create(path);
            store->replacePanel(panel, QStringLiteral("cli"));
            verifyEqual(store->loadPanel(), panel);
        }
        {
            auto reopened = SqliteStore::open(path);
            verifyEqual(reopened->loadPanel(), panel);
            QCOMPARE(reopened->loadScoringInputs().panel.categories, panel.categories);
        }
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM benchmark_targets")).toInt(), 4);
            QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(team_id || '=' || target, ' ') FROM "
                                              "(SELECT team_id, target FROM benchmark_targets ORDER BY seq)"))
                         .toString(),
                     QStringLiteral("skt=90.5 lg=88.0 nc=0.001 upstage=14.0"));
            QVERIFY(raw.value(QStringLiteral("SELECT target FROM benchmark_results "
                                             "WHERE team_id = 'skt' AND benchmark_id = 'nia-math'")).isNull());
        }
        auto store = SqliteStore::open(path);
        store->replacePanel(fullPanel(), QStringLiteral("cli"));
        verifyEqual(store->loadPanel(), fullPanel());
        QCOMPARE(RawDb(path).value(QStringLiteral("SELECT count(*) FROM benchmark_targets")).toInt(), 0);
    }

    void minimalPanelsRoundTrip_data()
    {
        QTest::addColumn<Panel>("panel");
        Panel noInputs = fullPanel();
        noInputs.benchmarkResults.clear();
        noInputs.expertScores.clear();
        noInputs.userRatings.clear();
        noInputs.independence.clear();
        noInputs.round.tieResolutions.clear();
        noInputs.round.tieBreak.clear();
        QTest::newRow("configuration without inputs") << noInputs;

        Panel noReviewers = noInputs;
        noReviewers.reviewers.clear();
        noReviewers.program = Program{};
        QTest::newRow("no reviewers, empty program") << noReviewers;

        Panel undated = fullPanel();
        undated.round.evaluationDate = QDate();
        undated.round.cut = Cut{std::nullopt, 0, -1.5};
        for (Reviewer &r : undated.reviewers)
            r.conflicts.clear();
        std::erase_if(undated.expertScores,
                      [](const ExpertScore &s) { return s.reviewer == QLatin1String("e03"); });
        QTest::newRow("no date, advance 0, negative min_total, no conflicts") << undated;
    }

    // Score bands are stored with their rubric items, in order, and go with them when the
    // panel is replaced (by one with other bands, or none).
    void rubricBandsRoundTripAndGoWithReplace()
    {
        const QString path = newPath();
        const Panel banded = withRubricBands(fullPanel());
        {
            auto store = SqliteStore::create(path);
            store->replacePanel(banded, QStringLiteral("cli"));
            verifyEqual(store->loadPanel(), banded);
        }
        {
            auto reopened = SqliteStore::open(path);
            verifyEqual(reopened->loadPanel(), banded);
            Panel other = banded;
            for (Category &category : other.categories)
                for (RubricItem &item : category.rubric)
                    if (!item.bands.empty())
                        item.bands.erase(item.bands.begin() + 1);
            other.categories[1].rubric[0].bands.clear();
            reopened->replacePanel(other, QStringLiteral("cli"));
            verifyEqual(reopened->loadPanel(), other);
            reopened->replacePanel(fullPanel(), QStringLiteral("cli"));
            verifyEqual(reopened->loadPanel(), fullPanel());
        }
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM rubric_bands")).toInt(), 0);
        QSqlQuery dangling(raw.db());
        QVERIFY(dangling.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!dangling.next());
    }

    void minimalPanelsRoundTrip()
    {
        QFETCH(Panel, panel);
        auto store = SqliteStore::create(newPath());
        store->replacePanel(panel, QStringLiteral("cli"));
        verifyEqual(store->loadPanel(), panel);
    }

    void emptyDatabaseLoadsDefaultPanel()
    {
        auto store = SqliteStore::create(newPath());
        QVERIFY(store->loadPanel() == Panel());
    }

    void replaceReplacesEverything()
    {
        auto store = SqliteStore::create(newPath());
        store->replacePanel(fullPanel(), QStringLiteral("cli"));
        Panel smaller = fullPanel();
        smaller.round.id = QStringLiteral("R9");
        smaller.teams.pop_back();   // nc
        smaller.categories[0].groups[2].benchmarks[2].teams.removeAll(QStringLiteral("nc"));
        smaller.reviewers.erase(smaller.reviewers.begin() + 2);   // e02: conflict with nc
        std::erase_if(smaller.expertScores,
                      [](const ExpertScore &s) { return s.reviewer == QLatin1String("e02"); });
        std::erase_if(smaller.userRatings,
                      [](const UserRating &r) { return r.team == QLatin1String("nc"); });
        std::erase_if(smaller.benchmarkResults,
                      [](const BenchmarkResult &r) { return r.team == QLatin1String("nc"); });
        std::reverse(smaller.userRatings.begin(), smaller.userRatings.end());
        store->replacePanel(smaller, QStringLiteral("cli"));
        verifyEqual(store->loadPanel(), smaller);
    }

    void membersKeepTheirPassphraseAcrossReplace()
    {
        const QString path = newPath();
        auto store = SqliteStore::create(path);
        store->replacePanel(fullPanel(), QStringLiteral("cli"));
        RawDb(path).exec(QStringLiteral(
            "UPDATE members SET passphrase_hash = 'argon2id$x' WHERE id = 'e01'"));
        Panel renamed = fullPanel();
        renamed.reviewers[1].name = QStringLiteral("new name");
        store->replacePanel(renamed, QStringLiteral("cli"));
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT passphrase_hash FROM members WHERE id = 'e01'"))
                     .toString(),
                 QStringLiteral("argon2id$x"));
        verifyEqual(store->loadPanel(), renamed);
    }

    void refusedPanelChangesNothing_data()
    {
        QTest::addColumn<Panel>("bad");
        QTest::addColumn<QString>("expectedPath");
        Panel p = fullPanel();
        p.userRatings[3].rating = 6;
        QTest::newRow("rating above scale") << p << QStringLiteral("user_ratings[3].rating:");
        p = fullPanel();
        p.expertScores[2].score = 10.5;
        QTest::newRow("score above points") << p << QStringLiteral("expert_scores[2].score:");
        p = fullPanel();
        p.expertScores[1].submitted = true;   // e02/lg: one item only
        QTest::newRow("incomplete submitted sheet") << p << QStringLiteral("expert_scores[1]:");
        p = fullPanel();
        p.expertScores[4].submitted = false;
        QTest::newRow("sheet mixing draft and submitted")
            << p << QStringLiteral("expert_scores[4].submitted:");
        p = fullPanel();
        p.userRatings.push_back(p.userRatings[5]);
        QTest::newRow("duplicate rating") << p << QStringLiteral("user_ratings[30]:");
        p = fullPanel();
        p.benchmarkResults[0].team = QStringLiteral("nobody");
        QTest::newRow("unknown team") << p << QStringLiteral("benchmark_results[0].team:");
        p = fullPanel();
        p.categories[1].points = 36;
        QTest::newRow("points do not add up") << p << QStringLiteral("categories[1].items:");
        p = fullPanel();
        p.independence[2].rationale = QStringLiteral(" \n");
        QTest::newRow("pass without rationale")
            << p << QStringLiteral("independence[2].rationale:");
        p = fullPanel();
        p.round.cut.advance = 2;
        QTest::newRow("cut with eliminate and advance") << p << QStringLiteral("round.cut:");
        p = fullPanel();
        p.reviewers.push_back({QStringLiteral("x y"), QString(), Role::Observer, {}});
        QTest::newRow("malformed id") << p << QStringLiteral("reviewers[5].id:");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[1].team = QStringLiteral("kt");
        QTest::newRow("configured target for an unknown team")
            << p << QStringLiteral("categories[0].groups[0].benchmarks[0].targets[1].team: unknown team");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[0].team = QStringLiteral("lg");   // skt's goes
        QTest::newRow("a team with two configured targets")
            << p << QStringLiteral("categories[0].groups[0].benchmarks[0].targets[1].team: team \"lg\" is listed twice");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets.erase(
            p.categories[0].groups[0].benchmarks[0].targets.begin());
        QTest::newRow("configured target removed under a result")
            << p << QStringLiteral("benchmark_results[1].target: required because group");
    }

    void refusedPanelChangesNothing()
    {
        QFETCH(Panel, bad);
        QFETCH(QString, expectedPath);
        auto store = SqliteStore::create(newPath());
        store->replacePanel(fullPanel(), QStringLiteral("cli"));
        const auto auditBefore = store->auditLog().size();
        try {
            store->replacePanel(bad, QStringLiteral("cli"));
            QFAIL("the panel was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().startsWith(expectedPath), qPrintable(error.message()));
        }
        verifyEqual(store->loadPanel(), fullPanel());
        QCOMPARE(store->auditLog().size(), auditBefore);
    }

    // Below the validator, the schema refuses a bad row by itself and names it by its
    // panel-file path (writePanel without validation, as an older or buggy caller might).
    void databaseRefusalNamesTheRow_data()
    {
        QTest::addColumn<Panel>("bad");
        QTest::addColumn<QString>("expected");
        Panel p = fullPanel();
        p.userRatings[3].rating = 6;
        QTest::newRow("rating above scale")
            << p << QStringLiteral("user_ratings[3]: the rating is outside the scale");
        p = fullPanel();
        p.userRatings[7].item = QStringLiteral("charm");
        QTest::newRow("rating of an unknown item")
            << p << QStringLiteral("user_ratings[7]: refers to a team, reviewer");
        p = fullPanel();
        p.expertScores[2].score = 10.5;
        QTest::newRow("score above points")
            << p << QStringLiteral("expert_scores[2]: the score is above the points");
        p = fullPanel();
        p.expertScores[1].submitted = true;
        QTest::newRow("incomplete submitted sheet")
            << p << QStringLiteral("expert_scores[1]: a submitted sheet must score every");
        p = fullPanel();
        p.expertScores[4].submitted = false;
        QTest::newRow("sheet mixing draft and submitted")
            << p << QStringLiteral("expert_scores[4].submitted: the sheet of reviewer e01");
        p = fullPanel();
        p.userRatings.push_back(p.userRatings[5]);
        QTest::newRow("duplicate rating") << p << QStringLiteral("user_ratings[30]: duplicate");
        p = fullPanel();
        p.categories[0].groups[2].benchmarks[1].teams << QStringLiteral("ghost");
        QTest::newRow("unknown team in restriction")
            << p << QStringLiteral("categories[0].groups[2].benchmarks[1].teams[2]: refers to");
        p = fullPanel();
        p.independence[2].rationale = QStringLiteral(" \n");
        QTest::newRow("pass without rationale")
            << p << QStringLiteral("independence[2]: a pass or fail verdict needs");
        p = fullPanel();
        p.reviewers[2].conflicts << QStringLiteral("lg");   // e02 holds a sheet for lg
        QTest::newRow("conflicted reviewer holds a sheet")
            << p << QStringLiteral("expert_scores[1]: the reviewer has a declared conflict");
        p = fullPanel();
        p.round.cut.advance = 2;
        QTest::newRow("cut with eliminate and advance")
            << p << QStringLiteral("round: the cut needs exactly one");
        p = fullPanel();
        p.teams[1].id = QStringLiteral("s k t");
        QTest::newRow("malformed id") << p << QStringLiteral("teams[1]: an id must be");
        p = fullPanel();
        p.benchmarkResults[0].target.reset();
        QTest::newRow("target_ratio result without target")
            << p << QStringLiteral("benchmark_results[0]: a result in a target_ratio group");
        p = panelWithTargets();
        p.benchmarkResults[0].target = 0.0;   // lg has a configured target: a result's 0 is refused still
        QTest::newRow("target_ratio result with target 0 and a configured one")
            << p << QStringLiteral("benchmark_results[0]: a result in a target_ratio group");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[0].team = QStringLiteral("upstage");   // not skt
        QTest::newRow("target_ratio result without target, another team's configured")
            << p << QStringLiteral("benchmark_results[1]: a result in a target_ratio group");
        p = panelWithTargets();
        p.categories[0].groups[1].benchmarks[0].targets = {{QStringLiteral("lg"), 90.0}};   // mmlu
        QTest::newRow("configured target outside target_ratio")
            << p << QStringLiteral("categories[0].groups[1].benchmarks[0].targets[0]: a configured "
                                   "target needs a benchmark of a target_ratio group");
        p = panelWithTargets();
        p.categories[0].groups[2].benchmarks[0].targets = {{QStringLiteral("skt"), 60.0}};   // lg-ind-1
        QTest::newRow("configured target for a team the benchmark does not apply to")
            << p << QStringLiteral("categories[0].groups[2].benchmarks[0].targets[0]: the benchmark "
                                   "does not apply to this team");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[2].target = 0.0;
        QTest::newRow("configured target 0")
            << p << QStringLiteral("categories[0].groups[0].benchmarks[0].targets[2]: value not "
                                   "allowed (rule configured_target_positive)");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[2].team = QStringLiteral("ghost");
        QTest::newRow("configured target for an unknown team")
            << p << QStringLiteral("categories[0].groups[0].benchmarks[0].targets[2]: refers to");
        p = panelWithTargets();
        p.categories[0].groups[0].benchmarks[0].targets[2].team = QStringLiteral("lg");
        QTest::newRow("configured target twice for a team")
            << p << QStringLiteral("categories[0].groups[0].benchmarks[0].targets[2]: duplicate");
    }

    void databaseRefusalNamesTheRow()
    {
        QFETCH(Panel, bad);
        QFETCH(QString, expected);
        const QString path = newPath();
        SqliteStore::create(path)->replacePanel(fullPanel(), QStringLiteral("cli"));
        RawDb raw(path);
        try {
            WriteTransaction transaction(raw.db());
            writePanel(raw.db(), bad);
            QFAIL("the panel was written");
        } catch (const InputError &error) {
            QVERIFY2(error.message().startsWith(expected), qPrintable(error.message()));
        }
        verifyEqual(readPanel(raw.db()), fullPanel());
    }

    void replaceIsAuditedOnce()
    {
        auto store = SqliteStore::create(newPath());
        store->replacePanel(fullPanel(), QStringLiteral("e01"));
        store->replacePanel(fullPanel(), QStringLiteral("s01"));
        const auto log = store->auditLog();
        QCOMPARE(log.size(), size_t(3));   // create-database + two replacements
        QCOMPARE(log[0].action, QStringLiteral("create-database"));
        const AuditEntry &last = log.back();
        QCOMPARE(last.action, QStringLiteral("replace-panel"));
        QCOMPARE(last.actor, QStringLiteral("s01"));
        QCOMPARE(last.entity, QStringLiteral("rounds/R1"));
        QVERIFY2(last.newValue.contains(QLatin1String("\"user_ratings\":30")),
                 qPrintable(last.newValue));
        QCOMPARE(last.oldValue, log[1].newValue);
        QVERIFY(log[1].oldValue.isEmpty());
        QCOMPARE(last.at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(log[1].id < last.id);
    }

    void emptyActorIsRefused()
    {
        auto store = SqliteStore::create(newPath());
        QVERIFY_THROWS_EXCEPTION(InputError, store->replacePanel(fullPanel(), QStringLiteral(" ")));
        QVERIFY(store->loadPanel() == Panel());
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
