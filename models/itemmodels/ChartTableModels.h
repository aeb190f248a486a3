#pragma once
// Small table models that feed the chair's charts through Qt Charts model mappers (issue 4,
// item 2); the bar charts map the standings model itself. Each is filled from the chair's
// visible panel and standings, so drafts never reach a chart (R3).
//
//  - ExpertBoxModel: one column per team (rank order) and five rows — lowest total, lower
//    quartile, median, upper quartile, highest total of its submitted sheets (quartiles by
//    linear interpolation between order statistics) — for QVBoxPlotModelMapper.
//  - AchievementModel: one row per category plus the first again (closing the polygon);
//    column 0 the angle position, then one column per team with its category score as % of
//    the category's points — for QVXYModelMapper on a polar chart.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include "itemmodels/InPlaceTableModel.h"

#include <QAbstractTableModel>
#include <array>

namespace pd {

// Five-number summary of `values` (empty: all zero): min, Q1, median, Q3, max.
std::array<double, 5> fiveNumberSummary(std::vector<double> values);

// The total of every sheet that counts (R3: submitted, complete, no conflict; the engine's
// countedSheets) of the round's expert category, per team in the order of `standings`, each
// list sorted. Empty lists when the round has no expert category.
std::vector<std::vector<double>> sheetTotalsByTeam(const Panel &panel, const Standings &standings);

// Filled in place while the number of teams stays (InPlaceTableModel).
class ExpertBoxModel : public InPlaceTableModel {
    Q_OBJECT
public:
    using InPlaceTableModel::InPlaceTableModel;
    // `totals`: sheetTotalsByTeam(panel, standings).
    void fill(const Panel &panel, const Standings &standings,
              const std::vector<std::vector<double>> &totals);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_teams;
    std::vector<std::array<double, 5>> m_summaries;
};

// Filled in place while the numbers of teams and categories stay (InPlaceTableModel).
class AchievementModel : public InPlaceTableModel {
    Q_OBJECT
public:
    using InPlaceTableModel::InPlaceTableModel;
    void fill(const Panel &panel, const Standings &standings);
    QStringList categoryNames() const { return m_categories; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_categories;
    QStringList m_teams;
    std::vector<std::vector<double>> m_percent;   // [team][category]
};

} // namespace pd
