// Schema step 14 (version 13 -> 14): a description per score band of a rubric item
// (domain/Panel.h RubricBand; docs/panel-file.md "bands"; docs/storage.md).
// Released; never edit, add a step instead.
//
// rubric_bands holds an item's bands in order (seq from 0 per item, `from_score` strictly
// ascending). Configuration like rubric_items: PanelWriter writes the rows with the items
// (writeCategories) and deletes them before them (kDeleteOrder); the foreign key to
// rubric_items cascades nothing, and nothing references rubric_bands. The panel validator
// checks the rest (each `from` within the item's points, the order) before any write.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addRubricBands(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(R"(
        CREATE TABLE rubric_bands (
            round_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            seq INTEGER NOT NULL CONSTRAINT rubric_band_seq_not_negative CHECK (seq >= 0),
            from_score REAL NOT NULL CONSTRAINT rubric_band_from_not_negative
                CHECK (from_score >= 0),
            description TEXT NOT NULL CONSTRAINT rubric_band_needs_description
                CHECK (length(trim(description, char(32, 9, 10, 13, 160, 12288))) > 0),
            PRIMARY KEY (round_id, item_id, seq),
            UNIQUE (round_id, item_id, from_score),
            FOREIGN KEY (round_id, item_id) REFERENCES rubric_items (round_id, id)
        ))"));
}

} // namespace pd::schema
