// Server schema step 1 (step 2 adds the score bands, ServerRubricBands.cpp; step 3 the
// configured targets: upgradeReplacePanelForTargets below): replace_panel(rows), the chair's replace-panel on a server
// (RoundInputs::replacePanel; PgReplacePanel.cpp sends the rows). In a file the chair replaces
// the whole round with another panel while no decision is recorded. On a server the step is
// narrower, because the chair may not write another member's sheet, score, login or password:
// it replaces the configuration (program, round settings, teams, categories, benchmark
// groups and benchmarks, rubric and user items, tie resolutions) and the round's facts
// (benchmark results, user ratings and their tallies, independence verdicts and findings;
// component notes go, as in a file) before scoring starts, and keeps the members. So the
// function refuses (SQLSTATE, nothing changed):
//   42501  a caller who is not the chair
//   55000  a round that is not open, holds decision records, or has a sheet (scoring began)
//   22023  rows that change the round's id, the members or their conflicts, or carry sheets
//          or expert scores
// and writes the audit entry "replace-panel" with the file's summaries (counts of teams,
// members, benchmark results, expert scores, user ratings, verdicts) before and after. The
// notification triggers tell connected windows ("panel", "imports", "findings").
#include "server/ServerSchema.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <utility>

namespace pd::server::schema {
namespace {

// Released in step 1; step 2 (ServerRubricBands.cpp) recreates it with rubric_bands, step 3
// (upgradeReplacePanelForTargets below) with rubric_bands and benchmark_targets.
const char16_t *const kReplacePanelFunction =
    uR"(CREATE FUNCTION replace_panel(p_rows JSONB) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_round TEXT;
        v_state TEXT;
        v_before TEXT;
        v_team JSONB;
        v_table TEXT;
    BEGIN
        IF pd_me() IS NULL OR NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION 'replace-panel needs the chair' USING ERRCODE = '42501';
        END IF;
        LOCK TABLE rounds IN EXCLUSIVE MODE;
        SELECT id, lifecycle INTO v_round, v_state FROM rounds ORDER BY seq LIMIT 1 FOR UPDATE;
        IF v_state IS DISTINCT FROM 'open' OR EXISTS (SELECT 1 FROM decisions) THEN
            RAISE EXCEPTION 'round % is %: its inputs cannot be replaced', v_round, v_state USING ERRCODE = '55000';
        END IF;
        IF EXISTS (SELECT 1 FROM sheets) OR EXISTS (SELECT 1 FROM expert_scores) THEN
            RAISE EXCEPTION 'scoring has started in round %: on a server its panel is replaced only before the first sheet', v_round
                USING ERRCODE = '55000';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'rounds', '[]')) <> 1
           OR p_rows -> 'rounds' -> 0 ->> 'id' IS DISTINCT FROM v_round THEN
            RAISE EXCEPTION 'on a server replace-panel keeps the round %', v_round USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'program', '[]')) <> 1 THEN
            RAISE EXCEPTION 'replace-panel needs the program' USING ERRCODE = '22023';
        END IF;
        IF (SELECT coalesce(array_agg(m ORDER BY m), '{}') FROM
                (SELECT e ->> 'id' || '/' || (e ->> 'name') || '/' || (e ->> 'role') AS m
                 FROM jsonb_array_elements(coalesce(p_rows -> 'members', '[]')) e) x)
           IS DISTINCT FROM
           (SELECT coalesce(array_agg(id || '/' || name || '/' || role ORDER BY id || '/' || name || '/' || role), '{}') FROM members)
           OR (SELECT coalesce(array_agg(c ORDER BY c), '{}') FROM
                (SELECT (e ->> 'member_id') || '/' || (e ->> 'team_id') AS c
                 FROM jsonb_array_elements(coalesce(p_rows -> 'member_conflicts', '[]')) e) y)
           IS DISTINCT FROM
           (SELECT coalesce(array_agg(member_id || '/' || team_id ORDER BY member_id || '/' || team_id), '{}') FROM member_conflicts) THEN
            RAISE EXCEPTION 'on a server replace-panel keeps the members and their conflicts' USING ERRCODE = '22023';
        END IF;
        IF jsonb_array_length(coalesce(p_rows -> 'sheets', '[]')) > 0
           OR jsonb_array_length(coalesce(p_rows -> 'expert_scores', '[]')) > 0 THEN
            RAISE EXCEPTION 'on a server replace-panel writes no sheet or expert score (each member enters their own)'
                USING ERRCODE = '22023';
        END IF;

        v_before := pd_panel_summary();
        DELETE FROM component_notes;
        DELETE FROM component_findings;
        DELETE FROM independence;
        DELETE FROM rating_tallies;
        DELETE FROM user_ratings;
        DELETE FROM benchmark_results;
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
        PERFORM pd_update_row('rounds', 'id', p_rows -> 'rounds' -> 0);
        FOREACH v_table IN ARRAY ARRAY['round_teams', 'tie_resolutions', 'tie_resolution_teams', 'categories',
                                       'benchmark_groups', 'benchmarks', 'benchmark_teams', 'rubric_items',
                                       'user_items', 'benchmark_results', 'user_ratings', 'rating_tallies',
                                       'independence', 'component_findings'] LOOP
            PERFORM pd_insert_rows(v_table, p_rows -> v_table);
        END LOOP;
        PERFORM setval('component_findings_seq', coalesce((SELECT max(seq) FROM component_findings), 0) + 1, false);
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('replace-panel', 'rounds/' || v_round, v_before, pd_panel_summary());
    END $$)";

