#include "storage/DraftStore.h"
#include "storage/MemberStore.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "domain/IdRule.h"
#include "storage/AuditLog.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteTransaction.h"
#include "trust/AuditChain.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace pd {
namespace {

// Message texts, translatable under the context "Storage" (as the other storage messages).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

void requireActor(const Actor &actor)
{
    if (actor.id.trimmed().isEmpty())
        throw InputError(Text::tr("every change needs an actor (who makes it)"));
}

void requireKnownMember(const QSqlDatabase &db, const QString &memberId)
{
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {memberId}))
        throw InputError(Text::tr("unknown member %1").arg(quoted(memberId)));
}

// Known teams, no repeats.
void checkConflictTeams(const QSqlDatabase &db, const QString &memberId, const QStringList &teams)
{
    QSet<QString> seen;
    for (const QString &team : teams) {
        if (seen.contains(team))
            throw InputError(Text::tr("member %1: team %2 is listed twice as a conflict")
                                 .arg(quoted(memberId), quoted(team)));
        seen.insert(team);
        if (!existsSql(db, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"), {team}))
            throw InputError(Text::tr("member %1: unknown conflict team %2")
                                 .arg(quoted(memberId), quoted(team)));
    }
}

QStringList storedConflicts(const QSqlDatabase &db, const QString &memberId)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT team_id FROM member_conflicts WHERE member_id = ? ORDER BY seq"), {memberId});
    QStringList teams;
    while (query.next())
        teams << query.value(0).toString();
    return teams;
}

void insertConflicts(const QSqlDatabase &db, const QString &memberId, const QStringList &teams)
{
    for (const QString &team : teams)
        runSql(db, QStringLiteral(
            "INSERT INTO member_conflicts (member_id, team_id, seq) VALUES (?, ?, "
            "(SELECT coalesce(max(seq), -1) + 1 FROM member_conflicts))"), {memberId, team});
}

QString conflictsJson(const QStringList &teams)
{
    return auditJson({{QStringLiteral("conflicts"), QJsonArray::fromStringList(teams)}});
}

QString passphraseStateJson(bool set)
{
    return auditJson({{QStringLiteral("passphrase_set"), set}});
}

QString memberEntity(const QString &memberId) { return QStringLiteral("members/") + memberId; }

} // namespace

std::vector<Member> readMembers(const QSqlDatabase &db)
{
    ReadTransaction snapshot(db);
    std::vector<Member> members;
    QHash<QString, size_t> index;
    QSqlQuery m = execSql(db, QStringLiteral(
        "SELECT id, name, role, passphrase_hash IS NOT NULL FROM members ORDER BY seq"));
    while (m.next()) {
        Member member;
        member.id = m.value(0).toString();
        member.name = m.value(1).toString();
        const auto role = parseEnum<Role>(m.value(2).toString());
        if (!role)
            throw StoreError(Text::tr("database error: member %1 has the unknown role %2")
                                 .arg(quoted(member.id), quoted(m.value(2).toString())));
        member.role = *role;
        member.hasPassphrase = m.value(3).toBool();
        index.insert(member.id, members.size());
        members.push_back(std::move(member));
    }
    QSqlQuery c = execSql(db, QStringLiteral(
        "SELECT member_id, team_id FROM member_conflicts ORDER BY seq"));
    while (c.next()) {
        const auto at = index.constFind(c.value(0).toString());
        if (at != index.constEnd())   // always, by the foreign key
            members[*at].conflicts << c.value(1).toString();
    }
    return members;
}

void insertMember(QSqlDatabase &db, const Reviewer &member,
                  const std::optional<QString> &passphrase, const Actor &actor)
{
    requireActor(actor);
    if (!isValidId(member.id))
        throw InputError(Text::tr("%1 is not a valid member id (1 to 64 letters, digits, '-', '_' or '.')")
                             .arg(quoted(member.id)));
    if (member.name.trimmed().isEmpty())
        throw InputError(Text::tr("member %1 needs a name").arg(quoted(member.id)));
    const QString role = toString(member.role);
    if (role.isEmpty())
        throw InputError(Text::tr("member %1: unknown role (expected %2)")
                             .arg(quoted(member.id), allowedValues<Role>()));
    QByteArray hash;
    if (passphrase) {
        requireAcceptablePassphrase(*passphrase);
        hash = hashPassphrase(*passphrase);
    }

    WriteTransaction transaction(db);
    if (existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {member.id}))
        throw InputError(Text::tr("a member with the id %1 already exists").arg(quoted(member.id)));
    checkConflictTeams(db, member.id, member.conflicts);
    runSql(db, QStringLiteral(
        "INSERT INTO members (id, seq, name, role, passphrase_hash) VALUES (?, "
        "(SELECT coalesce(max(seq), -1) + 1 FROM members), ?, ?, ?)"),
        {member.id, member.name, role,
         hash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(hash))});
    insertConflicts(db, member.id, member.conflicts);
    appendAudit(db, actor, QStringLiteral("add-member"), memberEntity(member.id), {},
                auditJson({{QStringLiteral("id"), member.id},
                      {QStringLiteral("name"), member.name},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("conflicts"), QJsonArray::fromStringList(member.conflicts)},
                      {QStringLiteral("passphrase_set"), !hash.isEmpty()}}));
    transaction.commit();
}

