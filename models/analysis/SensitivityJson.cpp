// The sensitivity report as JSON (format "paneldesk-sensitivity", version 1; the structure
// is in docs/sensitivity.md). The figures are analysis/Sensitivity.cpp's.
#include "analysis/Sensitivity.h"

#include "io/JsonWriter.h"

namespace pd {
namespace {

void writeFlipPoint(JsonWriter &w, const char *name, const std::optional<FlipPoint> &point)
{
    w.key(name);
    if (!point) {
        w.nullValue();
        return;
    }
    w.beginObject(JsonWriter::Layout::Inline)
        .field("delta", point->delta)
        .field("points", point->weight)
        .field("outcome", toString(point->outcome))
        .endObject();
}

QString statusName(WeightFlip::Status status)
{
    switch (status) {
    case WeightFlip::Status::Found: return QStringLiteral("found");
    case WeightFlip::Status::NoneInRange: return QStringLiteral("none_in_range");
    case WeightFlip::Status::NotEligible: return QStringLiteral("not_eligible");
    case WeightFlip::Status::NotAdjustable: return QStringLiteral("not_adjustable");
    }
    return {};
}

void writeSide(JsonWriter &w, const char *name, const TeamStanding *t)
{
    w.key(name).beginObject(JsonWriter::Layout::Inline);
    w.field("outcome", t ? toString(t->outcome) : QString());
    w.field("total", t ? t->total : 0.0);
    w.field("score_rank", t ? t->scoreRank : 0);
    w.key("eligible_rank");
    if (t && t->eligibleRank)
        w.value(*t->eligibleRank);
    else
        w.nullValue();
    w.endObject();
}

} // namespace

QByteArray sensitivityJson(const Panel &panel, const SensitivityReport &report)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", "paneldesk-sensitivity").field("version", 1);
    w.field("round", panel.round.id);
    w.field("analysis_only", true);
    w.field("total_points", panel.totalPoints());

    w.key("scenario").beginObject();
    w.key("weights").beginArray();
    for (const CategoryWeight &cw : report.scenario.weights) {
        const Category *c = panel.category(cw.category);
        w.beginObject(JsonWriter::Layout::Inline)
            .field("category", cw.category)
            .field("stored", c ? c->points : 0.0)
            .field("points", cw.points)
            .endObject();
    }
    w.endArray();
    w.key("aggregation");
    if (report.scenario.aggregation)
        w.value(toString(*report.scenario.aggregation));
    else
        w.nullValue();
    w.key("trim");
    if (report.scenario.aggregation == Aggregation::TrimmedMean)
        w.value(report.scenario.trim);
    else
        w.nullValue();
    w.key("leave_out");
    if (report.scenario.leaveOut.isEmpty())
        w.nullValue();
    else
        w.value(report.scenario.leaveOut);
    w.endObject();

    w.key("teams").beginArray();
    for (const TeamSensitivity &t : report.teams) {
        w.beginObject();
        w.field("team", t.team);
        w.field("independence", toString(t.independence));
        writeSide(w, "baseline", report.baseline.find(t.team));
        writeSide(w, "scenario", report.scenarioStandings.find(t.team));
        w.field("changed", t.changed);
        w.key("flips").beginArray();
        for (const WeightFlip &f : t.flips) {
            w.beginObject();
            w.field("category", f.category);
            w.field("points", f.weight);
            w.field("status", statusName(f.status));
            writeFlipPoint(w, "up", f.up);
            writeFlipPoint(w, "down", f.down);
            writeFlipPoint(w, "smallest", f.smallest());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key("leave_one_out").beginArray();
    for (const LeaveOneOut &l : report.leaveOneOut) {
        w.beginObject();
        w.field("reviewer", l.reviewer);
        w.field("sheets", l.sheets);
        w.key("changes").beginArray(JsonWriter::Layout::Inline);
        for (const OutcomeChange &c : l.changes)
            w.beginObject(JsonWriter::Layout::Inline)
                .field("team", c.team)
                .field("from", toString(c.from))
                .field("to", toString(c.to))
                .endObject();
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

} // namespace pd
