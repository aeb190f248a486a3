#include "decision/ComposeDecision.h"

#include "decision/Fingerprint.h"
#include "decision/Lifecycle.h"
#include "io/PanelFileReader.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Decision)
};

} // namespace

ComposedDecision composeDecision(const Panel &round, const QMap<QString, QString> &reasons)
{
    ComposedDecision decided;
    decided.inputs = canonicalInputs(round);
    // Computed from the canonical file itself: whoever holds it gets these standings.
    const Panel reproduced = parsePanelJson(decided.inputs, Tr::tr("decision inputs"));
    const Standings standings = computeStandings(reproduced);
    requireDecidable(standings, reasons);
    decided.fingerprint = sha256Hex(decided.inputs);
    decided.standings = standingsJson(standings);
    for (const TeamStanding &t : standings.teams)
        decided.outcomes.push_back({t.team, t.outcome, reasons.value(t.team).trimmed()});
    return decided;
}

int decideRound(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                const std::vector<TieResolution> &ties, const Actor &actor)
{
    return store.decideRound(today, ties,
                             [&reasons](const Panel &round) { return composeDecision(round, reasons); },
                             actor);
}

} // namespace pd
