// PgStore's signatures (PgStore.h; docs/server.md, "Keys and signatures on a server"): before a
// write transaction commits, this member's entries of the transaction (the server's trigger
// notes the first one in paneldesk.first_entry, ServerSignatures.h) are signed with their key,
// exactly as a file's (storage/AuditLog.cpp): the Ed25519 signature of the entry's 32-byte
// hash. The hash is computed here from the entry's fields (trust/AuditChain.h), so the member
// signs what they read, never a hash the server hands them.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgStoreSql.h"
#include "storage/AuditLog.h"
#include "trust/AuditChain.h"
#include "trust/Crypto.h"
#include "trust/SheetPayload.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

QString sheetEntity(const QString &round, const QString &reviewer, const QString &team)
{
    return QStringLiteral("sheets/%1/%2/%3").arg(round, reviewer, team);
}

} // namespace

void PgStore::signOwnEntries(const Signer *signer)
{
    if (!signer || signer->memberId() != m_member)
        return;   // signed in without a key: the entries stay unsigned (verify names them)
    QSqlQuery q = pgRun(m_db, QStringLiteral(
        "SELECT id, at, actor, action, entity, old_value, new_value, reason, prev_hash, hash "
        "FROM audit_log WHERE id >= CAST(nullif(current_setting('paneldesk.first_entry', true), '') AS bigint) "
        "AND actor = pd_me() AND signature IS NULL ORDER BY id"));
    QStringList rows;
    QVariantList values;
    while (q.next()) {
        const QByteArray hash = crypto::sha256(chain::canonicalEntry(
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toByteArray()));
        if (hash != q.value(9).toByteArray())
            throw StoreError(Tr::tr("the server wrote audit entry %1 with a hash that is not its "
                                    "content's: it is not signed, and nothing was saved")
                                 .arg(q.value(0).toLongLong()));
        rows << QStringLiteral("(CAST(? AS bigint), decode(?, 'hex'))");
        values << q.value(0).toLongLong()
               << QString::fromLatin1(signer->sign(hash).toHex());
    }
    q.finish();
    if (rows.isEmpty())
        return;
    pgRun(m_db, QStringLiteral("UPDATE audit_log a SET signer = pd_me(), signature = s.signature "
                               "FROM (VALUES %1) AS s (id, signature) WHERE a.id = s.id")
                    .arg(rows.join(QLatin1Char(','))),
          values);
}

void PgStore::appendSheetSignature(const QString &round, const QString &reviewer,
                                   const QString &team)
{
    std::vector<ExpertScore> scores;
    QSqlQuery q = pgRun(m_db, QStringLiteral(
        "SELECT item_id, score, comment FROM expert_scores WHERE round_id = ? AND reviewer_id = ? "
        "AND team_id = ?"), {round, reviewer, team});
    while (q.next()) {
        const QString comment = q.value(2).toString();
        scores.push_back(ExpertScore{reviewer, team, q.value(0).toString(), q.value(1).toDouble(),
                                     true, comment.isEmpty() ? QString() : comment});
    }
    q.finish();
    const QString opinion = pgValue(m_db, QStringLiteral(
        "SELECT opinion FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
        {round, reviewer, team}).toString();
    appendServerAudit(QStringLiteral("sign-sheet"), sheetEntity(round, reviewer, team), {},
                      auditJson(QJsonObject{{QStringLiteral("sheet"),
                                             sheetPayload(round, reviewer, team, scores, opinion)}}));
}

void PgStore::signSheet(const QString &reviewer, const QString &team, const Actor &actor)
{
    requireActor(actor);
    const Signer *signer = actor.signer ? actor.signer : m_signer.get();
    if (actor.id != reviewer || !signer || signer->memberId() != reviewer)
        throw InputError(Tr::tr("only %1, signed in with their key, can sign their sheet for team %2")
                             .arg(reviewer, team));
    writeTransaction([&] {
        const QString round = requireRound();
        const QVariant state = pgValue(m_db, QStringLiteral(
            "SELECT state FROM sheets WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
            {round, reviewer, team});
        if (state.toString() != QLatin1String("submitted"))
            throw InputError(Tr::tr("the sheet of %1 for team %2 is not submitted").arg(reviewer, team));
        appendSheetSignature(round, reviewer, team);
    }, signer);
}

} // namespace pd::server
