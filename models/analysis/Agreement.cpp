#include "analysis/Agreement.h"

#include "analysis/ChiSquare.h"

#include "scoring/ExpertScoring.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>


#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Agreement)
};

constexpr double kTiny = 1e-12;             // a sum of squares this small is zero
constexpr double kLeniencyFloorShare = 0.05;   // of the expert category's points
constexpr int kDisplayExtraDecimals = 1;    // R8: averages may show one more decimal

const Category *expertCategory(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            return &c;
    return nullptr;
}

// Ranks with average ranks for ties (highest value rank 1); `tieSum` receives the sum over
// tie groups of t^3 - t.
std::vector<double> ranksWithTies(const std::vector<double> &values, double *tieSum)
{
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return compareScores(values[a], values[b]) > 0;
    });
    std::vector<double> ranks(n, 0.0);
    double ties = 0.0;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j + 1 < n && compareScores(values[order[j + 1]], values[order[i]]) == 0)
            ++j;
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        const double t = static_cast<double>(j - i + 1);
        ties += t * t * t - t;
        i = j + 1;
    }
    if (tieSum)
        *tieSum = ties;
    return ranks;
}

double mean(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double sampleSd(const std::vector<double> &v)
{
    if (v.size() < 2)
        return 0.0;
    const double m = mean(v);
    double ss = 0.0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

bool rectangular(const std::vector<std::vector<double>> &table)
{
    return std::all_of(table.begin(), table.end(),
                       [&](const std::vector<double> &row) { return row.size() == table.front().size(); });
}

} // namespace

QString toString(NotComputable reason)
{
    switch (reason) {
    case NotComputable::None: return QString();
    case NotComputable::NoExpertCategory: return QStringLiteral("no_expert_category");
    case NotComputable::TooFewExperts: return QStringLiteral("too_few_experts");
    case NotComputable::TooFewTeams: return QStringLiteral("too_few_teams");
    case NotComputable::NoVariation: return QStringLiteral("no_variation");
    }
    return QString();
}

QString describe(NotComputable reason)
{
    switch (reason) {
    case NotComputable::None: return QString();
    case NotComputable::NoExpertCategory: return Tr::tr("the round has no expert category.");
    case NotComputable::TooFewExperts:
        return Tr::tr("fewer than 2 experts submitted sheets for the same teams.");
    case NotComputable::TooFewTeams:
        return Tr::tr("fewer than 2 teams were scored by the same experts.");
    case NotComputable::NoVariation:
        return Tr::tr("the experts' totals do not differ, so there is nothing to compare.");
    }
    return QString();
}

std::vector<double> averageRanks(const std::vector<double> &values)
{
    return ranksWithTies(values, nullptr);
}

std::optional<double> correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size() || a.size() < 2)
        return std::nullopt;
    const double ma = mean(a);
    const double mb = mean(b);
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= kTiny || sbb <= kTiny)
        return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

KendallW kendallW(const std::vector<std::vector<double>> &table)
{
    KendallW out;
    out.objects = static_cast<int>(table.size());
    out.judges = table.empty() ? 0 : static_cast<int>(table.front().size());
    if (!rectangular(table))
        throw std::invalid_argument("kendallW: the table has rows of different lengths");
    if (out.judges < 2) {
        out.reason = NotComputable::TooFewExperts;
        return out;
    }
    if (out.objects < 2) {
        out.reason = NotComputable::TooFewTeams;
        return out;
    }
    const auto n = static_cast<std::size_t>(out.objects);
    const auto m = static_cast<std::size_t>(out.judges);
    std::vector<double> rankSums(n, 0.0);
    for (std::size_t j = 0; j < m; ++j) {
        std::vector<double> column(n);
        for (std::size_t i = 0; i < n; ++i)
            column[i] = table[i][j];
        double ties = 0.0;
        const std::vector<double> ranks = ranksWithTies(column, &ties);
        out.tieCorrection += ties;
        for (std::size_t i = 0; i < n; ++i)
            rankSums[i] += ranks[i];
    }
    const double md = static_cast<double>(m);
    const double nd = static_cast<double>(n);
    const double expected = md * (nd + 1.0) / 2.0;
    for (double r : rankSums)
        out.s += (r - expected) * (r - expected);
    const double denominator = md * md * (nd * nd * nd - nd) - md * out.tieCorrection;
    if (denominator <= kTiny) {
        out.reason = NotComputable::NoVariation;
        return out;
    }
    out.w = 12.0 * out.s / denominator;
    out.degreesOfFreedom = out.objects - 1;
    out.chiSquare = md * (nd - 1.0) * out.w;
    out.pValue = chiSquareUpperTail(out.chiSquare, out.degreesOfFreedom);
    return out;
}

