#pragma once
// The libsodium primitives of trust.md, behind plain Qt types (no header of the core
// includes sodium.h): SHA-256, Ed25519 detached signatures, and a secret sealed with
// crypto_secretbox under a key derived from a passphrase with Argon2id (crypto_pwhash).

#include <QByteArray>
#include <QString>
#include <optional>

namespace pd::crypto {

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kHashBytes = 32;

QByteArray sha256(const QByteArray &data);

// True when `signature` is `publicKey`'s Ed25519 signature of `message` (false for any
// malformed argument; never throws).
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

struct KeyPair {
    QByteArray publicKey;   // 32 bytes
    QByteArray secretKey;   // 64 bytes (libsodium's seed + public key); wipe after use
};
KeyPair generateKeyPair();
QByteArray sign(const QByteArray &secretKey, const QByteArray &message);

// A secret sealed under a passphrase: Argon2id(passphrase NFC UTF-8, salt) -> 32-byte key,
// then XSalsa20-Poly1305 (crypto_secretbox_easy). Stored as one blob:
// "PDS1" | opslimit (4 bytes BE) | memlimit (8 bytes BE) | salt (16) | nonce (24) | box.
QByteArray seal(const QByteArray &secret, const QString &passphrase);
// The secret, or nothing for a wrong passphrase or a damaged blob (the MAC fails).
std::optional<QByteArray> open(const QByteArray &sealed, const QString &passphrase);

// A draft sealed to one member (trust.md, "Drafts"): anyone holding the member's Ed25519
// public key can seal, only the member's secret key opens. The Ed25519 keys are converted to
// X25519 (crypto_sign_ed25519_*_to_curve25519) and the padded plaintext (sodium_pad, blocks
// of kDraftBlockBytes, so the size tells little) goes into crypto_box_seal. Stored as
// "PDD1" | crypto_box_seal output.
inline constexpr int kDraftBlockBytes = 512;
QByteArray sealToMember(const QByteArray &publicKey, const QByteArray &plaintext);
// The plaintext, or nothing for another member's key or a damaged blob (the MAC fails).
std::optional<QByteArray> openSealedToMember(const QByteArray &secretKey, const QByteArray &sealed);

// Overwrites with zeros (sodium_memzero), then clears.
void wipe(QByteArray &bytes);

} // namespace pd::crypto
