#include "importers/SheetsExchange.h"

#include "domain/Errors.h"
#include "importers/BenchmarkFiles.h"
#include "io/AtomicWrite.h"
#include "storage/PanelStore.h"
#include "trust/AuditChain.h"
#include "trust/Crypto.h"
#include "trust/OfflineSheet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetsFile)
};

} // namespace

void exportSheets(const PanelStore &store, const QString &member, const QString &outPath,
                  const Signer &key)
{
    // The member's sealed key travels with the file (Argon2id-protected), so that the scratch
    // workspace on another machine signs the filled sheets with it once the passphrase opens it.
    QByteArray sealed;
    if (const std::optional<StoredKey> stored = store.loadMemberKey(member);
        stored && stored->publicKey == key.publicKey())
        sealed = stored->sealedKey;
    if (key.memberId() != member)
        throw InputError(Text::tr("the sheets of %1 are signed by %1's key, not by %2's")
                             .arg(member, key.memberId()));
    Panel panel = store.loadScoringInputs().panel;   // without sealed drafts: added below
    const std::vector<SheetRecord> records = store.loadSheets();
    for (const SheetRecord &record : records) {
        if (record.reviewer != member || record.submitted)
            continue;
        std::erase_if(panel.expertScores, [&](const ExpertScore &s) {
            return s.reviewer == member && s.team == record.team;
        });
        for (const ExpertScore &s : store.loadSheetScores(member, record.team))
            panel.expertScores.push_back(s);
    }
    SheetsFile sheets = sheetsFileOf(panel, records, member);
    signSheetsFile(sheets, key);
    sheets.sealedKey = sealed;
    const QByteArray bytes = sheetsFileJson(panel, sheets, QDateTime::currentDateTimeUtc());
    saveAtomically(outPath, bytes);   // "disk full (PATH)" when it is; nothing half-written
}

QByteArray chainKeyOf(const PanelStore &store, const QString &member)
{
    QByteArray key;
    for (const chain::KeyRecord &record : chain::quickCheck(store.auditLog()).keys)
        if (record.member == member)
            key = record.publicKey;   // the latest the chain established
    return key;
}

void checkSheetsFileSignatures(const PanelStore &store, const SheetsFile &file,
                               const QString &sourceName, ImportIssues &issues)
{
    const auto at = [&](const QString &path) -> QString { return sourceName + QStringLiteral(": ") + path; };
    if (file.version < 2) {
        issues.add(sourceName, Text::tr("%1 is not signed (sheets file version 1): only a file "
                                        "signed by its member imports. Ask %2 to export their "
                                        "sheets again with this version of PanelDesk, fill that "
                                        "file and export it signed.")
                                   .arg(QFileInfo(sourceName).fileName(), file.member));
        return;
    }
    const QByteArray chainKey = chainKeyOf(store, file.member);
    if (chainKey.isEmpty()) {
        issues.add(at(QStringLiteral("member")),
                   Text::tr("%1 has no key in this panel's audit chain, so their signature cannot "
                            "be checked (a member registers their key at their first sign-in)")
                       .arg(file.member));
        return;
    }
    if (file.publicKey != chainKey) {
        issues.add(at(QStringLiteral("key.public_key")),
                   Text::tr("the sheets are signed with another key than %1's key in this panel's "
                            "audit chain").arg(file.member));
        return;
    }
    for (size_t i = 0; i < file.sheets.size(); ++i)
        if (!offlineSheetVerifies(chainKey, file.round, file.member, file.sheets[i]))
            issues.add(at(QStringLiteral("sheets[%1]").arg(i)),
                       Text::tr("the signature of %1's sheet for team %2 does not verify: the sheet "
                                "was changed after it was signed, or it was signed by another key")
                           .arg(file.member, file.sheets[i].team));
}

SheetsImportResult importSheetsFile(PanelStore &store, const QString &path,
                                    const QString &displayName, const QString &actor)
{
    SheetsImportResult result;
    try {
        const QByteArray bytes = readSmallFile(path, displayName);
        SheetsFile file = parseSheetsFile(bytes, displayName);
        file.sourceSha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
        result.member = file.member;
        checkSheetsFileSignatures(store, file, displayName, result.issues);
        if (result.issues.isEmpty()) {
            const QString reason = Text::tr("sheets file %1 (sha256 %2)")
                                       .arg(QFileInfo(displayName).fileName(), file.sourceSha256);
            result.outcome = store.importSheets(file, displayName, actor, reason, result.issues);
            result.imported = result.issues.isEmpty();
        }
    } catch (const InputError &error) {
        result.issues.add(QString(), error.message());
    }
    if (!result.imported)
        result.outcome = {};
    return result;
}

} // namespace pd
