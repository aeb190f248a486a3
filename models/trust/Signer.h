#pragma once
// Who signs: a signed-in member's unlocked Ed25519 key (trust/MemberKey.h). Storage asks a
// Signer to sign the hash of each audit entry it appends, and to open the member's own sealed
// drafts (crypto::sealToMember), and never sees the secret key.

#include <QByteArray>
#include <QString>
#include <optional>

namespace pd {

class Signer {
public:
    virtual ~Signer() = default;
    virtual QString memberId() const = 0;
    virtual QByteArray publicKey() const = 0;                        // 32 bytes
    virtual QByteArray sign(const QByteArray &message) const = 0;    // 64-byte detached signature
    // A draft sealed to this member (crypto::sealToMember); nothing when it is not theirs or
    // is damaged.
    virtual std::optional<QByteArray> openSealed(const QByteArray &sealed) const = 0;
};

} // namespace pd
