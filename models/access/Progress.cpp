#include "access/Progress.h"

#include <QHash>

namespace pd {

ProgressMatrix progressMatrix(const Panel &full, const std::vector<SheetRecord> &records)
{
    // One pass over the scores (sheetState per cell would be members x teams x scores).
    struct Rows {
        bool allSubmitted = true;
    };
    QHash<QString, QHash<QString, Rows>> sheets;   // reviewer -> team -> rows
    for (const ExpertScore &score : full.expertScores) {
        Rows &rows = sheets[score.reviewer][score.team];
        rows.allSubmitted = rows.allSubmitted && score.submitted;
    }
    for (const SheetRecord &record : records)
        if (!record.submitted)
            sheets[record.reviewer][record.team].allSubmitted = false;

    ProgressMatrix matrix;
    for (const Team &team : full.teams)
        matrix.teams << team.id;
    for (const Reviewer &member : full.reviewers) {
        const bool expert = member.role == Role::Expert;
        const QHash<QString, Rows> held = sheets.value(member.id);
        std::vector<SheetState> row;
        row.reserve(full.teams.size());
        bool holdsSheet = false;
        for (const Team &team : full.teams) {
            SheetState state = SheetState::NotStarted;
            if (member.conflicts.contains(team.id))
                state = SheetState::Conflict;
            else if (const auto it = held.constFind(team.id); it != held.constEnd())
                state = it->allSubmitted ? SheetState::Submitted : SheetState::Draft;
            row.push_back(state);
            holdsSheet = holdsSheet || state == SheetState::Draft || state == SheetState::Submitted;
            if (expert && state != SheetState::Conflict) {
                ++matrix.expected;
                if (state == SheetState::Submitted)
                    ++matrix.submitted;
            }
        }
        if (!expert && !holdsSheet)
            continue;
        matrix.members << member.id;
        matrix.states.insert(matrix.states.end(), row.begin(), row.end());
    }
    return matrix;
}

} // namespace pd
