#include "access/FindingsAccess.h"

namespace pd {
namespace {

const Reviewer *unconflicted(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = panel.reviewer(memberId);
    if (!member || member->conflicts.contains(team))
        return nullptr;
    return member;
}

} // namespace

bool maySeeFindings(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && member->role != Role::Observer;
}

bool mayEditFindings(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && (member->role == Role::Chair || member->role == Role::Expert);
}

bool mayRecordVerdict(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && member->role == Role::Chair;
}

TeamFindings visibleFindings(const Panel &panel, const TeamFindings &findings,
                             const QString &memberId)
{
    if (maySeeFindings(panel, memberId, findings.team))
        return findings;
    TeamFindings verdictOnly;
    verdictOnly.team = findings.team;
    verdictOnly.verdict = findings.verdict;
    verdictOnly.rationale = findings.rationale;
    return verdictOnly;
}

} // namespace pd
