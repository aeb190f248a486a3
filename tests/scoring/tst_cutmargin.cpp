// Margins to the cut line (scoring/CutMargin.h), from hand-made standings: advancing teams
// measured against the best team below the line, eliminated ones against the lowest above,
// min_total, ties at the cut, and teams off the line (fail, pending) without a margin.
#include "scoring/CutMargin.h"

#include <QtTest>

using namespace pd;

namespace {

struct Row {
    const char *team;
    double total;
    Verdict verdict;
    Outcome outcome;
};

Standings standings(std::initializer_list<Row> rows)
{
    Standings s;
    int rank = 0;
    for (const Row &r : rows) {
        TeamStanding t;
        t.team = QString::fromLatin1(r.team);
        t.total = r.total;
        t.independence = r.verdict;
        t.outcome = r.outcome;
        t.scoreRank = ++rank;
        s.teams.push_back(t);
    }
    return s;
}

Round cutRound(std::optional<double> minTotal = std::nullopt)
{
    Round r;
    r.cut.eliminate = 1;
    r.cut.minTotal = minTotal;
    return r;
}

} // namespace

class TestCutMargin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstEvaluation()
    {
        // the reference scenario: LG 90.2, SKT 82.2, Upstage 80.6 advance; Naver 78.0 is
        // disqualified (no margin); NC AI 67.5 is eliminated on score
        const Standings s = standings({{"lg", 90.2, Verdict::Pass, Outcome::Advance},
                                       {"skt", 82.2, Verdict::Pass, Outcome::Advance},
                                       {"upstage", 80.6, Verdict::Pass, Outcome::Advance},
                                       {"naver", 78.0, Verdict::Fail, Outcome::Disqualified},
                                       {"nc", 67.5, Verdict::Pass, Outcome::EliminatedScore}});
        const CutLine line = cutLine(s, cutRound());
        QCOMPARE(line.lastAbove.value_or(QString()), QStringLiteral("upstage"));
        QCOMPARE(line.firstBelow.value_or(QString()), QStringLiteral("nc"));
        QCOMPARE(line.margins.value(QStringLiteral("lg")), 90.2 - 67.5);
        QCOMPARE(line.margins.value(QStringLiteral("upstage")), 80.6 - 67.5);
        QCOMPARE(line.margins.value(QStringLiteral("nc")), 67.5 - 80.6);
        QVERIFY(!line.margins.contains(QStringLiteral("naver")));
    }

    void minTotalCountsOnBothSides()
    {
        const Standings s = standings({{"a", 80, Verdict::Pass, Outcome::Advance},
                                       {"b", 62, Verdict::Pass, Outcome::Advance},
                                       {"c", 58, Verdict::Pass, Outcome::EliminatedScore},
                                       {"d", 55, Verdict::Pass, Outcome::EliminatedScore},
                                       {"p", 90, Verdict::Pending, Outcome::Pending}});
        const CutLine line = cutLine(s, cutRound(60.0));
        QCOMPARE(line.margins.value(QStringLiteral("a")), 80.0 - 60.0);   // min(80-58, 80-60)
        QCOMPARE(line.margins.value(QStringLiteral("b")), 62.0 - 60.0);   // min(62-58, 62-60)
        QCOMPARE(line.margins.value(QStringLiteral("c")), 58.0 - 62.0);   // min(58-60, 58-62)
        QCOMPARE(line.margins.value(QStringLiteral("d")), 55.0 - 62.0);
        QVERIFY(!line.margins.contains(QStringLiteral("p")));
    }

    void tiesAtTheCutHaveNoRoom()
    {
        const Standings s = standings({{"a", 80, Verdict::Pass, Outcome::Advance},
                                       {"b", 70, Verdict::Pass, Outcome::TieAtCut},
                                       {"c", 70, Verdict::Pass, Outcome::TieAtCut}});
        const CutLine line = cutLine(s, cutRound());
        QCOMPARE(line.margins.value(QStringLiteral("b")), 0.0);
        QCOMPARE(line.margins.value(QStringLiteral("c")), 0.0);
        QVERIFY(!line.firstBelow);
        QVERIFY(!line.margins.contains(QStringLiteral("a")));   // nobody below, no min_total
    }

    void everybodyAdvances()
    {
        const Standings s = standings({{"a", 80, Verdict::Pass, Outcome::Advance},
                                       {"b", 70, Verdict::Pass, Outcome::Advance}});
        QVERIFY(cutLine(s, cutRound()).margins.isEmpty());
        QCOMPARE(cutLine(s, cutRound(65.0)).margins.value(QStringLiteral("b")), 5.0);
    }
};

QTEST_GUILESS_MAIN(TestCutMargin)
#include "tst_cutmargin.moc"
