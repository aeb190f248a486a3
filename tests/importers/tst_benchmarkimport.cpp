// Benchmark results from CSV and from lm-evaluation-harness results.json
// (importers/BenchmarkPlan.h): the preview lists what changes (old -> new), applying writes
// only the named results with one audit entry each (old and new value), a re-import of the
// same file changes nothing, the mapping is kept by the panel, and every bad file (T8's JSON
// cases included) is refused with its line:column or JSON path and the database unchanged.

#include "../importers/ImportTestSupport.h"

#include "domain/Errors.h"
#include "importers/BenchmarkPlan.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteConnection.h"
#include "storage/SqlHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// A results.json as lm-evaluation-harness 0.4 writes it (abridged), for one model.
QByteArray lmEvalFile(const QByteArray &mmluProValue = "0.512")
{
    return R"({
  "results": {
    "mmlu_pro": {"alias": "mmlu_pro", "exact_match,custom-extract": )" + mmluProValue + R"(,
                 "exact_match_stderr,custom-extract": 0.0045},
    "gpqa_diamond_zeroshot": {"alias": "gpqa_diamond_zeroshot", "acc_norm,none": 0.365,
                              "acc_norm_stderr,none": "N/A"},
    "kmmlu": {"alias": "kmmlu", "acc,none": 0.551, "acc_stderr,none": 0.002},
    "hellaswag": {"alias": "hellaswag", "acc,none": 0.61}
  },
  "groups": {"kmmlu": {"acc,none": 0.551}},
  "group_subtasks": {"kmmlu": ["kmmlu_accounting"]},
  "configs": {"mmlu_pro": {"task": "mmlu_pro", "metric_list": [{"metric": "exact_match",
              "aggregation": "mean", "higher_is_better": true}], "metadata": {"version": 2.0}}},
  "versions": {"mmlu_pro": 2.0, "kmmlu": 2.0},
  "n-shot": {"mmlu_pro": 5, "kmmlu": 0},
  "higher_is_better": {"mmlu_pro": {"exact_match": true}},
  "n-samples": {"mmlu_pro": {"original": 12032, "effective": 12032}},
  "config": {"model": "hf", "model_args": "pretrained=LGAI-EXAONE/K-EXAONE", "batch_size": "auto"},
  "git_hash": "4f5ac2f",
  "date": 1736900000.0
}
)";
}

const BenchmarkMapping kMapping{
    {u"mmlu_pro"_qs, u"exact_match,custom-extract"_qs, u"common-mmlu-pro"_qs, 100},
    {u"gpqa_diamond_zeroshot"_qs, u"acc_norm"_qs, u"common-gpqa-diamond"_qs, 100},
    {u"kmmlu"_qs, u"acc,none"_qs, u"common-kmmlu"_qs, 100},
};

} // namespace

class TestBenchmarkImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void csvPreviewApplyAndReimport();
    void csvWithoutTargetColumnKeepsTargets();
    void csvProblems_data();
    void csvProblems();
    void lmEvalWithMappingKeptByThePanel();
    void lmEvalProblems_data();
    void lmEvalProblems();
    void mappingFileRoundTrip();
    void changedSinceThePreviewIsRefused();
    void configuredTargetStandsInForTheFiles();

private:
    BenchmarkPlan preview(const QByteArray &bytes, const QString &name, const QString &team = {},
                          const std::optional<BenchmarkMapping> &mapping = std::nullopt);
    std::optional<BenchmarkResult> stored(const QString &team, const QString &benchmark) const;

    QTemporaryDir m_template;   // the demo database, made once (its passphrases take a while)
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestBenchmarkImport::initTestCase()
{
    createDemoDatabase(m_template.filePath(u"demo.paneldesk"_qs), {false, u"test"_qs});
}

void TestBenchmarkImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"demo.paneldesk"_qs);
    QVERIFY(QFile::copy(m_template.filePath(u"demo.paneldesk"_qs), m_db));
}

