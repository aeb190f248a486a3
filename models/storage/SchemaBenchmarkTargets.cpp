// Schema step 15 (version 14 -> 15): each team's target on a benchmark, configured with the
// round (issue 16; domain/Panel.h BenchmarkTarget, docs/panel-file.md "targets").
// Released once merged; never edit, add a step instead.
//
// - benchmark_targets: one row per (round, benchmark, team), in the panel's order (seq),
//   target REAL above 0. Foreign keys to benchmarks and round_teams, no cascades: the rows are
//   written with the benchmarks (PanelWriter.cpp writeCategories) and deleted before them
//   (kDeleteOrder). Triggers refuse a target in a group that does not use target_ratio and
//   one for a team the benchmark does not apply to (its benchmark_teams, when it has any).
// - benchmark_results_target_insert / _update (step 1) are replaced: a target_ratio result
//   without a target is now accepted when a target is configured for its team and benchmark;
//   a target of 0 or below is still refused, with the same message.
// What spans rows is the validator's, as for step 1: removing a configured target that a
// stored result without its own target relies on, or changing a group's method under its
// targets, is refused by validatePanel before a write, not by a trigger here (a trigger on
// DELETE would also stand in the way of rewriting the configuration in place).
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {
namespace {

const char16_t *const kStatements[] = {
    uR"(CREATE TABLE benchmark_targets (
        round_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        target REAL NOT NULL CONSTRAINT configured_target_positive
            CHECK (typeof(target) = 'real' AND target > 0),
        PRIMARY KEY (round_id, benchmark_id, team_id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, benchmark_id) REFERENCES benchmarks (round_id, id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TRIGGER benchmark_targets_insert BEFORE INSERT ON benchmark_targets
    BEGIN
        SELECT RAISE(ABORT, 'a configured target needs a benchmark of a target_ratio group')
        WHERE (SELECT g.normalization FROM benchmarks b
               JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
               WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) <> 'target_ratio';
        SELECT RAISE(ABORT, 'the benchmark does not apply to this team')
        WHERE EXISTS (SELECT 1 FROM benchmark_teams
                      WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id)
          AND NOT EXISTS (SELECT 1 FROM benchmark_teams
                          WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id
                            AND team_id = NEW.team_id);
    END)",

    uR"(CREATE TRIGGER benchmark_targets_update BEFORE UPDATE ON benchmark_targets
    BEGIN
        SELECT RAISE(ABORT, 'a configured target needs a benchmark of a target_ratio group')
        WHERE (SELECT g.normalization FROM benchmarks b
               JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
               WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) <> 'target_ratio';
        SELECT RAISE(ABORT, 'the benchmark does not apply to this team')
        WHERE EXISTS (SELECT 1 FROM benchmark_teams
                      WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id)
          AND NOT EXISTS (SELECT 1 FROM benchmark_teams
                          WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id
                            AND team_id = NEW.team_id);
    END)",

    uR"(DROP TRIGGER benchmark_results_target_insert)",
    uR"(DROP TRIGGER benchmark_results_target_update)",

    uR"(CREATE TRIGGER benchmark_results_target_insert BEFORE INSERT ON benchmark_results
    WHEN (NEW.target <= 0
          OR (NEW.target IS NULL
              AND NOT EXISTS (SELECT 1 FROM benchmark_targets t
                              WHERE t.round_id = NEW.round_id AND t.benchmark_id = NEW.benchmark_id
                                AND t.team_id = NEW.team_id)))
        AND (SELECT g.normalization FROM benchmarks b
             JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
             WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio'
    BEGIN
        SELECT RAISE(ABORT, 'a result in a target_ratio group needs a target above 0');
    END)",

    uR"(CREATE TRIGGER benchmark_results_target_update BEFORE UPDATE ON benchmark_results
    WHEN (NEW.target <= 0
          OR (NEW.target IS NULL
              AND NOT EXISTS (SELECT 1 FROM benchmark_targets t
                              WHERE t.round_id = NEW.round_id AND t.benchmark_id = NEW.benchmark_id
                                AND t.team_id = NEW.team_id)))
        AND (SELECT g.normalization FROM benchmarks b
             JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
             WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio'
    BEGIN
        SELECT RAISE(ABORT, 'a result in a target_ratio group needs a target above 0');
    END)",
};

} // namespace

void addBenchmarkTargets(QSqlDatabase &db)
{
    for (const char16_t *statement : kStatements)
        execSql(db, QString::fromUtf16(statement));
}

} // namespace pd::schema