const char16_t *const kReplacePanel[] = {
    // The summary a file's replace-panel entry records (storage/PanelWriter.cpp,
    // summarizeStoredPanel: a compact JSON object, keys in order).
    uR"(CREATE FUNCTION pd_panel_summary() RETURNS TEXT
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT format('{"benchmark_results":%s,"expert_scores":%s,"independence":%s,"reviewers":%s,'
                      '"round":%s,"teams":%s,"user_ratings":%s}',
                      (SELECT count(*) FROM benchmark_results), (SELECT count(*) FROM expert_scores),
                      (SELECT count(*) FROM independence), (SELECT count(*) FROM members),
                      to_json((SELECT id FROM rounds ORDER BY seq LIMIT 1))::text,
                      (SELECT count(*) FROM round_teams), (SELECT count(*) FROM user_ratings))
    $$)",
    uR"(REVOKE ALL ON FUNCTION pd_panel_summary() FROM PUBLIC)",

    // Inserts the rows given for `p_table` (a JSON array of objects named by column).
    uR"(CREATE FUNCTION pd_insert_rows(p_table TEXT, p_rows JSONB) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_columns TEXT;
    BEGIN
        IF p_rows IS NULL OR jsonb_array_length(p_rows) = 0 THEN
            RETURN;
        END IF;
        SELECT string_agg(quote_ident(k), ', ') INTO v_columns FROM jsonb_object_keys(p_rows -> 0) k;
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_recordset(NULL::%I, $1)',
                       p_table, v_columns, v_columns, p_table) USING p_rows;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_insert_rows(text, jsonb) FROM PUBLIC)",

    // Updates the one row of `p_table` whose `p_key` is the given row's with its columns.
    uR"(CREATE FUNCTION pd_update_row(p_table TEXT, p_key TEXT, p_row JSONB) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_columns TEXT;
    BEGIN
        SELECT string_agg(quote_ident(k), ', ') INTO v_columns FROM jsonb_object_keys(p_row) k;
        EXECUTE format('UPDATE %I SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $1)) '
                       'WHERE %I::text = ($1 ->> %L)',
                       p_table, v_columns, v_columns, p_table, p_key, p_key) USING p_row;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_update_row(text, text, jsonb) FROM PUBLIC)",

    kReplacePanelFunction,
    uR"(REVOKE ALL ON FUNCTION replace_panel(jsonb) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION replace_panel(jsonb) TO @CHAIR@)",
};

} // namespace

QString replacePanelStatement() { return QString::fromUtf16(kReplacePanelFunction); }

void createReplacePanel(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kReplacePanel)
        execStep(db, roles, QString::fromUtf16(statement));
}

// Step 3 (ServerBenchmarkTargets.cpp): replace_panel also deletes the configured targets
// (before benchmark_teams and benchmarks) and inserts the given ones (after benchmark_teams,
// before benchmark_results, whose target rule reads them). Step 2's text (step 1's with the
// bands, replacePanelWithBandsStatement) with exactly these two edits, so that the versions
// cannot drift apart and the bands stay; CREATE OR REPLACE keeps the owner and the grants.
void upgradeReplacePanelForTargets(QSqlDatabase &db, const PanelRoles &roles)
{
    QString sql = replacePanelWithBandsStatement();
    const std::pair<QString, QString> edits[] = {
        {QStringLiteral("DELETE FROM benchmark_teams;"),
         QStringLiteral("DELETE FROM benchmark_targets;\n        DELETE FROM benchmark_teams;")},
        {QStringLiteral("'benchmark_teams', 'rubric_items',"),
         QStringLiteral("'benchmark_teams', 'benchmark_targets', 'rubric_items',")},
    };
    for (const auto &[from, to] : edits) {
        if (sql.count(from) != 1)
            throw StoreError(QCoreApplication::translate("Server", "server schema step 3: replace_panel "
                                                                   "does not hold \"%1\" once").arg(from));
        sql.replace(from, to);
    }
    execStep(db, roles, sql);
}

} // namespace pd::server::schema
