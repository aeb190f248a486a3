// R7: outcomes. fail -> disqualified whatever the score; pending -> pending; the cut
// (eliminate k / advance m) over the pass teams in eligible order; tie_at_cut for a group
// split by the boundary unless a tie resolution names exactly that group; min_total.
// Expectations from the rule text.

#include "ScoringTestHelpers.h"
#include "scoring/OutcomeReason.h"
#include "scoring/Outcomes.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>
#include <limits>

namespace {

constexpr int kUnset = -1;
constexpr double kNoMin = std::numeric_limits<double>::quiet_NaN();

pd::Verdict verdictFromCode(QChar c)
{
    if (c == QLatin1Char('P'))
        return pd::Verdict::Pass;
    if (c == QLatin1Char('F'))
        return pd::Verdict::Fail;
    return pd::Verdict::Pending;
}

// Outcome codes in the tables: A advance, E eliminated_score, D disqualified, ? pending,
// T tie_at_cut.
QString outcomeCode(pd::Outcome o)
{
    switch (o) {
    case pd::Outcome::Advance:
        return QStringLiteral("A");
    case pd::Outcome::EliminatedScore:
        return QStringLiteral("E");
    case pd::Outcome::Disqualified:
        return QStringLiteral("D");
    case pd::Outcome::Pending:
        return QStringLiteral("?");
    case pd::Outcome::TieAtCut:
        return QStringLiteral("T");
    }
    return QStringLiteral("!");
}

pd::Cut makeCut(int eliminate, int advance, double minTotal)
{
    pd::Cut cut;
    if (eliminate != kUnset)
        cut.eliminate = eliminate;
    if (advance != kUnset)
        cut.advance = advance;
    if (!std::isnan(minTotal))
        cut.minTotal = minTotal;
    return cut;
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decideOutcomes_data();
    void decideOutcomes();
    void advancingCount_data();
    void advancingCount();
    void firstEvaluationThroughTheEngine();
    void tieAtCutThroughTheEngine();
    void describeCut_data();
    void describeCut();
};

// Teams t1..tn are given in score order. `verdicts` has one code per team (P pass, F fail,
// ? pending); `eligibleRanks` gives the eligible rank of each pass team (0 for others);
// `resolution` is the order of a recorded tie resolution (empty: none). `expected` has one
// outcome code per team (A, E, D, ?, T).
void TestOutcomes::decideOutcomes_data()
{
    QTest::addColumn<QString>("verdicts");
    QTest::addColumn<QList<double>>("totals");
    QTest::addColumn<QList<int>>("eligibleRanks");
    QTest::addColumn<int>("eliminate");
    QTest::addColumn<int>("advance");
    QTest::addColumn<double>("minTotal");
    QTest::addColumn<QStringList>("resolution");
    QTest::addColumn<QString>("expected");

    const QStringList none;
    const auto S = [](const char *s) { return QString::fromLatin1(s); };

    // ---- verdict gates (rules 1 and 2) -----------------------------------------------
    // The first-evaluation situation: t2 is in the top four on points but fails the
    // independence check -> disqualified; t5 is eliminated on score (eliminate 1 over the
    // four pass teams t1, t3, t4, t5).
    QTest::newRow("first evaluation: fail in top four + one eliminated on score")
        << S("PFPPP") << QList<double>{90, 85, 80, 70, 60} << QList<int>{1, 0, 2, 3, 4}
        << 1 << kUnset << kNoMin << none << S("ADAAE");
    QTest::newRow("fail with the best score is still disqualified")
        << S("FPP") << QList<double>{99, 50, 40} << QList<int>{0, 1, 2}
        << 1 << kUnset << kNoMin << none << S("DAE");
    QTest::newRow("fail with the worst score is disqualified, not eliminated")
        << S("PPF") << QList<double>{80, 70, 10} << QList<int>{1, 2, 0}
        << 1 << kUnset << kNoMin << none << S("AED");
    QTest::newRow("pending verdict -> pending; the cut is over pass teams only")
        << S("P?PP") << QList<double>{90, 80, 70, 60} << QList<int>{1, 0, 2, 3}
        << 1 << kUnset << kNoMin << none << S("A?AE");
    QTest::newRow("no pass team at all")
        << S("F?") << QList<double>{90, 80} << QList<int>{0, 0}
        << 1 << kUnset << kNoMin << none << S("D?");

    // ---- eliminate k ---------------------------------------------------------------------
    QTest::newRow("eliminate 1 of 4") << S("PPPP") << QList<double>{90, 80, 70, 60}
                                      << QList<int>{1, 2, 3, 4} << 1 << kUnset << kNoMin << none
                                      << S("AAAE");
    QTest::newRow("eliminate 2 of 4") << S("PPPP") << QList<double>{90, 80, 70, 60}
                                      << QList<int>{1, 2, 3, 4} << 2 << kUnset << kNoMin << none
                                      << S("AAEE");
    QTest::newRow("eliminate 0") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                                 << 0 << kUnset << kNoMin << none << S("AAA");
    QTest::newRow("eliminate k = n") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                                     << 3 << kUnset << kNoMin << none << S("EEE");
    QTest::newRow("eliminate k > n") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                                     << 5 << kUnset << kNoMin << none << S("EEE");
    // k counts pass teams only: eliminate 2 with a fail among them.
    QTest::newRow("eliminate 2, fail team not counted")
        << S("PPFPP") << QList<double>{90, 80, 75, 70, 60} << QList<int>{1, 2, 0, 3, 4}
        << 2 << kUnset << kNoMin << none << S("AADEE");

    // ---- advance m -----------------------------------------------------------------------
    QTest::newRow("advance 2 of 4") << S("PPPP") << QList<double>{90, 80, 70, 60}
                                    << QList<int>{1, 2, 3, 4} << kUnset << 2 << kNoMin << none
                                    << S("AAEE");
    QTest::newRow("advance 3 of 4 (second evaluation: 4 -> 3)")
        << S("PPPP") << QList<double>{90, 80, 70, 60} << QList<int>{1, 2, 3, 4} << kUnset << 3
        << kNoMin << none << S("AAAE");
    QTest::newRow("advance m = n") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                                   << kUnset << 3 << kNoMin << none << S("AAA");
    QTest::newRow("advance m > n") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                                   << kUnset << 10 << kNoMin << none << S("AAA");
    QTest::newRow("advance 0") << S("PPP") << QList<double>{90, 80, 70} << QList<int>{1, 2, 3}
                               << kUnset << 0 << kNoMin << none << S("EEE");

    // ---- ties at the cut -----------------------------------------------------------------
    // eliminate 1 of 4 with t3 = t4 sharing rank 3: the boundary splits them.
    QTest::newRow("tie at cut (eliminate)")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 1 << kUnset << kNoMin << none << S("AATT");
    // advance 2 of 4 with t2 = t3 = t4: the whole group of three is tie_at_cut.
    QTest::newRow("tie at cut, group of three (advance)")
        << S("PPPP") << QList<double>{90, 80, 80, 80} << QList<int>{1, 2, 2, 2}
        << kUnset << 2 << kNoMin << none << S("ATTT");
    // The tie is above the boundary: nothing to decide.
    QTest::newRow("tie above the cut is harmless")
        << S("PPPP") << QList<double>{90, 90, 80, 70} << QList<int>{1, 1, 3, 4}
        << 1 << kUnset << kNoMin << none << S("AAAE");
    // eliminate 2: boundary between t2 (rank 2) and t3 (rank 3); t3 = t4 both eliminated.
    QTest::newRow("tie entirely below the cut is harmless")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 2 << kUnset << kNoMin << none << S("AAEE");
    // Fail/pending teams between tied pass teams do not separate them.
    QTest::newRow("tie at cut with a fail team in between")
        << S("PPFP") << QList<double>{90, 70, 70, 70} << QList<int>{1, 2, 0, 2}
        << 1 << kUnset << kNoMin << none << S("ATDT");
    // A resolution for exactly {t3, t4} decides: t4 first -> t4 advances, t3 eliminated.
    QTest::newRow("tie resolution for exactly that group decides")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 1 << kUnset << kNoMin << QStringList{S("t4"), S("t3")} << S("AAEA");
    // Group of three, one seat left in it (advance 2, t1 takes the first): t3 first.
    QTest::newRow("tie resolution, group of three, one seat")
        << S("PPPP") << QList<double>{90, 80, 80, 80} << QList<int>{1, 2, 2, 2}
        << kUnset << 2 << kNoMin << QStringList{S("t3"), S("t4"), S("t2")} << S("AEAE");
    // Group of three, two seats left in it (advance 3 of 4): t4 and t2 advance, t3 is out.
    QTest::newRow("tie resolution, group of three, two seats")
        << S("PPPP") << QList<double>{90, 80, 80, 80} << QList<int>{1, 2, 2, 2}
        << kUnset << 3 << kNoMin << QStringList{S("t4"), S("t2"), S("t3")} << S("AAEA");
    // Resolutions for another group, a subset or a superset do not decide.
    QTest::newRow("tie resolution for a different group does not decide")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 1 << kUnset << kNoMin << QStringList{S("t2"), S("t1")} << S("AATT");
    QTest::newRow("tie resolution for a subset does not decide")
        << S("PPPP") << QList<double>{90, 80, 80, 80} << QList<int>{1, 2, 2, 2}
        << kUnset << 2 << kNoMin << QStringList{S("t3"), S("t2")} << S("ATTT");
    QTest::newRow("tie resolution for a superset does not decide")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 1 << kUnset << kNoMin << QStringList{S("t4"), S("t3"), S("t2")} << S("AATT");

    // ---- min_total -----------------------------------------------------------------------
    // eliminate 0, min 65: t4 (60 < 65) eliminated.
    QTest::newRow("min_total eliminates a pass team below x")
        << S("PPPP") << QList<double>{90, 80, 70, 60} << QList<int>{1, 2, 3, 4}
        << 0 << kUnset << 65.0 << none << S("AAAE");
    // advance 3, min 75: t3 (70) is eliminated by min_total and nobody is moved up in its
    // place (our choice: no backfilling); t4 is out on the cut.
    QTest::newRow("min_total on top of advance m, no backfilling")
        << S("PPPP") << QList<double>{90, 80, 70, 60} << QList<int>{1, 2, 3, 4}
        << kUnset << 3 << 75.0 << none << S("AAEE");
    // A total exactly at x is not below x; 5e-10 under is equal within R6's tolerance.
    QTest::newRow("min_total: total equal to x advances")
        << S("PPP") << QList<double>{90, 65, 65.0 - 5e-10} << QList<int>{1, 2, 3}
        << 0 << kUnset << 65.0 << none << S("AAA");
    QTest::newRow("min_total: 1e-8 below x is below")
        << S("PP") << QList<double>{90, 65.0 - 1e-8} << QList<int>{1, 2}
        << 0 << kUnset << 65.0 << none << S("AE");
    // min_total only concerns pass teams: fail stays disqualified, pending stays pending.
    QTest::newRow("min_total leaves fail and pending alone")
        << S("PF?") << QList<double>{90, 10, 10} << QList<int>{1, 0, 0}
        << 0 << kUnset << 50.0 << none << S("AD?");
    // A tied group at the cut entirely below x: min_total eliminates both.
    QTest::newRow("min_total settles a tie at the cut below x")
        << S("PPPP") << QList<double>{90, 80, 70, 70} << QList<int>{1, 2, 3, 3}
        << 1 << kUnset << 75.0 << none << S("AAEE");
}

void TestOutcomes::decideOutcomes()
{
    QFETCH(QString, verdicts);
    QFETCH(QList<double>, totals);
    QFETCH(QList<int>, eligibleRanks);
    QFETCH(int, eliminate);
    QFETCH(int, advance);
    QFETCH(double, minTotal);
    QFETCH(QStringList, resolution);
    QFETCH(QString, expected);
    QCOMPARE(totals.size(), verdicts.size());
    QCOMPARE(eligibleRanks.size(), verdicts.size());
    QCOMPARE(expected.size(), verdicts.size());

    pd::Round round;
    round.id = QStringLiteral("r1");
    round.cut = makeCut(eliminate, advance, minTotal);
    if (!resolution.isEmpty())
        round.tieResolutions.push_back({resolution, QStringLiteral("Decided by the chair.")});

    std::vector<pd::OutcomeInput> inputs;
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        pd::OutcomeInput in;
        in.team = QStringLiteral("t%1").arg(i + 1);
        in.verdict = verdictFromCode(verdicts[i]);
        in.total = totals[i];
        if (eligibleRanks[i] > 0)
            in.eligibleRank = eligibleRanks[i];
        inputs.push_back(in);
    }

