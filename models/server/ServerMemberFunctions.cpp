#include "server/ServerMemberFunctions.h"

#include "domain/Errors.h"
#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Server)
};

// @DB_NAME@: the panel database's name as a literal (login roles are <db>.<id>, groups <db>_<role>).
const char16_t *const kMemberFunctions[] = {
    // The caller's role on the panel, NULL for a session that is no member's login.
    uR"(CREATE FUNCTION pd_my_role() RETURNS TEXT
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        RETURN (SELECT m.role FROM members m JOIN member_logins l ON l.member_id = m.id
                WHERE l.role_name = session_user);
    END $$)",

    uR"(CREATE FUNCTION add_member_login(p_id TEXT, p_name TEXT, p_role TEXT, p_verifier TEXT,
                                         p_conflicts TEXT[]) RETURNS TEXT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_caller TEXT := pd_my_role();
        v_login TEXT;
    BEGIN
        IF v_caller IS NULL OR v_caller NOT IN ('chair', 'secretariat') THEN
            RAISE EXCEPTION 'only the chair or the secretariat adds members' USING ERRCODE = '42501';
        END IF;
        IF p_role IS NULL OR p_role NOT IN ('chair', 'expert', 'secretariat', 'observer') THEN
            RAISE EXCEPTION 'unknown role "%"', p_role USING ERRCODE = '22023';
        END IF;
        IF p_role = 'chair' AND v_caller <> 'chair' THEN
            RAISE EXCEPTION 'only the chair adds a chair' USING ERRCODE = '42501';
        END IF;
        IF p_id IS NULL OR NOT IS_ID(p_id) THEN
            RAISE EXCEPTION 'not a valid member id' USING ERRCODE = '22023';
        END IF;
        IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'a password is given to the server only as a SCRAM-SHA-256 verifier'
                USING ERRCODE = '22023';
        END IF;
        v_login := @DB_NAME@ || '.' || p_id;
        IF octet_length(v_login) > 63 THEN
            RAISE EXCEPTION 'the login role % would be longer than 63 bytes: choose a shorter member id', v_login
                USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
            RAISE EXCEPTION 'the role % already exists on the server', v_login USING ERRCODE = '23505';
        END IF;
        INSERT INTO members (id, seq, name, role)
            VALUES (p_id, (SELECT coalesce(max(seq), -1) + 1 FROM members), p_name, p_role);
        INSERT INTO member_logins (role_name, member_id) VALUES (v_login, p_id);
        INSERT INTO member_conflicts (member_id, team_id)
            SELECT p_id, t FROM unnest(coalesce(p_conflicts, '{}'::text[])) AS t;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', v_login, p_verifier,
                       @DB_NAME@ || '_' || p_role);
        RETURN v_login;
    END $$)",

    uR"(CREATE FUNCTION set_member_password(p_id TEXT, p_verifier TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_caller TEXT := pd_my_role();
        v_target TEXT;
        v_login TEXT;
    BEGIN
        IF v_caller IS NULL OR v_caller NOT IN ('chair', 'secretariat') THEN
            RAISE EXCEPTION 'only the chair or the secretariat sets another member''s password'
                USING ERRCODE = '42501';
        END IF;
        SELECT m.role, l.role_name INTO v_target, v_login FROM members m
            JOIN member_logins l ON l.member_id = m.id WHERE m.id = p_id;
        IF v_login IS NULL THEN
            RAISE EXCEPTION 'unknown member "%"', p_id USING ERRCODE = '22023';
        END IF;
        IF v_target = 'chair' AND v_caller <> 'chair' THEN
            RAISE EXCEPTION 'only a chair sets a chair''s password' USING ERRCODE = '42501';
        END IF;
        IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'a password is given to the server only as a SCRAM-SHA-256 verifier'
                USING ERRCODE = '22023';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_verifier);
    END $$)",

    // Replaces a member's conflicts: the member's own, or anyone's for the chair
    // (access/MemberPermissions.h). A team they hold a sheet for is refused (pd_conflict_rules).
    uR"(CREATE FUNCTION set_member_conflicts(p_id TEXT, p_teams TEXT[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF pd_me() IS NULL OR (p_id IS DISTINCT FROM pd_me() AND pd_my_role() IS DISTINCT FROM 'chair') THEN
            RAISE EXCEPTION 'only the member or the chair sets a member''s conflicts' USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM members WHERE id = p_id) THEN
            RAISE EXCEPTION 'unknown member "%"', p_id USING ERRCODE = '22023';
        END IF;
        DELETE FROM member_conflicts WHERE member_id = p_id;
        INSERT INTO member_conflicts (member_id, team_id)
            SELECT p_id, t FROM unnest(coalesce(p_teams, '{}'::text[])) WITH ORDINALITY AS u (t, n) ORDER BY n;
    END $$)",

    uR"(REVOKE ALL ON FUNCTION pd_my_role(), add_member_login(text, text, text, text, text[]),
        set_member_password(text, text), set_member_conflicts(text, text[]) FROM PUBLIC)",
    uR"(GRANT EXECUTE ON FUNCTION pd_my_role(), set_member_conflicts(text, text[]) TO @MEMBERS@)",
    uR"(GRANT EXECUTE ON FUNCTION add_member_login(text, text, text, text, text[]),
        set_member_password(text, text) TO @CHAIR@, @SECRETARIAT@)",
};

void run(QSqlDatabase &db, const QString &sql)
{
    execServer(db, sql);
}

} // namespace

QString registrarRole(const PanelRoles &roles)
{
    return roles.database + QStringLiteral("_registrar");
}

namespace schema {

void createMemberFunctions(QSqlDatabase &db, const PanelRoles &roles)
{
    for (const char16_t *statement : kMemberFunctions) {
        QString sql = QString::fromUtf16(statement);
        sql.replace(QLatin1String("@DB_NAME@"), quoteLiteral(roles.database));
        execStep(db, roles, sql);
    }
}

} // namespace schema

void installMemberRegistrar(QSqlDatabase &db, const PanelRoles &roles)
{
    const QString registrar = quoteIdent(registrarRole(roles));
    const QString owner = quoteIdent(roles.owner());
    QSqlQuery exists(db);
    if (exists.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = %1")
                        .arg(quoteLiteral(registrarRole(roles))))
        && exists.next())
        throw InputError(Tr::tr("cannot deploy the panel as %1: the role %2 already exists on the "
                                "server; choose another database name or remove it first")
                             .arg(roles.database, registrarRole(roles)));
    exists.finish();
    run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN CREATEROLE").arg(registrar));
    run(db, QStringLiteral("GRANT %1 TO %2").arg(owner, registrar));
    // ALTER ... OWNER TO needs the administrator in the new owner's role and the new owner
    // with CREATE on the schema; both are taken back at once.
    run(db, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(registrar));
    run(db, QStringLiteral("SET LOCAL ROLE %1").arg(owner));
    run(db, QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(registrar));
    run(db, QStringLiteral("RESET ROLE"));
    run(db, QStringLiteral("ALTER FUNCTION add_member_login(text, text, text, text, text[]) OWNER TO %1").arg(registrar));
    run(db, QStringLiteral("ALTER FUNCTION set_member_password(text, text) OWNER TO %1").arg(registrar));
    run(db, QStringLiteral("SET LOCAL ROLE %1").arg(owner));
    run(db, QStringLiteral("REVOKE CREATE ON SCHEMA public FROM %1").arg(registrar));
    run(db, QStringLiteral("RESET ROLE"));
    run(db, QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(registrar));
}

} // namespace pd::server
