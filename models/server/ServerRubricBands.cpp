// Server schema step 2: rubric_bands, a description per score band of a rubric item (the
// SQLite schema's step 14, storage/SchemaRubricBands.cpp; domain/Panel.h RubricBand).
// Released once shipped; never edit, add a step instead.
//
// Configuration like rubric_items: every member reads it (panel_read), the owner's functions
// write it; RLS enabled and forced with the owner's policy as on every table; a change
// notifies "panel" (ServerNotify.cpp). replace_panel (ServerReplacePanel.cpp) is recreated to
// delete the bands before the rubric items and insert them after. The foreign key to
// rubric_items cascades nothing.
#include "server/ServerNotify.h"
#include "server/ServerSchema.h"

#include <stdexcept>

namespace pd::server::schema {
namespace {

const char16_t *const kRubricBands[] = {
    uR"(CREATE TABLE rubric_bands (
        round_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        seq BIGINT NOT NULL CONSTRAINT rubric_band_seq_not_negative CHECK (seq >= 0),
        from_score DOUBLE PRECISION NOT NULL CONSTRAINT rubric_band_from_not_negative
            CHECK (from_score >= 0),
        description TEXT NOT NULL CONSTRAINT rubric_band_needs_description CHECK NOT_BLANK(description),
        PRIMARY KEY (round_id, item_id, seq),
        UNIQUE (round_id, item_id, from_score),
        FOREIGN KEY (round_id, item_id) REFERENCES rubric_items (round_id, id)
    ))",
    uR"(REVOKE ALL ON rubric_bands FROM PUBLIC)",
    uR"(GRANT SELECT ON rubric_bands TO @MEMBERS@)",
    uR"(ALTER TABLE rubric_bands ENABLE ROW LEVEL SECURITY)",
    uR"(ALTER TABLE rubric_bands FORCE ROW LEVEL SECURITY)",
    uR"(CREATE POLICY owner_all ON rubric_bands TO @OWNER@ USING (true) WITH CHECK (true))",
    uR"(CREATE POLICY panel_read ON rubric_bands FOR SELECT TO @MEMBERS@ USING (true))",
};

} // namespace

// replace_panel as released in step 1, with the bands deleted before the rubric items
// and inserted after them. CREATE OR REPLACE keeps its owner and grants. Step 3 starts from
// this text (upgradeReplacePanelForTargets).
QString replacePanelWithBandsStatement()
{
    QString function = replacePanelStatement();
    const auto replaceOnce = [&function](const QString &from, const QString &to) {
        if (function.count(from) != 1)
            throw std::logic_error("replace_panel of step 1 changed: " + from.toStdString());
        function.replace(from, to);
    };
    replaceOnce(QStringLiteral("CREATE FUNCTION replace_panel"), QStringLiteral("CREATE OR REPLACE FUNCTION replace_panel"));
    replaceOnce(QStringLiteral("DELETE FROM rubric_items;"), QStringLiteral("DELETE FROM rubric_bands; DELETE FROM rubric_items;"));
    replaceOnce(QStringLiteral("'rubric_items',"), QStringLiteral("'rubric_items', 'rubric_bands',"));
    return function;
}

void createRubricBands(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kRubricBands)
        execStep(db, roles, QString::fromUtf16(statement));
    execStep(db, roles, QStringLiteral(
        "CREATE TRIGGER rubric_bands_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rubric_bands "
        "FOR EACH STATEMENT EXECUTE FUNCTION pd_notify_changed('%1')").arg(QLatin1String(changes::kPanel)));

    execStep(db, roles, replacePanelWithBandsStatement());
}

} // namespace pd::server::schema