BenchmarkPlan TestBenchmarkImport::preview(const QByteArray &bytes, const QString &name,
                                           const QString &team,
                                           const std::optional<BenchmarkMapping> &mapping)
{
    const QString path = m_dir->filePath(name);
    writeFile(path, bytes);
    auto store = SqliteStore::open(m_db);
    return previewBenchmarkFile(*store, {path, name, team, mapping});
}

std::optional<BenchmarkResult> TestBenchmarkImport::stored(const QString &team,
                                                           const QString &benchmark) const
{
    auto store = SqliteStore::open(m_db);
    for (const BenchmarkResult &r : store->loadScoringInputs().panel.benchmarkResults)
        if (r.team == team && r.benchmark == benchmark)
            return r;
    return std::nullopt;
}

void TestBenchmarkImport::csvPreviewApplyAndReimport()
{
    const std::optional<BenchmarkResult> before = stored(u"lg"_qs, u"common-mmlu-pro"_qs);
    QVERIFY(before && before->target);
    const QByteArray csv = "team,benchmark,score,target\r\nlg,common-mmlu-pro,81.5,82\r\n"
                           "skt,nia-math,\"70\",75.5\r\n";
    BenchmarkPlan plan = preview(csv, u"results.csv"_qs);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(2));
    QCOMPARE(plan.changes[0].before, before);
    QCOMPARE(plan.changes[0].after, (BenchmarkResult{u"lg"_qs, u"common-mmlu-pro"_qs, 81.5, 82.0}));
    QCOMPARE(plan.changes[0].where, u"results.csv:2:1"_qs);
    QVERIFY(describeChange(plan.changes[0]).contains(u"-> 81.5 (target 82)"));
    // the preview wrote nothing
    QCOMPARE(stored(u"lg"_qs, u"common-mmlu-pro"_qs), before);
    {
        auto store = SqliteStore::open(m_db);
        const size_t auditBefore = store->auditLog().size();
        applyBenchmarkPlan(*store, plan, u"secretariat"_qs);
        const auto log = store->auditLog();
        QCOMPARE(log.size(), auditBefore + 2);
        QCOMPARE(log[auditBefore].action, u"import-benchmark-result"_qs);
        QCOMPARE(log[auditBefore].entity, u"benchmark_results/R1/lg/common-mmlu-pro"_qs);
        QVERIFY(log[auditBefore].oldValue.contains(QString::number(before->score)));
        QCOMPARE(log[auditBefore].newValue, u"{\"score\":81.5,\"target\":82}"_qs);
        QVERIFY(log[auditBefore].reason.contains(u"results.csv"));
    }
    QCOMPARE(stored(u"skt"_qs, u"nia-math"_qs)->score, 70.0);
    // the same file again: nothing to write
    plan = preview(csv, u"results.csv"_qs);
    QVERIFY(plan.issues.isEmpty());
    QCOMPARE(plan.changes.size(), size_t(0));
    QCOMPARE(plan.unchanged, 2);
}

void TestBenchmarkImport::csvWithoutTargetColumnKeepsTargets()
{
    const std::optional<BenchmarkResult> before = stored(u"nc"_qs, u"nia-safety"_qs);
    const BenchmarkPlan plan = preview("benchmark,team,score\nnia-safety,nc,12.25\n", u"r.csv"_qs);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(1));
    QCOMPARE(plan.changes[0].after.target, before->target);
}

