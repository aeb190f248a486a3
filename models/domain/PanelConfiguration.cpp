#include "domain/PanelConfiguration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

Panel withConfigurationOf(const Panel &inputs, const Panel &setup)
{
    Panel out = inputs;
    out.program = setup.program;
    std::vector<TieResolution> kept = std::move(out.round.tieResolutions);
    out.round = setup.round;
    out.round.tieResolutions = std::move(kept);
    out.categories = setup.categories;
    out.teams = setup.teams;
    return out;
}

bool sameConfiguration(const Panel &a, const Panel &b)
{
    Round ra = a.round, rb = b.round;
    ra.tieResolutions.clear();
    rb.tieResolutions.clear();
    return a.program == b.program && ra == rb && a.categories == b.categories && a.teams == b.teams;
}

QString summarizeConfiguration(const Panel &panel)
{
    QJsonArray teams;
    for (const Team &t : panel.teams)
        teams.append(t.id);
    QJsonArray categories;
    for (const Category &c : panel.categories) {
        QJsonArray items;
        for (const BenchmarkGroup &g : c.groups)
            for (const Benchmark &b : g.benchmarks)
                items.append(b.id);
        for (const RubricItem &i : c.rubric)
            items.append(i.id);
        for (const UserItem &i : c.userItems)
            items.append(i.id);
        categories.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("kind"), toString(c.kind)},
                                      {QStringLiteral("points"), c.points},
                                      {QStringLiteral("items"), items}});
    }
    const QJsonObject summary{{QStringLiteral("round"), panel.round.id},
                              {QStringLiteral("name"), panel.round.name},
                              {QStringLiteral("teams"), teams},
                              {QStringLiteral("categories"), categories}};
    return QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
}

} // namespace pd
