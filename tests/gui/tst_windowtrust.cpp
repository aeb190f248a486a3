// The window and the audit chain (trust.md): a file edited with another tool opens with a red
// banner naming the first bad audit entry; an intact one shows none. Signed in with the key
// the sign-in dialog unlocked, the member's changes are signed; signed out, they are not.

#include "MainWindow.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "storage/PanelStore.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestWindowTrust : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intactFileHasNoBanner();
    void editedFileShowsTheBanner();
    void signedInChangesAreSigned();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestWindowTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
    createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
}

void TestWindowTrust::intactFileHasNoBanner()
{
    MainWindow window(m_dir.path());
    window.show();
    QString error;
    QVERIFY2(window.openDatabase(m_demo, &error), qPrintable(error));
    QVERIFY(!window.verificationBanner()->isVisible());
    QVERIFY(window.verificationBanner()->text().isEmpty());
}

void TestWindowTrust::editedFileShowsTheBanner()
{
    const QString path = m_dir.filePath(QStringLiteral("edited.paneldesk"));
    QVERIFY(QFile::copy(m_demo, path));
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        execSql(connection.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execSql(connection.db(), QStringLiteral("UPDATE audit_log SET actor = 'e09' WHERE id = 12"));
    }
    MainWindow window(m_dir.path());
    window.show();
    QString error;
    QVERIFY2(window.openDatabase(path, &error), qPrintable(error));   // opened, and it says so
    QVERIFY(window.verificationBanner()->isVisible());
    QVERIFY2(window.verificationBanner()->text().contains(QStringLiteral("audit entry 12:")),
             qPrintable(window.verificationBanner()->text()));
    QVERIFY(window.verificationBanner()->text().contains(QStringLiteral("paneldesk-cli verify")));
    if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS")) {
        window.resize(1366, 768);
        window.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + QStringLiteral("/verification-banner.png"));
    }
    // Opening an intact file afterwards takes the banner away.
    QVERIFY(window.openDatabase(m_demo, &error));
    QVERIFY(!window.verificationBanner()->isVisible());
}

void TestWindowTrust::signedInChangesAreSigned()
{
    const QString path = m_dir.filePath(QStringLiteral("signed.paneldesk"));
    QVERIFY(QFile::copy(m_demo, path));
    MainWindow window(m_dir.path());
    QString error;
    QVERIFY(window.openDatabase(path, &error));
    PanelStore &store = *window.store();
    std::optional<MemberKey> key = unlockMemberKey(store, QStringLiteral("e01"), demoPassphrase(Role::Expert));
    QVERIFY(key);
    const Member e01{QStringLiteral("e01"), QStringLiteral("전문가 1"), Role::Expert, {}, true};
    window.setSignedIn(e01, key);
    store.setConflicts(QStringLiteral("e01"), {}, QStringLiteral("e01"));   // nothing to change
    store.setPassphrase(QStringLiteral("e01"), demoPassphrase(Role::Expert), QStringLiteral("e01"));
    QCOMPARE(store.auditLog().back().signer, QStringLiteral("e01"));
    QVERIFY(verifyStore(store).ok());

    window.setSignedIn(std::nullopt);   // signed out: the key is gone, changes are unsigned
    store.setPassphrase(QStringLiteral("e01"), demoPassphrase(Role::Expert), QStringLiteral("e01"));
    QVERIFY(store.auditLog().back().signer.isEmpty());
    QVERIFY(!verifyStore(store).ok());
}

QTEST_MAIN(TestWindowTrust)
#include "tst_windowtrust.moc"
