#include "scoring/Standings.h"

#include <algorithm>

namespace pd {
namespace {
double lookup(const NamedScores &scores, const QString &id)
{
    const auto it = std::find_if(scores.begin(), scores.end(),
                                 [&](const auto &entry) { return entry.first == id; });
    return it == scores.end() ? 0.0 : it->second;
}
} // namespace

double TeamStanding::categoryScore(const QString &categoryId) const
{
    return lookup(categories, categoryId);
}

double TeamStanding::groupScore(const QString &groupId) const { return lookup(groups, groupId); }

bool TeamStanding::hasFlag(const char *flag) const
{
    return flags.contains(QLatin1String(flag));
}

const TeamStanding *Standings::find(const QString &teamId) const
{
    const auto it = std::find_if(teams.begin(), teams.end(),
                                 [&](const TeamStanding &t) { return t.team == teamId; });
    return it == teams.end() ? nullptr : &*it;
}

double Standings::averageTotal() const
{
    if (teams.empty())
        return 0.0;
    double sum = 0.0;
    for (const TeamStanding &t : teams)
        sum += t.total;
    return sum / static_cast<double>(teams.size());
}

double Standings::averageCategory(const QString &categoryId) const
{
    if (teams.empty())
        return 0.0;
    double sum = 0.0;
    for (const TeamStanding &t : teams)
        sum += t.categoryScore(categoryId);
    return sum / static_cast<double>(teams.size());
}

} // namespace pd
