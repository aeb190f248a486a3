// validatePanel on Panel values directly: what a file cannot express (NaN, infinities,
// lists of another category kind) and the id syntax. The file-level rules are covered
// row by row in tst_panelfile.cpp.

#include "PanelFixtures.h"

#include "domain/Errors.h"
#include "domain/PanelValidator.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace pd;
using pd::test::fullPanel;

using Edit = std::function<void(Panel &)>;
Q_DECLARE_METATYPE(Edit)

class TestPanelValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullPanelIsValid();
    void ids_data();
    void ids();
    void rejects_data();
    void rejects();
    void stepToleranceIsRelative();
    void bandsAccepted_data();
    void bandsAccepted();
    void bandOfScore_data();
    void bandOfScore();
};

void TestPanelValidator::fullPanelIsValid()
{
    validatePanel(fullPanel());
}

void TestPanelValidator::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << QStringLiteral("lg") << true;
    QTest::newRow("all classes") << QStringLiteral("A-z_0.9") << true;
    QTest::newRow("one char") << QStringLiteral("x") << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
    QTest::newRow("Hangul") << QString::fromUtf8("팀") << false;
    QTest::newRow("fullwidth digit") << QString::fromUtf8("\xEF\xBC\x91") << false;
    QTest::newRow("accented letter") << QString::fromUtf8("\xC3\xA9") << false;
}

void TestPanelValidator::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidId(id), valid);
}

void TestPanelValidator::rejects_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");   // start of the message
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    auto row = [](const char *name, Edit edit, const char *expected) {
        QTest::newRow(name) << edit << QString::fromUtf8(expected);
    };

    row("NaN expert score", [=](Panel &p) { p.expertScores[2].score = nan; },
        "expert_scores[2].score: expected a finite number");
    row("infinite result", [=](Panel &p) { p.benchmarkResults[3].score = inf; },
        "benchmark_results[3].score: expected a finite number");
    row("NaN target", [=](Panel &p) { p.benchmarkResults[0].target = nan; },
        "benchmark_results[0].target: expected a finite number");
    row("infinite category points", [=](Panel &p) { p.categories[0].points = inf; },
        "categories[0].points: expected a finite number");
    row("NaN group points", [=](Panel &p) { p.categories[0].groups[1].points = nan; },
        "categories[0].groups[1].points: expected a finite number");
    row("NaN weight", [=](Panel &p) { p.categories[0].groups[0].benchmarks[0].weight = nan; },
        "categories[0].groups[0].benchmarks[0].weight: expected a finite number");
    row("NaN configured target",
        [=](Panel &p) { p.categories[0].groups[0].benchmarks[1].targets = {{QStringLiteral("lg"), nan}}; },
        "categories[0].groups[0].benchmarks[1].targets[0].target: expected a finite number");
    row("infinite configured target",
        [=](Panel &p) {
            p.categories[0].groups[3].benchmarks[3].targets = {{QStringLiteral("naver"), 1},
                                                               {QStringLiteral("lg"), inf}};
        },
        "categories[0].groups[3].benchmarks[3].targets[1].target: expected a finite number");
    row("configured target outside target_ratio",
        [](Panel &p) { p.categories[0].groups[4].benchmarks[0].targets = {{QStringLiteral("lg"), 50}}; },
        "categories[0].groups[4].benchmarks[0].targets: targets are allowed only in a group that "
        "uses target_ratio (group \"abs\" uses absolute)");
    row("configured target for a team outside the benchmark's",
        [](Panel &p) { p.categories[0].groups[3].benchmarks[3].targets = {{QStringLiteral("skt"), 50}}; },
        "categories[0].groups[3].benchmarks[3].targets[0].team: benchmark \"shared.ind\" does not "
        "apply to team \"skt\"");
    row("NaN result target with a configured one",
        [=](Panel &p) {
            p.categories[0].groups[0].benchmarks[0].targets = {{QStringLiteral("lg"), 88}};
            p.benchmarkResults[0].target = nan;
        },
        "benchmark_results[0].target: expected a finite number");
    row("infinite step", [=](Panel &p) { p.categories[1].rubric[0].step = inf; },
        "categories[1].items[0].step: expected a finite number");

    // Score bands of rubric items: each message at its path.
    const auto bands = [](std::vector<RubricBand> list) {
        return [list](Panel &p) { p.categories[1].rubric[2].bands = list; };   // impact: 10 points
    };
    const QString a = QStringLiteral("a"), b = QStringLiteral("b");
    row("band above the points", bands({{0, a}, {12, b}}),
        "categories[1].items[2].bands[1].from: 12 is above the item's 10 points");
    row("band just above the points", bands({{10.000001, a}}),
        "categories[1].items[2].bands[0].from: 10.000001 is above the item's 10 points");
    row("band negative", bands({{-0.5, a}}),
        "categories[1].items[2].bands[0].from: must not be negative (found -0.5)");
    row("band NaN", bands({{0, a}, {nan, b}}),
        "categories[1].items[2].bands[1].from: expected a finite number");
    row("band infinite", bands({{inf, a}}),
        "categories[1].items[2].bands[0].from: expected a finite number");
    row("bands equal", bands({{0, a}, {4, b}, {4, a}}),
        "categories[1].items[2].bands[2].from: 4 must be above the previous band's 4 (bands ascending)");
    row("bands descending", bands({{6, a}, {3, b}}),
        "categories[1].items[2].bands[1].from: 3 must be above the previous band's 6 (bands ascending)");
    row("band description empty", bands({{0, QString()}}),
        "categories[1].items[2].bands[0].description: a description is required");
    row("band description blank", bands({{0, a}, {5, QString::fromUtf8(" \t\u3000\u00a0\n")}}),
        "categories[1].items[2].bands[1].description: a description is required");
    row("band in the first item", [](Panel &p) { p.categories[1].rubric[0].bands = {{11, QStringLiteral("x")}}; },
        "categories[1].items[0].bands[0].from: 11 is above the item's 10 points");
    row("NaN min_total", [=](Panel &p) { p.round.cut.minTotal = nan; },
        "round.cut.min_total: expected a finite number");
    row("rubric in a benchmark category",
        [](Panel &p) { p.categories[0].rubric.push_back({QStringLiteral("x"), {}, 1, 1}); },
        "categories[0].items: rubric items are not allowed in a category of kind \"benchmark\"");
    row("groups in a user category",
        [](Panel &p) { p.categories[2].groups.push_back({}); },
        "categories[2].groups: not allowed in a category of kind \"user\"");
    row("user items in an expert category",
        [](Panel &p) { p.categories[1].userItems.push_back({QStringLiteral("x"), {}, 1}); },
        "categories[1].items: user items are not allowed in a category of kind \"expert\"");
    row("no categories", [](Panel &p) { p.categories.clear(); p.round.tieBreak.clear(); },
        "categories: at least one category is required");
    row("empty round id", [](Panel &p) { p.round.id.clear(); }, "round.id: \"\" is not a valid id");
    row("benchmark group of zero points",
        [](Panel &p) {
            p.categories[0].groups[2].points = 0;
            p.categories[0].groups[1].points += 2.5;
        },
        "categories[0].groups[2].points: must be greater than 0 (found 0)");
    row("user normalization target_ratio",
        [](Panel &p) { p.categories[2].userNormalization = Normalization::TargetRatio; },
        "categories[2].normalization: expected absolute or best_ratio for a user category "
        "(found \"target_ratio\")");
    row("sum off by more than 1e-9",
        [](Panel &p) { p.categories[0].groups[0].points += 2e-9; },
        "categories[0].groups: group points sum to 40.000000002, expected the category's 40");
    row("score just above points",
        [](Panel &p) { p.expertScores[6].score = std::nextafter(15.0, 16.0); },
        "expert_scores[6].score: 15.000000000000002 is above the item's 15 points");
    row("a draft sheet from a conflicted reviewer",
        [](Panel &p) { p.reviewers[0].conflicts << QStringLiteral("skt"); },
        "expert_scores[3].reviewer: reviewer \"e01\" has a declared conflict of interest with "
        "team \"skt\"");
}

