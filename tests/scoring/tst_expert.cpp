// R3: expert sheets and their aggregation (mean, median, trimmed mean), drafts, incomplete
// sheets, conflicts of interest and teams without a submitted sheet. Expected values are
// computed by hand from the rule text.

#include "ScoringTestHelpers.h"
#include "scoring/Aggregation.h"
#include "scoring/ExpertScoring.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>

using pd::Aggregation;

namespace {

const QString kA = QStringLiteral("A");
const QString kB = QStringLiteral("B");
const QString kC = QStringLiteral("C");
const QString kI1 = QStringLiteral("i1");
const QString kI2 = QStringLiteral("i2");

// A 20-point expert category with two 10-point items.
pd::Category twentyPointCategory(Aggregation aggregation = Aggregation::Mean, int trim = 1)
{
    return pdtest::expertCategory(QStringLiteral("expert"), 20,
                                  {pdtest::rubricItem(kI1, 10), pdtest::rubricItem(kI2, 10)},
                                  aggregation, trim);
}

// A sheet whose items add up to `total` (i1 takes up to 10, i2 the rest).
void addSheetWithTotal(pd::Panel &panel, const QString &reviewer, const QString &team,
                       double total, bool submitted = true)
{
    const double first = std::min(total, 10.0);
    pdtest::addSheet(panel, reviewer, team, {{kI1, first}, {kI2, total - first}}, submitted);
}

bool hasFlag(const pd::CategoryResult &r, const char *flag)
{
    return r.flags.contains(QLatin1String(flag));
}

} // namespace

class TestExpert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregate_data();
    void aggregate();
    void categoryAggregation_data();
    void categoryAggregation();
    void draftsAreIgnored();
    void incompleteSubmittedSheetIsIgnored();
    void conflictedReviewerIsIgnored();
    void noSubmittedSheet();
    void itemsOfOtherCategoriesDoNotCount();
    void anonymousTotalsScoreAlike_data() { categoryAggregation_data(); }
    void anonymousTotalsScoreAlike();
};

void TestExpert::aggregate_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<Aggregation>("method");
    QTest::addColumn<int>("trim");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("trimSkipped");

    // (6 + 8 + 10)/3 = 8
    QTest::newRow("mean") << QList<double>{6, 8, 10} << Aggregation::Mean << 1 << 8.0 << false;
    QTest::newRow("mean of one") << QList<double>{7.5} << Aggregation::Mean << 1 << 7.5 << false;
    // (6 + 7 + 9)/3 = 7.333...
    QTest::newRow("mean, non-terminating") << QList<double>{6, 7, 9} << Aggregation::Mean << 1
                                           << 22.0 / 3.0 << false;
    // sorted 3, 6, 9 -> 6 (input unsorted)
    QTest::newRow("median odd") << QList<double>{9, 3, 6} << Aggregation::Median << 1 << 6.0 << false;
    // sorted 4, 6, 8, 10 -> (6 + 8)/2 = 7
    QTest::newRow("median even") << QList<double>{10, 4, 8, 6} << Aggregation::Median << 1 << 7.0
                                 << false;
    // (3 + 8)/2 = 5.5
    QTest::newRow("median of two") << QList<double>{8, 3} << Aggregation::Median << 1 << 5.5 << false;
    // the median ignores the outlier: sorted 1, 2, 100 -> 2 (mean would be 34.33)
    QTest::newRow("median with outlier") << QList<double>{100, 1, 2} << Aggregation::Median << 1
                                         << 2.0 << false;
    // k=1: drop 2 and 20, (7 + 8 + 9)/3 = 8
    QTest::newRow("trimmed k=1, n=5") << QList<double>{20, 7, 2, 9, 8} << Aggregation::TrimmedMean
                                      << 1 << 8.0 << false;
    // k=1, n=3 > 2: drop 1 and 30 -> 5
    QTest::newRow("trimmed k=1, n=3") << QList<double>{30, 5, 1} << Aggregation::TrimmedMean << 1
                                      << 5.0 << false;
    // k=2, n=7: drop 1, 2 and 30, 40 -> (6 + 7 + 8)/3 = 7
    QTest::newRow("trimmed k=2, n=7") << QList<double>{40, 1, 7, 30, 2, 8, 6}
                                      << Aggregation::TrimmedMean << 2 << 7.0 << false;
    // k=2, n=5: drop 0, 1 and 20, 21 -> 10
    QTest::newRow("trimmed k=2, n=5") << QList<double>{21, 0, 10, 1, 20} << Aggregation::TrimmedMean
                                      << 2 << 10.0 << false;
    // ties at the extremes: drop one 5 each side, (5 + 5)/2 = 5
    QTest::newRow("trimmed k=1, equal values") << QList<double>{5, 5, 5, 5}
                                               << Aggregation::TrimmedMean << 1 << 5.0 << false;
    // n <= 2k: plain mean and trim_skipped. (4 + 10)/2 = 7
    QTest::newRow("trimmed k=1, n=2 -> mean, skipped") << QList<double>{4, 10}
                                                        << Aggregation::TrimmedMean << 1 << 7.0 << true;
    QTest::newRow("trimmed k=1, n=1 -> mean, skipped") << QList<double>{9}
                                                        << Aggregation::TrimmedMean << 1 << 9.0 << true;
    // (1 + 2 + 3 + 10)/4 = 4
    QTest::newRow("trimmed k=2, n=4 -> mean, skipped") << QList<double>{10, 1, 3, 2}
                                                        << Aggregation::TrimmedMean << 2 << 4.0 << true;
    // (2 + 4 + 9)/3 = 5
    QTest::newRow("trimmed k=2, n=3 -> mean, skipped") << QList<double>{9, 2, 4}
                                                        << Aggregation::TrimmedMean << 2 << 5.0 << true;
    // Documented: an empty list gives 0.
    QTest::newRow("empty") << QList<double>{} << Aggregation::Mean << 1 << 0.0 << false;
}

