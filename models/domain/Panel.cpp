#include "domain/Panel.h"

#include <algorithm>

namespace pd {
namespace {
template <typename T> const T *findById(const std::vector<T> &list, const QString &id)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const T &entry) { return entry.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const RubricBand *RubricItem::bandOf(double score) const
{
    const RubricBand *found = nullptr;
    for (const RubricBand &band : bands) {
        if (band.from > score)
            break;
        found = &band;
    }
    return found;
}

std::optional<double> Benchmark::configuredTarget(const QString &teamId) const
{
    for (const BenchmarkTarget &entry : targets)
        if (entry.team == teamId)
            return entry.target;
    return std::nullopt;
}

const Category *Panel::category(const QString &id) const { return findById(categories, id); }
const Team *Panel::team(const QString &id) const { return findById(teams, id); }
const Reviewer *Panel::reviewer(const QString &id) const { return findById(reviewers, id); }

const Independence *Panel::independenceOf(const QString &teamId) const
{
    const auto it = std::find_if(independence.begin(), independence.end(),
                                 [&](const Independence &entry) { return entry.team == teamId; });
    return it == independence.end() ? nullptr : &*it;
}

const SuggestedVerdictOfTeam *Panel::serverSuggestionOf(const QString &teamId) const
{
    const auto it = std::find_if(serverSuggestions.begin(), serverSuggestions.end(),
                                 [&](const SuggestedVerdictOfTeam &entry) { return entry.team == teamId; });
    return it == serverSuggestions.end() ? nullptr : &*it;
}

double Panel::totalPoints() const
{
    double total = 0.0;
    for (const Category &c : categories)
        total += c.points;
    return total;
}

Panel Panel::withoutScoresAndRatings() const
{
    Panel out;
    out.program = program;
    out.round = round;
    out.categories = categories;
    out.teams = teams;
    out.reviewers = reviewers;
    out.benchmarkResults = benchmarkResults;
    out.independence = independence;
    out.serverSuggestions = serverSuggestions;
    return out;
}

} // namespace pd
