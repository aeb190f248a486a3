// Benchmark (measured, never asserted): on the large panel (200 teams, 100 experts, all
// sheets submitted, 2,000,000 user ratings), the time from a submitted sheet to updated
// standings and charts — what the chair's window does after SheetEditor reports a submit:
//
//   1. what the window runs after a submit: PanelView::sheetChanged — that one sheet read
//      again (actions/LiveInputs.h), visibility, engine, standings table, charts, progress —
//      with the Standings tab shown, and again with the Charts tab shown and painted;
//   2. for comparison, the whole refresh (PanelView::showPanel: the round read again with
//      SQL tallies of 2M ratings) that a tab switch or File > Reload runs;
//   3. its parts: reading the round, and engine + standings model + charts from memory;
//   4. the sensitivity analysis that showing its tab computes.
//
//   build/bench/bench_chairview [--teams N] [--experts N] [--ratings N] [--runs N]
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen is set when unset). Figures: docs/benchmarks.md.

#include "BenchTiming.h"
#include "LargePanel.h"

#include "PanelView.h"
#include "StandingsPage.h"
#include "access/Visibility.h"
#include "analysis/Sensitivity.h"
#include "actions/PanelDatabase.h"
#include "charts/ChartsPage.h"
#include "itemmodels/StandingsTableModel.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace pd;
using namespace pd::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("From a submitted sheet to updated standings and charts."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("teams"), QStringLiteral("Teams (200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("experts"), QStringLiteral("Experts (100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("User ratings (2000000)."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    const Size size{parser.value(QStringLiteral("teams")).toInt(), parser.value(QStringLiteral("experts")).toInt(),
                    parser.value(QStringLiteral("ratings")).toLongLong()};
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    Panel panel = largePanel(size);
    panel.reviewers.push_back({QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}});
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("chairview.paneldesk"));
    createDatabase(panel, db, {false, QStringLiteral("bench")});
    const auto store = openPanelStore(db);
    const Member chair{QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}, false};

    PanelView view;
    view.resize(1366, 768);
    view.show();
    const QString reviewer = panel.reviewers.front().id;
    const QString team = panel.teams.front().id;
    const auto resubmit = [&] {
        store->reopenSheet(reviewer, team, QStringLiteral("bench"), QStringLiteral("chair"));
        store->submitSheet(reviewer, team, reviewer);
    };
    resubmit();
    view.showPanel(*store, chair);   // warm-up, and the inputs the window keeps
    // the sheet is reopened and submitted again before each run (not timed)
    const double submitted = medianMs(runs, [&] {
        view.sheetChanged(*store, chair, reviewer, team);
        QCoreApplication::processEvents();
    }, resubmit);
    view.setCurrentWidget(view.charts());
    QCoreApplication::processEvents();
    const double submittedCharts = medianMs(runs, [&] {
        view.sheetChanged(*store, chair, reviewer, team);
        view.charts()->repaint();   // the chart shown, painted
    }, resubmit);
    view.setCurrentWidget(view.standings());
    QCoreApplication::processEvents();
    const double whole = medianMs(runs, [&] {
        view.showPanel(*store, chair);
        QCoreApplication::processEvents();
    });

    const ScoringInputs inputs = store->loadScoringInputs();
    const Panel visible = visiblePanel(inputs.panel, chair.id);
    StandingsTableModel model;
    ChartsPage charts(&model);
    charts.resize(1366, 700);
    charts.show();
    const double inMemory = medianMs(runs, [&] {
        const Standings standings = computeStandings(visible, inputs.ratingTallies);
        model.setStandings(visible, standings);
        charts.showPanel(visible, standings);
        QCoreApplication::processEvents();
    });
    const double read = medianMs(runs, [&] { (void)store->loadScoringInputs(); });
    // what showing the Sensitivity tab computes (once: it is the slowest part)
    const double sensitivity = medianMs(1, [&] { (void)analyseSensitivity(visible, inputs.ratingTallies, {}); });

    out << size.teams << " teams, " << size.experts << " experts, " << size.ratings << " ratings; median of "
        << runs << " runs:" << Qt::endl
        << "  after a submit (PanelView::sheetChanged), Standings tab shown:  " << QString::number(submitted, 'f', 1) << " ms" << Qt::endl
        << "  after a submit, Charts tab shown and painted:                 " << QString::number(submittedCharts, 'f', 1) << " ms" << Qt::endl
        << "  whole refresh (PanelView::showPanel: tab switch, Reload):       " << QString::number(whole, 'f', 1) << " ms" << Qt::endl
        << "    of which reading the round (loadScoringInputs):           " << QString::number(read, 'f', 1) << " ms" << Qt::endl
        << "  engine + standings model + charts from memory:              " << QString::number(inMemory, 'f', 1) << " ms" << Qt::endl
        << "  sensitivity analysis (Sensitivity tab shown; one run):      " << QString::number(sensitivity, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
