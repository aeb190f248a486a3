// Server schema step 1: row-level security, the second gate after the grants
// (ServerRoles.cpp). Every table has RLS ENABLEd and FORCEd (the owner is subject to the
// policies too; only the cluster's superuser bypasses them). The owner has a policy that
// lets it see and write every row: it is NOLOGIN and never connects; its SECURITY DEFINER
// functions (triggers, helpers, chair actions) run as it.
//
// The rules of docs/visibility.md:
//   sheets, expert_scores  a row is seen by pd_may_see_sheet's rule (ServerFunctions.cpp),
//                          evaluated once per query (ServerReadHelpers.cpp): own;
//                          the chair every submitted sheet; an expert the submitted sheets of
//                          a team once their own for it is submitted; secretariat and
//                          observers none (sheet_states() gives the chair and the
//                          secretariat the states, without values)
//   conflicts              RESTRICTIVE, AND-ed on top for every group: nothing of a team the
//                          caller declared a conflict with (sheets, scores, sealed drafts,
//                          findings and notes)
//   writes                 only the caller's own draft rows (owner column pinned to
//                          session_user's member), only while a draft; submitting and
//                          reopening through submit_sheet / reopen_sheet
//   audit_log              the chair every entry, everyone else their own; INSERT for all
//                          (the trigger fills actor, time and hashes)
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

// Tables whose rows every group may read (configuration and facts shown to the whole panel).
const char *const kReadByAll[] = {
    "paneldesk_schema", "program", "rounds", "teams", "round_teams", "tie_resolutions",
    "tie_resolution_teams", "categories", "benchmark_groups", "benchmarks", "benchmark_teams",
    "rubric_items", "user_items", "members", "benchmark_results", "rating_tallies",
    "benchmark_mappings", "independence"};

