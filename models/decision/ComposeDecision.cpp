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
    FingerprintedInputs streamed = fingerprintInputs(round, ratings, KeepBytes::No, progress);
    decided.fingerprint = streamed.fingerprint;
    decided.ratingRows = streamed.ratings;
    // Stored with the version: the inputs without their rating rows (a few kilobytes), which
    // are the round's ratings (decision/VersionInputs.h puts them back).
    decided.inputs = std::move(streamed.withoutRatings);
    // Computed from the canonical file itself: whoever holds it gets these standings. Its
    // ratings are the rows just streamed, tallied as they were written; the rest is read back
    // from its bytes.
    const Panel reproduced = parsePanelJson(decided.inputs, Tr::tr("decision inputs"));
    const Standings standings = computeStandings(reproduced, streamed.tallies);
    requireDecidable(standings, reasons);
    decided.standings = standingsJson(standings);
    decided.ratingTallies = std::move(streamed.tallies);
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
