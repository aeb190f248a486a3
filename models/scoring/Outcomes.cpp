#include "scoring/Outcomes.h"

#include "scoring/Rounding.h"

#include <QSet>
#include <algorithm>

namespace pd {
namespace {

const TieResolution *resolutionFor(const Round &round, const QSet<QString> &group)
{
    for (const TieResolution &resolution : round.tieResolutions) {
        const QSet<QString> named(resolution.order.begin(), resolution.order.end());
        if (named == group && resolution.order.size() == group.size())
            return &resolution;
    }
    return nullptr;
}

} // namespace

int advancingCount(const Cut &cut, int passTeams)
{
    if (cut.eliminate)
        return passTeams - std::min(std::max(*cut.eliminate, 0), passTeams);
    if (cut.advance)
        return std::min(std::max(*cut.advance, 0), passTeams);
    return passTeams;
}

QHash<QString, Outcome> decideOutcomes(const std::vector<OutcomeInput> &teams, const Round &round)
{
    QHash<QString, Outcome> outcome;
    std::vector<OutcomeInput> eligible;
    for (const OutcomeInput &t : teams) {
        if (t.verdict == Verdict::Fail)
            outcome.insert(t.team, Outcome::Disqualified);
        else if (t.verdict == Verdict::Pending)
            outcome.insert(t.team, Outcome::Pending);
        else
            eligible.push_back(t);
    }

    const int n = static_cast<int>(eligible.size());
    const int advancing = advancingCount(round.cut, n);
    for (int i = 0; i < n; ++i)
        outcome.insert(eligible[static_cast<std::size_t>(i)].team,
                       i < advancing ? Outcome::Advance : Outcome::EliminatedScore);

    // Does the boundary (between positions advancing-1 and advancing) split a tie group?
    if (advancing > 0 && advancing < n) {
        const auto rankAt = [&](int i) { return eligible[static_cast<std::size_t>(i)].eligibleRank; };
        if (rankAt(advancing - 1) == rankAt(advancing)) {
            QSet<QString> group;
            QStringList groupInOrder;
            int first = n;
            for (int i = 0; i < n; ++i) {
                if (rankAt(i) == rankAt(advancing)) {
                    group.insert(eligible[static_cast<std::size_t>(i)].team);
                    groupInOrder << eligible[static_cast<std::size_t>(i)].team;
                    first = std::min(first, i);
                }
            }
            if (const TieResolution *resolution = resolutionFor(round, group)) {
                const int seatsInGroup = advancing - first;
                for (int j = 0; j < static_cast<int>(resolution->order.size()); ++j)
                    outcome.insert(resolution->order.at(j),
                                   j < seatsInGroup ? Outcome::Advance : Outcome::EliminatedScore);
            } else {
                for (const QString &team : std::as_const(groupInOrder))
                    outcome.insert(team, Outcome::TieAtCut);
            }
        }
    }

    if (round.cut.minTotal) {
        for (const OutcomeInput &t : eligible)
            if (compareScores(t.total, *round.cut.minTotal) < 0)
                outcome.insert(t.team, Outcome::EliminatedScore);
    }
    return outcome;
}

} // namespace pd
