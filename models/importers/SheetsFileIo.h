#pragma once
// The offline score sheets file (docs/sheets-file.md; format "paneldesk-sheets", version 2:
// every sheet signed by the member, trust/OfflineSheet.h): building it from a panel, writing
// and reading its JSON. Exporting and importing: importers/SheetsExchange.h.

#include "domain/Panel.h"
#include "domain/SheetRecord.h"
#include "domain/SheetsFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace pd {

// The member's sheets: every team of the round the member has no conflict with, with the
// stored scores, comments, opinion and state (drafts included: they are the member's own).
// InputError for an unknown member or one who does not score (not an expert or the chair).
SheetsFile sheetsFileOf(const Panel &panel, const std::vector<SheetRecord> &sheets,
                        const QString &member);

// `file` (sheetsFileOf, signed: trust/OfflineSheet.h, signSheetsFile) as a version-2 file:
// its public key, its sealed key (the member's secret key sealed under their passphrase, so
// that the file can be signed again where it is filled; left out when empty), every sheet
// with its signature, and the rubric and names of `panel` for reference.
QByteArray sheetsFileJson(const Panel &panel, const SheetsFile &file, const QDateTime &exportedAt);

// Strict: unknown keys, wrong types, duplicate keys, invalid UTF-8 are InputErrors naming
// the JSON path or line:column.
SheetsFile parseSheetsFile(const QByteArray &bytes, const QString &sourceName);

} // namespace pd
