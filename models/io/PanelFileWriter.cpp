#include "io/PanelFileWriter.h"

#include "io/AtomicWrite.h"
#include "io/JsonWriter.h"

namespace pd {
namespace {

constexpr auto Inline = JsonWriter::Layout::Inline;

void writeStrings(JsonWriter &w, const char *key, const QStringList &list)
{
    w.key(key).beginArray(Inline);
    for (const QString &text : list)
        w.value(text);
    w.endArray();
}

void writeRound(JsonWriter &w, const Round &round)
{
    w.key("round").beginObject();
    w.field("id", round.id).field("name", round.name);
    if (!round.evaluationDate.isNull())
        w.field("evaluation_date", round.evaluationDate.toString(Qt::ISODate));
    w.field("appeal_days", round.appealDays).field("display_decimals", round.displayDecimals);
    w.key("cut").beginObject(Inline);
    if (round.cut.eliminate)
        w.field("eliminate", *round.cut.eliminate);
    if (round.cut.advance)
        w.field("advance", *round.cut.advance);
    if (round.cut.minTotal)
        w.field("min_total", *round.cut.minTotal);
    w.endObject();
    writeStrings(w, "tie_break", round.tieBreak);
    w.key("tie_resolutions").beginArray();
    for (const TieResolution &resolution : round.tieResolutions) {
        w.beginObject(Inline);
        writeStrings(w, "order", resolution.order);
        w.field("rationale", resolution.rationale);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeGroup(JsonWriter &w, const BenchmarkGroup &group)
{
    w.beginObject();
    w.field("id", group.id).field("name", group.name).field("points", group.points);
    w.field("normalization", toString(group.normalization));
    if (group.normalization == Normalization::TargetRatio || group.achievementCap != 1.0)
        w.field("achievement_cap", group.achievementCap);
    if (group.normalization == Normalization::Absolute || group.scaleMax != 100.0)
        w.field("scale_max", group.scaleMax);
    w.key("benchmarks").beginArray();
    for (const Benchmark &benchmark : group.benchmarks) {
        w.beginObject(Inline);
        w.field("id", benchmark.id).field("name", benchmark.name);
        w.field("higher_is_better", benchmark.higherIsBetter).field("weight", benchmark.weight);
        if (!benchmark.teams.isEmpty())
            writeStrings(w, "teams", benchmark.teams);
        if (!benchmark.targets.empty()) {   // omitted when empty: older files stay byte-identical
            w.key("targets").beginArray(Inline);
            for (const BenchmarkTarget &target : benchmark.targets) {
                w.beginObject(Inline);
                w.field("team", target.team).field("target", target.target);
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeCategory(JsonWriter &w, const Category &category)
{
    w.beginObject();
    w.field("id", category.id).field("kind", toString(category.kind));
    w.field("name", category.name).field("points", category.points);
    switch (category.kind) {
    case CategoryKind::Benchmark:
        w.key("groups").beginArray();
        for (const BenchmarkGroup &group : category.groups)
            writeGroup(w, group);
        w.endArray();
        break;
    case CategoryKind::Expert:
        w.key("aggregation").beginObject(Inline);
        w.field("method", toString(category.aggregation));
        if (category.aggregation == Aggregation::TrimmedMean || category.trim != 1)
            w.field("trim", category.trim);
        w.endObject();
        w.key("items").beginArray();
        for (const RubricItem &item : category.rubric) {
            // One line per item as before; an item with bands spreads over lines, one per band.
            w.beginObject(item.bands.empty() ? Inline : JsonWriter::Layout::Block);
            w.field("id", item.id).field("name", item.name);
            w.field("points", item.points).field("step", item.step);
            if (!item.bands.empty()) {
                w.key("bands").beginArray();
                for (const RubricBand &band : item.bands) {
                    w.beginObject(Inline);
                    w.field("from", band.from).field("description", band.description);
                    w.endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        break;
    case CategoryKind::User:
        w.key("scale").beginObject(Inline);
        w.field("min", category.scaleMin).field("max", category.scaleMax);
        w.endObject();
        w.field("normalization", toString(category.userNormalization));
        w.key("items").beginArray();
        for (const UserItem &item : category.userItems) {
            w.beginObject(Inline);
            w.field("id", item.id).field("name", item.name).field("weight", item.weight);
            w.endObject();
        }
        w.endArray();
        break;
    }
    w.endObject();
}

void writeIndependence(JsonWriter &w, const Independence &entry)
{
    w.beginObject();
    w.field("team", entry.team).field("verdict", toString(entry.verdict));
    w.field("rationale", entry.rationale);
    w.key("components").beginArray();
    for (const ComponentFinding &finding : entry.components) {
        w.beginObject(Inline);
        w.field("component", finding.component).field("origin", toString(finding.origin));
        w.field("source", finding.source).field("license", toString(finding.license));
        w.field("weights", toString(finding.weights));
        w.field("external_control", toString(finding.externalControl));
        w.field("evidence", finding.evidence);
        if (!finding.evidenceFile.isEmpty())   // extension key, written only when set
            w.field("evidence_file", finding.evidenceFile);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

// A top-level array whose elements are written one per line by `writeOne`.
template <typename T, typename WriteOne>
void writeRows(JsonWriter &w, const char *key, const std::vector<T> &rows, WriteOne writeOne)
{
    w.key(key).beginArray();
    for (const T &row : rows)
        writeOne(row);
    w.endArray();
}

} // namespace

QByteArray writePanelJson(const Panel &panel)
{
    JsonWriter w(JsonWriter::Style::Indented);
    w.beginObject();
    w.field("format", QStringLiteral("paneldesk-panel")).field("version", 1);

    w.key("program").beginObject();
    w.field("name", panel.program.name).field("organizer", panel.program.organizer);
    if (!panel.program.notice.isEmpty())
        w.field("notice", panel.program.notice);
    w.endObject();

    writeRound(w, panel.round);
    writeRows(w, "categories", panel.categories,
              [&](const Category &category) { writeCategory(w, category); });
    writeRows(w, "teams", panel.teams, [&](const Team &team) {
        w.beginObject(Inline);
        w.field("id", team.id).field("name", team.name).field("model", team.model);
        w.field("entered_round", team.enteredRound);
        w.endObject();
    });
    writeRows(w, "reviewers", panel.reviewers, [&](const Reviewer &reviewer) {
        w.beginObject(Inline);
        w.field("id", reviewer.id).field("name", reviewer.name);
        w.field("role", toString(reviewer.role));
        writeStrings(w, "conflicts", reviewer.conflicts);
        w.endObject();
    });
    writeRows(w, "benchmark_results", panel.benchmarkResults, [&](const BenchmarkResult &r) {
        w.beginObject(Inline);
        w.field("team", r.team).field("benchmark", r.benchmark).field("score", r.score);
        if (r.target)
            w.field("target", *r.target);
        w.endObject();
    });
    writeRows(w, "expert_scores", panel.expertScores, [&](const ExpertScore &s) {
        w.beginObject(Inline);
        w.field("reviewer", s.reviewer).field("team", s.team).field("item", s.item);
        w.field("score", s.score).field("submitted", s.submitted);
        if (!s.comment.isEmpty())
            w.field("comment", s.comment);
        w.endObject();
    });
    writeRows(w, "user_ratings", panel.userRatings, [&](const UserRating &r) {
        w.beginObject(Inline);
        w.field("evaluator", r.evaluator).field("team", r.team).field("item", r.item);
        w.field("rating", r.rating);
        w.endObject();
    });
    writeRows(w, "independence", panel.independence,
              [&](const Independence &entry) { writeIndependence(w, entry); });
    w.endObject();
    return w.finish() + '\n';
}

void writePanelFile(const Panel &panel, const QString &path)
{
    saveAtomically(path, writePanelJson(panel));
}

} // namespace pd
