// Panel files: canonical writing, strict reading, and one rejected edit per rule.

#include "PanelFixtures.h"
#include "RejectedEdits.h"

#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pd;
using pd::test::fullPanel;
using pd::test::readFixture;

Q_DECLARE_METATYPE(std::function<void(pd::Panel &)>)

class TestPanelFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripGivesEqualPanel();
    void rewriteIsByteIdentical();
    void writerOutputIsCanonicalGolden();
    void fixtureReadsBackAsBuilt();
    void omittedOptionalKeysTakeDefaults();
    void writerOmitsDefaultsAndReadsThemBack();
    void bandsRoundTrip_data();
    void bandsRoundTrip();
    void bandsAreWrittenOneLineEach();
    void byteOrderMarkIsAccepted();
    void configuredTargetsRoundTrip();
    void configuredTargetStandsInForAResultsTarget();
    void rejectsEdit_data();
    void rejectsEdit();
    void rejectsNonObjectDocuments_data();
    void rejectsNonObjectDocuments();
    void readFileReportsMissingFile();
    void writeFileIsReadable();
    void writeFileReportsStoreError();
    void writeFileKeepsOldFileOnFailure();
};

void TestPanelFile::roundTripGivesEqualPanel()
{
    const Panel original = fullPanel();
    const Panel back = parsePanelJson(writePanelJson(original), QStringLiteral("mem"));
    QVERIFY(back == original);
}

void TestPanelFile::rewriteIsByteIdentical()
{
    const QByteArray first = writePanelJson(fullPanel());
    const QByteArray second = writePanelJson(parsePanelJson(first, QStringLiteral("mem")));
    QCOMPARE(second, first);
    QCOMPARE(writePanelJson(fullPanel()), first);   // deterministic
}

void TestPanelFile::writerOutputIsCanonicalGolden()
{
    // The canonical form is an interface (fingerprints are computed over it): a change here
    // must be deliberate, with the fixture regenerated.
    const QByteArray golden = readFixture(QStringLiteral("panels/full.json"));
    QVERIFY(!golden.isEmpty());
    QCOMPARE(writePanelJson(fullPanel()), golden);
    QVERIFY(golden.endsWith("}\n"));
    QVERIFY(golden.contains("\"name\": \"독자 AI 파운데이션 모델 프로젝트\""));   // unescaped
    QVERIFY(golden.contains("\"points\": 12.5,"));
    QVERIFY(golden.contains("\"score\": 81, \"target\": 88}"));   // no ".0"
}

void TestPanelFile::fixtureReadsBackAsBuilt()
{
    const Panel panel = parsePanelJson(readFixture(QStringLiteral("panels/full.json")),
                                       QStringLiteral("full.json"));
    QVERIFY(panel == fullPanel());
}

void TestPanelFile::omittedOptionalKeysTakeDefaults()
{
    const Panel panel = parsePanelJson(readFixture(QStringLiteral("panels/minimal.json")),
                                       QStringLiteral("minimal.json"));
    QCOMPARE(panel.program.notice, QString());
    QVERIFY(panel.round.evaluationDate.isNull());
    QCOMPARE(panel.round.appealDays, 10);
    QCOMPARE(panel.round.displayDecimals, 1);
    QCOMPARE(panel.round.cut.advance, std::optional<int>(1));
    QVERIFY(!panel.round.cut.eliminate);
    QVERIFY(!panel.round.cut.minTotal);
    QVERIFY(panel.round.tieBreak.isEmpty());
    QVERIFY(panel.round.tieResolutions.empty());

    const Category &bench = panel.categories.at(0);
    QCOMPARE(bench.groups.at(0).achievementCap, 1.0);
    QCOMPARE(bench.groups.at(1).scaleMax, 100.0);
    const Benchmark &m1 = bench.groups.at(0).benchmarks.at(0);
    QCOMPARE(m1.higherIsBetter, true);
    QCOMPARE(m1.weight, 1.0);
    QVERIFY(m1.teams.isEmpty());

    const Category &expert = panel.categories.at(1);
    QVERIFY(expert.aggregation == Aggregation::Mean);
    QCOMPARE(expert.trim, 1);
    QCOMPARE(expert.rubric.at(0).step, 0.5);

    QCOMPARE(panel.categories.at(2).userItems.at(0).weight, 1.0);
    QCOMPARE(panel.teams.at(0).model, QString());
    QCOMPARE(panel.teams.at(0).enteredRound, QStringLiteral("R2"));
    QVERIFY(panel.reviewers.empty());
    QVERIFY(panel.benchmarkResults.empty());
    QVERIFY(panel.expertScores.empty());
    QVERIFY(panel.userRatings.empty());
    QVERIFY(panel.independence.empty());
}

