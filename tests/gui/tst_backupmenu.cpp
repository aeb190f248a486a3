// File > Back up… and File > Restore… (services/Backups.h) driven offscreen through the real
// menu actions, with the prompts answered through MainWindow::setBackupPrompts (no dialog,
// no timer): enabled for the chair and the secretariat only; a backup lands in the panel's
// backups folder; a restore asks, verifies, replaces and reopens the panel (signed out); a
// cancelled restore changes nothing; a damaged file on open offers the newest good backup and
// restores it after a sign-in on it.

#include "MainWindow.h"
#include "actions/PanelDatabase.h"
#include "services/Backups.h"
#include "storage/DatabaseCheck.h"
#include "storage/PanelStore.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

Member member(const PanelStore &store, const QString &id)
{
    for (const Member &m : store.members())
        if (m.id == id)
            return m;
    return {};
}

// The action of the current File menu (menus are rebuilt on sign-in; the old ones go later).
QAction *action(const MainWindow &window, const char *name)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    if (menus.isEmpty() || !menus.constFirst()->menu())
        return nullptr;
    for (QAction *action : menus.constFirst()->menu()->actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    return nullptr;
}

std::vector<BackupRecord> manualBackups(const QString &panel)
{
    std::vector<BackupRecord> manual;
    for (const BackupRecord &record : listBackups(panel))
        if (record.kind == BackupKind::Manual)
            manual.push_back(record);
    return manual;
}

} // namespace

class TestBackupMenu : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    QString copyOfDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("w%1").arg(++m_counter));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/panel.paneldesk");
        [&] { QVERIFY(QFile::copy(m_demo, path)); }();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
    }

    void onlyTheChairAndTheSecretariat_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("nobody") << QString() << false;
        QTest::newRow("expert") << "e01" << false;
        QTest::newRow("secretariat") << "secretariat" << true;
        QTest::newRow("chair") << "chair" << true;
    }

    void onlyTheChairAndTheSecretariat()
    {
        QFETCH(QString, who);
        QFETCH(bool, enabled);
        MainWindow window(m_dir.path());
        QString error;
        QVERIFY2(window.openDatabase(copyOfDemo(), &error), qPrintable(error));
        if (!who.isEmpty())
            window.setSignedIn(member(*window.store(), who));
        QVERIFY(action(window, "backUpAction"));
        QCOMPARE(action(window, "backUpAction")->isEnabled(), enabled);
        QCOMPARE(action(window, "restoreAction")->isEnabled(), enabled);
        QCOMPARE(action(window, "backUpAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QVERIFY(action(window, "backUpAction")->text().contains(QLatin1Char('&')));
        QVERIFY(action(window, "restoreAction")->text().contains(QLatin1Char('&')));
        QCOMPARE(window.backUp(), enabled);
        QCOMPARE(int(manualBackups(window.currentPath()).size()), enabled ? 1 : 0);
    }

    void backUpThenRestore()
    {
        const QString path = copyOfDemo();
        MainWindow window(m_dir.path());
        window.show();
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.setSignedIn(member(*window.store(), QStringLiteral("secretariat")));
        action(window, "backUpAction")->trigger();
        const std::vector<BackupRecord> manual = manualBackups(path);
        QCOMPARE(int(manual.size()), 1);
        const size_t membersBefore = window.store()->members().size();

        // A change after the backup.
        window.store()->addMember({QStringLiteral("k01"), QStringLiteral("Kim"), Role::Expert, {}},
                                  QStringLiteral("secretariat"));
        QCOMPARE(window.store()->members().size(), membersBefore + 1);

        QString chosenFrom, confirmedBackup, confirmedPanel;
        BackupPrompts prompts;
        prompts.chooseBackup = [&](QWidget *, const QString &folder) {
            chosenFrom = folder;
            return manual.front().path;
        };
        bool answer = false;
        prompts.confirmRestore = [&](QWidget *, const QString &backup, const QString &panel) {
            confirmedBackup = backup;
            confirmedPanel = panel;
            return answer;
        };
        window.setBackupPrompts(prompts);

        // Cancelled at the confirmation: nothing changes.
        action(window, "restoreAction")->trigger();
        QCOMPARE(chosenFrom, backupFolderFor(path));
        QCOMPARE(confirmedBackup, manual.front().path);
        QCOMPARE(confirmedPanel, path);
        QCOMPARE(window.store()->members().size(), membersBefore + 1);
        QVERIFY(window.signedIn().has_value());

        answer = true;
        window.setSignedIn(member(*window.store(), QStringLiteral("secretariat")));   // menus rebuilt
        action(window, "restoreAction")->trigger();
        QVERIFY(window.store());
        QCOMPARE(window.currentPath(), path);
        QCOMPARE(window.store()->members().size(), membersBefore);
        QVERIFY(!window.signedIn().has_value());   // reopened: everyone signed out
        QCOMPARE(readChainHeadOf(manual.front().path), manual.front().head);
        int beforeRestore = 0;
        for (const BackupRecord &record : listBackups(path))
            beforeRestore += record.kind == BackupKind::BeforeRestore;
        QCOMPARE(beforeRestore, 1);
    }

    void damagedFileOffersTheNewestGoodBackup()
    {
        const QString path = copyOfDemo();
        const BackupRecord good = backUpPanel(path, BackupKind::Manual);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 offset = 4096 + 8; offset < file.size(); offset += 3 * 4096) {
                file.seek(offset);
                file.write(QByteArray(64, '\x5A'));
            }
        }
        QVERIFY(!integrityCheck(path, nullptr));

        MainWindow window(m_dir.path());
        window.show();
        QString offeredProblem, offeredBackup, signedInOn;
        BackupPrompts prompts;
        prompts.offerBackup = [&](QWidget *, const QString &problem, const BackupRecord &backup) {
            offeredProblem = problem;
            offeredBackup = backup.path;
            return true;
        };
        prompts.signIn = [&](QWidget *, PanelStore &store) -> std::optional<Member> {
            signedInOn = store.location();
            return member(store, QStringLiteral("chair"));
        };
        window.setBackupPrompts(prompts);
        window.openFile(path);
        QVERIFY2(offeredProblem.contains(QStringLiteral("damaged")), qPrintable(offeredProblem));
        QCOMPARE(offeredBackup, good.path);
        QVERIFY(!signedInOn.isEmpty() && signedInOn != path);   // on the verified backup
        QVERIFY(window.store());
        QCOMPARE(window.currentPath(), path);
        QString problem;
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
        QCOMPARE(readChainHeadOf(path), good.head);
    }
};

QTEST_MAIN(TestBackupMenu)
#include "tst_backupmenu.moc"
