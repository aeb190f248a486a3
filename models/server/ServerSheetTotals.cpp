// Server schema step 1: submitted_sheet_totals(), the standings input of the secretariat and
// observers. They see the standings of every submitted sheet but no single score
// (docs/visibility.md), and the policies give them no row of expert_scores; this function
// hands them what rule R3 aggregates and nothing more: per counted sheet (submitted,
// complete, its reviewer not conflicted with the team) its category, team and total, without
// the reviewer, in the order of the totals (not of the reviewers, which the sheet states
// would tell apart). Teams the caller declared a conflict with are left out. Each total sums
// the sheet's scores in the order they were first written, as the SQLite store's reader and
// scoring/ExpertScoring.cpp do, so each total is the same to the last bit; a mean of totals
// that are not exact in binary may differ in its last bit (its sum runs in another order).
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kSheetTotals[] = {
    uR"(CREATE FUNCTION submitted_sheet_totals(p_round TEXT)
        RETURNS TABLE (category_id TEXT, team_id TEXT, total DOUBLE PRECISION)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF pd_me() IS NULL THEN
            RAISE EXCEPTION 'only a member of the panel may read its standings' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY
            SELECT i.category_id, s.team_id, sum(e.score ORDER BY e.seq)
            FROM sheets s
            JOIN expert_scores e ON e.round_id = s.round_id AND e.reviewer_id = s.reviewer_id
                                AND e.team_id = s.team_id
            JOIN rubric_items i ON i.round_id = e.round_id AND i.id = e.item_id
            WHERE s.round_id = p_round AND s.state = 'submitted' AND NOT pd_conflicted(s.team_id)
              AND NOT EXISTS (SELECT 1 FROM member_conflicts c
                              WHERE c.member_id = s.reviewer_id AND c.team_id = s.team_id)
            GROUP BY i.category_id, s.team_id, s.reviewer_id
            HAVING count(*) = (SELECT count(*) FROM rubric_items r
                               WHERE r.round_id = p_round AND r.category_id = i.category_id)
            ORDER BY 1, 2, 3;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION submitted_sheet_totals(text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION submitted_sheet_totals(text) TO @SECRETARIAT@, @OBSERVER@)",
};

} // namespace

void createSheetTotals(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kSheetTotals)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