void TestPanelFile::writerOmitsDefaultsAndReadsThemBack()
{
    const Panel minimal = parsePanelJson(readFixture(QStringLiteral("panels/minimal.json")),
                                         QStringLiteral("minimal.json"));
    const QByteArray written = writePanelJson(minimal);
    QVERIFY(!written.contains("\"notice\""));
    QVERIFY(!written.contains("\"evaluation_date\""));
    QVERIFY(!written.contains("\"min_total\""));
    QVERIFY(!written.contains("\"teams\": [\""));      // benchmark teams
    QVERIFY(!written.contains("\"trim\""));
    QVERIFY(written.contains("\"aggregation\": {\"method\": \"mean\"}"));
    QVERIFY(written.contains("\"achievement_cap\": 1,"));   // always for target_ratio
    QVERIFY(written.contains("\"scale_max\": 100,"));        // always for absolute
    QVERIFY(parsePanelJson(written, QStringLiteral("mem")) == minimal);

    // Non-default values where they have no effect are kept too (lossless).
    Panel odd = minimal;
    odd.categories[0].groups[1].achievementCap = 0.75;
    odd.categories[0].groups[0].scaleMax = 10;
    odd.categories[1].trim = 3;
    odd.benchmarkResults.push_back({QStringLiteral("t1"), QStringLiteral("m2"), 5, 7.5});
    QVERIFY(parsePanelJson(writePanelJson(odd), QStringLiteral("mem")) == odd);
}

void TestPanelFile::byteOrderMarkIsAccepted()
{
    const QByteArray bytes = "\xEF\xBB\xBF" + readFixture(QStringLiteral("panels/full.json"));
    QVERIFY(parsePanelJson(bytes, QStringLiteral("bom.json")) == fullPanel());
}

// Each row applies one textual edit to full.json (the find text must occur exactly once) and
// expects an InputError whose message starts with "full.json" and contains `expected`.
// Issue 16: "targets" of a benchmark is written after "teams", inline, only when there are
// some; a panel without any writes the bytes it always did (the golden above).
void TestPanelFile::configuredTargetsRoundTrip()
{
    Panel panel = fullPanel();
    Benchmark &niaMath = panel.categories[0].groups[0].benchmarks[0];
    niaMath.targets = {{QStringLiteral("skt"), 90.5}, {QStringLiteral("lg"), 88.0}};
    Benchmark &lgInd = panel.categories[0].groups[3].benchmarks[0];
    lgInd.targets = {{QStringLiteral("lg"), 1e-7}};
    const QByteArray written = writePanelJson(panel);
    QVERIFY(written.contains(
        "{\"id\": \"nia-math\", \"name\": \"수학\", \"higher_is_better\": true, \"weight\": 1, "
        "\"targets\": [{\"team\": \"skt\", \"target\": 90.5}, {\"team\": \"lg\", \"target\": 88}]}"));
    QVERIFY(written.contains("\"teams\": [\"lg\"], \"targets\": [{\"team\": \"lg\", \"target\": 1e-7}]}"));
    const Panel back = parsePanelJson(written, QStringLiteral("mem"));
    QVERIFY(back == panel);
    QCOMPARE(back.categories[0].groups[0].benchmarks[0].targets.size(), std::size_t(2));
    QCOMPARE(writePanelJson(back), written);

    // Without them again: byte for byte the golden file, no "targets" key anywhere.
    niaMath.targets.clear();
    lgInd.targets.clear();
    const QByteArray plain = writePanelJson(panel);
    QVERIFY(!plain.contains("\"targets\""));
    QCOMPARE(plain, readFixture(QStringLiteral("panels/full.json")));
}

