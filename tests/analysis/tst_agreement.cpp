// Panel agreement (issue 4, item 4; analysis/Agreement.h, docs/agreement.md): Kendall's W
// and ICC(2,1) against published textbook examples, the tie correction, perfect agreement,
// the cases that cannot be computed, drafts and conflicts, and leniency and outlier flags on
// small hand-computed panels.

#include "analysis/Agreement.h"

#include <QTest>
#include <cmath>

using namespace pd;

Q_DECLARE_METATYPE(std::vector<std::vector<double>>)

#define PD_NEAR(actual, expected, tolerance)                                                   \
    do {                                                                                       \
        const double pdA_ = (actual);                                                          \
        const double pdE_ = (expected);                                                        \
        QVERIFY2(std::fabs(pdA_ - pdE_) <= (tolerance),                                        \
                 qPrintable(QStringLiteral("%1 = %2, expected %3")                             \
                                .arg(QLatin1String(#actual))                                   \
                                .arg(pdA_, 0, 'g', 17)                                         \
                                .arg(pdE_, 0, 'g', 17)));                                      \
    } while (false)

namespace {

using Table = std::vector<std::vector<double>>;

// A panel with one expert category of one rubric item worth `points` (so a sheet's total
// is its single score), teams t1.. and experts e1.. (names "Expert 1" ...).
Panel smallPanel(int teams, int experts, double points = 10.0)
{
    Panel p;
    p.program.name = QStringLiteral("Test");
    p.round.id = QStringLiteral("r1");
    Category c;
    c.id = QStringLiteral("expert");
    c.kind = CategoryKind::Expert;
    c.name = QStringLiteral("Expert");
    c.points = points;
    c.rubric.push_back({QStringLiteral("i1"), QStringLiteral("Item"), points, 0.5});
    p.categories.push_back(c);
    for (int t = 1; t <= teams; ++t)
        p.teams.push_back({QStringLiteral("t%1").arg(t), QStringLiteral("Team %1").arg(t), QString(),
                           QStringLiteral("r1")});
    for (int e = 1; e <= experts; ++e)
        p.reviewers.push_back({QStringLiteral("e%1").arg(e), QStringLiteral("Expert %1").arg(e),
                               Role::Expert, {}});
    return p;
}

void sheet(Panel &p, int expert, int team, double total, bool submitted = true)
{
    p.expertScores.push_back({QStringLiteral("e%1").arg(expert), QStringLiteral("t%1").arg(team),
                              QStringLiteral("i1"), total, submitted, QString()});
}

// rows = teams, columns = experts
Panel panelFrom(const Table &rows, double points = 10.0)
{
    Panel p = smallPanel(static_cast<int>(rows.size()), static_cast<int>(rows.front().size()), points);
    for (std::size_t t = 0; t < rows.size(); ++t)
        for (std::size_t e = 0; e < rows[t].size(); ++e)
            sheet(p, static_cast<int>(e) + 1, static_cast<int>(t) + 1, rows[t][e]);
    return p;
}

const ExpertAgreement &expert(const PanelAgreement &a, const QString &id)
{
    for (const ExpertAgreement &e : a.experts)
        if (e.reviewer == id)
            return e;
    qFatal("no expert %s", qPrintable(id));
}

bool hasFlag(const ExpertAgreement &e, ExpertFlag f)
{
    return std::find(e.flags.begin(), e.flags.end(), f) != e.flags.end();
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kendall_data();
    void kendall();
    void kendallNotComputable();
    void iccShroutFleiss();
    void iccBands_data();
    void iccBands();
    void iccNotComputable();
    void averageRanksWithTies();
    void panelFiguresMatchTheTable();
    void draftsAreIgnored();
    void conflictedExpertLeavesTheTable();
    void conflictedSheetIsIgnored();
    void notComputablePanels();
    void leniencyAndLenientFlag();
    void unlikePanelFlag();
    void smallPanelsFlagNothing();
};

void TestAgreement::kendall_data()
{
    QTest::addColumn<Table>("table");   // rows = objects ranked, columns = judges
    QTest::addColumn<double>("w");
    QTest::addColumn<double>("chiSquare");
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("p");

    // The example of the NAG Library routine G08DAF (its published example results,
    // support.nag.com .../examples/baseresults/g08dafe.r.html: "Kendall's coefficient =
    // 0.828, Significance = 0.008"; the data there are the three comparisons below, columns
    // of ten objects; earlier notes attributed them to Siegel (1956), p. 234). By hand: rank
    // sums 5.5 ... 26.5, s = 591, sum T = 9.5 (in (t^3-t)/12 units), W = 591 / (742.5 - 28.5)
    // = 0.8277; chi-square = 3 x 9 x W = 22.35 with 9 df, p = 0.0078.
    QTest::newRow("NAG G08DAF example, ties") << Table{
        {1.0, 2.5, 2.0}, {4.5, 1.0, 1.0}, {2.0, 2.5, 4.5}, {4.5, 4.5, 4.5}, {3.0, 4.5, 4.5},
        {7.5, 8.0, 4.5}, {6.0, 9.0, 8.0}, {9.0, 6.5, 8.0}, {7.5, 10.0, 8.0}, {10.0, 6.5, 10.0}}
        << 591.0 / 714.0 << 27.0 * 591.0 / 714.0 << 9 << 0.0078370436;

    // InfluentialPoints, "Kendall coefficient of concordance", worked example I
    // (influentialpoints.com/Training/coefficient_of_concordance.htm): four raters rank the
    // strawberries of eight farms, no ties. Rank sums 31 12 12 15 22 5 22 25, sum of squares
    // 500, W = 500 / (504 x 16 / 12) = 0.744, k(N-1)W = 20.83 with 7 df, "P-value of 0.004"
    // (0.0040248 to more places).
    QTest::newRow("InfluentialPoints strawberries, no ties") << Table{
        {8, 7, 8, 8}, {4, 3, 2, 3}, {2, 1, 5, 4}, {3, 4, 6, 2}, {5, 5, 7, 5}, {1, 2, 1, 1},
        {6, 6, 4, 6}, {7, 8, 3, 7}}
        << 500.0 / 672.0 << 28.0 * 500.0 / 672.0 << 7 << 0.0040248168;

    // Hand-computed, no ties: three judges rank six objects. Rank sums 8, 14, 11, 11, 11, 8;
    // s = 25.5; W = 25.5 / 157.5 = 0.162; chi-square 3 x 5 x W with 5 df.
    QTest::newRow("hand-computed, no ties") << Table{
        {1, 1, 6}, {6, 5, 3}, {3, 6, 2}, {2, 4, 5}, {5, 2, 4}, {4, 3, 1}}
        << 25.5 / 157.5 << 15.0 * 25.5 / 157.5 << 5 << 0.78721181;

    // Hand-computed tie correction (totals, the highest first): judge 1 gives 10, 10, 8, 6
    // (ranks 1.5 1.5 3 4, t^3 - t = 6), judge 2 gives 9, 7, 7, 7 (ranks 1 3 3 3, 24),
    // judge 3 gives 5, 6, 4, 3 (ranks 2 1 3 4). Rank sums 4.5, 5.5, 9, 11; S = 27.5;
    // W = 12 x 27.5 / (9 x 60 - 3 x 30) = 330 / 450 = 0.7333 (uncorrected 0.6111);
    // chi-square 3 x 3 x W = 6.6 with 3 df, p = 0.0858.
    QTest::newRow("tie correction") << Table{{10, 9, 5}, {10, 7, 6}, {8, 7, 4}, {6, 7, 3}}
                                    << 330.0 / 450.0 << 6.6 << 3 << 0.0858010874;

    // Perfect agreement: 4 judges, 5 objects in the same order: W = 1, chi-square = 4 x 4 =
    // 16 with 4 df, p = e^-8 (1 + 8) = 0.003019.
    QTest::newRow("perfect agreement") << Table{{30, 25, 9, 31}, {28, 20, 8, 30}, {20, 18, 7, 22},
                                                {10, 11, 6, 21}, {5, 3, 1, 2}}
                                       << 1.0 << 16.0 << 4 << 9.0 * std::exp(-8.0);
}

void TestAgreement::kendall()
{
    QFETCH(Table, table);
    QFETCH(double, w);
    QFETCH(double, chiSquare);
    QFETCH(int, df);
    QFETCH(double, p);
    const KendallW result = kendallW(table);
    QVERIFY(result.computable());
    PD_NEAR(result.w, w, 1e-12);
    PD_NEAR(result.chiSquare, chiSquare, 1e-9);
    QCOMPARE(result.degreesOfFreedom, df);
    PD_NEAR(result.pValue, p, 1e-8);
    // The reversed direction of every judge's scale ranks the same way: W is unchanged.
    Table negated = table;
    for (auto &row : negated)
        for (double &v : row)
            v = -v;
    PD_NEAR(kendallW(negated).w, w, 1e-12);
}

void TestAgreement::kendallNotComputable()
{
    QCOMPARE(toString(kendallW(Table{{1}, {2}, {3}}).reason), toString(NotComputable::TooFewExperts));
    QCOMPARE(toString(kendallW(Table{{1, 2, 3}}).reason), toString(NotComputable::TooFewTeams));
    QCOMPARE(toString(kendallW(Table{}).reason), toString(NotComputable::TooFewExperts));
    // Every judge ties every object.
    QCOMPARE(toString(kendallW(Table{{5, 7}, {5, 7}, {5, 7}}).reason), toString(NotComputable::NoVariation));
    // One judge ties everything, the other does not: computable.
    const KendallW half = kendallW(Table{{5, 3}, {5, 2}, {5, 1}});
    QVERIFY(half.computable());
    // Ranks 2 2 2 (t^3 - t = 24) and 1 2 3: rank sums 3, 4, 5 -> S = 2; denominator
    // 4 x 24 - 2 x 24 = 48.
    PD_NEAR(half.w, 12.0 * 2.0 / 48.0, 1e-12);
}

void TestAgreement::iccShroutFleiss()
{
    // Shrout, P. E. & Fleiss, J. L. (1979) Intraclass correlations: uses in assessing rater
    // reliability. Psychological Bulletin 86(2), 420-428, Table 2: four judges rate six
    // targets. Table 3 and the text: BMS = 11.24, JMS = 32.49, EMS = 1.02, ICC(2,1) = .29
    // (ICC(1,1) = .17, ICC(3,1) = .71 use other models). Exact: 0.28976...
    const Table table{{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
    const Icc21 icc = icc21(table);
    QVERIFY(icc.computable());
    QCOMPARE(icc.targets, 6);
    QCOMPARE(icc.judges, 4);
    PD_NEAR(icc.msRows, 11.24, 0.005);
    PD_NEAR(icc.msColumns, 32.49, 0.005);
    PD_NEAR(icc.msError, 1.02, 0.005);
    PD_NEAR(icc.value, 0.29, 0.005);
    // The same from the exact mean squares: 10.2222 / 35.2778.
    PD_NEAR(icc.value, (56.208333333333 / 5 - 15.291666666667 / 15)
                           / (56.208333333333 / 5 + 3 * 15.291666666667 / 15
                              + 4 * (97.458333333333 / 3 - 15.291666666667 / 15) / 6),
            1e-9);
    QCOMPARE(toString(icc.band), toString(IccBand::Poor));
    QCOMPARE(formatCoefficient(icc.value), QStringLiteral("0.290"));
}

void TestAgreement::iccBands_data()
{
    QTest::addColumn<double>("icc");
    QTest::addColumn<QString>("band");
    // Koo, T. K. & Li, M. Y. (2016) A guideline of selecting and reporting intraclass
    // correlation coefficients for reliability research. J. Chiropractic Medicine 15(2),
    // 155-163: below 0.5 poor, 0.5-0.75 moderate, 0.75-0.9 good, above 0.9 excellent.
    QTest::newRow("negative") << -0.2 << u"poor"_qs;
    QTest::newRow("0.49") << 0.49 << u"poor"_qs;
    QTest::newRow("0.5") << 0.5 << u"moderate"_qs;
    QTest::newRow("0.749") << 0.749 << u"moderate"_qs;
    QTest::newRow("0.75") << 0.75 << u"good"_qs;
    QTest::newRow("0.9") << 0.9 << u"good"_qs;
    QTest::newRow("0.91") << 0.91 << u"excellent"_qs;
}

void TestAgreement::iccBands()
{
    QFETCH(double, icc);
    QFETCH(QString, band);
    QCOMPARE(toString(iccBand(icc)), band);
}

void TestAgreement::iccNotComputable()
{
    QCOMPARE(toString(icc21(Table{{1}, {2}}).reason), toString(NotComputable::TooFewExperts));
    QCOMPARE(toString(icc21(Table{{1, 2}}).reason), toString(NotComputable::TooFewTeams));
    QCOMPARE(toString(icc21(Table{{4, 4}, {4, 4}}).reason), toString(NotComputable::NoVariation));
    // Perfect agreement on different targets: ICC = 1.
    const Icc21 perfect = icc21(Table{{3, 3, 3}, {5, 5, 5}, {9, 9, 9}});
    QVERIFY(perfect.computable());
    PD_NEAR(perfect.value, 1.0, 1e-12);
    QCOMPARE(toString(perfect.band), toString(IccBand::Excellent));
}

void TestAgreement::averageRanksWithTies()
{
    QCOMPARE(averageRanks({10, 10, 8, 6}), (std::vector<double>{1.5, 1.5, 3, 4}));
    QCOMPARE(averageRanks({7, 9, 7, 7}), (std::vector<double>{3, 1, 3, 3}));
    // Equal within 1e-9 (R6) is a tie.
    QCOMPARE(averageRanks({1.0, 1.0 + 1e-12}), (std::vector<double>{1.5, 1.5}));
}

void TestAgreement::panelFiguresMatchTheTable()
{
    // The Shrout & Fleiss table as a panel: 6 teams, 4 experts, totals out of 10.
    const Table table{{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
    const PanelAgreement a = computeAgreement(panelFrom(table));
    QCOMPARE(a.countedSheets, 24);
    QCOMPARE(a.tableExperts, (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs, u"e4"_qs}));
    QCOMPARE(a.tableTeams.size(), 6);
    QVERIFY(a.excludedExperts.isEmpty());
    QVERIFY(a.excludedTeams.isEmpty());
    PD_NEAR(a.icc.value, icc21(table).value, 1e-12);
    PD_NEAR(a.kendall.w, kendallW(table).w, 1e-12);
    QCOMPARE(a.experts.size(), std::size_t{4});
    for (const ExpertAgreement &e : a.experts) {
        QVERIFY(e.inTable);
        QCOMPARE(e.sheets, 6);
        QCOMPARE(e.comparedTeams, 6);
    }
    // Judge 1's leniency: mean of (own - team mean) = 7.6667 - 5.2917 = 2.375.
    PD_NEAR(*expert(a, u"e1"_qs).leniency, 46.0 / 6 - 127.0 / 24, 1e-12);
    PD_NEAR(*expert(a, u"e2"_qs).leniency, 15.0 / 6 - 127.0 / 24, 1e-12);
}

void TestAgreement::draftsAreIgnored()
{
    const Table table{{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}};
    Panel p = panelFrom(table);
    const PanelAgreement before = computeAgreement(p);
    // A fifth expert's drafts for every team, and a sheet with a draft row: no figure moves.
    p.reviewers.push_back({u"e5"_qs, u"Expert 5"_qs, Role::Expert, {}});
    for (int t = 1; t <= 4; ++t)
        sheet(p, 5, t, 10.0, false);
    p.expertScores[0].submitted = false;   // e1's sheet for t1 is back to draft
    const PanelAgreement after = computeAgreement(p);
    QCOMPARE(after.countedSheets, before.countedSheets - 1);
    // Now e1 lacks t1: the table loses e1 or t1 — and e5 never enters.
    QVERIFY(!after.tableExperts.contains(u"e5"_qs));
    QCOMPARE(expert(after, u"e5"_qs).sheets, 0);
    QVERIFY(!expert(after, u"e5"_qs).leniency);

    // With e1's sheet submitted again only e5's drafts remain: every figure is identical.
    p.expertScores[0].submitted = true;
    const PanelAgreement again = computeAgreement(p);
    QCOMPARE(again.tableExperts, before.tableExperts);
    QCOMPARE(again.kendall.w, before.kendall.w);
    QCOMPARE(again.kendall.pValue, before.kendall.pValue);
    QCOMPARE(again.icc.value, before.icc.value);
    for (const ExpertAgreement &e : before.experts) {
        QCOMPARE(expert(again, e.reviewer).leniency, e.leniency);
        QCOMPARE(expert(again, e.reviewer).rankCorrelation, e.rankCorrelation);
        QCOMPARE(expert(again, e.reviewer).explanation, e.explanation);
    }
}

void TestAgreement::conflictedExpertLeavesTheTable()
{
    // 4 experts x 4 teams; e4 declared a conflict with t1 and holds no sheet for it. Removing
    // e4 loses 3 sheets, removing t1 loses 3 too: on a tie the expert goes, so every team is
    // ranked.
    Panel p = smallPanel(4, 4);
    p.reviewers[3].conflicts = QStringList{u"t1"_qs};
    const double totals[4][4] = {{8, 7, 9, 0}, {6, 6, 7, 5}, {4, 5, 5, 4}, {2, 3, 1, 2}};
    for (int t = 0; t < 4; ++t)
        for (int e = 0; e < 4; ++e)
            if (!(t == 0 && e == 3))
                sheet(p, e + 1, t + 1, totals[t][e]);
    const PanelAgreement a = computeAgreement(p);
    QCOMPARE(a.tableExperts, (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs}));
    QCOMPARE(a.tableTeams, (QStringList{u"t1"_qs, u"t2"_qs, u"t3"_qs, u"t4"_qs}));
    QCOMPARE(a.excludedExperts, QStringList{u"e4"_qs});
    QVERIFY(a.kendall.computable());
    QCOMPARE(a.kendall.judges, 3);
    QCOMPARE(a.kendall.objects, 4);
    const ExpertAgreement &e4 = expert(a, u"e4"_qs);
    QCOMPARE(e4.sheets, 3);
    QVERIFY(!e4.inTable);
    QVERIFY(!e4.rankCorrelation);
    // e4's leniency still counts the three teams e4 scored: team means t2 6, t3 4.5, t4 2;
    // offsets -1, -0.5, 0 -> -0.5.
    PD_NEAR(*e4.leniency, -0.5, 1e-12);
    QVERIFY(e4.explanation.contains(u"Not in W and ICC"_qs));

    // Two conflicted experts: e3 with t2, e4 with t1. Every removal first loses 3 sheets:
    // e4 goes (an expert before a team, the later first). Then t2 (2 sheets left: e1, e2)
    // costs less than e3 (3): t2 goes. The table keeps 3 x 3 = 9 sheets rather than
    // e1, e2 x 4 teams = 8.
    p.reviewers[2].conflicts = QStringList{u"t2"_qs};
    std::erase_if(p.expertScores, [](const ExpertScore &s) {
        return s.reviewer == u"e3"_qs && s.team == u"t2"_qs;
    });
    const PanelAgreement b = computeAgreement(p);
    QCOMPARE(b.tableExperts, (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs}));
    QCOMPARE(b.tableTeams, (QStringList{u"t1"_qs, u"t3"_qs, u"t4"_qs}));
    QCOMPARE(b.excludedTeams, QStringList{u"t2"_qs});
}

void TestAgreement::conflictedSheetIsIgnored()
{
    // A sheet from a reviewer conflicted with its team (should never be stored) counts
    // nowhere, as in the engine (R3).
    const Table table{{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}};
    Panel p = panelFrom(table);
    const PanelAgreement before = computeAgreement(p);
    p.reviewers.push_back({u"e5"_qs, u"Expert 5"_qs, Role::Expert, {u"t1"_qs}});
    sheet(p, 5, 1, 10.0);
    const PanelAgreement after = computeAgreement(p);
    QCOMPARE(after.countedSheets, before.countedSheets);
    QCOMPARE(after.kendall.w, before.kendall.w);
    QCOMPARE(after.icc.value, before.icc.value);
    QCOMPARE(expert(after, u"e5"_qs).sheets, 0);
}

void TestAgreement::notComputablePanels()
{
    {   // one expert only
        Panel p = smallPanel(3, 1);
        for (int t = 1; t <= 3; ++t)
            sheet(p, 1, t, t);
        const PanelAgreement a = computeAgreement(p);
        QCOMPARE(toString(a.kendall.reason), toString(NotComputable::TooFewExperts));
        QCOMPARE(toString(a.icc.reason), toString(NotComputable::TooFewExperts));
        QVERIFY(explainKendall(a.kendall).contains(u"cannot be computed"_qs));
        QVERIFY(!expert(a, u"e1"_qs).leniency);   // no team scored by another
    }
    {   // three experts, but only one team has two sheets
        Panel p = smallPanel(3, 3);
        sheet(p, 1, 1, 5);
        sheet(p, 2, 1, 6);
        sheet(p, 3, 2, 7);
        sheet(p, 1, 3, 8, false);
        const PanelAgreement a = computeAgreement(p);
        QCOMPARE(toString(a.kendall.reason), toString(NotComputable::TooFewTeams));
        QCOMPARE(toString(a.icc.reason), toString(NotComputable::TooFewTeams));
        PD_NEAR(*expert(a, u"e1"_qs).leniency, -0.5, 1e-12);
        QVERIFY(!expert(a, u"e3"_qs).leniency);
    }
    {   // no sheet at all
        const PanelAgreement a = computeAgreement(smallPanel(3, 3));
        QCOMPARE(toString(a.kendall.reason), toString(NotComputable::TooFewExperts));
        QCOMPARE(a.countedSheets, 0);
        QCOMPARE(expert(a, u"e2"_qs).explanation, u"Expert 2 has no submitted sheet."_qs);
    }
    {   // every total the same
        const PanelAgreement a = computeAgreement(panelFrom(Table{{5, 5}, {5, 5}, {5, 5}}));
        QCOMPARE(toString(a.kendall.reason), toString(NotComputable::NoVariation));
        QCOMPARE(toString(a.icc.reason), toString(NotComputable::NoVariation));
    }
    {   // no expert category
        Panel p = smallPanel(2, 2);
        p.categories.clear();
        const PanelAgreement a = computeAgreement(p);
        QCOMPARE(toString(a.kendall.reason), toString(NotComputable::NoExpertCategory));
        QCOMPARE(toString(a.icc.reason), u"no_expert_category"_qs);
    }
}

void TestAgreement::leniencyAndLenientFlag()
{
    // Hand-computed: 4 teams x 5 experts, totals out of 10; e5 is generous.
    //        e1 e2 e3 e4 e5   team mean
    //   t1    6  6  7  5  9   6.6
    //   t2    4  5  4  5  8   5.2
    //   t3    8  7  8  7 10   8.0
    //   t4    2  3  2  3  5   3.0
    // Leniencies: e1 (-0.6 -1.2 0 -1)/4 = -0.7; e2 (-0.6 -0.2 -1 0)/4 = -0.45;
    // e3 (0.4 -1.2 0 -1)/4 = -0.45; e4 (-1.6 -0.2 -1 0)/4 = -0.7; e5 (2.4 2.8 2 2)/4 = 2.3.
    // e5 against the others: mean -0.575, SD 0.1443; 2.875 > 2 x 0.1443 and >= 0.5 (5 % of
    // 10 points): lenient. e1 against the others: mean 0.175, SD 1.4216; -0.875: no flag.
    const PanelAgreement a = computeAgreement(
        panelFrom(Table{{6, 6, 7, 5, 9}, {4, 5, 4, 5, 8}, {8, 7, 8, 7, 10}, {2, 3, 2, 3, 5}}));
    PD_NEAR(*expert(a, u"e1"_qs).leniency, -0.7, 1e-12);
    PD_NEAR(*expert(a, u"e2"_qs).leniency, -0.45, 1e-12);
    PD_NEAR(*expert(a, u"e3"_qs).leniency, -0.45, 1e-12);
    PD_NEAR(*expert(a, u"e4"_qs).leniency, -0.7, 1e-12);
    PD_NEAR(*expert(a, u"e5"_qs).leniency, 2.3, 1e-12);
    PD_NEAR(a.leniencyThreshold, 0.5, 1e-12);
    const ExpertAgreement &e5 = expert(a, u"e5"_qs);
    QCOMPARE(e5.flags.size(), std::size_t{1});
    QVERIFY(hasFlag(e5, ExpertFlag::Lenient));
    QCOMPARE(e5.explanation, u"Expert 5 scores 2.30 points above the panel on average, far from "
                             "the other experts (their average -0.58, typical spread 0.14)."_qs);
    for (const char *id : {"e1", "e2", "e3", "e4"})
        QVERIFY2(expert(a, QString::fromLatin1(id)).flags.empty(), id);
    QCOMPARE(expert(a, u"e1"_qs).explanation, u"Expert 1 scores 0.70 points below the panel on average."_qs);
    QCOMPARE(formatLeniency(2.3, 2), u"+2.30"_qs);
    QCOMPARE(formatLeniency(-0.001, 2), u"0.00"_qs);
    QCOMPARE(formatPStatement(0.0004), u"p < 0.001"_qs);
    QCOMPARE(formatPStatement(0.0078370436), u"p = 0.008"_qs);

    // Everybody ranks t3 > t1 > t2 > t4 (e4 ties t1 and t2): no unlike-panel flag,
    // and W with the tie correction: rank sums 10.5, 14.5, 5, 20 (e4: 2.5, 2.5, 1, 4);
    // S = 120.5, sum T = 6: W = 12 x 120.5 / (25 x 60 - 5 x 6) = 1446 / 1470.
    PD_NEAR(a.kendall.w, 1446.0 / 1470.0, 1e-12);
    for (const ExpertAgreement &e : a.experts)
        QVERIFY(!hasFlag(e, ExpertFlag::UnlikePanel));
}

void TestAgreement::unlikePanelFlag()
{
    //        e1 e2 e3 e4
    //   t1    8  8  7  2
    //   t2    6  6  6  4
    //   t3    4  4  5  6
    //   t4    2  2  3  8
    // e4 ranks the teams exactly against the others: Spearman -1 -> unlike_panel.
    const PanelAgreement a = computeAgreement(panelFrom(Table{{8, 8, 7, 2}, {6, 6, 6, 4}, {4, 4, 5, 6}, {2, 2, 3, 8}}));
    const ExpertAgreement &e4 = expert(a, u"e4"_qs);
    PD_NEAR(*e4.rankCorrelation, -1.0, 1e-12);
    QVERIFY(hasFlag(e4, ExpertFlag::UnlikePanel));
    QVERIFY(e4.explanation.contains(u"Expert 4 orders the teams unlike the rest of the panel (rank correlation -1.000)."_qs));
    PD_NEAR(*expert(a, u"e1"_qs).rankCorrelation, 1.0, 1e-12);
    QVERIFY(!hasFlag(expert(a, u"e1"_qs), ExpertFlag::UnlikePanel));
}

void TestAgreement::smallPanelsFlagNothing()
{
    // Three experts: each has only 2 others, too few for the leniency rule; with 2 teams no
    // rank correlation is computed.
    const PanelAgreement a = computeAgreement(panelFrom(Table{{9, 2, 5}, {6, 1, 3}}));
    for (const ExpertAgreement &e : a.experts) {
        QVERIFY(e.flags.empty());
        QVERIFY(!e.rankCorrelation);
    }
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
