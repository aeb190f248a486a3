#include "itemmodels/AuditTableModel.h"

#include <QLocale>

namespace pd {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = entry(index.row());
    if (role == Qt::UserRole && index.column() == At)
        return e.at;   // sort on the time itself
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case At: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor: return e.actor;
    case Action: return e.action;
    case Entity: return e.entity;
    case OldValue: return e.oldValue;
    case NewValue: return e.newValue;
    case Reason: return e.reason;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At: return tr("When");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case Entity: return tr("What");
    case OldValue: return tr("Old value");
    case NewValue: return tr("New value");
    case Reason: return tr("Reason");
    default: return {};
    }
}

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void AuditFilterModel::setMember(const QString &memberId)
{
    m_member = memberId;
    invalidateFilter();
}

void AuditFilterModel::setTeam(const QString &teamId)
{
    m_team = teamId;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *audit = qobject_cast<const AuditTableModel *>(sourceModel());
    if (!audit)
        return true;
    const AuditEntry &e = audit->entry(sourceRow);
    const QStringList path = e.entity.split(QLatin1Char('/'));
    // A member's entries: what they did, and what was done to their sheets or settings.
    if (!m_member.isEmpty() && e.actor != m_member && !path.contains(m_member))
        return false;
    if (!m_team.isEmpty() && !path.contains(m_team))
        return false;
    return true;
}

} // namespace pd
