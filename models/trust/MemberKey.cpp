#include "trust/MemberKey.h"

#include "trust/Crypto.h"

namespace pd {

MemberKey::MemberKey(QString memberId, QByteArray publicKey, QByteArray secretKey)
    : m_memberId(std::move(memberId)), m_publicKey(std::move(publicKey)), m_secretKey(std::move(secretKey))
{
}

MemberKey MemberKey::generate(const QString &memberId)
{
    crypto::KeyPair pair = crypto::generateKeyPair();
    return MemberKey(memberId, pair.publicKey, std::move(pair.secretKey));
}

std::optional<MemberKey> MemberKey::unseal(const QString &memberId, const QByteArray &publicKey,
                                           const QByteArray &sealed, const QString &passphrase)
{
    std::optional<QByteArray> secret = crypto::open(sealed, passphrase);
    if (!secret)
        return std::nullopt;
    // libsodium's secret key carries its public half in its last 32 bytes.
    if (secret->size() != 64 || secret->right(crypto::kPublicKeyBytes) != publicKey) {
        crypto::wipe(*secret);
        return std::nullopt;
    }
    return MemberKey(memberId, publicKey, std::move(*secret));
}

MemberKey::MemberKey(const MemberKey &other) = default;
MemberKey::MemberKey(MemberKey &&other) noexcept = default;

MemberKey &MemberKey::operator=(const MemberKey &other)
{
    if (this != &other) {
        crypto::wipe(m_secretKey);
        m_memberId = other.m_memberId;
        m_publicKey = other.m_publicKey;
        m_secretKey = other.m_secretKey;
        m_secretKey.detach();
    }
    return *this;
}

MemberKey &MemberKey::operator=(MemberKey &&other) noexcept
{
    if (this != &other) {
        crypto::wipe(m_secretKey);
        m_memberId = std::move(other.m_memberId);
        m_publicKey = std::move(other.m_publicKey);
        m_secretKey = std::move(other.m_secretKey);
    }
    return *this;
}

MemberKey::~MemberKey()
{
    // Wipe only the last owner's copy: wiping shared data would break another copy.
    if (m_secretKey.isDetached())
        crypto::wipe(m_secretKey);
}

QByteArray MemberKey::sign(const QByteArray &message) const
{
    return crypto::sign(m_secretKey, message);
}

std::optional<QByteArray> MemberKey::openSealed(const QByteArray &sealed) const
{
    return crypto::openSealedToMember(m_secretKey, sealed);
}

QByteArray MemberKey::sealed(const QString &passphrase) const
{
    return crypto::seal(m_secretKey, passphrase);
}

} // namespace pd
