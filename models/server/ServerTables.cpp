// Server schema step 1: the tables, the same names, columns, keys, foreign keys and CHECKs as
// the SQLite schema at its version 12 (storage/Schema.h), mapped to PostgreSQL types, plus
// the server's own: paneldesk_schema (the server ladder), member_logins (login role ->
// member), audit_chain_head (the one-row head that serialises the audit chain).
//
// Types: SQLite INTEGER -> BIGINT (booleans stay 0/1 with their CHECK, so the SQLite store's
// queries port unchanged), REAL -> DOUBLE PRECISION, BLOB -> BYTEA, TEXT -> TEXT. Dates and
// times stay ISO 8601 TEXT as in SQLite (audit_log.at "2026-01-15T09:30:00.000Z" is hashed
// into the chain as written). SQLite's typeof() checks are the column types here.
// Server-only columns: sheets.version is bumped from the sequence sheet_versions by trigger
// on every change of the sheet or its scores (a stale edit compares it); expert_scores.seq,
// member_conflicts.seq and component_findings.seq default to sequences (clients do not
// choose them).
#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

const char16_t *const kTables[] = {
    uR"(CREATE TABLE paneldesk_schema (
        only_row BOOLEAN PRIMARY KEY DEFAULT true CONSTRAINT one_schema_row CHECK (only_row),
        version BIGINT NOT NULL CONSTRAINT schema_version_positive CHECK (version >= 1)
    ))",

    uR"(CREATE TABLE program (
        id BIGINT PRIMARY KEY CONSTRAINT single_program CHECK (id = 1),
        name TEXT NOT NULL,
        organizer TEXT NOT NULL,
        notice TEXT NOT NULL
    ))",

    uR"(CREATE TABLE rounds (
        id TEXT NOT NULL PRIMARY KEY CONSTRAINT round_id_format CHECK IS_ID(id),
        seq BIGINT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        evaluation_date TEXT CONSTRAINT evaluation_date_iso CHECK (evaluation_date IS NULL OR IS_DATE(evaluation_date)),
        appeal_days BIGINT NOT NULL CONSTRAINT appeal_days_not_negative CHECK (appeal_days >= 0),
        display_decimals BIGINT NOT NULL CONSTRAINT display_decimals_not_negative CHECK (display_decimals >= 0),
        cut_eliminate BIGINT CONSTRAINT cut_eliminate_not_negative CHECK (cut_eliminate >= 0),
        cut_advance BIGINT CONSTRAINT cut_advance_not_negative CHECK (cut_advance >= 0),
        cut_min_total DOUBLE PRECISION,
        tie_break TEXT NOT NULL CONSTRAINT tie_break_json_array
            CHECK (json_typeof(tie_break::json) = 'array'),
        lifecycle TEXT NOT NULL DEFAULT 'open' CONSTRAINT lifecycle_known
            CHECK (lifecycle IN ('open', 'locked', 'decided', 'announced', 'final')),
        CONSTRAINT cut_exactly_one_of_eliminate_or_advance
            CHECK ((cut_eliminate IS NULL) <> (cut_advance IS NULL))
    ))",

    uR"(CREATE TABLE teams (
        id TEXT NOT NULL PRIMARY KEY CONSTRAINT team_id_format CHECK IS_ID(id),
        name TEXT NOT NULL,
        model TEXT NOT NULL
    ))",

    uR"(CREATE TABLE round_teams (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        team_id TEXT NOT NULL REFERENCES teams (id),
        seq BIGINT NOT NULL,
        entered_round TEXT NOT NULL,
        PRIMARY KEY (round_id, team_id),
        UNIQUE (round_id, seq)
    ))",

    uR"(CREATE TABLE tie_resolutions (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        seq BIGINT NOT NULL,
        rationale TEXT NOT NULL CONSTRAINT tie_resolution_needs_rationale CHECK NOT_BLANK(rationale),
        PRIMARY KEY (round_id, seq)
    ))",

    uR"(CREATE TABLE tie_resolution_teams (
        round_id TEXT NOT NULL,
        resolution_seq BIGINT NOT NULL,
        position BIGINT NOT NULL,
        team_id TEXT NOT NULL,
        PRIMARY KEY (round_id, resolution_seq, position),
        UNIQUE (round_id, resolution_seq, team_id),
        FOREIGN KEY (round_id, resolution_seq) REFERENCES tie_resolutions (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TABLE categories (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        id TEXT NOT NULL CONSTRAINT category_id_format CHECK IS_ID(id),
        seq BIGINT NOT NULL,
        kind TEXT NOT NULL CONSTRAINT category_kind_known CHECK (kind IN ('benchmark', 'expert', 'user')),
        name TEXT NOT NULL,
        points DOUBLE PRECISION NOT NULL CONSTRAINT category_points_positive CHECK (points > 0),
        aggregation TEXT NOT NULL CONSTRAINT aggregation_known
            CHECK (aggregation IN ('mean', 'median', 'trimmed_mean')),
        trim_count BIGINT NOT NULL CONSTRAINT trim_not_negative CHECK (trim_count >= 0),
        scale_min BIGINT NOT NULL,
        scale_max BIGINT NOT NULL,
        user_normalization TEXT NOT NULL CONSTRAINT user_normalization_known
            CHECK (user_normalization IN ('target_ratio', 'best_ratio', 'min_max', 'absolute')),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        UNIQUE (round_id, id, kind),
        UNIQUE (round_id, id, kind, scale_min, scale_max),
        CONSTRAINT user_normalization_absolute_or_best_ratio
            CHECK (kind <> 'user' OR user_normalization IN ('absolute', 'best_ratio')),
        CONSTRAINT user_scale_min_below_max CHECK (kind <> 'user' OR scale_min < scale_max)
    ))",

    uR"(CREATE TABLE benchmark_groups (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT group_id_format CHECK IS_ID(id),
        category_id TEXT NOT NULL,
        category_kind TEXT NOT NULL DEFAULT 'benchmark'
            CONSTRAINT group_in_benchmark_category CHECK (category_kind = 'benchmark'),
        seq BIGINT NOT NULL,
        name TEXT NOT NULL,
        points DOUBLE PRECISION NOT NULL CONSTRAINT group_points_not_negative CHECK (points >= 0),
        normalization TEXT NOT NULL CONSTRAINT group_normalization_known
            CHECK (normalization IN ('target_ratio', 'best_ratio', 'min_max', 'absolute')),
        achievement_cap DOUBLE PRECISION NOT NULL CONSTRAINT achievement_cap_positive CHECK (achievement_cap > 0),
        scale_max DOUBLE PRECISION NOT NULL CONSTRAINT group_scale_max_positive CHECK (scale_max > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, category_id, category_kind) REFERENCES categories (round_id, id, kind)
    ))",

    uR"(CREATE TABLE benchmarks (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT benchmark_id_format CHECK IS_ID(id),
        group_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        name TEXT NOT NULL,
        higher_is_better BIGINT NOT NULL CONSTRAINT higher_is_better_boolean CHECK (higher_is_better IN (0, 1)),
        weight DOUBLE PRECISION NOT NULL CONSTRAINT benchmark_weight_positive CHECK (weight > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, group_id) REFERENCES benchmark_groups (round_id, id)
    ))",

    uR"(CREATE TABLE benchmark_teams (
        round_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (round_id, benchmark_id, team_id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, benchmark_id) REFERENCES benchmarks (round_id, id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TABLE rubric_items (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT rubric_item_id_format CHECK IS_ID(id),
        category_id TEXT NOT NULL,
        category_kind TEXT NOT NULL DEFAULT 'expert'
            CONSTRAINT rubric_item_in_expert_category CHECK (category_kind = 'expert'),
        seq BIGINT NOT NULL,
        name TEXT NOT NULL,
        points DOUBLE PRECISION NOT NULL CONSTRAINT rubric_points_positive CHECK (points > 0),
        step DOUBLE PRECISION NOT NULL CONSTRAINT rubric_step_positive CHECK (step > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, category_id, category_kind) REFERENCES categories (round_id, id, kind)
    ))",

    uR"(CREATE TABLE user_items (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT user_item_id_format CHECK IS_ID(id),
        category_id TEXT NOT NULL,
        category_kind TEXT NOT NULL DEFAULT 'user'
            CONSTRAINT user_item_in_user_category CHECK (category_kind = 'user'),
        seq BIGINT NOT NULL,
        name TEXT NOT NULL,
        weight DOUBLE PRECISION NOT NULL CONSTRAINT user_item_weight_positive CHECK (weight > 0),
        scale_min BIGINT NOT NULL,
        scale_max BIGINT NOT NULL,
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        UNIQUE (round_id, id, scale_min, scale_max),
        FOREIGN KEY (round_id, category_id, category_kind, scale_min, scale_max)
            REFERENCES categories (round_id, id, kind, scale_min, scale_max) ON UPDATE CASCADE
    ))",

    uR"(CREATE TABLE members (
        id TEXT NOT NULL PRIMARY KEY CONSTRAINT member_id_format CHECK IS_ID(id),
        seq BIGINT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CONSTRAINT role_known CHECK (role IN ('chair', 'expert', 'secretariat', 'observer')),
        passphrase_hash TEXT,
        public_key BYTEA,
        sealed_key BYTEA
    ))",

    uR"(CREATE TABLE member_logins (
        role_name TEXT PRIMARY KEY,
        member_id TEXT NOT NULL UNIQUE REFERENCES members (id)
    ))",

    uR"(CREATE SEQUENCE member_conflicts_seq)",
    uR"(CREATE TABLE member_conflicts (
        member_id TEXT NOT NULL REFERENCES members (id),
        team_id TEXT NOT NULL REFERENCES teams (id),
        seq BIGINT NOT NULL UNIQUE DEFAULT nextval('member_conflicts_seq'),
        PRIMARY KEY (member_id, team_id)
    ))",

    uR"(CREATE TABLE benchmark_results (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        target DOUBLE PRECISION,
        PRIMARY KEY (round_id, team_id, benchmark_id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, benchmark_id) REFERENCES benchmarks (round_id, id)
    ))",

    uR"(CREATE SEQUENCE sheet_versions)",
    uR"(CREATE TABLE sheets (
        round_id TEXT NOT NULL,
        reviewer_id TEXT NOT NULL REFERENCES members (id),
        team_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft' CONSTRAINT sheet_state_known CHECK (state IN ('draft', 'submitted')),
        opinion TEXT NOT NULL DEFAULT '',
        version BIGINT NOT NULL DEFAULT nextval('sheet_versions') CONSTRAINT sheet_version_positive CHECK (version >= 1),
        PRIMARY KEY (round_id, reviewer_id, team_id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE SEQUENCE expert_scores_seq)",
    uR"(CREATE TABLE expert_scores (
        round_id TEXT NOT NULL,
        reviewer_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        seq BIGINT NOT NULL DEFAULT nextval('expert_scores_seq'),
        score DOUBLE PRECISION NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, reviewer_id, team_id, item_id),
        UNIQUE (round_id, seq),
        CONSTRAINT expert_score_not_negative CHECK (score >= 0),
        FOREIGN KEY (round_id, reviewer_id, team_id) REFERENCES sheets (round_id, reviewer_id, team_id),
        FOREIGN KEY (round_id, item_id) REFERENCES rubric_items (round_id, id)
    ))",

    uR"(CREATE TABLE sealed_drafts (
        round_id TEXT NOT NULL,
        reviewer_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        sealed BYTEA NOT NULL CONSTRAINT sealed_draft_marked CHECK (substr(sealed, 1, 4) = '\x50444431'::bytea),
        PRIMARY KEY (round_id, reviewer_id, team_id),
        FOREIGN KEY (round_id, reviewer_id, team_id)
            REFERENCES sheets (round_id, reviewer_id, team_id) ON DELETE CASCADE
    ))",

    uR"(CREATE TABLE user_ratings (
        round_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        evaluator TEXT NOT NULL CONSTRAINT evaluator_id_format CHECK IS_ID(evaluator),
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rating BIGINT NOT NULL,
        scale_min BIGINT NOT NULL,
        scale_max BIGINT NOT NULL,
        PRIMARY KEY (round_id, evaluator, team_id, item_id),
        CONSTRAINT rating_within_scale CHECK (rating BETWEEN scale_min AND scale_max),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, item_id, scale_min, scale_max)
            REFERENCES user_items (round_id, id, scale_min, scale_max) ON UPDATE CASCADE
    ))",

    uR"(CREATE TABLE rating_tallies (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        ratings BIGINT NOT NULL CONSTRAINT tally_count_positive CHECK (ratings > 0),
        rating_sum BIGINT NOT NULL,
        PRIMARY KEY (round_id, team_id, item_id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, item_id) REFERENCES user_items (round_id, id)
    ))",

    uR"(CREATE TABLE independence (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        verdict TEXT NOT NULL CONSTRAINT verdict_known CHECK (verdict IN ('pass', 'fail', 'pending')),
        rationale TEXT NOT NULL,
        PRIMARY KEY (round_id, team_id),
        UNIQUE (round_id, seq),
        CONSTRAINT verdict_needs_rationale CHECK (verdict = 'pending' OR NOT_BLANK(rationale)),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE SEQUENCE component_findings_seq)",
    uR"(CREATE TABLE component_findings (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq BIGINT NOT NULL DEFAULT nextval('component_findings_seq'),
        component TEXT NOT NULL CONSTRAINT component_named CHECK (length(btrim(component)) > 0),
        origin TEXT NOT NULL CONSTRAINT origin_known CHECK (origin IN ('in_house', 'open_source', 'third_party')),
        source TEXT NOT NULL,
        license TEXT NOT NULL CONSTRAINT license_known
            CHECK (license IN ('own', 'permissive', 'restricted', 'proprietary')),
        weights TEXT NOT NULL CONSTRAINT weights_known
            CHECK (weights IN ('initialized', 'reused', 'reused_frozen', 'not_applicable')),
        external_control TEXT NOT NULL CONSTRAINT external_control_known
            CHECK (external_control IN ('none', 'possible', 'present')),
        evidence TEXT NOT NULL,
        evidence_file TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES independence (round_id, team_id)
    ))",

    uR"(CREATE TABLE component_notes (
        round_id TEXT NOT NULL,
        component_seq BIGINT NOT NULL,
        member_id TEXT NOT NULL,
        note TEXT NOT NULL CONSTRAINT note_not_blank CHECK (length(btrim(note)) > 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (round_id, component_seq, member_id),
        FOREIGN KEY (round_id, component_seq) REFERENCES component_findings (round_id, seq) ON DELETE CASCADE,
        FOREIGN KEY (member_id) REFERENCES members (id)
    ))",

    uR"(CREATE TABLE benchmark_mappings (
        round_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        source TEXT NOT NULL DEFAULT 'lm-eval' CONSTRAINT mapping_source_known CHECK (source IN ('lm-eval')),
        task TEXT NOT NULL CONSTRAINT mapping_task_named CHECK (length(task) > 0),
        metric TEXT NOT NULL CONSTRAINT mapping_metric_named CHECK (length(metric) > 0),
        benchmark_id TEXT NOT NULL,
        scale DOUBLE PRECISION NOT NULL DEFAULT 1 CONSTRAINT mapping_scale_positive CHECK (scale > 0),
        PRIMARY KEY (round_id, source, task, metric),
        UNIQUE (round_id, seq),
        UNIQUE (round_id, source, benchmark_id)
    ))",

    uR"(CREATE TABLE decisions (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        version BIGINT NOT NULL CONSTRAINT decision_version_positive CHECK (version >= 1),
        decided_on TEXT NOT NULL CONSTRAINT decided_on_iso CHECK IS_DATE(decided_on),
        decided_by TEXT NOT NULL REFERENCES members (id),
        recorded_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL CONSTRAINT fingerprint_is_sha256_hex CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
        inputs BYTEA NOT NULL,
        standings BYTEA NOT NULL,
        rating_rows BIGINT CONSTRAINT decision_rating_rows CHECK (rating_rows IS NULL OR rating_rows >= 0),
        PRIMARY KEY (round_id, version)
    ))",

    uR"(CREATE TABLE decision_outcomes (
        round_id TEXT NOT NULL,
        version BIGINT NOT NULL,
        team_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        outcome TEXT NOT NULL CONSTRAINT decided_outcome_final
            CHECK (outcome IN ('advance', 'eliminated_score', 'disqualified')),
        reason TEXT NOT NULL,
        PRIMARY KEY (round_id, version, team_id),
        UNIQUE (round_id, version, seq),
        CONSTRAINT elimination_needs_reason CHECK (outcome = 'advance' OR NOT_BLANK(reason)),
        FOREIGN KEY (round_id, version) REFERENCES decisions (round_id, version),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TABLE decision_events (
        round_id TEXT NOT NULL,
        version BIGINT NOT NULL,
        event TEXT NOT NULL CONSTRAINT decision_event_known CHECK (event IN ('announced', 'reopened', 'final')),
        on_date TEXT NOT NULL CONSTRAINT event_date_iso CHECK IS_DATE(on_date),
        appeal_closes TEXT CONSTRAINT appeal_closes_iso CHECK (appeal_closes IS NULL OR IS_DATE(appeal_closes)),
        by_member TEXT NOT NULL REFERENCES members (id),
        recorded_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, version, event),
        CONSTRAINT announcement_has_window CHECK ((event = 'announced') = (appeal_closes IS NOT NULL)),
        FOREIGN KEY (round_id, version) REFERENCES decisions (round_id, version)
    ))",

    uR"(CREATE TABLE appeals (
        round_id TEXT NOT NULL,
        id BIGINT NOT NULL CONSTRAINT appeal_id_positive CHECK (id >= 1),
        version BIGINT NOT NULL,
        team_id TEXT NOT NULL,
        filed_on TEXT NOT NULL CONSTRAINT filed_on_iso CHECK IS_DATE(filed_on),
        grounds TEXT NOT NULL CONSTRAINT appeal_needs_grounds CHECK NOT_BLANK(grounds),
        late BIGINT NOT NULL CONSTRAINT late_boolean CHECK (late IN (0, 1)),
        recorded_by TEXT NOT NULL REFERENCES members (id),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (round_id, id),
        FOREIGN KEY (round_id, version, team_id) REFERENCES decision_outcomes (round_id, version, team_id)
    ))",

    uR"(CREATE TABLE appeal_committee (
        round_id TEXT NOT NULL,
        appeal_id BIGINT NOT NULL,
        member_id TEXT NOT NULL REFERENCES members (id),
        seq BIGINT NOT NULL,
        PRIMARY KEY (round_id, appeal_id, member_id),
        FOREIGN KEY (round_id, appeal_id) REFERENCES appeals (round_id, id)
    ))",

    uR"(CREATE TABLE appeal_rulings (
        round_id TEXT NOT NULL,
        appeal_id BIGINT NOT NULL,
        ruling TEXT NOT NULL CONSTRAINT ruling_known CHECK (ruling IN ('rejected', 'upheld')),
        reason TEXT NOT NULL CONSTRAINT ruling_needs_reason CHECK NOT_BLANK(reason),
        ruled_on TEXT NOT NULL CONSTRAINT ruled_on_iso CHECK IS_DATE(ruled_on),
        ruled_by TEXT NOT NULL REFERENCES members (id),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (round_id, appeal_id),
        FOREIGN KEY (round_id, appeal_id) REFERENCES appeals (round_id, id)
    ))",

    // The chain columns are filled by the trigger audit_log_chain (ServerAuditTriggers.cpp);
    // signer and signature stay NULL on the server for now (docs/server.md).
    uR"(CREATE TABLE audit_log (
        id BIGINT PRIMARY KEY,
        at TEXT NOT NULL CONSTRAINT audit_time_is_utc_iso
            CHECK (at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}.*Z$'),
        actor TEXT NOT NULL CONSTRAINT audit_actor_named CHECK (length(actor) > 0),
        action TEXT NOT NULL CONSTRAINT audit_action_named CHECK (length(action) > 0),
        entity TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT '',
        prev_hash BYTEA,
        hash BYTEA,
        signer TEXT,
        signature BYTEA
    ))",

    uR"(CREATE TABLE audit_chain_head (
        only_row BOOLEAN PRIMARY KEY DEFAULT true CONSTRAINT one_head_row CHECK (only_row),
        seq BIGINT NOT NULL,
        hash BYTEA
    ))",
    uR"(INSERT INTO audit_chain_head (seq, hash) VALUES (0, NULL))",

    uR"(CREATE TABLE sign_in_failures (
        member_id TEXT PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
        failures BIGINT NOT NULL CONSTRAINT failures_positive CHECK (failures > 0),
        last_failure_ms BIGINT NOT NULL
    ))",
};

} // namespace

