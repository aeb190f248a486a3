// Server schema step 1: what the findings steps of PgStore (PgFindings.cpp) need beyond the
// grants and policies of ServerRoles.cpp and ServerPolicies.cpp.
//
// A team's findings hang from its independence row (component_findings references it), and
// the SQLite store creates that row, pending, with the team's first component or verdict.
// On the server the chair and the experts may INSERT such a row, and only a pending one with
// no rationale (grant on round_id, team_id, verdict, rationale; policy
// independence_pending_row; not for a team they declared a conflict with); its seq is the
// round's next one, filled by a trigger (as FindingsStore.cpp computes it), under an
// advisory lock so that two first findings at once do not take the same number. Changing
// the verdict stays the chair's (UPDATE (verdict, rationale) and policy verdict_by_chair).
//
// What the server enforces for findings, all together (docs/server.md, "Findings"):
//   components  chair and experts insert, change and delete (not seq); secretariat and
//               observers nothing (no grant: 42501); nobody on a team they declared a
//               conflict with (RESTRICTIVE policy); nothing once the round is locked
//               (a_component_findings_round_open: 55000)
//   notes       chair and experts, their own only (policies and a0_component_notes_owner_pinned),
//               the time the server's; allowed in every state, as in a file
//   verdict     the chair's (only the chair may UPDATE independence), not on a conflicted
//               team, not once the round is locked; pass and fail need a rationale (CHECK)
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kFindingsRules[] = {
    uR"(CREATE FUNCTION pd_independence_seq() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF NEW.seq IS NULL THEN
            PERFORM pg_advisory_xact_lock(hashtext('paneldesk.independence.seq'));
            NEW.seq := coalesce((SELECT max(seq) + 1 FROM independence WHERE round_id = NEW.round_id), 0);
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER b_independence_seq BEFORE INSERT ON independence
        FOR EACH ROW EXECUTE FUNCTION pd_independence_seq())",
    uR"(REVOKE ALL ON FUNCTION pd_independence_seq() FROM PUBLIC)",

    uR"(GRANT INSERT (round_id, team_id, verdict, rationale) ON independence TO @CHAIR@, @EXPERT@)",
    uR"(CREATE POLICY independence_pending_row ON independence FOR INSERT TO @CHAIR@, @EXPERT@
        WITH CHECK (verdict = 'pending' AND rationale = '' AND NOT pd_conflicted(team_id)))",
};

} // namespace

void createFindingsRules(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kFindingsRules)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
