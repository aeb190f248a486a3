#pragma once
// One member's score sheets for a round, as an offline sheets file holds them
// (docs/sheets-file.md, format "paneldesk-sheets" version 1).

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
    friend bool operator==(const SheetsFileSheet &, const SheetsFileSheet &) = default;
};

struct SheetsFile {
    QString round;
    QString member;
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
