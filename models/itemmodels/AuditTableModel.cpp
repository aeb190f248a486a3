#include "itemmodels/AuditTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pd {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(std::vector<AuditEntry> entries, const QString &viewerId)
{
    std::vector<ShownAuditEntry> shown = visibleAuditLog(std::move(entries), viewerId);
    beginResetModel();
    m_entries = std::move(shown);
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
    const bool hidden = valuesHidden(index.row())
        && (index.column() == OldValue || index.column() == NewValue);
    if (hidden && role == Qt::ForegroundRole)
        return QBrush(QColor(0x6c, 0x75, 0x7d));
    if (hidden && role == Qt::ToolTipRole)
        return tr("Only the member who wrote a draft sees its values; the submitted sheet's "
                  "entry shows what was submitted");
    if (hidden && role == Qt::DisplayRole)
        return tr("draft value hidden");
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
