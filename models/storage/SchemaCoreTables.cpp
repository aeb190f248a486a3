// Schema step 1 (version 0 -> 1): the core tables. Released; never edit, add a step instead.
//
// Keys: every round-scoped table starts its key with round_id so that more rounds can be
// stored later; ids are the panel file's text ids. Lists whose order matters carry a `seq`
// (unique per round) so that a panel reads back in exactly the order it was written.
// Teams and members are program-wide; their round membership and order live in round_teams
// and members.seq.
//
// Constraints are the last line of defence for rules a row can check by itself or with a
// lookup (ranges, steps, vocabularies, conflicts of interest, submitted sheets). Rules over
// a whole list (point sums, duplicates across files) are the validator's.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

#include <QRegularExpression>
#include <QStringList>

namespace pd::schema {
namespace {

// Two shorthands expanded before the DDL is run (the stored schema holds the expansion):
//   IS_ID(col)     the panel-file id rule: 1-64 characters of letters, digits, - _ .
//   NOT_BLANK(col) not empty after trimming spaces, tabs, newlines, NBSP and U+3000
QString expand(QString sql)
{
    static const QRegularExpression isId(QStringLiteral("IS_ID\\((\\w+)\\)"));
    static const QRegularExpression notBlank(QStringLiteral("NOT_BLANK\\((\\w+)\\)"));
    sql.replace(isId, QStringLiteral(
                          "(length(\\1) BETWEEN 1 AND 64 AND \\1 NOT GLOB '*[^-A-Za-z0-9_.]*')"));
    sql.replace(notBlank,
                QStringLiteral("(length(trim(\\1, char(32, 9, 10, 13, 160, 12288))) > 0)"));
    return sql;
}

const char16_t *const kStatements[] = {
    uR"(CREATE TABLE program (
        id INTEGER PRIMARY KEY CONSTRAINT single_program CHECK (id = 1),
        name TEXT NOT NULL,
        organizer TEXT NOT NULL,
        notice TEXT NOT NULL
    ))",

