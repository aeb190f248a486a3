#include "domain/PanelConfiguration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SetupChanges)
};

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString listed(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    return Tr::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")),
                                   parts.constLast());
}

template <typename Visit> void forEachItem(const Panel &panel, Visit visit)
{
    for (const Category &c : panel.categories) {
        for (const BenchmarkGroup &g : c.groups)
            for (const Benchmark &b : g.benchmarks)
                visit(CategoryKind::Benchmark, b.id);
        for (const RubricItem &i : c.rubric)
            visit(CategoryKind::Expert, i.id);
        for (const UserItem &i : c.userItems)
            visit(CategoryKind::User, i.id);
    }
}

} // namespace

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

QString orphanedInput(const Panel &stored, const std::vector<SheetRecord> &sheets, const Panel &setup)
{
    QSet<QString> teams;
    for (const Team &t : setup.teams)
        teams.insert(t.id);
    for (const Team &t : stored.teams) {
        if (teams.contains(t.id))
            continue;
        const auto count = [&](const auto &list, auto of) {
            return qsizetype(std::count_if(list.begin(), list.end(), [&](const auto &row) { return of(row) == t.id; }));
        };
        qsizetype findings = count(stored.independence, [](const Independence &i) { return i.team; });
        if (const Independence *ind = stored.independenceOf(t.id))
            findings += qsizetype(ind->components.size());
        qsizetype conflicts = 0;
        for (const Reviewer &r : stored.reviewers)
            conflicts += r.conflicts.contains(t.id) ? 1 : 0;
        qsizetype ties = 0;
        for (const TieResolution &r : stored.round.tieResolutions)
            ties += r.order.contains(t.id) ? 1 : 0;
        QStringList parts;
        const auto add = [&](qsizetype n, const QString &one, const QString &many) {
            if (n > 0)
                parts << counted(n, one, many);
        };
        add(count(sheets, [](const SheetRecord &s) { return s.team; }), Tr::tr("1 sheet"), Tr::tr("%1 sheets"));
        add(count(stored.expertScores, [](const ExpertScore &s) { return s.team; }), Tr::tr("1 expert score"), Tr::tr("%1 expert scores"));
        add(count(stored.benchmarkResults, [](const BenchmarkResult &r) { return r.team; }), Tr::tr("1 benchmark result"), Tr::tr("%1 benchmark results"));
        add(count(stored.userRatings, [](const UserRating &r) { return r.team; }), Tr::tr("1 user rating"), Tr::tr("%1 user ratings"));
        add(findings, Tr::tr("1 independence finding"), Tr::tr("%1 independence findings"));
        add(conflicts, Tr::tr("1 declared conflict"), Tr::tr("%1 declared conflicts"));
        add(ties, Tr::tr("1 tie resolution"), Tr::tr("%1 tie resolutions"));
        if (!parts.isEmpty())
            return Tr::tr("teams: \"%1\" has %2: it cannot be removed").arg(t.id, listed(parts));
    }

    QSet<QString> items[3];   // by CategoryKind
    forEachItem(setup, [&](CategoryKind kind, const QString &id) { items[int(kind)].insert(id); });
    QString message;
    forEachItem(stored, [&](CategoryKind kind, const QString &id) {
        if (!message.isEmpty() || items[int(kind)].contains(id))
            return;
        qsizetype n = 0;
        switch (kind) {
        case CategoryKind::Expert:
            for (const ExpertScore &s : stored.expertScores)
                n += s.item == id ? 1 : 0;
            if (n > 0)
                message = Tr::tr("categories: rubric item \"%1\" has %2: it cannot be removed")
                              .arg(id, counted(n, Tr::tr("1 expert score"), Tr::tr("%1 expert scores")));
            break;
        case CategoryKind::Benchmark:
            for (const BenchmarkResult &r : stored.benchmarkResults)
                n += r.benchmark == id ? 1 : 0;
            if (n > 0)
                message = Tr::tr("categories: benchmark \"%1\" has %2: it cannot be removed")
                              .arg(id, counted(n, Tr::tr("1 benchmark result"), Tr::tr("%1 benchmark results")));
            break;
        case CategoryKind::User:
            for (const UserRating &r : stored.userRatings)
                n += r.item == id ? 1 : 0;
            if (n > 0)
                message = Tr::tr("categories: user item \"%1\" has %2: it cannot be removed")
                              .arg(id, counted(n, Tr::tr("1 user rating"), Tr::tr("%1 user ratings")));
            break;
        }
    });
    return message;
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
