#pragma once
// One score sheet as the store holds it: a reviewer's sheet for one team, its state and the
// overall opinion. The item scores are in Panel::expertScores; a sheet can exist without any
// score yet (an opinion typed first), and then counts as not started (access/SheetState.h).

#include <QString>

namespace pd {

struct SheetRecord {
    QString reviewer;
    QString team;
    bool submitted = false;
    QString opinion;   // the reviewer's overall opinion, "" when none
    friend bool operator==(const SheetRecord &, const SheetRecord &) = default;
};

} // namespace pd
