#include "server/PgVerdictReads.h"

#include "domain/Enums.h"
#include "server/PgStoreSql.h"

#include <QVariant>

namespace pd::server {

std::vector<SuggestedVerdictOfTeam> readServerSuggestions(const QSqlDatabase &db, const QString &round)
{
    std::vector<SuggestedVerdictOfTeam> suggestions;
    // The first condition names no column of v: PostgreSQL checks it once, before calling
    // team_verdicts, and calls it not at all when it is false (a member who reads the findings
    // and declared no conflict, such as the chair, gets no row either way). That call was
    // 15-25 ms of every standings read of the bench panel (docs/benchmarks.md).
    QSqlQuery q = pgRun(db, QStringLiteral(
        "SELECT v.team_id, v.suggested FROM team_verdicts(?) v "
        "WHERE (NOT has_table_privilege('component_findings', 'SELECT') "
        "OR cardinality(pd_my_conflicts()) > 0) "
        "AND (NOT has_table_privilege('component_findings', 'SELECT') "
        "OR v.team_id = ANY (pd_my_conflicts()))"), {round});
    while (q.next())
        if (const std::optional<Verdict> verdict = parseEnum<Verdict>(q.value(1).toString()))
            suggestions.push_back({q.value(0).toString(), *verdict});
    return suggestions;
}

} // namespace pd::server
