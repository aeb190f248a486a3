#include "report/ReportChartBlocks.h"

#include "itemmodels/ChartTableModels.h"
#include "scoring/CutMargin.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>
#include <algorithm>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)
};

QString number(double v) { return QString::number(v, 'g', 17); }   // shortest round-trip

class ChartBuilder {
public:
    ChartBuilder(const Panel &panel, const Standings &standings, const ChartScope &scope)
        : m_panel(panel), m_standings(standings), m_scope(scope)
    {
    }

    std::vector<ReportBlock> build()
    {
        stacked();
        byCategory();
        if (m_scope.sheetTotals)
            expertTotals();
        if (m_panel.categories.size() >= 3)
            achievement();
        groups();
        return std::move(m_blocks);
    }

private:
    const Panel &m_panel;
    const Standings &m_standings;
    const ChartScope &m_scope;
    std::vector<ReportBlock> m_blocks;

    QString teamName(const QString &id) const
    {
        const Team *t = m_panel.team(id);
        return t ? t->name : id;
    }

    ReportBlock chart(ReportChart kind, const QString &caption) const
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Chart;
        b.chart = kind;
        b.text = caption;
        b.decimals = m_panel.round.displayDecimals;
        b.averageLabel = Tr::tr("Average");
        return b;
    }

    QStringList categoryNames() const
    {
        QStringList names;
        for (const Category &c : m_panel.categories)
            names << c.name;
        return names;
    }

    // One row per shown team in rank order, and the averages: label, then `value` per column.
    template <typename Value>
    void teamRows(ReportBlock &b, int columns, Value value, bool averages = true) const
    {
        for (const TeamStanding &t : m_standings.teams) {
            if (!m_scope.showsScores(t.team))
                continue;
            QStringList row{teamName(t.team)};
            for (int c = 0; c < columns; ++c)
                row << number(value(&t, c));
            b.rows.push_back(row);
        }
        if (!averages)
            return;
        QStringList row{b.averageLabel};
        for (int c = 0; c < columns; ++c)
            row << number(value(nullptr, c));
        b.rows.push_back(row);
    }

    double categoryValue(const TeamStanding *t, int c) const
    {
        const QString &id = m_panel.categories[size_t(c)].id;
        return t ? t->categoryScore(id) : m_standings.averageCategory(id);
    }

    void stacked()
    {
        ReportBlock b = chart(ReportChart::StackedTotals,
                              Tr::tr("Category scores per team in rank order (bars stacked by category), "
                                     "the averages and the cut line"));
        b.header = categoryNames();
        b.scale = m_panel.totalPoints();
        teamRows(b, int(b.header.size()), [this](const TeamStanding *t, int c) { return categoryValue(t, c); });
        const CutLine cut = cutLine(m_standings, m_panel.round);
        if (cut.lastAbove && cut.firstBelow && m_scope.showsScores(*cut.lastAbove)
            && m_scope.showsScores(*cut.firstBelow)) {
            const double above = m_standings.find(*cut.lastAbove)->total;
            const double below = m_standings.find(*cut.firstBelow)->total;
            b.cutAt = (above + below) / 2.0;
            b.cutLabel = Tr::tr("Cut line (%1 – %2)").arg(formatScore(below, b.decimals),
                                                         formatScore(above, b.decimals));
        } else {   // the cut would tell the totals of teams this report does not show
            b.text = Tr::tr("Category scores per team in rank order (bars stacked by category) and the averages");
        }
        m_blocks.push_back(b);
    }

    void byCategory()
    {
        ReportBlock b = chart(ReportChart::ByCategory, Tr::tr("Scores per category (points), one bar per team"));
        b.header = categoryNames();
        for (const Category &c : m_panel.categories)
            b.scale = std::max(b.scale, c.points);
        teamRows(b, int(b.header.size()), [this](const TeamStanding *t, int c) { return categoryValue(t, c); });
        m_blocks.push_back(b);
    }

    void expertTotals()
    {
        const auto expert = std::find_if(m_panel.categories.begin(), m_panel.categories.end(),
                                         [](const Category &c) { return c.kind == CategoryKind::Expert; });
        if (expert == m_panel.categories.end())
            return;
        ReportBlock b = chart(ReportChart::ExpertTotals,
                              Tr::tr("Expert totals per team (counted sheets): lowest, quartiles, median, "
                                     "highest, and each sheet"));
        b.header = QStringList{expert->name};
        b.scale = expert->points;
        const std::vector<std::vector<double>> totals = sheetTotalsByTeam(m_panel, m_standings);
        bool any = false;
        for (size_t i = 0; i < m_standings.teams.size(); ++i) {
            const QString &team = m_standings.teams[i].team;
            if (!m_scope.showsScores(team))
                continue;
            QStringList row{teamName(team)};
            for (double v : totals[i])
                row << number(v);
            any = any || !totals[i].empty();
            b.rows.push_back(row);
        }
        b.averageLabel.clear();
        if (any)
            m_blocks.push_back(b);
    }

    void achievement()
    {
        ReportBlock b = chart(ReportChart::Achievement,
                              Tr::tr("Category achievement per team (% of the category's points)"));
        b.header = categoryNames();
        b.scale = 100.0;
        teamRows(b, int(b.header.size()), [this](const TeamStanding *t, int c) {
            const double points = m_panel.categories[size_t(c)].points;
            return points > 0 ? 100.0 * categoryValue(t, c) / points : 0.0;
        });
        m_blocks.push_back(b);
    }

    void groups()
    {
        std::vector<const BenchmarkGroup *> all;
        for (const Category &c : m_panel.categories)
            for (const BenchmarkGroup &g : c.groups)
                all.push_back(&g);
        if (all.empty())
            return;
        ReportBlock b = chart(ReportChart::BenchmarkGroups, Tr::tr("Benchmark group scores per team (points)"));
        for (const BenchmarkGroup *g : all) {
            b.header << g->name;
            b.scale = std::max(b.scale, g->points);
        }
        teamRows(b, int(all.size()), [&](const TeamStanding *t, int c) {
            const QString &id = all[size_t(c)]->id;
            if (t)
                return t->groupScore(id);
            double sum = 0.0;   // the average over every team, as the categories' averages
            for (const TeamStanding &s : m_standings.teams)
                sum += s.groupScore(id);
            return m_standings.teams.empty() ? 0.0 : sum / double(m_standings.teams.size());
        });
        m_blocks.push_back(b);
    }
};

} // namespace

std::vector<ReportBlock> chairChartBlocks(const Panel &panel, const Standings &standings, const ChartScope &scope)
{
    return ChartBuilder(panel, standings, scope).build();
}

} // namespace pd