void TestBenchmarkImport::csvProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    const QByteArray h = "team,benchmark,score,target\n";
    QTest::newRow("unknown team") << QByteArray(h + "kt,nia-math,1,2\n") << u"r.csv:2:1"_qs << u"unknown team"_qs;
    QTest::newRow("unknown benchmark") << QByteArray(h + "lg,mmlu,1,2\n") << u"r.csv:2:1"_qs << u"unknown benchmark"_qs;
    QTest::newRow("other team's benchmark") << QByteArray(h + "skt,lg-ind-1,1,2\n") << u"r.csv:2:1"_qs << u"for lg only"_qs;
    QTest::newRow("named twice") << QByteArray(h + "lg,nia-math,1,2\nlg,nia-math,3,4\n") << u"r.csv:3:1"_qs << u"named twice (first at r.csv:2:1)"_qs;
    QTest::newRow("decimal comma") << QByteArray(h + "lg,nia-math,\"7,5\",9\n") << u"r.csv:2:13"_qs << u"with a dot"_qs;
    QTest::newRow("nan") << QByteArray(h + "lg,nia-math,nan,9\n") << u"r.csv:2:13"_qs << u"not a number"_qs;
    QTest::newRow("1e309") << QByteArray(h + "lg,nia-math,1e309,9\n") << u"r.csv:2:13"_qs << u"not a number"_qs;
    QTest::newRow("target needed") << QByteArray(h + "lg,nia-math,50,\n") << u"r.csv:2:1"_qs << u"needs a target above 0"_qs;
    QTest::newRow("missing score column") << QByteArray("team,benchmark\n") << u"r.csv:1:1"_qs << u"missing column score"_qs;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEt\0", 4) << u"r.csv:1:1"_qs << u"UTF-16"_qs;
    QTest::newRow("NUL") << QByteArray(h + QByteArray("lg,nia\0,1,2\n", 12)) << u"r.csv:2:7"_qs << u"NUL"_qs;
    QTest::newRow("unbalanced quote") << QByteArray(h + "lg,\"nia-math,1,2\n") << u"r.csv:2:4"_qs << u"never closed"_qs;
}

void TestBenchmarkImport::csvProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const QByteArray before = databaseFingerprint(m_db);
    const BenchmarkPlan plan = preview(bytes, u"r.csv"_qs);
    QVERIFY(!plan.issues.isEmpty());
    const QString text = plan.issues.text();
    QVERIFY2(text.startsWith(where), qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
    auto store = SqliteStore::open(m_db);
    QVERIFY_THROWS_EXCEPTION(InputError, applyBenchmarkPlan(*store, plan, u"s"_qs));
    store.reset();
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestBenchmarkImport::lmEvalWithMappingKeptByThePanel()
{
    const std::optional<BenchmarkResult> before = stored(u"lg"_qs, u"common-mmlu-pro"_qs);
    BenchmarkPlan plan = preview(lmEvalFile(), u"results.json"_qs, u"lg"_qs, kMapping);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(3));
    QCOMPARE(plan.changes[0].after.score, 51.2);
    QCOMPARE(plan.changes[0].after.target, before->target);   // lm-eval has no targets
    QCOMPARE(plan.changes[0].where, u"results.json: results.mmlu_pro.exact_match,custom-extract"_qs);
    QCOMPARE(plan.changes[1].after.score, 36.5);   // "acc_norm" matched "acc_norm,none"
    QVERIFY(plan.notes.join(u'\n').contains(u"pretrained=LGAI-EXAONE/K-EXAONE"));
    QVERIFY(plan.notes.join(u'\n').contains(u"hellaswag"));   // not mapped: ignored, said so
    QVERIFY(plan.mapping.has_value());
    {
        auto store = SqliteStore::open(m_db);
        applyBenchmarkPlan(*store, plan, u"secretariat"_qs);
        QCOMPARE(store->loadBenchmarkMapping(), kMapping);
        QCOMPARE(store->auditLog()[store->auditLog().size() - 4].action, u"benchmark-mapping"_qs);
    }
    QCOMPARE(stored(u"lg"_qs, u"common-kmmlu"_qs)->score, 55.1);
    // the next file of the same kind needs no mapping: the panel kept it
    plan = preview(lmEvalFile("0.6"), u"results.json"_qs, u"lg"_qs);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(1));
    QCOMPARE(plan.unchanged, 2);
    QCOMPARE(plan.changes[0].before->score, 51.2);
    QCOMPARE(plan.changes[0].after.score, 60.0);
    QVERIFY(!plan.mapping.has_value());
}

