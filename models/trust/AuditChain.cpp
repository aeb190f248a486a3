#include "trust/AuditChain.h"

#include "storage/PanelStore.h"
#include "trust/Crypto.h"

#include <QCoreApplication>
#include <algorithm>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::chain {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Verify)
};

bool isChainStart(const AuditEntry &e)
{
    if (e.actor != QLatin1String("system"))
        return false;
    if (e.action != QLatin1String("create-database") && e.action != QLatin1String("upgrade-schema"))
        return false;
    const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
    return value.value(QLatin1String("schema")).toInt() >= kFirstChainedSchema;
}

struct KeyClaim {
    QString member, role;
    QByteArray publicKey;
    bool valid = false;
};

KeyClaim keyClaim(const AuditEntry &e)
{
    const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
    KeyClaim claim;
    claim.member = value.value(QLatin1String("member")).toString();
    claim.role = value.value(QLatin1String("role")).toString();
    claim.publicKey = QByteArray::fromBase64(value.value(QLatin1String("public_key")).toString().toLatin1());
    claim.valid = !claim.member.isEmpty() && claim.publicKey.size() == crypto::kPublicKeyBytes;
    return claim;
}

class Verifier {
public:
    Verifier(ChainReport &report, qint64 signaturesFrom)
        : m_report(report), m_signaturesFrom(signaturesFrom)
    {
    }

    // Whether the signature of entry `seq` is checked (the quick check skips the older ones).
    bool checks(qint64 seq) const { return seq >= m_signaturesFrom; }

    void fail(qint64 seq, const QString &reason)
    {
        if (m_report.firstBad == 0) {
            m_report.firstBad = seq;
            m_report.firstBadReason = reason;
        }
        m_report.problems << Text::tr("audit entry %1: %2").arg(seq).arg(reason);
    }

    void entry(const AuditEntry &e)
    {
        resolvePending(e);
        ++m_report.entries;
        if (e.id != m_expected) {
            fail(e.id, e.id == m_expected + 1
                           ? Text::tr("entry %1 is missing (deleted from the log)").arg(m_expected)
                       : e.id > m_expected
                           ? Text::tr("entries %1 to %2 are missing (deleted from the log)").arg(m_expected).arg(e.id - 1)
                           : Text::tr("out of order (expected entry %1 here)").arg(m_expected));
        }
        m_expected = e.id + 1;
        if (e.prevHash != m_prevHash)
            fail(e.id, Text::tr("its link to the previous entry is wrong (entries removed, "
                                "inserted or reordered before it)"));
        const QByteArray hash = entryHash(e);
        if (e.hash.isEmpty())
            fail(e.id, Text::tr("it has no hash"));
        else if (hash != e.hash)
            fail(e.id, Text::tr("its content does not match its hash (changed after it was written)"));
        m_prevHash = e.hash;

        if (isChainStart(e))
            m_schema7 = true;
        // Before the first key entry nobody could sign: the set-up of a new file (created,
        // its panel imported) and the entries of a file upgraded from schema 6.
        if (!m_started && e.action != QLatin1String("member-key")) {
            if (!e.signature.isEmpty())
                checkSignature(e, hash);
            else
                ++(m_schema7 ? m_report.unsignedSetUp : m_report.unsignedBeforeChain);
            return;
        }
        m_started = true;
        if (e.signature.isEmpty()) {
            if (e.actor == QLatin1String("system") && e.action == QLatin1String("upgrade-schema"))
                return;
            // Decided at the next entry: an import's signed entry may cover it.
            m_pending.push_back({e.id, e.action, e.actor});
            return;
        }
        checkSignature(e, hash);
    }

    void finish(const QString &knownHead)
    {
        failPending();
        m_report.headSeq = m_expected - 1;
        m_report.headHash = m_prevHash;
        if (!knownHead.isEmpty() && !m_hashes.contains(knownHead.toLower())) {
            const qint64 at = m_report.headSeq + 1;
            fail(at, Text::tr("the known head %1 is not in the chain, which ends at entry %2 "
                              "(entries were cut off the end, or the chain was rewritten)")
                         .arg(knownHead)
                         .arg(m_report.headSeq));
        }
    }

    void remember(const AuditEntry &e) { m_hashes.insert(QString::fromLatin1(e.hash.toHex())); }

private:
    struct Pending {
        qint64 seq;
        QString action, actor;
    };

