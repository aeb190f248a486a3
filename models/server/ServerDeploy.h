#pragma once
// Puts a panel on a PostgreSQL server (docs/server.md, "Deploying a panel"): creates the
// panel database, its roles (owner, groups, one login per member), the server schema
// (ServerSchema.h) and the panel's rows, in the name of the cluster's administrator. No
// widgets.
//
// Each member's login gets a random initial password; its SCRAM-SHA-256 verifier is computed
// on this machine (libpq PQencryptPasswordConn on the administrator's connection), so the
// clear password never reaches the server or its logs. Nothing is deployed (InputError
// naming them) when the database or any of the roles already exists. On a failure midway
// everything created is removed again.

#include "domain/Panel.h"
#include "server/ServerConnection.h"

#include <vector>

namespace pd::server {

struct MemberLogin {
    QString memberId;
    QString name;
    Role role = Role::Expert;
    QString loginRole;    // <db>.<member id>
    QString password;     // the initial password, shown once; the server keeps its verifier
    ConnInfo connInfo;    // how this member connects (the --db address, user = loginRole)
};

struct DeployResult {
    QString database;
    std::vector<MemberLogin> logins;   // in the panel's member order
};

// `admin`: the administrator's connection (a superuser, or a role with CREATEDB and
// CREATEROLE that may SET ROLE to the roles it creates), to any database of the cluster.
// `target`: the address members use; its dbname names the new panel database.
DeployResult deployPanel(const ConnInfo &admin, const ConnInfo &target, const Panel &panel);

// The SCRAM-SHA-256 verifier of `password` for `role`, computed by libpq on the open QPSQL
// connection `db` (never sent anywhere). StoreError when libpq cannot.
QString scramVerifier(QSqlDatabase &db, const QString &role, const QString &password);

// A random password of 24 letters and digits (system random generator).
QString randomPassword();

} // namespace pd::server
