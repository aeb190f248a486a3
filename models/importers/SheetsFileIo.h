#pragma once
// Offline score sheets (docs/sheets-file.md): a member exports their sheets for the round to
// a JSON file (format "paneldesk-sheets", version 1), fills it elsewhere, and the chair
// imports it with the same validation as typed entry, all or nothing.

#include "domain/Panel.h"
#include "domain/SheetRecord.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace pd {

class PanelStore;

// The member's sheets: every team of the round the member has no conflict with, with the
// stored scores, comments, opinion and state (drafts included: they are the member's own),
// and the rubric for reference. InputError for an unknown member or one who does not score
// (not an expert or the chair).
QByteArray sheetsFileJson(const Panel &panel, const std::vector<SheetRecord> &sheets,
                          const QString &member, const QDateTime &exportedAt);

// Strict: unknown keys, wrong types, duplicate keys, invalid UTF-8 are InputErrors naming
// the JSON path or line:column.
SheetsFile parseSheetsFile(const QByteArray &bytes, const QString &sourceName);

// Writes the member's sheets file atomically (QSaveFile).
void exportSheets(const PanelStore &store, const QString &member, const QString &outPath);

struct SheetsImportResult {
    bool imported = false;
    QString member;
    SheetImportOutcome outcome;
    ImportIssues issues;
};

// Reads and imports a sheets file; every problem is in the result and then nothing changed.
SheetsImportResult importSheetsFile(PanelStore &store, const QString &path,
                                    const QString &displayName, const QString &actor);

} // namespace pd
