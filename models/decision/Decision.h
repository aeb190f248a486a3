#pragma once
// A round's decision as the lifecycle keeps it (docs/decision.md; rules R7, R9): the
// immutable decision versions with their outcomes, announcement, reopening and finality,
// and the appeals register. Plain values: no I/O, no SQL.

#include "domain/Enums.h"
#include "domain/RatingTally.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace pd {

// Where a round stands. Scoring is Open with at least one score sheet; AppealWindow etc.
// are phases of Announced that depend on the day (see Lifecycle.h).
enum class RoundState { Open, Scoring, Locked, Decided, Announced, Final };

QString toString(RoundState state);   // "open", "scoring", ... (machine form)

struct DecisionOutcome {
    QString team;
    Outcome outcome = Outcome::Pending;
    QString reason;   // the chair's; required for eliminated_score and disqualified
    friend bool operator==(const DecisionOutcome &, const DecisionOutcome &) = default;
};

// Whether a team with this outcome may appeal it: eliminated on score or disqualified (R9).
bool mayAppeal(Outcome outcome);

struct DecisionVersion {
    int version = 0;
    QDate decidedOn;
    QString decidedBy;
    QDateTime recordedAt;   // UTC, when it was stored
    QString fingerprint;    // SHA-256 (hex) of the canonical inputs
    // The canonical panel file it was computed from (Fingerprint.h), without its rating rows
    // when `ratingRows` is set: those are then the round's user ratings in import order, which
    // no longer change once the round holds a decision (schema 12; decision/VersionInputs.h
    // puts them back). Before schema 12, the whole file.
    QByteArray inputs;
    std::optional<qint64> ratingRows;
    QByteArray standings;   // the standings JSON computed from `inputs`
    std::vector<DecisionOutcome> outcomes;   // in standings order
    std::optional<QDate> announcedOn;
    std::optional<QDate> appealCloses;       // announcedOn + appeal_days (end of that day)
    QString announcedBy;
    QDateTime announcementRecordedAt;        // UTC, when the announcement was stored
    std::optional<QDate> finalOn;
    QString finalBy;
    QDateTime finalRecordedAt;               // UTC, when it was made final
    std::optional<QDate> reopenedOn;         // an upheld appeal or the chair reopened it
    QString reopenReason;

    const DecisionOutcome *outcomeOf(const QString &team) const;
    // True when the store did not hand over what the version was computed from (`inputs`,
    // `standings`): on a server, to a member who is not the chair (docs/server.md).
    bool inputsWithheld() const { return inputs.isEmpty(); }
};

enum class Ruling { Rejected, Upheld };
QString toString(Ruling ruling);
std::optional<Ruling> parseRuling(const QString &text);

struct Appeal {
    qint64 id = 0;
    int version = 0;   // the decision version appealed
    QString team;
    QDate filedOn;
    QString grounds;
    bool late = false;   // filed after the window: refused by rule, never ruled on
    QStringList committee;
    QString recordedBy;
    std::optional<Ruling> ruling;
    QString rulingReason;
    std::optional<QDate> ruledOn;
    QString ruledBy;

    bool awaitingRuling() const { return !late && !ruling; }
};

struct RoundStatus {
    QString round;
    int appealDays = 10;
    RoundState state = RoundState::Open;
    std::vector<DecisionVersion> versions;   // oldest first
    std::vector<Appeal> appeals;             // in filing order

    const DecisionVersion *latest() const;   // nullptr before the first decision
    const Appeal *appeal(qint64 id) const;
};

// A new decision version as the store persists it: computed by decision/ComposeDecision.h
// from the round's inputs as the store reads them inside its write transaction (so nothing
// can change between what was computed and what is recorded). Storage only writes these.
struct ComposedDecision {
    QByteArray inputs;          // the canonical inputs without their rating rows (Fingerprint.h)
    qint64 ratingRows = 0;      // the rating rows streamed into them: the round's ratings
    std::vector<RatingTally> ratingTallies;   // those rows, tallied as they were streamed
    QString fingerprint;        // SHA-256 of the canonical inputs with their rating rows
    QByteArray standings;       // the standings computed from them (io/StandingsJson.h)
    std::vector<DecisionOutcome> outcomes;   // every team in standings order, with the reason
};

struct Panel;
class RatingRows;
// Given the round as stored (the tie resolutions of the decision already added; without
// its user ratings, which come as a stream of rows: domain/RatingRows.h), the version to
// record; throws InputError when the round cannot be decided (nothing is kept).
using ComposeDecision = std::function<ComposedDecision(const Panel &round, const RatingRows &ratings)>;

} // namespace pd
