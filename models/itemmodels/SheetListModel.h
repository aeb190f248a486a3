#pragma once
// The current round's teams with the state of one reviewer's own sheet for each (not
// started, draft, submitted, conflict; access/SheetState.h). Built from the reviewer's
// visiblePanel: it holds no score, only states. Conflicted teams are listed, marked, and
// carry no other information.

#include "access/SheetState.h"
#include "domain/Panel.h"

#include <QAbstractTableModel>
#include <vector>

namespace pd {

class SheetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TeamColumn, StateColumn, ColumnCount };
    enum Role { TeamIdRole = Qt::UserRole + 1, StateRole };

    explicit SheetListModel(QObject *parent = nullptr);

    // One row per team of `panel`, with sheetState(panel, reviewer, team).
    void setSheets(const Panel &panel, const QString &reviewer);
    // Updates one team's state (after an edit, an undo or a submit).
    void setState(const QString &team, SheetState state);

    int rowOf(const QString &team) const;   // -1 when absent
    QString teamAt(int row) const;
    SheetState stateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString team;
        QString name;
        SheetState state = SheetState::NotStarted;
    };
    std::vector<Row> m_rows;
};

} // namespace pd