    const QHash<QString, pd::Outcome> outcomes = pd::decideOutcomes(inputs, round);
    QCOMPARE(outcomes.size(), verdicts.size());
    QString actual;
    for (const pd::OutcomeInput &in : inputs) {
        QVERIFY2(outcomes.contains(in.team), qPrintable(in.team));
        actual += outcomeCode(outcomes.value(in.team));
    }
    QCOMPARE(actual, expected);
}

void TestOutcomes::advancingCount_data()
{
    QTest::addColumn<int>("eliminate");
    QTest::addColumn<int>("advance");
    QTest::addColumn<int>("passTeams");
    QTest::addColumn<int>("expected");

    // n - min(k, n)
    QTest::newRow("eliminate 1 of 5") << 1 << kUnset << 5 << 4;
    QTest::newRow("eliminate 0 of 5") << 0 << kUnset << 5 << 5;
    QTest::newRow("eliminate 5 of 5") << 5 << kUnset << 5 << 0;
    QTest::newRow("eliminate 7 of 5") << 7 << kUnset << 5 << 0;
    QTest::newRow("eliminate 1 of 0") << 1 << kUnset << 0 << 0;
    // min(m, n)
    QTest::newRow("advance 3 of 5") << kUnset << 3 << 5 << 3;
    QTest::newRow("advance 5 of 5") << kUnset << 5 << 5 << 5;
    QTest::newRow("advance 9 of 5") << kUnset << 9 << 5 << 5;
    QTest::newRow("advance 0 of 5") << kUnset << 0 << 5 << 0;
}

