// Changing a panel's configuration in place (services/PanelSetup.h, docs/setup-changes.md):
// who may at which stage (chair, secretariat, expert, observer x no input, scored, locked),
// a change before the first score by the secretariat, a change after scores by the chair
// with a reason that keeps every input (sheets, scores, a sealed draft its reviewer still
// reads, results, ratings and their tallies) and verifies, and the refusals that write
// nothing: a blank reason, each input a change would orphan, an invalid configuration (with
// validatePanel's path) and a locked round; score bands and configured targets carried
// through a change on a scored round, and a configured target a stored result relies on
// refused when removed.
#include "../storage/StorageTestSupport.h"

#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "domain/PanelConfiguration.h"
#include "services/PanelSetup.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <stdexcept>

using namespace pd;
using namespace pd::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// fullPanel() without a single input: members, conflicts and the tie resolution stay.
Panel unscoredPanel()
{
    Panel p = fullPanel();
    p.benchmarkResults.clear();
    p.expertScores.clear();
    p.userRatings.clear();
    p.independence.clear();
    return p;
}

QString refusal(const std::function<void()> &run)
{
    try {
        run();
    } catch (const InputError &e) {
        return e.message();
    }
    return {};
}

std::vector<SheetRecord> sortedSheets(std::vector<SheetRecord> sheets)
{
    std::sort(sheets.begin(), sheets.end(), [](const SheetRecord &a, const SheetRecord &b) {
        return std::pair(a.reviewer, a.team) < std::pair(b.reviewer, b.team);
    });
    return sheets;
}

Category &categoryOf(Panel &p, CategoryKind kind)
{
    for (Category &c : p.categories)
        if (c.kind == kind)
            return c;
    throw std::logic_error("the panel has no category of that kind");
}

} // namespace

Q_DECLARE_METATYPE(pd::SetupAccess)

