#pragma once
// What the window's standings — and everything drawn from them (the charts map the same
// model) — may show a viewer (trust.md, "One door"; docs/visibility.md, "With nobody signed
// in"). Pure functions: the caller passes what the store read.
//
//  - A signed-in member (the secretariat and observers included: docs/visibility.md gives
//    them the standings of every submitted sheet): their visibleStandings (Visibility.h),
//    the expert score and total of teamsWithHiddenExpertScores shown as hidden, and then no
//    rank, outcome, margin, cut line or average at all.
//  - Nobody, once a decision version was announced: that version's public disclosure, the
//    report's `public` level (docs/report.md): computed from the version's own stored inputs
//    (nothing entered since, no later version not yet announced); per team the outcome with
//    the chair's reason and the independence verdict with its rationale; the averages over
//    every team; scores (categories, groups, total, ranks) only of the published teams. No
//    flag, no margin; the cut line only between two published teams.
//  - Nobody, before an announcement: the program, the round, the team list and the round's
//    state. No figure, rank, outcome, verdict or average.
//
// What a viewer may not see is not handed to the screen either: for nobody the standings
// hold 0 (no rank, no flag) in every hidden cell. For every viewer the panel handed over
// holds only the configuration, the teams and each verdict with its rationale (for nobody
// none before an announcement) — no score, rating, raw benchmark result, member or finding.

#include "access/PublicView.h"   // announcedVersion: which version is public
#include "access/WindowAccess.h"
#include "decision/Decision.h"
#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "scoring/CutMargin.h"
#include "scoring/Standings.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace pd {

struct ScoringInputs;

enum class StandingsLevel {
    Member,      // a signed-in member's own standings
    Public,      // nobody: the announced decision version's public disclosure
    TeamsOnly,   // nobody, before an announcement: program, round, teams and state
};

// The rule: which standings `viewer` sees in a round that stands at `status`.
StandingsLevel standingsLevel(const Viewer &viewer, const RoundStatus &status);

// Which cells of the standings a viewer sees; screens show "—" for every other one.
struct StandingsDisclosure {
    StandingsLevel level = StandingsLevel::Member;
    QStringList hiddenExpertTeams;   // Member: expert score and total hidden (Visibility.h)
    QStringList publishedTeams;      // Public: the teams whose scores are published
    QHash<QString, QString> reasons; // Public: the chair's reasons of the announced version

    bool showsCategory(const QString &team, CategoryKind kind) const;
    bool showsTotal(const QString &team) const;
    bool showsGroups(const QString &team) const;
    bool showsRank(const QString &team) const;   // score and eligible rank
    bool showsOutcomes() const;
    bool showsVerdicts() const;
    bool showsFindingsFlag() const;   // ⚠ where the verdict differs from the findings
    bool showsFlags() const;
    bool showsMargins() const;
    bool showsAverages() const;
    bool showsCutBetween(const QString &lastAbove, const QString &firstBelow) const;
    // Whether any figure, rank or outcome is hidden from this viewer.
    bool hidesAnything() const;

    // The cut line as the viewer may see it: no margins where they are hidden, no line
    // where it is hidden.
    CutLine shownCut(const CutLine &line) const;
    // The reason shown for a team's outcome: the chair's words when the disclosure has
    // them, the computed sentence (scoring/OutcomeReason.h, it may quote the total) only
    // where the total is shown; empty where outcomes are hidden.
    QString shownReason(const Panel &panel, const Standings &standings,
                        const TeamStanding &team) const;

    friend bool operator==(const StandingsDisclosure &, const StandingsDisclosure &) = default;
};

struct StandingsAverages {
    double total = 0.0;
    NamedScores categories;   // every category, in the round's order
    double category(const QString &id) const;   // 0 when unknown
    friend bool operator==(const StandingsAverages &, const StandingsAverages &) = default;
};

// The standings a screen shows a viewer, with what it may name and the round's state.
struct ShownStandings {
    StandingsDisclosure disclosure;
    Panel panel;            // configuration, teams and verdicts with rationales; nothing else
    Standings standings;    // every hidden figure is 0 (Public, TeamsOnly)
    StandingsAverages averages;   // over every team (hidden unless disclosure.showsAverages)
    RoundState state = RoundState::Open;
    int version = 0;                    // Public: the decision version shown
    std::optional<QDate> announcedOn;   // Public
    std::optional<QDate> finalOn;       // Public
    bool reopened = false;              // Public: reopened (on appeal) since the announcement
};

// What `viewer` sees of the round: `inputs` as PanelStore::loadScoringInputs reads them (drafts
// included; filtered here), `status` as loadRoundStatus reads it. `publishedTeams`: the teams
// whose scores the announced version publishes (unknown ids are ignored). Throws pd::Error
// when the announced version's stored inputs cannot be read.
ShownStandings shownStandings(const ScoringInputs &inputs, const RoundStatus &status,
                              const Viewer &viewer, const QStringList &publishedTeams = {});

} // namespace pd
