// attemptSignIn: the throttle asked before the passphrase is checked, against a real store.

#include "auth/SignIn.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace std::chrono_literals;
using SignIn = SignInResult::Outcome;

class TestSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rightPassphraseSignsIn();
    void wrongPassphrasesAreThrottled();
    void unknownMemberAndNoPassphraseLookLikeWrongPassphrase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    const QString m_passphrase = QStringLiteral("평가위원 비밀 문구");
    SignInThrottle::TimePoint m_t0{std::chrono::hours(1)};
};

void TestSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = SqliteStore::create(m_dir.filePath(QStringLiteral("signin.paneldesk")));
    m_store->addMemberWithPassphrase({QStringLiteral("e01"), QStringLiteral("전문가 1"),
                                      Role::Expert, {}},
                                     m_passphrase, QStringLiteral("test"));
    m_store->addMember({QStringLiteral("o01"), QStringLiteral("참관"), Role::Observer, {}},
                       QStringLiteral("test"));
}

void TestSignIn::rightPassphraseSignsIn()
{
    SignInThrottle throttle;
    const SignInResult result =
        attemptSignIn(*m_store, throttle, QStringLiteral("e01"), m_passphrase, m_t0);
    QCOMPARE(result.outcome, SignIn::SignedIn);
    QCOMPARE(result.retryAfter, 0ms);
}

void TestSignIn::wrongPassphrasesAreThrottled()
{
    SignInThrottle throttle;
    const QString e01 = QStringLiteral("e01");
    const QString wrong = QStringLiteral("not the passphrase");
    SignInResult r = attemptSignIn(*m_store, throttle, e01, wrong, m_t0);
    QCOMPARE(r.outcome, SignIn::WrongPassphrase);
    QCOMPARE(r.retryAfter, 0ms);   // a first typo costs nothing
    r = attemptSignIn(*m_store, throttle, e01, wrong, m_t0);
    QCOMPARE(r.outcome, SignIn::WrongPassphrase);
    QCOMPARE(r.retryAfter, 1s);
    // Too soon: refused without looking at the passphrase, even the right one.
    r = attemptSignIn(*m_store, throttle, e01, m_passphrase, m_t0 + 400ms);
    QCOMPARE(r.outcome, SignIn::TooSoon);
    QCOMPARE(r.retryAfter, 600ms);
    QCOMPARE(throttle.consecutiveFailures(e01), 2);   // a refused attempt is not a failure
    r = attemptSignIn(*m_store, throttle, e01, m_passphrase, m_t0 + 1s);
    QCOMPARE(r.outcome, SignIn::SignedIn);
    QCOMPARE(throttle.consecutiveFailures(e01), 0);
}

void TestSignIn::unknownMemberAndNoPassphraseLookLikeWrongPassphrase()
{
    SignInThrottle throttle;
    for (const QString &id : {QStringLiteral("nobody"), QStringLiteral("o01")}) {
        const SignInResult r = attemptSignIn(*m_store, throttle, id, m_passphrase, m_t0);
        QCOMPARE(r.outcome, SignIn::WrongPassphrase);
        QCOMPARE(throttle.consecutiveFailures(id), 1);
    }
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
