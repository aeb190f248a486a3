// Panel::withoutScoresAndRatings copies every member of a panel but its expert scores,
// user ratings and anonymous sheet totals: compared with a full copy of the demo panel (every member set) whose scores
// and ratings are cleared.
#include "demo/DemoPanel.h"

#include <QTest>

using namespace pd;

class TestPanelCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesEverythingButScoresAndRatings()
    {
        Panel demo = buildDemoPanel();
        demo.round.tieResolutions.push_back({{QStringLiteral("lg"), QStringLiteral("skt")}, QStringLiteral("r")});
        demo.anonymousSheetTotals.push_back({QStringLiteral("expert"), QStringLiteral("lg"), 30.0});
        demo.serverSuggestions.push_back({QStringLiteral("lg"), Verdict::Fail});   // copied
        QVERIFY(!demo.expertScores.empty() && !demo.userRatings.empty() && !demo.independence.empty()
                && !demo.benchmarkResults.empty() && !demo.program.notice.isEmpty());
        Panel expected = demo;
        expected.expertScores.clear();
        expected.userRatings.clear();
        expected.anonymousSheetTotals.clear();
        const Panel copy = demo.withoutScoresAndRatings();
        QVERIFY(copy == expected);
        QVERIFY(copy.expertScores.empty() && copy.userRatings.empty());
        QVERIFY(!(copy == demo));
    }
};

QTEST_MAIN(TestPanelCopy)
#include "tst_panelcopy.moc"
