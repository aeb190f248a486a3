#pragma once
// One member's score sheets for a round, as an offline sheets file holds them
// (docs/sheets-file.md, format "paneldesk-sheets": version 1 unsigned, version 2 signed by
// the member, sheet by sheet, trust/OfflineSheet.h).

#include <QByteArray>
#include <QString>
#include <vector>

namespace pd {

struct SheetsFileScore {
    QString item;
    double score = 0.0;
    QString comment;
    friend bool operator==(const SheetsFileScore &, const SheetsFileScore &) = default;
};

struct SheetsFileSheet {
    QString team;
    bool submitted = false;
    QString opinion;
    std::vector<SheetsFileScore> scores;
    QByteArray signature;   // the member's Ed25519 signature of the sheet (version 2)
    friend bool operator==(const SheetsFileSheet &, const SheetsFileSheet &) = default;
};

struct SheetsFile {
    int version = 2;
    QString round;
    QString member;
    QByteArray publicKey;   // the member's public key the sheets are signed with (version 2)
    QByteArray sealedKey;   // the member's secret key sealed under their passphrase (version 2)
    QString sourceSha256;   // hex SHA-256 of the file's bytes, when read from a file
    std::vector<SheetsFileSheet> sheets;
    friend bool operator==(const SheetsFile &, const SheetsFile &) = default;
};

struct SheetImportOutcome {
    int scoresWritten = 0;    // scores added or changed
    int opinionsWritten = 0;
    int sheetsSubmitted = 0;
    int sheetsUnchanged = 0;  // submitted in the panel already, identical in the file
};

} // namespace pd
