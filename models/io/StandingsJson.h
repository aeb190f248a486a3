#pragma once
// The standings JSON `paneldesk-standings` version 1 (shared spec panel-file.md): full
// precision numbers in shortest round-trip form, teams in score order, keys in the order the
// specification lists them. Deterministic: the same standings give the same bytes.

#include "scoring/Standings.h"

#include <QByteArray>

namespace pd {

QByteArray standingsJson(const Standings &standings);

} // namespace pd
