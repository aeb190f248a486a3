// PgStore's member writes (PgStore.h, docs/server.md "Adding members"): a member on a server
// is a row of members AND a login role <db>.<member id> in its group. Both are made in one
// transaction by add_member_login (ServerMemberFunctions.h), a SECURITY DEFINER function of
// the registrar role, since no member has CREATEROLE. Passwords travel only as SCRAM-SHA-256
// verifiers computed here (libpq's PQencryptPasswordConn, ServerDeploy.h): never in the
// clear, so they appear in no server log. Audit entries as the SQLite store writes them
// ("add-member", "set-passphrase", "set-conflicts"), without any password or verifier.
#include "server/PgStore.h"

#include "auth/Passphrase.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/IdRule.h"
#include "server/PgStoreSql.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "server/ServerSchema.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

QString memberEntity(const QString &memberId) { return QStringLiteral("members/") + memberId; }

QString conflictsJson(const QStringList &teams)
{
    return auditJson({{QStringLiteral("conflicts"), QJsonArray::fromStringList(teams)}});
}

QString passphraseStateJson(bool set)
{
    return auditJson({{QStringLiteral("passphrase_set"), set}});
}

// A text[] literal of quoted strings.
QString textArray(const QStringList &values)
{
    QStringList quotedValues;
    for (const QString &value : values)
        quotedValues << quoteLiteral(value);
    return QStringLiteral("ARRAY[%1]::text[]").arg(quotedValues.join(QStringLiteral(", ")));
}

// Known teams, no repeats (the SQLite store's messages).
void checkConflictTeams(const QSqlDatabase &db, const QString &memberId, const QStringList &teams)
{
    QSet<QString> seen;
    for (const QString &team : teams) {
        if (seen.contains(team))
            throw InputError(Tr::tr("member %1: team %2 is listed twice as a conflict")
                                 .arg(quoted(memberId), quoted(team)));
        seen.insert(team);
        if (pgValue(db, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {team}).isNull())
            throw InputError(Tr::tr("member %1: unknown conflict team %2")
                                 .arg(quoted(memberId), quoted(team)));
    }
}

QStringList storedConflicts(const QSqlDatabase &db, const QString &memberId)
{
    QSqlQuery query = pgRun(db, QStringLiteral(
        "SELECT team_id FROM member_conflicts WHERE member_id = ? ORDER BY seq"), {memberId});
    QStringList teams;
    while (query.next())
        teams << query.value(0).toString();
    return teams;
}

QString databaseOf(const QSqlDatabase &db)
{
    return pgValue(db, QStringLiteral("SELECT current_database()")).toString();
}

} // namespace

void PgStore::addMember(const Reviewer &member, const Actor &actor)
{
    insertMember(member, {}, actor);
}

void PgStore::insertMember(const Reviewer &member, const QString &verifier, const Actor &actor)
{
    requireActor(actor);
    if (!isValidId(member.id))
        throw InputError(Tr::tr("%1 is not a valid member id (1 to 64 letters, digits, '-', '_' or '.')")
                             .arg(quoted(member.id)));
    if (member.name.trimmed().isEmpty())
        throw InputError(Tr::tr("member %1 needs a name").arg(quoted(member.id)));
    const QString role = toString(member.role);
    if (role.isEmpty())
        throw InputError(Tr::tr("member %1: unknown role (expected %2)")
                             .arg(quoted(member.id), allowedValues<Role>()));
    writeTransaction([&] {
        if (!pgValue(m_db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {member.id}).isNull())
            throw InputError(Tr::tr("a member with the id %1 already exists").arg(quoted(member.id)));
        checkConflictTeams(m_db, member.id, member.conflicts);
        // The member row, the login role in its group and the conflicts (the chair's or the
        // secretariat's; only the chair adds a chair: the function checks).
        pgRun(m_db, QStringLiteral("SELECT add_member_login(?, ?, ?, %1, %2)")
                        .arg(verifier.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(verifier),
                             textArray(member.conflicts)),
              {member.id, member.name, role});
        appendServerAudit(QStringLiteral("add-member"), memberEntity(member.id), {},
                          auditJson({{QStringLiteral("id"), member.id},
                                     {QStringLiteral("name"), member.name},
                                     {QStringLiteral("role"), role},
                                     {QStringLiteral("conflicts"), QJsonArray::fromStringList(member.conflicts)},
                                     {QStringLiteral("passphrase_set"), !verifier.isEmpty()}}));
    });
}

void PgStore::addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                      const Actor &actor)
{
    requireActor(actor);
    requireAcceptablePassphrase(passphrase);
    const QString login = PanelRoles{databaseOf(m_db)}.member(member.id);
    insertMember(member, scramVerifier(m_db, login, passphrase), actor);
}

void PgStore::setPassphrase(const QString &memberId, const QString &passphrase, const Actor &actor)
{
    requireActor(actor);
    requireAcceptablePassphrase(passphrase);
    if (pgValue(m_db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {memberId}).isNull())
        throw InputError(Tr::tr("unknown member %1").arg(quoted(memberId)));
    const QString login = PanelRoles{databaseOf(m_db)}.member(memberId);
    const QString verifier = scramVerifier(m_db, login, passphrase);
    writeTransaction([&] {
        if (memberId == m_member)
            // One's own: no CREATEROLE needed. The statement carries the verifier only.
            pgRun(m_db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD %1").arg(quoteLiteral(verifier)));
        else
            pgRun(m_db, QStringLiteral("SELECT set_member_password(?, %1)").arg(quoteLiteral(verifier)),
                  {memberId});
        appendServerAudit(QStringLiteral("set-passphrase"), memberEntity(memberId),
                          passphraseStateJson(true), passphraseStateJson(true));
    });
    if (memberId == m_member)
        m_password = passphrase;   // checkPassphrase compares with the password now in force
}

void PgStore::setConflicts(const QString &memberId, const QStringList &teams, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        if (pgValue(m_db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {memberId}).isNull())
            throw InputError(Tr::tr("unknown member %1").arg(quoted(memberId)));
        checkConflictTeams(m_db, memberId, teams);
        const QStringList before = storedConflicts(m_db, memberId);
        if (before == teams)
            return;
        // The member's own or, for the chair, anyone's; a team with a sheet of the member is
        // refused by the server (it sees the sheets the caller may not).
        pgRun(m_db, QStringLiteral("SELECT set_member_conflicts(?, %1)").arg(textArray(teams)),
              {memberId});
        appendServerAudit(QStringLiteral("set-conflicts"), memberEntity(memberId),
                          conflictsJson(before), conflictsJson(teams));
    });
}

} // namespace pd::server
