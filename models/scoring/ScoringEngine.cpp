#include "scoring/ScoringEngine.h"

#include "scoring/BenchmarkScoring.h"
#include "scoring/ExpertScoring.h"
#include "scoring/IndependenceRules.h"
#include "scoring/Outcomes.h"
#include "scoring/Ranking.h"
#include "scoring/UserScoring.h"

#include <QSet>
#include <algorithm>

namespace pd {
namespace {

CategoryResults scoreCategory(const Category &category, const Panel &panel,
                              const std::vector<RatingTally> &tallies)
{
    switch (category.kind) {
    case CategoryKind::Benchmark:
        return scoreBenchmarkCategory(category, panel);
    case CategoryKind::Expert:
        return scoreExpertCategory(category, panel);
    case CategoryKind::User:
        return scoreUserCategory(category, panel, tallies);
    }
    return {};
}

QStringList tieBreakOrder(const Panel &panel)
{
    if (!panel.round.tieBreak.isEmpty())
        return panel.round.tieBreak;
    QStringList ids;
    for (const Category &c : panel.categories)
        ids << c.id;
    return ids;
}

// Ranks the given standings (in any order) and returns them in score order with ranks set.
void assignRanks(std::vector<TeamStanding> &rows, const QStringList &tieBreak, bool eligibleOnly)
{
    std::vector<RankKey> keys;
    for (const TeamStanding &row : rows) {
        if (eligibleOnly && row.independence != Verdict::Pass)
            continue;
        RankKey key{row.team, row.total, {}};
        for (const QString &id : tieBreak)
            key.tieBreak.push_back(row.categoryScore(id));
        keys.push_back(std::move(key));
    }
    QHash<QString, int> rankOf;
    for (const RankedTeam &r : rankTeams(std::move(keys)))
        rankOf.insert(r.team, r.rank);
    for (TeamStanding &row : rows) {
        if (!rankOf.contains(row.team))
            continue;
        if (eligibleOnly)
            row.eligibleRank = rankOf.value(row.team);
        else
            row.scoreRank = rankOf.value(row.team);
    }
}

} // namespace

Standings computeStandings(const Panel &panel)
{
    return computeStandings(panel, tallyRatings(panel.userRatings));
}

Standings computeStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies)
{
    return computeStandings(panel, ratingTallies, CategoryResultsById{});
}

CategoryResultsById scoreCategories(const Panel &panel, const std::vector<RatingTally> &ratingTallies)
{
    CategoryResultsById out;
    for (const Category &category : panel.categories)
        out.insert(category.id, scoreCategory(category, panel, ratingTallies));
    return out;
}

Standings computeStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                           const CategoryResultsById &known)
{
    std::vector<std::pair<const Category *, CategoryResults>> perCategory;
    for (const Category &category : panel.categories) {
        const auto given = known.constFind(category.id);
        perCategory.emplace_back(&category, given != known.constEnd()
                                                ? *given
                                                : scoreCategory(category, panel, ratingTallies));
    }

    std::vector<TeamStanding> rows;
    for (const Team &team : panel.teams) {
        TeamStanding row;
        row.team = team.id;
        QSet<QString> flagSet;
        for (const auto &[category, results] : perCategory) {
            const CategoryResult result = results.value(team.id);
            row.categories.emplace_back(category->id, result.score);
            row.groups.insert(row.groups.end(), result.groups.begin(), result.groups.end());
            row.total += result.score;
            flagSet.unite(result.flags);
        }
        const Independence *record = panel.independenceOf(team.id);
        const std::vector<ComponentFinding> noFindings;
        SuggestedVerdict suggestion = suggestVerdict(record ? record->components : noFindings);
        // A server's member who may not read this team's findings: the server's R5 verdict.
        if (const SuggestedVerdictOfTeam *given = panel.serverSuggestionOf(team.id);
            given && (!record || record->components.empty()))
            suggestion.verdict = given->verdict;
        row.independence = record ? record->verdict : Verdict::Pending;
        row.independenceSuggested = suggestion.verdict;
        if (verdictDiffersFromRules(row.independence, suggestion))
            flagSet.insert(QLatin1String(flags::VerdictDiffers));
        row.flags = QStringList(flagSet.begin(), flagSet.end());
        row.flags.sort();
        rows.push_back(std::move(row));
    }

    return rankStandings(std::move(rows), panel);
}

Standings rankStandings(std::vector<TeamStanding> rows, const Panel &panel)
{
    for (TeamStanding &row : rows) {
        row.scoreRank = 0;
        row.eligibleRank.reset();
    }
    const QStringList tieBreak = tieBreakOrder(panel);
    assignRanks(rows, tieBreak, false);
    assignRanks(rows, tieBreak, true);
    std::sort(rows.begin(), rows.end(), [](const TeamStanding &a, const TeamStanding &b) {
        return a.scoreRank != b.scoreRank ? a.scoreRank < b.scoreRank : a.team < b.team;
    });

    std::vector<OutcomeInput> inputs;
    for (const TeamStanding &row : rows)
        inputs.push_back({row.team, row.independence, row.total, row.eligibleRank});
    const QHash<QString, Outcome> outcomes = decideOutcomes(inputs, panel.round);

    Standings standings;
    standings.round = panel.round.id;
    standings.complete = true;
    for (TeamStanding &row : rows) {
        row.outcome = outcomes.value(row.team, Outcome::Pending);
        const bool incomplete = std::any_of(row.flags.begin(), row.flags.end(), [](const QString &f) {
            return f.startsWith(QLatin1String("incomplete_"));
        });
        if (incomplete || row.outcome == Outcome::Pending || row.outcome == Outcome::TieAtCut)
            standings.complete = false;
    }
    standings.teams = std::move(rows);
    return standings;
}

} // namespace pd
