#pragma once
// The chair's progress matrix (issue 3, item 7): members x teams, the state of each sheet
// and no value at all (no score, total, count of items or average), and how many sheets are
// still missing. Pure: computed from the full panel (drafts included), because a draft's
// existence — never its content — is what the chair is meant to see here. Show it to the
// chair only.

#include "access/SheetState.h"
#include "domain/Panel.h"
#include "domain/SheetRecord.h"

#include <QStringList>
#include <vector>

namespace pd {

struct ProgressMatrix {
    QStringList members;   // rows: every expert, plus any other member holding a sheet; panel order
    QStringList teams;     // columns: the round's teams, panel order
    std::vector<SheetState> states;   // row-major: members.size() x teams.size()
    int expected = 0;    // sheets expected: experts x the teams they have no conflict with
    int submitted = 0;   // of those, submitted

    SheetState state(qsizetype row, qsizetype column) const
    {
        return states[std::size_t(row * teams.size() + column)];
    }
    int missing() const { return expected - submitted; }
};

// Only members with role expert are expected to fill sheets; a chair (or anyone else) who
// holds a sheet appears as a row, but their sheets do not change expected or missing.
// `sheets` (PanelStore::loadSheets): a draft sealed to its reviewer (trust.md, "Drafts") has
// no score in `full` for anyone else; its record still makes the cell a draft.
ProgressMatrix progressMatrix(const Panel &full, const std::vector<SheetRecord> &sheets = {});

} // namespace pd
