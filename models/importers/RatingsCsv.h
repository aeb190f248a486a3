#pragma once
// Importing user ratings from CSV (docs/imports.md): header evaluator,team,item,rating (any
// order, names case-insensitive), one rating a row, streamed through CsvReader (bounded
// memory) into PanelStore::importRatings (one transaction, all or nothing).
//
// Every problem is listed with "<file>:<line>:<column>" (the first 100 and a count): a
// row with too few or too many fields, an evaluator that is not an id, an unknown team or
// item, a rating that is not a whole number or lies outside its category's scale, a row
// that repeats (evaluator, team, item) of an earlier row or of a stored rating (without
// `replace`). An unreadable file (not UTF-8, binary, an unclosed quote, an over-long
// record, ...) stops the import at its first such problem. Blank lines are skipped and
// values are trimmed of spaces and tabs.

#include "domain/Panel.h"
#include "importers/ImportIssues.h"
#include "storage/RatingSource.h"

#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

class QIODevice;

namespace pd {

class CsvReader;
class PanelStore;

// The round's teams and user items as the rows are checked against them.
struct RatingCatalog {
    struct Item {
        std::string id;
        int scaleMin = 1;
        int scaleMax = 5;
    };
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> teams;   // id -> id
    std::unordered_map<std::string, Item, Hash, std::equal_to<>> items;
    QString teamList;   // "lg, skt, …" for messages
    QString itemList;

    static RatingCatalog fromPanel(const Panel &panel);
};

// Reads rows from a ratings CSV, checks them against the catalog and reports problems into
// `issues`. The header is read by the constructor (InputError when it is wrong).
class RatingsCsvSource final : public RatingSource {
public:
    RatingsCsvSource(CsvReader &reader, const RatingCatalog &catalog, ImportIssues &issues,
                     const ImportControl &control, qint64 totalBytes);

    bool next(RatingRow &row) override;
    void duplicate(const RatingRow &row, qint64 firstLine) override;
    void refused(const RatingRow &row, const QString &message) override;
    bool hasProblems() const override { return !m_issues.isEmpty(); }
    bool cancelled() const override { return m_cancelled; }
    QJsonObject auditInfo() const override;   // file name and SHA-256 of the bytes read

    qint64 rowsRead() const { return m_rows; }

private:
    void readHeader();
    bool checkRow(RatingRow &row);

    CsvReader &m_reader;
    const RatingCatalog &m_catalog;
    ImportIssues &m_issues;
    const ImportControl &m_control;
    qint64 m_total;
    int m_columns[4] = {-1, -1, -1, -1};   // evaluator, team, item, rating
    int m_fieldCount = 4;
    qint64 m_rows = 0;
    bool m_cancelled = false;
};

struct RatingsImportResult {
    enum class Outcome { Imported, Refused, Cancelled };
    Outcome outcome = Outcome::Refused;
    qint64 rows = 0;        // data rows read
    qint64 imported = 0;    // ratings written (0 unless Imported)
    qint64 replaced = 0;    // stored ratings replaced (replace only)
    qint64 before = 0;      // ratings stored before
    ImportIssues issues;
};

// Imports the ratings CSV at `path` (named `displayName` in messages) into the current round
// of `store`. With `replace`, the round's stored ratings are replaced by the file's; without,
// the file's are added and a rating already stored is a duplicate. StoreError for database
// and disk failures; every problem of the file is in the result (Refused).
RatingsImportResult importRatingsCsv(PanelStore &store, const QString &path,
                                     const QString &displayName, bool replace,
                                     const ImportControl &control, const QString &actor);

// The same checks without writing anything (for the fuzz harness and a preview): reads the
// whole stream, returns the rows read; problems in `issues` (duplicates within the file are
// not detected here: that is the database's key).
qint64 checkRatingsCsv(QIODevice &device, const QString &displayName,
                       const RatingCatalog &catalog, ImportIssues &issues);

} // namespace pd
