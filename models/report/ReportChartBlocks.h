#pragma once
// The chair's charts for the decision report (docs/report.md), as ReportBlocks of kind Chart:
// the same five the Charts tab shows (category scores stacked with the cut line, scores by
// category, expert totals as boxes with each sheet, category achievement, benchmark groups),
// with only the teams whose scores the report shows. ReportChartImage.h draws them.

#include "report/DecisionReport.h"

#include <functional>

namespace pd {

struct ChartScope {
    std::function<bool(const QString &team)> showsScores;   // a team's bars, lines and boxes
    bool sheetTotals = false;   // the expert-totals chart (one point per sheet): full reports only
};

// Charts without data are left out: the expert totals without an expert category or counted
// sheet, the groups without a benchmark group, achievement with fewer than three categories
// (a radar needs three axes).
std::vector<ReportBlock> chairChartBlocks(const Panel &panel, const Standings &standings,
                                          const ChartScope &scope);

} // namespace pd