const char16_t *const kPolicies[] = {
    // Conflicts of interest: RESTRICTIVE, for every command.
    // Sheets and scores read the caller's conflicts once per query (ServerReadHelpers.cpp).
    uR"(CREATE POLICY conflict_hides_team ON sheets AS RESTRICTIVE TO @MEMBERS@
        USING (team_id <> ALL ((SELECT pd_my_conflicts())::text[])) WITH CHECK (NOT pd_conflicted(team_id)))",
    uR"(CREATE POLICY conflict_hides_team ON expert_scores AS RESTRICTIVE TO @MEMBERS@
        USING (team_id <> ALL ((SELECT pd_my_conflicts())::text[])) WITH CHECK (NOT pd_conflicted(team_id)))",
    uR"(CREATE POLICY conflict_hides_team ON sealed_drafts AS RESTRICTIVE TO @MEMBERS@
        USING (NOT pd_conflicted(team_id)) WITH CHECK (NOT pd_conflicted(team_id)))",
    uR"(CREATE POLICY conflict_hides_team ON component_findings AS RESTRICTIVE TO @MEMBERS@
        USING (NOT pd_conflicted(team_id)) WITH CHECK (NOT pd_conflicted(team_id)))",
    uR"(CREATE POLICY conflict_hides_team ON component_notes AS RESTRICTIVE TO @MEMBERS@
        USING (pd_may_see_component(round_id, component_seq))
        WITH CHECK (pd_may_see_component(round_id, component_seq)))",

    // Sheets and scores.
    // pd_may_see_sheet's rule, evaluated once per query (ServerReadHelpers.cpp).
    uR"(CREATE POLICY sheet_read ON sheets FOR SELECT TO @MEMBERS@
        USING (reviewer_id = (SELECT pd_me())
               OR (round_id, reviewer_id, team_id) IN (SELECT * FROM pd_visible_submitted())))",
    uR"(CREATE POLICY sheet_insert_own_draft ON sheets FOR INSERT TO @CHAIR@, @EXPERT@
        WITH CHECK (reviewer_id = pd_me() AND state = 'draft'))",
    uR"(CREATE POLICY sheet_update_own_draft ON sheets FOR UPDATE TO @CHAIR@, @EXPERT@
        USING (reviewer_id = pd_me() AND state = 'draft')
        WITH CHECK (reviewer_id = pd_me() AND state = 'draft'))",
    uR"(CREATE POLICY sheet_delete_own_draft ON sheets FOR DELETE TO @CHAIR@, @EXPERT@
        USING (reviewer_id = pd_me() AND state = 'draft'))",

    uR"(CREATE POLICY score_read ON expert_scores FOR SELECT TO @MEMBERS@
        USING (reviewer_id = (SELECT pd_me())
               OR (round_id, reviewer_id, team_id) IN (SELECT * FROM pd_visible_submitted())))",
    uR"(CREATE POLICY score_insert_own_draft ON expert_scores FOR INSERT TO @CHAIR@, @EXPERT@
        WITH CHECK (pd_my_draft(round_id, reviewer_id, team_id)))",
    uR"(CREATE POLICY score_update_own_draft ON expert_scores FOR UPDATE TO @CHAIR@, @EXPERT@
        USING (pd_my_draft(round_id, reviewer_id, team_id))
        WITH CHECK (pd_my_draft(round_id, reviewer_id, team_id)))",
    uR"(CREATE POLICY score_delete_own_draft ON expert_scores FOR DELETE TO @CHAIR@, @EXPERT@
        USING (pd_my_draft(round_id, reviewer_id, team_id)))",

    uR"(CREATE POLICY sealed_draft_own ON sealed_drafts TO @CHAIR@, @EXPERT@
        USING (pd_my_draft(round_id, reviewer_id, team_id))
        WITH CHECK (pd_my_draft(round_id, reviewer_id, team_id)))",

    // Conflicts: one's own; the chair and the secretariat read all (they manage members).
    uR"(CREATE POLICY conflict_read_own ON member_conflicts FOR SELECT TO @MEMBERS@
        USING (member_id = pd_me()))",
    uR"(CREATE POLICY conflict_read_all ON member_conflicts FOR SELECT TO @CHAIR@, @SECRETARIAT@
        USING (true))",
    uR"(CREATE POLICY conflict_declare_own ON member_conflicts FOR INSERT TO @MEMBERS@
        WITH CHECK (member_id = pd_me()))",
    uR"(CREATE POLICY conflict_withdraw_own ON member_conflicts FOR DELETE TO @MEMBERS@
        USING (member_id = pd_me()))",

    // Ratings: not observers; imports by the chair and the secretariat.
    uR"(CREATE POLICY rating_read ON user_ratings FOR SELECT TO @CHAIR@, @EXPERT@, @SECRETARIAT@
        USING (true))",
    uR"(CREATE POLICY import_write ON user_ratings FOR ALL TO @CHAIR@, @SECRETARIAT@
        USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY import_write ON rating_tallies FOR ALL TO @CHAIR@, @SECRETARIAT@
        USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY import_write ON benchmark_results FOR ALL TO @CHAIR@, @SECRETARIAT@
        USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY import_write ON benchmark_mappings FOR ALL TO @CHAIR@, @SECRETARIAT@
        USING (true) WITH CHECK (true))",

    // Verdicts: the chair's, not for a team the chair is conflicted with.
    uR"(CREATE POLICY verdict_by_chair ON independence FOR UPDATE TO @CHAIR@
        USING (NOT pd_conflicted(team_id)) WITH CHECK (NOT pd_conflicted(team_id)))",

    // Findings: read by chair, experts and secretariat; written by chair and experts.
    uR"(CREATE POLICY finding_read ON component_findings FOR SELECT TO @CHAIR@, @EXPERT@, @SECRETARIAT@
        USING (true))",
    uR"(CREATE POLICY finding_write ON component_findings FOR INSERT TO @CHAIR@, @EXPERT@
        WITH CHECK (true))",
    uR"(CREATE POLICY finding_update ON component_findings FOR UPDATE TO @CHAIR@, @EXPERT@
        USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY finding_delete ON component_findings FOR DELETE TO @CHAIR@, @EXPERT@
        USING (true))",
    uR"(CREATE POLICY note_read ON component_notes FOR SELECT TO @CHAIR@, @EXPERT@, @SECRETARIAT@
        USING (true))",
    uR"(CREATE POLICY note_insert_own ON component_notes FOR INSERT TO @CHAIR@, @EXPERT@
        WITH CHECK (member_id = pd_me()))",
    uR"(CREATE POLICY note_update_own ON component_notes FOR UPDATE TO @CHAIR@, @EXPERT@
        USING (member_id = pd_me()) WITH CHECK (member_id = pd_me()))",
    uR"(CREATE POLICY note_delete_own ON component_notes FOR DELETE TO @CHAIR@, @EXPERT@
        USING (member_id = pd_me()))",

    // Decision records: the chair.
    uR"(CREATE POLICY chair_read ON decisions FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY chair_read ON decision_outcomes FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY chair_read ON decision_events FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY chair_read ON appeals FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY chair_read ON appeal_committee FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY chair_read ON appeal_rulings FOR SELECT TO @CHAIR@ USING (true))",

    // The audit log.
    uR"(CREATE POLICY audit_append ON audit_log FOR INSERT TO @MEMBERS@ WITH CHECK (actor = pd_me()))",
    uR"(CREATE POLICY audit_read_all ON audit_log FOR SELECT TO @CHAIR@ USING (true))",
    uR"(CREATE POLICY audit_read_own ON audit_log FOR SELECT TO @MEMBERS@ USING (actor = pd_me()))",
};

} // namespace

void createPolicies(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const QString &table : tableNames(1)) {   // step 1's tables
        execStep(db, roles, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        execStep(db, roles, QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table));
        execStep(db, roles, QStringLiteral("CREATE POLICY owner_all ON %1 TO @OWNER@ USING (true) "
                                           "WITH CHECK (true)").arg(table));
    }
    for (const char *table : kReadByAll)
        execStep(db, roles, QStringLiteral("CREATE POLICY panel_read ON %1 FOR SELECT TO @MEMBERS@ "
                                           "USING (true)").arg(QLatin1String(table)));
    for (const char16_t *statement : kPolicies)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
