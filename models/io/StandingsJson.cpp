#include "io/StandingsJson.h"

#include "io/JsonWriter.h"

namespace pd {
namespace {

void writeScores(JsonWriter &w, const char *name, const NamedScores &scores)
{
    w.key(QLatin1String(name)).beginObject(JsonWriter::Layout::Inline);
    for (const auto &[id, score] : scores)
        w.field(id, score);
    w.endObject();
}

void writeTeam(JsonWriter &w, const TeamStanding &t)
{
    w.beginObject();
    w.field("team", t.team);
    w.field("total", t.total);
    writeScores(w, "categories", t.categories);
    writeScores(w, "groups", t.groups);
    w.field("score_rank", t.scoreRank);
    w.key("eligible_rank");
    if (t.eligibleRank)
        w.value(*t.eligibleRank);
    else
        w.nullValue();
    w.field("independence", toString(t.independence));
    w.field("independence_suggested", toString(t.independenceSuggested));
    w.field("outcome", toString(t.outcome));
    w.key("flags").beginArray(JsonWriter::Layout::Inline);
    for (const QString &flag : t.flags)
        w.value(flag);
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray standingsJson(const Standings &standings)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("paneldesk-standings"));
    w.field("version", 1);
    w.field("round", standings.round);
    w.field("complete", standings.complete);
    w.key("teams").beginArray();
    for (const TeamStanding &t : standings.teams)
        writeTeam(w, t);
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

} // namespace pd
