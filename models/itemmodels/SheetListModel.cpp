#include "itemmodels/SheetListModel.h"

#include <QBrush>
#include <QColor>

namespace pd {

SheetListModel::SheetListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetListModel::setSheets(const Panel &panel, const QString &reviewer)
{
    beginResetModel();
    m_rows.clear();
    for (const Team &team : panel.teams)
        m_rows.push_back({team.id, team.name, sheetState(panel, reviewer, team.id)});
    endResetModel();
}

void SheetListModel::setState(const QString &team, SheetState state)
{
    const int row = rowOf(team);
    if (row < 0 || m_rows[static_cast<std::size_t>(row)].state == state)
        return;
    m_rows[static_cast<std::size_t>(row)].state = state;
    Q_EMIT dataChanged(index(row, TeamColumn), index(row, StateColumn));
}

int SheetListModel::rowOf(const QString &team) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].team == team)
            return static_cast<int>(i);
    return -1;
}

QString SheetListModel::teamAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].team : QString();
}

SheetState SheetListModel::stateAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].state
                                        : SheetState::NotStarted;
}

int SheetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SheetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TeamColumn ? r.name : sheetStateLabel(r.state);
    case TeamIdRole:
        return r.team;
    case StateRole:
        return static_cast<int>(r.state);
    case Qt::ToolTipRole:
        if (r.state == SheetState::Conflict)
            return tr("You declared a conflict of interest with %1: you hold no sheet for it.")
                .arg(r.name);
        return {};
    case Qt::ForegroundRole:
        if (r.state == SheetState::Conflict)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    default:
        return {};
    }
}

QVariant SheetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TeamColumn ? tr("Team") : tr("My sheet");
}

} // namespace pd
