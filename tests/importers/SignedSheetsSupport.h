#pragma once
// Offline sheets files in tests (header only): signing a sheets file's JSON again after a test
// changed it, as the member's PanelDesk does when it exports the filled sheets
// (trust/OfflineSheet.h), and opening a member's key.

#include "domain/Errors.h"
#include "importers/SheetsExchange.h"
#include "trust/MemberKeys.h"
#include "trust/OfflineSheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::test {

// `root` (a version-2 sheets file, possibly changed) with every sheet signed by `key` and its
// public key. A file that does not parse is returned unchanged (its import names the error).
inline QJsonObject signedSheetsJson(QJsonObject root, const Signer &key)
{
    QJsonObject keyObject = root.value(u"key").toObject();
    keyObject.insert(u"public_key"_qs, QString::fromLatin1(key.publicKey().toBase64()));
    root.insert(u"key"_qs, keyObject);
    QJsonArray sheets = root.value(u"sheets").toArray();
    for (qsizetype i = 0; i < sheets.size(); ++i) {   // a placeholder where a test added a sheet
        QJsonObject sheet = sheets[i].toObject();
        if (!sheet.contains(u"signature"))
            sheet.insert(u"signature"_qs, QString::fromLatin1(QByteArray(64, '\0').toBase64()));
        sheets[i] = sheet;
    }
    root.insert(u"sheets"_qs, sheets);
    SheetsFile file;
    try {
        file = parseSheetsFile(QJsonDocument(root).toJson(), u"test.json"_qs);
    } catch (const InputError &) {
        return root;
    }
    signSheetsFile(file, key);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        QJsonObject sheet = sheets[i].toObject();
        sheet.insert(u"signature"_qs, QString::fromLatin1(file.sheets[size_t(i)].signature.toBase64()));
        sheets[i] = sheet;
    }
    root.insert(u"sheets"_qs, sheets);
    return root;
}

// Signs `member` in on `store` as the window and the CLI do: their key, unlocked, becomes the
// store's signer (which also opens their sealed drafts, trust.md "Drafts"), and is returned.
inline MemberKey openKey(PanelStore &store, const QString &member, const QString &passphrase)
{
    std::optional<MemberKey> key = unlockMemberKey(store, member, passphrase);
    if (!key)
        qFatal("openKey: the key of %s does not open", qPrintable(member));
    store.setSigner(std::make_shared<const MemberKey>(*key));
    return *key;
}

} // namespace pd::test