IccBand iccBand(double icc)
{
    if (icc < 0.5)
        return IccBand::Poor;
    if (icc < 0.75)
        return IccBand::Moderate;
    if (icc <= 0.9)
        return IccBand::Good;
    return IccBand::Excellent;
}

QString toString(IccBand band)
{
    switch (band) {
    case IccBand::Poor: return QStringLiteral("poor");
    case IccBand::Moderate: return QStringLiteral("moderate");
    case IccBand::Good: return QStringLiteral("good");
    case IccBand::Excellent: return QStringLiteral("excellent");
    }
    return QString();
}

QString describe(IccBand band)
{
    switch (band) {
    case IccBand::Poor: return Tr::tr("poor");
    case IccBand::Moderate: return Tr::tr("moderate");
    case IccBand::Good: return Tr::tr("good");
    case IccBand::Excellent: return Tr::tr("excellent");
    }
    return QString();
}

Icc21 icc21(const std::vector<std::vector<double>> &table)
{
    Icc21 out;
    out.targets = static_cast<int>(table.size());
    out.judges = table.empty() ? 0 : static_cast<int>(table.front().size());
    if (!rectangular(table))
        throw std::invalid_argument("icc21: the table has rows of different lengths");
    if (out.judges < 2) {
        out.reason = NotComputable::TooFewExperts;
        return out;
    }
    if (out.targets < 2) {
        out.reason = NotComputable::TooFewTeams;
        return out;
    }
    const auto n = static_cast<std::size_t>(out.targets);
    const auto k = static_cast<std::size_t>(out.judges);
    const double nd = static_cast<double>(n);
    const double kd = static_cast<double>(k);
    double grand = 0.0;
    std::vector<double> rowMeans(n, 0.0), columnMeans(k, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            grand += table[i][j];
            rowMeans[i] += table[i][j] / kd;
            columnMeans[j] += table[i][j] / nd;
        }
    grand /= nd * kd;
    double ssTotal = 0.0, ssRows = 0.0, ssColumns = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < k; ++j)
            ssTotal += (table[i][j] - grand) * (table[i][j] - grand);
    for (double r : rowMeans)
        ssRows += kd * (r - grand) * (r - grand);
    for (double c : columnMeans)
        ssColumns += nd * (c - grand) * (c - grand);
    const double ssError = std::max(0.0, ssTotal - ssRows - ssColumns);
    out.msRows = ssRows / (nd - 1.0);
    out.msColumns = ssColumns / (kd - 1.0);
    out.msError = ssError / ((nd - 1.0) * (kd - 1.0));
    const double denominator =
        out.msRows + (kd - 1.0) * out.msError + kd * (out.msColumns - out.msError) / nd;
    if (ssTotal <= kTiny || denominator <= kTiny) {
        out.reason = NotComputable::NoVariation;
        return out;
    }
    out.value = (out.msRows - out.msError) / denominator;
    out.band = iccBand(out.value);
    return out;
}

QString toString(ExpertFlag flag)
{
    switch (flag) {
    case ExpertFlag::Lenient: return QStringLiteral("lenient");
    case ExpertFlag::Severe: return QStringLiteral("severe");
    case ExpertFlag::UnlikePanel: return QStringLiteral("unlike_panel");
    }
    return QString();
}

QString describe(ExpertFlag flag)
{
    switch (flag) {
    case ExpertFlag::Lenient: return Tr::tr("lenient");
    case ExpertFlag::Severe: return Tr::tr("severe");
    case ExpertFlag::UnlikePanel: return Tr::tr("unlike the panel");
    }
    return QString();
}

QString formatCoefficient(double value) { return formatScore(value, 3); }

QString formatPValue(double p)
{
    return p < 0.0005 ? QStringLiteral("< 0.001") : formatScore(p, 3);
}

