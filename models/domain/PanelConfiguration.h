#pragma once
// A round's configuration apart from its inputs (docs/setup-changes.md): the program, the
// round's settings except its tie resolutions (id, name, evaluation date, appeal days,
// display decimals, cut, tie break), the categories with everything nested (groups,
// benchmarks and their team restrictions, rubric items, user items, aggregation, scale) and
// the teams. Everything else of a Panel is an input or a record and is kept when the
// configuration changes (services/PanelSetup.h).

#include "domain/Panel.h"

namespace pd {

// `inputs` with the configuration of `setup`; every other member of `inputs` is kept.
Panel withConfigurationOf(const Panel &inputs, const Panel &setup);

// True when the configurations of `a` and `b` are equal.
bool sameConfiguration(const Panel &a, const Panel &b);

// A one-line JSON summary of a configuration for the audit log: the round's id and name,
// the team ids, per category its id, kind, points and item ids (compact, keys sorted).
QString summarizeConfiguration(const Panel &panel);

} // namespace pd