void TestExpert::aggregate()
{
    QFETCH(QList<double>, values);
    QFETCH(Aggregation, method);
    QFETCH(int, trim);
    QFETCH(double, expected);
    QFETCH(bool, trimSkipped);
    const pd::AggregateResult result =
        pd::aggregate(std::vector<double>(values.begin(), values.end()), method, trim);
    PD_COMPARE_SCORE(result.value, expected);
    QCOMPARE(result.trimSkipped, trimSkipped);
}

// The same rules through the expert category: one team, one submitted sheet per reviewer
// with the given totals, in a 20-point category.
void TestExpert::categoryAggregation_data()
{
    QTest::addColumn<Aggregation>("method");
    QTest::addColumn<int>("trim");
    QTest::addColumn<QList<double>>("totals");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("trimSkipped");

    // (12 + 15 + 18)/3 = 15
    QTest::newRow("mean") << Aggregation::Mean << 1 << QList<double>{12, 15, 18} << 15.0 << false;
    // (10.5 + 11)/2 = 10.75
    QTest::newRow("mean of half steps") << Aggregation::Mean << 1 << QList<double>{10.5, 11}
                                        << 10.75 << false;
    // sorted 12, 13, 19 -> 13
    QTest::newRow("median odd") << Aggregation::Median << 1 << QList<double>{12, 19, 13} << 13.0 << false;
    // sorted 10, 12, 16, 20 -> (12 + 16)/2 = 14
    QTest::newRow("median even") << Aggregation::Median << 1 << QList<double>{20, 10, 16, 12} << 14.0
                                 << false;
    // drop 5 and 20: (12 + 13 + 14)/3 = 13
    QTest::newRow("trimmed k=1") << Aggregation::TrimmedMean << 1 << QList<double>{5, 12, 13, 14, 20}
                                 << 13.0 << false;
    // drop 5, 6 and 19, 20: (12 + 13 + 14)/3 = 13
    QTest::newRow("trimmed k=2") << Aggregation::TrimmedMean << 2
                                 << QList<double>{5, 6, 12, 13, 14, 19, 20} << 13.0 << false;
    // n=2 <= 2: (10 + 15)/2 = 12.5, trim_skipped
    QTest::newRow("trimmed k=1, n=2 skipped") << Aggregation::TrimmedMean << 1 << QList<double>{10, 15}
                                              << 12.5 << true;
    // n=4 <= 4: (4 + 10 + 12 + 18)/4 = 11, trim_skipped
    QTest::newRow("trimmed k=2, n=4 skipped") << Aggregation::TrimmedMean << 2
                                              << QList<double>{4, 10, 12, 18} << 11.0 << true;
}