QString formatPStatement(double p)
{
    return p < 0.0005 ? QStringLiteral("p < 0.001") : QStringLiteral("p = ") + formatScore(p, 3);
}

QString formatLeniency(double points, int decimals)
{
    const QString text = formatScore(points, decimals);
    if (text == formatScore(0.0, decimals))
        return formatScore(0.0, decimals);
    return points > 0 ? QStringLiteral("+") + text : text;
}

AgreementBlock chooseBlock(const Panel &panel, const Category &category)
{
    const std::vector<SheetTotal> sheets = countedSheets(category, panel);
    QHash<QString, int> perTeam;
    QHash<QString, QSet<QString>> held;   // reviewer -> teams
    for (const SheetTotal &s : sheets) {
        ++perTeam[s.team];
        held[s.reviewer].insert(s.team);
    }
    AgreementBlock block;
    for (const Team &t : panel.teams)
        if (perTeam.value(t.id) >= 2)
            block.teams << t.id;
    for (const Reviewer &r : panel.reviewers) {
        const QSet<QString> &mine = held.value(r.id);
        if (std::any_of(block.teams.begin(), block.teams.end(),
                        [&](const QString &t) { return mine.contains(t); }))
            block.experts << r.id;
    }

    while (!block.experts.isEmpty() && !block.teams.isEmpty()) {
        // The removal that loses the fewest counted sheets; an expert before a team, the
        // later one in panel order first.
        qsizetype bestCost = -1;
        bool bestIsExpert = false;
        qsizetype bestIndex = -1;
        for (qsizetype e = block.experts.size() - 1; e >= 0; --e) {
            const QSet<QString> &mine = held.value(block.experts.at(e));
            const auto present = std::count_if(block.teams.begin(), block.teams.end(),
                                               [&](const QString &t) { return mine.contains(t); });
            if (present == block.teams.size())
                continue;
            if (bestCost < 0 || present < bestCost) {
                bestCost = present;
                bestIsExpert = true;
                bestIndex = e;
            }
        }
        for (qsizetype t = block.teams.size() - 1; t >= 0; --t) {
            const QString &team = block.teams.at(t);
            const auto present = std::count_if(block.experts.begin(), block.experts.end(), [&](const QString &e) {
                return held.value(e).contains(team);
            });
            if (present == block.experts.size())
                continue;
            if (bestCost < 0 || present < bestCost) {
                bestCost = present;
                bestIsExpert = false;
                bestIndex = t;
            }
        }
        if (bestCost < 0)
            break;   // complete
        if (bestIsExpert)
            block.experts.removeAt(bestIndex);
        else
            block.teams.removeAt(bestIndex);
    }
    if (block.experts.isEmpty() || block.teams.isEmpty())
        return {};
    // Whoever was removed early but turns out to be complete for what is left comes back
    // (an expert first, then a team), so nobody is left out needlessly.
    QStringList experts, teams;
    for (const Reviewer &r : panel.reviewers) {
        const QSet<QString> &mine = held.value(r.id);
        if (block.experts.contains(r.id)
            || std::all_of(block.teams.begin(), block.teams.end(),
                           [&](const QString &t) { return mine.contains(t); }))
            experts << r.id;
    }
    for (const Team &t : panel.teams) {
        if (block.teams.contains(t.id)
            || (perTeam.value(t.id) >= 2
                && std::all_of(experts.begin(), experts.end(),
                               [&](const QString &e) { return held.value(e).contains(t.id); })))
            teams << t.id;
    }
    return {experts, teams};
}

QString explainKendall(const KendallW &w)
{
    if (!w.computable())
        return Tr::tr("Kendall's W cannot be computed: %1").arg(describe(w.reason));
    QString text = w.pValue < 0.05
        ? Tr::tr("W = %1 (1 = every expert ranks the teams in the same order, 0 = no common "
                 "order); %2: agreement this strong is unlikely if the experts ranked at random.")
        : Tr::tr("W = %1 (1 = every expert ranks the teams in the same order, 0 = no common "
                 "order); %2: agreement this weak could be chance.");
    text = text.arg(formatCoefficient(w.w), formatPStatement(w.pValue));
    if (w.objects < 8)
        text += QLatin1Char(' ') + Tr::tr("With fewer than 8 teams p is only approximate.");
    return text;
}

