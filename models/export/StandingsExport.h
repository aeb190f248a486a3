#pragma once
// Writing the standings out for spreadsheets and other programs (docs/exports.md):
// CSV (RFC 4180, UTF-8, optional BOM for Excel), XLSX (libxlsxwriter) and JSON (the
// paneldesk-standings format). Every file is written atomically: the old file stays intact
// on any failure, which is a StoreError naming the file.

#include "export/ExportSheets.h"
#include "io/AtomicWrite.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace pd {

// The sheet as CSV: header and rows, CRLF line ends, numbers rounded to six decimals in
// shortest round-trip form (export/ExportNumbers.h: 90.2, never 90.19999999999999; NaN or
// infinity: std::invalid_argument), text neutralized (neutralizeFormula) and quoted where
// needed. With `bom`, a UTF-8 byte order mark first.
QByteArray sheetCsv(const ExportSheet &sheet, bool bom);

// A workbook with one worksheet per sheet, header row bold and frozen; text is written as
// strings (shared strings are never evaluated, so "=HYPERLINK(...)" shows as that text; no
// quote is added), numbers as numbers rounded to six decimals (export/ExportNumbers.h) with
// a number format showing the column's shownDecimals; NaN and infinities as empty cells. The
// workbook is built in a temporary file beside `path` (libxlsxwriter writes to a path), then
// saved like writeFileAtomically.
// `filter`: a test seam (io/AtomicWrite.h).
void writeXlsx(const std::vector<ExportSheet> &sheets, const QString &path,
               const DeviceFilter &filter = {});

// `bytes` to `path` through QSaveFile (io/AtomicWrite.h); "disk full (PATH)" when it is.
void writeFileAtomically(const QString &path, const QByteArray &bytes,
                         const DeviceFilter &filter = {});

} // namespace pd