void TestExpert::categoryAggregation()
{
    QFETCH(Aggregation, method);
    QFETCH(int, trim);
    QFETCH(QList<double>, totals);
    QFETCH(double, expected);
    QFETCH(bool, trimSkipped);

    pd::Panel panel = pdtest::panelWithTeams({kA});
    panel.categories.push_back(twentyPointCategory(method, trim));
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const QString reviewer = QStringLiteral("r%1").arg(i + 1);
        pdtest::addReviewer(panel, reviewer);
        addSheetWithTotal(panel, reviewer, kA, totals[i]);
    }

    const pd::CategoryResult r = pd::scoreExpertCategory(panel.categories[0], panel).value(kA);
    PD_COMPARE_SCORE(r.score, expected);
    QCOMPARE(hasFlag(r, pd::flags::TrimSkipped), trimSkipped);
    QVERIFY(!hasFlag(r, pd::flags::IncompleteExpert));
    QCOMPARE(pd::countedSheets(panel.categories[0], panel).size(), std::size_t(totals.size()));
}

void TestExpert::draftsAreIgnored()
{
    pd::Panel panel = pdtest::panelWithTeams({kA, kB});
    panel.categories.push_back(twentyPointCategory());
    for (const char *id : {"r1", "r2", "r3", "r4"})
        pdtest::addReviewer(panel, QLatin1String(id));
    addSheetWithTotal(panel, QStringLiteral("r1"), kA, 10);
    addSheetWithTotal(panel, QStringLiteral("r2"), kA, 12);
    // A full-marks draft must not move A's score.
    addSheetWithTotal(panel, QStringLiteral("r3"), kA, 20, /*submitted=*/false);
    // A sheet with one item submitted and one still draft is not a submitted sheet.
    pdtest::addSheet(panel, QStringLiteral("r4"), kA, {{kI1, 10}}, true);
    pdtest::addSheet(panel, QStringLiteral("r4"), kA, {{kI2, 10}}, false);
    // B has only a draft: no submitted sheet.
    addSheetWithTotal(panel, QStringLiteral("r1"), kB, 18, false);

    const pd::CategoryResults results = pd::scoreExpertCategory(panel.categories[0], panel);
    // A: (10 + 12)/2 = 11 (with the draft it would be 14, with r4 also 15.5)
    PD_COMPARE_SCORE(results.value(kA).score, 11.0);
    QVERIFY(results.value(kA).flags.isEmpty());
    // B: 0 and incomplete_expert.
    PD_COMPARE_SCORE(results.value(kB).score, 0.0);
    QVERIFY(hasFlag(results.value(kB), pd::flags::IncompleteExpert));

    // Drafts never enter the counted sheets.
    const std::vector<pd::SheetTotal> sheets = pd::countedSheets(panel.categories[0], panel);
    QCOMPARE(sheets.size(), std::size_t(2));
    QCOMPARE(sheets[0].reviewer, QStringLiteral("r1"));
    QCOMPARE(sheets[0].team, kA);
    PD_COMPARE_SCORE(sheets[0].total, 10.0);
    QCOMPARE(sheets[1].reviewer, QStringLiteral("r2"));
    PD_COMPARE_SCORE(sheets[1].total, 12.0);

    // Through the engine as well.
    const pd::Standings standings = pd::computeStandings(panel);
    PD_COMPARE_SCORE(standings.find(kA)->categoryScore(QStringLiteral("expert")), 11.0);
    QVERIFY(standings.find(kB)->hasFlag(pd::flags::IncompleteExpert));
    QVERIFY(!standings.complete);
}

void TestExpert::incompleteSubmittedSheetIsIgnored()
{
    pd::Panel panel = pdtest::panelWithTeams({kA, kB});
    panel.categories.push_back(twentyPointCategory());
    pdtest::addReviewer(panel, QStringLiteral("r1"));
    pdtest::addReviewer(panel, QStringLiteral("r2"));
    addSheetWithTotal(panel, QStringLiteral("r1"), kA, 14);
    // Submitted but i2 missing: the engine ignores the sheet (if counted: (14 + 10)/2 = 12).
    pdtest::addSheet(panel, QStringLiteral("r2"), kA, {{kI1, 10}}, true);
    // B's only sheet is incomplete: no counted sheet.
    pdtest::addSheet(panel, QStringLiteral("r1"), kB, {{kI2, 9}}, true);

    const pd::CategoryResults results = pd::scoreExpertCategory(panel.categories[0], panel);
    PD_COMPARE_SCORE(results.value(kA).score, 14.0);
    QVERIFY(results.value(kA).flags.isEmpty());
    PD_COMPARE_SCORE(results.value(kB).score, 0.0);
    QVERIFY(hasFlag(results.value(kB), pd::flags::IncompleteExpert));
    QCOMPARE(pd::countedSheets(panel.categories[0], panel).size(), std::size_t(1));
}

