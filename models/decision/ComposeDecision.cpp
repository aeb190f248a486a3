#include "decision/ComposeDecision.h"

#include "decision/Lifecycle.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"
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

ComposedDecision composeDecision(const Panel &round, const RatingRows &ratings,
                                 const QMap<QString, QString> &reasons, const InputsProgress &progress)
{
    ComposedDecision decided;
    FingerprintedInputs streamed = fingerprintInputs(round, ratings, KeepBytes::Yes, progress);
    decided.inputs = std::move(streamed.bytes);   // stored with the version
    decided.fingerprint = streamed.fingerprint;
    // Computed from the canonical file itself: whoever holds it gets these standings. Its
    // ratings are the rows just written, tallied as they were written; the rest is read back
    // from its bytes (the same document without the rating rows, a few kilobytes).
    Panel rest = round;
    rest.userRatings = {};
    const Panel reproduced =
        parsePanelJson(writePanelJson(decisionInputs(rest)), Tr::tr("decision inputs"));
    const Standings standings = computeStandings(reproduced, streamed.tallies);
    requireDecidable(standings, reasons);
    decided.standings = standingsJson(standings);
    for (const TeamStanding &t : standings.teams)
        decided.outcomes.push_back({t.team, t.outcome, reasons.value(t.team).trimmed()});
    return decided;
}

ComposedDecision composeDecision(const Panel &round, const QMap<QString, QString> &reasons)
{
    return composeDecision(round, PanelRatingRows(round.userRatings), reasons);
}

int decideRound(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                const std::vector<TieResolution> &ties, const Actor &actor,
                const InputsProgress &progress)
{
    return store.decideRound(today, ties,
                             [&](const Panel &round, const RatingRows &ratings) {
                                 return composeDecision(round, ratings, reasons, progress);
                             },
                             actor);
}

} // namespace pd
