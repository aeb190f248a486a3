// Server schema step 1 (step 3 recreates change_setup with the score bands and configured
// targets: upgradeChangeSetupForBandsAndTargets below): change_setup(rows, reason), changing the round's configuration in
// place on a server (RoundInputs::changeConfiguration; PgReplacePanel.cpp sends the rows,
// docs/server.md, "Changing the configuration"). The configuration (program, round settings,
// teams, categories, benchmark groups and benchmarks with their team restrictions, rubric and
// user items) is rewritten in place: rows that stay are updated, new ones inserted, the ones
// that go deleted last; a changed user scale cascades to the ratings (their CHECK refuses one
// outside it). Every input, the members, their conflicts and the tie resolutions are kept.
// Refusals (SQLSTATE, nothing changed):
//   42501  a caller who is neither the chair nor the secretariat; the secretariat once the
//          round holds an input (round_holds_inputs)
//   55000  a round that is not open or holds decision records
//   22023  a blank reason once the round holds inputs; rows that change the round's id or
//          carry no program; a change that would orphan a stored input (a team with sheets,
//          scores, results, ratings, findings, conflicts or a tie resolution; a rubric item
//          with scores; a benchmark with results; a user item with ratings: named, as the
//          file names them); a stored score (any member's draft included) outside a rubric
//          item's new points or step
// and writes the audit entry "change-setup" with the reason and a summary of the
// configuration before and after (pd_setup_summary). round_holds_inputs() tells any member
// whether the round holds an input (their own policies would hide some of them).
#include "server/ServerSchema.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <utility>

