// Server schema step 1: privileges, the first gate (the policies, ServerPolicies.cpp, are the
// second). Nothing is granted to PUBLIC: not CONNECT or TEMP on the database (ServerDeploy),
// not EXECUTE on any function. Column privileges keep clients from choosing ids, owners,
// timestamps or audit fields: sequences, triggers and SECURITY DEFINER functions fill them.
//
// Groups (<db>_chair, <db>_expert, <db>_secretariat, <db>_observer, "@MEMBERS@" all four):
//   configuration (program, rounds, teams, categories, items, benchmarks ...)  SELECT, all
//   members                 SELECT (id, seq, name, role, public_key), all; never the
//                           passphrase hash or the sealed key
//   member_conflicts        SELECT, INSERT (member_id, team_id), DELETE, all (own rows by policy)
//   sheets                  SELECT all (rows by policy); INSERT (round_id, reviewer_id,
//                           team_id, opinion), UPDATE (opinion), DELETE: chair, expert
//   expert_scores           SELECT all (rows by policy); INSERT (round_id, reviewer_id,
//                           team_id, item_id, score, comment), UPDATE (score, comment),
//                           DELETE: chair, expert
//   sealed_drafts           chair, expert (own rows by policy)
//   benchmark_results, user_ratings, rating_tallies, benchmark_mappings
//                           SELECT (user_ratings: not observers); writes: chair, secretariat
//   independence            SELECT all; UPDATE (verdict, rationale): chair
//   component_findings      SELECT chair, expert, secretariat; writes (not seq): chair, expert
//   component_notes         SELECT chair, expert, secretariat; INSERT (round_id,
//                           component_seq, member_id, note), UPDATE (note), DELETE: chair, expert
//   decisions ... appeal_rulings  SELECT: chair; the others all but decisions.inputs and
//                           .standings (ServerDecisionRecords.cpp); written by chair functions
//   audit_log               INSERT (action, entity, old_value, new_value, reason): all;
//                           SELECT: all (rows by policy: the chair every entry, others their own)
//   paneldesk_schema        SELECT, all
//   member_logins, audit_chain_head, sign_in_failures: nobody but the owner
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kGrants[] = {
    uR"(REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC)",
    uR"(REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC)",
    uR"(REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC)",
    uR"(REVOKE ALL ON SCHEMA public FROM PUBLIC)",
    uR"(GRANT USAGE ON SCHEMA public TO @MEMBERS@)",

    uR"(GRANT SELECT ON paneldesk_schema, program, rounds, teams, round_teams, tie_resolutions,
        tie_resolution_teams, categories, benchmark_groups, benchmarks, benchmark_teams,
        rubric_items, user_items, benchmark_results, rating_tallies, benchmark_mappings,
        independence, sheets, expert_scores, member_conflicts, audit_log TO @MEMBERS@)",
    uR"(GRANT SELECT (id, seq, name, role, public_key) ON members TO @MEMBERS@)",

    uR"(GRANT INSERT (member_id, team_id), DELETE ON member_conflicts TO @MEMBERS@)",
    uR"(GRANT USAGE ON SEQUENCE member_conflicts_seq TO @MEMBERS@)",

    uR"(GRANT INSERT (round_id, reviewer_id, team_id, opinion), UPDATE (opinion), DELETE
        ON sheets TO @CHAIR@, @EXPERT@)",
    uR"(GRANT USAGE ON SEQUENCE sheet_versions TO @CHAIR@, @EXPERT@)",
    uR"(GRANT INSERT (round_id, reviewer_id, team_id, item_id, score, comment),
        UPDATE (score, comment), DELETE ON expert_scores TO @CHAIR@, @EXPERT@)",
    uR"(GRANT USAGE ON SEQUENCE expert_scores_seq TO @CHAIR@, @EXPERT@)",
    uR"(GRANT SELECT, INSERT (round_id, reviewer_id, team_id, sealed), UPDATE (sealed), DELETE
        ON sealed_drafts TO @CHAIR@, @EXPERT@)",

    uR"(GRANT SELECT ON user_ratings TO @CHAIR@, @EXPERT@, @SECRETARIAT@)",
    uR"(GRANT INSERT, UPDATE, DELETE ON benchmark_results, user_ratings, rating_tallies,
        benchmark_mappings TO @CHAIR@, @SECRETARIAT@)",

    uR"(GRANT UPDATE (verdict, rationale) ON independence TO @CHAIR@)",

    uR"(GRANT SELECT ON component_findings, component_notes TO @CHAIR@, @EXPERT@, @SECRETARIAT@)",
    uR"(GRANT INSERT (round_id, team_id, component, origin, source, license, weights,
        external_control, evidence, evidence_file),
        UPDATE (component, origin, source, license, weights, external_control, evidence, evidence_file),
        DELETE ON component_findings TO @CHAIR@, @EXPERT@)",
    uR"(GRANT USAGE ON SEQUENCE component_findings_seq TO @CHAIR@, @EXPERT@)",
    uR"(GRANT INSERT (round_id, component_seq, member_id, note), UPDATE (note), DELETE
        ON component_notes TO @CHAIR@, @EXPERT@)",

    uR"(GRANT SELECT ON decisions, decision_outcomes, decision_events, appeals, appeal_committee,
        appeal_rulings TO @CHAIR@)",

    uR"(GRANT INSERT (action, entity, old_value, new_value, reason) ON audit_log TO @MEMBERS@)",

    // Policy helpers: evaluated with the caller's rights, so the caller needs EXECUTE. Each
    // tells the caller only what a SELECT would (ServerFunctions.cpp).
    uR"(GRANT EXECUTE ON FUNCTION pd_me(), pd_conflicted(text), pd_may_see_sheet(text, text, text),
        pd_my_draft(text, text, text), pd_may_see_component(text, bigint) TO @MEMBERS@)",
    uR"(GRANT EXECUTE ON FUNCTION submit_sheet(text, text) TO @CHAIR@, @EXPERT@)",
    uR"(GRANT EXECUTE ON FUNCTION sheet_states() TO @CHAIR@, @SECRETARIAT@)",
    uR"(GRANT EXECUTE ON FUNCTION lock_round(text), reopen_sheet(text, text, text, text),
        audit_verify() TO @CHAIR@)",
};

} // namespace

void grantPrivileges(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kGrants)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
