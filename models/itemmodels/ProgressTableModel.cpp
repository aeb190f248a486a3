#include "itemmodels/ProgressTableModel.h"

#include <QBrush>
#include <QColor>

namespace pd {

ProgressTableModel::ProgressTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgressTableModel::setPanel(const Panel &full, const std::vector<SheetRecord> &sheets)
{
    beginResetModel();
    m_matrix = progressMatrix(full, sheets);
    m_memberNames.clear();
    m_teamNames.clear();
    for (const Reviewer &r : full.reviewers)
        m_memberNames.insert(r.id, r.name);
    for (const Team &t : full.teams)
        m_teamNames.insert(t.id, t.name);
    endResetModel();
}

int ProgressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.members.size());
}

int ProgressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.teams.size());
}

QVariant ProgressTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SheetState state = m_matrix.state(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return sheetStateLabel(state);
    case StateRole:
        return static_cast<int>(state);
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole:
        switch (state) {
        case SheetState::Submitted: return QBrush(QColor(0xd1, 0xe7, 0xdd));
        case SheetState::Draft: return QBrush(QColor(0xff, 0xf3, 0xcd));
        case SheetState::Conflict: return QBrush(QColor(0xe2, 0xe3, 0xe5));
        case SheetState::NotStarted: return QBrush(QColor(0xf8, 0xd7, 0xda));
        }
        return {};
    case Qt::ForegroundRole:
        return QBrush(QColor(0x21, 0x25, 0x29));   // readable on the light state colours
    default:
        return {};
    }
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= m_matrix.teams.size())
            return {};
        const QString id = m_matrix.teams.at(section);
        return m_teamNames.value(id, id);
    }
    if (section >= m_matrix.members.size())
        return {};
    const QString id = m_matrix.members.at(section);
    return m_memberNames.value(id, id);
}

} // namespace pd
