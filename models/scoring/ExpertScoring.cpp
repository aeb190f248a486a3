#include "scoring/ExpertScoring.h"

#include "scoring/Aggregation.h"

#include <QSet>
#include <algorithm>

namespace pd {

std::vector<SheetTotal> countedSheets(const Category &category, const Panel &panel)
{
    QSet<QString> items;
    for (const RubricItem &item : category.rubric)
        items.insert(item.id);

    struct Sheet {
        qsizetype items = 0;   // scores on this category's items (one per item: ids are unique)
        double total = 0.0;
        bool allSubmitted = true;
    };
    QHash<QString, QHash<QString, Sheet>> sheets;   // team -> reviewer -> sheet
    for (const ExpertScore &s : panel.expertScores) {
        if (!items.contains(s.item))
            continue;
        Sheet &sheet = sheets[s.team][s.reviewer];
        ++sheet.items;
        sheet.total += s.score;
        sheet.allSubmitted = sheet.allSubmitted && s.submitted;
    }

    std::vector<SheetTotal> out;
    for (const Team &team : panel.teams) {
        const auto &byReviewer = sheets.value(team.id);
        for (const Reviewer &reviewer : panel.reviewers) {
            const auto it = byReviewer.constFind(reviewer.id);
            if (it == byReviewer.constEnd())
                continue;
            if (!it->allSubmitted || it->items != items.size() || reviewer.conflicts.contains(team.id))
                continue;
            out.push_back({reviewer.id, team.id, it->total});
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
