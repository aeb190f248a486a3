#pragma once
// Deploying a panel on the throwaway cluster for a test, and connecting as its members.
// Header-only, shared by tests/server/tst_*.cpp.
//
// PANELDESK_TEST_SABOTAGE: SQL statements (separated by ";;") the administrator runs in each
// panel database right after it is deployed. Empty in CI; set by hand to check that a test
// fails when the policy it guards is broken, e.g.
//   PANELDESK_TEST_SABOTAGE='DROP POLICY conflict_hides_team ON sheets'

#include "ServerTestSupport.h"

#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "server/ServerSchema.h"
#include "services/SignInService.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

namespace pd::test {

struct DeployedPanel {
    QString database;
    std::map<QString, server::MemberLogin> logins;   // by member id
};

inline server::ConnInfo panelAdminInfo(const QString &database)
{
    server::ConnInfo info = adminConnInfo();
    info.dbname = database;
    return info;
}

// The administrator's connection to the panel database (superuser: no RLS).
inline QSqlDatabase panelAdmin(const QString &database)
{
    const QString name = QStringLiteral("admin-") + database;
    if (QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen())
        return QSqlDatabase::database(name, false);
    return server::openServer(panelAdminInfo(database), name);
}

// PANELDESK_TEST_SABOTAGE (above) applied to a panel database just deployed (deployForTest
// does it; a test that deploys through the CLI calls it itself).
inline void applySabotage(const QString &database)
{
    const QString sabotage = qEnvironmentVariable("PANELDESK_TEST_SABOTAGE");
    if (sabotage.isEmpty())
        return;
    QSqlDatabase admin = panelAdmin(database);
    for (const QString &statement : sabotage.split(QStringLiteral(";;"), Qt::SkipEmptyParts))
        server::execServer(admin, statement);
    qWarning("PANELDESK_TEST_SABOTAGE applied to %s: %s", qPrintable(database), qPrintable(sabotage));
}

inline DeployedPanel deployForTest(const QString &database, const Panel &panel)
{
    server::ConnInfo target;
    target.host = qEnvironmentVariable("PANELDESK_TEST_PG_HOST");
    target.port = qEnvironmentVariable("PANELDESK_TEST_PG_PORT").toInt();
    target.dbname = database;
    const server::DeployResult result = server::deployPanel(adminConnInfo(), target, panel);
    DeployedPanel deployed{result.database, {}};
    for (const server::MemberLogin &login : result.logins)
        deployed.logins.emplace(login.memberId, login);
    applySabotage(database);
    return deployed;
}

// The member's first sign-in on the panel at `address`, which registers their key (a
// "member-key" entry; docs/server.md, "Keys and signatures on a server"): before a test
// compares the database around a refused command, whose sign-in would otherwise write it.
inline void signInOnce(const QString &address, const QString &member, const QString &password)
{
    const std::unique_ptr<PanelStore> store = PanelLocation::parse(address).open(ServerLogin{member, password});
    if (SignInService(*store).signIn(member, password, QDateTime::currentDateTimeUtc()).outcome
        != SignInAttempt::Outcome::SignedIn)
        qFatal("%s did not sign in", qPrintable(member));
}

// The audit log as the administrator reads it (every column, by id).
inline std::vector<AuditEntry> adminAuditLog(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, at, actor, action, entity, old_value, new_value, reason, "
                                   "prev_hash, hash, signer, signature FROM audit_log ORDER BY id")))
        qFatal("%s", qPrintable(query.lastError().text()));
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.entity = query.value(4).toString();
        e.oldValue = query.value(5).toString();
        e.newValue = query.value(6).toString();
        e.reason = query.value(7).toString();
        e.prevHash = query.value(8).toByteArray();
        e.hash = query.value(9).toByteArray();
        e.signer = query.value(10).toString();
        e.signature = query.value(11).toByteArray();
        entries.push_back(e);
    }
    return entries;
}

// What a step refused with: "InputError: <message>", "Error: <message>", or "none".
inline QString errorOf(const std::function<void()> &step)
{
    try {
        step();
    } catch (const InputError &e) {
        return QStringLiteral("InputError: ") + e.message();
    } catch (const Error &e) {
        return QStringLiteral("Error: ") + e.message();
    }
    return QStringLiteral("none");
}

// A member's own connection (TCP, password), named "<db>-<member>".
inline QSqlDatabase memberDb(const DeployedPanel &panel, const QString &memberId)
{
    const QString name = panel.database + QLatin1Char('-') + memberId;
    if (QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen())
        return QSqlDatabase::database(name, false);
    const server::MemberLogin &login = panel.logins.at(memberId);
    return server::openServer(memberConnInfo(panel.database, login.loginRole, login.password), name);
}

