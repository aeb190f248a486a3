#include "importers/BenchmarkPlan.h"

#include "domain/Errors.h"
#include "scoring/BenchmarkScoring.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QBuffer>
#include <QHash>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkPlan)
};

struct BenchmarkInfo {
    const Benchmark *benchmark = nullptr;
    const BenchmarkGroup *group = nullptr;
};

QString number(double value) { return QString::number(value, 'g', 10); }

QString resultText(const BenchmarkResult &r)
{
    return r.target ? Text::tr("%1 (target %2)").arg(number(r.score), number(*r.target))
                    : number(r.score);
}

} // namespace

QString describeChange(const BenchmarkChange &change)
{
    const QString name = change.after.team + QStringLiteral(" / ") + change.after.benchmark;
    if (!change.before)
        return Text::tr("%1: new, %2").arg(name, resultText(change.after));
    return Text::tr("%1: %2 -> %3").arg(name, resultText(*change.before), resultText(change.after));
}

BenchmarkPlan planBenchmarkImport(const Panel &panel, const BenchmarkRows &rows)
{
    BenchmarkPlan plan;
    plan.notes = rows.notes;
    plan.issues = rows.issues;
    QHash<QString, BenchmarkInfo> benchmarks;
    for (const Category &category : panel.categories)
        for (const BenchmarkGroup &group : category.groups)
            for (const Benchmark &benchmark : group.benchmarks)
                benchmarks.insert(benchmark.id, {&benchmark, &group});
    QHash<QString, const BenchmarkResult *> stored;
    for (const BenchmarkResult &r : panel.benchmarkResults)
        stored.insert(r.team + QLatin1Char('\n') + r.benchmark, &r);
    QHash<QString, QString> seen;   // team + benchmark -> where

    for (const BenchmarkRow &row : rows.rows) {
        if (!panel.team(row.team)) {
            QStringList teams;
            for (const Team &t : panel.teams)
                teams << t.id;
            plan.issues.add(row.where, Text::tr("unknown team \"%1\" (the round's teams: %2)")
                                           .arg(row.team, teams.join(QStringLiteral(", "))));
            continue;
        }
        const auto info = benchmarks.constFind(row.benchmark);
        if (info == benchmarks.constEnd()) {
            plan.issues.add(row.where, Text::tr("unknown benchmark \"%1\"").arg(row.benchmark));
            continue;
        }
        const Benchmark &benchmark = *info->benchmark;
        if (!benchmark.teams.isEmpty() && !benchmark.teams.contains(row.team)) {
            plan.issues.add(row.where, Text::tr("benchmark %1 is for %2 only, not for team %3")
                                           .arg(benchmark.id, benchmark.teams.join(QStringLiteral(", ")), row.team));
            continue;
        }
        const QString key = row.team + QLatin1Char('\n') + row.benchmark;
        if (seen.contains(key)) {
            plan.issues.add(row.where, Text::tr("team %1 and benchmark %2 are named twice (first at %3)")
                                           .arg(row.team, row.benchmark, seen.value(key)));
            continue;
        }
        seen.insert(key, row.where);
        const BenchmarkResult *old = stored.value(key, nullptr);
        BenchmarkResult after{row.team, row.benchmark, row.score,
                              row.hasTarget ? row.target : (old ? old->target : std::nullopt)};
        // The result's own target, else the team's configured one (R2 with issue 16).
        const std::optional<double> target = targetFor(benchmark, after);
        if (info->group->normalization == Normalization::TargetRatio
            && (!target || !(*target > 0))) {
            plan.issues.add(row.where, Text::tr("benchmark %1 is in group %2, which compares with "
                                                "a target: the result needs a target above 0")
                                           .arg(benchmark.id, info->group->id));
            continue;
        }
        if (old && *old == after) {
            ++plan.unchanged;
            continue;
        }
        plan.changes.push_back({old ? std::optional<BenchmarkResult>(*old) : std::nullopt, after, row.where});
    }
    return plan;
}

BenchmarkPlan previewBenchmarkFile(const PanelStore &store, const BenchmarkImportRequest &request)
{
    BenchmarkPlan plan;
    QByteArray bytes;
    try {
        bytes = readSmallFile(request.path, request.displayName);
    } catch (const InputError &error) {
        plan.issues.add(QString(), error.message());
        return plan;
    }
    const Panel panel = store.loadScoringInputs().panel;
    BenchmarkRows rows;
    std::optional<BenchmarkMapping> mappingToSave;
    if (looksLikeJson(bytes.left(4096))) {
        BenchmarkMapping mapping = request.mapping ? *request.mapping : store.loadBenchmarkMapping();
        if (request.team.isEmpty()) {
            plan.issues.add(request.displayName,
                            Text::tr("an lm-evaluation-harness file holds the results of one "
                                     "model: say which team it is (--team)"));
            return plan;
        }
        if (mapping.empty()) {
            plan.issues.add(request.displayName,
                            Text::tr("no mapping from tasks and metrics to benchmarks is stored "
                                     "yet: give one (--mapping FILE, or Mapping… in the window)"));
            return plan;
        }
        for (const BenchmarkMappingEntry &e : mapping) {
            bool known = false;
            for (const Category &c : panel.categories)
                for (const BenchmarkGroup &g : c.groups)
                    for (const Benchmark &b : g.benchmarks)
                        known = known || b.id == e.benchmark;
            if (!known)
                plan.issues.add(request.displayName,
                                Text::tr("the mapping of task %1 names benchmark %2, which the "
                                         "round does not have").arg(e.task, e.benchmark));
        }
        if (!plan.issues.isEmpty())
            return plan;
        rows = readLmEvalResults(bytes, request.displayName, request.team, mapping);
        if (request.mapping && *request.mapping != store.loadBenchmarkMapping())
            mappingToSave = request.mapping;
    } else {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        rows = readBenchmarkCsv(buffer, request.displayName);
    }
    plan = planBenchmarkImport(panel, rows);
    plan.mapping = mappingToSave;
    plan.reason = Text::tr("imported from %1 (sha256 %2)")
                      .arg(QFileInfo(request.displayName).fileName(),
                           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    return plan;
}

void applyBenchmarkPlan(PanelStore &store, const BenchmarkPlan &plan, const QString &actor)
{
    if (!plan.issues.isEmpty())
        throw InputError(plan.issues.text());
    if (plan.changes.empty() && !plan.mapping)
        return;
    store.applyBenchmarkChanges(plan.changes, plan.mapping, actor, plan.reason);
}

} // namespace pd
