#pragma once
// The sensitivity of the cut as a table (ui/analysis/SensitivityPage): one row per team in
// baseline order; columns team, baseline outcome and total, scenario outcome and total, then
// the smallest flipping change of each category's points. Rows whose scenario outcome
// differs from the baseline are highlighted (ChangedRole, bold, background). The figures
// come from analysis/Sensitivity.h only.

#include "analysis/Sensitivity.h"

#include <QAbstractTableModel>

namespace pd {

class SensitivityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ChangedRole = Qt::UserRole + 1,   // bool: scenario outcome differs from the baseline
        FlipDeltaRole,                    // flip columns: the smallest delta (double) or invalid
        OutcomeRole,                      // outcome columns: pd::Outcome as int
        SortRole,                         // raw value for sorting
    };
    enum Column { TeamColumn, BaselineColumn, BaselineTotalColumn, ScenarioColumn,
                  ScenarioTotalColumn, FirstFlipColumn };

    explicit SensitivityTableModel(QObject *parent = nullptr);

    void setReport(const Panel &panel, const SensitivityReport &report);
    const SensitivityReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Translated texts shared with the page.
    static QString outcomeText(Outcome outcome);
    static QString flipText(const WeightFlip &flip, int decimals);

private:
    Panel m_panel;   // configuration only: names, decimals
    SensitivityReport m_report;
};

} // namespace pd
