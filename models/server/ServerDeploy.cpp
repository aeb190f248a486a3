#include "server/ServerDeploy.h"

#include "server/ServerMemberFunctions.h"

#include "server/PgCopy.h"
#include "server/ServerErrors.h"
#include "server/ServerSchema.h"
#include "storage/SqliteStore.h"
#include "trust/Actor.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <set>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Server)
};

// The panel's tables copied to the server, in foreign key order (ServerTables.cpp has the
// same columns). Not copied: audit_log (the server keeps its own chain), sign_in_failures
// (members sign in with their server password).
const char *const kCopiedTables[] = {
    "program", "rounds", "teams", "round_teams", "tie_resolutions", "tie_resolution_teams",
    "categories", "benchmark_groups", "benchmarks", "benchmark_teams", "benchmark_targets",
    "rubric_items", "rubric_bands", "user_items", "members", "member_conflicts", "benchmark_results", "sheets", "expert_scores",
    "sealed_drafts", "user_ratings", "rating_tallies", "independence", "component_findings",
    "component_notes", "benchmark_mappings", "decisions", "decision_outcomes", "decision_events",
    "appeals", "appeal_committee", "appeal_rulings"};

const char *const kSequences[][3] = {{"member_conflicts_seq", "member_conflicts", "seq"},
                                     {"expert_scores_seq", "expert_scores", "seq"},
                                     {"component_findings_seq", "component_findings", "seq"}};

QVariant one(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        throwServerError(query.lastError(), {});
    return query.next() ? query.value(0) : QVariant();
}

void refuseExisting(QSqlDatabase &admin, const PanelRoles &roles, const QStringList &memberRoles)
{
    QStringList taken;
    if (one(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {roles.database}).toInt() > 0)
        taken << Tr::tr("the database %1").arg(roles.database);
    QStringList all = QStringList{roles.owner()} + roles.groups() + memberRoles;
    for (const QString &role : all)
        if (one(admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role}).toInt() > 0)
            taken << Tr::tr("the role %1").arg(role);
    if (!taken.isEmpty())
        throw InputError(Tr::tr("cannot deploy the panel as %1: %2 already exist(s) on the server; "
                                "choose another database name or remove them first")
                             .arg(roles.database, taken.join(QStringLiteral(", "))));
}

// The panel written by the desktop store's own writer into a temporary file: the rows the
// server receives are exactly those a .paneldesk file holds.
void writeThroughSqlite(const Panel &panel, const QString &path)
{
    auto store = SqliteStore::create(path);
    store->replacePanel(panel, Actor(QStringLiteral("system")));
}

// A value of the file in COPY's text format, as QPSQL would have sent it as a literal: NULL,
// a blob in bytea's hex form, a number as the shortest text that reads back the same double.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (qIsNaN(number))
            out += "NaN";
        else if (qIsInf(number))
            out += number > 0 ? "Infinity" : "-Infinity";
        else
            out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        return;
    }
    default:
        appendCopyField(out, value.toString().toUtf8());
    }
}

// One table's rows, in the file's order, by COPY ... FROM STDIN as the panel's owner.
// PostgreSQL refuses COPY FROM into a table whose policies apply to the role, and every panel
// table forces row-level security on its owner too: the table's FORCE is lifted for the COPY
// and put back in the same transaction (nobody can sign in to the new database before it
// commits: no member login exists yet). The rows meet the same constraints and row triggers
// as INSERTs. A submitted sheet is copied as a draft; its key goes to `submitted`.
void copyTable(QSqlDatabase &source, QSqlDatabase &server, const char *table, std::vector<QVariantList> &submitted)
{
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
        throw StoreError(Tr::tr("cannot read %1: %2").arg(QLatin1String(table), rows.lastError().text()));
    const QSqlRecord record = rows.record();
    QStringList columns;
    int stateColumn = -1;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        if (qstrcmp(table, "sheets") == 0 && record.fieldName(i) == QLatin1String("state"))
            stateColumn = i;
    }
    const bool forced = one(server, QStringLiteral("SELECT relforcerowsecurity FROM pg_class WHERE oid = ?::regclass"),
                            {QString::fromLatin1(table)}).toBool();
    if (forced)
        execServer(server, QStringLiteral("ALTER TABLE %1 NO FORCE ROW LEVEL SECURITY").arg(QLatin1String(table)));
    {
        const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                   .arg(QLatin1String(table), columns.join(QStringLiteral(", "))).toUtf8();
        CopyIn copy(libpqOf(server), sql.constData(), Tr::tr("cannot copy %1").arg(QLatin1String(table)));
        QByteArray &out = copy.buffer();
        while (rows.next()) {
            for (int i = 0; i < record.count(); ++i) {
                if (i > 0)
                    out += '\t';
                const QVariant value = rows.value(i);
                // A sheet is created as a draft and submitted once its scores are in.
                if (i == stateColumn && value.toString() == QLatin1String("submitted")) {
                    submitted.push_back({rows.value(QStringLiteral("round_id")),
                                         rows.value(QStringLiteral("reviewer_id")),
                                         rows.value(QStringLiteral("team_id"))});
                    out += "draft";
                    continue;
                }
                appendValue(out, value);
            }
            out += '\n';
            copy.flushIfFull();
        }
        copy.finish();
    }
    if (forced)
        execServer(server, QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(QLatin1String(table)));
}