void writePassphrase(QSqlDatabase &db, const QString &memberId, const QString &passphrase,
                     const Actor &actor)
{
    requireActor(actor);
    requireAcceptablePassphrase(passphrase);
    requireKnownMember(db, memberId);   // before the hash: a typo in the id answers at once
    const QByteArray hash = hashPassphrase(passphrase);

    WriteTransaction transaction(db);
    QSqlQuery old = runSql(db, QStringLiteral(
        "SELECT passphrase_hash IS NOT NULL FROM members WHERE id = ?"), {memberId});
    if (!old.next())   // removed in between
        throw InputError(Text::tr("unknown member %1").arg(quoted(memberId)));
    const bool wasSet = old.value(0).toBool();
    old.finish();
    runSql(db, QStringLiteral("UPDATE members SET passphrase_hash = ? WHERE id = ?"),
        {QString::fromLatin1(hash), memberId});
    appendAudit(db, actor, QStringLiteral("set-passphrase"), memberEntity(memberId),
                passphraseStateJson(wasSet), passphraseStateJson(true));
    transaction.commit();
}

bool checkStoredPassphrase(const QSqlDatabase &db, const QString &memberId,
                           const QString &passphrase)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT passphrase_hash FROM members WHERE id = ? AND passphrase_hash IS NOT NULL"),
        {memberId});
    if (!query.next())
        return false;
    const QByteArray hash = query.value(0).toString().toLatin1();
    query.finish();
    return verifyPassphrase(hash, passphrase);
}

void writeConflicts(QSqlDatabase &db, const QString &memberId, const QStringList &teams,
                    const Actor &actor)
{
    requireActor(actor);
    WriteTransaction transaction(db);
    requireKnownMember(db, memberId);
    checkConflictTeams(db, memberId, teams);
    const QStringList before = storedConflicts(db, memberId);
    if (before == teams)
        return;   // the transaction rolls back: nothing was written
    for (const QString &team : teams) {
        if (existsSql(db, QStringLiteral("SELECT 1 FROM sheets WHERE reviewer_id = ? AND team_id = ?"),
                   {memberId, team}))
            throw InputError(Text::tr("member %1 already holds a score sheet for team %2; a conflict "
                                "of interest must be declared before scoring")
                                 .arg(quoted(memberId), quoted(team)));
    }
    runSql(db, QStringLiteral("DELETE FROM member_conflicts WHERE member_id = ?"), {memberId});
    insertConflicts(db, memberId, teams);
    appendAudit(db, actor, QStringLiteral("set-conflicts"), memberEntity(memberId),
                conflictsJson(before), conflictsJson(teams));
    transaction.commit();
}

std::optional<StoredKey> readMemberKey(const QSqlDatabase &db, const QString &memberId)
{
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT public_key, sealed_key FROM members WHERE id = ? AND public_key IS NOT NULL "
        "AND sealed_key IS NOT NULL"), {memberId});
    if (!query.next())
        return std::nullopt;
    return StoredKey{query.value(0).toByteArray(), query.value(1).toByteArray()};
}

void writeMemberKey(QSqlDatabase &db, const QString &memberId, const StoredKey &key,
                    bool established, const Actor &actor)
{
    requireActor(actor);
    WriteTransaction transaction(db);
    QSqlQuery member = runSql(db, QStringLiteral("SELECT role FROM members WHERE id = ?"), {memberId});
    if (!member.next())
        throw InputError(Text::tr("unknown member %1").arg(quoted(memberId)));
    const QString role = member.value(0).toString();
    member.finish();
    // A new key cannot open what was sealed to the old one (storage/DraftStore.h).
    const std::optional<QByteArray> before = memberPublicKey(db, memberId);
    if (before && *before != key.publicKey)
        dropSealedDrafts(db, memberId);
    runSql(db, QStringLiteral("UPDATE members SET public_key = ?, sealed_key = ? WHERE id = ?"),
           {key.publicKey, key.sealedKey, memberId});
    if (established)
        appendAudit(db, actor, QStringLiteral("member-key"), memberEntity(memberId), {},
                    chain::memberKeyJson(memberId, role, key.publicKey, actor.id == memberId));
    else
        appendAudit(db, actor, QStringLiteral("reseal-key"), memberEntity(memberId), {}, {});
    transaction.commit();
}

void clearMemberKey(QSqlDatabase &db, const QString &memberId, const Actor &actor)
{
    requireActor(actor);
    WriteTransaction transaction(db);
    requireKnownMember(db, memberId);
    dropSealedDrafts(db, memberId);   // nothing can open them once the key is gone
    runSql(db, QStringLiteral("UPDATE members SET public_key = NULL, sealed_key = NULL WHERE id = ?"),
           {memberId});
    appendAudit(db, actor, QStringLiteral("clear-key"), memberEntity(memberId), {}, {});
    transaction.commit();
}

} // namespace pd
