#include "CutLineDelegate.h"

#include "itemmodels/StandingsTableModel.h"

#include <QPainter>
#include <QPen>

namespace pd {

CutLineDelegate::CutLineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CutLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!m_shown || !index.data(StandingsTableModel::CutBelowRole).toBool())
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xb0, 0x1c, 0x1c), 2, Qt::DashLine));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace pd
