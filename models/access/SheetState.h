#pragma once
// The state of one reviewer's score sheet for one team, as the sheet list and the chair's
// progress matrix show it (issue 3, items 3 and 7). Pure: computed from a Panel.

#include "domain/Panel.h"

#include <QString>

namespace pd {

enum class SheetState {
    NotStarted,   // no score yet (a sheet holding only an opinion is still not started)
    Draft,        // some scores, not submitted: visible to its reviewer only
    Submitted,    // complete and locked; only the chair can reopen it
    Conflict,     // the reviewer declared a conflict of interest with the team: no sheet
};

// From the score rows of `panel` (Panel::expertScores). Conflict wins over everything;
// a reviewer unknown to the panel has sheets that are NotStarted. Call it on the full panel
// or on the reviewer's own visiblePanel (their own rows are always in it).
SheetState sheetState(const Panel &panel, const QString &reviewer, const QString &team);

// "not_started", "draft", "submitted", "conflict" (for files and tests).
QString toString(SheetState state);

// The words a screen shows ("not started", "draft", ...), translated.
QString sheetStateLabel(SheetState state);

} // namespace pd
