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

bool roleSeesFindings(Role role)
{
    return role == Role::Chair || role == Role::Expert || role == Role::Secretariat;
}

bool roleEditsFindings(Role role)
{
    return role == Role::Chair || role == Role::Expert;
}

bool roleRecordsVerdict(Role role)
{
    return role == Role::Chair;
}

bool mayEditFindings(const Member &member, const QString &team)
{
    return roleEditsFindings(member.role) && !member.conflicts.contains(team);
}

bool mayRecordVerdict(const Member &member, const QString &team)
{
    return roleRecordsVerdict(member.role) && !member.conflicts.contains(team);
}

bool maySeeFindings(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && roleSeesFindings(member->role);
}

bool mayEditFindings(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && roleEditsFindings(member->role);
}

bool mayRecordVerdict(const Panel &panel, const QString &memberId, const QString &team)
{
    const Reviewer *member = unconflicted(panel, memberId, team);
    return member && roleRecordsVerdict(member->role);
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
