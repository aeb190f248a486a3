#include "trust/SheetPayload.h"

#include "trust/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace pd {

QJsonObject sheetPayload(const QString &round, const QString &reviewer, const QString &team,
                         const std::vector<ExpertScore> &scores, const QString &opinion)
{
    std::vector<const ExpertScore *> sorted;
    for (const ExpertScore &s : scores)
        sorted.push_back(&s);
    std::sort(sorted.begin(), sorted.end(),
              [](const ExpertScore *a, const ExpertScore *b) { return a->item < b->item; });
    QJsonObject items;
    QJsonArray comments;
    for (const ExpertScore *s : sorted) {
        items.insert(s->item, s->score);
        comments.append(QJsonArray{s->item, s->comment});
    }
    const auto digest = [](const QByteArray &bytes) {
        return QString::fromLatin1(crypto::sha256(bytes).toHex());
    };
    return {{QStringLiteral("round"), round},
            {QStringLiteral("team"), team},
            {QStringLiteral("reviewer"), reviewer},
            {QStringLiteral("scores"), items},
            {QStringLiteral("comments_sha256"), digest(QJsonDocument(comments).toJson(QJsonDocument::Compact))},
            {QStringLiteral("opinion_sha256"), digest(opinion.toUtf8())}};
}

} // namespace pd
