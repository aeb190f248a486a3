#include "scoring/ExpertScoring.h"

#include "scoring/Aggregation.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace pd {

std::vector<SheetTotal> countedSheets(const Category &category, const Panel &panel)
{
    QStringList items;   // a handful: a scan beats hashing
    for (const RubricItem &item : category.rubric)
        items << item.id;

    // A flat grid of (team, reviewer) sheets. A 200 x 100 panel has 100,000 scores; they are
    // stored sheet by sheet, so the index of the previous score's sheet is reused while the
    // ids repeat (comparing two short ids is far cheaper than hashing them).
    QHash<QString, std::size_t> teamIndex, reviewerIndex;
    for (const Team &team : panel.teams)
        teamIndex.insert(team.id, teamIndex.size());
    for (const Reviewer &reviewer : panel.reviewers)
        reviewerIndex.insert(reviewer.id, reviewerIndex.size());
    struct Sheet {
        qsizetype items = 0;   // scores on this category's items (one per item: ids are unique)
        double total = 0.0;
        bool allSubmitted = true;
    };
    const std::size_t reviewers = panel.reviewers.size();
    std::vector<Sheet> sheets(panel.teams.size() * reviewers);
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    const QString *lastTeam = nullptr;
    const QString *lastReviewer = nullptr;
    std::size_t lastSheet = kNone;
    for (const ExpertScore &s : panel.expertScores) {
        if (!items.contains(s.item))
            continue;
        if (!lastTeam || s.team != *lastTeam || s.reviewer != *lastReviewer) {
            const auto team = teamIndex.constFind(s.team);
            const auto reviewer = reviewerIndex.constFind(s.reviewer);
            lastTeam = &s.team;
            lastReviewer = &s.reviewer;
            lastSheet = team == teamIndex.cend() || reviewer == reviewerIndex.cend()
                ? kNone
                : *team * reviewers + *reviewer;
        }
        if (lastSheet == kNone)
            continue;
        Sheet &sheet = sheets[lastSheet];
        ++sheet.items;
        sheet.total += s.score;
        sheet.allSubmitted = sheet.allSubmitted && s.submitted;
    }

    std::vector<SheetTotal> out;
    for (std::size_t t = 0; t < panel.teams.size(); ++t) {
        const Team &team = panel.teams[t];
        for (std::size_t r = 0; r < reviewers; ++r) {
            const Sheet &sheet = sheets[t * reviewers + r];
            const Reviewer &reviewer = panel.reviewers[r];
            if (sheet.items == 0 || !sheet.allSubmitted || sheet.items != items.size()
                || reviewer.conflicts.contains(team.id))
                continue;
            out.push_back({reviewer.id, team.id, sheet.total});
        }
    }
    return out;
}

CategoryResults scoreExpertCategory(const Category &category, const Panel &panel)
{
    QHash<QString, std::vector<double>> totals;
    for (const SheetTotal &sheet : countedSheets(category, panel))
        totals[sheet.team].push_back(sheet.total);

    CategoryResults out;
    for (const Team &team : panel.teams) {
        CategoryResult result;
        const std::vector<double> values = totals.value(team.id);
        if (values.empty()) {
            result.flags.insert(QLatin1String(flags::IncompleteExpert));
        } else {
            const AggregateResult agg = aggregate(values, category.aggregation, category.trim);
            result.score = std::clamp(agg.value, 0.0, category.points);
            if (agg.trimSkipped)
                result.flags.insert(QLatin1String(flags::TrimSkipped));
        }
        out.insert(team.id, result);
    }
    return out;
}

} // namespace pd
