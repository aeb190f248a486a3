// Server schema step 1: team_verdicts(), what every member's standings say of each team's
// independence. docs/visibility.md: "The verdict is public within the panel: everyone's
// standings show it" -- the verdict, its rationale, the verdict the findings suggest (rule R5)
// and so the flag of a verdict that differs from it (verdict_differs_from_rules). Observers
// may read no component finding, and nobody reads the findings of a team they declared a
// conflict with (ServerPolicies.cpp), yet in a file their standings show both for every team,
// conflicted or not (models/access/Visibility.cpp computes everyone's standings from the
// whole round's findings). This function hands any member of the panel per team exactly
// that: the verdict, the rationale and R5's suggested verdict, nothing of the components
// (no count, name, source, licence or evidence) and nothing of the notes.
//
// R5 (scoring/IndependenceRules.cpp, suggestVerdict) for the verdict alone does not depend on
// the components' order: fail when any component reuses pretrained weights, takes outside
// code or weights under a restricted or proprietary licence, or is under outside control;
// else pending when any component is not clean (own or zero-initialised weights, own or
// permissive licence, no outside control); else pass; pending with no component at all.
// The test server.serververdicts compares it with suggestVerdict on every attribute.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kVerdicts[] = {
    uR"(CREATE FUNCTION pd_suggested_verdict(p_round TEXT, p_team TEXT) RETURNS TEXT
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT CASE
            WHEN NOT EXISTS (SELECT 1 FROM component_findings c
                             WHERE c.round_id = p_round AND c.team_id = p_team) THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM component_findings c
                         WHERE c.round_id = p_round AND c.team_id = p_team
                           AND (c.weights IN ('reused', 'reused_frozen')
                                OR (c.license IN ('restricted', 'proprietary')
                                    AND c.origin IN ('third_party', 'open_source'))
                                OR c.external_control = 'present')) THEN 'fail'
            WHEN EXISTS (SELECT 1 FROM component_findings c
                         WHERE c.round_id = p_round AND c.team_id = p_team
                           AND NOT (c.weights IN ('initialized', 'not_applicable')
                                    AND c.license IN ('own', 'permissive')
                                    AND c.external_control = 'none')) THEN 'pending'
            ELSE 'pass' END
    $$)",
    uR"(REVOKE ALL ON FUNCTION pd_suggested_verdict(text, text) FROM PUBLIC)",

    uR"(CREATE FUNCTION team_verdicts(p_round TEXT)
        RETURNS TABLE (team_id TEXT, verdict TEXT, rationale TEXT, suggested TEXT)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF pd_me() IS NULL THEN
            RAISE EXCEPTION 'only a member of the panel may read its verdicts' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY
            SELECT i.team_id, i.verdict, i.rationale, pd_suggested_verdict(i.round_id, i.team_id)
            FROM independence i WHERE i.round_id = p_round ORDER BY i.seq;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION team_verdicts(text) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION team_verdicts(text) TO @MEMBERS@)",
};

} // namespace

void createServerVerdicts(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kVerdicts)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
