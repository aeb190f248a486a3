#include "server/PgVerdictReads.h"

#include "domain/Enums.h"
#include "server/PgStoreSql.h"

#include <QVariant>

namespace pd::server {

std::vector<SuggestedVerdictOfTeam> readServerSuggestions(const QSqlDatabase &db, const QString &round)
{
    std::vector<SuggestedVerdictOfTeam> suggestions;
    QSqlQuery q = pgRun(db, QStringLiteral(
        "SELECT v.team_id, v.suggested FROM team_verdicts(?) v "
        "WHERE NOT has_table_privilege('component_findings', 'SELECT') "
        "OR v.team_id = ANY (pd_my_conflicts())"), {round});
    while (q.next())
        if (const std::optional<Verdict> verdict = parseEnum<Verdict>(q.value(1).toString()))
            suggestions.push_back({q.value(0).toString(), *verdict});
    return suggestions;
}

} // namespace pd::server
