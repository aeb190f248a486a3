#pragma once
// The chair's progress matrix as a table: one row per member, one column per team, the state
// of each sheet as text (never a value). StateRole carries the pd::SheetState as an int.

#include "access/Progress.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd {

class ProgressTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit ProgressTableModel(QObject *parent = nullptr);

    // `full` must be the full panel (drafts included: the chair sees that a draft exists,
    // never its content). Names come from the panel's reviewers and teams.
    void setPanel(const Panel &full, const std::vector<SheetRecord> &sheets = {});
    const ProgressMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ProgressMatrix m_matrix;
    QHash<QString, QString> m_memberNames;
    QHash<QString, QString> m_teamNames;
};

} // namespace pd