namespace pd::server::schema {
namespace {

// Released in step 1; step 3 (upgradeChangeSetupForBandsAndTargets below) recreates it
// with the score bands of step 2 and the configured targets of step 3.
const char16_t *const kChangeSetupFunction =
    uR"(CREATE FUNCTION change_setup(p_rows JSONB, p_reason TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_round TEXT;
        v_state TEXT;
        v_before TEXT;
        v_inputs BOOLEAN;
        v_id TEXT;
        v_what TEXT;
        v_n BIGINT;
        v_table TEXT;
    BEGIN
        IF pd_me() IS NULL OR NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                                   OR pg_has_role(session_user, @SECRETARIAT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'changing the configuration needs the chair or the secretariat' USING ERRCODE = '42501';
        END IF;
        LOCK TABLE rounds IN EXCLUSIVE MODE;
        SELECT id, lifecycle INTO v_round, v_state FROM rounds ORDER BY seq LIMIT 1 FOR UPDATE;
        IF v_state IS DISTINCT FROM 'open' OR EXISTS (SELECT 1 FROM decisions) THEN
            RAISE EXCEPTION 'round % is %: its configuration cannot change', v_round, v_state USING ERRCODE = '55000';
        END IF;
        v_inputs := round_holds_inputs();
        IF v_inputs AND NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION 'round % holds inputs: only the chair changes its configuration now', v_round USING ERRCODE = '42501';
        END IF;
        IF v_inputs AND coalesce(btrim(p_reason), '') = '' THEN
            RAISE EXCEPTION 'round % holds inputs: changing its configuration needs a reason', v_round USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'rounds', '[]')) <> 1
           OR p_rows -> 'rounds' -> 0 ->> 'id' IS DISTINCT FROM v_round THEN
            RAISE EXCEPTION 'round.id: on a server the round keeps its id %', v_round USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'program', '[]')) <> 1 THEN
            RAISE EXCEPTION 'change-setup needs the program' USING ERRCODE = '22023';
        END IF;

        -- Nothing stored may be orphaned (the file's checks, storage/ConfigurationWriter.cpp).
        FOR v_id IN SELECT team_id FROM round_teams t WHERE NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(coalesce(p_rows -> 'teams', '[]')) e WHERE e ->> 'id' = t.team_id)
                ORDER BY seq LOOP
            v_what := pd_team_inputs(v_round, v_id);
            IF v_what <> '' THEN
                RAISE EXCEPTION 'teams: "%" has %: it cannot be removed', v_id, v_what USING ERRCODE = '22023';
            END IF;
        END LOOP;
        FOR v_id, v_n IN SELECT i.id, (SELECT count(*) FROM expert_scores s WHERE s.round_id = i.round_id AND s.item_id = i.id)
                FROM rubric_items i WHERE NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(coalesce(p_rows -> 'rubric_items', '[]')) e WHERE e ->> 'id' = i.id)
                ORDER BY i.seq LOOP
            IF v_n > 0 THEN
                RAISE EXCEPTION 'categories: rubric item "%" has % expert score%: it cannot be removed', v_id, v_n,
                    CASE WHEN v_n = 1 THEN '' ELSE 's' END USING ERRCODE = '22023';
            END IF;
        END LOOP;
        FOR v_id, v_n IN SELECT b.id, (SELECT count(*) FROM benchmark_results r WHERE r.round_id = b.round_id AND r.benchmark_id = b.id)
                FROM benchmarks b WHERE NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(coalesce(p_rows -> 'benchmarks', '[]')) e WHERE e ->> 'id' = b.id)
                ORDER BY b.seq LOOP
            IF v_n > 0 THEN
                RAISE EXCEPTION 'categories: benchmark "%" has % benchmark result%: it cannot be removed', v_id, v_n,
                    CASE WHEN v_n = 1 THEN '' ELSE 's' END USING ERRCODE = '22023';
            END IF;
        END LOOP;
        FOR v_id, v_n IN SELECT u.id, (SELECT coalesce(sum(ratings), 0) FROM rating_tallies t WHERE t.round_id = u.round_id AND t.item_id = u.id)
                FROM user_items u WHERE NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(coalesce(p_rows -> 'user_items', '[]')) e WHERE e ->> 'id' = u.id)
                ORDER BY u.seq LOOP
            IF v_n > 0 THEN
                RAISE EXCEPTION 'categories: user item "%" has % user rating%: it cannot be removed', v_id, v_n,
                    CASE WHEN v_n = 1 THEN '' ELSE 's' END USING ERRCODE = '22023';
            END IF;
        END LOOP;

        -- Rewritten in place: the rows that stay are updated, new ones added, the ones that
        -- go deleted last (nothing refers to them any more); every seq parked out of the way.
        v_before := pd_setup_summary();
        PERFORM pd_update_row('program', 'id', p_rows -> 'program' -> 0);
        PERFORM pd_update_row('rounds', 'id', (p_rows -> 'rounds' -> 0) - 'lifecycle' - 'seq');
        DELETE FROM benchmark_teams;
        FOREACH v_table IN ARRAY ARRAY['round_teams', 'categories', 'benchmark_groups', 'benchmarks',
                                       'rubric_items', 'user_items'] LOOP
            EXECUTE format('UPDATE %I SET seq = -seq - 1', v_table);
        END LOOP;
        PERFORM pd_upsert_rows('teams', 'id', p_rows -> 'teams');
        PERFORM pd_upsert_rows('round_teams', 'team_id', p_rows -> 'round_teams');
        PERFORM pd_upsert_rows('categories', 'id', p_rows -> 'categories');
        PERFORM pd_upsert_rows('benchmark_groups', 'id', p_rows -> 'benchmark_groups');
        PERFORM pd_upsert_rows('benchmarks', 'id', p_rows -> 'benchmarks');
        PERFORM pd_upsert_rows('rubric_items', 'id', p_rows -> 'rubric_items');
        PERFORM pd_upsert_rows('user_items', 'id', p_rows -> 'user_items');
        PERFORM pd_insert_rows('benchmark_teams', p_rows -> 'benchmark_teams');
        FOREACH v_table IN ARRAY ARRAY['benchmarks', 'benchmark_groups', 'rubric_items', 'user_items', 'categories'] LOOP
            EXECUTE format('DELETE FROM %I x WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements($1 -> %L) e '
                           'WHERE e ->> ''id'' = x.id)', v_table, v_table) USING p_rows;
        END LOOP;
        DELETE FROM round_teams x WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_rows -> 'round_teams') e
                                                    WHERE e ->> 'team_id' = x.team_id);
        DELETE FROM teams t WHERE NOT EXISTS (SELECT 1 FROM round_teams r WHERE r.team_id = t.id);

        -- A stored score the new points or step would not take (drafts the chair cannot read
        -- included): refused, as the file's validation refuses it.
        SELECT s.item_id INTO v_id FROM expert_scores s JOIN rubric_items i ON i.round_id = s.round_id AND i.id = s.item_id
            WHERE s.score > i.points OR abs(s.score / i.step - round(s.score / i.step)) > 1e-6 LIMIT 1;
        IF v_id IS NOT NULL THEN
            RAISE EXCEPTION 'categories: a stored expert score of rubric item "%" is not within its new points and step', v_id
                USING ERRCODE = '22023';
        END IF;
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('change-setup', 'rounds/' || v_round, v_before, pd_setup_summary(), coalesce(p_reason, ''));
    END $$)";

