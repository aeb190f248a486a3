#include "itemmodels/ChartTableModels.h"

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

std::vector<std::vector<double>> submittedTotalsByTeam(const Panel &panel, const Standings &standings)
{
    QHash<QString, QHash<QString, double>> totals;   // team -> reviewer -> total
    for (const ExpertScore &s : panel.expertScores)
        if (s.submitted)
            totals[s.team][s.reviewer] += s.score;
    std::vector<std::vector<double>> byTeam;
    for (const TeamStanding &t : standings.teams) {
        std::vector<double> values;
        for (double total : totals.value(t.team))
            values.push_back(total);
        std::sort(values.begin(), values.end());
        byTeam.push_back(std::move(values));
    }
    return byTeam;
}

void ExpertBoxModel::fill(const Panel &panel, const Standings &standings)
{
    beginResetModel();
    m_teams.clear();
    m_summaries.clear();
    const auto totals = submittedTotalsByTeam(panel, standings);
    for (std::size_t i = 0; i < standings.teams.size(); ++i) {
        m_teams << teamName(panel, standings.teams[i].team);
        m_summaries.push_back(fiveNumberSummary(totals[i]));
    }
    endResetModel();
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

void ExpertPointsModel::fill(const Panel &panel, const Standings &standings)
{
    beginResetModel();
    m_points.clear();
    const auto totals = submittedTotalsByTeam(panel, standings);
    for (std::size_t i = 0; i < totals.size(); ++i)
        for (double total : totals[i])
            m_points.emplace_back(static_cast<int>(i), total);
    endResetModel();
}

int ExpertPointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int ExpertPointsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 2; }

QVariant ExpertPointsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &point = m_points.at(static_cast<std::size_t>(index.row()));
    return index.column() == 0 ? QVariant(point.first) : QVariant(point.second);
}

void AchievementModel::fill(const Panel &panel, const Standings &standings)
{
    beginResetModel();
    m_categories.clear();
    m_teams.clear();
    m_percent.clear();
    for (const Category &c : panel.categories)
        m_categories << c.name;
    for (const TeamStanding &t : standings.teams) {
        m_teams << teamName(panel, t.team);
        std::vector<double> row;
        for (std::size_t c = 0; c < panel.categories.size(); ++c) {
            const double points = panel.categories[c].points;
            row.push_back(points > 0 ? 100.0 * t.categories.at(c).second / points : 0.0);
        }
        m_percent.push_back(std::move(row));
    }
    endResetModel();
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
