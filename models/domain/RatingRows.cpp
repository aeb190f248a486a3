#include "domain/RatingRows.h"

namespace pd {

void PanelRatingRows::forEach(const RatingRowVisitor &visit) const
{
    QByteArray evaluator, team, item;
    for (const UserRating &r : m_ratings) {
        evaluator = r.evaluator.toUtf8();
        team = r.team.toUtf8();
        item = r.item.toUtf8();
        visit({evaluator, team, item, r.rating});
    }
}

} // namespace pd
