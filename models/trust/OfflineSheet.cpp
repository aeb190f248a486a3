#include "trust/OfflineSheet.h"

#include "trust/Crypto.h"
#include "trust/SheetPayload.h"

#include <QJsonDocument>

namespace pd {

QJsonObject offlineSheetStatement(const QString &round, const QString &member,
                                  const SheetsFileSheet &sheet)
{
    std::vector<ExpertScore> scores;
    scores.reserve(sheet.scores.size());
    for (const SheetsFileScore &s : sheet.scores)
        scores.push_back({member, sheet.team, s.item, s.score, sheet.submitted, s.comment});
    return {{QStringLiteral("purpose"), QStringLiteral("paneldesk-offline-sheet")},
            {QStringLiteral("submitted"), sheet.submitted},
            {QStringLiteral("sheet"), sheetPayload(round, member, sheet.team, scores, sheet.opinion)}};
}

QByteArray offlineSheetMessage(const QJsonObject &statement)
{
    return QJsonDocument(statement).toJson(QJsonDocument::Compact);
}

void signSheetsFile(SheetsFile &file, const Signer &key)
{
    file.publicKey = key.publicKey();
    for (SheetsFileSheet &sheet : file.sheets)
        sheet.signature = key.sign(offlineSheetMessage(offlineSheetStatement(file.round, file.member, sheet)));
}

bool offlineStatementVerifies(const QByteArray &publicKey, const QJsonObject &statement,
                              const QByteArray &signature)
{
    return crypto::verify(publicKey, offlineSheetMessage(statement), signature);
}

bool offlineSheetVerifies(const QByteArray &publicKey, const QString &round,
                          const QString &member, const SheetsFileSheet &sheet)
{
    return offlineStatementVerifies(publicKey, offlineSheetStatement(round, member, sheet),
                                    sheet.signature);
}

} // namespace pd
