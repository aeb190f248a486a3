#pragma once
// Filling an offline sheets file in PanelDesk on a machine without the panel's database
// (docs/sheets-file.md): a scratch panel database built from the file alone — its round,
// its rubric, its teams and the member as an expert — holding the file's scores, comments,
// opinions and submitted sheets, and the member's key (the sealed key the file carries,
// opened with the member's passphrase). The window opens it signed in as the member with that
// key; the sheets are filled in My sheets with the usual checks, and File > Export my score
// sheets… writes the filled file for the chair, signed with the key. The scratch database is not the panel: it holds no other
// member, no benchmark or user category, and its notice says so.

#include "domain/Member.h"
#include "trust/MemberKey.h"

#include <QString>
#include <optional>

namespace pd {

struct SheetsWorkspace {
    QString dbPath;
    Member member;
    std::optional<MemberKey> key;   // the member's unlocked key (always set when created)
};

// Builds a new scratch database for `sheetsFile` in `folder` (named
// <member>-<round>-<UTC time>.offline.paneldesk). InputError naming the file (and JSON
// path) for a file that cannot be read, whose scores break its rubric, that carries no
// sealed key (version 1), or whose key `passphrase` does not open.
SheetsWorkspace createSheetsWorkspace(const QString &sheetsFile, const QString &folder,
                                      const QString &passphrase);

} // namespace pd
