// Schema step 13 (version 12 -> 13): provenance reports attached as evidence to a component
// (docs/provenance.md, "Attaching a report to a finding"; storage/AttachedReportsStore.h).
// Released; never edit, add a step instead.
//
// attached_reports holds each report's exact bytes with the SHA-256 recorded when it was
// attached; `verify` compares both with the "attach-report" audit entry. Rows are never
// updated (trigger); they go with their component (ON DELETE CASCADE, as its notes do) and
// with the round's inputs when a panel is replaced. A member with a conflict of interest
// with the component's team attaches nothing, and nothing is attached once the round is
// locked (its findings are frozen).
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addAttachedReports(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(R"(
        CREATE TABLE attached_reports (
            round_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            component_seq INTEGER NOT NULL,
            report BLOB NOT NULL,
            sha256 TEXT NOT NULL CONSTRAINT report_sha256_is_hex
                CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
            attached_by TEXT NOT NULL REFERENCES members (id),
            attached_at TEXT NOT NULL,
            PRIMARY KEY (round_id, seq),
            FOREIGN KEY (round_id, component_seq)
                REFERENCES component_findings (round_id, seq) ON DELETE CASCADE
        ))"));
    execSql(db, QStringLiteral(
        "CREATE INDEX attached_reports_by_component ON attached_reports (round_id, component_seq)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER attached_reports_unchanged BEFORE UPDATE ON attached_reports
        BEGIN
            SELECT RAISE(ABORT, 'an attached report is never changed');
        END)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER attached_reports_no_conflict BEFORE INSERT ON attached_reports
        WHEN EXISTS (SELECT 1 FROM component_findings f JOIN member_conflicts c
                     ON c.team_id = f.team_id
                     WHERE f.round_id = NEW.round_id AND f.seq = NEW.component_seq
                       AND c.member_id = NEW.attached_by)
        BEGIN
            SELECT RAISE(ABORT, 'a member with a conflict of interest cannot attach reports to findings of that team');
        END)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER attached_reports_round_open BEFORE INSERT ON attached_reports
        WHEN (SELECT lifecycle FROM rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN
            SELECT RAISE(ABORT, 'the round is not open: its findings are frozen');
        END)"));
}

} // namespace pd::schema