// A target_ratio result without its own target is valid when the benchmark configures a
// target for the team, and only then.
void TestPanelFile::configuredTargetStandsInForAResultsTarget()
{
    QByteArray text = readFixture(QStringLiteral("panels/full.json"));
    const QByteArray niaMath =
        "{\"id\": \"nia-math\", \"name\": \"수학\", \"higher_is_better\": true, \"weight\": 1}";
    QCOMPARE(text.count(niaMath), 1);
    QCOMPARE(text.count("\"score\": 79.25, \"target\": 88}"), 1);
    text.replace("\"score\": 79.25, \"target\": 88}", "\"score\": 79.25}");   // skt's result
    auto configured = [&](const char *team) {
        QByteArray edited = text;
        const QByteArray with = "{\"id\": \"nia-math\", \"name\": \"수학\", \"higher_is_better\": "
                                "true, \"weight\": 1, \"targets\": [{\"team\": \"" + QByteArray(team)
                                + "\", \"target\": 90}]}";
        edited.replace(niaMath, with);
        return edited;
    };
    const Panel panel = parsePanelJson(configured("skt"), QStringLiteral("full.json"));
    QCOMPARE(panel.benchmarkResults[2].team, QStringLiteral("skt"));
    QVERIFY(!panel.benchmarkResults[2].target);
    QCOMPARE(panel.categories[0].groups[0].benchmarks[0].configuredTarget(QStringLiteral("skt")),
             std::optional<double>(90.0));
    for (const QByteArray &refused : {text, configured("lg")}) {
        try {
            parsePanelJson(refused, QStringLiteral("full.json"));
            QFAIL("accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(QStringLiteral(
                         "benchmark_results[2].target: required because group \"nia\" uses "
                         "target_ratio (and benchmark \"nia-math\" configures no target for team "
                         "\"skt\")")),
                     qPrintable(error.message()));
        }
    }
}

void TestPanelFile::rejectsEdit_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *find, const QByteArray &replace,
                  const char *expected) {
        QTest::newRow(name) << QByteArray(find) << replace << QString::fromUtf8(expected);
    };

    addRejectedEdits(row);
}

// Score bands of rubric items (extension "bands", docs/panel-file.md).
using BandsEdit = std::function<void(Panel &)>;

void TestPanelFile::bandsRoundTrip_data()
{
    QTest::addColumn<BandsEdit>("edit");
    const auto str = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("none") << BandsEdit([](Panel &) {});
    QTest::newRow("one item") << BandsEdit([=](Panel &p) {
        p.categories[1].rubric[0].bands = {{0, str("부족")}, {5, str("보통")}, {8, str("우수")}};
    });
    QTest::newRow("every item, first above 0, last at the points") << BandsEdit([=](Panel &p) {
        p.categories[1].rubric[0].bands = {{2.5, str("a")}};
        p.categories[1].rubric[1].bands = {{0, str("없음")}, {7.5, str("있음")}, {15, str("만점")}};
        p.categories[1].rubric[2].bands = {{0.25, str("x")}, {9.75, str("y")}};
    });
    QTest::newRow("escapes and Korean") << BandsEdit([=](Panel &p) {
        p.categories[1].rubric[2].bands = {{0, str("\"인용\"과 줄\n바꿈\t탭 \\")}, {1e-7, str("tiny")}};
    });
}

void TestPanelFile::bandsRoundTrip()
{
    QFETCH(BandsEdit, edit);
    Panel original = fullPanel();
    edit(original);
    const QByteArray first = writePanelJson(original);
    const Panel back = parsePanelJson(first, QStringLiteral("mem"));
    QVERIFY(back == original);
    QCOMPARE(back.categories[1].rubric[0].bands, original.categories[1].rubric[0].bands);
    QCOMPARE(writePanelJson(back), first);   // read -> write gives the same bytes
    const bool any = std::any_of(original.categories[1].rubric.begin(), original.categories[1].rubric.end(),
                                 [](const RubricItem &item) { return !item.bands.empty(); });
    QCOMPARE(first.contains("\"bands\""), any);
    if (!any)   // a panel without bands: the bytes of before (the golden file)
        QCOMPARE(first, readFixture(QStringLiteral("panels/full.json")));
}

