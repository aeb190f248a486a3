// Server schema step 1: draft saves without one audit entry each (docs/server.md, "Draft
// saves and the audit log"; the design notes, "Audit log on the server": one chained audit
// row per save cut 50 clients from about 2,000 to 417 transactions/s, because every writer
// waits for the row lock on the chain head).
//
// On a server a draft edit (a score set or cleared, the sheet's opinion) writes no audit
// entry. What the rules need of it is kept on the sheet itself, filled by a trigger that
// members cannot bypass (they may write only `opinion` of sheets, ServerRoles.cpp):
//   revisions  how many draft edits the sheet has had (every change of the sheet or of one of
//              its scores by a member while it is a draft: one save, one revision)
//   saved_at   the server's time of the sheet's last change (UTC ISO 8601 with milliseconds),
//              draft edit, submit or reopen alike
//   saved_by   who made it (the member of session_user)
// submit_sheet's `submit-sheet` entry records the revisions (ServerFunctions.cpp); submit,
// reopen, lock and everything else stay in the chain. The deploy (the administrator, no
// member) copies sheets as they are: their revisions start at 0.
//
// pd_save_score: one draft score saved in one statement (the store's fast path,
// PgSheetWrites.cpp). SECURITY DEFINER, making the grants' and policies' checks once itself
// (below), under the tables' triggers like any write. It raises on anything unusual (a
// refusal, a stale copy) and the store then takes the statement-by-statement path, whose
// refusals name the reason.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kDraftSaves[] = {
    uR"(ALTER TABLE sheets ADD COLUMN revisions BIGINT NOT NULL DEFAULT 0
            CONSTRAINT sheet_revisions_not_negative CHECK (revisions >= 0),
        ADD COLUMN saved_at TEXT, ADD COLUMN saved_by TEXT)",

    uR"(CREATE FUNCTION pd_sheet_saves() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
    BEGIN
        IF v_me IS NULL THEN
            -- The administrator (a deploy): the sheet as copied.
            RETURN NEW;
        END IF;
        IF TG_OP = 'INSERT' THEN
            NEW.revisions := CASE WHEN NEW.opinion <> '' THEN 1 ELSE 0 END;
        ELSIF OLD.state = 'draft' AND NEW.state = 'draft' THEN
            NEW.revisions := OLD.revisions + 1;
        ELSE
            NEW.revisions := OLD.revisions;   -- submitted or reopened: not a draft edit
        END IF;
        NEW.saved_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        NEW.saved_by := v_me;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER sheets_saves BEFORE INSERT OR UPDATE ON sheets
        FOR EACH ROW EXECUTE FUNCTION pd_sheet_saves())",

    // The caller's own draft score: returns the sheet's row version after the save (the same
    // when the value was already stored). p_expected: the version the caller's copy of the
    // sheet holds (0: no sheet), NULL when it watches none. p_tolerance: the step rule of
    // domain/ScoreRules.h (kScoreStepTolerance), which is stricter than the trigger's.
    //
    // SECURITY DEFINER (it runs as the owner, whose policies let it write any row), so it
    // makes here, once, the checks the members' grants and policies would make on each of its
    // statements (ServerRoles.cpp, ServerPolicies.cpp): the caller is a member of the chair or
    // experts group (EXECUTE is theirs only, and checked again); every row it writes is the
    // caller's own (reviewer_id is pd_me(), never a parameter); it writes only the columns
    // members may write (a sheet's key and opinion, a score's key, score and comment); the
    // sheet is a draft, locked FOR UPDATE until COMMIT so that it stays one. The tables'
    // triggers run for its statements as for any other: the round's lock (55000), the score
    // rules (points, step, the sheet not submitted), a declared conflict of interest
    // (pd_sheet_rules and pd_score_rules refuse the reviewer's rows of that team, which for
    // the caller's own rows is the conflict policy's rule), the sheet's version and revisions.
    // The score is updated first and inserted only when there is none, so that a save of an
    // existing score fires the score's BEFORE triggers once (INSERT ... ON CONFLICT fires
    // the BEFORE INSERT ones, then the BEFORE UPDATE ones).
    uR"(CREATE FUNCTION pd_save_score(p_team TEXT, p_item TEXT, p_score DOUBLE PRECISION,
            p_comment TEXT, p_expected BIGINT, p_tolerance DOUBLE PRECISION) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
        v_round TEXT;
        v_lifecycle TEXT;
        v_points DOUBLE PRECISION;
        v_step DOUBLE PRECISION;
        v_steps DOUBLE PRECISION;
        v_version BIGINT;
        v_state TEXT;
        v_comment TEXT := coalesce(p_comment, '');
    BEGIN
        IF v_me IS NULL OR NOT (pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
                                OR pg_has_role(session_user, @EXPERT_NAME@, 'MEMBER')) THEN
            RAISE EXCEPTION 'not saved here' USING ERRCODE = 'P0001';
        END IF;
        SELECT id, lifecycle INTO v_round, v_lifecycle FROM rounds ORDER BY seq LIMIT 1;
        IF v_round IS NULL OR v_lifecycle IS DISTINCT FROM 'open' THEN
            RAISE EXCEPTION 'not saved here' USING ERRCODE = 'P0001';
        END IF;
        SELECT points, step INTO v_points, v_step FROM rubric_items WHERE round_id = v_round AND id = p_item;
        v_steps := p_score / v_step;
        IF v_points IS NULL OR p_score IS NULL OR p_score = 'NaN' OR p_score < 0 OR p_score > v_points
           OR v_step <= 0 OR v_steps IN ('Infinity', '-Infinity', 'NaN')
           OR abs(v_steps - round(v_steps)) > p_tolerance * greatest(1.0, abs(v_steps)) THEN
            RAISE EXCEPTION 'not saved here' USING ERRCODE = 'P0001';
        END IF;
        SELECT version, state INTO v_version, v_state FROM sheets
            WHERE round_id = v_round AND reviewer_id = v_me AND team_id = p_team FOR UPDATE;
        IF v_state IS DISTINCT FROM 'draft' AND v_version IS NOT NULL THEN
            RAISE EXCEPTION 'not saved here' USING ERRCODE = 'P0001';   -- submitted
        END IF;
        IF p_expected IS NOT NULL AND coalesce(v_version, 0) <> p_expected THEN
            RAISE EXCEPTION 'not saved here' USING ERRCODE = 'P0001';   -- a stale copy
        END IF;
        IF v_version IS NULL THEN
            INSERT INTO sheets (round_id, reviewer_id, team_id, opinion) VALUES (v_round, v_me, p_team, '');
        END IF;
        UPDATE expert_scores SET score = p_score, comment = v_comment
            WHERE round_id = v_round AND reviewer_id = v_me AND team_id = p_team AND item_id = p_item
              AND (score, comment) IS DISTINCT FROM (p_score, v_comment);
        IF NOT FOUND THEN
            -- No score yet, or the same one stored (then nothing is written).
            INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, score, comment)
                VALUES (v_round, v_me, p_team, p_item, p_score, v_comment)
                ON CONFLICT (round_id, reviewer_id, team_id, item_id) DO NOTHING;
        END IF;
        SELECT version INTO v_version FROM sheets
            WHERE round_id = v_round AND reviewer_id = v_me AND team_id = p_team;
        RETURN v_version;
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_sheet_saves(), pd_save_score(text, text, double precision, text, bigint,
        double precision) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_save_score(text, text, double precision, text, bigint, double precision)
        TO @CHAIR@, @EXPERT@)",
};

} // namespace

void createDraftSaves(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kDraftSaves)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
