#pragma once
// The standings as a terminal table (paneldesk-cli standings, scripts/run.sh without a
// display): rounded for display (R8), Korean names aligned, demo notice, completeness.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QString>

namespace pd {

QString standingsText(const Panel &panel, const Standings &standings);

} // namespace pd
