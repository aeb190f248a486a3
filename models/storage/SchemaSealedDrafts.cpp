// Schema step 9 (version 8 -> 9): drafts sealed to their reviewer (trust.md, "Drafts").
// Released once merged; never edit, add a step instead.
//
// sealed_drafts holds, for a draft sheet, everything its reviewer has entered (scores,
// comments, overall opinion) as one blob sealed to the reviewer's key
// (storage/DraftStore.h, trust/Crypto.h sealToMember): no other member, the chair included,
// can read it from the file. A sheet with a sealed draft keeps no expert_scores rows and a
// blank opinion; submitting opens the draft and writes the scores in the clear, as they are
// scored (R3). The blob must carry the "PDD1" mark; a submitted sheet holds no sealed draft;
// the lifecycle freezes the table like the other inputs outside `open`.
// Nothing is moved by the step itself: older drafts are sealed at their reviewer's next
// sign-in (sealPlainDrafts), because sealing needs the reviewer's key.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addSealedDrafts(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(R"(
        CREATE TABLE sealed_drafts (
            round_id TEXT NOT NULL,
            reviewer_id TEXT NOT NULL,
            team_id TEXT NOT NULL,
            sealed BLOB NOT NULL CONSTRAINT sealed_draft_marked
                CHECK (typeof(sealed) = 'blob' AND substr(sealed, 1, 4) = X'50444431'),
            PRIMARY KEY (round_id, reviewer_id, team_id),
            FOREIGN KEY (round_id, reviewer_id, team_id)
                REFERENCES sheets (round_id, reviewer_id, team_id) ON DELETE CASCADE
        ) WITHOUT ROWID)"));
    for (const char *op : {"INSERT", "UPDATE"}) {
        execSql(db, QStringLiteral(
            "CREATE TRIGGER sealed_drafts_%1 BEFORE %2 ON sealed_drafts BEGIN "
            "SELECT RAISE(ABORT, 'a submitted sheet holds no sealed draft') "
            "WHERE EXISTS (SELECT 1 FROM sheets WHERE round_id = NEW.round_id "
            "AND reviewer_id = NEW.reviewer_id AND team_id = NEW.team_id "
            "AND state = 'submitted'); "
            "SELECT RAISE(ABORT, 'the round is locked: its inputs can no longer change') "
            "WHERE (SELECT lifecycle FROM rounds WHERE id = NEW.round_id) <> 'open'; END")
                       .arg(QString::fromLatin1(op).toLower(), QLatin1String(op)));
    }
    execSql(db, QStringLiteral(
        "CREATE TRIGGER sealed_drafts_delete BEFORE DELETE ON sealed_drafts "
        "WHEN (SELECT lifecycle FROM rounds WHERE id = OLD.round_id) <> 'open' BEGIN "
        "SELECT RAISE(ABORT, 'the round is locked: its inputs can no longer change'); END"));
    execSql(db, QStringLiteral(
        "CREATE TRIGGER sheets_submit_sealed BEFORE UPDATE OF state ON sheets "
        "WHEN NEW.state = 'submitted' BEGIN "
        "SELECT RAISE(ABORT, 'a sheet with a sealed draft is opened before it is submitted') "
        "WHERE EXISTS (SELECT 1 FROM sealed_drafts WHERE round_id = NEW.round_id "
        "AND reviewer_id = NEW.reviewer_id AND team_id = NEW.team_id); END"));
}

} // namespace pd::schema
