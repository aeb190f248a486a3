#pragma once
// The scoring engine: a pure function from a round's inputs to its standings (R1-R7).
// No I/O, no SQL, no widgets: the same inputs always give the same standings.

#include "domain/Panel.h"
#include "scoring/Standings.h"

namespace pd {

Standings computeStandings(const Panel &panel);

} // namespace pd