const char16_t *const kChangeSetup[] = {
    uR"(CREATE FUNCTION round_holds_inputs() RETURNS BOOLEAN
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM sheets) OR EXISTS (SELECT 1 FROM expert_scores)
            OR EXISTS (SELECT 1 FROM benchmark_results) OR EXISTS (SELECT 1 FROM user_ratings)
            OR EXISTS (SELECT 1 FROM independence) OR EXISTS (SELECT 1 FROM component_findings)
    $$)",
    uR"(REVOKE ALL ON FUNCTION round_holds_inputs() FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION round_holds_inputs() TO @MEMBERS@)",

    // The configuration in short (as domain/PanelConfiguration.h's summarizeConfiguration:
    // round, name, team ids, per category its id, kind, points and item ids).
    uR"(CREATE FUNCTION pd_setup_summary() RETURNS TEXT
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT jsonb_build_object(
            'round', r.id, 'name', r.name,
            'teams', coalesce((SELECT jsonb_agg(t.team_id ORDER BY t.seq) FROM round_teams t
                               WHERE t.round_id = r.id), '[]'::jsonb),
            'categories', coalesce((SELECT jsonb_agg(jsonb_build_object(
                    'id', c.id, 'kind', c.kind, 'points', c.points,
                    'items', coalesce((SELECT jsonb_agg(x.id ORDER BY x.k, x.seq) FROM (
                        SELECT b.id, 0 AS k, b.seq FROM benchmarks b JOIN benchmark_groups g
                            ON g.round_id = b.round_id AND g.id = b.group_id
                            WHERE g.round_id = c.round_id AND g.category_id = c.id
                        UNION ALL SELECT i.id, 1, i.seq FROM rubric_items i
                            WHERE i.round_id = c.round_id AND i.category_id = c.id
                        UNION ALL SELECT u.id, 2, u.seq FROM user_items u
                            WHERE u.round_id = c.round_id AND u.category_id = c.id) x), '[]'::jsonb))
                ORDER BY c.seq) FROM categories c WHERE c.round_id = r.id), '[]'::jsonb))::text
        FROM rounds r ORDER BY r.seq LIMIT 1
    $$)",
    uR"(REVOKE ALL ON FUNCTION pd_setup_summary() FROM PUBLIC)",

    // What the round holds of one team, as the file names it ("10 sheets, 30 expert scores
    // and 98 user ratings"); '' when nothing.
    uR"(CREATE FUNCTION pd_team_inputs(p_round TEXT, p_team TEXT) RETURNS TEXT
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_parts TEXT[] := '{}';
        v_n BIGINT;
        v_kind RECORD;
    BEGIN
        FOR v_kind IN SELECT * FROM (VALUES
                (1, 'sheet', 'sheets', (SELECT count(*) FROM sheets WHERE round_id = p_round AND team_id = p_team)),
                (2, 'expert score', 'expert scores', (SELECT count(*) FROM expert_scores WHERE round_id = p_round AND team_id = p_team)),
                (3, 'benchmark result', 'benchmark results', (SELECT count(*) FROM benchmark_results WHERE round_id = p_round AND team_id = p_team)),
                (4, 'user rating', 'user ratings', (SELECT coalesce(sum(ratings), 0) FROM rating_tallies WHERE round_id = p_round AND team_id = p_team)),
                (5, 'independence finding', 'independence findings',
                    (SELECT count(*) FROM independence WHERE round_id = p_round AND team_id = p_team)
                    + (SELECT count(*) FROM component_findings WHERE round_id = p_round AND team_id = p_team)),
                (6, 'declared conflict', 'declared conflicts', (SELECT count(*) FROM member_conflicts WHERE team_id = p_team)),
                (7, 'tie resolution', 'tie resolutions', (SELECT count(*) FROM tie_resolution_teams WHERE round_id = p_round AND team_id = p_team))
            ) k(n, one, many, c) ORDER BY n LOOP
            v_n := v_kind.c;
            IF v_n = 1 THEN
                v_parts := v_parts || ('1 ' || v_kind.one);
            ELSIF v_n > 1 THEN
                v_parts := v_parts || (v_n || ' ' || v_kind.many);
            END IF;
        END LOOP;
        IF cardinality(v_parts) <= 1 THEN
            RETURN coalesce(v_parts[1], '');
        END IF;
        RETURN array_to_string(v_parts[1:cardinality(v_parts) - 1], ', ') || ' and ' || v_parts[cardinality(v_parts)];
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_team_inputs(text, text) FROM PUBLIC)",

    // Rows of `p_table` given in p_rows: updated in place by `p_key`, or inserted.
    uR"(CREATE FUNCTION pd_upsert_rows(p_table TEXT, p_key TEXT, p_rows JSONB) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_row JSONB;
        v_found BOOLEAN;
    BEGIN
        FOR v_row IN SELECT * FROM jsonb_array_elements(coalesce(p_rows, '[]')) LOOP
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I::text = ($1 ->> %L))', p_table, p_key, p_key)
                INTO v_found USING v_row;
            IF v_found THEN
                PERFORM pd_update_row(p_table, p_key, v_row);
            ELSE
                PERFORM pd_insert_rows(p_table, jsonb_build_array(v_row));
            END IF;
        END LOOP;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_upsert_rows(text, text, jsonb) FROM PUBLIC)",

    kChangeSetupFunction,
    uR"(REVOKE ALL ON FUNCTION change_setup(jsonb, text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION change_setup(jsonb, text) TO @CHAIR@, @SECRETARIAT@)",
};

} // namespace

