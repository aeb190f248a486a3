#pragma once
// The audit log as a table (when, who, action, entity, old value, new value, reason), with a
// filter by member (the actor) and by team (a segment of the entity path), for the chair.

#include "storage/PanelStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pd {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, Actor, Action, Entity, OldValue, NewValue, Reason, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    void setEntries(std::vector<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries;
};

// Keeps the entries of one member (as actor, or as a segment of the entity path: what was
// done to their sheet) and/or one team (an entity path segment equal to the team id, e.g.
// "expert_scores/R1/e01/lg/strategy" for team "lg"). Empty: no filter.
class AuditFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    void setMember(const QString &memberId);
    void setTeam(const QString &teamId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_member;
    QString m_team;
};

} // namespace pd
