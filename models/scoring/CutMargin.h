#pragma once
// How far each team stands from the cut line (issue 4, item 1): the points a team could lose
// (positive margin) before its outcome would change, or must gain (negative) to change it,
// everything else equal. Computed from the standings, never from drafts.
//
// Only teams with verdict pass are on either side of the line (R7 rule 3); disqualified and
// pending teams have no margin. In eligible order the line lies between the last team that
// advances and the first that does not:
//   - an advancing team's margin = its total - the best total below the line (the team that
//     would overtake it); with min_total also at most its total - min_total;
//   - an eliminated team's margin = its total - the lowest total above the line (negative:
//     what it lacks), or its total - min_total when min_total eliminated it;
//   - teams tied at the cut have margin 0.
// A line with nobody on one side (everyone advances, nobody does) gives no rank margin; then
// only min_total counts, if set.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QHash>
#include <optional>

namespace pd {

struct CutLine {
    std::optional<QString> lastAbove;   // the lowest advancing pass team, in eligible order
    std::optional<QString> firstBelow;  // the best eliminated pass team
    QHash<QString, double> margins;     // pass teams only
};

CutLine cutLine(const Standings &standings, const Round &round);

} // namespace pd