void createChangeSetup(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kChangeSetup)
        execStep(db, roles, QString::fromUtf16(statement));
}

// Step 3 (ServerBenchmarkTargets.cpp): change_setup also replaces the round's score bands
// (rubric_bands, step 2) and configured targets (benchmark_targets, step 3): both deleted
// before anything else moves (nothing refers to them; their keys to rubric_items, benchmarks
// and round_teams cascade nothing), and inserted from the given rows after the benchmarks'
// team restrictions (the targets' rules read them). A target_ratio result that has no target
// of its own needs its team's configured target afterwards: the results' trigger fires on
// their writes only, so the function checks them (22023, as the validator names it). Step
// 1's text with exactly these edits, so the two cannot drift apart; CREATE OR REPLACE keeps
// the owner and the grants.
void upgradeChangeSetupForBandsAndTargets(QSqlDatabase &db, const PanelRoles &roles)
{
    QString sql = QString::fromUtf16(kChangeSetupFunction);
    const std::pair<QString, QString> edits[] = {
        {QStringLiteral("CREATE FUNCTION change_setup("),
         QStringLiteral("CREATE OR REPLACE FUNCTION change_setup(")},
        {QStringLiteral("        DELETE FROM benchmark_teams;\n"),
         QStringLiteral("        DELETE FROM benchmark_targets;\n"
                        "        DELETE FROM rubric_bands;\n"
                        "        DELETE FROM benchmark_teams;\n")},
        {QStringLiteral("        PERFORM pd_insert_rows('benchmark_teams', p_rows -> 'benchmark_teams');\n"),
         QStringLiteral("        PERFORM pd_insert_rows('benchmark_teams', p_rows -> 'benchmark_teams');\n"
                        "        PERFORM pd_insert_rows('benchmark_targets', p_rows -> 'benchmark_targets');\n"
                        "        PERFORM pd_insert_rows('rubric_bands', p_rows -> 'rubric_bands');\n")},
        {QStringLiteral("        INSERT INTO audit_log (action, entity, old_value, new_value, reason)\n"),
         QStringLiteral("        v_id := NULL;\n"
                        "        SELECT r.team_id, r.benchmark_id INTO v_id, v_what FROM benchmark_results r\n"
                        "            JOIN benchmarks b ON b.round_id = r.round_id AND b.id = r.benchmark_id\n"
                        "            JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id\n"
                        "            WHERE g.normalization = 'target_ratio' AND r.target IS NULL\n"
                        "              AND NOT EXISTS (SELECT 1 FROM benchmark_targets t WHERE t.round_id = r.round_id\n"
                        "                              AND t.benchmark_id = r.benchmark_id AND t.team_id = r.team_id)\n"
                        "            ORDER BY r.seq LIMIT 1;\n"
                        "        IF v_id IS NOT NULL THEN\n"
                        "            RAISE EXCEPTION 'benchmark_results: the result of team \"%\" on benchmark \"%\" has no target "
                        "and relies on its configured target: it cannot be removed', v_id, v_what USING ERRCODE = '22023';\n"
                        "        END IF;\n"
                        "        INSERT INTO audit_log (action, entity, old_value, new_value, reason)\n")},
    };
    for (const auto &[from, to] : edits) {
        if (sql.count(from) != 1)
            throw StoreError(QCoreApplication::translate("Server", "server schema step 3: change_setup "
                                                                   "does not hold \"%1\" once").arg(from));
        sql.replace(from, to);
    }
    execStep(db, roles, sql);
}

} // namespace pd::server::schema
