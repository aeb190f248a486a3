#pragma once
// The round's inputs as one whole: read for showing and scoring, streamed for a decision's
// fingerprint, replaced by a panel file, its configuration changed in place. One of the parts of PanelStore (PanelStore.h).

#include "domain/Panel.h"
#include "domain/RatingRows.h"
#include "domain/RatingTally.h"
#include "trust/Actor.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace pd {

// What the scoring engine needs: the round without its raw user ratings (panel.userRatings is
// empty) and their tallies. computeStandings(panel, ratingTallies) gives the same standings
// as computeStandings on the full panel.
struct ScoringInputs {
    Panel panel;
    std::vector<RatingTally> ratingTallies;
};

class RoundInputs {
public:
    virtual ~RoundInputs() = default;

    // The current round with all its inputs (drafts included: callers filter, the scoring
    // engine ignores drafts by rule R3). A draft sealed to its reviewer (trust.md, "Drafts")
    // is read only with that reviewer's key, i.e. when they are the signer set above; to
    // everyone else it is a draft sheet without scores or opinion.
    virtual Panel loadPanel() const = 0;

    // The current round for scoring: the ratings' tallies as stored beside them, kept by every
    // write of ratings (fast for millions; schema step 10).
    virtual ScoringInputs loadScoringInputs() const = 0;
    // The stored tallies compared with the ratings they count, every count and sum (a full
    // pass over the ratings: `verify`, not the open path). One line per tally that differs
    // (at most `limit`, then how many more); empty when they agree.
    // `exceptRound`: that round left out (its ratings compared another way: `verify` tallies
    // them as it streams a decision version's inputs).
    virtual QStringList ratingTallyProblems(int limit = 20, const QString &exceptRound = {}) const = 0;

    // The current round without its user ratings and the ratings as a stream of rows
    // (domain/RatingRows.h), both from one state of the store, given to `use` (the stream is
    // valid during the call only): for the canonical inputs of a decision, streamed into
    // their fingerprint (decision/Fingerprint.h) instead of built whole.
    using UseStreamedRound = std::function<void(const Panel &round, const RatingRows &ratings)>;
    virtual void readStreamedRound(const UseStreamedRound &use) const = 0;

    // Writes every input of `panel` (validated first, InputError when invalid) in one
    // transaction, replacing what the store held; audited as one entry by `actor`.
    virtual void replacePanel(const Panel &panel, const Actor &actor) = 0;

    // Whether the round holds an input yet: a sheet (a sealed draft included), an expert
    // score, a benchmark result, a user rating, an independence verdict or finding.
    virtual bool holdsInputs() const = 0;

    // Rewrites only the configuration of the stored round (domain/PanelConfiguration.h) with
    // `setup`'s, keeping every input and record, in one transaction; audited as one
    // "change-setup" entry by `actor` with `reason` as its text. InputError, nothing written,
    // when the round is locked or holds decision records, when it holds inputs and `reason`
    // is blank, when the change would orphan a
    // stored input (the message names it), or when the round with the new configuration is
    // invalid (validatePanel's "path: message"). Who may is the caller's (services/PanelSetup.h).
    virtual void changeConfiguration(const Panel &setup, const QString &reason,
                                     const Actor &actor) = 0;
};

} // namespace pd
