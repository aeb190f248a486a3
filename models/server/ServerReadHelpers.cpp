// Server schema step 1: the policy helpers of the sheets' and scores' read policies, set-based
// (ServerPolicies.cpp; docs/server.md, "Load (test T21) and speed").
//
// pd_may_see_sheet (ServerFunctions.cpp) answers for one row, and a policy calling it runs it
// for every row a query looks at: four queries inside it per row, so the chair reading the
// bench panel's 100,000 scores took 10 s (issue 14 asks for the standings within 2x SQLite's,
// about 0.1 s). These helpers answer for the whole query at once: the policies call them in
// uncorrelated subqueries, which PostgreSQL runs once per query (an InitPlan for a value, a
// hashed SubPlan for a set) and then probes per row. The rule is the same
// (docs/visibility.md): one's own sheets; the chair every submitted sheet; an expert the
// submitted sheets of a team once their own for it is submitted; nothing of a team one
// declared a conflict with (the RESTRICTIVE policy).
//
// Like the other helpers they are SECURITY DEFINER with a pinned search_path, PL/pgSQL,
// EXECUTE for the members only, and tell the caller nothing a SELECT would not: the keys of
// the submitted sheets they may read, and their own conflicts.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kReadHelpers[] = {
    // The teams the caller declared a conflict with (empty for none, and for a non-member).
    uR"(CREATE FUNCTION pd_my_conflicts() RETURNS TEXT[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN coalesce((SELECT array_agg(c.team_id) FROM member_conflicts c
                         JOIN member_logins l ON l.member_id = c.member_id
                         WHERE l.role_name = session_user), '{}');
    END $$)",

    // Other members' submitted sheets the caller may see (conflicts aside: the RESTRICTIVE
    // policy removes those): all of them for the chair; for an expert those of the teams
    // whose own sheet is submitted (same round); none for anyone else.
    uR"(CREATE FUNCTION pd_visible_submitted() RETURNS TABLE (round_id TEXT, reviewer_id TEXT, team_id TEXT)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
    BEGIN
        IF v_me IS NULL THEN
            RETURN;
        END IF;
        IF pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RETURN QUERY SELECT s.round_id, s.reviewer_id, s.team_id FROM sheets s WHERE s.state = 'submitted';
        ELSIF pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER') THEN
            RETURN QUERY SELECT s.round_id, s.reviewer_id, s.team_id FROM sheets s
                JOIN sheets m ON m.round_id = s.round_id AND m.team_id = s.team_id
                 AND m.reviewer_id = v_me AND m.state = 'submitted'
                WHERE s.state = 'submitted';
        END IF;
    END $$)",

    uR"(REVOKE ALL ON FUNCTION pd_my_conflicts(), pd_visible_submitted() FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_my_conflicts(), pd_visible_submitted() TO @MEMBERS@)",
};

} // namespace

void createReadHelpers(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kReadHelpers)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
