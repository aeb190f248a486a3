// Server schema step 3 (version 2 -> 3): each team's configured target on a benchmark
// (issue 16), the server's mirror of the SQLite schema's step 15 (storage/
// SchemaBenchmarkTargets.cpp, docs/panel-file.md "targets"):
// - benchmark_targets with the same columns, keys, foreign keys (no cascades) and rules: a
//   target above 0 (and not NaN, which PostgreSQL orders above every number), only on a
//   benchmark of a target_ratio group, only for a team the benchmark applies to (trigger
//   pd_configured_target_rules, SECURITY DEFINER like every data rule of step 1);
// - pd_benchmark_target() replaced: a target_ratio result without a target is accepted when
//   its team's target is configured (a target of 0 or below is still refused, same message);
// - like the other configuration tables: read by every member (GRANT SELECT, RLS enabled and
//   forced, the owner's policy and panel_read), written by nobody but the owner, i.e. through
//   replace_panel (whose step-3 form, step 2's with the bands, also deletes and inserts these rows,
//   ServerReplacePanel.cpp upgradeReplacePanelForTargets) and deploy; a change notifies
//   "panel" (ServerNotify.h).
// A released step is never edited: a change is a new step.
#include "server/ServerNotify.h"
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kStatements[] = {
    uR"(CREATE TABLE benchmark_targets (
        round_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        target DOUBLE PRECISION NOT NULL CONSTRAINT configured_target_positive
            CHECK (target > 0 AND target <> 'NaN'),
        PRIMARY KEY (round_id, benchmark_id, team_id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, benchmark_id) REFERENCES benchmarks (round_id, id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE FUNCTION pd_configured_target_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF (SELECT g.normalization FROM benchmarks b
            JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
            WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) <> 'target_ratio' THEN
            RAISE EXCEPTION 'a configured target needs a benchmark of a target_ratio group' USING ERRCODE = '23514';
        END IF;
        IF EXISTS (SELECT 1 FROM benchmark_teams
                   WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id)
           AND NOT EXISTS (SELECT 1 FROM benchmark_teams
                           WHERE round_id = NEW.round_id AND benchmark_id = NEW.benchmark_id
                             AND team_id = NEW.team_id) THEN
            RAISE EXCEPTION 'the benchmark does not apply to this team' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_configured_target_rules() FROM PUBLIC)",
    uR"(CREATE TRIGGER benchmark_targets_rules BEFORE INSERT OR UPDATE ON benchmark_targets
        FOR EACH ROW EXECUTE FUNCTION pd_configured_target_rules())",

    uR"(CREATE OR REPLACE FUNCTION pd_benchmark_target() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF (NEW.target <= 0
            OR (NEW.target IS NULL
                AND NOT EXISTS (SELECT 1 FROM benchmark_targets t
                                WHERE t.round_id = NEW.round_id AND t.benchmark_id = NEW.benchmark_id
                                  AND t.team_id = NEW.team_id)))
           AND (SELECT g.normalization FROM benchmarks b
                JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
                WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio' THEN
            RAISE EXCEPTION 'a result in a target_ratio group needs a target above 0' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",

    uR"(GRANT SELECT ON benchmark_targets TO @MEMBERS@)",
    uR"(ALTER TABLE benchmark_targets ENABLE ROW LEVEL SECURITY)",
    uR"(ALTER TABLE benchmark_targets FORCE ROW LEVEL SECURITY)",
    uR"(CREATE POLICY owner_all ON benchmark_targets TO @OWNER@ USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY panel_read ON benchmark_targets FOR SELECT TO @MEMBERS@ USING (true))",
};

} // namespace

void addBenchmarkTargets(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kStatements)
        execStep(db, roles, QString::fromUtf16(statement));
    execStep(db, roles, QStringLiteral(
        "CREATE TRIGGER benchmark_targets_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
        "ON benchmark_targets FOR EACH STATEMENT EXECUTE FUNCTION pd_notify_changed('%1')")
        .arg(QLatin1String(changes::kPanel)));
    upgradeReplacePanelForTargets(db, roles);
    upgradeChangeSetupForBandsAndTargets(db, roles);   // ServerChangeSetup.cpp
}

} // namespace pd::server::schema