// The submitted sheets, submitted in the file's order (each submit takes the next sheet
// version, as the row-by-row deploy did), by one loop on the server.
void submitSheets(QSqlDatabase &server, const std::vector<QVariantList> &submitted)
{
    if (submitted.empty())
        return;
    execServer(server, QStringLiteral("CREATE TEMP TABLE pd_deploy_submitted (ord BIGINT NOT NULL, "
                                      "round_id TEXT NOT NULL, reviewer_id TEXT NOT NULL, team_id TEXT NOT NULL) "
                                      "ON COMMIT DROP"));
    {
        CopyIn copy(libpqOf(server), "COPY pg_temp.pd_deploy_submitted (ord, round_id, reviewer_id, team_id) FROM STDIN",
                    Tr::tr("cannot copy %1").arg(QStringLiteral("sheets")));
        QByteArray &out = copy.buffer();
        qint64 ord = 0;
        for (const QVariantList &key : submitted) {
            out += QByteArray::number(ord++);
            for (const QVariant &value : key) {
                out += '\t';
                appendValue(out, value);
            }
            out += '\n';
            copy.flushIfFull();
        }
        copy.finish();
    }
    execServer(server, QStringLiteral(
        "DO $$ DECLARE k record; BEGIN "
        "FOR k IN SELECT round_id, reviewer_id, team_id FROM pg_temp.pd_deploy_submitted ORDER BY ord LOOP "
        "UPDATE sheets SET state = 'submitted' WHERE round_id = k.round_id AND reviewer_id = k.reviewer_id "
        "AND team_id = k.team_id; END LOOP; END $$"));
    execServer(server, QStringLiteral("DROP TABLE pg_temp.pd_deploy_submitted"));
}

void copyRows(const QString &sqlitePath, QSqlDatabase &server)
{
    const QString name = QStringLiteral("paneldesk-deploy-source-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(sqlitePath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open())
            throw StoreError(Tr::tr("cannot read the panel written to %1: %2").arg(sqlitePath, source.lastError().text()));
        std::vector<QVariantList> submitted;
        for (const char *table : kCopiedTables) {
            copyTable(source, server, table, submitted);
            if (qstrcmp(table, "expert_scores") == 0)
                submitSheets(server, submitted);
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const auto &sequence : kSequences)
        execServer(server, QStringLiteral("SELECT setval('%1', coalesce((SELECT max(%3) FROM %2), 0) + 1, false)")
                               .arg(QLatin1String(sequence[0]), QLatin1String(sequence[1]), QLatin1String(sequence[2])));
    // Statistics for the planner from the first read on (autovacuum would take its time): the
    // chair's read of 100,000 scores is planned for 80 rows without them, and its sort spills.
    execServer(server, QStringLiteral("ANALYZE %1").arg(schema::tableNames().join(QStringLiteral(", "))));
}

void dropQuietly(QSqlDatabase &admin, const QString &sql)
{
    QSqlQuery query(admin);
    query.exec(sql);   // best effort: removing what a failed deploy created
}

} // namespace

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return password;
}

