#pragma once
// A member's unlocked signing key: what signing in gives (trust.md, "Keys and signatures").
// The secret part lives only in this object and is wiped when it goes; the database holds it
// sealed under the member's passphrase (storage/KeyStore.h).

#include "trust/Signer.h"

#include <optional>

namespace pd {

class MemberKey final : public Signer {
public:
    // A new key pair for `memberId`.
    static MemberKey generate(const QString &memberId);
    // The key sealed in `sealed` (crypto::seal of the secret key); nothing for a wrong
    // passphrase, a damaged seal, or a secret key whose public half is not `publicKey`.
    static std::optional<MemberKey> unseal(const QString &memberId, const QByteArray &publicKey,
                                           const QByteArray &sealed, const QString &passphrase);

    MemberKey(const MemberKey &other);
    MemberKey &operator=(const MemberKey &other);
    MemberKey(MemberKey &&other) noexcept;
    MemberKey &operator=(MemberKey &&other) noexcept;
    ~MemberKey() override;

    QString memberId() const override { return m_memberId; }
    QByteArray publicKey() const override { return m_publicKey; }
    QByteArray sign(const QByteArray &message) const override;
    std::optional<QByteArray> openSealed(const QByteArray &sealed) const override;

    // The secret key sealed under `passphrase` (for storing; a new salt and nonce each time).
    QByteArray sealed(const QString &passphrase) const;

private:
    MemberKey(QString memberId, QByteArray publicKey, QByteArray secretKey);
    QString m_memberId;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace pd
