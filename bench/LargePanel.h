#pragma once
// The benchmarks' large panel (header only): 200 teams, 100 experts x 5 rubric items, all
// sheets submitted, 2,000,000 user ratings by default; deterministic.

#include "domain/Panel.h"

#include <QStringList>
#include <vector>

namespace pd::bench {

struct Size {
    int teams = 200;
    int experts = 100;
    qint64 ratings = 2'000'000;
};

inline Category category(const char *id, CategoryKind kind, double points)
{
    Category c;
    c.id = QString::fromLatin1(id);
    c.kind = kind;
    c.name = c.id;
    c.points = points;
    return c;
}

inline BenchmarkGroup group(const char *id, double points)
{
    BenchmarkGroup g;
    g.id = QString::fromLatin1(id);
    g.name = g.id;
    g.points = points;
    return g;
}

inline Benchmark benchmark(const QString &id, const QStringList &teams = {})
{
    Benchmark b;
    b.id = id;
    b.name = id;
    b.teams = teams;
    return b;
}

inline Panel largePanel(const Size &size)
{
    Panel panel;
    panel.program = {QStringLiteral("Benchmark program"), QStringLiteral("PanelDesk"),
                     QStringLiteral("benchmark data")};
    panel.round.id = QStringLiteral("R1");
    panel.round.name = QStringLiteral("Benchmark round");
    panel.round.cut.advance = size.teams / 2;
    for (int t = 0; t < size.teams; ++t) {
        const QString id = QStringLiteral("t%1").arg(t, 3, 10, QLatin1Char('0'));
        panel.teams.push_back({id, QStringLiteral("팀 %1").arg(t), QString(), QStringLiteral("R1")});
        panel.independence.push_back({id, Verdict::Pass, QStringLiteral("all components own"),
                                      {{QStringLiteral("backbone"), Origin::InHouse, QString(),
                                        License::Own, Weights::Initialized, ExternalControl::None,
                                        QString(), QString()}}});
    }

    Category bench = category("benchmark", CategoryKind::Benchmark, 40.0);
    BenchmarkGroup nia = group("nia", 10.0);
    BenchmarkGroup common = group("common", 20.0);
    BenchmarkGroup individual = group("individual", 10.0);
    for (int b = 0; b < 4; ++b)
        nia.benchmarks.push_back(benchmark(QStringLiteral("nia-%1").arg(b)));
    for (int b = 0; b < 13; ++b)
        common.benchmarks.push_back(benchmark(QStringLiteral("common-%1").arg(b)));
    for (const Team &team : panel.teams)
        for (int b = 0; b < 5; ++b)
            individual.benchmarks.push_back(benchmark(team.id + QStringLiteral("-ind-%1").arg(b), {team.id}));
    bench.groups = {nia, common, individual};

    Category expert = category("expert", CategoryKind::Expert, 35.0);
    expert.rubric = {{QStringLiteral("i1"), QStringLiteral("Item 1"), 5.0, 0.5},
                     {QStringLiteral("i2"), QStringLiteral("Item 2"), 10.0, 0.5},
                     {QStringLiteral("i3"), QStringLiteral("Item 3"), 5.0, 0.5},
                     {QStringLiteral("i4"), QStringLiteral("Item 4"), 10.0, 0.5},
                     {QStringLiteral("i5"), QStringLiteral("Item 5"), 5.0, 0.5}};
    Category user = category("user", CategoryKind::User, 25.0);
    user.userNormalization = Normalization::BestRatio;
    user.userItems = {{QStringLiteral("usability"), QStringLiteral("Usability"), 15.0},
                      {QStringLiteral("cost"), QStringLiteral("Cost"), 10.0}};
    panel.categories = {bench, expert, user};

    quint32 seed = 12345;
    const auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };

    for (const BenchmarkGroup &g : panel.categories[0].groups)
        for (const Benchmark &b : g.benchmarks)
            for (const Team &team : panel.teams)
                if (b.teams.isEmpty() || b.teams.contains(team.id))
                    panel.benchmarkResults.push_back({team.id, b.id, 40.0 + next() % 600 / 10.0,
                                                      80.0 + next() % 200 / 10.0});
    for (int e = 0; e < size.experts; ++e) {
        const QString reviewer = QStringLiteral("e%1").arg(e, 3, 10, QLatin1Char('0'));
        panel.reviewers.push_back({reviewer, QStringLiteral("Expert %1").arg(e), Role::Expert, {}});
        for (const Team &team : panel.teams)
            for (const RubricItem &item : panel.categories[1].rubric)
                panel.expertScores.push_back({reviewer, team.id, item.id,
                                              0.5 * (next() % (static_cast<quint32>(item.points) * 2 + 1)),
                                              true, QString()});
    }
    const qint64 perTeamItem = size.ratings / (size.teams * 2);
    std::vector<QString> evaluators;
    for (qint64 u = 0; u < perTeamItem; ++u)
        evaluators.push_back(QStringLiteral("u%1").arg(u, 5, 10, QLatin1Char('0')));
    panel.userRatings.reserve(static_cast<std::size_t>(size.ratings));
    for (const QString &evaluator : evaluators)
        for (const Team &team : panel.teams)
            for (const UserItem &item : panel.categories[2].userItems)
                panel.userRatings.push_back({evaluator, team.id, item.id, 1 + static_cast<int>(next() % 5)});
    return panel;
}

} // namespace pd::bench
