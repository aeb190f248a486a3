#pragma once
// Offline score sheets between the panel and another machine (docs/sheets-file.md): a member
// exports their sheets for the round, signed with their key (trust/OfflineSheet.h), fills
// them elsewhere, and the chair imports the file with the same validation as typed entry, all
// or nothing, only when every signature verifies with the member's key in the panel's audit
// chain (trust.md, "Offline sheets").

#include "importers/ImportIssues.h"
#include "importers/SheetsFileIo.h"
#include "trust/Signer.h"

namespace pd {

class PanelStore;

struct SheetsImportResult {
    bool imported = false;
    QString member;
    SheetImportOutcome outcome;
    ImportIssues issues;
};

// Writes the member's sheets file atomically (QSaveFile), signed with `key` (the member's
// unlocked key) and carrying the member's sealed key from the store. The store's signer must
// be that key too (the member signed in): their drafts are sealed to it and read through it.
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

// Reads, checks the signatures of (checkSheetsFileSignatures) and imports a sheets file;
// every problem is in the result and then nothing changed.
SheetsImportResult importSheetsFile(PanelStore &store, const QString &path,
                                    const QString &displayName, const QString &actor);

} // namespace pd
