#pragma once
// Writes an offline sheets file into the current round inside the caller's write
// transaction, through the same checks as typed entry (ExpertScoreWriter, SheetWriter):
// known items, range, step, conflicts of interest, submitted sheets locked, submission only
// of complete sheets. Every problem is added to `issues` with the sheet's JSON path
// ("e01-sheets.json: sheets[2].scores[1]: ..."); the caller commits only when there is none.
//
// Audit: the changes are entered as the member's own (actor = the file's member: they are
// the member's scores), and one "import-sheets" entry by `actor` (who imported the file)
// names the file in its reason.

#include "trust/Actor.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"

#include <QSqlDatabase>

namespace pd {

SheetImportOutcome writeImportedSheets(const QSqlDatabase &db, const SheetsFile &file,
                                       const QString &sourceName, const Actor &actor,
                                       const QString &reason, ImportIssues &issues);

} // namespace pd
