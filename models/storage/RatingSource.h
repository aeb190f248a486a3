#pragma once
// A stream of user ratings for PanelStore::importRatings (CSV: importers/RatingsCsv.h) and
// what the import did. Backend-neutral: no SQL here.

#include <QJsonObject>
#include <QtGlobal>
#include <QString>

#include <string>
#include <string_view>

namespace pd {

struct RatingRow {
    std::string_view evaluator;       // UTF-8, a valid id
    const std::string *team = nullptr;   // the round's team id (UTF-8)
    const std::string *item = nullptr;   // the round's user item id (UTF-8)
    int rating = 0;
    int scaleMin = 0;                 // the item's category scale
    int scaleMax = 0;
    qint64 line = 0;                  // where the row starts in its file (> 0, increasing)
    int column = 1;                   // where its evaluator field starts
};

class RatingSource {
public:
    virtual ~RatingSource() = default;
    // The next valid row; false at the end (or when cancelled). Rows with problems are
    // reported by the source and skipped. InputError when the file cannot be read on.
    virtual bool next(RatingRow &row) = 0;
    // `row` repeats (evaluator, team, item) of the row on `firstLine` of the same file, or
    // (firstLine == 0) of a rating already stored in the round.
    virtual void duplicate(const RatingRow &row, qint64 firstLine) = 0;
    // The database refused `row` for another reason (SQLite's message).
    virtual void refused(const RatingRow &row, const QString &message) = 0;
    virtual bool hasProblems() const = 0;
    virtual bool cancelled() const = 0;
    // What the audit entry says about the source (e.g. file name and SHA-256), asked once
    // all rows are read.
    virtual QJsonObject auditInfo() const = 0;
};

struct RatingWriteOutcome {
    bool committed = false;
    qint64 imported = 0;   // rows written (committed or not)
    qint64 before = 0;     // ratings the round held before
    qint64 removed = 0;    // of those, removed by `replace`
};

} // namespace pd
