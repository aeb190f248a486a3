#pragma once
// What a reviewer signs for one sheet of an offline sheets file (trust.md, "Offline
// sheets"; docs/sheets-file.md, version 2): the statement
//   {"purpose": "paneldesk-offline-sheet", "submitted": bool, "sheet": sheetPayload(...)}
// (the same sheet payload a submission signs: round, team, reviewer, every score, the
// digests of the comments and the opinion), signed with Ed25519 over its compact JSON
// (keys sorted). The chair's "import-sheets" audit entry keeps the statements and signatures
// of the sheets it submitted, so `verify` checks the stored sheet against what the reviewer
// signed, with the reviewer's key from the chain.

#include "domain/SheetsFile.h"
#include "trust/Signer.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd {

QJsonObject offlineSheetStatement(const QString &round, const QString &member,
                                  const SheetsFileSheet &sheet);
// The bytes signed: the statement's compact JSON.
QByteArray offlineSheetMessage(const QJsonObject &statement);

// Signs every sheet of `file` with `key` (the file's member's key) and records its public key.
void signSheetsFile(SheetsFile &file, const Signer &key);

// True when `signature` is `publicKey`'s signature of the statement.
bool offlineStatementVerifies(const QByteArray &publicKey, const QJsonObject &statement,
                              const QByteArray &signature);
bool offlineSheetVerifies(const QByteArray &publicKey, const QString &round,
                          const QString &member, const SheetsFileSheet &sheet);

} // namespace pd
