#include "server/ServerSchema.h"

#include "domain/Errors.h"
#include "server/ServerConnection.h"
#include "server/ServerErrors.h"
#include "server/ServerImportRules.h"
#include "server/ServerSignatures.h"
#include "server/ServerMemberFunctions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::server {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Server)
};
} // namespace

QString PanelRoles::group(Role role) const
{
    switch (role) {
    case Role::Chair: return database + QStringLiteral("_chair");
    case Role::Expert: return database + QStringLiteral("_expert");
    case Role::Secretariat: return database + QStringLiteral("_secretariat");
    case Role::Observer: return database + QStringLiteral("_observer");
    }
    return {};
}

QString PanelRoles::member(const QString &memberId) const
{
    return database + QLatin1Char('.') + memberId;
}

QStringList PanelRoles::groups() const
{
    return {group(Role::Chair), group(Role::Expert), group(Role::Secretariat), group(Role::Observer)};
}

void checkDatabaseName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!rule.match(name).hasMatch())
        throw InputError(Tr::tr("\"%1\" cannot name a panel database: use 1 to 40 lower-case "
                                "letters, digits and _, starting with a letter").arg(name));
}

namespace schema {

int serverVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('paneldesk_schema') IS NOT NULL")) || !query.next())
        throwServerError(query.lastError(), Tr::tr("cannot read the schema version"));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM paneldesk_schema")))
        throwServerError(query.lastError(), Tr::tr("cannot read the schema version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void execStep(QSqlDatabase &db, const PanelRoles &roles, const QString &statement)
{
    static const QRegularExpression isId(QStringLiteral("IS_ID\\((\\w+)\\)"));
    static const QRegularExpression notBlank(QStringLiteral("NOT_BLANK\\((\\w+)\\)"));
    static const QRegularExpression isDate(QStringLiteral("IS_DATE\\((\\w+)\\)"));
    QString sql = statement;
    sql.replace(isId, QStringLiteral("(length(\\1) BETWEEN 1 AND 64 AND \\1 !~ '[^-A-Za-z0-9_.]')"));
    sql.replace(notBlank, QStringLiteral("(length(btrim(\\1, ' ' || chr(9) || chr(10) || chr(13) || chr(160) || chr(12288))) > 0)"));
    sql.replace(isDate, QStringLiteral("(\\1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(to_date(\\1, 'YYYY-MM-DD'), 'YYYY-MM-DD') = \\1)"));
    QStringList members;
    for (const QString &group : roles.groups())
        members << quoteIdent(group);
    sql.replace(QLatin1String("@OWNER@"), quoteIdent(roles.owner()));
    sql.replace(QLatin1String("@CHAIR@"), quoteIdent(roles.group(Role::Chair)));
    sql.replace(QLatin1String("@EXPERT@"), quoteIdent(roles.group(Role::Expert)));
    sql.replace(QLatin1String("@SECRETARIAT@"), quoteIdent(roles.group(Role::Secretariat)));
    sql.replace(QLatin1String("@OBSERVER@"), quoteIdent(roles.group(Role::Observer)));
    sql.replace(QLatin1String("@MEMBERS@"), members.join(QStringLiteral(", ")));
    sql.replace(QLatin1String("@OWNER_NAME@"), quoteLiteral(roles.owner()));
    sql.replace(QLatin1String("@CHAIR_NAME@"), quoteLiteral(roles.group(Role::Chair)));
    sql.replace(QLatin1String("@EXPERT_NAME@"), quoteLiteral(roles.group(Role::Expert)));
    sql.replace(QLatin1String("@SECRETARIAT_NAME@"), quoteLiteral(roles.group(Role::Secretariat)));
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwServerError(query.lastError(), Tr::tr("schema step failed on: %1").arg(sql.left(160).simplified()));
}

void upgradeServer(QSqlDatabase &db, const PanelRoles &roles, int from, int to)
{
    if (from < 0 || from >= to || to > kServerSchemaVersion)
        throw StoreError(Tr::tr("cannot upgrade the server schema from version %1 to %2").arg(from).arg(to));
    execStep(db, roles, QStringLiteral("SET LOCAL ROLE @OWNER@"));
    if (from < 1 && to >= 1) {
        createTables(db, roles);
        createDataRules(db, roles);
        createFunctions(db, roles);
        createAuditChain(db, roles);
        createNotifications(db, roles);
        grantPrivileges(db, roles);
        createReadHelpers(db, roles);
        // ServerAttachedReports.cpp: reports attached to findings; before the policies, which
        // enable and force RLS on every table of tableNames() with the owner's policy
        createAttachedReports(db, roles);
        createPolicies(db, roles);
        createDraftSaves(db, roles);
        createSheetTotals(db, roles);
        createFindingsRules(db, roles);
        createDecisionFunctions(db, roles);
        createMemberFunctions(db, roles);
        createImportRules(db, roles);
        createSignatures(db, roles);   // ServerSignatures.cpp: member keys, signed entries
        createServerVerdicts(db, roles);
        createDecisionRecords(db, roles);
        createReplacePanel(db, roles);
        createChangeSetup(db, roles);   // ServerChangeSetup.cpp: the configuration in place
        createSheetImport(db, roles);   // ServerSheetImport.cpp: the chair imports sheets files
        execStep(db, roles, QStringLiteral("INSERT INTO paneldesk_schema (version) VALUES (1)"));
    }
    if (from < 2 && to >= 2)
        createRubricBands(db, roles);   // ServerRubricBands.cpp
    if (from < 3 && to >= 3)
        addBenchmarkTargets(db, roles);   // ServerBenchmarkTargets.cpp: configured targets
    execStep(db, roles, QStringLiteral("UPDATE paneldesk_schema SET version = %1").arg(to));
    execStep(db, roles, QStringLiteral("RESET ROLE"));
}

} // namespace schema
} // namespace pd::server