QString scramVerifier(QSqlDatabase &db, const QString &role, const QString &password)
{
    const QVariant handle = db.driver()->handle();
    PGconn *conn = nullptr;
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0
                               || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        conn = *static_cast<PGconn *const *>(handle.data());
    if (!conn)
        throw StoreError(Tr::tr("the server connection gives no libpq handle to compute a password "
                                "verifier (%1)").arg(QString::fromLatin1(handle.typeName())));
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        throw StoreError(Tr::tr("cannot compute the password verifier of %1: %2")
                             .arg(role, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

DeployResult deployPanel(const ConnInfo &admin, const ConnInfo &target, const Panel &panel)
{
    PanelRoles roles{target.dbname};
    checkDatabaseName(roles.database);
    QStringList memberRoles;
    for (const Reviewer &member : panel.reviewers) {
        const QString role = roles.member(member.id);
        if (role.toUtf8().size() > 63)
            throw InputError(Tr::tr("the login role %1 of member %2 is longer than PostgreSQL's 63 "
                                    "bytes: choose a shorter database name").arg(role, member.id));
        memberRoles << role;
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw StoreError(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString sqlitePath = scratch.filePath(QStringLiteral("panel.paneldesk"));
    writeThroughSqlite(panel, sqlitePath);

    const QString adminName = QStringLiteral("paneldesk-deploy-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString panelName = adminName + QStringLiteral("-panel");
    DeployResult result;
    result.database = roles.database;
    bool created = false;
    try {
        QSqlDatabase adminDb = openServer(admin, adminName);
        refuseExisting(adminDb, roles, memberRoles);
        created = true;
        execServer(adminDb, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoteIdent(roles.owner())));
        for (const QString &group : roles.groups())
            execServer(adminDb, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoteIdent(group)));
        // The administrator (not a superuser, say) must be able to act as the owner.
        execServer(adminDb, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoteIdent(roles.owner())));
        execServer(adminDb, QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE template0")
                                .arg(quoteIdent(roles.database), quoteIdent(roles.owner())));
        execServer(adminDb, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quoteIdent(roles.database)));
        QStringList groups;
        for (const QString &group : roles.groups())
            groups << quoteIdent(group);
        execServer(adminDb, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                                .arg(quoteIdent(roles.database), groups.join(QStringLiteral(", "))));

        ConnInfo panelAdmin = admin;
        panelAdmin.dbname = roles.database;
        {
            QSqlDatabase db = openServer(panelAdmin, panelName);
            if (!db.transaction())
                throwServerError(db.lastError(), Tr::tr("cannot start the deployment"));
            schema::upgradeServer(db, roles, 0, kServerSchemaVersion);
            installMemberRegistrar(db, roles);
            execServer(db, QStringLiteral("SET LOCAL ROLE %1").arg(quoteIdent(roles.owner())));
            copyRows(sqlitePath, db);
            execServer(db, QStringLiteral("RESET ROLE"));
            for (std::size_t i = 0; i < panel.reviewers.size(); ++i) {
                const Reviewer &member = panel.reviewers[i];
                MemberLogin login{member.id, member.name, member.role, memberRoles[int(i)], randomPassword(), target};
                login.connInfo.user = login.loginRole;
                login.connInfo.password.clear();
                const QString verifier = scramVerifier(db, login.loginRole, login.password);
                execServer(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
                                   .arg(quoteIdent(login.loginRole), quoteLiteral(verifier),
                                        quoteIdent(roles.group(member.role))));
                execServer(db, QStringLiteral("SET LOCAL ROLE %1").arg(quoteIdent(roles.owner())));
                execServer(db, QStringLiteral("INSERT INTO member_logins (role_name, member_id) VALUES (?, ?)"),
                           {QVariant(login.loginRole), QVariant(member.id)});
                execServer(db, QStringLiteral("RESET ROLE"));
                result.logins.push_back(login);
            }
            execServer(db, QStringLiteral("INSERT INTO audit_log (action, entity, new_value) VALUES "
                                          "('deploy-server', ?, json_build_object('server_schema', %1, "
                                          "'members', %2)::text)")
                               .arg(kServerSchemaVersion).arg(panel.reviewers.size()),
                       {QVariant(QStringLiteral("database/") + roles.database)});
            if (!db.commit())
                throwServerError(db.lastError(), Tr::tr("cannot finish the deployment"));
        }
        closeServer(panelName);
        execServer(adminDb, QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(quoteIdent(roles.owner())));
    } catch (...) {
        closeServer(panelName);
        if (created && QSqlDatabase::contains(adminName)) {
            QSqlDatabase adminDb = QSqlDatabase::database(adminName, false);
            if (adminDb.isOpen()) {
                dropQuietly(adminDb, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdent(roles.database)));
                for (const QString &role : memberRoles)
                    dropQuietly(adminDb, QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdent(role)));
                for (const QString &group : roles.groups())
                    dropQuietly(adminDb, QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdent(group)));
                dropQuietly(adminDb, QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdent(roles.owner())));
            }
        }
        closeServer(adminName);
        throw;
    }
    closeServer(adminName);
    return result;
}

} // namespace pd::server
