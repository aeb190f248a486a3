// Schema step 5 (version 4 -> 5): the round lifecycle, decision versions and appeals
// (docs/decision.md). Released once merged; never edit, add a step instead.
//
// - rounds.lifecycle: open | locked | decided | announced | final. Outside `open` the
//   inputs that members edit (sheets, expert scores, independence verdicts and component
//   findings, benchmark results) refuse INSERT, UPDATE and DELETE by trigger.
// - decisions / decision_outcomes: one immutable row per decision version with the
//   canonical inputs it was computed from, their SHA-256 fingerprint and the standings JSON;
//   the outcome of every team with the chair's reason.
// - decision_events: announced (with the last day of the appeal window), reopened, final;
//   each carries the version's fingerprint.
// - appeals, appeal_committee, appeal_rulings: the appeals register. A member who holds a
//   score sheet for the appealing team cannot sit on its committee; a late appeal cannot be
//   ruled on.
// Every table of this step is append-only: UPDATE and DELETE are refused by trigger.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

#include <QStringList>

namespace pd::schema {
namespace {

// The panel-file date rule of step 1.
QString isDate(const char *column)
{
    return QStringLiteral("(%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND "
                          "date(%1) = %1)")
        .arg(QLatin1String(column));
}

QString notBlank(const char *column)
{
    return QStringLiteral("(length(trim(%1, char(32, 9, 10, 13, 160, 12288))) > 0)")
        .arg(QLatin1String(column));
}

const char *const kImmutableTables[] = {"decisions",        "decision_outcomes",
                                        "decision_events",  "appeals",
                                        "appeal_committee", "appeal_rulings"};

// Inputs frozen outside the `open` state, with the column naming their round.
const char *const kLockedTables[] = {"sheets", "expert_scores", "independence",
                                     "component_findings", "benchmark_results"};

} // namespace

void addDecisions(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(
        "ALTER TABLE rounds ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'open' "
        "CONSTRAINT lifecycle_known CHECK (lifecycle IN "
        "('open', 'locked', 'decided', 'announced', 'final'))"));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE decisions (
            round_id TEXT NOT NULL REFERENCES rounds (id),
            version INTEGER NOT NULL CONSTRAINT decision_version_positive CHECK (version >= 1),
            decided_on TEXT NOT NULL CONSTRAINT decided_on_iso CHECK %1,
            decided_by TEXT NOT NULL REFERENCES members (id),
            recorded_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL CONSTRAINT fingerprint_is_sha256_hex
                CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
            inputs BLOB NOT NULL,
            standings BLOB NOT NULL,
            PRIMARY KEY (round_id, version)
        ))").arg(isDate("decided_on")));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE decision_outcomes (
            round_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            team_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            outcome TEXT NOT NULL CONSTRAINT decided_outcome_final
                CHECK (outcome IN ('advance', 'eliminated_score', 'disqualified')),
            reason TEXT NOT NULL,
            PRIMARY KEY (round_id, version, team_id),
            UNIQUE (round_id, version, seq),
            CONSTRAINT elimination_needs_reason
                CHECK (outcome = 'advance' OR %1),
            FOREIGN KEY (round_id, version) REFERENCES decisions (round_id, version),
            FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id)
        ))").arg(notBlank("reason")));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE decision_events (
            round_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            event TEXT NOT NULL CONSTRAINT decision_event_known
                CHECK (event IN ('announced', 'reopened', 'final')),
            on_date TEXT NOT NULL CONSTRAINT event_date_iso CHECK %1,
            appeal_closes TEXT CONSTRAINT appeal_closes_iso
                CHECK (appeal_closes IS NULL OR %2),
            by_member TEXT NOT NULL REFERENCES members (id),
            recorded_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (round_id, version, event),
            CONSTRAINT announcement_has_window
                CHECK ((event = 'announced') = (appeal_closes IS NOT NULL)),
            FOREIGN KEY (round_id, version) REFERENCES decisions (round_id, version)
        ))").arg(isDate("on_date"), isDate("appeal_closes")));

    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER decision_events_fingerprint BEFORE INSERT ON decision_events
        WHEN NEW.fingerprint IS NOT (SELECT fingerprint FROM decisions
                                     WHERE round_id = NEW.round_id AND version = NEW.version)
        BEGIN
            SELECT RAISE(ABORT, 'a decision event must carry its version''s fingerprint');
        END)"));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE appeals (
            round_id TEXT NOT NULL,
            id INTEGER NOT NULL CONSTRAINT appeal_id_positive CHECK (id >= 1),
            version INTEGER NOT NULL,
            team_id TEXT NOT NULL,
            filed_on TEXT NOT NULL CONSTRAINT filed_on_iso CHECK %1,
            grounds TEXT NOT NULL CONSTRAINT appeal_needs_grounds CHECK %2,
            late INTEGER NOT NULL CONSTRAINT late_boolean CHECK (late IN (0, 1)),
            recorded_by TEXT NOT NULL REFERENCES members (id),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (round_id, id),
            FOREIGN KEY (round_id, version, team_id)
                REFERENCES decision_outcomes (round_id, version, team_id)
        ))").arg(isDate("filed_on"), notBlank("grounds")));

    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER appeals_only_eliminated BEFORE INSERT ON appeals
        WHEN (SELECT outcome FROM decision_outcomes WHERE round_id = NEW.round_id
              AND version = NEW.version AND team_id = NEW.team_id) = 'advance'
        BEGIN
            SELECT RAISE(ABORT, 'only a team eliminated on score or disqualified may appeal');
        END)"));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE appeal_committee (
            round_id TEXT NOT NULL,
            appeal_id INTEGER NOT NULL,
            member_id TEXT NOT NULL REFERENCES members (id),
            seq INTEGER NOT NULL,
            PRIMARY KEY (round_id, appeal_id, member_id),
            FOREIGN KEY (round_id, appeal_id) REFERENCES appeals (round_id, id)
        ))"));

    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER appeal_committee_no_scorer BEFORE INSERT ON appeal_committee
        WHEN EXISTS (SELECT 1 FROM appeals a JOIN sheets s
                     ON s.round_id = a.round_id AND s.team_id = a.team_id
                     WHERE a.round_id = NEW.round_id AND a.id = NEW.appeal_id
                       AND s.reviewer_id = NEW.member_id)
        BEGIN
            SELECT RAISE(ABORT, 'a member who scored the appealing team cannot sit on its appeal committee');
        END)"));

    execSql(db, QStringLiteral(R"(
        CREATE TABLE appeal_rulings (
            round_id TEXT NOT NULL,
            appeal_id INTEGER NOT NULL,
            ruling TEXT NOT NULL CONSTRAINT ruling_known CHECK (ruling IN ('rejected', 'upheld')),
            reason TEXT NOT NULL CONSTRAINT ruling_needs_reason CHECK %1,
            ruled_on TEXT NOT NULL CONSTRAINT ruled_on_iso CHECK %2,
            ruled_by TEXT NOT NULL REFERENCES members (id),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (round_id, appeal_id),
            FOREIGN KEY (round_id, appeal_id) REFERENCES appeals (round_id, id)
        ))").arg(notBlank("reason"), isDate("ruled_on")));

    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER appeal_rulings_not_late BEFORE INSERT ON appeal_rulings
        WHEN (SELECT late FROM appeals WHERE round_id = NEW.round_id AND id = NEW.appeal_id) = 1
        BEGIN
            SELECT RAISE(ABORT, 'a late appeal is refused by rule and cannot be ruled on');
        END)"));

    for (const char *table : kImmutableTables) {
        for (const char *op : {"UPDATE", "DELETE"}) {
            execSql(db, QStringLiteral(
                "CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN "
                "SELECT RAISE(ABORT, 'decision records are immutable: %1 rows cannot be %4'); END")
                .arg(QLatin1String(table), QString::fromLatin1(op).toLower(), QLatin1String(op),
                     QLatin1String(op[0] == 'U' ? "changed" : "deleted")));
        }
    }

    for (const char *table : kLockedTables) {
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const char *row = op[0] == 'D' ? "OLD" : "NEW";
            execSql(db, QStringLiteral(
                "CREATE TRIGGER lock_%1_%2 BEFORE %3 ON %1 "
                "WHEN (SELECT lifecycle FROM rounds WHERE id = %4.round_id) <> 'open' BEGIN "
                "SELECT RAISE(ABORT, 'the round is locked: its inputs can no longer change'); END")
                .arg(QLatin1String(table), QString::fromLatin1(op).toLower(), QLatin1String(op),
                     QLatin1String(row)));
        }
    }
}

} // namespace pd::schema
