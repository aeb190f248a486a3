// PgStore's member keys (PgStore.h; docs/server.md, "Keys and signatures on a server"): the
// member's own sealed key through pd_my_key / pd_store_key / pd_clear_key (ServerSignatures.h),
// with the audit entries a file writes (storage/MemberStore.cpp): "member-key" (which
// establishes the key in the chain), "reseal-key" and "clear-key", each signed in its
// transaction by the key of whoever makes the change.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgStoreSql.h"
#include "trust/AuditChain.h"

#include <QVariant>

namespace pd::server {
namespace {

QString memberEntity(const QString &memberId) { return QStringLiteral("members/") + memberId; }

} // namespace

std::optional<StoredKey> PgStore::loadMemberKey(const QString &memberId) const
{
    std::optional<StoredKey> key;
    readSnapshot([&] {
        if (memberId == m_member) {
            QSqlQuery q = pgRun(m_db, QStringLiteral("SELECT public_key, sealed_key FROM pd_my_key()"));
            if (q.next())
                key = StoredKey{q.value(0).toByteArray(), q.value(1).toByteArray()};
            return;
        }
        // Another member's public key (everyone reads it); never their sealed key.
        const QVariant publicKey = pgValue(m_db, QStringLiteral(
            "SELECT public_key FROM members WHERE id = ? AND public_key IS NOT NULL"), {memberId});
        if (!publicKey.isNull())
            key = StoredKey{publicKey.toByteArray(), {}};
    });
    return key;
}

void PgStore::storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                             const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        // The server checks who may store the key (their own; the chair's new key for another).
        const QString role = pgValue(m_db, QStringLiteral(
            "SELECT pd_store_key(?, decode(?, 'hex'), decode(?, 'hex'), CAST(? AS boolean))"),
            {memberId, QString::fromLatin1(key.publicKey.toHex()),
             QString::fromLatin1(key.sealedKey.toHex()), established}).toString();
        if (established)
            appendServerAudit(QStringLiteral("member-key"), memberEntity(memberId), {},
                              chain::memberKeyJson(memberId, role, key.publicKey,
                                                   actor.id == memberId));
        else
            appendServerAudit(QStringLiteral("reseal-key"), memberEntity(memberId));
    }, actor.signer);
}

void PgStore::clearMemberKey(const QString &memberId, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        pgRun(m_db, QStringLiteral("SELECT pd_clear_key(?)"), {memberId});
        appendServerAudit(QStringLiteral("clear-key"), memberEntity(memberId));
    }, actor.signer);
}

} // namespace pd::server
