#include "domain/PanelValidator.h"

#include "domain/Errors.h"
#include "domain/ScoreRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace pd {
namespace {

// Message texts, translatable under the context "PanelValidator".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PanelValidator)
};

constexpr double kPointsTolerance = 1e-9;   // point sums (panel-file.md)

// Shortest round-trip spelling of a number for messages: 12, 0.5, 34.000000000000007.
QString num(double value)
{
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), result.ptr - buffer.data());
}

QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

QString item(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw InputError(path + QStringLiteral(": ") + what);
}

// Where an id was first seen, for "duplicate id" messages.
using FirstSeen = QHash<QString, QString>;

struct BenchmarkRef {
    const BenchmarkGroup *group = nullptr;
    const Benchmark *benchmark = nullptr;
};

struct RubricRef {
    const RubricItem *item = nullptr;
};

struct UserItemRef {
    const Category *category = nullptr;
};

class Validator {
public:
    explicit Validator(const Panel &panel) : m_panel(panel) {}

    void run()
    {
        index();
        checkRound();
        checkCategories();
        checkTeams();
        checkReviewers();
        checkResults();
        checkExpertScores();
        checkSheets();
        checkRatings();
        checkIndependence();
    }

private:
    // Lookups by id (first occurrence); duplicates are reported where their list is checked.
    void index()
    {
        for (const Team &team : m_panel.teams)
            m_teams.insert(team.id);
        for (const Category &category : m_panel.categories) {
            m_categories.insert(category.id);
            for (const BenchmarkGroup &group : category.groups)
                for (const Benchmark &benchmark : group.benchmarks)
                    if (!m_benchmarks.contains(benchmark.id))
                        m_benchmarks.insert(benchmark.id, {&group, &benchmark});
            if (category.kind == CategoryKind::Expert)
                for (const RubricItem &rubricItem : category.rubric)
                    if (!m_rubric.contains(rubricItem.id))
                        m_rubric.insert(rubricItem.id, {&rubricItem});
            if (category.kind == CategoryKind::User)
                for (const UserItem &userItem : category.userItems)
                    if (!m_userItems.contains(userItem.id))
                        m_userItems.insert(userItem.id, {&category});
        }
        for (const Reviewer &reviewer : m_panel.reviewers)
            if (!m_reviewers.contains(reviewer.id))
                m_reviewers.insert(reviewer.id, &reviewer);
    }

    static void checkIdSyntax(const QString &path, const QString &id)
    {
        if (!isValidId(id))
            fail(path, Text::tr("%1 is not a valid id (1 to 64 letters, digits, '-', '_' or '.')")
                           .arg(quoted(id)));
    }

    // Syntax and uniqueness within the list `seen` stands for.
    static void checkId(const QString &path, const QString &id, FirstSeen &seen)
    {
        checkIdSyntax(path, id);
        const auto first = seen.constFind(id);
        if (first != seen.constEnd())
            fail(path, Text::tr("duplicate id %1 (first at %2)").arg(quoted(id), first.value()));
        seen.insert(id, path);
    }

    void checkKnownTeam(const QString &path, const QString &team) const
    {
        if (!m_teams.contains(team))
            fail(path, Text::tr("unknown team %1").arg(quoted(team)));
    }

