// The sign-in dialog, driven with the keyboard offscreen: the right passphrase signs in, a
// wrong one is refused and (from the second failure) a countdown with a fake clock keeps the
// Sign in button disabled until the wait is over; a member without a passphrase cannot be
// chosen; Esc cancels; the demo panel's known passphrases work and are shown.

#include "SignInDialog.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "storage/SqliteStore.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace std::chrono_literals;

class TestSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rightPassphraseSignsIn();
    void wrongPassphraseRefusedWithCountdown();
    void memberWithoutPassphraseDisabled();
    void escapeCancels();
    void demoPassphrasesWork();

private:
    static void type(SignInDialog &dialog, const QString &passphrase)
    {
        QTest::keyClicks(dialog.passphraseEdit(), passphrase);
        QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void TestSignIn::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("p.paneldesk"));
    createPanelWithChair(firstEvaluationTemplate(QStringLiteral("Program"), QStringLiteral("R"),
                                                 QDate(2026, 3, 1),
                                                 {{QStringLiteral("a"), QStringLiteral("A"), {}, {}},
                                                  {QStringLiteral("b"), QStringLiteral("B"), {}, {}}}),
                         path, {QStringLiteral("c1"), QStringLiteral("Chair One"), Role::Chair, {}},
                         QStringLiteral("chair passphrase"));
    m_store = SqliteStore::open(path);
    m_store->addMemberWithPassphrase({QStringLiteral("x1"), QStringLiteral("Expert One"),
                                      Role::Expert, {}},
                                     QStringLiteral("expert passphrase"), QStringLiteral("c1"));
    m_store->addMember({QStringLiteral("x2"), QStringLiteral("Expert Two"), Role::Expert, {}},
                       QStringLiteral("c1"));
}

void TestSignIn::rightPassphraseSignsIn()
{
    SignInThrottle throttle;
    SignInDialog dialog(*m_store, throttle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.selectedMemberId(), QStringLiteral("c1"));   // the first with a passphrase
    QVERIFY(dialog.selectMember(QStringLiteral("x1")));
    QVERIFY(dialog.demoHintLabel()->isHidden());
    type(dialog, QStringLiteral("expert passphrase"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.signedInMember());
    QCOMPARE(dialog.signedInMember()->id, QStringLiteral("x1"));
    QCOMPARE(toString(dialog.signedInMember()->role), toString(Role::Expert));
}

void TestSignIn::wrongPassphraseRefusedWithCountdown()
{
    SignInThrottle throttle;
    SignInThrottle::TimePoint now{};
    SignInDialog dialog(*m_store, throttle, [&now] { return now; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectMember(QStringLiteral("c1")));

    type(dialog, QStringLiteral("not the passphrase"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Wrong passphrase."));
    QVERIFY(dialog.passphraseEdit()->text().isEmpty());
    QVERIFY(dialog.signInButton()->isEnabled());   // the first failure costs no wait

    type(dialog, QStringLiteral("still not it"));
    QVERIFY(!dialog.signedInMember());
    QVERIFY(!dialog.signInButton()->isEnabled());
    QCOMPARE(dialog.countdownLabel()->text(), QStringLiteral("You can try again in 1 second(s)."));
    QCOMPARE(throttle.consecutiveFailures(QStringLiteral("c1")), 2);

    // Enter while waiting does nothing, not even with the right passphrase.
    type(dialog, QStringLiteral("chair passphrase"));
    QVERIFY(!dialog.signedInMember());
    QCOMPARE(throttle.consecutiveFailures(QStringLiteral("c1")), 2);

    now += 1500ms;   // the live countdown (its timer) notices the wait is over
    QTRY_VERIFY(dialog.signInButton()->isEnabled());
    QVERIFY(dialog.countdownLabel()->text().isEmpty());
    dialog.passphraseEdit()->clear();
    type(dialog, QStringLiteral("chair passphrase"));
    QVERIFY(dialog.signedInMember());
    QCOMPARE(dialog.signedInMember()->id, QStringLiteral("c1"));
    QCOMPARE(throttle.consecutiveFailures(QStringLiteral("c1")), 0);
}

void TestSignIn::memberWithoutPassphraseDisabled()
{
    SignInThrottle throttle;
    SignInDialog dialog(*m_store, throttle);
    QComboBox *combo = dialog.memberCombo();
    const int row = combo->findData(QStringLiteral("x2"));
    QVERIFY(row >= 0);
    const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    QVERIFY(!model->item(row)->isEnabled());
    QVERIFY2(combo->itemText(row).contains(QStringLiteral("no passphrase set — ask the chair")),
             qPrintable(combo->itemText(row)));
    QVERIFY(model->item(combo->findData(QStringLiteral("x1")))->isEnabled());
    QVERIFY(!dialog.selectMember(QStringLiteral("x2")));
    QVERIFY(dialog.selectedMemberId() != QStringLiteral("x2"));
}

void TestSignIn::escapeCancels()
{
    SignInThrottle throttle;
    SignInDialog dialog(*m_store, throttle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("chair passphrase"));
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.signedInMember());
}

void TestSignIn::demoPassphrasesWork()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.paneldesk"));
    createDemoDatabase(path, {false, QStringLiteral("demo")});
    const auto store = SqliteStore::open(path);
    SignInThrottle throttle;
    for (const auto &[id, role] : {std::pair{QStringLiteral("chair"), Role::Chair},
                                   std::pair{QStringLiteral("e01"), Role::Expert},
                                   std::pair{QStringLiteral("secretariat"), Role::Secretariat}}) {
        SignInDialog dialog(*store, throttle);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.demoHintLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.demoHintLabel()->text().contains(demoPassphrase(role)));
        QVERIFY(dialog.selectMember(id));
        type(dialog, demoPassphrase(role));
        QVERIFY2(dialog.signedInMember(), qPrintable(id));
        QCOMPARE(toString(dialog.signedInMember()->role), toString(role));
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