void TestPanelValidator::rejects()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    Panel panel = fullPanel();
    edit(panel);
    try {
        validatePanel(panel);
        QFAIL("accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().startsWith(expected), qPrintable(error.message()));
    }
}

void TestPanelValidator::stepToleranceIsRelative()
{
    Panel panel = fullPanel();
    panel.categories[1].rubric[2].step = 0.1;   // impact: 10 points in steps of 0.1
    panel.expertScores[2].score = 0.1 * 3;         // 0.30000000000000004
    panel.expertScores[4].score = 0.7 + 0.1;       // 0.7999999999999999
    panel.expertScores[9].score = 9.9;
    validatePanel(panel);
    panel.expertScores[9].score = 9.95;
    QVERIFY_THROWS_EXCEPTION(InputError, validatePanel(panel));
    panel.expertScores[9].score = 9.9 + 1e-7;
    QVERIFY_THROWS_EXCEPTION(InputError, validatePanel(panel));
}

using Bands = std::vector<RubricBand>;
Q_DECLARE_METATYPE(Bands)

void TestPanelValidator::bandsAccepted_data()
{
    QTest::addColumn<Bands>("bands");
    const QString d = QString::fromUtf8("설명");
    QTest::newRow("none") << Bands{};
    QTest::newRow("one from 0") << Bands{{0, d}};
    QTest::newRow("first above 0") << Bands{{3, d}, {7, d}};
    QTest::newRow("last at the points") << Bands{{0, d}, {10, d}};
    QTest::newRow("off the step") << Bands{{0, d}, {3.3, d}};   // bands need not sit on the step
}

void TestPanelValidator::bandsAccepted()
{
    QFETCH(Bands, bands);
    Panel panel = fullPanel();
    panel.categories[1].rubric[2].bands = bands;
    validatePanel(panel);
}

// RubricItem::bandOf: the last band whose `from` is at most the score.
void TestPanelValidator::bandOfScore_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("band");   // -1: none
    QTest::newRow("below the first") << 1.5 << -1;
    QTest::newRow("at the first") << 2.0 << 0;
    QTest::newRow("inside the first") << 4.5 << 0;
    QTest::newRow("at a boundary") << 5.0 << 1;
    QTest::newRow("just below the last") << 7.75 << 1;
    QTest::newRow("the last") << 8.0 << 2;
    QTest::newRow("the points") << 10.0 << 2;
}

void TestPanelValidator::bandOfScore()
{
    QFETCH(double, score);
    QFETCH(int, band);
    RubricItem item{QStringLiteral("i"), QStringLiteral("I"), 10, 0.25,
                    {{2, QStringLiteral("low")}, {5, QStringLiteral("mid")}, {8, QStringLiteral("high")}}};
    const RubricBand *found = item.bandOf(score);
    QCOMPARE(found ? int(found - item.bands.data()) : -1, band);
    QVERIFY(RubricItem{}.bandOf(score) == nullptr);
}

QTEST_GUILESS_MAIN(TestPanelValidator)
#include "tst_panelvalidator.moc"
