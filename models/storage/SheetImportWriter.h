#pragma once
// Writes an offline sheets file into the current round inside the caller's write
// transaction, through the same checks as typed entry (ExpertScoreWriter, SheetWriter):
// known items, range, step, conflicts of interest, submitted sheets locked, submission only
// of complete sheets. Every problem is added to `issues` with the sheet's JSON path
// ("e01-sheets.json: sheets[2].scores[1]: ..."); the caller commits only when there is none.
//
// Audit: the changes are entered as the member's own (actor = the file's member: they are
// the member's scores; unsigned, since the member's key is not here), and one "import-sheets"
// entry by `actor` (who imported the file, signed by their key) names the file in its reason
// and holds in its new_value: "member_entries" (how many entries before it the import wrote:
// the chain accepts those unsigned entries of the member because this signed entry covers
// them, trust/AuditChain.h), "signed_sheets" (the member's statements and signatures of the
// sheets submitted here, trust/OfflineSheet.h, which `verify` checks with the member's chain
// key), "file_sha256" and "public_key". The file's signatures are checked before
// (importers/SheetsFileIo.h, checkSheetsFileSignatures).

#include "trust/Actor.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"

#include <QSqlDatabase>

namespace pd {

SheetImportOutcome writeImportedSheets(const QSqlDatabase &db, const SheetsFile &file,
                                       const QString &sourceName, const Actor &actor,
                                       const QString &reason, ImportIssues &issues);

} // namespace pd
