#pragma once
// The standings as a read-only table (issue 4, item 1): one row per team in score order.
// Columns: score rank, eligible rank, team, each category, total, each benchmark group
// (views show them on demand), independence verdict (⚠ where it differs from the findings'
// suggestion), outcome, flags and the margin to the cut line (scoring/CutMargin.h).
// Display text is rounded for display (R8); RawValueRole carries the unrounded value that
// sorting uses; CutBelowRole marks the last team above the cut line, so a view can draw it.
// Charts map their series straight onto this model (QVBarModelMapper): category columns and
// group columns are contiguous. New standings of the same shape (teams, categories, groups)
// replace the cells in place (InPlaceTableModel): rows may now hold other teams, so views
// and mappers take names from headerData, which is announced as changed too.

#include "access/StandingsAccess.h"
#include "domain/Panel.h"
#include "scoring/CutMargin.h"
#include "scoring/Standings.h"

#include "itemmodels/InPlaceTableModel.h"

namespace pd {

class StandingsTableModel : public InPlaceTableModel {
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1, TeamIdRole, OutcomeRole, CutBelowRole };

    explicit StandingsTableModel(QObject *parent = nullptr);

    // What the viewer may see (access/StandingsAccess.h): every cell the disclosure hides
    // shows a dash, never a number, and has no RawValueRole.
    void setStandings(const Panel &panel, const Standings &standings,
                      const StandingsDisclosure &disclosure);
    void setStandings(const ShownStandings &shown)
    {
        setStandings(shown.panel, shown.standings, shown.disclosure);
    }
    // A signed-in member's standings. `hiddenTeams`: teams whose expert score this viewer may
    // not see yet (their own sheet is not submitted, or a conflict): expert and total cells
    // show a dash, and no rank, outcome or margin is shown for any team.
    void setStandings(const Panel &panel, const Standings &standings,
                      const QStringList &hiddenTeams = {});
    const Standings &standings() const { return m_standings; }
    const StandingsDisclosure &disclosure() const { return m_disclosure; }
    const Panel &panel() const { return m_panel; }
    const CutLine &cut() const { return m_cut; }

    int rankColumn() const { return 0; }
    int eligibleRankColumn() const { return 1; }
    int teamColumn() const { return 2; }
    int categoryColumn(int categoryIndex) const { return 3 + categoryIndex; }
    int categoryCount() const { return static_cast<int>(m_panel.categories.size()); }
    int totalColumn() const { return categoryColumn(categoryCount()); }
    int groupColumn(int groupIndex) const { return totalColumn() + 1 + groupIndex; }
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    int independenceColumn() const { return groupColumn(groupCount()); }
    int outcomeColumn() const { return independenceColumn() + 1; }
    int flagsColumn() const { return independenceColumn() + 2; }
    int marginColumn() const { return independenceColumn() + 3; }
    bool isGroupColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct GroupColumn {
        QString id;
        QString name;
        double points = 0.0;
    };
    QVariant rawValue(const TeamStanding &row, int column) const;
    QVariant displayValue(const TeamStanding &row, int column) const;
    QVariant toolTip(const TeamStanding &row, int column) const;
    bool isHidden(const TeamStanding &row, int column) const;

    Panel m_panel;
    Standings m_standings;
    StandingsDisclosure m_disclosure;
    std::vector<GroupColumn> m_groups;
    CutLine m_cut;
};

} // namespace pd
