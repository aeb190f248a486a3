#pragma once
// Small builders for the scoring test suites: a few lines per panel, so each data row can
// state its inputs and its hand-computed expectation (spec shared/spec/scoring-rules.md).

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cmath>
#include <optional>

// Compares two doubles within an absolute tolerance (QCOMPARE's qFuzzyCompare is relative
// and useless around 0). Prints both values on failure.
#define PD_COMPARE_NEAR(actual, expected, tolerance)                                            \
    do {                                                                                       \
        const double pdActual_ = (actual);                                                     \
        const double pdExpected_ = (expected);                                                 \
        QVERIFY2(std::fabs(pdActual_ - pdExpected_) <= (tolerance),                            \
                 qPrintable(QStringLiteral("%1 = %2, expected %3")                             \
                                .arg(QLatin1String(#actual))                                   \
                                .arg(pdActual_, 0, 'g', 17)                                    \
                                .arg(pdExpected_, 0, 'g', 17)));                               \
    } while (false)

#define PD_COMPARE_SCORE(actual, expected) PD_COMPARE_NEAR(actual, expected, 1e-9)

namespace pdtest {

inline pd::Panel panelWithTeams(const QStringList &teamIds)
{
    pd::Panel panel;
    panel.program.name = QStringLiteral("Test program");
    panel.round.id = QStringLiteral("r1");
    panel.round.name = QStringLiteral("Round 1");
    for (const QString &id : teamIds) {
        pd::Team team;
        team.id = id;
        team.name = QStringLiteral("Team ") + id;
        team.enteredRound = panel.round.id;
        panel.teams.push_back(team);
    }
    return panel;
}

// ---- R2 benchmark ----------------------------------------------------------------------

inline pd::Benchmark benchmark(const QString &id, bool higherIsBetter = true, double weight = 1.0,
                               const QStringList &teams = {})
{
    pd::Benchmark b;
    b.id = id;
    b.name = id;
    b.higherIsBetter = higherIsBetter;
    b.weight = weight;
    b.teams = teams;
    return b;
}

inline pd::BenchmarkGroup group(const QString &id, double points, pd::Normalization normalization,
                                std::vector<pd::Benchmark> benchmarks, double achievementCap = 1.0,
                                double scaleMax = 100.0)
{
    pd::BenchmarkGroup g;
    g.id = id;
    g.name = id;
    g.points = points;
    g.normalization = normalization;
    g.achievementCap = achievementCap;
    g.scaleMax = scaleMax;
    g.benchmarks = std::move(benchmarks);
    return g;
}

inline pd::Category benchmarkCategory(const QString &id, double points,
                                      std::vector<pd::BenchmarkGroup> groups)
{
    pd::Category c;
    c.id = id;
    c.name = id;
    c.kind = pd::CategoryKind::Benchmark;
    c.points = points;
    c.groups = std::move(groups);
    return c;
}

inline void addResult(pd::Panel &panel, const QString &team, const QString &benchmarkId,
                      double score, std::optional<double> target = std::nullopt)
{
    pd::BenchmarkResult r;
    r.team = team;
    r.benchmark = benchmarkId;
    r.score = score;
    r.target = target;
    panel.benchmarkResults.push_back(r);
}

// ---- R3 expert -------------------------------------------------------------------------

inline pd::RubricItem rubricItem(const QString &id, double points, double step = 0.5)
{
    pd::RubricItem item;
    item.id = id;
    item.name = id;
    item.points = points;
    item.step = step;
    return item;
}

inline pd::Category expertCategory(const QString &id, double points,
                                   std::vector<pd::RubricItem> rubric,
                                   pd::Aggregation aggregation = pd::Aggregation::Mean,
                                   int trim = 1)
{
    pd::Category c;
    c.id = id;
    c.name = id;
    c.kind = pd::CategoryKind::Expert;
    c.points = points;
    c.rubric = std::move(rubric);
    c.aggregation = aggregation;
    c.trim = trim;
    return c;
}

inline void addReviewer(pd::Panel &panel, const QString &id, const QStringList &conflicts = {})
{
    pd::Reviewer r;
    r.id = id;
    r.name = QStringLiteral("Reviewer ") + id;
    r.role = pd::Role::Expert;
    r.conflicts = conflicts;
    panel.reviewers.push_back(r);
}

// One sheet: (item id, score) pairs, all with the same submitted state.
inline void addSheet(pd::Panel &panel, const QString &reviewer, const QString &team,
                     const QList<QPair<QString, double>> &scores, bool submitted = true)
{
    for (const auto &[item, score] : scores) {
        pd::ExpertScore s;
        s.reviewer = reviewer;
        s.team = team;
        s.item = item;
        s.score = score;
        s.submitted = submitted;
        panel.expertScores.push_back(s);
    }
}

// ---- R4 user ---------------------------------------------------------------------------

inline pd::UserItem userItem(const QString &id, double weight = 1.0)
{
    pd::UserItem item;
    item.id = id;
    item.name = id;
    item.weight = weight;
    return item;
}

inline pd::Category userCategory(const QString &id, double points, std::vector<pd::UserItem> items,
                                 int scaleMin = 1, int scaleMax = 5,
                                 pd::Normalization normalization = pd::Normalization::Absolute)
{
    pd::Category c;
    c.id = id;
    c.name = id;
    c.kind = pd::CategoryKind::User;
    c.points = points;
    c.userItems = std::move(items);
    c.scaleMin = scaleMin;
    c.scaleMax = scaleMax;
    c.userNormalization = normalization;
    return c;
}

inline void addRatings(pd::Panel &panel, const QString &team, const QString &item,
                       const QList<int> &ratings)
{
    int n = 0;
    for (int rating : ratings) {
        pd::UserRating r;
        r.evaluator = QStringLiteral("u%1").arg(++n);
        r.team = team;
        r.item = item;
        r.rating = rating;
        panel.userRatings.push_back(r);
    }
}

// ---- R5 independence -------------------------------------------------------------------

inline void setVerdict(pd::Panel &panel, const QString &team, pd::Verdict verdict,
                       std::vector<pd::ComponentFinding> components = {})
{
    pd::Independence record;
    record.team = team;
    record.verdict = verdict;
    record.rationale = verdict == pd::Verdict::Pending ? QString()
                                                       : QStringLiteral("Reviewed by the panel.");
    record.components = std::move(components);
    panel.independence.push_back(record);
}

inline pd::ComponentFinding finding(const QString &component, pd::Origin origin,
                                    pd::License license, pd::Weights weights,
                                    pd::ExternalControl control, const QString &source = {})
{
    pd::ComponentFinding f;
    f.component = component;
    f.origin = origin;
    f.license = license;
    f.weights = weights;
    f.externalControl = control;
    f.source = source;
    f.evidence = QStringLiteral("report.pdf p. 3");
    return f;
}

inline pd::ComponentFinding cleanFinding(const QString &component)
{
    return finding(component, pd::Origin::InHouse, pd::License::Own, pd::Weights::Initialized,
                   pd::ExternalControl::None);
}

// ---- reading standings -----------------------------------------------------------------

inline QStringList teamOrder(const pd::Standings &standings)
{
    QStringList ids;
    for (const pd::TeamStanding &t : standings.teams)
        ids << t.team;
    return ids;
}

inline QList<int> scoreRanks(const pd::Standings &standings)
{
    QList<int> ranks;
    for (const pd::TeamStanding &t : standings.teams)
        ranks << t.scoreRank;
    return ranks;
}

// "a:advance,b:disqualified" in standings order: compact and readable on failure.
inline QString outcomeSummary(const pd::Standings &standings)
{
    QStringList parts;
    for (const pd::TeamStanding &t : standings.teams)
        parts << t.team + QLatin1Char(':') + pd::toString(t.outcome);
    return parts.join(QLatin1Char(','));
}

} // namespace pdtest

// Enum columns of the data tables.
Q_DECLARE_METATYPE(pd::Normalization)
Q_DECLARE_METATYPE(pd::Aggregation)
Q_DECLARE_METATYPE(pd::Verdict)
Q_DECLARE_METATYPE(pd::Origin)
Q_DECLARE_METATYPE(pd::License)
Q_DECLARE_METATYPE(pd::Weights)
Q_DECLARE_METATYPE(pd::ExternalControl)
Q_DECLARE_METATYPE(pd::Outcome)
