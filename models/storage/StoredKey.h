#pragma once
// A member's key as the database keeps it (schema 7): the Ed25519 public key and the secret
// key sealed under the member's passphrase (trust/Crypto.h, crypto::seal).

#include <QByteArray>

namespace pd {

struct StoredKey {
    QByteArray publicKey;
    QByteArray sealedKey;
};

} // namespace pd
