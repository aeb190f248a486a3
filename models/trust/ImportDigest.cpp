#include "trust/ImportDigest.h"

#include "trust/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace pd {

QString ratingTalliesDigest(const std::vector<RatingTally> &tallies)
{
    std::map<std::pair<QString, QString>, std::pair<qint64, qint64>> merged;   // count, sum
    for (const RatingTally &t : tallies) {
        auto &m = merged[{t.team, t.item}];
        m.first += t.count;
        m.second += t.sum;
    }
    QJsonArray rows;
    for (const auto &[key, t] : merged)
        if (t.first > 0)
            rows.append(QJsonArray{key.first, key.second, t.first, t.second});
    return QString::fromLatin1(crypto::sha256(QJsonDocument(rows).toJson(QJsonDocument::Compact)).toHex());
}

} // namespace pd
