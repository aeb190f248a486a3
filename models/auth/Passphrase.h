#pragma once
// Passphrases of panel members: Argon2id hashes (libsodium crypto_pwhash_str, the
// "interactive" limits: 2 passes over 64 MiB, about a tenth of a second per hash or check),
// the length rule, and wiping of temporary copies. The passphrase itself is never stored,
// logged or audited; only the self-describing hash string ("$argon2id$v=19$m=65536,t=2,p=1$...")
// goes into the database.
//
// Text is hashed as UTF-8 after Unicode normalization form C, so that a Korean passphrase
// typed as composed syllables or as separate jamo (NFD, e.g. pasted from macOS) is the same.

#include <QByteArray>
#include <QString>

namespace pd {

inline constexpr int kMinPassphraseLength = 8;      // characters (code points), after NFC
inline constexpr int kMaxPassphraseLength = 1024;

// Why `passphrase` cannot be used (too short, too long), translated; empty when it can.
// Callers turn a non-empty answer into an InputError (see requireAcceptablePassphrase).
QString passphraseProblem(const QString &passphrase);

// InputError with passphraseProblem()'s message when there is one.
void requireAcceptablePassphrase(const QString &passphrase);

// A new Argon2id hash string of `passphrase` (ASCII, with its own random salt, so two hashes
// of one passphrase differ). Does not apply the length rule. StoreError when libsodium cannot
// start or the memory for the hash is not available.
QByteArray hashPassphrase(const QString &passphrase);

// True when `hash` is a hash string of `passphrase`. False for a wrong passphrase and for
// an empty or malformed hash (never throws for those). StoreError when libsodium cannot start.
bool verifyPassphrase(const QByteArray &hash, const QString &passphrase);

// Overwrite with zeros (memory the compiler may not optimize away), then clear. For the
// buffers that held a passphrase: a line read from a terminal, a UTF-8 copy.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace pd
