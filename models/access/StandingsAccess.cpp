#include "access/StandingsAccess.h"

#include "access/Visibility.h"
#include "decision/VersionInputs.h"
#include "io/PanelFileReader.h"
#include "io/PanelJsonStream.h"
#include "scoring/OutcomeReason.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

namespace pd {
namespace {

StandingsAverages averagesOf(const Panel &panel, const Standings &standings)
{
    StandingsAverages averages;
    averages.total = standings.averageTotal();
    for (const Category &c : panel.categories)
        averages.categories.emplace_back(c.id, standings.averageCategory(c.id));
    return averages;
}

// The configuration and the team list: what anyone may read of a round.
Panel roundAndTeams(const Panel &full)
{
    Panel out;
    out.program = full.program;
    out.round = full.round;
    out.categories = full.categories;
    out.teams = full.teams;
    return out;
}

// What the standings name besides the teams: each verdict with its rationale (the reason of
// a disqualification), never the components, evidence or notes.
Panel withVerdicts(const Panel &full)
{
    Panel out = roundAndTeams(full);
    out.independence.reserve(full.independence.size());
    for (const Independence &i : full.independence)
        out.independence.push_back({i.team, i.verdict, i.rationale, {}});
    return out;
}

// A row with every figure at 0: nothing of the team's scores, ranks or flags.
TeamStanding blankRow(const TeamStanding &row)
{
    TeamStanding out;
    out.team = row.team;
    for (const auto &[id, score] : row.categories)
        out.categories.emplace_back(id, 0.0);
    for (const auto &[id, score] : row.groups)
        out.groups.emplace_back(id, 0.0);
    return out;
}

ShownStandings teamsOnly(const Panel &full, const RoundStatus &status)
{
    ShownStandings shown;
    shown.disclosure.level = StandingsLevel::TeamsOnly;
    shown.panel = roundAndTeams(full);
    shown.state = status.state;
    shown.standings.round = full.round.id;
    NamedScores categories;
    NamedScores groups;
    for (const Category &c : full.categories) {
        categories.emplace_back(c.id, 0.0);
        for (const BenchmarkGroup &g : c.groups)
            groups.emplace_back(g.id, 0.0);
    }
    for (const Team &t : full.teams) {
        TeamStanding row;
        row.team = t.id;
        row.categories = categories;
        row.groups = groups;
        shown.standings.teams.push_back(std::move(row));
    }
    return shown;
}

ShownStandings publicDisclosure(const DecisionVersion &version, const RoundStatus &status,
                                const QStringList &publishedTeams,
                                const std::vector<RatingTally> &roundTallies)
{
    // The version's inputs with their ratings tallied (decision/VersionInputs.h).
    const TalliedPanel tallied = versionPanel(version, roundTallies);
    const Panel &inputs = tallied.panel;
    const Standings full = computeStandings(inputs, tallied.tallies);
    ShownStandings shown;
    shown.disclosure.level = StandingsLevel::Public;
    for (const QString &team : publishedTeams)
        if (inputs.team(team) && !shown.disclosure.publishedTeams.contains(team))
            shown.disclosure.publishedTeams << team;
    for (const DecisionOutcome &o : version.outcomes)
        if (!o.reason.isEmpty())
            shown.disclosure.reasons.insert(o.team, o.reason);
    shown.panel = withVerdicts(inputs);
    shown.averages = averagesOf(inputs, full);
    shown.state = status.state;
    shown.version = version.version;
    shown.announcedOn = version.announcedOn;
    shown.finalOn = version.finalOn;
    shown.reopened = version.reopenedOn.has_value();
    shown.standings.round = full.round;
    shown.standings.complete = full.complete;
    for (const TeamStanding &row : full.teams) {
        TeamStanding out = shown.disclosure.publishedTeams.contains(row.team) ? row : blankRow(row);
        out.flags.clear();
        out.independence = row.independence;
        out.independenceSuggested = row.independence;   // the findings are not published
        const DecisionOutcome *decided = version.outcomeOf(row.team);
        out.outcome = decided ? decided->outcome : row.outcome;
        shown.standings.teams.push_back(std::move(out));
    }
    return shown;
}

} // namespace

StandingsLevel standingsLevel(const Viewer &viewer, const RoundStatus &status)
{
    if (viewer)
        return StandingsLevel::Member;
    return announcedVersion(status) ? StandingsLevel::Public : StandingsLevel::TeamsOnly;
}

bool StandingsDisclosure::showsCategory(const QString &team, CategoryKind kind) const
{
    switch (level) {
    case StandingsLevel::Member:
        return kind != CategoryKind::Expert || !hiddenExpertTeams.contains(team);
    case StandingsLevel::Public: return publishedTeams.contains(team);
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsTotal(const QString &team) const
{
    switch (level) {
    case StandingsLevel::Member: return !hiddenExpertTeams.contains(team);
    case StandingsLevel::Public: return publishedTeams.contains(team);
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsGroups(const QString &team) const
{
    switch (level) {
    case StandingsLevel::Member: return true;   // benchmark results are no expert's score
    case StandingsLevel::Public: return publishedTeams.contains(team);
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsRank(const QString &team) const
{
    switch (level) {
    // one hidden expert score changes every rank
    case StandingsLevel::Member: return hiddenExpertTeams.isEmpty();
    case StandingsLevel::Public: return publishedTeams.contains(team);
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsOutcomes() const
{
    switch (level) {
    case StandingsLevel::Member: return hiddenExpertTeams.isEmpty();
    case StandingsLevel::Public: return true;
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsVerdicts() const { return level != StandingsLevel::TeamsOnly; }

bool StandingsDisclosure::showsFindingsFlag() const { return level == StandingsLevel::Member; }

bool StandingsDisclosure::showsFlags() const { return level == StandingsLevel::Member; }

bool StandingsDisclosure::showsMargins() const
{
    return level == StandingsLevel::Member && hiddenExpertTeams.isEmpty();
}

bool StandingsDisclosure::showsAverages() const
{
    switch (level) {
    case StandingsLevel::Member: return hiddenExpertTeams.isEmpty();
    case StandingsLevel::Public: return true;
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::showsCutBetween(const QString &lastAbove, const QString &firstBelow) const
{
    switch (level) {
    case StandingsLevel::Member: return hiddenExpertTeams.isEmpty();
    // the line between two teams tells both totals' order: only between published ones
    case StandingsLevel::Public:
        return publishedTeams.contains(lastAbove) && publishedTeams.contains(firstBelow);
    case StandingsLevel::TeamsOnly: return false;
    }
    return false;
}

bool StandingsDisclosure::hidesAnything() const
{
    return level != StandingsLevel::Member || !hiddenExpertTeams.isEmpty();
}

CutLine StandingsDisclosure::shownCut(const CutLine &line) const
{
    CutLine shown;
    if (line.lastAbove && line.firstBelow && showsCutBetween(*line.lastAbove, *line.firstBelow)) {
        shown.lastAbove = line.lastAbove;
        shown.firstBelow = line.firstBelow;
    }
    if (showsMargins())
        shown.margins = line.margins;
    return shown;
}

QString StandingsDisclosure::shownReason(const Panel &panel, const Standings &standings,
                                         const TeamStanding &team) const
{
    if (!showsOutcomes())
        return {};
    const QString decided = reasons.value(team.team);
    if (!decided.isEmpty())
        return decided;   // the chair's words, published as written
    return showsTotal(team.team) ? pd::outcomeReason(panel, standings, team) : QString();
}

double StandingsAverages::category(const QString &id) const
{
    for (const auto &[category, average] : categories)
        if (category == id)
            return average;
    return 0.0;
}

ShownStandings shownStandings(const ScoringInputs &inputs, const RoundStatus &status,
                              const Viewer &viewer, const QStringList &publishedTeams)
{
    switch (standingsLevel(viewer, status)) {
    case StandingsLevel::Member: {
        ShownStandings shown;
        shown.disclosure.hiddenExpertTeams = teamsWithHiddenExpertScores(inputs.panel, viewer->id);
        shown.panel = withVerdicts(inputs.panel);
        shown.standings = visibleStandings(inputs.panel, inputs.ratingTallies, viewer->id);
        shown.averages = averagesOf(shown.panel, shown.standings);
        shown.state = status.state;
        return shown;
    }
    case StandingsLevel::Public:
        return publicDisclosure(*announcedVersion(status), status, publishedTeams, inputs.ratingTallies);
    case StandingsLevel::TeamsOnly:
        return teamsOnly(inputs.panel, status);
    }
    return teamsOnly(inputs.panel, status);
}

} // namespace pd
