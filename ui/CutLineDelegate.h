#pragma once
// Draws the cut line of the standings: a red rule under the row the model marks with
// StandingsTableModel::CutBelowRole (the last team above the line). Only meaningful while
// the rows are in rank order; the page switches it off for any other sort.

#include <QStyledItemDelegate>

namespace pd {

class CutLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CutLineDelegate(QObject *parent = nullptr);
    void setLineShown(bool shown) { m_shown = shown; }
    bool lineShown() const { return m_shown; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    bool m_shown = true;
};

} // namespace pd