void TestExpert::conflictedReviewerIsIgnored()
{
    pd::Panel panel = pdtest::panelWithTeams({kA, kB});
    panel.categories.push_back(twentyPointCategory());
    pdtest::addReviewer(panel, QStringLiteral("r1"), {kA});   // conflict with A only
    pdtest::addReviewer(panel, QStringLiteral("r2"));
    addSheetWithTotal(panel, QStringLiteral("r1"), kA, 20);   // must not count
    addSheetWithTotal(panel, QStringLiteral("r2"), kA, 10);
    addSheetWithTotal(panel, QStringLiteral("r1"), kB, 16);   // counts: no conflict with B
    addSheetWithTotal(panel, QStringLiteral("r2"), kB, 12);

    const pd::CategoryResults results = pd::scoreExpertCategory(panel.categories[0], panel);
    // A: only r2 -> 10 (with r1: 15). B: (16 + 12)/2 = 14.
    PD_COMPARE_SCORE(results.value(kA).score, 10.0);
    PD_COMPARE_SCORE(results.value(kB).score, 14.0);
}

void TestExpert::noSubmittedSheet()
{
    pd::Panel panel = pdtest::panelWithTeams({kA, kC});
    panel.categories.push_back(twentyPointCategory(Aggregation::TrimmedMean, 1));
    pdtest::addReviewer(panel, QStringLiteral("r1"));
    addSheetWithTotal(panel, QStringLiteral("r1"), kA, 16);

    const pd::CategoryResults results = pd::scoreExpertCategory(panel.categories[0], panel);
    QCOMPARE(results.size(), 2);
    // C: nothing at all -> 0, incomplete_expert (and no trim_skipped: nothing to trim).
    PD_COMPARE_SCORE(results.value(kC).score, 0.0);
    QCOMPARE(results.value(kC).flags, QSet<QString>{QLatin1String(pd::flags::IncompleteExpert)});
    // A: one sheet under trimmed_mean k=1: n=1 <= 2 -> mean 16 and trim_skipped.
    PD_COMPARE_SCORE(results.value(kA).score, 16.0);
    QCOMPARE(results.value(kA).flags, QSet<QString>{QLatin1String(pd::flags::TrimSkipped)});
}

void TestExpert::itemsOfOtherCategoriesDoNotCount()
{
    pd::Panel panel = pdtest::panelWithTeams({kA});
    panel.categories.push_back(twentyPointCategory());
    panel.categories.push_back(pdtest::expertCategory(QStringLiteral("pitch"), 5,
                                                      {pdtest::rubricItem(QStringLiteral("p1"), 5)}));
    pdtest::addReviewer(panel, QStringLiteral("r1"));
    addSheetWithTotal(panel, QStringLiteral("r1"), kA, 13.5);
    pdtest::addSheet(panel, QStringLiteral("r1"), kA, {{QStringLiteral("p1"), 4.5}});

    // expert: 13.5 (not 18); pitch: 4.5 (not 18).
    PD_COMPARE_SCORE(pd::scoreExpertCategory(panel.categories[0], panel).value(kA).score, 13.5);
    PD_COMPARE_SCORE(pd::scoreExpertCategory(panel.categories[1], panel).value(kA).score, 4.5);
}

// A server hands the secretariat and observers the counted sheets' totals without reviewers
// (Panel::anonymousSheetTotals): each aggregation gives what the scores themselves give; a
// team without a total is incomplete; the totals of another category do not count.
void TestExpert::anonymousTotalsScoreAlike()
{
    QFETCH(Aggregation, method);
    QFETCH(int, trim);
    QFETCH(QList<double>, totals);
    QFETCH(double, expected);
    QFETCH(bool, trimSkipped);

    pd::Panel panel = pdtest::panelWithTeams({kA, kB});
    panel.categories.push_back(twentyPointCategory(method, trim));
    for (double total : totals)
        panel.anonymousSheetTotals.push_back({QStringLiteral("expert"), kA, total});
    panel.anonymousSheetTotals.push_back({QStringLiteral("pitch"), kB, 3.0});

    const pd::CategoryResults results = pd::scoreExpertCategory(panel.categories[0], panel);
    PD_COMPARE_SCORE(results.value(kA).score, expected);
    QCOMPARE(hasFlag(results.value(kA), pd::flags::TrimSkipped), trimSkipped);
    QVERIFY(!hasFlag(results.value(kA), pd::flags::IncompleteExpert));
    QVERIFY(hasFlag(results.value(kB), pd::flags::IncompleteExpert));
    QCOMPARE(pd::countedSheets(panel.categories[0], panel).size(), std::size_t(totals.size()));
}

QTEST_GUILESS_MAIN(TestExpert)
#include "tst_expert.moc"
