#pragma once
// The audit log as a table (when, who, action, entity, old value, new value, reason), with a
// filter by member (the actor) and by team (a segment of the entity path), for the chair.
// Entries are shown as their viewer may see them (access/AuditAccess.h): another member's
// draft edits with "draft value hidden" and without the item.

#include "access/AuditAccess.h"
#include "storage/PanelStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pd {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, Actor, Action, Entity, OldValue, NewValue, Reason, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    // The log as `viewerId` may see it (empty: nobody, who sees no draft value at all).
    void setEntries(std::vector<AuditEntry> entries, const QString &viewerId = {});
    // The entry as shown (hidden values removed).
    const AuditEntry &entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)).entry; }
    bool valuesHidden(int row) const { return m_entries.at(static_cast<std::size_t>(row)).valuesHidden; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ShownAuditEntry> m_entries;
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
