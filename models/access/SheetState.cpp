#include "access/SheetState.h"

#include <QCoreApplication>

namespace pd {

SheetState sheetState(const Panel &panel, const QString &reviewer, const QString &team)
{
    if (const Reviewer *member = panel.reviewer(reviewer); member && member->conflicts.contains(team))
        return SheetState::Conflict;
    bool any = false;
    bool allSubmitted = true;
    for (const ExpertScore &score : panel.expertScores) {
        if (score.reviewer != reviewer || score.team != team)
            continue;
        any = true;
        allSubmitted = allSubmitted && score.submitted;
    }
    if (!any)
        return SheetState::NotStarted;
    return allSubmitted ? SheetState::Submitted : SheetState::Draft;
}

QString toString(SheetState state)
{
    switch (state) {
    case SheetState::NotStarted: return QStringLiteral("not_started");
    case SheetState::Draft: return QStringLiteral("draft");
    case SheetState::Submitted: return QStringLiteral("submitted");
    case SheetState::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

QString sheetStateLabel(SheetState state)
{
    switch (state) {
    case SheetState::NotStarted: return QCoreApplication::translate("SheetState", "not started");
    case SheetState::Draft: return QCoreApplication::translate("SheetState", "draft");
    case SheetState::Submitted: return QCoreApplication::translate("SheetState", "submitted");
    case SheetState::Conflict: return QCoreApplication::translate("SheetState", "conflict");
    }
    return {};
}

} // namespace pd