void createTables(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kTables)
        execStep(db, roles, QString::fromUtf16(statement));
}

QStringList tableNames(int version)
{
    QStringList names{QStringLiteral("paneldesk_schema"), QStringLiteral("program"), QStringLiteral("rounds"),
            QStringLiteral("teams"), QStringLiteral("round_teams"), QStringLiteral("tie_resolutions"),
            QStringLiteral("tie_resolution_teams"), QStringLiteral("categories"),
            QStringLiteral("benchmark_groups"), QStringLiteral("benchmarks"),
            QStringLiteral("benchmark_teams"), QStringLiteral("rubric_items"),
            QStringLiteral("user_items"), QStringLiteral("members"), QStringLiteral("member_logins"),
            QStringLiteral("member_conflicts"), QStringLiteral("benchmark_results"),
            QStringLiteral("sheets"), QStringLiteral("expert_scores"), QStringLiteral("sealed_drafts"),
            QStringLiteral("user_ratings"), QStringLiteral("rating_tallies"),
            QStringLiteral("independence"), QStringLiteral("component_findings"),
            QStringLiteral("component_notes"), QStringLiteral("benchmark_mappings"),
            QStringLiteral("decisions"), QStringLiteral("decision_outcomes"),
            QStringLiteral("decision_events"), QStringLiteral("appeals"),
            QStringLiteral("appeal_committee"), QStringLiteral("appeal_rulings"),
            QStringLiteral("audit_log"), QStringLiteral("audit_chain_head"),
            QStringLiteral("sign_in_failures"),
            QStringLiteral("attached_reports")};   // ServerAttachedReports.cpp
    if (version >= 2)
        names << QStringLiteral("rubric_bands");   // step 2, ServerRubricBands.cpp
    if (version >= 3)
        names << QStringLiteral("benchmark_targets");   // step 3, ServerBenchmarkTargets.cpp
    return names;
}

QStringList stepOneTableNames()
{
    return tableNames(1);
}

} // namespace pd::server::schema
