#pragma once
// A round's configuration apart from its inputs (docs/setup-changes.md): the program, the
// round's settings except its tie resolutions (id, name, evaluation date, appeal days,
// display decimals, cut, tie break), the categories with everything nested (groups,
// benchmarks and their team restrictions, rubric items, user items, aggregation, scale) and
// the teams. Everything else of a Panel is an input or a record and is kept when the
// configuration changes (services/PanelSetup.h).

#include "domain/Panel.h"
#include "domain/SheetRecord.h"

namespace pd {

// `inputs` with the configuration of `setup`; every other member of `inputs` is kept.
Panel withConfigurationOf(const Panel &inputs, const Panel &setup);

// True when the configurations of `a` and `b` are equal.
bool sameConfiguration(const Panel &a, const Panel &b);

// The first input of `stored` (with its `sheets`) that the configuration of `setup` would
// orphan, as a translated message naming it ("teams: \"kt\" has 12 expert scores and 40 user
// ratings: it cannot be removed"); empty when none. Counted from what the Panel holds: a store
// that reads every row counts in SQL instead (storage/ConfigurationWriter.h, the server's
// change_setup), with the same words.
QString orphanedInput(const Panel &stored, const std::vector<SheetRecord> &sheets, const Panel &setup);

// A one-line JSON summary of a configuration for the audit log: the round's id and name,
// the team ids, per category its id, kind, points and item ids (compact, keys sorted).
QString summarizeConfiguration(const Panel &panel);

} // namespace pd
