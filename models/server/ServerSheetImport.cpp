// Server schema step 1: pd_import_sheet, one sheet of a member's offline sheets file written
// by the chair (PgStore::importSheets, PgSheetImport.cpp; docs/server.md, "Importing offline
// sheets on a server"). The policies let a member write only their own rows, so the chair's
// import goes through this SECURITY DEFINER function: it runs as the owner, and the tables'
// triggers check every row as they check a member's own save (range, step, conflict of
// interest, a submitted sheet locked, a submitted sheet complete, the round open).
//
// What it writes, as a file's import does (storage/SheetImportWriter.h) for a member with a
// key, whose draft the importer cannot open: on a server the member's draft is private by the
// policies (never sealed), and the function, which could read it, tells nothing about it
// (no oracle for the chair on a draft):
//   a sheet submitted in the panel  nothing: 'unchanged' when the file submits the same
//                                   scores and opinion, else refused (SQLSTATE 23PD1)
//   otherwise                       the file's sheet replaces the member's draft (scores and
//                                   opinion; every score of the file counts as written, the
//                                   opinion when not empty); a sheet left empty and not
//                                   submitted is no sheet (none is created, a draft goes);
//                                   then, when the file submits the sheet, submitted
//                                   (incomplete: 23PD2, the missing items in the message
//                                   after "first: ") with the member's "submit-sheet" entry,
//                                   whose actor is the member
// A team the chair declared a conflict of interest with is refused (42501): the chair reads
// nothing of it, so the function would otherwise tell whether a submitted sheet equals a guess.
// It returns what changed: ('draft' | 'submitted' | 'unchanged', scores written, opinion
// written). The client writes the chair's signed "import-sheets" entry right after, in the
// same transaction (it covers the member's unsigned entries, trust/AuditChain.h).
//
// The member as actor: audit_chain_head.acting_for names them while the function submits;
// the audit trigger takes the actor from it (ServerAuditTriggers.cpp). Only the owner writes
// audit_chain_head (no grants), the function clears it before it returns, and the row lock it
// takes on the head holds until the transaction ends, so no other transaction ever sees it.
//
// Refusals (nothing changed): 42501 a caller who is not the chair (pd_me() and their role),
// a team the chair is conflicted with;
// 55000 the round not open; 22023 an unknown member, malformed scores or an item twice;
// 23503 an unknown team or item; 23514 a score out of range or off step, a conflict of
// interest; 23PD1, 23PD2 above.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kSheetImport[] = {
    uR"(ALTER TABLE audit_chain_head ADD COLUMN acting_for TEXT)",

    uR"(CREATE FUNCTION pd_import_sheet(p_member TEXT, p_team TEXT, p_scores JSONB, p_opinion TEXT,
            p_submitted BOOLEAN)
        RETURNS TABLE (outcome TEXT, scores_written INTEGER, opinion_written BOOLEAN)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_me TEXT := pd_me();
        v_round TEXT;
        v_state TEXT;
        v_opinion TEXT;
        v_new_opinion TEXT := coalesce(p_opinion, '');
        v_twice TEXT;
        v_missing TEXT;
        v_written INTEGER;
        v_total DOUBLE PRECISION;
        v_revisions BIGINT;
    BEGIN
        IF v_me IS NULL OR NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER')
           OR pd_my_role() IS DISTINCT FROM 'chair' THEN
            RAISE EXCEPTION 'importing a member''s sheets needs the chair' USING ERRCODE = '42501';
        END IF;
        SELECT id INTO v_round FROM rounds ORDER BY seq LIMIT 1;
        IF v_round IS NULL THEN
            RAISE EXCEPTION 'there is no round to import sheets into yet' USING ERRCODE = '55000';
        END IF;
        PERFORM pd_require_open(v_round);
        IF NOT EXISTS (SELECT 1 FROM members WHERE id = p_member) THEN
            RAISE EXCEPTION 'unknown member "%"', p_member USING ERRCODE = '22023';
        END IF;
        IF pd_conflicted(p_team) THEN
            RAISE EXCEPTION 'the chair has a declared conflict of interest with team %', p_team
                USING ERRCODE = '42501';
        END IF;
        IF jsonb_typeof(p_scores) IS DISTINCT FROM 'array' OR EXISTS (
               SELECT 1 FROM jsonb_array_elements(p_scores) e
               WHERE jsonb_typeof(e -> 'item') IS DISTINCT FROM 'string'
                  OR jsonb_typeof(e -> 'score') IS DISTINCT FROM 'number'
                  OR jsonb_typeof(coalesce(e -> 'comment', '""')) NOT IN ('string', 'null')) THEN
            RAISE EXCEPTION 'the scores are an array of {item, score, comment}' USING ERRCODE = '22023';
        END IF;
        SELECT e ->> 'item' INTO v_twice FROM jsonb_array_elements(p_scores) e
            GROUP BY e ->> 'item' HAVING count(*) > 1 LIMIT 1;
        IF v_twice IS NOT NULL THEN
            RAISE EXCEPTION 'item % is scored twice', v_twice USING ERRCODE = '22023';
        END IF;

        SELECT state, opinion INTO v_state, v_opinion FROM sheets
            WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team FOR UPDATE;
        IF v_state = 'submitted' THEN
            IF p_submitted AND v_opinion = v_new_opinion
               AND (SELECT count(*) FROM expert_scores WHERE round_id = v_round
                    AND reviewer_id = p_member AND team_id = p_team) = jsonb_array_length(p_scores)
               AND NOT EXISTS (
                   SELECT 1 FROM jsonb_array_elements(p_scores) e WHERE NOT EXISTS (
                       SELECT 1 FROM expert_scores s WHERE s.round_id = v_round
                       AND s.reviewer_id = p_member AND s.team_id = p_team AND s.item_id = e ->> 'item'
                       AND s.score = (e ->> 'score')::double precision
                       AND s.comment = coalesce(e ->> 'comment', ''))) THEN
                RETURN QUERY SELECT 'unchanged'::text, 0, false;
                RETURN;
            END IF;
            RAISE EXCEPTION 'the sheet of % for team % is submitted in the panel: it can no longer change',
                p_member, p_team USING ERRCODE = '23PD1';
        END IF;

        -- A sealed draft cannot be opened here (a deploy copies none): should one be there,
        -- the file's sheet, the member's newer copy, replaces it, as in a file.
        DELETE FROM sealed_drafts WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team;
        IF NOT p_submitted AND jsonb_array_length(p_scores) = 0 AND v_new_opinion = '' THEN
            -- Nothing: no sheet (an empty draft is no sheet at all, as when cleared).
            DELETE FROM expert_scores WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team;
            DELETE FROM sheets WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team;
            RETURN QUERY SELECT 'draft'::text, 0, false;
            RETURN;
        END IF;
        IF v_state IS NULL THEN
            INSERT INTO sheets (round_id, reviewer_id, team_id, opinion)
                VALUES (v_round, p_member, p_team, v_new_opinion);
        ELSIF v_opinion <> v_new_opinion THEN
            UPDATE sheets SET opinion = v_new_opinion
                WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team;
        END IF;
        DELETE FROM expert_scores WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team
            AND item_id NOT IN (SELECT e ->> 'item' FROM jsonb_array_elements(p_scores) e);
        INSERT INTO expert_scores AS s (round_id, reviewer_id, team_id, item_id, score, comment)
            SELECT v_round, p_member, p_team, e ->> 'item', (e ->> 'score')::double precision,
                   coalesce(e ->> 'comment', '')
            FROM jsonb_array_elements(p_scores) e
        ON CONFLICT (round_id, reviewer_id, team_id, item_id) DO UPDATE
            SET score = EXCLUDED.score, comment = EXCLUDED.comment
            WHERE (s.score, s.comment) IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.comment);
        v_written := jsonb_array_length(p_scores);

        IF NOT p_submitted THEN
            RETURN QUERY SELECT 'draft'::text, v_written, v_new_opinion <> '';
            RETURN;
        END IF;
        SELECT string_agg(i.id, ', ' ORDER BY i.seq) INTO v_missing FROM rubric_items i
            WHERE i.round_id = v_round AND NOT EXISTS (
                SELECT 1 FROM expert_scores s WHERE s.round_id = v_round AND s.reviewer_id = p_member
                AND s.team_id = p_team AND s.item_id = i.id);
        IF v_missing IS NOT NULL THEN
            RAISE EXCEPTION 'the sheet of % for team % is incomplete; score these items first: %',
                p_member, p_team, v_missing USING ERRCODE = '23PD2';
        END IF;
        UPDATE audit_chain_head SET acting_for = p_member;
        UPDATE sheets SET state = 'submitted'
            WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team
            RETURNING revisions INTO v_revisions;
        SELECT sum(score) INTO v_total FROM expert_scores
            WHERE round_id = v_round AND reviewer_id = p_member AND team_id = p_team;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('submit-sheet', format('sheets/%s/%s/%s', v_round, p_member, p_team),
                    '{"state":"draft"}', json_build_object('state', 'submitted', 'total', v_total,
                                      'revisions', v_revisions)::text);
        UPDATE audit_chain_head SET acting_for = NULL;
        RETURN QUERY SELECT 'submitted'::text, v_written, v_new_opinion <> '';
    END $$)",
    uR"(REVOKE ALL ON FUNCTION pd_import_sheet(text, text, jsonb, text, boolean) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_import_sheet(text, text, jsonb, text, boolean) TO @CHAIR@)",
};

} // namespace

void createSheetImport(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kSheetImport)
        execStep(db, roles, QString::fromUtf16(statement));
}

} // namespace pd::server::schema
