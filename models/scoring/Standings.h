#pragma once
// What the scoring engine computes for one round (rules R1-R7): one row per team in score
// order, with the round's completeness. Full double precision throughout (R8).

#include "domain/Enums.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace pd {

// Flag names, exactly as the standings JSON spells them.
namespace flags {
inline constexpr char IncompleteBenchmark[] = "incomplete_benchmark";
inline constexpr char IncompleteExpert[] = "incomplete_expert";
inline constexpr char IncompleteUser[] = "incomplete_user";
inline constexpr char TrimSkipped[] = "trim_skipped";
inline constexpr char VerdictDiffers[] = "verdict_differs_from_rules";
} // namespace flags

using NamedScores = std::vector<std::pair<QString, double>>;   // (id, score) in config order

struct TeamStanding {
    QString team;
    double total = 0.0;
    NamedScores categories;   // every category, in the round's category order
    NamedScores groups;       // every benchmark group, in configuration order
    int scoreRank = 0;
    std::optional<int> eligibleRank;   // only for verdict pass
    Verdict independence = Verdict::Pending;
    Verdict independenceSuggested = Verdict::Pending;
    Outcome outcome = Outcome::Pending;
    QStringList flags;   // sorted

    double categoryScore(const QString &categoryId) const;   // 0 when unknown
    double groupScore(const QString &groupId) const;         // 0 when unknown
    bool hasFlag(const char *flag) const;
};

struct Standings {
    QString round;
    bool complete = false;
    std::vector<TeamStanding> teams;   // score order: score_rank, then team id

    const TeamStanding *find(const QString &teamId) const;
    double averageTotal() const;
    double averageCategory(const QString &categoryId) const;
};

} // namespace pd
