#pragma once
// Offline score sheets (docs/sheets-file.md): a member exports their sheets for the round to
// a JSON file (format "paneldesk-sheets", version 2: every sheet signed by the member,
// trust/OfflineSheet.h), fills it elsewhere, and the chair imports it with the same
// validation as typed entry, all or nothing, only when every signature verifies with the
// member's key in the panel's audit chain.

#include "domain/Panel.h"
#include "domain/SheetRecord.h"
#include "domain/SheetsFile.h"
#include "importers/ImportIssues.h"
#include "trust/Signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace pd {

class PanelStore;

// The member's sheets: every team of the round the member has no conflict with, with the
// stored scores, comments, opinion and state (drafts included: they are the member's own).
// InputError for an unknown member or one who does not score (not an expert or the chair).
SheetsFile sheetsFileOf(const Panel &panel, const std::vector<SheetRecord> &sheets,
                        const QString &member);

// sheetsFileOf as a version-2 file: every sheet signed by `key` (the member's own; InputError
// for another member's), the public key, `sealedKey` (the member's secret key sealed under
// their passphrase, so that the file can be signed again where it is filled; left out when
// empty), and the rubric for reference.
QByteArray sheetsFileJson(const Panel &panel, const std::vector<SheetRecord> &sheets,
                          const QString &member, const QDateTime &exportedAt, const Signer &key,
                          const QByteArray &sealedKey);

// Strict: unknown keys, wrong types, duplicate keys, invalid UTF-8 are InputErrors naming
// the JSON path or line:column.
SheetsFile parseSheetsFile(const QByteArray &bytes, const QString &sourceName);

// Writes the member's sheets file atomically (QSaveFile), signed with `key` (the member's
// unlocked key) and carrying the member's sealed key from the store.
void exportSheets(const PanelStore &store, const QString &member, const QString &outPath,
                  const Signer &key);

// The member's public key the panel's audit chain established last (never the members
// table's, never the file's); empty when the chain establishes none.
QByteArray chainKeyOf(const PanelStore &store, const QString &member);

// Adds an issue when `file` is not signed (version 1), when its member has no key in the
// chain, when it is signed with another key, or for every sheet whose signature does not
// verify with the member's chain key (a changed score, comment, opinion, state, team or
// round; a signature from another key).
void checkSheetsFileSignatures(const PanelStore &store, const SheetsFile &file,
                               const QString &sourceName, ImportIssues &issues);

struct SheetsImportResult {
    bool imported = false;
    QString member;
    SheetImportOutcome outcome;
    ImportIssues issues;
};

// Reads, checks the signatures of (checkSheetsFileSignatures) and imports a sheets file;
// every problem is in the result and then nothing changed.
SheetsImportResult importSheetsFile(PanelStore &store, const QString &path,
                                    const QString &displayName, const QString &actor);

} // namespace pd
