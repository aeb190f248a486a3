#include "server/ServerImportRules.h"

#include "server/ServerConnection.h"

namespace pd::server::schema {
namespace {

const char16_t *const kImportRules[] = {
    uR"(CREATE FUNCTION pd_ratings_changeable() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_round TEXT;
    BEGIN
        -- The administrator deploying a panel is no member: the rows it copies are the panel's.
        IF pd_me() IS NULL THEN
            RETURN NULL;
        END IF;
        FOR v_round IN SELECT DISTINCT round_id FROM pd_changed_rows LOOP
            PERFORM pd_require_open(v_round);
            IF EXISTS (SELECT 1 FROM decisions WHERE round_id = v_round) THEN
                RAISE EXCEPTION 'round % holds decision versions: its user ratings are part of their inputs and can no longer change', v_round
                    USING ERRCODE = '55000';
            END IF;
        END LOOP;
        RETURN NULL;
    END $$)",
};

const char *const kTables[] = {"user_ratings", "rating_tallies"};

} // namespace

void createImportRules(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kImportRules)
        execStep(db, roles, QString::fromUtf16(statement));
    // A transition table per event (PostgreSQL allows one event per trigger that has one);
    // the function reads it under one name.
    for (const char *table : kTables) {
        const QString name = QLatin1String(table);
        execStep(db, roles, QStringLiteral(
            "CREATE TRIGGER %1_insert_open AFTER INSERT ON %1 REFERENCING NEW TABLE AS pd_changed_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION pd_ratings_changeable()").arg(name));
        execStep(db, roles, QStringLiteral(
            "CREATE TRIGGER %1_update_open AFTER UPDATE ON %1 REFERENCING OLD TABLE AS pd_changed_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION pd_ratings_changeable()").arg(name));
        execStep(db, roles, QStringLiteral(
            "CREATE TRIGGER %1_delete_open AFTER DELETE ON %1 REFERENCING OLD TABLE AS pd_changed_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION pd_ratings_changeable()").arg(name));
    }
    // Created after grantPrivileges revoked PUBLIC's EXECUTE on the functions then present.
    execStep(db, roles, QStringLiteral("REVOKE ALL ON FUNCTION pd_ratings_changeable() FROM PUBLIC"));
    execStep(db, roles, QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO @CHAIR@, @SECRETARIAT@")
                            .arg(quoteIdent(roles.database)));
}

} // namespace pd::server::schema
