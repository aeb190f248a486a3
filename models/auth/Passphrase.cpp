#include "auth/Passphrase.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <sodium.h>

namespace pd {
namespace {

// sodium_init() is idempotent and thread-safe: 0 the first time, 1 afterwards, -1 on failure.
void startSodium()
{
    if (sodium_init() < 0)
        throw StoreError(QCoreApplication::translate(
            "Passphrase", "the cryptography library (libsodium) could not be started"));
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

// The bytes that are hashed: UTF-8 of the NFC form. The caller wipes them.
QByteArray hashInput(const QString &passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    wipe(normalized);
    return utf8;
}

} // namespace

QString passphraseProblem(const QString &passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    const qsizetype length = codePoints(normalized);
    wipe(normalized);
    if (length < kMinPassphraseLength)
        return QCoreApplication::translate("Passphrase",
                                           "a passphrase needs at least %n characters", nullptr,
                                           kMinPassphraseLength);
    if (length > kMaxPassphraseLength)
        return QCoreApplication::translate("Passphrase",
                                           "a passphrase can have at most %n characters",
                                           nullptr, kMaxPassphraseLength);
    return {};
}

void requireAcceptablePassphrase(const QString &passphrase)
{
    const QString problem = passphraseProblem(passphrase);
    if (!problem.isEmpty())
        throw InputError(problem);
}

QByteArray hashPassphrase(const QString &passphrase)
{
    startSodium();
    QByteArray input = hashInput(passphrase);
    char hash[crypto_pwhash_STRBYTES] = {};
    const int result = crypto_pwhash_str(hash, input.constData(),
                                         static_cast<unsigned long long>(input.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_MEMLIMIT_INTERACTIVE);
    wipe(input);
    if (result != 0)
        throw StoreError(QCoreApplication::translate(
            "Passphrase", "the passphrase could not be hashed (not enough memory)"));
    return QByteArray(hash);   // NUL-terminated ASCII
}

bool verifyPassphrase(const QByteArray &hash, const QString &passphrase)
{
    // crypto_pwhash_str_verify reads a NUL-terminated string: refuse what cannot be one.
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES || hash.contains('\0'))
        return false;
    startSodium();
    QByteArray input = hashInput(passphrase);
    const int result = crypto_pwhash_str_verify(hash.constData(), input.constData(),
                                                static_cast<unsigned long long>(input.size()));
    wipe(input);
    return result == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear();   // shared: the other owner keeps its copy; we only let go of ours
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        text.clear();
        return;
    }
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace pd
