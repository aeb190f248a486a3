// Schema step 11 (version 10 -> 11): a row version on every sheet. Released; never edit, add a
// step instead.
//
// sheets.version is the id of the audit entry of the sheet's last change (audit_log ids are
// AUTOINCREMENT: never reused, always growing), 1 for a sheet not changed since it was
// written with its panel. A window that edits a sheet remembers the version it read and
// a save from a stale copy is refused (PanelStore::watchSheet, T6). A sheet removed and
// written again gets a new id, never an old one. Who made the change and when is that
// audit entry's actor and time.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addSheetVersions(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(
        "ALTER TABLE sheets ADD COLUMN version INTEGER NOT NULL DEFAULT 1 "
        "CONSTRAINT sheet_version_positive CHECK (typeof(version) = 'integer' AND version >= 1)"));
}

} // namespace pd::schema
