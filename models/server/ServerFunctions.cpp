// Server schema step 1: the functions members call, directly or through the policies.
//
// Who calls: session_user, mapped to a member by member_logins (inside a SECURITY DEFINER
// function current_user is the owner; SET ROLE cannot change session_user). Every function
// is SECURITY DEFINER (it reads as the owner, whose policies let it see every row), written
// in PL/pgSQL (planned once per session; the design notes measured SQL-language helpers 35%
// slower), with search_path pinned. EXECUTE is revoked from PUBLIC and granted to the
// groups (ServerRoles.cpp).
//
// The policy helpers answer only questions about what the caller may see, never raw facts
// about other members' sheets: called directly they tell nothing a SELECT would not.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kFunctions[] = {
    // The member the session belongs to; NULL for a role that is not a member's login.
    uR"(CREATE FUNCTION pd_me() RETURNS TEXT
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN (SELECT member_id FROM member_logins WHERE role_name = session_user);
    END $$)",

    // Whether the caller declared a conflict of interest with the team.
    uR"(CREATE FUNCTION pd_conflicted(p_team TEXT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN EXISTS (SELECT 1 FROM member_conflicts c JOIN member_logins l ON l.member_id = c.member_id
                       WHERE l.role_name = session_user AND c.team_id = p_team);
    END $$)",

    // Whether the caller may see the sheet (its state, opinion) and its scores
    // (docs/visibility.md): their own; for the chair every submitted sheet; for an expert the
    // submitted sheets of a team once their own sheet for that team is submitted; nothing of
    // a team the caller is conflicted with (the RESTRICTIVE policies say so too).
    uR"(CREATE FUNCTION pd_may_see_sheet(p_round TEXT, p_reviewer TEXT, p_team TEXT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
    BEGIN
        IF v_me IS NULL OR pd_conflicted(p_team) THEN
            RETURN false;
        END IF;
        IF p_reviewer = v_me THEN
            RETURN true;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM sheets WHERE round_id = p_round AND reviewer_id = p_reviewer
                       AND team_id = p_team AND state = 'submitted') THEN
            RETURN false;
        END IF;
        IF pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RETURN true;
        END IF;
        RETURN pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER')
            AND EXISTS (SELECT 1 FROM sheets WHERE round_id = p_round AND reviewer_id = v_me
                        AND team_id = p_team AND state = 'submitted');
    END $$)",

    // Whether the caller's own sheet for the team is a draft (their scores may change).
    uR"(CREATE FUNCTION pd_my_draft(p_round TEXT, p_reviewer TEXT, p_team TEXT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN p_reviewer = pd_me() AND EXISTS (
            SELECT 1 FROM sheets WHERE round_id = p_round AND reviewer_id = p_reviewer
            AND team_id = p_team AND state = 'draft');
    END $$)",

    // Whether the component exists and the caller is not conflicted with its team.
    uR"(CREATE FUNCTION pd_may_see_component(p_round TEXT, p_seq BIGINT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_team TEXT;
    BEGIN
        SELECT team_id INTO v_team FROM component_findings WHERE round_id = p_round AND seq = p_seq;
        RETURN v_team IS NOT NULL AND NOT pd_conflicted(v_team);
    END $$)",

    // The state of every sheet (the chair's progress matrix, the secretariat's view): no
    // values, no opinion. Chair and secretariat only.
    uR"(CREATE FUNCTION sheet_states()
        RETURNS TABLE (round_id TEXT, reviewer_id TEXT, team_id TEXT, state TEXT)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                OR pg_has_role(session_user, @SECRETARIAT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'the sheets'' progress is for the chair and the secretariat' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY SELECT s.round_id, s.reviewer_id, s.team_id, s.state FROM sheets s
            ORDER BY s.round_id, s.reviewer_id, s.team_id;
    END $$)",

    // Submits the caller's own sheet: complete (every rubric item scored), a draft, the round
    // open. Returns the sheet's new row version.
    uR"(CREATE FUNCTION submit_sheet(p_round TEXT, p_team TEXT) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
        v_state TEXT;
        v_missing TEXT;
        v_total DOUBLE PRECISION;
        v_version BIGINT;
        v_revisions BIGINT;
    BEGIN
        IF v_me IS NULL OR NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                                OR pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'submitting a sheet needs an expert or the chair' USING ERRCODE = '42501';
        END IF;
        PERFORM pd_require_open(p_round);
        SELECT state INTO v_state FROM sheets
            WHERE round_id = p_round AND reviewer_id = v_me AND team_id = p_team FOR UPDATE;
        IF v_state IS NULL THEN
            RAISE EXCEPTION 'the sheet of % for team % is not started', v_me, p_team USING ERRCODE = '23503';
        END IF;
        IF v_state = 'submitted' THEN
            RAISE EXCEPTION 'the sheet of % for team % is already submitted', v_me, p_team USING ERRCODE = '55000';
        END IF;
        SELECT string_agg(i.id, ', ' ORDER BY i.seq) INTO v_missing FROM rubric_items i
            WHERE i.round_id = p_round AND NOT EXISTS (
                SELECT 1 FROM expert_scores s WHERE s.round_id = p_round AND s.reviewer_id = v_me
                AND s.team_id = p_team AND s.item_id = i.id);
        IF v_missing IS NOT NULL THEN
            RAISE EXCEPTION 'the sheet of % for team % is incomplete; score these items first: %',
                v_me, p_team, v_missing USING ERRCODE = '23514';
        END IF;
        UPDATE sheets SET state = 'submitted'
            WHERE round_id = p_round AND reviewer_id = v_me AND team_id = p_team
            RETURNING version, revisions INTO v_version, v_revisions;
        SELECT sum(score) INTO v_total FROM expert_scores
            WHERE round_id = p_round AND reviewer_id = v_me AND team_id = p_team;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('submit-sheet', format('sheets/%s/%s/%s', p_round, v_me, p_team),
                    '{"state":"draft"}', json_build_object('state', 'submitted', 'total', v_total,
                                      'revisions', v_revisions)::text);   -- draft edits (ServerDraftSaves.cpp)
        RETURN v_version;
    END $$)",

    // The chair locks the round: the rounds table IN EXCLUSIVE MODE waits for every save in
    // flight (they hold it IN ROW SHARE MODE, pd_require_open) and makes every later save
    // wait, then find the round locked; FOR UPDATE on the row stops a save under an older
    // snapshot (which holds the row FOR KEY SHARE).
    uR"(CREATE FUNCTION lock_round(p_round TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
    BEGIN
        IF pd_me() IS NULL OR NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION 'lock needs the chair' USING ERRCODE = '42501';
        END IF;
        -- With many reviewers saving there is always a save holding the round: a row lock
        -- alone would wait for ever (new KEY SHARE lockers do not queue behind a waiting
        -- FOR UPDATE; test T21 saw it when saves held the row). The table lock queues fairly:
        -- new saves wait behind it, the ones in flight finish, then the round is locked.
        LOCK TABLE rounds IN EXCLUSIVE MODE;
        SELECT lifecycle INTO v_state FROM rounds WHERE id = p_round FOR UPDATE;
        IF v_state IS NULL THEN
            RAISE EXCEPTION 'there is no round %', p_round USING ERRCODE = '23503';
        END IF;
        IF v_state <> 'open' THEN
            RAISE EXCEPTION 'the round % is %, not open: it cannot be locked', p_round, v_state USING ERRCODE = '55000';
        END IF;
        UPDATE rounds SET lifecycle = 'locked' WHERE id = p_round;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('lock-round', 'rounds/' || p_round,
                    -- "scoring" once a sheet exists, as a file records it
                    CASE WHEN EXISTS (SELECT 1 FROM sheets WHERE round_id = p_round)
                         THEN '{"state":"scoring"}' ELSE '{"state":"open"}' END,
                    '{"state":"locked"}');
    END $$)",

    // The chair reopens a submitted sheet, with a reason (kept in the audit log).
    uR"(CREATE FUNCTION reopen_sheet(p_round TEXT, p_reviewer TEXT, p_team TEXT, p_reason TEXT) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
        v_version BIGINT;
    BEGIN
        IF pd_me() IS NULL OR NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION 'reopen needs the chair' USING ERRCODE = '42501';
        END IF;
        IF pd_conflicted(p_team) THEN
            RAISE EXCEPTION 'the chair has a declared conflict of interest with team %', p_team USING ERRCODE = '42501';
        END IF;
        IF p_reason IS NULL OR length(btrim(p_reason)) = 0 THEN
            RAISE EXCEPTION 'reopening the sheet of % for team % needs a reason', p_reviewer, p_team USING ERRCODE = '23514';
        END IF;
        PERFORM pd_require_open(p_round);
        SELECT state INTO v_state FROM sheets
            WHERE round_id = p_round AND reviewer_id = p_reviewer AND team_id = p_team FOR UPDATE;
        IF v_state IS DISTINCT FROM 'submitted' THEN
            RAISE EXCEPTION 'the sheet of % for team % is not submitted: there is nothing to reopen',
                p_reviewer, p_team USING ERRCODE = '55000';
        END IF;
        UPDATE sheets SET state = 'draft'
            WHERE round_id = p_round AND reviewer_id = p_reviewer AND team_id = p_team
            RETURNING version INTO v_version;
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('reopen-sheet', format('sheets/%s/%s/%s', p_round, p_reviewer, p_team),
                    '{"state":"submitted"}', '{"state":"draft"}', p_reason);
        RETURN v_version;
    END $$)",
};

} // namespace

void createFunctions(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kFunctions)
        execStep(db, roles, QString::fromUtf16(statement));
}

QStringList memberFunctions()
{
    return {QStringLiteral("pd_me()"), QStringLiteral("pd_conflicted(text)"),
            QStringLiteral("pd_may_see_sheet(text, text, text)"),
            QStringLiteral("pd_my_draft(text, text, text)"),
            QStringLiteral("pd_may_see_component(text, bigint)"), QStringLiteral("sheet_states()"),
            QStringLiteral("submit_sheet(text, text)"), QStringLiteral("lock_round(text)"),
            QStringLiteral("reopen_sheet(text, text, text, text)"),
            QStringLiteral("audit_verify()"), QStringLiteral("submitted_sheet_totals(text)"),
            QStringLiteral("round_holds_inputs()")};
}

} // namespace pd::server::schema