void TestOutcomes::advancingCount()
{
    QFETCH(int, eliminate);
    QFETCH(int, advance);
    QFETCH(int, passTeams);
    QFETCH(int, expected);
    QCOMPARE(pd::advancingCount(makeCut(eliminate, advance, kNoMin), passTeams), expected);
}

// The first evaluation, end to end: five teams, eliminate 1. "d" is fourth on points but
// fails the independence check; "e" is last among the pass teams and is eliminated.
void TestOutcomes::firstEvaluationThroughTheEngine()
{
    const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")};
    pd::Panel panel = pdtest::panelWithTeams(ids);
    panel.round.cut.eliminate = 1;
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 100,
        {pdtest::group(QStringLiteral("g"), 100, pd::Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("b"))})}));
    // absolute, scale 100, 100 points: the raw score is the total.
    const QList<double> totals{88, 84, 79, 75, 70};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        pdtest::addResult(panel, ids[i], QStringLiteral("b"), totals[i]);
        if (ids[i] == QStringLiteral("d"))
            pdtest::setVerdict(panel, ids[i], pd::Verdict::Fail,
                               {pdtest::finding(QStringLiteral("backbone"), pd::Origin::OpenSource,
                                                pd::License::Permissive, pd::Weights::Reused,
                                                pd::ExternalControl::None)});
        else
            pdtest::setVerdict(panel, ids[i], pd::Verdict::Pass,
                               {pdtest::cleanFinding(QStringLiteral("backbone"))});
    }

    const pd::Standings standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::teamOrder(standings), ids);
    QCOMPARE(pdtest::scoreRanks(standings), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(pdtest::outcomeSummary(standings),
             QStringLiteral("a:advance,b:advance,c:advance,d:disqualified,e:eliminated_score"));
    QCOMPARE(standings.find(QStringLiteral("d"))->eligibleRank, std::optional<int>());
    QCOMPARE(standings.find(QStringLiteral("e"))->eligibleRank, std::optional<int>(4));
    QVERIFY(standings.complete);

    // The reasons a chair reads out: eligible rank "of 4" (pass teams a, b, c, e), the cut,
    // and for the disqualified team the panel's rationale.
    const QString reasonA = pd::outcomeReason(panel, standings, *standings.find(QStringLiteral("a")));
    QVERIFY2(reasonA.contains(QStringLiteral("1 of 4")) && reasonA.contains(QStringLiteral("eliminate 1")),
             qPrintable(reasonA));
    const QString reasonE = pd::outcomeReason(panel, standings, *standings.find(QStringLiteral("e")));
    QVERIFY2(reasonE.contains(QStringLiteral("4 of 4")), qPrintable(reasonE));
    const QString reasonD = pd::outcomeReason(panel, standings, *standings.find(QStringLiteral("d")));
    QVERIFY2(reasonD.contains(panel.independenceOf(QStringLiteral("d"))->rationale), qPrintable(reasonD));

    // With min_total 75.5, e (70) is out below the minimum, and the reason says so.
    panel.round.cut.minTotal = 75.5;
    const pd::Standings withMin = pd::computeStandings(panel);
    QCOMPARE(pd::toString(withMin.find(QStringLiteral("e"))->outcome), QStringLiteral("eliminated_score"));
    const QString reasonMin = pd::outcomeReason(panel, withMin, *withMin.find(QStringLiteral("e")));
    QVERIFY2(reasonMin.contains(QStringLiteral("70.0")) && reasonMin.contains(QStringLiteral("75.5")),
             qPrintable(reasonMin));
}

