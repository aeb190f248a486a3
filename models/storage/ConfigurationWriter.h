#pragma once
// Changing the configuration of the stored round in place (RoundInputs::changeConfiguration,
// docs/setup-changes.md), inside the caller's write transaction: the inputs stay where they
// are, the configuration tables are rewritten around them.

#include "domain/Panel.h"

#include <QSqlDatabase>

namespace pd {

// Whether the stored round holds an input (RoundInputs::holdsInputs).
bool storedRoundHoldsInputs(const QSqlDatabase &db);

// InputError naming the first stored input that `setup` would orphan: a team removed (or its
// id changed) that has sheets, scores, results, ratings, findings, conflicts or a tie
// resolution; a rubric item removed with scores (or while sealed drafts, which only their
// reviewers can read, may score it); a benchmark removed with results; a user item removed
// with ratings; the round's id changed while the round holds inputs.
void requireNothingOrphaned(const QSqlDatabase &db, const Panel &stored, const Panel &setup);

// Rewrites program, round settings, teams and categories (with groups, benchmarks, team
// restrictions, rubric and user items) of the stored round `stored` as `setup` has them,
// keeping every input row; the ratings' copy of their category's scale follows a changed
// scale. The round's id must not change (requireNothingOrphaned). Foreign keys are deferred
// to the commit, their backstop.
void rewriteConfiguration(const QSqlDatabase &db, const Panel &stored, const Panel &setup);

} // namespace pd
