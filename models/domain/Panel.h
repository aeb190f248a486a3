#pragma once
// The inputs of one evaluation round, exactly as the panel file (shared spec panel-file.md)
// and the database hold them. Plain values: no I/O, no Qt object model.

#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pd {

struct Program {
    QString name;
    QString organizer;
    // Shown on every screen and report when set, e.g. "demo data: illustrative figures".
    // Panel-file extension: optional key "program.notice".
    QString notice;
    friend bool operator==(const Program &, const Program &) = default;
};

struct Cut {
    std::optional<int> eliminate;   // exactly one of eliminate / advance is set
    std::optional<int> advance;
    std::optional<double> minTotal;
    friend bool operator==(const Cut &, const Cut &) = default;
};

struct TieResolution {
    QStringList order;   // team ids, best first
    QString rationale;
    friend bool operator==(const TieResolution &, const TieResolution &) = default;
};

struct Round {
    QString id;
    QString name;
    QDate evaluationDate;
    int appealDays = 10;
    int displayDecimals = 1;
    Cut cut;
    QStringList tieBreak;   // category ids; empty means "category order"
    std::vector<TieResolution> tieResolutions;
    friend bool operator==(const Round &, const Round &) = default;
};

// A team's target on a benchmark of a target_ratio group, configured with the round before
// any result comes in (issue 16). Panel-file extension: optional key "targets" of a
// benchmark, [{"team": "lg", "target": 88}] (docs/panel-file.md). A result's own target takes
// precedence over it (rule R2, docs/scoring.md; scoring/BenchmarkScoring.h targetFor).
struct BenchmarkTarget {
    QString team;
    double target = 0.0;
    friend bool operator==(const BenchmarkTarget &, const BenchmarkTarget &) = default;
};

struct Benchmark {
    QString id;
    QString name;
    bool higherIsBetter = true;
    double weight = 1.0;
    QStringList teams;   // empty: applies to every team
    std::vector<BenchmarkTarget> targets;   // configured targets, a team at most once
    friend bool operator==(const Benchmark &, const Benchmark &) = default;

    // The configured target of `teamId` (first entry; the validator allows one), if any.
    std::optional<double> configuredTarget(const QString &teamId) const;
};

struct BenchmarkGroup {
    QString id;
    QString name;
    double points = 0.0;
    Normalization normalization = Normalization::TargetRatio;
    double achievementCap = 1.0;   // target_ratio only
    double scaleMax = 100.0;       // absolute only
    std::vector<Benchmark> benchmarks;
    friend bool operator==(const BenchmarkGroup &, const BenchmarkGroup &) = default;
};

// What a score of a rubric item means, as rubric tools describe it: the band covers the
// scores from `from` up to (not including) the next band's `from`; the last band up to the
// item's points inclusive. Bands are sorted strictly ascending by `from`, each `from` within
// [0, points]. The first band may start above 0: a score below it falls in no band (the
// sheet editor then shows no description). Panel-file extension: optional key "bands" of a
// rubric item (docs/panel-file.md); none is the default.
struct RubricBand {
    double from = 0.0;
    QString description;
    friend bool operator==(const RubricBand &, const RubricBand &) = default;
};

struct RubricItem {
    QString id;
    QString name;
    double points = 0.0;
    double step = 0.5;
    std::vector<RubricBand> bands = {};   // may be empty: no descriptions ("= {}": brace
                                          // initializers without it stay warning-free)
    friend bool operator==(const RubricItem &, const RubricItem &) = default;

    // The band `score` falls in (the last band whose `from` is at most the score), or null
    // when the item has no bands or the score lies below the first band.
    const RubricBand *bandOf(double score) const;
};

struct UserItem {
    QString id;
    QString name;
    double weight = 1.0;
    friend bool operator==(const UserItem &, const UserItem &) = default;
};

struct Category {
    QString id;
    CategoryKind kind = CategoryKind::Benchmark;
    QString name;
    double points = 0.0;
    // kind == Benchmark
    std::vector<BenchmarkGroup> groups;
    // kind == Expert
    Aggregation aggregation = Aggregation::Mean;
    int trim = 1;
    std::vector<RubricItem> rubric;
    // kind == User
    int scaleMin = 1;
    int scaleMax = 5;
    Normalization userNormalization = Normalization::Absolute;   // absolute or best_ratio
    std::vector<UserItem> userItems;
    friend bool operator==(const Category &, const Category &) = default;
};

