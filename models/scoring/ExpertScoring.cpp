#include "scoring/ExpertScoring.h"

#include "scoring/Aggregation.h"
#include "domain/IdIndex.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace pd {

std::vector<SheetTotal> countedSheets(const Category &category, const Panel &panel)
{
    if (!panel.anonymousSheetTotals.empty()) {
        // Counted by the server already (Panel::anonymousSheetTotals): in team order.
        std::vector<SheetTotal> out;
        for (const Team &team : panel.teams)
            for (const AnonymousSheetTotal &t : panel.anonymousSheetTotals)
                if (sameId(t.category, category.id) && sameId(t.team, team.id))
                    out.push_back({QString(), team.id, t.total});
        return out;
    }
    std::vector<QString> items;   // a handful: a scan beats hashing
    for (const RubricItem &item : category.rubric)
        items.push_back(item.id);
    const auto isItem = [&items](const QString &id) {
        return std::any_of(items.begin(), items.end(), [&id](const QString &item) { return sameId(item, id); });
    };

    // A flat grid of (team, reviewer) sheets. A 200 x 100 panel has 100,000 scores; each
    // score's ids are looked up in IdIndex (domain/IdIndex.h), and while consecutive scores
    // belong to the same sheet (stored sheet by sheet) the previous answer is reused.
    IdIndex teamIndex, reviewerIndex;
    teamIndex.reserve(panel.teams.size());
    for (const Team &team : panel.teams)
        teamIndex.add(team.id);
    reviewerIndex.reserve(panel.reviewers.size());
    for (const Reviewer &reviewer : panel.reviewers)
        reviewerIndex.add(reviewer.id);
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
        if (!isItem(s.item))
            continue;
        if (!lastTeam || !sameId(s.team, *lastTeam) || !sameId(s.reviewer, *lastReviewer)) {
            const std::optional<std::size_t> team = teamIndex.find(s.team);
            const std::optional<std::size_t> reviewer = reviewerIndex.find(s.reviewer);
            lastTeam = &s.team;
            lastReviewer = &s.reviewer;
            lastSheet = team && reviewer ? *team * reviewers + *reviewer : kNone;
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
            if (sheet.items == 0 || !sheet.allSubmitted || sheet.items != static_cast<qsizetype>(items.size())
                || reviewer.conflicts.contains(team.id))
                continue;
            out.push_back({reviewer.id, team.id, sheet.total});
        }
    }
    return out;
}

CategoryResults scoreExpertCategory(const Category &category, const Panel &panel)
{
    // countedSheets lists the sheets team by team in the panel's team order
    const std::vector<SheetTotal> sheets = countedSheets(category, panel);
    auto next = sheets.begin();

    CategoryResults out;
    for (const Team &team : panel.teams) {
        CategoryResult result;
        std::vector<double> values;
        for (; next != sheets.end() && sameId(next->team, team.id); ++next)
            values.push_back(next->total);
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
