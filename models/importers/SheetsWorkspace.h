#pragma once
// Filling an offline sheets file in PanelDesk on a machine without the panel's database
// (docs/sheets-file.md): a scratch panel database built from the file alone — its round,
// its rubric, its teams and the member as an expert — holding the file's scores, comments,
// opinions and submitted sheets. The window opens it signed in as the member; the sheets are
// filled in My sheets with the usual checks, and File > Export my score sheets… writes the
// filled file for the chair. The scratch database is not the panel: it holds no other
// member, no benchmark or user category, and its notice says so.

#include "domain/Member.h"

#include <QString>

namespace pd {

struct SheetsWorkspace {
    QString dbPath;
    Member member;
};

// Builds a new scratch database for `sheetsFile` in `folder` (named
// <member>-<round>-<UTC time>.offline.paneldesk). InputError naming
// the file and JSON path for a file that cannot be read or whose scores break its rubric.
SheetsWorkspace createSheetsWorkspace(const QString &sheetsFile, const QString &folder);

} // namespace pd
