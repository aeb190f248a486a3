#include "itemmodels/ChartTableModels.h"

#include "scoring/ExpertScoring.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace pd {
namespace {

double quantile(const std::vector<double> &sorted, double p)
{
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

QString teamName(const Panel &panel, const QString &id)
{
    const Team *team = panel.team(id);
    return team ? team->name : id;
}

} // namespace

std::array<double, 5> fiveNumberSummary(std::vector<double> values)
{
    if (values.empty())
        return {0, 0, 0, 0, 0};
    std::sort(values.begin(), values.end());
    return {values.front(), quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75),
            values.back()};
}

std::vector<std::vector<double>> sheetTotalsByTeam(const Panel &panel, const Standings &standings)
{
    std::vector<std::vector<double>> byTeam(standings.teams.size());
    const auto expert = std::find_if(panel.categories.begin(), panel.categories.end(),
                                     [](const Category &c) { return c.kind == CategoryKind::Expert; });
    if (expert == panel.categories.end())
        return byTeam;
    QHash<QString, std::size_t> position;
    for (std::size_t i = 0; i < standings.teams.size(); ++i)
        position.insert(standings.teams[i].team, i);
    for (const SheetTotal &sheet : countedSheets(*expert, panel)) {
        const auto at = position.constFind(sheet.team);
        if (at != position.cend())
            byTeam[*at].push_back(sheet.total);
    }
    for (std::vector<double> &values : byTeam)
        std::sort(values.begin(), values.end());
    return byTeam;
}

void ExpertBoxModel::fill(const Panel &panel, const Standings &standings,
                          const std::vector<std::vector<double>> &totals)
{
    QStringList teams;
    std::vector<std::array<double, 5>> summaries;
    for (std::size_t i = 0; i < standings.teams.size(); ++i) {
        teams << teamName(panel, standings.teams[i].team);
        summaries.push_back(fiveNumberSummary(totals[i]));
    }
    // a column per team: announce the columns whose team or figures changed
    Changes changes;
    if (teams.size() == m_teams.size()) {
        std::vector<bool> changed(static_cast<std::size_t>(teams.size()));
        for (std::size_t i = 0; i < changed.size(); ++i)
            changed[i] = teams.at(qsizetype(i)) != m_teams.at(qsizetype(i)) || summaries[i] != m_summaries[i];
        for (const auto &[first, last] : runs(changed))
            changes.cells.push_back({0, 4, first, last});
        changes.columnHeaders = runs(changed);
    }
    replaceContents(5, static_cast<int>(teams.size()), changes, [&] {
        m_teams = std::move(teams);
        m_summaries = std::move(summaries);
    });
}

int ExpertBoxModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 5; }

int ExpertBoxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_teams.size());
}

QVariant ExpertBoxModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_summaries.at(static_cast<std::size_t>(index.column()))
        .at(static_cast<std::size_t>(index.row()));
}

QVariant ExpertBoxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_teams.size())
        return m_teams.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void AchievementModel::fill(const Panel &panel, const Standings &standings)
{
    QStringList categories;
    QStringList teams;
    std::vector<std::vector<double>> percent;
    for (const Category &c : panel.categories)
        categories << c.name;
    for (const TeamStanding &t : standings.teams) {
        teams << teamName(panel, t.team);
        std::vector<double> row;
        for (std::size_t c = 0; c < panel.categories.size(); ++c) {
            const double points = panel.categories[c].points;
            row.push_back(points > 0 ? 100.0 * t.categories.at(c).second / points : 0.0);
        }
        percent.push_back(std::move(row));
    }
    const int rows = categories.isEmpty() ? 0 : static_cast<int>(categories.size()) + 1;
    // column 0 the angles, then a column per team: announce what changed
    Changes changes;
    if (categories != m_categories) {
        changes.cells.push_back({0, std::max(rows - 1, 0), 0, static_cast<int>(teams.size())});
        changes.rowHeaders.emplace_back(0, std::max(rows - 1, 0));
    } else if (teams.size() == m_teams.size()) {
        std::vector<bool> changed(static_cast<std::size_t>(teams.size()) + 1);
        for (std::size_t i = 0; i < percent.size(); ++i)
            changed[i + 1] = teams.at(qsizetype(i)) != m_teams.at(qsizetype(i)) || percent[i] != m_percent[i];
        for (const auto &[first, last] : runs(changed))
            changes.cells.push_back({0, std::max(rows - 1, 0), first, last});
        changes.columnHeaders = runs(changed);
    }
    replaceContents(rows, static_cast<int>(teams.size()) + 1, changes, [&] {
        m_categories = std::move(categories);
        m_teams = std::move(teams);
        m_percent = std::move(percent);
    });
}

int AchievementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_categories.isEmpty() ? 0 : static_cast<int>(m_categories.size()) + 1;
}

int AchievementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_teams.size());
}

QVariant AchievementModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int category = index.row() % static_cast<int>(m_categories.size());
    if (index.column() == 0)
        return index.row();   // the closing row sits at the full circle
    return m_percent.at(static_cast<std::size_t>(index.column() - 1))
        .at(static_cast<std::size_t>(category));
}

QVariant AchievementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 1
        && section <= m_teams.size())
        return m_teams.at(section - 1);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pd
