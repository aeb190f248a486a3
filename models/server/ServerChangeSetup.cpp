// Server schema step 1: change_setup(rows, reason), changing the round's configuration in
// place on a server (RoundInputs::changeConfiguration; PgReplacePanel.cpp sends the rows,
// docs/server.md, "Changing the configuration"). For now a server takes the change only
// before the first input (no sheet, expert score, benchmark result, user rating, verdict or
// finding): the chair or the secretariat prepares the round. The configuration (program,
// round settings, teams, categories, benchmark groups and benchmarks with their team
// restrictions, rubric and user items) is rewritten; the members, their conflicts and the
// tie resolutions are kept. Refusals (SQLSTATE, nothing changed):
//   42501  a caller who is neither the chair nor the secretariat
//   55000  a round that is not open, holds decision records, or holds an input
//   22023  rows that change the round's id or carry no program; a team removed that a
//          member declared a conflict with (named)
// and writes the audit entry "change-setup" with the reason and a summary of the
// configuration before and after (pd_setup_summary). round_holds_inputs() tells any member
// whether the round holds an input (their own policies would hide some of them).
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

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

    uR"(CREATE FUNCTION change_setup(p_rows JSONB, p_reason TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_round TEXT;
        v_state TEXT;
        v_before TEXT;
        v_team JSONB;
        v_table TEXT;
        v_ties JSONB;
        v_tie_teams JSONB;
        v_conflicted TEXT;
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
        IF round_holds_inputs() THEN
            RAISE EXCEPTION 'round % holds inputs: on a server its configuration changes only before the first input', v_round
                USING ERRCODE = '55000';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'rounds', '[]')) <> 1
           OR p_rows -> 'rounds' -> 0 ->> 'id' IS DISTINCT FROM v_round THEN
            RAISE EXCEPTION 'on a server change-setup keeps the round %', v_round USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'program', '[]')) <> 1 THEN
            RAISE EXCEPTION 'change-setup needs the program' USING ERRCODE = '22023';
        END IF;
        SELECT min(c.team_id) INTO v_conflicted FROM member_conflicts c
            WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_rows -> 'teams', '[]')) e
                              WHERE e ->> 'id' = c.team_id);
        IF v_conflicted IS NOT NULL THEN
            RAISE EXCEPTION 'teams: "%" has declared conflicts: it cannot be removed', v_conflicted USING ERRCODE = '22023';
        END IF;

        v_before := pd_setup_summary();
        SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]') INTO v_ties FROM tie_resolutions t;
        SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]') INTO v_tie_teams FROM tie_resolution_teams t;
        DELETE FROM tie_resolution_teams;
        DELETE FROM tie_resolutions;
        DELETE FROM benchmark_teams;
        DELETE FROM benchmarks;
        DELETE FROM user_items;
        DELETE FROM rubric_items;
        DELETE FROM benchmark_groups;
        DELETE FROM categories;
        DELETE FROM round_teams;
        DELETE FROM teams t WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_rows -> 'teams') e
                                              WHERE e ->> 'id' = t.id);
        FOR v_team IN SELECT * FROM jsonb_array_elements(coalesce(p_rows -> 'teams', '[]')) LOOP
            IF EXISTS (SELECT 1 FROM teams WHERE id = v_team ->> 'id') THEN
                PERFORM pd_update_row('teams', 'id', v_team);
            ELSE
                PERFORM pd_insert_rows('teams', jsonb_build_array(v_team));
            END IF;
        END LOOP;
        PERFORM pd_update_row('program', 'id', p_rows -> 'program' -> 0);
        PERFORM pd_update_row('rounds', 'id', (p_rows -> 'rounds' -> 0) - 'lifecycle');
        FOREACH v_table IN ARRAY ARRAY['round_teams', 'categories', 'benchmark_groups', 'benchmarks',
                                       'benchmark_teams', 'rubric_items', 'user_items'] LOOP
            PERFORM pd_insert_rows(v_table, p_rows -> v_table);
        END LOOP;
        PERFORM pd_insert_rows('tie_resolutions', v_ties);
        PERFORM pd_insert_rows('tie_resolution_teams', v_tie_teams);
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('change-setup', 'rounds/' || v_round, v_before, pd_setup_summary(), coalesce(p_reason, ''));
    END $$)",
    uR"(REVOKE ALL ON FUNCTION change_setup(jsonb, text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION change_setup(jsonb, text) TO @CHAIR@, @SECRETARIAT@)",
};

} // namespace

void createChangeSetup(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kChangeSetup)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
