#include "trust/Crypto.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace pd::crypto {
namespace {

const QByteArray kSealMagic = QByteArrayLiteral("PDS1");
const QByteArray kDraftMagic = QByteArrayLiteral("PDD1");
constexpr int kHeaderBytes = 4 + 4 + 8 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;

void ready()
{
    if (sodium_init() < 0)
        throw StoreError(QCoreApplication::translate("Storage", "the cryptography library (libsodium) cannot start"));
}

QByteArray passphraseKey(const QString &passphrase, const unsigned char *salt,
                         unsigned long long opslimit, size_t memlimit, bool *ok)
{
    QByteArray text = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    *ok = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                        text.constData(), size_t(text.size()), salt, opslimit, memlimit,
                        crypto_pwhash_ALG_ARGON2ID13) == 0;
    wipe(text);
    return key;
}

} // namespace

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QByteArray sha256(const QByteArray &data)
{
    ready();
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ready();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

KeyPair generateKeyPair()
{
    ready();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    ready();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw StoreError(QCoreApplication::translate("Storage", "cannot sign: the signing key is damaged"));
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

QByteArray seal(const QByteArray &secret, const QString &passphrase)
{
    ready();
    const unsigned long long opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray out = kSealMagic;
    out.resize(kHeaderBytes);
    qToBigEndian<quint32>(quint32(opslimit), out.data() + 4);
    qToBigEndian<quint64>(quint64(memlimit), out.data() + 8);
    auto *salt = reinterpret_cast<unsigned char *>(out.data() + 16);
    auto *nonce = salt + crypto_pwhash_SALTBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    bool ok = false;
    QByteArray key = passphraseKey(passphrase, salt, opslimit, memlimit, &ok);
    if (!ok) {
        wipe(key);
        throw StoreError(QCoreApplication::translate("Storage", "not enough memory to protect the key (Argon2id)"));
    }
    QByteArray box(secret.size() + crypto_secretbox_MACBYTES, '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secret.constData()),
                          static_cast<unsigned long long>(secret.size()),
                          reinterpret_cast<const unsigned char *>(out.constData() + 16 + crypto_pwhash_SALTBYTES),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    wipe(key);
    return out + box;
}

std::optional<QByteArray> open(const QByteArray &sealed, const QString &passphrase)
{
    ready();
    if (sealed.size() < kHeaderBytes + int(crypto_secretbox_MACBYTES) || !sealed.startsWith(kSealMagic))
        return std::nullopt;
    const quint32 opslimit = qFromBigEndian<quint32>(sealed.constData() + 4);
    const quint64 memlimit = qFromBigEndian<quint64>(sealed.constData() + 8);
    // Limits as written by seal(); anything far beyond them is a damaged or hostile blob.
    if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE
        || memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return std::nullopt;
    const auto *salt = reinterpret_cast<const unsigned char *>(sealed.constData() + 16);
    const auto *nonce = salt + crypto_pwhash_SALTBYTES;
    bool ok = false;
    QByteArray key = passphraseKey(passphrase, salt, opslimit, size_t(memlimit), &ok);
    if (!ok) {
        wipe(key);
        return std::nullopt;
    }
    const QByteArray box = sealed.mid(kHeaderBytes);
    QByteArray secret(box.size() - int(crypto_secretbox_MACBYTES), '\0');
    const bool opened = crypto_secretbox_open_easy(
                            reinterpret_cast<unsigned char *>(secret.data()),
                            reinterpret_cast<const unsigned char *>(box.constData()),
                            static_cast<unsigned long long>(box.size()), nonce,
                            reinterpret_cast<const unsigned char *>(key.constData())) == 0;
    wipe(key);
    if (!opened) {
        wipe(secret);
        return std::nullopt;
    }
    return secret;
}

QByteArray sealToMember(const QByteArray &publicKey, const QByteArray &plaintext)
{
    ready();
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_ed25519_pk_to_curve25519(
               boxPublic, reinterpret_cast<const unsigned char *>(publicKey.constData())) != 0)
        throw StoreError(QCoreApplication::translate("Storage", "a member's public key is damaged: "
                                                                "a draft cannot be sealed to it"));
    QByteArray padded = plaintext;
    padded.resize(plaintext.size() + kDraftBlockBytes);
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, reinterpret_cast<unsigned char *>(padded.data()),
                   size_t(plaintext.size()), kDraftBlockBytes, size_t(padded.size())) != 0)
        throw StoreError(QCoreApplication::translate("Storage", "a draft cannot be padded for sealing"));
    padded.resize(qsizetype(paddedLength));
    QByteArray out = kDraftMagic;
    out.resize(kDraftMagic.size() + padded.size() + crypto_box_SEALBYTES);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()) + kDraftMagic.size(),
                    reinterpret_cast<const unsigned char *>(padded.constData()),
                    static_cast<unsigned long long>(padded.size()), boxPublic);
    wipe(padded);
    return out;
}

std::optional<QByteArray> openSealedToMember(const QByteArray &secretKey, const QByteArray &sealed)
{
    ready();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES || !sealed.startsWith(kDraftMagic)
        || sealed.size() < kDraftMagic.size() + crypto_box_SEALBYTES)
        return std::nullopt;
    unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    const auto *edSecret = reinterpret_cast<const unsigned char *>(secretKey.constData());
    // libsodium's Ed25519 secret key carries its public half in its last 32 bytes.
    if (crypto_sign_ed25519_sk_to_curve25519(boxSecret, edSecret) != 0
        || crypto_sign_ed25519_pk_to_curve25519(boxPublic, edSecret + 32) != 0) {
        sodium_memzero(boxSecret, sizeof boxSecret);
        return std::nullopt;
    }
    const auto *box = reinterpret_cast<const unsigned char *>(sealed.constData()) + kDraftMagic.size();
    const qsizetype boxLength = sealed.size() - kDraftMagic.size();
    QByteArray padded(boxLength - crypto_box_SEALBYTES, '\0');
    const bool opened = crypto_box_seal_open(reinterpret_cast<unsigned char *>(padded.data()), box,
                                             static_cast<unsigned long long>(boxLength), boxPublic,
                                             boxSecret) == 0;
    sodium_memzero(boxSecret, sizeof boxSecret);
    size_t length = 0;
    if (!opened || sodium_unpad(&length, reinterpret_cast<const unsigned char *>(padded.constData()),
                                size_t(padded.size()), kDraftBlockBytes) != 0) {
        wipe(padded);
        return std::nullopt;
    }
    QByteArray plaintext = padded.left(qsizetype(length));
    wipe(padded);
    return plaintext;
}

} // namespace pd::crypto
