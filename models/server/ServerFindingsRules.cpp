// Server schema step 1: what the findings steps of PgStore (PgFindings.cpp) need beyond the
// grants and policies of ServerRoles.cpp and ServerPolicies.cpp.
//
// A team's findings hang from its independence row (component_findings references it), and
// the SQLite store creates that row, pending, with the team's first component or verdict.
// On the server members hold no INSERT on independence: ensure_findings_row(round, team),
// for the chair and the experts, creates the pending row (no verdict, no rationale) when it
// is absent, numbered as FindingsStore.cpp numbers it (the round's next seq, under an
// advisory lock so that two first findings at once do not take the same number), not for a
// team the caller declared a conflict with (42501), not once the round is locked (55000, the
// table's trigger). Changing the verdict stays the chair's (UPDATE (verdict, rationale) and
// policy verdict_by_chair).
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
    uR"(CREATE FUNCTION ensure_findings_row(p_round TEXT, p_team TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF pd_me() IS NULL OR NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                                   OR pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'findings are recorded by the chair and the experts' USING ERRCODE = '42501';
        END IF;
        IF pd_conflicted(p_team) THEN
            RAISE EXCEPTION 'a member with a conflict of interest records no findings of team %', p_team
                USING ERRCODE = '42501';
        END IF;
        IF EXISTS (SELECT 1 FROM independence WHERE round_id = p_round AND team_id = p_team) THEN
            RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('paneldesk.independence.seq'));
        INSERT INTO independence (round_id, team_id, seq, verdict, rationale)
            VALUES (p_round, p_team,
                    coalesce((SELECT max(seq) + 1 FROM independence WHERE round_id = p_round), 0),
                    'pending', '')
            ON CONFLICT (round_id, team_id) DO NOTHING;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION ensure_findings_row(text, text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION ensure_findings_row(text, text) TO @CHAIR@, @EXPERT@)",
};

} // namespace

void createFindingsRules(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kFindingsRules)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
