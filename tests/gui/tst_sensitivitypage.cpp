// The sensitivity page offscreen on the demo panel: moving a weight slider with the keyboard
// changes the figures exactly as models/analysis/Sensitivity.h says (others rescaled, the
// total kept), the aggregation and leave-out switches feed the same function, Reset
// restores the baseline, and the page says it is an analysis only. Saves a screenshot to
// /tmp/sensitivity-en.png (1366x700).

#include "analysis/SensitivityPage.h"
#include "demo/DemoPanel.h"
#include "itemmodels/SensitivityTableModel.h"
#include "scoring/Rounding.h"
#include "scoring/ScoringEngine.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTest>

using namespace pd;

class TestSensitivityPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void baselineOnOpen();
    void sliderByKeyboard();
    void switchesAndReset();
    void cancelledAnalysisShowsNoFigures();
    void screenshot();

private:
    void compareWithModelFunction(const SensitivityScenario &scenario);
    Panel m_panel;
    std::unique_ptr<SensitivityPage> m_page;
};

void TestSensitivityPage::init()
{
    m_panel = buildDemoPanel();
    m_page = std::make_unique<SensitivityPage>();
    m_page->resize(1366, 700);
    m_page->setPanel(m_panel);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSensitivityPage::cleanup() { m_page.reset(); }

// A long analysis reports its steps and can be cancelled: the table then shows nothing of a
// scenario it did not finish, and the page says so; the next computation runs again.
void TestSensitivityPage::cancelledAnalysisShowsNoFigures()
{
    int calls = 0;
    int lastTotal = 0;
    m_page->setMakeProgress([&] {
        return SensitivityProgress([&](int done, int total) {
            ++calls;
            lastTotal = total;
            return done < 4;   // Cancel pressed during the fourth step
        });
    });
    m_page->reset();
    QCOMPARE(calls, 4);
    QCOMPARE(lastTotal, 3 * 5 + 10);   // categories x teams, then one per expert
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("sensitivityStatus"))->text().contains(QStringLiteral("cancelled")));

    m_page->setMakeProgress([] { return SensitivityProgress([](int, int) { return true; }); });
    m_page->reset();
    compareWithModelFunction(SensitivityScenario{});
}

// Every cell of the table equals the model function's figures for `scenario`.
void TestSensitivityPage::compareWithModelFunction(const SensitivityScenario &scenario)
{
    const SensitivityReport expected = analyseSensitivity(m_panel, scenario);
    const SensitivityTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), static_cast<int>(expected.teams.size()));
    const int decimals = m_panel.round.displayDecimals;
    for (int r = 0; r < model->rowCount(); ++r) {
        const TeamSensitivity &t = expected.teams[std::size_t(r)];
        const TeamSensitivity &shown = m_page->report().teams[std::size_t(r)];
        QCOMPARE(shown.team, t.team);
        QCOMPARE(std::abs(shown.scenarioTotal - t.scenarioTotal) < 1e-9, true);
        QCOMPARE(model->index(r, SensitivityTableModel::ScenarioTotalColumn).data().toString(),
                 formatScore(t.scenarioTotal, decimals));
        QCOMPARE(model->index(r, SensitivityTableModel::BaselineTotalColumn).data().toString(),
                 formatScore(t.baselineTotal, decimals));
        QCOMPARE(model->index(r, SensitivityTableModel::ScenarioColumn).data().toString(),
                 SensitivityTableModel::outcomeText(t.scenarioOutcome));
        QCOMPARE(model->index(r, 0).data(SensitivityTableModel::ChangedRole).toBool(), t.changed);
        for (std::size_t c = 0; c < t.flips.size(); ++c)
            QCOMPARE(model->index(r, SensitivityTableModel::FirstFlipColumn + int(c)).data().toString(),
                     SensitivityTableModel::flipText(t.flips[c], decimals + 1));
    }
}

void TestSensitivityPage::baselineOnOpen()
{
    const auto *note = m_page->findChild<QLabel *>(QStringLiteral("analysisOnly"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("Analysis only — the stored configuration is not changed")));
    QCOMPARE(m_page->scenario().weights, storedWeights(m_panel));
    const Standings baseline = computeStandings(m_panel);
    for (const TeamSensitivity &t : m_page->report().teams) {
        QVERIFY(!t.changed);
        QCOMPARE(toString(t.scenarioOutcome), toString(baseline.find(t.team)->outcome));
    }
    compareWithModelFunction({});
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), QStringLiteral("LG AI연구원"));
    // "nobody" + the ten experts with submitted sheets.
    QCOMPARE(m_page->leaveOutBox()->count(), 11);
}