struct Team {
    QString id;
    QString name;
    QString model;
    QString enteredRound;
    friend bool operator==(const Team &, const Team &) = default;
};

struct Reviewer {
    QString id;
    QString name;
    Role role = Role::Expert;
    QStringList conflicts;   // team ids
    friend bool operator==(const Reviewer &, const Reviewer &) = default;
};

struct BenchmarkResult {
    QString team;
    QString benchmark;
    double score = 0.0;
    std::optional<double> target;
    friend bool operator==(const BenchmarkResult &, const BenchmarkResult &) = default;
};

struct ExpertScore {
    QString reviewer;
    QString team;
    QString item;
    double score = 0.0;
    bool submitted = false;
    QString comment;
    friend bool operator==(const ExpertScore &, const ExpertScore &) = default;
};

struct UserRating {
    QString evaluator;
    QString team;
    QString item;
    int rating = 0;
    friend bool operator==(const UserRating &, const UserRating &) = default;
};

struct ComponentFinding {
    QString component;
    Origin origin = Origin::InHouse;
    QString source;
    License license = License::Own;
    Weights weights = Weights::Initialized;
    ExternalControl externalControl = ExternalControl::None;
    QString evidence;
    QString evidenceFile;   // a file reference (path or document id); may be empty
    friend bool operator==(const ComponentFinding &, const ComponentFinding &) = default;
};

struct Independence {
    QString team;
    Verdict verdict = Verdict::Pending;
    QString rationale;
    std::vector<ComponentFinding> components;
    friend bool operator==(const Independence &, const Independence &) = default;
};

// The total of one submitted, complete sheet without its reviewer: what a server hands the
// secretariat and observers, who may see the standings of every submitted sheet but no
// single score (docs/visibility.md; server function submitted_sheet_totals, docs/server.md).
struct AnonymousSheetTotal {
    QString category;
    QString team;
    double total = 0.0;   // E(e,t) of rule R3
    friend bool operator==(const AnonymousSheetTotal &, const AnonymousSheetTotal &) = default;
};

// The verdict a team's findings suggest (rule R5), as a server computes it for a member who
// may not read those findings: observers, and anyone for a team they declared a conflict
// with. Their standings show it as a file shows it them (docs/visibility.md: the verdict is
// public within the panel; server function team_verdicts, docs/server.md).
struct SuggestedVerdictOfTeam {
    QString team;
    Verdict verdict = Verdict::Pending;
    friend bool operator==(const SuggestedVerdictOfTeam &, const SuggestedVerdictOfTeam &) = default;
};

// One round with every input: what a panel file holds.
struct Panel {
    Program program;
    Round round;
    std::vector<Category> categories;
    std::vector<Team> teams;
    std::vector<Reviewer> reviewers;
    std::vector<BenchmarkResult> benchmarkResults;
    std::vector<ExpertScore> expertScores;
    std::vector<UserRating> userRatings;
    std::vector<Independence> independence;
    // Only from a server, only for the secretariat and observers (who read no expert score):
    // the counted sheets' totals, which rule R3 then aggregates instead of expertScores'.
    // Never written to a file or an export; empty everywhere else.
    std::vector<AnonymousSheetTotal> anonymousSheetTotals;
    // Only from a server: R5's suggestion for each team whose findings the member may not
    // read (SuggestedVerdictOfTeam). The standings use it for a team without components.
    // Never written to a file or an export; empty everywhere else.
    std::vector<SuggestedVerdictOfTeam> serverSuggestions;
    friend bool operator==(const Panel &, const Panel &) = default;

    const Category *category(const QString &id) const;
    const Team *team(const QString &id) const;
    const Reviewer *reviewer(const QString &id) const;
    const Independence *independenceOf(const QString &teamId) const;
    const SuggestedVerdictOfTeam *serverSuggestionOf(const QString &teamId) const;
    double totalPoints() const;   // R1: sum of category points
    // A copy without expert scores, user ratings and anonymous sheet totals: what copying a large panel costs is its
    // 100,000 scores and millions of ratings. Every other member is copied
    // (tests/domain/tst_panelcopy.cpp checks it against a full copy).
    Panel withoutScoresAndRatings() const;
};

} // namespace pd