class TestPanelSetup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("s%1.paneldesk").arg(++m_counter)); }

    QString copyOfDemo()
    {
        const QString copy = newPath();
        [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    // fullPanel() in a new file at `stage`: "none" (no input), "scored", "locked".
    QString panelAt(const QString &stage)
    {
        const QString path = newPath();
        auto store = SqliteStore::create(path);
        store->replacePanel(stage == QLatin1String("none") ? unscoredPanel() : fullPanel(),
                            QStringLiteral("cli"));
        if (stage == QLatin1String("locked"))
            store->lockRound(QStringLiteral("e01"));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
    }

    // fullPanel(): e01 chair, e02 and e03 experts, s01 secretariat, o01 observer.
    void permissions_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("member");
        QTest::addColumn<pd::SetupAccess>("access");
        const struct {
            const char *stage;
            SetupAccess chair, secretariat;
        } stages[] = {{"none", SetupAccess::Prepare, SetupAccess::Prepare},
                      {"scored", SetupAccess::ChangeWithReason, SetupAccess::Refused},
                      {"locked", SetupAccess::Refused, SetupAccess::Refused}};
        for (const auto &s : stages) {
            const QString stage = QString::fromLatin1(s.stage);
            QTest::addRow("%s chair", s.stage) << stage << QStringLiteral("e01") << s.chair;
            QTest::addRow("%s secretariat", s.stage) << stage << QStringLiteral("s01") << s.secretariat;
            QTest::addRow("%s expert", s.stage) << stage << QStringLiteral("e02") << SetupAccess::Refused;
            QTest::addRow("%s observer", s.stage) << stage << QStringLiteral("o01") << SetupAccess::Refused;
            QTest::addRow("%s nobody", s.stage) << stage << QString() << SetupAccess::Refused;
        }
    }

    void permissions()
    {
        QFETCH(QString, stage);
        QFETCH(QString, member);
        QFETCH(pd::SetupAccess, access);
        const QString path = panelAt(stage);
        auto store = SqliteStore::open(path);
        const SetupPermission permission = setupPermission(*store, Actor(member));
        QCOMPARE(permission.access, access);
        QVERIFY(!permission.why.isEmpty());
        if (stage == QLatin1String("locked"))
            QVERIFY2(permission.why.contains(QStringLiteral("locked")), qPrintable(permission.why));
        if (access != SetupAccess::Refused)
            return;
        // A refused member changes nothing, not one byte.
        store.reset();
        const QByteArray before = fileBytes(path);
        Panel setup = fullPanel();
        setup.round.name = QStringLiteral("renamed");
        auto again = SqliteStore::open(path);
        const QString message = refusal([&] {
            changePanelSetup(*again, setup, QStringLiteral("a reason"), Actor(member));
        });
        QCOMPARE(message, permission.why);
        again.reset();
        QVERIFY(fileBytes(path) == before);
    }

    // Before the first score the secretariat prepares the round: a new round id, name and
    // cut, a team removed and one added, an item renamed, a scale changed; members, their
    // conflicts and the tie resolution are kept.
    void secretariatPreparesBeforeFirstScore()
    {
        const QString path = panelAt(QStringLiteral("none"));
        auto store = SqliteStore::open(path);
        Panel setup = unscoredPanel();
        setup.round.id = QStringLiteral("R1-prep");
        setup.round.name = QStringLiteral("1차 평가 (준비)");
        setup.round.cut = Cut{std::nullopt, 3, 50.0};
        setup.round.tieResolutions.clear();   // not configuration: ignored
        setup.reviewers.clear();              // likewise
        std::erase_if(setup.teams, [](const Team &t) { return t.id == QLatin1String("naver"); });
        setup.teams.push_back({QStringLiteral("kt"), QStringLiteral("KT"), QStringLiteral("Mi:dm"),
                               QStringLiteral("R1-prep")});
        for (Category &c : setup.categories)
            for (BenchmarkGroup &g : c.groups)
                for (Benchmark &b : g.benchmarks)
                    if (b.teams.removeAll(QStringLiteral("naver")) > 0)
                        b.teams.append(QStringLiteral("kt"));   // every team needs an individual benchmark
        categoryOf(setup, CategoryKind::Expert).rubric[0].name = QStringLiteral("전략");
        categoryOf(setup, CategoryKind::User).scaleMax = 7;
        const qsizetype entries = qsizetype(store->auditLog().size());

        changePanelSetup(*store, setup, QString(), Actor(QStringLiteral("s01")));

        const Panel after = store->loadPanel();
        QVERIFY(sameConfiguration(after, setup));
        QCOMPARE(after.round.id, QStringLiteral("R1-prep"));
        QCOMPARE(after.reviewers, unscoredPanel().reviewers);
        QCOMPARE(after.round.tieResolutions, unscoredPanel().round.tieResolutions);
        QCOMPARE(qsizetype(store->auditLog().size()), entries + 1);
        const AuditEntry &entry = store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("change-setup"));
        QCOMPARE(entry.actor, QStringLiteral("s01"));
        QVERIFY2(entry.newValue.contains(QStringLiteral("\"kt\"")), qPrintable(entry.newValue));
        QVERIFY2(entry.oldValue.contains(QStringLiteral("\"naver\"")), qPrintable(entry.oldValue));
        QCOMPARE(setupPermission(*store, Actor(QStringLiteral("s01"))).access, SetupAccess::Prepare);
    }

    // After scores the chair changes the configuration with a reason: every input is kept,
    // a draft sealed to its reviewer included, and the file verifies.
    void chairChangesScoredRoundKeepingInputs()
    {
        const QString path = copyOfDemo();
        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        const std::optional<MemberKey> e01 = unlockMemberKey(*store, QStringLiteral("e01"), demoPassphrase(Role::Expert));
        QVERIFY(chair && e01);
        // A draft sealed to e01: the chair reopens e01's sheet for nc.
        store->reopenSheet(QStringLiteral("e01"), QStringLiteral("nc"), QStringLiteral("typo"), Actor(*chair));
        store->setSigner(std::make_shared<const MemberKey>(*e01));
        const std::vector<ExpertScore> draft = store->loadSheetScores(QStringLiteral("e01"), QStringLiteral("nc"));
        QVERIFY(!draft.empty());
        store->setSigner(std::make_shared<const MemberKey>(*chair));
        QVERIFY(store->loadSheetScores(QStringLiteral("e01"), QStringLiteral("nc")).empty());   // sealed
        QCOMPARE(setupPermission(*store, Actor(*chair)).access, SetupAccess::ChangeWithReason);

        const Panel before = store->loadPanel();
        const ScoringInputs inputsBefore = store->loadScoringInputs();
        const std::vector<SheetRecord> sheetsBefore = store->loadSheets();
        Panel setup = before.withoutScoresAndRatings();
        setup.program.notice = QStringLiteral("figures corrected");
        setup.round.name = QStringLiteral("1차 평가 (정정)");
        setup.round.appealDays = 14;
        setup.round.displayDecimals = 2;
        setup.round.cut.minTotal = 40.0;
        setup.teams[0].name = QStringLiteral("LG AI Research");
        setup.teams[0].model = QStringLiteral("EXAONE 4.0");
        std::reverse(setup.teams.begin(), setup.teams.end());   // another order
        Category &expert = categoryOf(setup, CategoryKind::Expert);
        expert.rubric[0].name = QStringLiteral("개발 전략 (수정)");
        expert.aggregation = Aggregation::Median;
        Category &user = categoryOf(setup, CategoryKind::User);
        user.scaleMax = 7;   // every stored rating stays within it
        user.userItems[0].name = QStringLiteral("renamed item");
        Category &bench = categoryOf(setup, CategoryKind::Benchmark);
        bench.groups[0].benchmarks[0].weight = 2.5;
        bench.groups[0].benchmarks[0].name = QStringLiteral("수학 (가중)");
        setup.expertScores = {{QStringLiteral("e01"), QStringLiteral("lg"), QStringLiteral("strategy"), 1, true, {}}};   // ignored

        changePanelSetup(*store, setup, QStringLiteral("the ministry corrected the cut"), Actor(*chair));

        const Panel after = store->loadPanel();
        setup.expertScores.clear();
        QVERIFY(sameConfiguration(after, setup));
        const Panel expected = withConfigurationOf(before, setup);
        QVERIFY2(after == expected, qPrintable(firstDifference(after, expected)));
        const ScoringInputs inputsAfter = store->loadScoringInputs();
        QCOMPARE(inputsAfter.ratingTallies.size(), inputsBefore.ratingTallies.size());
        QVERIFY(inputsAfter.ratingTallies == inputsBefore.ratingTallies);
        QVERIFY(store->ratingTallyProblems().isEmpty());
        QVERIFY(sortedSheets(store->loadSheets()) == sortedSheets(sheetsBefore));   // listed in team order
        // The reviewer still reads their sealed draft.
        store->setSigner(std::make_shared<const MemberKey>(*e01));
        QVERIFY(store->loadSheetScores(QStringLiteral("e01"), QStringLiteral("nc")) == draft);
        store->setSigner(nullptr);

        const AuditEntry &entry = store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("change-setup"));
        QCOMPARE(entry.actor, QStringLiteral("chair"));
        QCOMPARE(entry.signer, QStringLiteral("chair"));
        QCOMPARE(entry.reason, QStringLiteral("the ministry corrected the cut"));
        QVERIFY2(entry.newValue.contains(QStringLiteral("1차 평가 (정정)")), qPrintable(entry.newValue));
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    }

    // After scores, a team, a benchmark and a user item are added, then removed again (they
    // hold no input): the inputs stay, the tallies agree, the file verifies.
    void addAndRemoveWithoutInputsAfterScores()
    {
        const QString path = copyOfDemo();
        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        QVERIFY(chair);
        const Panel before = store->loadPanel();
        Panel grown = before.withoutScoresAndRatings();
        grown.teams.push_back({QStringLiteral("kt"), QStringLiteral("KT"), QStringLiteral("Mi:dm"), QStringLiteral("R1")});
        Category &bench = categoryOf(grown, CategoryKind::Benchmark);
        for (BenchmarkGroup &g : bench.groups) {
            if (!g.benchmarks.front().teams.isEmpty())
                g.benchmarks.front().teams.append(QStringLiteral("kt"));   // an individual benchmark for kt
            else
                g.benchmarks.push_back({QStringLiteral("new-bench-") + g.id, QStringLiteral("new"), true, 1.0, {}, {}});
        }
        categoryOf(grown, CategoryKind::User).userItems.push_back({QStringLiteral("new-item"), QStringLiteral("new"), 5});
        QCOMPARE(refusal([&] { changePanelSetup(*store, grown, QStringLiteral("kt joins"), Actor(*chair)); }), QString());
        QVERIFY(sameConfiguration(store->loadPanel(), grown));
        QCOMPARE(refusal([&] { changePanelSetup(*store, before.withoutScoresAndRatings(), QStringLiteral("kt withdrew"), Actor(*chair)); }),
                 QString());
        const Panel after = store->loadPanel();
        QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
        QVERIFY(store->ratingTallyProblems().isEmpty());
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    }

    // A scored round (the demo) gains the first-evaluation template's Korean score bands on
    // its rubric items and configured targets on a target_ratio benchmark; a second change
    // edits a band and a target and drops one of each. Every input stays, the tallies agree,
    // the file verifies.
    void bandsAndTargetsChangeOnScoredRound()
    {
        const QString path = copyOfDemo();
        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        QVERIFY(chair);
        const Panel before = store->loadPanel();
        const ScoringInputs inputsBefore = store->loadScoringInputs();
        const std::vector<SheetRecord> sheetsBefore = store->loadSheets();

        Panel setup = before.withoutScoresAndRatings();
        Panel model = firstEvaluationTemplate(setup.program.name, setup.round.name, setup.round.evaluationDate, setup.teams);
        int banded = 0;
        for (RubricItem &item : categoryOf(setup, CategoryKind::Expert).rubric) {
            for (const RubricItem &t : categoryOf(model, CategoryKind::Expert).rubric) {
                if (t.id != item.id || t.bands.empty())
                    continue;
                for (const RubricBand &band : t.bands)   // the template's bands on this item's points
                    item.bands.push_back({band.from * item.points / t.points, band.description});
                ++banded;
            }
        }
        QVERIFY(banded > 0);
        Benchmark *targeted = nullptr;
        for (BenchmarkGroup &g : categoryOf(setup, CategoryKind::Benchmark).groups)
            if (g.normalization == Normalization::TargetRatio && !targeted)
                targeted = &g.benchmarks.front();
        QVERIFY(targeted);
        QStringList teams = targeted->teams;
        if (teams.isEmpty())
            for (const Team &t : setup.teams)
                teams << t.id;
        QVERIFY(teams.size() >= 2);
        for (qsizetype i = 0; i < teams.size(); ++i)
            targeted->targets.push_back({teams[i], 80.0 + double(i)});

        const auto changeAndCheck = [&](const Panel &next, const QString &reason) {
            QCOMPARE(refusal([&] { changePanelSetup(*store, next, reason, Actor(*chair)); }), QString());
            const Panel after = store->loadPanel();
            QVERIFY(sameConfiguration(after, next));
            const Panel expected = withConfigurationOf(before, next);
            QVERIFY2(after == expected, qPrintable(firstDifference(after, expected)));
            QVERIFY(store->loadScoringInputs().ratingTallies == inputsBefore.ratingTallies);
            QVERIFY(store->ratingTallyProblems().isEmpty());
            QVERIFY(sortedSheets(store->loadSheets()) == sortedSheets(sheetsBefore));
            QCOMPARE(store->auditLog().back().action, QStringLiteral("change-setup"));
        };
        changeAndCheck(setup, QStringLiteral("score bands and targets"));
        if (QTest::currentTestFailed())
            return;
        {   // the template's Korean descriptions are stored as given
            Panel stored = store->loadPanel();
            QCOMPARE(categoryOf(stored, CategoryKind::Expert).rubric, categoryOf(setup, CategoryKind::Expert).rubric);
        }

        Panel edited = store->loadPanel().withoutScoresAndRatings();
        for (RubricItem &item : categoryOf(edited, CategoryKind::Expert).rubric) {
            if (item.bands.size() < 2)
                continue;
            item.bands[1].description = QStringLiteral("근거가 일부 부족함 (수정)");
            item.bands.pop_back();
            break;
        }
        for (BenchmarkGroup &g : categoryOf(edited, CategoryKind::Benchmark).groups) {
            for (Benchmark &b : g.benchmarks) {
                if (b.targets.empty())
                    continue;
                b.targets.front().target = 95.5;
                b.targets.pop_back();
            }
        }
        QVERIFY(!sameConfiguration(edited, setup));
        changeAndCheck(edited, QStringLiteral("a band reworded, a target corrected"));
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    }

    // A configured target that a stored result relies on (skt's nia-math result has no target
    // of its own in panelWithTargets()) cannot be removed: the validator names the result's
    // path, and nothing is written. Removing a target no result relies on is fine.
    void configuredTargetReliedOnIsKept()
    {
        const QString path = newPath();
        {
            auto store = SqliteStore::create(path);
            store->replacePanel(panelWithTargets(), QStringLiteral("cli"));
        }
        Panel setup;
        {
            auto store = SqliteStore::open(path);
            setup = store->loadPanel().withoutScoresAndRatings();
        }
        Benchmark &niaMath = setup.categories[0].groups[0].benchmarks[0];
        QCOMPARE(niaMath.id, QStringLiteral("nia-math"));
        std::erase_if(niaMath.targets, [](const BenchmarkTarget &t) { return t.team == QLatin1String("skt"); });
        const QByteArray before = fileBytes(path);
        QString refused;
        {
            auto store = SqliteStore::open(path);
            refused = refusal([&] { changePanelSetup(*store, setup, QStringLiteral("skt's target withdrawn"), Actor(QStringLiteral("e01"))); });
        }
        QVERIFY2(refused.startsWith(QStringLiteral("benchmark_results[")) && refused.contains(QStringLiteral("].target: required because group"))
                     && refused.contains(QStringLiteral("configures no target for team \"skt\"")),
                 qPrintable(refused));
        QVERIFY(fileBytes(path) == before);

        // lg's target on nia-math: lg's result carries its own target.
        std::erase_if(niaMath.targets, [](const BenchmarkTarget &t) { return t.team == QLatin1String("lg"); });
        niaMath.targets.insert(niaMath.targets.begin(), {QStringLiteral("skt"), 91.0});
        auto store = SqliteStore::open(path);
        QCOMPARE(refusal([&] { changePanelSetup(*store, setup, QStringLiteral("lg's target withdrawn"), Actor(QStringLiteral("e01"))); }),
                 QString());
        const Panel after = store->loadPanel();
        QCOMPARE(after.categories[0].groups[0].benchmarks[0].targets, niaMath.targets);
        QCOMPARE(after.benchmarkResults, panelWithTargets().benchmarkResults);
    }

    // The refusals after scores: nothing is written, not one byte.
    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");   // the start of the refusal
        const QString why = QStringLiteral("a reason");
        QTest::newRow("blank reason") << "cut" << QStringLiteral("  ") << QStringLiteral("scores are already entered: changing the configuration needs a reason");
        QTest::newRow("team removed") << "remove team" << why << QStringLiteral("teams: \"lg\" has 10 sheets, 30 expert scores, ");
        QTest::newRow("team renamed") << "rename team" << why << QStringLiteral("teams: \"lg\" has ");
        QTest::newRow("rubric item removed") << "remove rubric item" << why << QStringLiteral("categories: rubric item \"impact\" has 50 expert scores: it cannot be removed");
        QTest::newRow("benchmark removed") << "remove benchmark" << why << QStringLiteral("categories: benchmark \"nia-math\" has 5 benchmark results: it cannot be removed");
        QTest::newRow("user item removed") << "remove user item" << why << QStringLiteral("categories: user item \"usability\" has ");
        QTest::newRow("round id") << "round id" << why << QStringLiteral("round.id: round \"R1\" holds inputs: its id cannot change to \"R2\"");
        QTest::newRow("invalid points") << "points" << why << QStringLiteral("categories[1]");
        QTest::newRow("rating out of scale") << "scale" << why << QStringLiteral("user_ratings[");
        QTest::newRow("new rubric item") << "add rubric item" << why << QString();   // submitted sheets lack it
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        const QString path = copyOfDemo();
        Panel setup;
        {
            auto store = SqliteStore::open(path);
            setup = store->loadPanel().withoutScoresAndRatings();
        }
        Category &expert = categoryOf(setup, CategoryKind::Expert);
        Category &user = categoryOf(setup, CategoryKind::User);
        Category &bench = categoryOf(setup, CategoryKind::Benchmark);
        if (change == QLatin1String("cut")) {
            setup.round.cut.minTotal = 10.0;
        } else if (change == QLatin1String("remove team")) {
            std::erase_if(setup.teams, [](const Team &t) { return t.id == QLatin1String("lg"); });
        } else if (change == QLatin1String("rename team")) {
            for (Team &t : setup.teams)
                if (t.id == QLatin1String("lg"))
                    t.id = QStringLiteral("lg-ai");
        } else if (change == QLatin1String("remove rubric item")) {
            expert.rubric.pop_back();
        } else if (change == QLatin1String("remove benchmark")) {
            bench.groups[0].benchmarks.erase(bench.groups[0].benchmarks.begin());
        } else if (change == QLatin1String("remove user item")) {
            std::erase_if(user.userItems, [](const UserItem &i) { return i.id == QLatin1String("usability"); });
        } else if (change == QLatin1String("round id")) {
            setup.round.id = QStringLiteral("R2");
        } else if (change == QLatin1String("points")) {
            expert.rubric[0].points += 1;
        } else if (change == QLatin1String("scale")) {
            user.scaleMin = 2;   // the demo holds ratings of 1
        } else if (change == QLatin1String("add rubric item")) {
            // the submitted sheets would lack it
            expert.points += 1;
            expert.rubric.push_back({QStringLiteral("new-item"), QStringLiteral("new"), 1, 0.5});
        }
        const QByteArray before = fileBytes(path);
        QString refused;
        {
            auto store = SqliteStore::open(path);
            const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
            QVERIFY(chair);
            refused = refusal([&] { changePanelSetup(*store, setup, reason, Actor(*chair)); });
        }
        QVERIFY2(refused.startsWith(message), qPrintable(refused));
        if (change == QLatin1String("remove team"))
            QVERIFY2(refused.contains(QStringLiteral("user ratings")) && refused.endsWith(QStringLiteral(": it cannot be removed")),
                     qPrintable(refused));
        if (change == QLatin1String("points") || change == QLatin1String("scale") || change == QLatin1String("add rubric item"))
            QVERIFY2(refused.contains(QStringLiteral(": ")), qPrintable(refused));   // "path: message"
        QVERIFY(fileBytes(path) == before);
    }

    void lockedRoundRefused()
    {
        const QString path = copyOfDemo();
        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        QVERIFY(chair);
        store->lockRound(Actor(*chair));
        Panel setup = store->loadPanel().withoutScoresAndRatings();
        setup.round.name = QStringLiteral("late");
        const qsizetype entries = qsizetype(store->auditLog().size());
        const QString refused = refusal([&] {
            changePanelSetup(*store, setup, QStringLiteral("late change"), Actor(*chair));
        });
        QVERIFY2(refused.contains(QStringLiteral("round R1 is locked")), qPrintable(refused));
        QCOMPARE(qsizetype(store->auditLog().size()), entries);
        // The store refuses it too, whoever calls it.
        QVERIFY(!refusal([&] { store->changeConfiguration(setup, QStringLiteral("x"), Actor(*chair)); }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPanelSetup)
#include "tst_panelsetup.moc"