void TestPanelFile::bandsAreWrittenOneLineEach()
{
    Panel panel = fullPanel();
    panel.categories[1].rubric[0].bands = {{0, QStringLiteral("low")}, {5, QStringLiteral("mid")}};
    const QByteArray text = writePanelJson(panel);
    QVERIFY2(text.contains("        {\n"
                           "          \"id\": \"strategy\",\n"
                           "          \"name\": \"개발 전략\",\n"
                           "          \"points\": 10,\n"
                           "          \"step\": 0.5,\n"
                           "          \"bands\": [\n"
                           "            {\"from\": 0, \"description\": \"low\"},\n"
                           "            {\"from\": 5, \"description\": \"mid\"}\n"
                           "          ]\n"
                           "        },\n"
                           "        {\"id\": \"tech\", \"name\": \"기술력\", \"points\": 15, \"step\": 1},"),
             text.constData());
}

void TestPanelFile::rejectsEdit()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, expected);

    QByteArray text = readFixture(QStringLiteral("panels/full.json"));
    QCOMPARE(text.count(find), 1);   // the edit is unambiguous
    text.replace(find, replace);
    try {
        parsePanelJson(text, QStringLiteral("full.json"));
        QFAIL("accepted");
    } catch (const InputError &error) {
        const QString message = error.message();
        if (!message.startsWith(QStringLiteral("full.json")) || !message.contains(expected))
            QFAIL(qPrintable(QStringLiteral("message: ") + message));
    }
}

void TestPanelFile::rejectsNonObjectDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << QStringLiteral("x.json: expected a JSON object at the top level");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.json:1:1: ");
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("x.json:1:1: ");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6)
                            << QStringLiteral("x.json:1:1: invalid UTF-8");
    QTest::newRow("raw NUL") << QByteArray("{\"a\"\0: 1}", 9) << QStringLiteral("x.json:1:");
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringLiteral("x.json: format: required key is missing");
    QTest::newRow("100000 deep") << QByteArray(100000, '[')
                                 << QStringLiteral("x.json:1:65: nested deeper than 64 levels");
}

void TestPanelFile::rejectsNonObjectDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    try {
        parsePanelJson(bytes, QStringLiteral("x.json"));
        QFAIL("accepted");
    } catch (const InputError &error) {
        if (!error.message().startsWith(expected))
            QFAIL(qPrintable(QStringLiteral("message: ") + error.message()));
    }
}

void TestPanelFile::readFileReportsMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.json"));
    try {
        readPanelFile(path);
        QFAIL("accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": ")),
                 qPrintable(error.message()));
    }
}

void TestPanelFile::writeFileIsReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.json"));
    writePanelFile(fullPanel(), path);
    QVERIFY(readPanelFile(path) == fullPanel());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), writePanelJson(fullPanel()));

    // Errors from a file name the file.
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"format\": \"paneldesk-panel\",\n  \"version\": 1\n");
    broken.close();
    try {
        readPanelFile(broken.fileName());
        QFAIL("accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().startsWith(broken.fileName() + QStringLiteral(":4:1: ")),
                 qPrintable(error.message()));
    }
}

void TestPanelFile::writeFileReportsStoreError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-dir/panel.json"));
    try {
        writePanelFile(fullPanel(), path);
        QFAIL("written");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": ")),
                 qPrintable(error.message()));
    }
}

void TestPanelFile::writeFileKeepsOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.json"));
    writePanelFile(fullPanel(), path);
    Panel bad = fullPanel();
    bad.benchmarkResults[0].score = std::nan("");   // the writer cannot spell it
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writePanelFile(bad, path));
    QVERIFY(readPanelFile(path) == fullPanel());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("panel.json")});
}

QTEST_GUILESS_MAIN(TestPanelFile)
#include "tst_panelfile.moc"
