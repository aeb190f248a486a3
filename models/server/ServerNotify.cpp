// Server schema step 1: the triggers of live updates (ServerNotify.h, docs/server.md "Live
// updates"). Each raises pg_notify(kChangesChannel, <kind>) after a change others may see;
// the notification is sent when the transaction commits, at most once per kind and
// transaction (PostgreSQL folds identical notifications of one transaction into one).
//
// What is never notified, because it would tell the other members about a reviewer's
// drafts (docs/visibility.md: not even as activity): expert_scores and sealed_drafts (a
// score changes only on a draft; a change of a submitted sheet's scores moves its row
// version and so notifies through sheets), a sheet that is and stays a draft (created,
// opinion, row version), and the audit log (every draft save writes an entry). Nor the
// server's own bookkeeping (paneldesk_schema, audit_chain_head, sign_in_failures).
//
// The trigger function runs as whoever fires it (pg_notify needs no privilege), with its
// search_path pinned; it is owned by <db>_owner like every object of the step.
#include "server/ServerNotify.h"

#include "server/ServerSchema.h"

namespace pd::server::schema {
namespace {

struct TableKinds {
    const char *kind;
    QStringList tables;
};

QList<TableKinds> statementTriggers()
{
    return {
        {changes::kRound, {QStringLiteral("rounds")}},
        {changes::kPanel,
         {QStringLiteral("program"), QStringLiteral("teams"), QStringLiteral("round_teams"),
          QStringLiteral("categories"), QStringLiteral("benchmark_groups"), QStringLiteral("benchmarks"),
          QStringLiteral("benchmark_teams"), QStringLiteral("rubric_items"), QStringLiteral("user_items")}},
        {changes::kDecision,
         {QStringLiteral("tie_resolutions"), QStringLiteral("tie_resolution_teams"),
          QStringLiteral("decisions"), QStringLiteral("decision_outcomes"),
          QStringLiteral("decision_events"), QStringLiteral("appeals"),
          QStringLiteral("appeal_committee"), QStringLiteral("appeal_rulings")}},
        {changes::kFindings,
         {QStringLiteral("independence"), QStringLiteral("component_findings"),
          QStringLiteral("component_notes")}},
        {changes::kImports,
         {QStringLiteral("benchmark_results"), QStringLiteral("benchmark_mappings"),
          QStringLiteral("user_ratings"), QStringLiteral("rating_tallies")}},
        {changes::kMembers,
         {QStringLiteral("members"), QStringLiteral("member_logins"), QStringLiteral("member_conflicts")}},
    };
}

} // namespace

void createNotifications(QSqlDatabase &db, const PanelRoles &roles)
{
    execStep(db, roles, QStringLiteral(
        "CREATE FUNCTION pd_notify_changed() RETURNS trigger "
        "LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ "
        "BEGIN "
        "    PERFORM pg_notify('%1', TG_ARGV[0]); "
        "    RETURN NULL; "
        "END $$").arg(QLatin1String(kChangesChannel)));

    // A sheet notifies when it is submitted or reopened, or changes or goes while submitted;
    // never while it is a draft (an INSERT is always a draft: pd_sheet_rules).
    execStep(db, roles, QStringLiteral(
        "CREATE TRIGGER sheets_notify_update AFTER UPDATE ON sheets FOR EACH ROW "
        "WHEN (OLD.state = 'submitted' OR NEW.state = 'submitted') "
        "EXECUTE FUNCTION pd_notify_changed('%1')").arg(QLatin1String(changes::kSheets)));
    execStep(db, roles, QStringLiteral(
        "CREATE TRIGGER sheets_notify_insert AFTER INSERT ON sheets FOR EACH ROW "
        "WHEN (NEW.state = 'submitted') "
        "EXECUTE FUNCTION pd_notify_changed('%1')").arg(QLatin1String(changes::kSheets)));
    execStep(db, roles, QStringLiteral(
        "CREATE TRIGGER sheets_notify_delete AFTER DELETE ON sheets FOR EACH ROW "
        "WHEN (OLD.state = 'submitted') "
        "EXECUTE FUNCTION pd_notify_changed('%1')").arg(QLatin1String(changes::kSheets)));

    // Everything in these tables is seen by other members (within their rules): one
    // notification per statement, whatever it touched.
    for (const TableKinds &group : statementTriggers())
        for (const QString &table : group.tables)
            execStep(db, roles, QStringLiteral(
                "CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                "FOR EACH STATEMENT EXECUTE FUNCTION pd_notify_changed('%2')")
                .arg(table, QString::fromLatin1(group.kind)));
}

} // namespace pd::server::schema
