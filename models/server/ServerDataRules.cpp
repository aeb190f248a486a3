// Server schema step 1: the data rules of the SQLite schema's triggers (SchemaCoreTables.cpp,
// SchemaFindingNotes.cpp, SchemaDecisions.cpp, SchemaSealedDrafts.cpp) as PL/pgSQL triggers,
// plus the server's row version of sheets. Every trigger function is SECURITY DEFINER (it
// runs as <db>_owner and so sees every row it checks, whatever the caller may see) with its
// search_path pinned; EXECUTE on trigger functions is irrelevant to callers (a trigger runs
// whoever fires it).
//
// Saves and the round's lock: every write of an input (sheets, expert_scores, sealed_drafts,
// independence, component_findings, benchmark_results) first takes the rounds table IN ROW
// SHARE MODE (READ COMMITTED; FOR KEY SHARE on its round's row under an older snapshot) and
// is refused (SQLSTATE 55000) unless the round is open. lock_round takes the table IN
// EXCLUSIVE MODE, then FOR UPDATE on the row (ServerFunctions.cpp), so a save in flight
// delays the lock until it commits, and a save that starts after the lock waits for it and
// is then refused.
#include "server/ServerSchema.h"

#include <utility>

namespace pd::server::schema {
namespace {

const char16_t *const kRules[] = {
    uR"(CREATE FUNCTION pd_require_open(p_round TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_state TEXT;
    BEGIN
        IF current_setting('transaction_isolation') = 'read committed' THEN
            -- The table lock, held to COMMIT: every change of a round away from open
            -- (lock_round, replace_panel) first takes rounds IN EXCLUSIVE MODE, so it waits for
            -- this save, and a save that comes later waits for it, then reads the lifecycle it
            -- committed (a new snapshot per statement). No row lock: 50 savers each adding
            -- themselves to the round row's lockers (a MultiXact rewritten on every save, the
            -- row's page locked exclusively) cost more than the rest of a save.
            LOCK TABLE rounds IN ROW SHARE MODE;
            SELECT lifecycle INTO v_state FROM rounds WHERE id = p_round;
        ELSE
            -- A snapshot older than the statement (REPEATABLE READ, SERIALIZABLE) could still
            -- read "open" after a lock committed: the row lock then fails with 40001 instead.
            SELECT lifecycle INTO v_state FROM rounds WHERE id = p_round FOR KEY SHARE;
        END IF;
        IF v_state IS DISTINCT FROM 'open' THEN
            RAISE EXCEPTION 'the round is locked: its inputs can no longer change'
                USING ERRCODE = '55000';
        END IF;
    END $$)",

    uR"(CREATE FUNCTION pd_inputs_open() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM pd_require_open(OLD.round_id);
            RETURN OLD;
        END IF;
        PERFORM pd_require_open(NEW.round_id);
        IF TG_OP = 'UPDATE' AND OLD.round_id <> NEW.round_id THEN
            PERFORM pd_require_open(OLD.round_id);
        END IF;
        RETURN NEW;
    END $$)",