void TestOutcomes::tieAtCutThroughTheEngine()
{
    pd::Panel panel = pdtest::panelWithTeams(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    panel.round.cut.eliminate = 1;
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 100,
        {pdtest::group(QStringLiteral("g"), 100, pd::Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("b"))})}));
    const QList<double> totals{90, 80, 70, 70};
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const QString id = panel.teams[static_cast<std::size_t>(i)].id;
        pdtest::addResult(panel, id, QStringLiteral("b"), totals[i]);
        pdtest::setVerdict(panel, id, pd::Verdict::Pass, {pdtest::cleanFinding(QStringLiteral("x"))});
    }

    pd::Standings standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::outcomeSummary(standings),
             QStringLiteral("a:advance,b:advance,c:tie_at_cut,d:tie_at_cut"));
    QVERIFY(!standings.complete);

    // A resolution for a different group changes nothing.
    panel.round.tieResolutions.push_back(
        {QStringList{QStringLiteral("b"), QStringLiteral("c")}, QStringLiteral("Wrong pair.")});
    standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::outcomeSummary(standings),
             QStringLiteral("a:advance,b:advance,c:tie_at_cut,d:tie_at_cut"));
    QVERIFY(!standings.complete);

    // A resolution for exactly {c, d} decides; the standings are then complete.
    panel.round.tieResolutions.push_back(
        {QStringList{QStringLiteral("d"), QStringLiteral("c")}, QStringLiteral("Chair's lot.")});
    standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::outcomeSummary(standings),
             QStringLiteral("a:advance,b:advance,c:eliminated_score,d:advance"));
    QVERIFY(standings.complete);
}

void TestOutcomes::describeCut_data()
{
    QTest::addColumn<int>("eliminate");
    QTest::addColumn<int>("advance");
    QTest::addColumn<double>("minTotal");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("eliminate 1") << 1 << kUnset << kNoMin << 1 << QStringLiteral("eliminate 1");
    QTest::newRow("advance 3") << kUnset << 3 << kNoMin << 1 << QStringLiteral("advance 3");
    QTest::newRow("advance 3, min 60") << kUnset << 3 << 60.0 << 1
                                       << QStringLiteral("advance 3, minimum total 60.0");
    // The minimum is a displayed figure: R8 rounding, 59.95 -> 60.0 at one decimal.
    QTest::newRow("eliminate 2, min 59.95") << 2 << kUnset << 59.95 << 1
                                            << QStringLiteral("eliminate 2, minimum total 60.0");
    QTest::newRow("min 55.5 at 0 decimals") << 1 << kUnset << 55.5 << 0
                                            << QStringLiteral("eliminate 1, minimum total 56");
}

void TestOutcomes::describeCut()
{
    QFETCH(int, eliminate);
    QFETCH(int, advance);
    QFETCH(double, minTotal);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(pd::describeCut(makeCut(eliminate, advance, minTotal), decimals), expected);
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
