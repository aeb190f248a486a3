// Server schema step 1: the chair's decision steps (docs/decision.md) as SECURITY DEFINER
// functions, the only way anyone but the owner writes rounds.lifecycle and the decision
// tables (decisions, decision_outcomes, decision_events, appeals, appeal_committee,
// appeal_rulings, tie_resolutions): members hold no INSERT, UPDATE or DELETE on them.
//
// Each function: PL/pgSQL, search_path pinned, EXECUTE revoked from PUBLIC and granted to the
// chair group only; it checks that session_user is a member in the chair group (42501), takes
// the round's row FOR UPDATE and checks the state the step starts from (55000: the
// lifecycle of decision/Lifecycle.h), checks the step's data rules against what is stored
// (23514, 23503: dates against the stored decision and announcement, committees, late
// appeals, rulings), writes its rows and its own audit entry (the same action, entity and
// value keys as storage/DecisionStore.cpp; the actor, the times and system_date /
// system_time are the server's; given_date is the chair's "today", as in a file).
//
// Decide is two calls in one transaction (PgLifecycle.cpp): add_tie_resolutions locks the
// round and adds the chair's tie resolutions; the client then reads the round in the same
// transaction (REPEATABLE READ), composes the version (decision/ComposeDecision.h) and
// record_decision stores it. The server cannot recompute a decision: it checks that the
// caller is the chair, the round is locked, the version is the next one, every team of the
// round has exactly one outcome and the chair has no conflict with any of them (the chair
// would compute from a round without that team's sheets); the fingerprint, inputs and
// standings are the chair's computation, verifiable by anyone who reads them.
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kDecisionFunctions[] = {
    // Helpers (not callable by members: called from the functions below, as the owner).
    uR"(CREATE FUNCTION pd_require_chair(p_step TEXT) RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF pd_me() IS NULL OR NOT pg_has_role(session_user, @CHAIR_NAME@, 'MEMBER') THEN
            RAISE EXCEPTION '% is the chair''s step', p_step USING ERRCODE = '42501';
        END IF;
    END $$)",

    // The round's lifecycle, its row locked until the transaction ends; 55000 unless it is
    // one of p_from.
    uR"(CREATE FUNCTION pd_round_in(p_round TEXT, p_from TEXT[], p_step TEXT) RETURNS TEXT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
    BEGIN
        SELECT lifecycle INTO v_state FROM rounds WHERE id = p_round FOR UPDATE;
        IF v_state IS NULL THEN
            RAISE EXCEPTION 'there is no round %', p_round USING ERRCODE = '23503';
        END IF;
        IF NOT v_state = ANY (p_from) THEN
            RAISE EXCEPTION 'cannot %: round % is %', p_step, p_round, v_state USING ERRCODE = '55000';
        END IF;
        RETURN v_state;
    END $$)",

    uR"(CREATE FUNCTION pd_require_date(p_date TEXT, p_what TEXT) RETURNS void
        LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
    BEGIN
        IF p_date IS NULL OR NOT IS_DATE(p_date) THEN
            RAISE EXCEPTION '% needs a valid date (YYYY-MM-DD), not "%"', p_what, coalesce(p_date, '')
                USING ERRCODE = '22007';
        END IF;
    END $$)",

    uR"(CREATE FUNCTION pd_now() RETURNS TEXT
        LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
        SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    $$)",

    // The new value of a lifecycle entry: `p_fields` with the chair's date and the server's.
    uR"(CREATE FUNCTION pd_dated(p_fields JSONB, p_given TEXT) RETURNS TEXT
        LANGUAGE sql VOLATILE SET search_path = public, pg_temp AS $$
        SELECT (p_fields || jsonb_build_object('given_date', p_given,
                                               'system_date', to_char(current_date, 'YYYY-MM-DD'),
                                               'system_time', pd_now()))::text
    $$)",

    // The latest decision version of the round: version, fingerprint, decided_on, and its
    // announcement (on_date, appeal_closes; NULL when not announced).
    uR"(CREATE FUNCTION pd_latest(p_round TEXT, OUT version BIGINT, OUT fingerprint TEXT,
            OUT decided_on TEXT, OUT announced_on TEXT, OUT appeal_closes TEXT)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        SELECT d.version, d.fingerprint, d.decided_on, e.on_date, e.appeal_closes
            INTO version, fingerprint, decided_on, announced_on, appeal_closes
            FROM decisions d LEFT JOIN decision_events e ON e.round_id = d.round_id
                AND e.version = d.version AND e.event = 'announced'
            WHERE d.round_id = p_round ORDER BY d.version DESC LIMIT 1;
    END $$)",

    // Reopen (from locked or decided, with a reason): a decided version is marked reopened.
    uR"(CREATE FUNCTION reopen_round(p_round TEXT, p_reason TEXT, p_today TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
        v RECORD;
    BEGIN
        PERFORM pd_require_chair('reopening the round');
        v_state := pd_round_in(p_round, ARRAY['locked', 'decided'], 'reopen the round');
        IF p_reason IS NULL OR NOT NOT_BLANK(p_reason) THEN
            RAISE EXCEPTION 'reopening the round needs a reason' USING ERRCODE = '23514';
        END IF;
        PERFORM pd_require_date(p_today, 'reopening the round');
        IF v_state = 'decided' THEN
            SELECT * INTO v FROM pd_latest(p_round);
            INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, by_member,
                                         recorded_at, fingerprint, reason)
                VALUES (p_round, v.version, 'reopened', p_today, NULL, pd_me(), pd_now(), v.fingerprint, p_reason);
        END IF;
        UPDATE rounds SET lifecycle = 'open' WHERE id = p_round;
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('reopen-round', 'rounds/' || p_round, jsonb_build_object('state', v_state)::text,
                    pd_dated(jsonb_build_object('state', 'scoring'), p_today), p_reason);
    END $$)",

    // Decide, first call: the round must be locked (its row stays locked until the decision
    // is recorded); the chair's tie resolutions [{"rationale": "...", "order": ["a", "b"]}]
    // are added for the composition to read.
    uR"(CREATE FUNCTION add_tie_resolutions(p_round TEXT, p_ties JSON) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_seq BIGINT;
        v_tie JSON;
        v_team TEXT;
        v_position BIGINT;
    BEGIN
        PERFORM pd_require_chair('deciding the round');
        PERFORM pd_round_in(p_round, ARRAY['locked'], 'decide the round');
        SELECT coalesce(max(seq) + 1, 0) INTO v_seq FROM tie_resolutions WHERE round_id = p_round;
        FOR v_tie IN SELECT value FROM json_array_elements(coalesce(p_ties, '[]'::json)) LOOP
            IF json_array_length(v_tie -> 'order') < 2 THEN
                RAISE EXCEPTION 'a tie resolution orders two or more different teams' USING ERRCODE = '23514';
            END IF;
            INSERT INTO tie_resolutions (round_id, seq, rationale) VALUES (p_round, v_seq, v_tie ->> 'rationale');
            v_position := 0;
            FOR v_team IN SELECT value FROM json_array_elements_text(v_tie -> 'order') LOOP
                INSERT INTO tie_resolution_teams (round_id, resolution_seq, position, team_id)
                    VALUES (p_round, v_seq, v_position, v_team);
                v_position := v_position + 1;
            END LOOP;
            v_seq := v_seq + 1;
        END LOOP;
    END $$)",

    // Decide, second call: the version the chair composed, recorded; the round decided.
    // p_outcomes: [{"team": "...", "outcome": "...", "reason": "..."}] in standings order.
    uR"(CREATE FUNCTION record_decision(p_round TEXT, p_decided_on TEXT, p_fingerprint TEXT,
            p_inputs BYTEA, p_standings BYTEA, p_rating_rows BIGINT, p_outcomes JSON) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
        v_version BIGINT;
        v_conflict TEXT;
    BEGIN
        PERFORM pd_require_chair('deciding the round');
        v_state := pd_round_in(p_round, ARRAY['locked'], 'decide the round');
        PERFORM pd_require_date(p_decided_on, 'the decision');
        SELECT min(t.team_id) INTO v_conflict FROM round_teams t
            WHERE t.round_id = p_round AND pd_conflicted(t.team_id);
        IF v_conflict IS NOT NULL THEN
            RAISE EXCEPTION 'the chair declared a conflict of interest with team %: its sheets are hidden from the chair, who cannot compute the decision', v_conflict
                USING ERRCODE = '42501';
        END IF;
        IF (SELECT count(*) FROM json_array_elements(p_outcomes))
               <> (SELECT count(*) FROM round_teams WHERE round_id = p_round)
           OR EXISTS (SELECT 1 FROM round_teams t WHERE t.round_id = p_round AND NOT EXISTS (
                  SELECT 1 FROM json_array_elements(p_outcomes) o WHERE o ->> 'team' = t.team_id)) THEN
            RAISE EXCEPTION 'a decision has exactly one outcome for every team of round %', p_round
                USING ERRCODE = '23514';
        END IF;
        SELECT coalesce(max(version), 0) + 1 INTO v_version FROM decisions WHERE round_id = p_round;
        INSERT INTO decisions (round_id, version, decided_on, decided_by, recorded_at, fingerprint,
                               inputs, standings, rating_rows)
            VALUES (p_round, v_version, p_decided_on, pd_me(), pd_now(), p_fingerprint, p_inputs,
                    p_standings, p_rating_rows);
        INSERT INTO decision_outcomes (round_id, version, team_id, seq, outcome, reason)
            SELECT p_round, v_version, o.value ->> 'team', o.n - 1, o.value ->> 'outcome',
                   coalesce(o.value ->> 'reason', '')
            FROM json_array_elements(p_outcomes) WITH ORDINALITY AS o (value, n);
        UPDATE rounds SET lifecycle = 'decided' WHERE id = p_round;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('decide-round', format('decisions/%s/v%s', p_round, v_version),
                    jsonb_build_object('state', v_state)::text,
                    pd_dated(jsonb_build_object('state', 'decided', 'version', v_version,
                                                'fingerprint', p_fingerprint,
                                                'outcomes', p_outcomes::jsonb), p_decided_on));
        RETURN v_version;
    END $$)",

    // Announce on p_date (not before the decision, not after the chair's today): the appeal
    // window closes at the end of p_date + appeal_days (R9).
    uR"(CREATE FUNCTION announce_decision(p_round TEXT, p_date TEXT, p_today TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v RECORD;
        v_closes TEXT;
    BEGIN
        PERFORM pd_require_chair('announcing the decision');
        PERFORM pd_round_in(p_round, ARRAY['decided'], 'announce the decision');
        PERFORM pd_require_date(p_date, 'the announcement');
        PERFORM pd_require_date(p_today, 'the announcement');
        SELECT * INTO v FROM pd_latest(p_round);
        IF p_date < v.decided_on OR p_date > p_today THEN
            RAISE EXCEPTION 'the announcement date % is before the decision (%) or after today (%)',
                p_date, v.decided_on, p_today USING ERRCODE = '23514';
        END IF;
        v_closes := to_char(to_date(p_date, 'YYYY-MM-DD')
                            + (SELECT appeal_days FROM rounds WHERE id = p_round)::int, 'YYYY-MM-DD');
        INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, by_member,
                                     recorded_at, fingerprint, reason)
            VALUES (p_round, v.version, 'announced', p_date, v_closes, pd_me(), pd_now(), v.fingerprint, '');
        UPDATE rounds SET lifecycle = 'announced' WHERE id = p_round;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('announce-decision', format('decisions/%s/v%s', p_round, v.version),
                    '{"state": "decided"}',
                    pd_dated(jsonb_build_object('state', 'announced', 'announced_on', p_date,
                                                'appeal_closes', v_closes, 'fingerprint', v.fingerprint), p_today));
    END $$)",

    // Record an appeal against the latest version (announced or final): a team eliminated on
    // score or disqualified, filed between the announcement and today, with grounds. Filed
    // after the window it is recorded as late (no committee); within the window once final,
    // refused. p_committee: a JSON array of member ids, empty for the rule's committee
    // (every chair and expert who holds no sheet for the team and has no conflict with it).
    uR"(CREATE FUNCTION file_appeal(p_round TEXT, p_team TEXT, p_filed_on TEXT, p_grounds TEXT,
            p_committee JSON, p_today TEXT) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
        v RECORD;
        v_outcome TEXT;
        v_late BOOLEAN;
        v_committee TEXT[];
        v_member TEXT;
        v_id BIGINT;
    BEGIN
        PERFORM pd_require_chair('recording an appeal');
        v_state := pd_round_in(p_round, ARRAY['announced', 'final'], 'record an appeal');
        PERFORM pd_require_date(p_filed_on, 'the appeal');
        PERFORM pd_require_date(p_today, 'the appeal');
        SELECT * INTO v FROM pd_latest(p_round);
        IF v.announced_on IS NULL THEN
            RAISE EXCEPTION 'there is no announced decision to appeal' USING ERRCODE = '55000';
        END IF;
        SELECT outcome INTO v_outcome FROM decision_outcomes
            WHERE round_id = p_round AND version = v.version AND team_id = p_team;
        IF v_outcome IS NULL THEN
            RAISE EXCEPTION 'unknown team "%" in round %', p_team, p_round USING ERRCODE = '23503';
        END IF;
        IF v_outcome NOT IN ('eliminated_score', 'disqualified') THEN
            RAISE EXCEPTION 'team % cannot appeal: its outcome is %', p_team, v_outcome USING ERRCODE = '23514';
        END IF;
        IF p_filed_on < v.announced_on OR p_filed_on > p_today THEN
            RAISE EXCEPTION 'the filing date % is before the announcement (%) or after today (%)',
                p_filed_on, v.announced_on, p_today USING ERRCODE = '23514';
        END IF;
        IF p_grounds IS NULL OR NOT NOT_BLANK(p_grounds) THEN
            RAISE EXCEPTION 'the appeal needs its grounds' USING ERRCODE = '23514';
        END IF;
        v_late := p_filed_on > v.appeal_closes;
        IF v_state = 'final' AND NOT v_late THEN
            RAISE EXCEPTION 'the decision is final: an appeal filed on %, within the window, had to be recorded before it was made final',
                p_filed_on USING ERRCODE = '55000';
        END IF;
        v_committee := ARRAY[]::TEXT[];
        IF NOT v_late AND json_array_length(coalesce(p_committee, '[]'::json)) = 0 THEN
            SELECT coalesce(array_agg(m.id ORDER BY m.seq), ARRAY[]::TEXT[]) INTO v_committee FROM members m
                WHERE m.role IN ('chair', 'expert')
                  AND NOT EXISTS (SELECT 1 FROM sheets s WHERE s.round_id = p_round AND s.team_id = p_team
                                  AND s.reviewer_id = m.id)
                  AND NOT EXISTS (SELECT 1 FROM member_conflicts c WHERE c.team_id = p_team AND c.member_id = m.id);
            IF cardinality(v_committee) = 0 THEN
                RAISE EXCEPTION 'no member can sit on the appeal committee for team %: every chair and expert scored it or declared a conflict',
                    p_team USING ERRCODE = '23514';
            END IF;
        ELSIF NOT v_late THEN
            FOR v_member IN SELECT value FROM json_array_elements_text(p_committee) LOOP
                IF NOT EXISTS (SELECT 1 FROM members WHERE id = v_member) THEN
                    RAISE EXCEPTION 'committee: unknown member "%"', v_member USING ERRCODE = '23503';
                END IF;
                IF v_member = ANY (v_committee) THEN
                    RAISE EXCEPTION 'committee: % is named twice', v_member USING ERRCODE = '23514';
                END IF;
                IF EXISTS (SELECT 1 FROM sheets WHERE round_id = p_round AND team_id = p_team
                           AND reviewer_id = v_member) THEN
                    RAISE EXCEPTION 'committee: % scored team % and cannot rule on its appeal', v_member, p_team
                        USING ERRCODE = '23514';
                END IF;
                IF EXISTS (SELECT 1 FROM member_conflicts WHERE member_id = v_member AND team_id = p_team) THEN
                    RAISE EXCEPTION 'committee: % has declared a conflict of interest with team %', v_member, p_team
                        USING ERRCODE = '23514';
                END IF;
                v_committee := v_committee || v_member;
            END LOOP;
        END IF;
        SELECT coalesce(max(id), 0) + 1 INTO v_id FROM appeals WHERE round_id = p_round;
        INSERT INTO appeals (round_id, id, version, team_id, filed_on, grounds, late, recorded_by, recorded_at)
            VALUES (p_round, v_id, v.version, p_team, p_filed_on, p_grounds, CASE WHEN v_late THEN 1 ELSE 0 END,
                    pd_me(), pd_now());
        INSERT INTO appeal_committee (round_id, appeal_id, member_id, seq)
            SELECT p_round, v_id, c.member_id, c.n - 1 FROM unnest(v_committee) WITH ORDINALITY AS c (member_id, n);
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('file-appeal', format('appeals/%s/%s', p_round, v_id), NULL,
                    pd_dated(jsonb_build_object('team', p_team, 'version', v.version, 'filed_on', p_filed_on,
                                                'late', v_late, 'committee', to_jsonb(v_committee)), p_today),
                    p_grounds);
        RETURN v_id;
    END $$)",

    // Rule on an appeal (announced round; the appeal against the latest version, in time, not
    // ruled yet; a reason; dated p_today, not before the filing). Upheld reopens the round;
    // p_event_reason and p_reopen_reason are the texts the reopening records (translated by
    // the client, as a file records them).
    uR"(CREATE FUNCTION rule_appeal(p_round TEXT, p_id BIGINT, p_ruling TEXT, p_reason TEXT,
            p_today TEXT, p_event_reason TEXT, p_reopen_reason TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v RECORD;
        a RECORD;
    BEGIN
        PERFORM pd_require_chair('ruling on an appeal');
        PERFORM pd_round_in(p_round, ARRAY['announced'], 'rule on an appeal');
        PERFORM pd_require_date(p_today, 'the ruling');
        SELECT * INTO v FROM pd_latest(p_round);
        SELECT * INTO a FROM appeals WHERE round_id = p_round AND id = p_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no appeal %', p_id USING ERRCODE = '23503';
        END IF;
        IF a.version <> v.version THEN
            RAISE EXCEPTION 'appeal % is against decision version %, which is no longer current', p_id, a.version
                USING ERRCODE = '55000';
        END IF;
        IF a.late = 1 THEN
            RAISE EXCEPTION 'appeal % was filed after the appeal window closed: it is refused by rule and cannot be ruled on', p_id
                USING ERRCODE = '55000';
        END IF;
        IF EXISTS (SELECT 1 FROM appeal_rulings WHERE round_id = p_round AND appeal_id = p_id) THEN
            RAISE EXCEPTION 'appeal % is already ruled on', p_id USING ERRCODE = '55000';
        END IF;
        IF p_reason IS NULL OR NOT NOT_BLANK(p_reason) THEN
            RAISE EXCEPTION 'a ruling needs its reason' USING ERRCODE = '23514';
        END IF;
        IF p_today < a.filed_on THEN
            RAISE EXCEPTION 'the ruling date % is before the filing (%)', p_today, a.filed_on USING ERRCODE = '23514';
        END IF;
        INSERT INTO appeal_rulings (round_id, appeal_id, ruling, reason, ruled_on, ruled_by, recorded_at)
            VALUES (p_round, p_id, p_ruling, p_reason, p_today, pd_me(), pd_now());
        INSERT INTO audit_log (action, entity, old_value, new_value, reason)
            VALUES ('rule-appeal', format('appeals/%s/%s', p_round, p_id), NULL,
                    pd_dated(jsonb_build_object('ruling', p_ruling, 'ruled_on', p_today), p_today), p_reason);
        IF p_ruling = 'upheld' THEN
            INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, by_member,
                                         recorded_at, fingerprint, reason)
                VALUES (p_round, v.version, 'reopened', p_today, NULL, pd_me(), pd_now(), v.fingerprint,
                        coalesce(p_event_reason, ''));
            UPDATE rounds SET lifecycle = 'open' WHERE id = p_round;
            INSERT INTO audit_log (action, entity, old_value, new_value, reason)
                VALUES ('reopen-round', 'rounds/' || p_round, '{"state": "announced"}', '{"state": "scoring"}',
                        coalesce(p_reopen_reason, ''));
        END IF;
    END $$)",

    // Final: the announced round, on a day after the window closed, with no appeal against the
    // latest version awaiting a ruling.
    uR"(CREATE FUNCTION finalize_decision(p_round TEXT, p_today TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v RECORD;
        v_open TEXT;
    BEGIN
        PERFORM pd_require_chair('making the decision final');
        PERFORM pd_round_in(p_round, ARRAY['announced'], 'make the decision final');
        PERFORM pd_require_date(p_today, 'making the decision final');
        SELECT * INTO v FROM pd_latest(p_round);
        IF p_today <= v.appeal_closes THEN
            RAISE EXCEPTION 'the appeal window is open until the end of %', v.appeal_closes USING ERRCODE = '55000';
        END IF;
        SELECT string_agg(format('%s (%s)', a.id, a.team_id), ', ' ORDER BY a.id) INTO v_open FROM appeals a
            WHERE a.round_id = p_round AND a.version = v.version AND a.late = 0
              AND NOT EXISTS (SELECT 1 FROM appeal_rulings r WHERE r.round_id = a.round_id AND r.appeal_id = a.id);
        IF v_open IS NOT NULL THEN
            RAISE EXCEPTION 'appeals await a ruling: %', v_open USING ERRCODE = '55000';
        END IF;
        INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, by_member,
                                     recorded_at, fingerprint, reason)
            VALUES (p_round, v.version, 'final', p_today, NULL, pd_me(), pd_now(), v.fingerprint, '');
        UPDATE rounds SET lifecycle = 'final' WHERE id = p_round;
        INSERT INTO audit_log (action, entity, old_value, new_value)
            VALUES ('finalize-decision', format('decisions/%s/v%s', p_round, v.version), '{"state": "announced"}',
                    pd_dated(jsonb_build_object('state', 'final', 'final_on', p_today,
                                                'fingerprint', v.fingerprint), p_today));
    END $$)",
};

// What the chair calls; the helpers above are for these functions only.
const char *const kChairFunctions[] = {
    "reopen_round(text, text, text)", "add_tie_resolutions(text, json)",
    "record_decision(text, text, text, bytea, bytea, bigint, json)",
    "announce_decision(text, text, text)", "file_appeal(text, text, text, text, json, text)",
    "rule_appeal(text, bigint, text, text, text, text, text)", "finalize_decision(text, text)"};
const char *const kHelpers[] = {"pd_require_chair(text)", "pd_round_in(text, text[], text)",
                                "pd_require_date(text, text)", "pd_now()", "pd_dated(jsonb, text)",
                                "pd_latest(text)"};

} // namespace

void createDecisionFunctions(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kDecisionFunctions)
        execStep(db, roles, QString::fromUtf16(statement));
    for (const char *helper : kHelpers)
        execStep(db, roles, QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(helper)));
    for (const char *function : kChairFunctions) {
        execStep(db, roles, QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(function)));
        execStep(db, roles, QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO @CHAIR@").arg(QLatin1String(function)));
    }
}

QStringList decisionFunctions()
{
    QStringList functions;
    for (const char *function : kChairFunctions)
        functions << QLatin1String(function);
    return functions;
}

} // namespace pd::server::schema
