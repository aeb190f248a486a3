// Schema step 3 (version 2 -> 3): independence findings edited in the window.
// Released; never edit, add a step instead.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addFindingNotes(QSqlDatabase &db)
{
    // R5's evidence has a text and a file reference; the reference was not stored before.
    execSql(db, QStringLiteral(
        "ALTER TABLE component_findings ADD COLUMN evidence_file TEXT NOT NULL DEFAULT ''"));
    // A component is named; a blank name cannot be told apart in the findings table.
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER component_named_on_insert BEFORE INSERT ON component_findings
        WHEN length(trim(NEW.component)) = 0
        BEGIN
            SELECT RAISE(ABORT, 'a model component needs a name');
        END)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER component_named_on_update BEFORE UPDATE ON component_findings
        WHEN length(trim(NEW.component)) = 0
        BEGIN
            SELECT RAISE(ABORT, 'a model component needs a name');
        END)"));
    // One note per member and component (component_seq is component_findings.seq, the
    // component's id within its round). Removing a component removes its notes; a member
    // with a conflict of interest with the team cannot hold a note on its components.
    execSql(db, QStringLiteral(R"(
        CREATE TABLE component_notes (
            round_id TEXT NOT NULL,
            component_seq INTEGER NOT NULL,
            member_id TEXT NOT NULL,
            note TEXT NOT NULL CONSTRAINT note_not_blank CHECK (length(trim(note)) > 0),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (round_id, component_seq, member_id),
            FOREIGN KEY (round_id, component_seq)
                REFERENCES component_findings (round_id, seq) ON DELETE CASCADE,
            FOREIGN KEY (member_id) REFERENCES members (id)
        ) WITHOUT ROWID)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER component_notes_no_conflict BEFORE INSERT ON component_notes
        WHEN EXISTS (SELECT 1 FROM component_findings f JOIN member_conflicts c
                     ON c.team_id = f.team_id
                     WHERE f.round_id = NEW.round_id AND f.seq = NEW.component_seq
                       AND c.member_id = NEW.member_id)
        BEGIN
            SELECT RAISE(ABORT, 'a member with a conflict of interest cannot note findings of that team');
        END)"));
}

} // namespace pd::schema