    uR"(CREATE TABLE rounds (
        id TEXT NOT NULL PRIMARY KEY CONSTRAINT round_id_format CHECK IS_ID(id),
        seq INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        evaluation_date TEXT CONSTRAINT evaluation_date_iso CHECK (evaluation_date IS NULL
            OR (evaluation_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                AND date(evaluation_date) = evaluation_date)),
        appeal_days INTEGER NOT NULL CONSTRAINT appeal_days_not_negative
            CHECK (appeal_days >= 0),
        display_decimals INTEGER NOT NULL CONSTRAINT display_decimals_not_negative
            CHECK (display_decimals >= 0),
        cut_eliminate INTEGER CONSTRAINT cut_eliminate_not_negative CHECK (cut_eliminate >= 0),
        cut_advance INTEGER CONSTRAINT cut_advance_not_negative CHECK (cut_advance >= 0),
        cut_min_total REAL,
        tie_break TEXT NOT NULL CONSTRAINT tie_break_json_array
            CHECK (json_valid(tie_break) AND json_type(tie_break) = 'array'),
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
        seq INTEGER NOT NULL,
        entered_round TEXT NOT NULL,
        PRIMARY KEY (round_id, team_id),
        UNIQUE (round_id, seq)
    ))",

    uR"(CREATE TABLE tie_resolutions (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        seq INTEGER NOT NULL,
        rationale TEXT NOT NULL CONSTRAINT tie_resolution_needs_rationale
            CHECK NOT_BLANK(rationale),
        PRIMARY KEY (round_id, seq)
    ))",

    uR"(CREATE TABLE tie_resolution_teams (
        round_id TEXT NOT NULL,
        resolution_seq INTEGER NOT NULL,
        position INTEGER NOT NULL,
        team_id TEXT NOT NULL,
        PRIMARY KEY (round_id, resolution_seq, position),
        UNIQUE (round_id, resolution_seq, team_id),
        FOREIGN KEY (round_id, resolution_seq) REFERENCES tie_resolutions (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    // Every configuration field is stored for every kind, so that a panel reads back equal.
    uR"(CREATE TABLE categories (
        round_id TEXT NOT NULL REFERENCES rounds (id),
        id TEXT NOT NULL CONSTRAINT category_id_format CHECK IS_ID(id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CONSTRAINT category_kind_known
            CHECK (kind IN ('benchmark', 'expert', 'user')),
        name TEXT NOT NULL,
        points REAL NOT NULL CONSTRAINT category_points_positive CHECK (points > 0),
        aggregation TEXT NOT NULL CONSTRAINT aggregation_known
            CHECK (aggregation IN ('mean', 'median', 'trimmed_mean')),
        trim_count INTEGER NOT NULL CONSTRAINT trim_not_negative CHECK (trim_count >= 0),
        scale_min INTEGER NOT NULL,
        scale_max INTEGER NOT NULL,
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

    // category_kind is constant: with the three-column foreign key it makes sure a group
    // hangs under a benchmark category (likewise rubric items / user items below).
    uR"(CREATE TABLE benchmark_groups (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT group_id_format CHECK IS_ID(id),
        category_id TEXT NOT NULL,
        category_kind TEXT NOT NULL DEFAULT 'benchmark'
            CONSTRAINT group_in_benchmark_category CHECK (category_kind = 'benchmark'),
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        points REAL NOT NULL CONSTRAINT group_points_not_negative CHECK (points >= 0),
        normalization TEXT NOT NULL CONSTRAINT group_normalization_known
            CHECK (normalization IN ('target_ratio', 'best_ratio', 'min_max', 'absolute')),
        achievement_cap REAL NOT NULL CONSTRAINT achievement_cap_positive
            CHECK (achievement_cap > 0),
        scale_max REAL NOT NULL CONSTRAINT group_scale_max_positive CHECK (scale_max > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, category_id, category_kind)
            REFERENCES categories (round_id, id, kind)
    ))",

    uR"(CREATE TABLE benchmarks (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT benchmark_id_format CHECK IS_ID(id),
        group_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        higher_is_better INTEGER NOT NULL CONSTRAINT higher_is_better_boolean
            CHECK (higher_is_better IN (0, 1)),
        weight REAL NOT NULL CONSTRAINT benchmark_weight_positive CHECK (weight > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, group_id) REFERENCES benchmark_groups (round_id, id)
    ))",

    // A benchmark with rows here applies only to those teams (individual benchmarks).
    uR"(CREATE TABLE benchmark_teams (
        round_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
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
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        points REAL NOT NULL CONSTRAINT rubric_points_positive CHECK (points > 0),
        step REAL NOT NULL CONSTRAINT rubric_step_positive CHECK (step > 0),
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, category_id, category_kind)
            REFERENCES categories (round_id, id, kind)
    ))",

    uR"(CREATE TABLE user_items (
        round_id TEXT NOT NULL,
        id TEXT NOT NULL CONSTRAINT user_item_id_format CHECK IS_ID(id),
        category_id TEXT NOT NULL,
        category_kind TEXT NOT NULL DEFAULT 'user'
            CONSTRAINT user_item_in_user_category CHECK (category_kind = 'user'),
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL CONSTRAINT user_item_weight_positive CHECK (weight > 0),
        scale_min INTEGER NOT NULL,   -- the category's, see user_ratings
        scale_max INTEGER NOT NULL,
        PRIMARY KEY (round_id, id),
        UNIQUE (round_id, seq),
        UNIQUE (round_id, id, scale_min, scale_max),
        FOREIGN KEY (round_id, category_id, category_kind, scale_min, scale_max)
            REFERENCES categories (round_id, id, kind, scale_min, scale_max) ON UPDATE CASCADE
    ))",

    // passphrase_hash: reserved for signing in (a later version); NULL = none set.
    uR"(CREATE TABLE members (
        id TEXT NOT NULL PRIMARY KEY CONSTRAINT member_id_format CHECK IS_ID(id),
        seq INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CONSTRAINT role_known
            CHECK (role IN ('chair', 'expert', 'secretariat', 'observer')),
        passphrase_hash TEXT
    ))",

    uR"(CREATE TABLE member_conflicts (
        member_id TEXT NOT NULL REFERENCES members (id),
        team_id TEXT NOT NULL REFERENCES teams (id),
        seq INTEGER NOT NULL UNIQUE,
        PRIMARY KEY (member_id, team_id)
    ))",

    uR"(CREATE TABLE benchmark_results (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        benchmark_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        score REAL NOT NULL CONSTRAINT benchmark_score_number CHECK (typeof(score) = 'real'),
        target REAL CONSTRAINT benchmark_target_number
            CHECK (target IS NULL OR typeof(target) = 'real'),
        PRIMARY KEY (round_id, team_id, benchmark_id),
        UNIQUE (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, benchmark_id) REFERENCES benchmarks (round_id, id)
    ) WITHOUT ROWID)",

    uR"(CREATE TRIGGER benchmark_results_target_insert BEFORE INSERT ON benchmark_results
    WHEN (NEW.target IS NULL OR NEW.target <= 0)
        AND (SELECT g.normalization FROM benchmarks b
             JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
             WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio'
    BEGIN
        SELECT RAISE(ABORT, 'a result in a target_ratio group needs a target above 0');
    END)",

    uR"(CREATE TRIGGER benchmark_results_target_update BEFORE UPDATE ON benchmark_results
    WHEN (NEW.target IS NULL OR NEW.target <= 0)
        AND (SELECT g.normalization FROM benchmarks b
             JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id
             WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio'
    BEGIN
        SELECT RAISE(ABORT, 'a result in a target_ratio group needs a target above 0');
    END)",

    // A sheet is one reviewer's scores for one team (R3). It is created as a draft and
    // becomes submitted once it scores every rubric item of the round; the scores of a
    // submitted sheet can no longer be added, changed or deleted (reopening the sheet, i.e.
    // setting it back to draft, is an explicit step).
    uR"(CREATE TABLE sheets (
        round_id TEXT NOT NULL,
        reviewer_id TEXT NOT NULL REFERENCES members (id),
        team_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft' CONSTRAINT sheet_state_known
            CHECK (state IN ('draft', 'submitted')),
        opinion TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, reviewer_id, team_id),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TRIGGER sheets_insert BEFORE INSERT ON sheets
    BEGIN
        SELECT RAISE(ABORT, 'the reviewer has a declared conflict of interest with this team')
        WHERE EXISTS (SELECT 1 FROM member_conflicts
                      WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id);
        SELECT RAISE(ABORT, 'a sheet is created as a draft and submitted once complete')
        WHERE NEW.state = 'submitted';
    END)",

    uR"(CREATE TRIGGER sheets_update BEFORE UPDATE ON sheets
    BEGIN
        SELECT RAISE(ABORT, 'the reviewer has a declared conflict of interest with this team')
        WHERE EXISTS (SELECT 1 FROM member_conflicts
                      WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id);
        SELECT RAISE(ABORT, 'a submitted sheet must score every rubric item of the round')
        WHERE NEW.state = 'submitted' AND EXISTS (
            SELECT 1 FROM rubric_items i
            WHERE i.round_id = NEW.round_id AND NOT EXISTS (
                SELECT 1 FROM expert_scores s
                WHERE s.round_id = NEW.round_id AND s.reviewer_id = NEW.reviewer_id
                  AND s.team_id = NEW.team_id AND s.item_id = i.id));
    END)",

    uR"(CREATE TRIGGER member_conflicts_insert BEFORE INSERT ON member_conflicts
    BEGIN
        SELECT RAISE(ABORT, 'the reviewer already holds a sheet for this team')
        WHERE EXISTS (SELECT 1 FROM sheets
                      WHERE reviewer_id = NEW.member_id AND team_id = NEW.team_id);
    END)",

    uR"(CREATE TABLE expert_scores (
        round_id TEXT NOT NULL,
        reviewer_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        score REAL NOT NULL CONSTRAINT expert_score_number CHECK (typeof(score) = 'real'),
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, reviewer_id, team_id, item_id),
        UNIQUE (round_id, seq),
        CONSTRAINT expert_score_not_negative CHECK (score >= 0),
        FOREIGN KEY (round_id, reviewer_id, team_id)
            REFERENCES sheets (round_id, reviewer_id, team_id),
        FOREIGN KEY (round_id, item_id) REFERENCES rubric_items (round_id, id)
    ) WITHOUT ROWID)",

    // The step test allows 1e-6 of a step for binary fractions (0.3 / 0.1).
    uR"(CREATE TRIGGER expert_scores_insert BEFORE INSERT ON expert_scores
    BEGIN
        SELECT RAISE(ABORT, 'the score must be a number')
        WHERE typeof(NEW.score) <> 'real';
        SELECT RAISE(ABORT, 'the score is above the points of its rubric item')
        WHERE NEW.score > (SELECT points FROM rubric_items
                           WHERE round_id = NEW.round_id AND id = NEW.item_id);
        SELECT RAISE(ABORT, 'the score is not a multiple of the step of its rubric item')
        WHERE (SELECT abs(NEW.score / step - round(NEW.score / step)) FROM rubric_items
               WHERE round_id = NEW.round_id AND id = NEW.item_id) > 1e-6;
        SELECT RAISE(ABORT, 'the reviewer has a declared conflict of interest with this team')
        WHERE EXISTS (SELECT 1 FROM member_conflicts
                      WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id);
        SELECT RAISE(ABORT, 'the sheet is submitted: its scores can no longer change')
        WHERE EXISTS (SELECT 1 FROM sheets
                      WHERE round_id = NEW.round_id AND reviewer_id = NEW.reviewer_id
                        AND team_id = NEW.team_id AND state = 'submitted');
    END)",

    uR"(CREATE TRIGGER expert_scores_update BEFORE UPDATE ON expert_scores
    BEGIN
        SELECT RAISE(ABORT, 'the score must be a number')
        WHERE typeof(NEW.score) <> 'real';
        SELECT RAISE(ABORT, 'the score is above the points of its rubric item')
        WHERE NEW.score > (SELECT points FROM rubric_items
                           WHERE round_id = NEW.round_id AND id = NEW.item_id);
        SELECT RAISE(ABORT, 'the score is not a multiple of the step of its rubric item')
        WHERE (SELECT abs(NEW.score / step - round(NEW.score / step)) FROM rubric_items
               WHERE round_id = NEW.round_id AND id = NEW.item_id) > 1e-6;
        SELECT RAISE(ABORT, 'the reviewer has a declared conflict of interest with this team')
        WHERE EXISTS (SELECT 1 FROM member_conflicts
                      WHERE member_id = NEW.reviewer_id AND team_id = NEW.team_id);
        SELECT RAISE(ABORT, 'the sheet is submitted: its scores can no longer change')
        WHERE EXISTS (SELECT 1 FROM sheets
                      WHERE state = 'submitted' AND round_id IN (OLD.round_id, NEW.round_id)
                        AND ((reviewer_id = OLD.reviewer_id AND team_id = OLD.team_id)
                          OR (reviewer_id = NEW.reviewer_id AND team_id = NEW.team_id)));
    END)",

    uR"(CREATE TRIGGER expert_scores_delete BEFORE DELETE ON expert_scores
    BEGIN
        SELECT RAISE(ABORT, 'the sheet is submitted: its scores can no longer change')
        WHERE EXISTS (SELECT 1 FROM sheets
                      WHERE round_id = OLD.round_id AND reviewer_id = OLD.reviewer_id
                        AND team_id = OLD.team_id AND state = 'submitted');
    END)",

    // Evaluators of the user category are not members: they are ids in the ratings only.
    // The scale check is declarative, not a trigger: each rating row carries its
    // category's scale, which the foreign key chain rating -> item -> category forces to be
    // the real one, and a CHECK compares. Measured on 400,000 single-row inserts, a
    // BEFORE INSERT trigger tripled the insert time (a statement with a trigger that may
    // abort needs a statement journal), and a panel can hold millions of ratings. Changing
    // a category's scale cascades down and is refused if a stored rating would fall outside.
    uR"(CREATE TABLE user_ratings (
        round_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        evaluator TEXT NOT NULL CONSTRAINT evaluator_id_format CHECK IS_ID(evaluator),
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rating INTEGER NOT NULL CONSTRAINT rating_integer CHECK (typeof(rating) = 'integer'),
        scale_min INTEGER NOT NULL,
        scale_max INTEGER NOT NULL,
        PRIMARY KEY (round_id, seq),
        UNIQUE (round_id, evaluator, team_id, item_id),
        CONSTRAINT rating_within_scale CHECK (rating BETWEEN scale_min AND scale_max),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, item_id, scale_min, scale_max)
            REFERENCES user_items (round_id, id, scale_min, scale_max) ON UPDATE CASCADE
    ) WITHOUT ROWID)",

    uR"(CREATE TABLE independence (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        verdict TEXT NOT NULL CONSTRAINT verdict_known
            CHECK (verdict IN ('pass', 'fail', 'pending')),
        rationale TEXT NOT NULL,
        PRIMARY KEY (round_id, team_id),
        UNIQUE (round_id, seq),
        CONSTRAINT verdict_needs_rationale CHECK (verdict = 'pending' OR NOT_BLANK(rationale)),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
    ))",

    uR"(CREATE TABLE component_findings (
        round_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        component TEXT NOT NULL,
        origin TEXT NOT NULL CONSTRAINT origin_known
            CHECK (origin IN ('in_house', 'open_source', 'third_party')),
        source TEXT NOT NULL,
        license TEXT NOT NULL CONSTRAINT license_known
            CHECK (license IN ('own', 'permissive', 'restricted', 'proprietary')),
        weights TEXT NOT NULL CONSTRAINT weights_known
            CHECK (weights IN ('initialized', 'reused', 'reused_frozen', 'not_applicable')),
        external_control TEXT NOT NULL CONSTRAINT external_control_known
            CHECK (external_control IN ('none', 'possible', 'present')),
        evidence TEXT NOT NULL,
        PRIMARY KEY (round_id, seq),
        FOREIGN KEY (round_id, team_id) REFERENCES independence (round_id, team_id)
    ))",
};

} // namespace

void createCoreTables(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    for (const char16_t *statement : kStatements)
        execSql(db, expand(QString::fromUtf16(statement)));
}

} // namespace pd::schema