void TestBenchmarkImport::lmEvalProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("team");
    QTest::addColumn<bool>("withMapping");
    QTest::addColumn<QString>("says");
    QTest::newRow("no team") << lmEvalFile() << QString() << true << u"--team"_qs;
    QTest::newRow("no mapping stored") << lmEvalFile() << u"lg"_qs << false << u"no mapping"_qs;
    QTest::newRow("unknown team") << lmEvalFile() << u"kt"_qs << true << u"unknown team"_qs;
    QTest::newRow("string value") << lmEvalFile("\"N/A\"") << u"lg"_qs << true
                                  << u"results.json: results.mmlu_pro.exact_match,custom-extract: expected a number"_qs;
    QTest::newRow("NaN") << lmEvalFile("NaN") << u"lg"_qs << true << u"results.json:3:"_qs;
    QTest::newRow("1e309") << lmEvalFile("1e309") << u"lg"_qs << true << u"results.json"_qs;
    QTest::newRow("duplicate key")
        << QByteArray("{\"results\": {\"kmmlu\": {\"acc,none\": 0.5, \"acc,none\": 0.9}}}")
        << u"lg"_qs << true << u"results.json:1:"_qs;
    QTest::newRow("nested 10^5 deep")
        << QByteArray("{\"results\": {}, \"configs\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}")
        << u"lg"_qs << true << u"nested deeper than"_qs;
    QTest::newRow("no results") << QByteArray("{\"config\": {}}") << u"lg"_qs << true << u"results: expected the \"results\" object"_qs;
    QTest::newRow("metric missing")
        << QByteArray("{\"results\": {\"kmmlu\": {\"acc_norm,none\": 0.5}}}") << u"lg"_qs << true
        << u"the task has no metric acc,none (it has: acc_norm,none)"_qs;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"results\": {\"k\xE9\": {}}}") << u"lg"_qs << true << u"results.json:1:"_qs;
}

void TestBenchmarkImport::lmEvalProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, team);
    QFETCH(bool, withMapping);
    QFETCH(QString, says);
    const QByteArray before = databaseFingerprint(m_db);
    const BenchmarkPlan plan = preview(bytes, u"results.json"_qs, team,
                                       withMapping ? std::optional(kMapping) : std::nullopt);
    QVERIFY(!plan.issues.isEmpty());
    QVERIFY2(plan.issues.text().contains(says), qPrintable(plan.issues.text()));
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestBenchmarkImport::mappingFileRoundTrip()
{
    const QByteArray json = benchmarkMappingJson(kMapping);
    QCOMPARE(parseBenchmarkMapping(json, u"m.json"_qs), kMapping);
    QVERIFY_THROWS_EXCEPTION(InputError, parseBenchmarkMapping(
        R"({"format": "paneldesk-benchmark-mapping", "version": 1, "mappings": [{"task": "a", "metric": "acc", "benchmark": "x", "scale": 0}]})",
        u"m.json"_qs));
    try {
        parseBenchmarkMapping(R"({"format": "paneldesk-benchmark-mapping", "version": 1, "mappings": [
            {"task": "a", "metric": "acc", "benchmark": "x"}, {"task": "b", "metric": "acc", "benchmark": "x"}]})",
                              u"m.json"_qs);
        QFAIL("a benchmark mapped twice was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().contains(u"m.json: mappings[1].benchmark:"), qPrintable(error.message()));
    }
}

void TestBenchmarkImport::changedSinceThePreviewIsRefused()
{
    const BenchmarkPlan plan = preview("team,benchmark,score,target\nlg,nia-math,50,60\n", u"r.csv"_qs);
    QVERIFY(plan.issues.isEmpty());
    // someone else changes that result before this plan is applied
    const BenchmarkPlan other = preview("team,benchmark,score,target\nlg,nia-math,55,60\n", u"o.csv"_qs);
    {
        auto store = SqliteStore::open(m_db);
        applyBenchmarkPlan(*store, other, u"other"_qs);
    }
    const QByteArray before = databaseFingerprint(m_db);
    auto store = SqliteStore::open(m_db);
    QVERIFY_THROWS_EXCEPTION(InputError, applyBenchmarkPlan(*store, plan, u"secretariat"_qs));
    store.reset();
    QCOMPARE(databaseFingerprint(m_db), before);
}

