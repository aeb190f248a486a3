#pragma once
// Members of a panel on a server (docs/server.md, "Adding members"): the functions that add a
// member with their login role, reset another member's password and set conflicts, and the
// role that owns the first two.
//
// A member cannot have CREATEROLE (in PostgreSQL 15 it lets a role change every non-superuser
// role of the cluster). So adding a member's login role goes through two SECURITY DEFINER
// functions, add_member_login and set_member_password, owned by <db>_registrar: NOLOGIN,
// CREATEROLE, a member of <db>_owner (it writes members and member_logins), granted to nobody.
// Their bodies are fixed, their search_path pinned, every argument checked (the member id
// by the id rule, the role by name, the password only as a SCRAM-SHA-256 verifier computed on
// the client, never a clear password), and the role names quoted with format('%I'). EXECUTE:
// the chair and the secretariat (models/access: they manage members; only the chair adds a
// chair or resets a chair's password, checked inside). set_member_conflicts is the owner's
// (no CREATEROLE needed): the member themselves or the chair.

#include "server/ServerSchema.h"

#include <QSqlDatabase>
#include <QString>

namespace pd::server {

// <db>_registrar.
QString registrarRole(const PanelRoles &roles);

namespace schema {
// Server schema step 1: add_member_login, set_member_password, set_member_conflicts, owned by
// the owner until installMemberRegistrar hands the first two to the registrar.
void createMemberFunctions(QSqlDatabase &db, const PanelRoles &roles);
} // namespace schema

// At deployment, after upgradeServer, on the administrator's connection to the panel database
// inside the deployment's transaction: creates <db>_registrar and makes it the owner of
// add_member_login and set_member_password. InputError when the role exists already.
void installMemberRegistrar(QSqlDatabase &db, const PanelRoles &roles);

} // namespace pd::server
