// services/SignInService: the throttle kept in the panel file, with the clock injected (no
// sleeping). Delays after consecutive failures: none after the first, then 1, 2, 4 ... 60 s
// (auth/SignInThrottle.h); a success forgets them; an attempt too soon is refused without
// checking the passphrase and without recording anything.
#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "services/SignInService.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using std::chrono::milliseconds;
using Attempt = pd::SignInAttempt::Outcome;

class TestSignInService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        createDemoDatabase(m_dir.filePath(u"demo.paneldesk"_qs), {false, u"demo"_qs});
    }
    void init()
    {
        m_path = m_dir.filePath(u"t%1.paneldesk"_qs.arg(++m_count));
        QVERIFY(QFile::copy(m_dir.filePath(u"demo.paneldesk"_qs), m_path));
        m_store = SqliteStore::open(m_path);
    }
    void cleanup() { m_store.reset(); }

    void successGivesTheMembersSession()
    {
        const SignInService service(*m_store);
        const SignInAttempt a = service.signIn(u"e01"_qs, u"expert-demo-2026"_qs, m_t0);
        QCOMPARE(a.outcome, Attempt::SignedIn);
        QVERIFY(a.session.isSignedIn());
        QCOMPARE(a.session.memberId(), u"e01"_qs);
        QVERIFY(a.session.member()->role == Role::Expert);
        QVERIFY(!Session().isSignedIn());
        QCOMPARE(Session().member(), nullptr);
    }

    void delaysDoubleUpToTheCap()
    {
        const SignInService service(*m_store);
        QDateTime now = m_t0;
        // first failure: no wait
        SignInAttempt a = service.signIn(u"chair"_qs, u"wrong"_qs, now);
        QCOMPARE(a.outcome, Attempt::WrongPassphrase);
        QCOMPARE(a.retryAfter, milliseconds(0));
        QCOMPARE(m_store->loadSignInFailures(u"chair"_qs).failures, 1);
        const qint64 expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        for (qint64 wait : expected) {
            a = service.signIn(u"chair"_qs, u"wrong"_qs, now);
            QCOMPARE(a.outcome, Attempt::WrongPassphrase);
            QCOMPARE(a.retryAfter, milliseconds(wait));
            // too soon, even with the right passphrase: refused, nothing recorded
            const int failures = m_store->loadSignInFailures(u"chair"_qs).failures;
            const SignInAttempt early =
                service.signIn(u"chair"_qs, u"chair-demo-2026"_qs, now.addMSecs(wait - 1));
            QCOMPARE(early.outcome, Attempt::TooSoon);
            QCOMPARE(early.retryAfter, milliseconds(1));
            QVERIFY(!early.session.isSignedIn());
            QCOMPARE(m_store->loadSignInFailures(u"chair"_qs).failures, failures);
            now = now.addMSecs(wait);
        }
        // after the wait the right passphrase signs in and the failures are forgotten
        a = service.signIn(u"chair"_qs, u"chair-demo-2026"_qs, now);
        QCOMPARE(a.outcome, Attempt::SignedIn);
        QCOMPARE(m_store->loadSignInFailures(u"chair"_qs).failures, 0);
        QCOMPARE(service.retryAfter(u"chair"_qs, now), milliseconds(0));
    }

    void membersAreIndependentAndKeptInTheFile()
    {
        {
            const SignInService service(*m_store);
            QCOMPARE(service.signIn(u"e01"_qs, u"x"_qs, m_t0).outcome, Attempt::WrongPassphrase);
            QCOMPARE(service.signIn(u"e01"_qs, u"x"_qs, m_t0).outcome, Attempt::WrongPassphrase);
            QCOMPARE(service.retryAfter(u"e02"_qs, m_t0), milliseconds(0));
        }
        // another process (a new store and service) sees the same wait
        m_store.reset();
        m_store = SqliteStore::open(m_path);
        const SignInService again(*m_store);
        QCOMPARE(again.retryAfter(u"e01"_qs, m_t0.addMSecs(400)), milliseconds(600));
        QCOMPARE(again.signIn(u"e01"_qs, u"expert-demo-2026"_qs, m_t0.addMSecs(400)).outcome,
                 Attempt::TooSoon);
    }

    void clockSetBackWaitsNoLongerThanTheDelay()
    {
        const SignInService service(*m_store);
        service.signIn(u"e01"_qs, u"x"_qs, m_t0);
        service.signIn(u"e01"_qs, u"x"_qs, m_t0);   // next waits 1 s
        QCOMPARE(service.retryAfter(u"e01"_qs, m_t0.addDays(-1)), milliseconds(1000));
    }

    void unknownMemberRecordsNothing()
    {
        const SignInService service(*m_store);
        QCOMPARE(service.signIn(u"mallory"_qs, u"x"_qs, m_t0).outcome, Attempt::UnknownMember);
        QCOMPARE(m_store->loadSignInFailures(u"mallory"_qs).failures, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<SqliteStore> m_store;
    const QDateTime m_t0 = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