    // Unsigned entries of a member written by a sheets import (storage/SheetImportWriter.h)
    // are covered by the importer's signed "import-sheets" entry right after them: its
    // signature covers their hashes through the links, and it names how many there are.
    // Any other unsigned entry fails.
    void resolvePending(const AuditEntry &e)
    {
        if (m_pending.empty())
            return;
        if (e.signature.isEmpty() && e.actor != QLatin1String("system"))
            return;   // another unsigned entry: pending too (or failing at the end)
        if (e.action == QLatin1String("import-sheets") && !e.signature.isEmpty()
            && e.signer == e.actor) {
            const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            const qint64 covered = value.value(QLatin1String("member_entries")).toInteger();
            const QString member = e.entity.section(QLatin1Char('/'), 2, 2);
            const bool allCovered = std::all_of(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
                return p.seq >= e.id - covered && p.seq < e.id && p.actor == member;
            });
            if (allCovered) {
                m_report.coveredByImports += qint64(m_pending.size());
                m_pending.clear();
                return;
            }
        }
        failPending();
    }

    void failPending()
    {
        for (const Pending &p : m_pending)
            fail(p.seq, Text::tr("it is not signed (\"%1\" by %2 was written without a signing key)")
                            .arg(p.action, p.actor));
        m_pending.clear();
    }

    void checkSignature(const AuditEntry &e, const QByteArray &hash)
    {
        if (e.action == QLatin1String("member-key")) {
            checkKeyEntry(e, hash);
            return;
        }
        if (e.signer != e.actor) {
            fail(e.id, Text::tr("signed by %1 for a change by %2").arg(e.signer, e.actor));
            return;
        }
        const auto key = m_keys.constFind(e.signer);
        if (key == m_keys.constEnd()) {
            fail(e.id, Text::tr("signed by %1, whose key the chain does not establish").arg(e.signer));
            return;
        }
        if (checks(e.id) && !crypto::verify(key->publicKey, hash, e.signature)) {
            fail(e.id, Text::tr("the signature of %1 does not verify").arg(e.signer));
            return;
        }
        ++m_report.signedEntries;
        if (e.action == QLatin1String("clear-key"))
            clearKey(e, key->role);
    }

    // A passphrase reset by the chair or the secretariat: the member's key is forgotten, and
    // their next key is registered by themselves (a note, like any self-registered key).
    void clearKey(const AuditEntry &e, const QString &signerRole)
    {
        const QString member = e.entity.section(QLatin1Char('/'), 1);
        if (member != e.signer && signerRole != QLatin1String("chair")
            && signerRole != QLatin1String("secretariat")) {
            fail(e.id, Text::tr("%1 may not make %2 forget their key").arg(e.signer, member));
            return;
        }
        m_keys.remove(member);
    }

    void checkKeyEntry(const AuditEntry &e, const QByteArray &hash)
    {
        const KeyClaim claim = keyClaim(e);
        if (!claim.valid) {
            fail(e.id, Text::tr("a key entry without a member or a 32-byte public key"));
            return;
        }
        QByteArray signingKey;
        bool empowered = false;   // may establish other members' keys
        if (e.signer == claim.member && !m_keys.contains(claim.member)) {
            // A member's first key, signed by itself: the chain's root when it is the first
            // chair's; otherwise self-registered at a first sign-in, which no chair endorsed.
            signingKey = claim.publicKey;
            empowered = claim.role == QLatin1String("chair") && !m_hasRoot;
            m_hasRoot = m_hasRoot || empowered;
            m_report.notes << (empowered
                ? Text::tr("the chain's root key is %1's (entry %2), fingerprint %3")
                      .arg(claim.member)
                      .arg(e.id)
                      .arg(QString::fromLatin1(crypto::sha256(claim.publicKey).toHex().left(16)))
                : Text::tr("%1 registered their own key at their first sign-in (entry %2); no "
                           "chair endorsed it")
                      .arg(claim.member)
                      .arg(e.id));
        } else if (m_keys.contains(e.signer) && m_keys.value(e.signer).empowered) {
            signingKey = m_keys.value(e.signer).publicKey;
            empowered = claim.role == QLatin1String("chair");
        } else {
            fail(e.id, Text::tr("sets a key for %1 without a chair's signature").arg(claim.member));
            return;
        }
        if (checks(e.id) && !crypto::verify(signingKey, hash, e.signature)) {
            fail(e.id, Text::tr("the signature of %1 does not verify").arg(e.signer));
            return;
        }
        ++m_report.signedEntries;
        m_keys.insert(claim.member, {claim.member, claim.role, claim.publicKey, e.id, empowered});
        m_report.keys.push_back({claim.member, claim.role, claim.publicKey, e.id, empowered});
    }

    ChainReport &m_report;
    qint64 m_signaturesFrom = 1;
    qint64 m_expected = 1;
    QByteArray m_prevHash;
    bool m_started = false;   // the first key entry was seen: every entry is signed from here
    bool m_schema7 = false;   // the entry that started schema 7 (created or upgraded) was seen
    bool m_hasRoot = false;
    QHash<QString, KeyRecord> m_keys;
    QSet<QString> m_hashes;
    std::vector<Pending> m_pending;
};

} // namespace

QByteArray canonicalEntry(qint64 seq, const QString &at, const QString &actor,
                          const QString &action, const QString &entity, const QString &oldValue,
                          const QString &newValue, const QString &reason,
                          const QByteArray &prevHash)
{
    const QJsonArray fields{seq, at, actor, action, entity, oldValue, newValue, reason,
                            QString::fromLatin1(prevHash.toHex())};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray canonicalEntry(const AuditEntry &e)
{
    return canonicalEntry(e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.entity,
                          e.oldValue, e.newValue, e.reason, e.prevHash);
}

QByteArray entryHash(const AuditEntry &entry)
{
    return crypto::sha256(canonicalEntry(entry));
}

QString memberKeyJson(const QString &memberId, const QString &role, const QByteArray &publicKey,
                      bool selfRegistered)
{
    QJsonObject value{{QStringLiteral("member"), memberId},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())}};
    if (selfRegistered)
        value.insert(QStringLiteral("self_registered"), true);
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

ChainReport verifyChain(const std::vector<AuditEntry> &entries, const QString &knownHead)
{
    return verifyChainFrom(entries, 1, knownHead);
}

ChainReport quickCheck(const std::vector<AuditEntry> &entries)
{
    const qint64 last = entries.empty() ? 0 : entries.back().id;
    return verifyChainFrom(entries, std::max<qint64>(1, last - kQuickSignatures + 1), {});
}

ChainReport verifyChainFrom(const std::vector<AuditEntry> &entries, qint64 signaturesFrom,
                            const QString &knownHead)
{
    ChainReport report;
    Verifier verifier(report, signaturesFrom);
    for (const AuditEntry &e : entries) {
        verifier.entry(e);
        verifier.remember(e);
    }
    verifier.finish(knownHead);
    return report;
}

} // namespace pd::chain