// The demo panel with the states the visibility rules tell apart: drafts (e01 and e04 on
// naver), a sheet not started (e05 on upstage), conflicts (e03 with nc, the chair with skt)
// and an observer.
inline Panel visibilityPanel()
{
    Panel panel = buildDemoPanel();
    for (Reviewer &member : panel.reviewers) {
        if (member.id == QLatin1String("e03"))
            member.conflicts = {QStringLiteral("nc")};
        if (member.id == QLatin1String("chair"))
            member.conflicts = {QStringLiteral("skt")};
    }
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    std::erase_if(panel.expertScores, [](const ExpertScore &s) {
        return (s.reviewer == QLatin1String("e03") && s.team == QLatin1String("nc"))
            || (s.reviewer == QLatin1String("e05") && s.team == QLatin1String("upstage"));
    });
    for (ExpertScore &s : panel.expertScores)
        if (s.team == QLatin1String("naver") && (s.reviewer == QLatin1String("e01") || s.reviewer == QLatin1String("e04")))
            s.submitted = false;
    return panel;
}

// The SQLSTATE of a statement that fails, or "ok" for a query that returns rows, or
// "ok:<rows affected>" for any other statement that succeeds.
inline QString outcomeOf(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().nativeErrorCode();
    if (query.isSelect())
        return QStringLiteral("ok");
    return QStringLiteral("ok:%1").arg(query.numRowsAffected());
}

// Every row of every panel table (count and digest per table) and the panel's roles with
// their password verifiers and group memberships, as the administrator sees them: compared
// before and after a refusal, it shows that nothing changed.
inline QByteArray adminDump(const QString &database)
{
    QSqlDatabase admin = panelAdmin(database);
    QByteArray dump;
    for (const QString &table : server::schema::tableNames()) {
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t")
                        .arg(table)) || !q.next())
            return "cannot read " + table.toUtf8();
        dump += table.toUtf8() + ' ' + q.value(0).toByteArray() + ' ' + q.value(1).toByteArray() + '\n';
    }
    QSqlQuery roles(admin);
    if (!roles.exec(QStringLiteral("SELECT string_agg(r.rolname || ':' || coalesce(r.rolpassword, '-') || ':' "
                                   "|| coalesce((SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                                   "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), ''), '|' ORDER BY r.rolname) "
                                   "FROM pg_authid r WHERE starts_with(r.rolname, %1)").arg(server::quoteLiteral(database)))
        || !roles.next())
        return "cannot read the roles";
    dump += roles.value(0).toByteArray();
    return dump;
}

// A panel deployed at the current version taken back to server schema version 2 by undoing
// step 3 by hand (ServerBenchmarkTargets.cpp, which it mirrors): benchmark_targets and its
// rules go, the results' target rule and replace_panel are step 1's and step 2's again.
// change_setup keeps step 3's text (it names the tables only when it runs); the upgrade
// replaces it. As the panel's administrator, in one transaction.
inline void undoServerStepThree(const QString &database)
{
    QSqlDatabase admin = panelAdmin(database);
    const server::PanelRoles roles{database};
    if (!admin.transaction())
        qFatal("cannot begin a transaction on %s", qPrintable(database));
    server::schema::execStep(admin, roles, QStringLiteral("SET LOCAL ROLE @OWNER@"));
    server::schema::execStep(admin, roles, QStringLiteral("DROP TABLE benchmark_targets"));   // its policies and triggers go with it
    server::schema::execStep(admin, roles, QStringLiteral("DROP FUNCTION pd_configured_target_rules()"));
    server::schema::execStep(admin, roles, QStringLiteral(
        "CREATE OR REPLACE FUNCTION pd_benchmark_target() RETURNS trigger "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
        "IF (NEW.target IS NULL OR NEW.target <= 0) AND (SELECT g.normalization FROM benchmarks b "
        "JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id "
        "WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio' THEN "
        "RAISE EXCEPTION 'a result in a target_ratio group needs a target above 0' USING ERRCODE = '23514'; "
        "END IF; RETURN NEW; END $$"));
    server::schema::execStep(admin, roles, server::schema::replacePanelWithBandsStatement());
    server::schema::execStep(admin, roles, QStringLiteral("UPDATE paneldesk_schema SET version = 2"));
    server::schema::execStep(admin, roles, QStringLiteral("RESET ROLE"));
    if (!admin.commit())
        qFatal("cannot commit on %s", qPrintable(database));
}

} // namespace pd::test