QString explainIcc(const Icc21 &icc)
{
    if (!icc.computable())
        return Tr::tr("ICC(2,1) cannot be computed: %1").arg(describe(icc.reason));
    return Tr::tr("ICC(2,1) = %1, %2 (Koo & Li 2016): how closely one expert's total for a team "
                  "matches another expert's, 1 = identical totals, 0 or less = no agreement.")
        .arg(formatCoefficient(icc.value), describe(icc.band));
}

PanelAgreement computeAgreement(const Panel &panel)
{
    PanelAgreement out;
    const Category *category = expertCategory(panel);
    const int decimals = panel.round.displayDecimals + kDisplayExtraDecimals;
    if (!category) {
        out.kendall.reason = NotComputable::NoExpertCategory;
        out.icc.reason = NotComputable::NoExpertCategory;
        for (const Reviewer &r : panel.reviewers) {
            if (r.role != Role::Expert)
                continue;
            ExpertAgreement e;
            e.reviewer = r.id;
            e.name = r.name;
            e.explanation = Tr::tr("%1: the round has no expert category.").arg(r.name);
            out.experts.push_back(e);
        }
        return out;
    }
    out.category = category->id;
    out.categoryPoints = category->points;
    out.leniencyThreshold = kLeniencyFloorShare * category->points;

    const std::vector<SheetTotal> sheets = countedSheets(*category, panel);
    out.countedSheets = static_cast<int>(sheets.size());
    QHash<QString, QHash<QString, double>> totals;   // team -> reviewer -> E(e,t)
    for (const SheetTotal &s : sheets)
        totals[s.team].insert(s.reviewer, s.total);
    QHash<QString, double> teamMean;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        double sum = 0.0;
        for (double v : it.value())
            sum += v;
        teamMean.insert(it.key(), sum / static_cast<double>(it.value().size()));
    }

    const AgreementBlock block = chooseBlock(panel, *category);
    out.tableExperts = block.experts;
    out.tableTeams = block.teams;
    for (const Reviewer &r : panel.reviewers) {
        const bool holds = std::any_of(sheets.begin(), sheets.end(),
                                       [&](const SheetTotal &s) { return s.reviewer == r.id; });
        if (holds && !block.experts.contains(r.id))
            out.excludedExperts << r.id;
    }
    for (const Team &t : panel.teams)
        if (!block.teams.contains(t.id))
            out.excludedTeams << t.id;

    // The table: rows teams, columns experts.
    std::vector<std::vector<double>> table;
    for (const QString &t : block.teams) {
        std::vector<double> row;
        for (const QString &e : block.experts)
            row.push_back(totals.value(t).value(e));
        table.push_back(row);
    }
    if (block.experts.size() < 2) {
        out.kendall.reason = NotComputable::TooFewExperts;
        out.icc.reason = NotComputable::TooFewExperts;
        out.kendall.judges = out.icc.judges = static_cast<int>(block.experts.size());
        out.kendall.objects = out.icc.targets = static_cast<int>(block.teams.size());
    } else if (block.teams.size() < 2) {
        out.kendall.reason = NotComputable::TooFewTeams;
        out.icc.reason = NotComputable::TooFewTeams;
        out.kendall.judges = out.icc.judges = static_cast<int>(block.experts.size());
        out.kendall.objects = out.icc.targets = static_cast<int>(block.teams.size());
    } else {
        out.kendall = kendallW(table);
        out.icc = icc21(table);
    }

    // Each table expert's ranks of the table's teams (for the rank correlation).
    const std::size_t nTeams = table.size();
    std::vector<std::vector<double>> ranks;   // per table expert
    for (qsizetype j = 0; j < block.experts.size(); ++j) {
        std::vector<double> column(nTeams);
        for (std::size_t i = 0; i < nTeams; ++i)
            column[i] = table[i][static_cast<std::size_t>(j)];
        ranks.push_back(averageRanks(column));
    }
    const bool correlate = block.experts.size() >= 3 && block.teams.size() >= 3;

    for (const Reviewer &r : panel.reviewers) {
        ExpertAgreement e;
        e.reviewer = r.id;
        e.name = r.name;
        std::vector<double> offsets;
        for (const Team &t : panel.teams) {
            const auto byReviewer = totals.value(t.id);
            const auto it = byReviewer.constFind(r.id);
            if (it == byReviewer.constEnd())
                continue;
            ++e.sheets;
            if (byReviewer.size() >= 2)
                offsets.push_back(it.value() - teamMean.value(t.id));
        }
        if (r.role != Role::Expert && e.sheets == 0)
            continue;
        e.comparedTeams = static_cast<int>(offsets.size());
        if (!offsets.empty())
            e.leniency = mean(offsets);
        const qsizetype column = block.experts.indexOf(r.id);
        e.inTable = column >= 0;
        if (e.inTable && correlate) {
            std::vector<double> othersNegated(nTeams, 0.0);
            for (std::size_t j = 0; j < ranks.size(); ++j)
                if (j != static_cast<std::size_t>(column))
                    for (std::size_t i = 0; i < nTeams; ++i)
                        othersNegated[i] -= ranks[j][i];   // a lower rank sum is better
            e.rankCorrelation = correlation(ranks[static_cast<std::size_t>(column)],
                                            averageRanks(othersNegated));
        }
        out.experts.push_back(e);
    }

    // Flags and explanations.
    for (ExpertAgreement &e : out.experts) {
        double othersMean = 0.0, othersSd = 0.0;
        if (e.leniency) {
            std::vector<double> others;
            for (const ExpertAgreement &o : out.experts)
                if (&o != &e && o.leniency)
                    others.push_back(*o.leniency);
            if (others.size() >= 3) {
                othersMean = mean(others);
                othersSd = sampleSd(others);
                const double diff = *e.leniency - othersMean;
                if (std::abs(diff) >= out.leniencyThreshold - kScoreEpsilon
                    && std::abs(diff) > 2.0 * othersSd)
                    e.flags.push_back(diff > 0 ? ExpertFlag::Lenient : ExpertFlag::Severe);
            }
        }
        if (e.rankCorrelation && *e.rankCorrelation <= kScoreEpsilon)
            e.flags.push_back(ExpertFlag::UnlikePanel);

        QStringList sentences;
        if (e.sheets == 0) {
            sentences << Tr::tr("%1 has no submitted sheet.").arg(e.name);
        } else if (!e.leniency) {
            sentences << Tr::tr("%1 scored no team that another expert also scored: nothing to compare.")
                             .arg(e.name);
        } else {
            const QString amount = formatScore(std::abs(*e.leniency), decimals);
            const bool zero = amount == formatScore(0.0, decimals);
            const bool lenient = std::find(e.flags.begin(), e.flags.end(), ExpertFlag::Lenient) != e.flags.end();
            const bool severe = std::find(e.flags.begin(), e.flags.end(), ExpertFlag::Severe) != e.flags.end();
            if (lenient || severe) {
                const QString others = formatLeniency(othersMean, decimals);
                const QString spread = formatScore(othersSd, decimals);
                sentences << (lenient ? Tr::tr("%1 scores %2 points above the panel on average, far from "
                                               "the other experts (their average %3, typical spread %4).")
                                      : Tr::tr("%1 scores %2 points below the panel on average, far from "
                                               "the other experts (their average %3, typical spread %4)."))
                                 .arg(e.name, amount, others, spread);
            } else if (zero) {
                sentences << Tr::tr("%1 scores like the panel on average.").arg(e.name);
            } else {
                sentences << (*e.leniency > 0 ? Tr::tr("%1 scores %2 points above the panel on average.")
                                              : Tr::tr("%1 scores %2 points below the panel on average."))
                                 .arg(e.name, amount);
            }
        }
        if (e.rankCorrelation
            && std::find(e.flags.begin(), e.flags.end(), ExpertFlag::UnlikePanel) != e.flags.end())
            sentences << Tr::tr("%1 orders the teams unlike the rest of the panel (rank correlation %2).")
                             .arg(e.name, formatCoefficient(*e.rankCorrelation));
        if (e.sheets > 0 && !e.inTable && !block.teams.isEmpty())
            sentences << Tr::tr("Not in W and ICC: this expert did not score every team of the table.");
        e.explanation = sentences.join(QLatin1Char(' '));
    }
    return out;
}

} // namespace pd
