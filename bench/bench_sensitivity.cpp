// Benchmark (measured, never asserted): the sensitivity analysis that showing the chair's
// Sensitivity tab computes (analysis/Sensitivity.h) and its table model, on the large panel
// of bench_standings (200 teams, 100 experts x 5 items; the ratings only as tallies, so their
// number does not matter here), without writing a database.
//
//   build/bench/bench_sensitivity [--teams N] [--experts N] [--runs N]
//
// See docs/benchmarks.md for the figures.

#include "BenchTiming.h"
#include "LargePanel.h"

#include "access/Visibility.h"
#include "analysis/Sensitivity.h"
#include "itemmodels/SensitivityTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace pd;
using namespace pd::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The sensitivity analysis of a large panel."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("teams"), QStringLiteral("Teams (200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("experts"), QStringLiteral("Experts (100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    QTextStream out(stdout);
    const Size size{parser.value(QStringLiteral("teams")).toInt(), parser.value(QStringLiteral("experts")).toInt(),
                    qint64(parser.value(QStringLiteral("teams")).toInt()) * 2 * 50};
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    Panel panel = largePanel(size);
    panel.reviewers.push_back({QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}});
    const std::vector<RatingTally> tallies = tallyRatings(panel.userRatings);
    panel.userRatings.clear();
    const Panel visible = visiblePanel(panel, QStringLiteral("chair"));

    SensitivityReport report;
    const double analysis = medianMs(runs, [&] { report = analyseSensitivity(visible, tallies, {}); });
    SensitivityTableModel model;
    const double table = medianMs(runs, [&] { model.setReport(visible, report); });
    int found = 0;
    for (const TeamSensitivity &t : report.teams)
        for (const WeightFlip &f : t.flips)
            found += f.status == WeightFlip::Status::Found ? 1 : 0;
    out << size.teams << " teams, " << size.experts << " experts; median of " << runs << " runs:" << Qt::endl
        << "  sensitivity analysis (analyseSensitivity):  " << QString::number(analysis, 'f', 1) << " ms" << Qt::endl
        << "  its table model (setReport):                " << QString::number(table, 'f', 1) << " ms" << Qt::endl
        << "  flip points found: " << found << " of " << report.teams.size() * panel.categories.size()
        << "; leave-one-out runs: " << report.leaveOneOut.size() << Qt::endl;
    return 0;
}
