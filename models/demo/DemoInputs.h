#pragma once
// The pieces of the demo panel (see DemoPanel.h). Split by input kind so that each file
// stays small: DemoConfig.cpp (teams, categories, reviewers), DemoScores.cpp (raw scores),
// DemoIndependence.cpp (findings).

#include "domain/Panel.h"

#include <vector>

namespace pd::demo {

// The figures each team's raw inputs are generated to reproduce (first-evaluation.md).
struct TeamFigures {
    const char *team;
    int niaHundredths;          // sum of the 4 NIA achievements, in hundredths
    int commonHundredths;       // sum of the 13 common achievements, in hundredths
    int individualHundredths;   // sum of the team's 5 individual achievements (capped at 1)
    int expertHalfPoints;       // sum of the 10 expert totals, in half points
    int usabilitySum;           // sum over 49 evaluators of (rating - 1), item "usability"
    int costSum;                // same for item "cost_efficiency"
};
const std::vector<TeamFigures> &teamFigures();

inline constexpr int kExperts = 10;
inline constexpr int kUserEvaluators = 49;

std::vector<Team> teams();
Category benchmarkCategory(const std::vector<Team> &teams);
Category expertCategory();
Category userCategory();
std::vector<Reviewer> reviewers();

std::vector<BenchmarkResult> benchmarkResults(const Category &benchmark,
                                              const std::vector<Team> &teams);
std::vector<ExpertScore> expertScores(const Category &expert,
                                      const std::vector<Reviewer> &reviewers);
std::vector<UserRating> userRatings(const Category &user);
std::vector<Independence> independenceFindings();

// Splits `total` into `count` integers in [lo, hi] that sum to `total`, spread by a fixed
// pattern that depends on `seed` (deterministic, not random).
std::vector<int> spread(int total, int count, int lo, int hi, int seed);

} // namespace pd::demo
