#pragma once
// Why a team got its outcome, in one sentence a chair can read out (R7). Translatable.

#include "domain/Panel.h"
#include "scoring/Standings.h"

namespace pd {

QString outcomeReason(const Panel &panel, const Standings &standings, const TeamStanding &team);

// The cut in words, e.g. "eliminate 1" or "advance 3, minimum total 60.0".
QString describeCut(const Cut &cut, int displayDecimals);

} // namespace pd
