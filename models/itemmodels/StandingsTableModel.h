#pragma once
// The standings as a read-only table: one row per team in score order, one column per
// category plus rank, team, total, independence verdict and outcome. Display text is rounded
// for display (R8); RawValueRole carries the unrounded value that sorting uses.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QAbstractTableModel>

namespace pd {

class StandingsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1, TeamIdRole, OutcomeRole };

    explicit StandingsTableModel(QObject *parent = nullptr);

    // `hiddenTeams`: teams whose expert score this viewer may not see yet (their own sheet is
    // not submitted, or a conflict): expert and total cells show a dash, never a number.
    void setStandings(const Panel &panel, const Standings &standings,
                      const QStringList &hiddenTeams = {});
    const Standings &standings() const { return m_standings; }

    // Column layout: rank, team, each category in order, total, independence, outcome.
    int categoryColumn(int categoryIndex) const { return 2 + categoryIndex; }
    int totalColumn() const;
    int independenceColumn() const { return totalColumn() + 1; }
    int outcomeColumn() const { return totalColumn() + 2; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const TeamStanding &row, int column) const;
    QVariant displayValue(const TeamStanding &row, int column) const;

    bool isHidden(const TeamStanding &row, int column) const;

    Panel m_panel;
    Standings m_standings;
    QStringList m_hiddenTeams;
};

} // namespace pd
