#include "trust/ImportDigest.h"

#include "trust/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace pd {

QString ratingTalliesDigest(std::vector<RatingTally> tallies)
{
    std::sort(tallies.begin(), tallies.end(), [](const RatingTally &a, const RatingTally &b) {
        return std::tie(a.team, a.item) < std::tie(b.team, b.item);
    });
    QJsonArray rows;
    for (const RatingTally &t : tallies)
        if (t.count > 0)
            rows.append(QJsonArray{t.team, t.item, t.count, t.sum});
    return QString::fromLatin1(crypto::sha256(QJsonDocument(rows).toJson(QJsonDocument::Compact)).toHex());
}

} // namespace pd
