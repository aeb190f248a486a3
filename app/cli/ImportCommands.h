#pragma once
// paneldesk-cli import-ratings | import-benchmarks | export-sheets | import-sheets
// (docs/imports.md).

#include "CliSupport.h"

namespace pd::cli {

int runImportRatings(const QStringList &arguments, Io &io);
int runImportBenchmarks(const QStringList &arguments, Io &io);
int runExportSheets(const QStringList &arguments, Io &io);
int runImportSheets(const QStringList &arguments, Io &io);

} // namespace pd::cli