    // A list of team ids: known and without repeats.
    void checkTeamList(const QString &path, const QStringList &teams) const
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < teams.size(); ++i) {
            const QString at = item(path, i);
            checkKnownTeam(at, teams[i]);
            if (seen.contains(teams[i]))
                fail(at, Text::tr("team %1 is listed twice (first at %2)")
                             .arg(quoted(teams[i]), item(path, seen.value(teams[i]))));
            seen.insert(teams[i], i);
        }
    }

    static void checkFinite(const QString &path, double value)
    {
        if (!std::isfinite(value))
            fail(path, Text::tr("expected a finite number"));
    }

    static void checkPositive(const QString &path, double value)
    {
        checkFinite(path, value);
        if (!(value > 0.0))
            fail(path, Text::tr("must be greater than 0 (found %1)").arg(num(value)));
    }

    void checkRound() const
    {
        const Round &round = m_panel.round;
        const QString path = QStringLiteral("round");
        checkIdSyntax(member(path, "id"), round.id);
        if (round.appealDays < 0)
            fail(member(path, "appeal_days"),
                 Text::tr("must not be negative (found %1)").arg(round.appealDays));
        if (round.displayDecimals < 0 || round.displayDecimals > 4)
            fail(member(path, "display_decimals"),
                 Text::tr("must be between 0 and 4 (found %1)").arg(round.displayDecimals));

        const QString cut = member(path, "cut");
        if (round.cut.eliminate.has_value() == round.cut.advance.has_value())
            fail(cut, Text::tr("exactly one of \"eliminate\" or \"advance\" is required"));
        if (round.cut.eliminate && *round.cut.eliminate < 0)
            fail(member(cut, "eliminate"),
                 Text::tr("must not be negative (found %1)").arg(*round.cut.eliminate));
        if (round.cut.advance && *round.cut.advance < 0)
            fail(member(cut, "advance"),
                 Text::tr("must not be negative (found %1)").arg(*round.cut.advance));
        // The cut cannot take more teams than the round has (its field).
        const auto field = static_cast<int>(m_panel.teams.size());
        if (round.cut.eliminate && *round.cut.eliminate > field)
            fail(member(cut, "eliminate"),
                 Text::tr("eliminates %1 of a field of %2 teams").arg(*round.cut.eliminate).arg(field));
        if (round.cut.advance && *round.cut.advance > field)
            fail(member(cut, "advance"),
                 Text::tr("advances %1 of a field of %2 teams").arg(*round.cut.advance).arg(field));
        if (round.cut.minTotal)
            checkFinite(member(cut, "min_total"), *round.cut.minTotal);

        const QString tieBreak = member(path, "tie_break");
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < round.tieBreak.size(); ++i) {
            const QString &id = round.tieBreak[i];
            if (!m_categories.contains(id))
                fail(item(tieBreak, i), Text::tr("unknown category %1").arg(quoted(id)));
            if (seen.contains(id))
                fail(item(tieBreak, i), Text::tr("category %1 is listed twice (first at %2)")
                                            .arg(quoted(id), item(tieBreak, seen.value(id))));
            seen.insert(id, i);
        }

        const QString resolutions = member(path, "tie_resolutions");
        for (std::size_t i = 0; i < round.tieResolutions.size(); ++i) {
            const TieResolution &resolution = round.tieResolutions[i];
            const QString at = item(resolutions, qsizetype(i));
            if (resolution.order.size() < 2)
                fail(member(at, "order"), Text::tr("at least two teams are required"));
            checkTeamList(member(at, "order"), resolution.order);
            if (resolution.rationale.trimmed().isEmpty())
                fail(member(at, "rationale"), Text::tr("a written rationale is required"));
        }
    }

    void checkCategories()
    {
        if (m_panel.categories.empty())
            fail(QStringLiteral("categories"), Text::tr("at least one category is required"));
        FirstSeen categoryIds, groupIds, benchmarkIds, rubricIds, userItemIds;
        for (std::size_t i = 0; i < m_panel.categories.size(); ++i) {
            const Category &category = m_panel.categories[i];
            const QString path = item(QStringLiteral("categories"), qsizetype(i));
            checkId(member(path, "id"), category.id, categoryIds);
            checkPositive(member(path, "points"), category.points);
            checkForeignLists(path, category);
            switch (category.kind) {
            case CategoryKind::Benchmark:
                checkBenchmarkCategory(path, category, groupIds, benchmarkIds);
                break;
            case CategoryKind::Expert:
                checkExpertCategory(path, category, rubricIds);
                break;
            case CategoryKind::User:
                checkUserCategory(path, category, userItemIds);
                break;
            }
        }
    }

    // Lists that belong to another kind would be lost in the file: reject them.
    static void checkForeignLists(const QString &path, const Category &category)
    {
        const QString kind = toString(category.kind);
        if (category.kind != CategoryKind::Benchmark && !category.groups.empty())
            fail(member(path, "groups"),
                 Text::tr("not allowed in a category of kind %1").arg(quoted(kind)));
        if (category.kind != CategoryKind::Expert && !category.rubric.empty())
            fail(member(path, "items"),
                 Text::tr("rubric items are not allowed in a category of kind %1")
                     .arg(quoted(kind)));
        if (category.kind != CategoryKind::User && !category.userItems.empty())
            fail(member(path, "items"),
                 Text::tr("user items are not allowed in a category of kind %1")
                     .arg(quoted(kind)));
    }

    static void checkPointSum(const QString &path, double sum, double points, bool groups)
    {
        if (std::abs(sum - points) <= kPointsTolerance)
            return;
        fail(path, groups ? Text::tr("group points sum to %1, expected the category's %2")
                                .arg(num(sum), num(points))
                          : Text::tr("item points sum to %1, expected the category's %2")
                                .arg(num(sum), num(points)));
    }

    void checkBenchmarkCategory(const QString &path, const Category &category,
                                FirstSeen &groupIds, FirstSeen &benchmarkIds) const
    {
        const QString groupsPath = member(path, "groups");
        double sum = 0.0;
        for (std::size_t j = 0; j < category.groups.size(); ++j) {
            const BenchmarkGroup &group = category.groups[j];
            const QString at = item(groupsPath, qsizetype(j));
            checkId(member(at, "id"), group.id, groupIds);
            checkPositive(member(at, "points"), group.points);
            checkPositive(member(at, "achievement_cap"), group.achievementCap);
            checkPositive(member(at, "scale_max"), group.scaleMax);
            sum += group.points;

            const QString benchmarksPath = member(at, "benchmarks");
            if (group.benchmarks.empty())
                fail(benchmarksPath, Text::tr("at least one benchmark is required"));
            for (std::size_t k = 0; k < group.benchmarks.size(); ++k) {
                const Benchmark &benchmark = group.benchmarks[k];
                const QString b = item(benchmarksPath, qsizetype(k));
                checkId(member(b, "id"), benchmark.id, benchmarkIds);
                checkPositive(member(b, "weight"), benchmark.weight);
                checkTeamList(member(b, "teams"), benchmark.teams);
                checkTargets(member(b, "targets"), group, benchmark);
            }
            // R2: the group score divides by the weights of the benchmarks that apply.
            for (const Team &team : m_panel.teams) {
                const bool covered = std::any_of(
                    group.benchmarks.begin(), group.benchmarks.end(), [&](const Benchmark &b) {
                        return b.teams.isEmpty() || b.teams.contains(team.id);
                    });
                if (!covered)
                    fail(benchmarksPath,
                         Text::tr("no benchmark of group %1 applies to team %2")
                             .arg(quoted(group.id), quoted(team.id)));
            }
        }
        checkPointSum(groupsPath, sum, category.points, true);
    }

    // The score bands of a rubric item (domain/Panel.h RubricBand): each `from` within
    // [0, points], strictly ascending, each with a description.
    static void checkBands(const QString &path, const RubricItem &rubricItem)
    {
        for (std::size_t b = 0; b < rubricItem.bands.size(); ++b) {
            const RubricBand &band = rubricItem.bands[b];
            const QString at = item(path, qsizetype(b));
            const QString from = member(at, "from");
            checkFinite(from, band.from);
            if (band.from < 0.0)
                fail(from, Text::tr("must not be negative (found %1)").arg(num(band.from)));
            if (band.from > rubricItem.points)
                fail(from, Text::tr("%1 is above the item's %2 points")
                               .arg(num(band.from), num(rubricItem.points)));
            if (b > 0 && !(band.from > rubricItem.bands[b - 1].from))
                fail(from, Text::tr("%1 must be above the previous band's %2 (bands ascending)")
                               .arg(num(band.from), num(rubricItem.bands[b - 1].from)));
            if (band.description.trimmed().isEmpty())
                fail(member(at, "description"), Text::tr("a description is required"));
        }
    }

    // Configured targets (issue 16): only where the group compares with a target, each for
    // a known team the benchmark applies to, once, finite and above 0.
    void checkTargets(const QString &path, const BenchmarkGroup &group,
                      const Benchmark &benchmark) const
    {
        if (benchmark.targets.empty())
            return;
        if (group.normalization != Normalization::TargetRatio)
            fail(path, Text::tr("targets are allowed only in a group that uses target_ratio "
                                "(group %1 uses %2)")
                           .arg(quoted(group.id), toString(group.normalization)));
        QHash<QString, qsizetype> seen;
        for (std::size_t i = 0; i < benchmark.targets.size(); ++i) {
            const BenchmarkTarget &target = benchmark.targets[i];
            const QString at = item(path, qsizetype(i));
            checkKnownTeam(member(at, "team"), target.team);
            if (!benchmark.teams.isEmpty() && !benchmark.teams.contains(target.team))
                fail(member(at, "team"), Text::tr("benchmark %1 does not apply to team %2")
                                             .arg(quoted(benchmark.id), quoted(target.team)));
            if (seen.contains(target.team))
                fail(member(at, "team"), Text::tr("team %1 is listed twice (first at %2)")
                                             .arg(quoted(target.team),
                                                  item(path, seen.value(target.team))));
            seen.insert(target.team, qsizetype(i));
            checkPositive(member(at, "target"), target.target);
        }
    }

    static void checkExpertCategory(const QString &path, const Category &category,
                                    FirstSeen &rubricIds)
    {
        const QString trimPath = member(member(path, "aggregation"), "trim");
        if (category.aggregation == Aggregation::TrimmedMean && category.trim < 1)
            fail(trimPath,
                 Text::tr("must be at least 1 for trimmed_mean (found %1)").arg(category.trim));
        if (category.trim < 0)
            fail(trimPath, Text::tr("must not be negative (found %1)").arg(category.trim));
        const QString itemsPath = member(path, "items");
        double sum = 0.0;
        for (std::size_t j = 0; j < category.rubric.size(); ++j) {
            const RubricItem &rubricItem = category.rubric[j];
            const QString at = item(itemsPath, qsizetype(j));
            checkId(member(at, "id"), rubricItem.id, rubricIds);
            checkPositive(member(at, "points"), rubricItem.points);
            checkPositive(member(at, "step"), rubricItem.step);
            checkBands(member(at, "bands"), rubricItem);
            sum += rubricItem.points;
        }
        checkPointSum(itemsPath, sum, category.points, false);
    }

    static void checkUserCategory(const QString &path, const Category &category,
                                  FirstSeen &userItemIds)
    {
        if (category.scaleMin >= category.scaleMax)
            fail(member(path, "scale"), Text::tr("min %1 must be below max %2")
                                            .arg(category.scaleMin)
                                            .arg(category.scaleMax));
        if (category.userNormalization != Normalization::Absolute
            && category.userNormalization != Normalization::BestRatio)
            fail(member(path, "normalization"),
                 Text::tr("expected absolute or best_ratio for a user category (found %1)")
                     .arg(quoted(toString(category.userNormalization))));
        const QString itemsPath = member(path, "items");
        if (category.userItems.empty())
            fail(itemsPath, Text::tr("at least one item is required"));
        for (std::size_t j = 0; j < category.userItems.size(); ++j) {
            const UserItem &userItem = category.userItems[j];
            const QString at = item(itemsPath, qsizetype(j));
            checkId(member(at, "id"), userItem.id, userItemIds);
            checkPositive(member(at, "weight"), userItem.weight);
        }
    }

    void checkTeams() const
    {
        FirstSeen ids;
        for (std::size_t i = 0; i < m_panel.teams.size(); ++i) {
            const Team &team = m_panel.teams[i];
            const QString at = item(QStringLiteral("teams"), qsizetype(i));
            checkId(member(at, "id"), team.id, ids);
            checkIdSyntax(member(at, "entered_round"), team.enteredRound);
        }
    }

    void checkReviewers() const
    {
        FirstSeen ids;
        for (std::size_t i = 0; i < m_panel.reviewers.size(); ++i) {
            const Reviewer &reviewer = m_panel.reviewers[i];
            const QString at = item(QStringLiteral("reviewers"), qsizetype(i));
            checkId(member(at, "id"), reviewer.id, ids);
            checkTeamList(member(at, "conflicts"), reviewer.conflicts);
        }
    }

    void checkResults() const
    {
        QHash<QString, qsizetype> seen;   // team + '\n' + benchmark -> first index
        for (std::size_t i = 0; i < m_panel.benchmarkResults.size(); ++i) {
            const BenchmarkResult &result = m_panel.benchmarkResults[i];
            const QString at = item(QStringLiteral("benchmark_results"), qsizetype(i));
            checkKnownTeam(member(at, "team"), result.team);
            const auto ref = m_benchmarks.constFind(result.benchmark);
            if (ref == m_benchmarks.constEnd())
                fail(member(at, "benchmark"),
                     Text::tr("unknown benchmark %1").arg(quoted(result.benchmark)));
            const Benchmark &benchmark = *ref->benchmark;
            if (!benchmark.teams.isEmpty() && !benchmark.teams.contains(result.team))
                fail(member(at, "benchmark"), Text::tr("benchmark %1 does not apply to team %2")
                                                  .arg(quoted(benchmark.id), quoted(result.team)));
            const QString key = result.team + QLatin1Char('\n') + result.benchmark;
            if (seen.contains(key))
                fail(at, Text::tr("duplicate result for team %1 and benchmark %2 (first at %3)")
                             .arg(quoted(result.team), quoted(result.benchmark),
                                  item(QStringLiteral("benchmark_results"), seen.value(key))));
            seen.insert(key, qsizetype(i));
            checkFinite(member(at, "score"), result.score);

            const BenchmarkGroup &group = *ref->group;
            if (result.target)
                checkFinite(member(at, "target"), *result.target);
            // R2 with issue 16: the result's own target, else the team's configured one.
            if (group.normalization == Normalization::TargetRatio) {
                if (result.target)
                    checkPositive(member(at, "target"), *result.target);
                else if (!benchmark.configuredTarget(result.team))
                    fail(member(at, "target"),
                         Text::tr("required because group %1 uses target_ratio (and benchmark %2 "
                                  "configures no target for team %3)")
                             .arg(quoted(group.id), quoted(benchmark.id), quoted(result.team)));
            }
        }
    }

    void checkExpertScores() const
    {
        QHash<QString, qsizetype> seen;   // reviewer + team + item -> first index
        for (std::size_t i = 0; i < m_panel.expertScores.size(); ++i) {
            const ExpertScore &score = m_panel.expertScores[i];
            const QString at = item(QStringLiteral("expert_scores"), qsizetype(i));
            const auto reviewer = m_reviewers.constFind(score.reviewer);
            if (reviewer == m_reviewers.constEnd())
                fail(member(at, "reviewer"),
                     Text::tr("unknown reviewer %1").arg(quoted(score.reviewer)));
            checkKnownTeam(member(at, "team"), score.team);
            const auto ref = m_rubric.constFind(score.item);
            if (ref == m_rubric.constEnd())
                fail(member(at, "item"),
                     Text::tr("unknown item %1 (expected an item of an expert category)")
                         .arg(quoted(score.item)));
            if ((*reviewer)->conflicts.contains(score.team))
                fail(member(at, "reviewer"),
                     Text::tr("reviewer %1 has a declared conflict of interest with team %2")
                         .arg(quoted(score.reviewer), quoted(score.team)));
            const QString key = score.reviewer + QLatin1Char('\n') + score.team
                                + QLatin1Char('\n') + score.item;
            if (seen.contains(key))
                fail(at, Text::tr("duplicate score by reviewer %1 for team %2 and item %3 "
                                  "(first at %4)")
                             .arg(quoted(score.reviewer), quoted(score.team), quoted(score.item),
                                  item(QStringLiteral("expert_scores"), seen.value(key))));
            seen.insert(key, qsizetype(i));

            const RubricItem &rubricItem = *ref->item;
            const QString scorePath = member(at, "score");
            checkFinite(scorePath, score.score);
            if (!scoreInRange(score.score, rubricItem.points))
                fail(scorePath, score.score < 0.0
                                    ? Text::tr("%1 is below 0").arg(num(score.score))
                                    : Text::tr("%1 is above the item's %2 points (item %3)")
                                          .arg(num(score.score), num(rubricItem.points),
                                               quoted(rubricItem.id)));
            if (!onItemStep(score.score, rubricItem.step))
                fail(scorePath, Text::tr("%1 is not a multiple of the item's step %2 (item %3)")
                                    .arg(num(score.score), num(rubricItem.step),
                                         quoted(rubricItem.id)));
        }
    }

    // R3: a sheet (reviewer, team) is all draft, or all submitted with every rubric item.
    void checkSheets() const
    {
        struct Sheet {
            qsizetype first = 0;
            QSet<QString> items;
        };
        QHash<QString, Sheet> sheets;
        const QString list = QStringLiteral("expert_scores");
        for (std::size_t i = 0; i < m_panel.expertScores.size(); ++i) {
            const ExpertScore &score = m_panel.expertScores[i];
            const QString key = score.reviewer + QLatin1Char('\n') + score.team;
            auto sheet = sheets.find(key);
            if (sheet == sheets.end())
                sheet = sheets.insert(key, Sheet{qsizetype(i), {}});
            const ExpertScore &first = m_panel.expertScores[std::size_t(sheet->first)];
            if (score.submitted != first.submitted)
                fail(member(item(list, qsizetype(i)), "submitted"),
                     Text::tr("the sheet of reviewer %1 for team %2 mixes submitted and draft "
                              "scores (%3 is %4); a sheet is all submitted or all draft")
                         .arg(quoted(score.reviewer), quoted(score.team),
                              item(list, sheet->first),
                              first.submitted ? Text::tr("submitted") : Text::tr("a draft")));
            sheet->items.insert(score.item);
        }

        // Report in the order the sheets first appear.
        for (std::size_t i = 0; i < m_panel.expertScores.size(); ++i) {
            const ExpertScore &score = m_panel.expertScores[i];
            const Sheet &sheet = sheets[score.reviewer + QLatin1Char('\n') + score.team];
            if (sheet.first != qsizetype(i) || !score.submitted)
                continue;
            for (const Category &category : m_panel.categories) {
                if (category.kind != CategoryKind::Expert)
                    continue;
                for (const RubricItem &rubricItem : category.rubric)
                    if (!sheet.items.contains(rubricItem.id))
                        fail(item(list, qsizetype(i)),
                             Text::tr("the submitted sheet of reviewer %1 for team %2 has no "
                                      "score for item %3; a submitted sheet needs every item")
                                 .arg(quoted(score.reviewer), quoted(score.team),
                                      quoted(rubricItem.id)));
            }
        }
    }

    void checkRatings() const
    {
        QHash<QString, qsizetype> seen;   // evaluator + team + item -> first index
        const QString list = QStringLiteral("user_ratings");
        for (std::size_t i = 0; i < m_panel.userRatings.size(); ++i) {
            const UserRating &rating = m_panel.userRatings[i];
            const QString at = item(list, qsizetype(i));
            checkIdSyntax(member(at, "evaluator"), rating.evaluator);
            checkKnownTeam(member(at, "team"), rating.team);
            const auto ref = m_userItems.constFind(rating.item);
            if (ref == m_userItems.constEnd())
                fail(member(at, "item"),
                     Text::tr("unknown item %1 (expected an item of a user category)")
                         .arg(quoted(rating.item)));
            const QString key = rating.evaluator + QLatin1Char('\n') + rating.team
                                + QLatin1Char('\n') + rating.item;
            if (seen.contains(key))
                fail(at, Text::tr("duplicate rating by evaluator %1 for team %2 and item %3 "
                                  "(first at %4)")
                             .arg(quoted(rating.evaluator), quoted(rating.team),
                                  quoted(rating.item), item(list, seen.value(key))));
            seen.insert(key, qsizetype(i));
            const Category &category = *ref->category;
            if (rating.rating < category.scaleMin || rating.rating > category.scaleMax)
                fail(member(at, "rating"), Text::tr("%1 is outside the scale %2..%3")
                                               .arg(rating.rating)
                                               .arg(category.scaleMin)
                                               .arg(category.scaleMax));
        }
    }

    void checkIndependence() const
    {
        QHash<QString, qsizetype> seen;
        const QString list = QStringLiteral("independence");
        for (std::size_t i = 0; i < m_panel.independence.size(); ++i) {
            const Independence &entry = m_panel.independence[i];
            const QString at = item(list, qsizetype(i));
            checkKnownTeam(member(at, "team"), entry.team);
            if (seen.contains(entry.team))
                fail(member(at, "team"), Text::tr("a second entry for team %1 (first at %2)")
                                             .arg(quoted(entry.team),
                                                  item(list, seen.value(entry.team))));
            seen.insert(entry.team, qsizetype(i));
            if (entry.verdict != Verdict::Pending && entry.rationale.trimmed().isEmpty())
                fail(member(at, "rationale"),
                     Text::tr("a written rationale is required for a %1 verdict")
                         .arg(quoted(toString(entry.verdict))));
            for (std::size_t j = 0; j < entry.components.size(); ++j)
                if (entry.components[j].component.trimmed().isEmpty())
                    fail(member(item(member(at, "components"), qsizetype(j)), "component"),
                         Text::tr("the component must be named"));
        }
    }

    const Panel &m_panel;
    QSet<QString> m_teams;
    QSet<QString> m_categories;
    QHash<QString, BenchmarkRef> m_benchmarks;
    QHash<QString, RubricRef> m_rubric;
    QHash<QString, UserItemRef> m_userItems;
    QHash<QString, const Reviewer *> m_reviewers;
};

} // namespace

void validatePanel(const Panel &panel)
{
    Validator(panel).run();
}

} // namespace pd
