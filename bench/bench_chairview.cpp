// Benchmark (measured, never asserted): on the large panel (200 teams, 100 experts, all
// sheets submitted, 2,000,000 user ratings), the time from a submitted sheet to updated
// standings and charts — what the chair's window does after SheetEditor reports a submit:
//
//   1. the whole refresh as the window runs it today: PanelView::showPanel(store, chair) —
//      read the round with SQL tallies of the ratings, visibility, engine, standings table,
//      charts, sensitivity and agreement pages;
//   2. the part after reading: engine + standings model + charts only, from inputs in memory.
//
//   build/bench/bench_chairview [--teams N] [--experts N] [--ratings N] [--runs N]
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen is set when unset). Figures: docs/benchmarks.md.

#include "LargePanel.h"

#include "PanelView.h"
#include "StandingsPage.h"
#include "access/Visibility.h"
#include "actions/PanelDatabase.h"
#include "charts/ChartsPage.h"
#include "itemmodels/StandingsTableModel.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::bench;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

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
    const auto store = SqliteStore::open(db);
    const Member chair{QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}, false};

    PanelView view;
    view.resize(1366, 768);
    view.show();
    // a sheet is reopened and submitted again before each run: the state after a submit
    const QString reviewer = panel.reviewers.front().id;
    const QString team = panel.teams.front().id;
    const auto resubmit = [&] {
        store->reopenSheet(reviewer, team, QStringLiteral("bench"), QStringLiteral("chair"));
        store->submitSheet(reviewer, team, reviewer);
    };
    resubmit();
    view.showPanel(*store, chair);   // warm-up
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

    out << size.teams << " teams, " << size.experts << " experts, " << size.ratings << " ratings; median of "
        << runs << " runs:" << Qt::endl
        << "  whole refresh (PanelView::showPanel as the window runs it): " << QString::number(whole, 'f', 1) << " ms" << Qt::endl
        << "    of which reading the round (loadScoringInputs):           " << QString::number(read, 'f', 1) << " ms" << Qt::endl
        << "  engine + standings model + charts from memory:              " << QString::number(inMemory, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