    // Rows a member writes directly carry their own id (the policies say so too). This runs
    // first and as the caller (not SECURITY DEFINER): current_user is the member's login for
    // a direct statement and the owner inside a chair function. Checked before the data
    // rules below, so that a row claiming another member is refused with 42501 and never
    // with a message that would tell what that member's sheet holds.
    uR"(CREATE FUNCTION pd_owner_pinned() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    DECLARE
        v_owner TEXT;
    BEGIN
        IF NOT pg_has_role(current_user, @OWNER_NAME@, 'MEMBER') THEN
            IF TG_OP = 'DELETE' THEN
                v_owner := to_jsonb(OLD) ->> TG_ARGV[0];
            ELSE
                v_owner := to_jsonb(NEW) ->> TG_ARGV[0];
            END IF;
            IF v_owner IS DISTINCT FROM pd_me() OR (TG_OP = 'UPDATE'
                   AND (to_jsonb(OLD) ->> TG_ARGV[0]) IS DISTINCT FROM pd_me()) THEN
                RAISE EXCEPTION 'new row violates row-level security policy for table "%"', TG_TABLE_NAME
                    USING ERRCODE = '42501';
            END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END $$)",

    uR"(CREATE FUNCTION pd_benchmark_target() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF (NEW.target IS NULL OR NEW.target <= 0)
           AND (SELECT g.normalization FROM benchmarks b
                JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
                WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio' THEN
            RAISE EXCEPTION 'a result in a target_ratio group needs a target above 0' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER benchmark_results_target BEFORE INSERT OR UPDATE ON benchmark_results
        FOR EACH ROW EXECUTE FUNCTION pd_benchmark_target())",

    uR"(CREATE FUNCTION pd_sheet_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM member_conflicts
                   WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id) THEN
            RAISE EXCEPTION 'the reviewer has a declared conflict of interest with this team' USING ERRCODE = '23514';
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.state = 'submitted' THEN
                RAISE EXCEPTION 'a sheet is created as a draft and submitted once complete' USING ERRCODE = '23514';
            END IF;
        ELSIF NEW.state = 'submitted' THEN
            IF EXISTS (SELECT 1 FROM rubric_items i
                       WHERE i.round_id = NEW.round_id AND NOT EXISTS (
                           SELECT 1 FROM expert_scores s
                           WHERE s.round_id = NEW.round_id AND s.reviewer_id = NEW.reviewer_id
                             AND s.team_id = NEW.team_id AND s.item_id = i.id)) THEN
                RAISE EXCEPTION 'a submitted sheet must score every rubric item of the round' USING ERRCODE = '23514';
            END IF;
            IF OLD.state <> 'submitted' AND EXISTS (
                   SELECT 1 FROM sealed_drafts WHERE round_id = NEW.round_id
                   AND reviewer_id = NEW.reviewer_id AND team_id = NEW.team_id) THEN
                RAISE EXCEPTION 'a sheet with a sealed draft is opened before it is submitted' USING ERRCODE = '23514';
            END IF;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            NEW.version := nextval('sheet_versions');
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER sheets_rules BEFORE INSERT OR UPDATE ON sheets
        FOR EACH ROW EXECUTE FUNCTION pd_sheet_rules())",

    uR"(CREATE FUNCTION pd_conflict_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM sheets WHERE reviewer_id = NEW.member_id AND team_id = NEW.team_id) THEN
            RAISE EXCEPTION 'the reviewer already holds a sheet for this team' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER member_conflicts_rules BEFORE INSERT ON member_conflicts
        FOR EACH ROW EXECUTE FUNCTION pd_conflict_rules())",

    // The step test allows 1e-6 of a step for binary fractions (0.3 / 0.1), as in SQLite.
    uR"(CREATE FUNCTION pd_score_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_points DOUBLE PRECISION;
        v_step DOUBLE PRECISION;
    BEGIN
        IF TG_OP <> 'DELETE' THEN
            SELECT points, step INTO v_points, v_step FROM rubric_items
            WHERE round_id = NEW.round_id AND id = NEW.item_id;
            IF NEW.score > v_points THEN
                RAISE EXCEPTION 'the score is above the points of its rubric item' USING ERRCODE = '23514';
            END IF;
            IF abs(NEW.score / v_step - round(NEW.score / v_step)) > 1e-6 THEN
                RAISE EXCEPTION 'the score is not a multiple of the step of its rubric item' USING ERRCODE = '23514';
            END IF;
            IF EXISTS (SELECT 1 FROM member_conflicts
                       WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id) THEN
                RAISE EXCEPTION 'the reviewer has a declared conflict of interest with this team' USING ERRCODE = '23514';
            END IF;
            IF EXISTS (SELECT 1 FROM sheets WHERE round_id = NEW.round_id AND reviewer_id = NEW.reviewer_id
                       AND team_id = NEW.team_id AND state = 'submitted') THEN
                RAISE EXCEPTION 'the sheet is submitted: its scores can no longer change' USING ERRCODE = '55000';
            END IF;
        END IF;
        -- The old row's sheet, unless it is the new row's (checked just above).
        IF (TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.round_id, OLD.reviewer_id, OLD.team_id)
                                 IS DISTINCT FROM (NEW.round_id, NEW.reviewer_id, NEW.team_id))) AND EXISTS (
               SELECT 1 FROM sheets WHERE round_id = OLD.round_id AND reviewer_id = OLD.reviewer_id
               AND team_id = OLD.team_id AND state = 'submitted') THEN
            RAISE EXCEPTION 'the sheet is submitted: its scores can no longer change' USING ERRCODE = '55000';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER expert_scores_rules BEFORE INSERT OR UPDATE OR DELETE ON expert_scores
        FOR EACH ROW EXECUTE FUNCTION pd_score_rules())",

    // A change of a score is a change of its sheet: the sheet's row version moves on.
    uR"(CREATE FUNCTION pd_score_bumps_sheet() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            UPDATE sheets SET version = 0 WHERE round_id = OLD.round_id
                AND reviewer_id = OLD.reviewer_id AND team_id = OLD.team_id;
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR (OLD.round_id, OLD.reviewer_id, OLD.team_id)
                                  IS DISTINCT FROM (NEW.round_id, NEW.reviewer_id, NEW.team_id)) THEN
            UPDATE sheets SET version = 0 WHERE round_id = NEW.round_id
                AND reviewer_id = NEW.reviewer_id AND team_id = NEW.team_id;
        END IF;
        RETURN NULL;
    END $$)",
    uR"(CREATE TRIGGER expert_scores_bump_sheet AFTER INSERT OR UPDATE OR DELETE ON expert_scores
        FOR EACH ROW EXECUTE FUNCTION pd_score_bumps_sheet())",

    uR"(CREATE FUNCTION pd_sealed_draft_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM sheets WHERE round_id = NEW.round_id AND reviewer_id = NEW.reviewer_id
                   AND team_id = NEW.team_id AND state = 'submitted') THEN
            RAISE EXCEPTION 'a submitted sheet holds no sealed draft' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER sealed_drafts_rules BEFORE INSERT OR UPDATE ON sealed_drafts
        FOR EACH ROW EXECUTE FUNCTION pd_sealed_draft_rules())",

    uR"(CREATE FUNCTION pd_note_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM component_findings f JOIN member_conflicts c ON c.team_id = f.team_id
                   WHERE f.round_id = NEW.round_id AND f.seq = NEW.component_seq
                     AND c.member_id = NEW.member_id) THEN
            RAISE EXCEPTION 'a member with a conflict of interest cannot note findings of that team' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER component_notes_rules BEFORE INSERT ON component_notes
        FOR EACH ROW EXECUTE FUNCTION pd_note_rules())",

    // A note's time is the server's (UTC ISO 8601 with milliseconds, as the SQLite store
    // writes it), never the client's; the owner (a deploy) keeps the time it copies.
    uR"(CREATE FUNCTION pd_note_time() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    BEGIN
        IF NEW.updated_at IS NULL OR NOT pg_has_role(current_user, @OWNER_NAME@, 'MEMBER') THEN
            NEW.updated_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER component_notes_time BEFORE INSERT OR UPDATE ON component_notes
        FOR EACH ROW EXECUTE FUNCTION pd_note_time())",

    uR"(CREATE FUNCTION pd_decision_event_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF NEW.fingerprint IS DISTINCT FROM (SELECT fingerprint FROM decisions
                                             WHERE round_id = NEW.round_id AND version = NEW.version) THEN
            RAISE EXCEPTION 'a decision event must carry its version''s fingerprint' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER decision_events_fingerprint BEFORE INSERT ON decision_events
        FOR EACH ROW EXECUTE FUNCTION pd_decision_event_rules())",

    uR"(CREATE FUNCTION pd_appeal_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF (SELECT outcome FROM decision_outcomes WHERE round_id = NEW.round_id
            AND version = NEW.version AND team_id = NEW.team_id) = 'advance' THEN
            RAISE EXCEPTION 'only a team eliminated on score or disqualified may appeal' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER appeals_only_eliminated BEFORE INSERT ON appeals
        FOR EACH ROW EXECUTE FUNCTION pd_appeal_rules())",

    uR"(CREATE FUNCTION pd_committee_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM appeals a JOIN sheets s ON s.round_id = a.round_id AND s.team_id = a.team_id
                   WHERE a.round_id = NEW.round_id AND a.id = NEW.appeal_id AND s.reviewer_id = NEW.member_id) THEN
            RAISE EXCEPTION 'a member who scored the appealing team cannot sit on its appeal committee' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER appeal_committee_no_scorer BEFORE INSERT ON appeal_committee
        FOR EACH ROW EXECUTE FUNCTION pd_committee_rules())",

    uR"(CREATE FUNCTION pd_ruling_rules() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF (SELECT late FROM appeals WHERE round_id = NEW.round_id AND id = NEW.appeal_id) = 1 THEN
            RAISE EXCEPTION 'a late appeal is refused by rule and cannot be ruled on' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$)",
    uR"(CREATE TRIGGER appeal_rulings_not_late BEFORE INSERT ON appeal_rulings
        FOR EACH ROW EXECUTE FUNCTION pd_ruling_rules())",

    uR"(CREATE FUNCTION pd_immutable() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RAISE EXCEPTION 'decision records are immutable: % rows cannot be changed or deleted', TG_TABLE_NAME
            USING ERRCODE = '55000';
    END $$)",
};