// Issue 16: with lg's target configured on nia-math (and on its individual lg-ind-1), a
// result without a target of its own is accepted for lg (CSV with an empty target cell or
// without the column's value, lm-eval) and stored without one; skt, without a configured
// target, is refused with the message as before; a file's own target still wins.
void TestBenchmarkImport::configuredTargetStandsInForTheFiles()
{
    {   // the configuration as the panel setup would leave it (schema step 15's table)
        SqliteConnection connection(m_db, SqliteConnection::Mode::ReadWrite);
        execSql(connection.db(), QStringLiteral(
            "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) VALUES "
            "('R1', 'nia-math', 'lg', 0, 90.0), ('R1', 'lg-ind-1', 'lg', 1, 50.0)"));
    }
    {
        auto store = SqliteStore::open(m_db);
        const Panel panel = store->loadScoringInputs().panel;
        QCOMPARE(panel.categories.at(0).groups.at(0).benchmarks.at(0).id, u"nia-math"_qs);
        QCOMPARE(panel.categories.at(0).groups.at(0).benchmarks.at(0).configuredTarget(u"lg"_qs),
                 std::optional<double>(90.0));
    }

    BenchmarkPlan plan = preview("team,benchmark,score,target\nlg,nia-math,45,\nlg,lg-ind-1,60,70\n", u"r.csv"_qs);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(2));
    QCOMPARE(plan.changes[0].after, (BenchmarkResult{u"lg"_qs, u"nia-math"_qs, 45.0, std::nullopt}));
    QCOMPARE(plan.changes[1].after.target, std::optional<double>(70.0));   // the file's own wins
    {
        auto store = SqliteStore::open(m_db);
        applyBenchmarkPlan(*store, plan, u"secretariat"_qs);
    }
    const std::optional<BenchmarkResult> stored45 = stored(u"lg"_qs, u"nia-math"_qs);
    QVERIFY(stored45 && !stored45->target);
    {   // scored against the configured 90: the same standings as with 90 on the result
        auto store = SqliteStore::open(m_db);
        Panel panel = store->loadScoringInputs().panel;
        const Standings configured = computeStandings(panel, store->loadScoringInputs().ratingTallies);
        for (BenchmarkResult &r : panel.benchmarkResults)
            if (r.team == u"lg"_qs && r.benchmark == u"nia-math"_qs)
                r.target = 90.0;
        for (Category &c : panel.categories)
            for (BenchmarkGroup &g : c.groups)
                for (Benchmark &b : g.benchmarks)
                    b.targets.clear();
        const Standings onResults = computeStandings(panel, store->loadScoringInputs().ratingTallies);
        QCOMPARE(configured.teams.size(), onResults.teams.size());
        for (std::size_t i = 0; i < configured.teams.size(); ++i)
            QCOMPARE(configured.teams[i].total, onResults.teams[i].total);
    }

    // skt has no configured target: refused, the same message as before, nothing written.
    const QByteArray before = databaseFingerprint(m_db);
    plan = preview("team,benchmark,score,target\nskt,nia-math,45,\n", u"s.csv"_qs);
    QVERIFY2(plan.issues.text().contains(u"s.csv:2:1"_qs)
                 && plan.issues.text().contains(u"benchmark nia-math is in group nia, which compares with a "
                                                "target: the result needs a target above 0"_qs),
             qPrintable(plan.issues.text()));
    // a target of 0 in the file is refused even with a configured one
    plan = preview("team,benchmark,score,target\nlg,nia-math,45,0\n", u"z.csv"_qs);
    QVERIFY2(plan.issues.text().contains(u"needs a target above 0"_qs), qPrintable(plan.issues.text()));
    QCOMPARE(databaseFingerprint(m_db), before);

    // lm-eval: no targets at all; lg's mapped nia-math is taken against its configured target.
    const BenchmarkMapping mapping{{u"kmmlu"_qs, u"acc,none"_qs, u"nia-math"_qs, 100}};
    plan = preview(lmEvalFile(), u"results.json"_qs, u"lg"_qs, mapping);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.text()));
    QCOMPARE(plan.changes.size(), size_t(1));
    QCOMPARE(plan.changes[0].after.score, 55.1);
    QVERIFY(!plan.changes[0].after.target);
}

QTEST_GUILESS_MAIN(TestBenchmarkImport)
#include "tst_benchmarkimport.moc"
