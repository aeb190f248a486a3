// Passphrase hashing (Argon2id via libsodium), verification and the length rule.
// Each hash or check costs about a tenth of a second: the suite uses a handful.

#include "auth/Passphrase.h"
#include "domain/Errors.h"

#include <QTest>

using namespace pd;

class TestPassphrase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hashIsArgon2idString();
    void rightPassphraseVerifies();
    void wrongPassphrasesAreRefused_data();
    void wrongPassphrasesAreRefused();
    void emptyPassphrase();
    void koreanPassphrase();
    void twoHashesOfOnePassphraseDiffer();
    void badHashesAreRefusedWithoutThrowing_data();
    void badHashesAreRefusedWithoutThrowing();
    void lengthRule_data();
    void lengthRule();
    void wipeZeroesOnlyWhatItOwns();

private:
    QString m_passphrase;
    QByteArray m_hash;   // of m_passphrase, computed once
};

static QString nfd(const QString &text) { return text.normalized(QString::NormalizationForm_D); }

void TestPassphrase::initTestCase()
{
    m_passphrase = QStringLiteral("correct horse battery staple");
    m_hash = hashPassphrase(m_passphrase);
}

void TestPassphrase::hashIsArgon2idString()
{
    QVERIFY2(m_hash.startsWith("$argon2id$"), m_hash.constData());
    // libsodium's interactive limits: 64 MiB, 2 passes.
    QVERIFY2(m_hash.contains("$m=65536,t=2,p=1$"), m_hash.constData());
    QVERIFY(!m_hash.contains(m_passphrase.toUtf8()));
    QVERIFY(!m_hash.contains('\0'));
}

void TestPassphrase::rightPassphraseVerifies()
{
    QVERIFY(verifyPassphrase(m_hash, m_passphrase));
}

void TestPassphrase::wrongPassphrasesAreRefused_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::newRow("one letter off") << QStringLiteral("correct horse battery stapl");
    QTest::newRow("case") << QStringLiteral("Correct horse battery staple");
    QTest::newRow("trailing newline") << QStringLiteral("correct horse battery staple\n");
    QTest::newRow("trailing space") << QStringLiteral("correct horse battery staple ");
}

void TestPassphrase::wrongPassphrasesAreRefused()
{
    QFETCH(QString, attempt);
    QVERIFY(!verifyPassphrase(m_hash, attempt));
}

void TestPassphrase::emptyPassphrase()
{
    QVERIFY(!verifyPassphrase(m_hash, QString()));
    QVERIFY(!verifyPassphrase(m_hash, QStringLiteral("")));
    // The length rule refuses it, but hashing itself does not judge.
    QVERIFY(!passphraseProblem(QString()).isEmpty());
    QVERIFY_THROWS_EXCEPTION(InputError, requireAcceptablePassphrase(QString()));
}

void TestPassphrase::koreanPassphrase()
{
    const QString korean = QStringLiteral("독자 AI 파운데이션 모델 평가위원");
    const QByteArray hash = hashPassphrase(korean);
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(verifyPassphrase(hash, korean));
    // The same text in decomposed jamo (NFD, e.g. pasted from macOS) is the same passphrase.
    QVERIFY(nfd(korean) != korean);
    QVERIFY(verifyPassphrase(hash, nfd(korean)));
    QVERIFY(!verifyPassphrase(hash, QStringLiteral("독자 AI 파운데이션 모델 평가위윈")));
}

void TestPassphrase::twoHashesOfOnePassphraseDiffer()
{
    const QByteArray again = hashPassphrase(m_passphrase);
    QVERIFY(again != m_hash);   // a new random salt each time
    QVERIFY(verifyPassphrase(again, m_passphrase));
}

void TestPassphrase::badHashesAreRefusedWithoutThrowing_data()
{
    QTest::addColumn<QByteArray>("hash");
    QTest::newRow("null") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("not a hash") << QByteArray("correct horse battery staple");
    QTest::newRow("truncated") << m_hash.left(m_hash.size() / 2);
    QTest::newRow("embedded NUL") << (m_hash.left(20) + '\0' + m_hash.mid(20));
    QTest::newRow("too long") << QByteArray(4096, 'a');
}

void TestPassphrase::badHashesAreRefusedWithoutThrowing()
{
    QFETCH(QByteArray, hash);
    QVERIFY(!verifyPassphrase(hash, m_passphrase));
}

void TestPassphrase::lengthRule_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("acceptable");
    const QString grin = QString::fromUcs4(U"\U0001F600");   // one character, two UTF-16 units
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("7 latin") << QStringLiteral("1234567") << false;
    QTest::newRow("8 latin") << QStringLiteral("12345678") << true;
    QTest::newRow("8 spaces") << QStringLiteral("        ") << true;   // characters are characters
    QTest::newRow("7 hangul") << QStringLiteral("가나다라마바사") << false;
    QTest::newRow("8 hangul") << QStringLiteral("가나다라마바사아") << true;
    // Counted after NFC: 4 syllables are 4 characters even when typed as 8 jamo.
    QTest::newRow("4 hangul as jamo") << nfd(QStringLiteral("가나다라")) << false;
    QTest::newRow("8 hangul as jamo") << nfd(QStringLiteral("가나다라마바사아")) << true;
    QTest::newRow("4 emoji (8 UTF-16 units)") << grin.repeated(4) << false;
    QTest::newRow("8 emoji") << grin.repeated(8) << true;
    QTest::newRow("1024") << QString(kMaxPassphraseLength, QLatin1Char('x')) << true;
    QTest::newRow("1025") << QString(kMaxPassphraseLength + 1, QLatin1Char('x')) << false;
}

void TestPassphrase::lengthRule()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, acceptable);
    QCOMPARE(passphraseProblem(passphrase).isEmpty(), acceptable);
    if (acceptable) {
        requireAcceptablePassphrase(passphrase);
    } else {
        try {
            requireAcceptablePassphrase(passphrase);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QLatin1String("characters")), qPrintable(e.message()));
        }
    }
}

void TestPassphrase::wipeZeroesOnlyWhatItOwns()
{
    QByteArray owned("secret passphrase");
    const char *data = owned.constData();
    QByteArray keep = owned;   // shared: wiping `owned` must not touch `keep`
    wipe(owned);
    QVERIFY(owned.isEmpty());
    QCOMPARE(keep, QByteArray("secret passphrase"));
    QCOMPARE(keep.constData(), data);

    QByteArray alone("another secret");
    QString text = QStringLiteral("비밀 문구 secret");
    QString textCopy = text;
    wipe(textCopy);
    QVERIFY(textCopy.isEmpty());
    QCOMPARE(text, QStringLiteral("비밀 문구 secret"));
    wipe(alone);
    wipe(text);
    QVERIFY(alone.isEmpty() && text.isEmpty());
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