const char *const kImmutableTables[] = {"decisions", "decision_outcomes", "decision_events",
                                        "appeals", "appeal_committee", "appeal_rulings"};
// Tables members write their own rows of, with the column naming the member.
const std::pair<const char *, const char *> kOwnedTables[] = {
    {"sheets", "reviewer_id"}, {"expert_scores", "reviewer_id"}, {"sealed_drafts", "reviewer_id"},
    {"member_conflicts", "member_id"}, {"component_notes", "member_id"}};
const char *const kLockedTables[] = {"sheets", "expert_scores", "sealed_drafts", "independence",
                                     "component_findings", "benchmark_results"};

} // namespace

void createDataRules(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kRules)
        execStep(db, roles, QString::fromUtf16(statement));
    for (const char *table : kImmutableTables)
        execStep(db, roles, QStringLiteral("CREATE TRIGGER %1_immutable BEFORE UPDATE OR DELETE ON %1 "
                                           "FOR EACH ROW EXECUTE FUNCTION pd_immutable()").arg(QLatin1String(table)));
    for (const auto &[table, column] : kOwnedTables)
        execStep(db, roles, QStringLiteral("CREATE TRIGGER a0_%1_owner_pinned BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                                           "FOR EACH ROW EXECUTE FUNCTION pd_owner_pinned('%2')")
                                .arg(QLatin1String(table), QLatin1String(column)));
    // Named to fire first (triggers of one event fire in name order): the round's key share
    // is taken before any other check reads the sheet.
    for (const char *table : kLockedTables)
        execStep(db, roles, QStringLiteral("CREATE TRIGGER a_%1_round_open BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                                           "FOR EACH ROW EXECUTE FUNCTION pd_inputs_open()").arg(QLatin1String(table)));
}

} // namespace pd::server::schema