void TestSensitivityPage::sliderByKeyboard()
{
    QSlider *benchmark = m_page->weightSlider(QStringLiteral("benchmark"));
    QVERIFY(benchmark);
    QCOMPARE(benchmark->value(), 400);
    benchmark->setFocus();
    QTest::keyClick(benchmark, Qt::Key_PageUp);   // +5 points: 45
    QTest::keyClick(benchmark, Qt::Key_Right);    // +0.5: 45.5
    QCOMPARE(benchmark->value(), 455);

    // The others share the remaining 54.5 in the stored proportion 35:25.
    const CategoryWeights expected = rescaleWeights(storedWeights(m_panel), QStringLiteral("benchmark"), 45.5);
    const CategoryWeights &weights = m_page->scenario().weights;
    QCOMPARE(weights.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY(std::abs(weights[i].points - expected[i].points) < 1e-9);
    QVERIFY(std::abs(weightOf(weights, QStringLiteral("expert")) - 54.5 * 35 / 60) < 1e-9);
    QVERIFY(std::abs(totalPoints(weights) - 100.0) < 1e-9);
    QCOMPARE(m_page->weightSlider(QStringLiteral("expert"))->value(), int(std::lround(54.5 * 35 / 60 * 10)));

    SensitivityScenario scenario;
    scenario.weights = expected;
    compareWithModelFunction(scenario);
    // The totals moved: LG's scenario total is no longer the stored one.
    const TeamSensitivity &lg = m_page->report().teams.front();
    QVERIFY(std::abs(lg.scenarioTotal - lg.baselineTotal) > 1e-6);

    // Home: benchmark 0, the others take 100 in proportion.
    QTest::keyClick(benchmark, Qt::Key_Home);
    QCOMPARE(weightOf(m_page->scenario().weights, QStringLiteral("benchmark")), 0.0);
    scenario.weights = m_page->scenario().weights;
    compareWithModelFunction(scenario);
}

void TestSensitivityPage::switchesAndReset()
{
    QTest::keyClick(m_page->weightSlider(QStringLiteral("user")), Qt::Key_PageDown);   // user 20
    m_page->aggregationBox()->setCurrentIndex(m_page->aggregationBox()->findData(int(Aggregation::Median)));
    m_page->leaveOutBox()->setCurrentIndex(m_page->leaveOutBox()->findData(QStringLiteral("e01")));
    SensitivityScenario scenario;
    scenario.weights = rescaleWeights(storedWeights(m_panel), QStringLiteral("user"), 20.0);
    scenario.aggregation = Aggregation::Median;
    scenario.leaveOut = QStringLiteral("e01");
    QCOMPARE(m_page->scenario().weights.size(), std::size_t(3));
    compareWithModelFunction(scenario);

    QTest::mouseClick(m_page->resetButton(), Qt::LeftButton);
    QCOMPARE(m_page->scenario().weights, storedWeights(m_panel));
    QVERIFY(!m_page->scenario().aggregation);
    QVERIFY(m_page->scenario().leaveOut.isEmpty());
    QCOMPARE(m_page->weightSlider(QStringLiteral("user"))->value(), 250);
    QCOMPARE(m_page->leaveOutBox()->currentIndex(), 0);
    const Standings baseline = computeStandings(m_panel);
    for (const TeamSensitivity &t : m_page->report().teams) {
        QVERIFY(std::abs(t.scenarioTotal - baseline.find(t.team)->total) < 1e-9);
        QCOMPARE(toString(t.scenarioOutcome), toString(baseline.find(t.team)->outcome));
    }
    compareWithModelFunction({});
}

void TestSensitivityPage::screenshot()
{
    QTest::keyClick(m_page->weightSlider(QStringLiteral("expert")), Qt::Key_PageUp);
    QApplication::processEvents();
    const QPixmap shot = m_page->grab();
    QCOMPARE(shot.size(), QSize(1366, 700));
    QVERIFY(shot.save(QStringLiteral("/tmp/sensitivity-en.png")));
}

QTEST_MAIN(TestSensitivityPage)
#include "tst_sensitivitypage.moc"
