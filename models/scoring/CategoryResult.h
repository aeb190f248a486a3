#pragma once
// One team's result in one category, as each category kind's scorer returns it.

#include "scoring/Standings.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace pd {

struct CategoryResult {
    double score = 0.0;
    NamedScores groups;   // benchmark categories only: group scores in configuration order
    QSet<QString> flags;  // e.g. "incomplete_benchmark"
};

// Keyed by team id; every team of the round has an entry.
using CategoryResults = QHash<QString, CategoryResult>;

} // namespace pd
