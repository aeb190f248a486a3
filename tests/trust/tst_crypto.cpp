// The libsodium primitives of trust.md: sealed keys open only with their passphrase (NFC and
// NFD typing alike), signatures verify only for the signed bytes and the right key.

#include "trust/Crypto.h"
#include "trust/MemberKey.h"

#include <QTest>

using namespace pd;

class TestCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sealOpensOnlyWithItsPassphrase();
    void damagedSealDoesNotOpen_data();
    void damagedSealDoesNotOpen();
    void signatureCoversEveryBit();
    void memberKeyRoundTrip();
};

void TestCrypto::sealOpensOnlyWithItsPassphrase()
{
    const QByteArray secret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    const QString composed = QStringLiteral("평가 비밀 문구");
    const QByteArray sealed = crypto::seal(secret, composed);
    QCOMPARE(crypto::open(sealed, composed).value_or(QByteArray()), secret);
    // The same passphrase typed as separate jamo (NFD) opens it too.
    QCOMPARE(crypto::open(sealed, composed.normalized(QString::NormalizationForm_D)).value_or(QByteArray()), secret);
    QVERIFY(!crypto::open(sealed, QStringLiteral("평가 비밀 문구!")));
    QVERIFY(crypto::seal(secret, composed) != sealed);   // a new salt and nonce each time
}

void TestCrypto::damagedSealDoesNotOpen_data()
{
    QTest::addColumn<int>("offset");
    for (int offset : {0, 5, 12, 20, 40, 60, 70, 87})
        QTest::addRow("byte %d", offset) << offset;
}

void TestCrypto::damagedSealDoesNotOpen()
{
    QFETCH(int, offset);
    QByteArray sealed = crypto::seal(QByteArrayLiteral("secret key bytes"), QStringLiteral("a long passphrase"));
    QVERIFY(offset < sealed.size());
    sealed[offset] = char(sealed[offset] ^ 0x04);
    QVERIFY(!crypto::open(sealed, QStringLiteral("a long passphrase")));
}

void TestCrypto::signatureCoversEveryBit()
{
    crypto::KeyPair pair = crypto::generateKeyPair();
    const QByteArray message = crypto::sha256("submitted sheet");
    const QByteArray signature = crypto::sign(pair.secretKey, message);
    QVERIFY(crypto::verify(pair.publicKey, message, signature));
    for (int bit = 0; bit < message.size() * 8; bit += 7) {
        QByteArray changed = message;
        changed[bit / 8] = char(changed[bit / 8] ^ (1 << (bit % 8)));
        QVERIFY(!crypto::verify(pair.publicKey, changed, signature));
    }
    QVERIFY(!crypto::verify(crypto::generateKeyPair().publicKey, message, signature));
    QVERIFY(!crypto::verify(pair.publicKey, message, signature.left(63)));
    crypto::wipe(pair.secretKey);
    QVERIFY(pair.secretKey.isEmpty());
}

void TestCrypto::memberKeyRoundTrip()
{
    const MemberKey key = MemberKey::generate(QStringLiteral("e01"));
    const QByteArray sealed = key.sealed(QStringLiteral("expert passphrase"));
    const std::optional<MemberKey> opened =
        MemberKey::unseal(QStringLiteral("e01"), key.publicKey(), sealed, QStringLiteral("expert passphrase"));
    QVERIFY(opened);
    QVERIFY(crypto::verify(key.publicKey(), "x", opened->sign("x")));
    QVERIFY(!MemberKey::unseal(QStringLiteral("e01"), key.publicKey(), sealed, QStringLiteral("wrong passphrase")));
    // A seal whose secret is not the public key's half (keys swapped in the file) is refused.
    const MemberKey other = MemberKey::generate(QStringLiteral("e02"));
    QVERIFY(!MemberKey::unseal(QStringLiteral("e01"), other.publicKey(), sealed, QStringLiteral("expert passphrase")));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
