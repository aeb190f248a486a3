// paneldesk-cli backup and restore (docs/storage.md, "Backups"): a round trip (backup,
// change, restore gives the backed-up standings and chain head back), the roles (the chair
// or the secretariat; anyone else is refused and nothing changes, byte for byte), a restore
// refused for a damaged backup, and the automatic backup before demo --replace and lock.
#include "CliTestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::CliRun;

class TestBackupCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    CliRun cli(const QStringList &arguments) const
    {
        return pd::test::runCli(m_dir.path(), arguments, pd::test::demoSignIn(arguments));
    }

    // A copy of the demo (closed, no -wal) in a folder of its own.
    QString copyOfDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("c%1").arg(++m_counter));
        QDir().mkpath(folder);
        const QString copy = folder + QStringLiteral("/panel.paneldesk");
        [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
        return copy;
    }

    // The backups of `db` a command took: not the daily one of the day's first open
    // (firstOpenOfTheDay).
    static QStringList backupsOf(const QString &db)
    {
        QStringList taken = QDir(QFileInfo(db).absolutePath() + QStringLiteral("/backups"))
                                .entryList({QStringLiteral("*.paneldesk")}, QDir::Files, QDir::Name);
        taken.removeIf([](const QString &name) { return name.endsWith(QStringLiteral("-daily.paneldesk")); });
        return taken;
    }

    static QStringList dailyBackupsOf(const QString &db)
    {
        return QDir(QFileInfo(db).absolutePath() + QStringLiteral("/backups"))
            .entryList({QStringLiteral("*-daily.paneldesk")}, QDir::Files, QDir::Name);
    }

    QString standings(const QString &db) const
    {
        const CliRun run = cli({QStringLiteral("standings"), QStringLiteral("--db"), db,
                                QStringLiteral("--as"), QStringLiteral("chair"), QStringLiteral("--json")});
        return run.code == 0 ? run.out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}).code, 0);
    }

    void roundTrip()
    {
        const QString db = copyOfDemo();
        const QString before = standings(db);
        QVERIFY(!before.isEmpty());
        const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                                   QStringLiteral("--as"), QStringLiteral("secretariat")});
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        const QRegularExpressionMatch head =
            QRegularExpression(QStringLiteral("chain head: entry (\\d+), ([0-9a-f]{64})")).match(backup.out);
        QVERIFY2(head.hasMatch(), qPrintable(backup.out));
        QCOMPARE(backupsOf(db).size(), 1);
        const QString file = QFileInfo(db).absolutePath() + QStringLiteral("/backups/") + backupsOf(db).constFirst();
        QVERIFY(backup.out.contains(file));
        QVERIFY(QFile::exists(file + QStringLiteral(".json")));

        // A change after the backup: the chair records a verdict on a pending team.
        const CliRun lock = cli({QStringLiteral("lock"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                                 QStringLiteral("chair")});
        QVERIFY2(lock.code == 0, qPrintable(lock.err));
        QVERIFY(cli({QStringLiteral("decision"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("locked")));

        const CliRun restore = cli({QStringLiteral("restore"), QStringLiteral("--from"), file,
                                    QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("chair")});
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        QVERIFY2(restore.out.contains(head.captured(0)), qPrintable(restore.out));
        QCOMPARE(standings(db), before);
        QVERIFY(!cli({QStringLiteral("decision"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("locked")));
        const CliRun verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), db,
                                   QStringLiteral("--head"), head.captured(2)});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        // Kept: the manual backup, the one before lock, the one before the restore.
        const QStringList kept = backupsOf(db);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.filter(QStringLiteral("-before-lock.paneldesk")).size(), 1);
        QCOMPARE(kept.filter(QStringLiteral("-before-restore.paneldesk")).size(), 1);

        // To a new path, with --out.
        const QString out = m_dir.filePath(QStringLiteral("explicit-%1.paneldesk").arg(m_counter));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                      QStringLiteral("--as"), QStringLiteral("chair")}).code, 0);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.paneldesk").arg(m_counter));
        const CliRun toNew = cli({QStringLiteral("restore"), QStringLiteral("--from"), out,
                                  QStringLiteral("--db"), fresh, QStringLiteral("--as"), QStringLiteral("secretariat")});
        QVERIFY2(toNew.code == 0, qPrintable(toNew.err));
        QCOMPARE(standings(fresh), before);
        QCOMPARE(QFileInfo(fresh).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // Any command's first open of a panel on a day backs it up (as the window does), through
    // the open connection; later opens that day do not.
    void firstOpenOfTheDay()
    {
        const QString db = copyOfDemo();
        QVERIFY(!QFileInfo::exists(QFileInfo(db).absolutePath() + QStringLiteral("/backups")));
        const CliRun first = cli({QStringLiteral("decision"), QStringLiteral("--db"), db});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QStringList daily = dailyBackupsOf(db);
        QCOMPARE(daily.size(), 1);
        QVERIFY(QFile::exists(QFileInfo(db).absolutePath() + QStringLiteral("/backups/") + daily.constFirst()
                              + QStringLiteral(".json")));
        QVERIFY(!standings(db).isEmpty());
        QCOMPARE(dailyBackupsOf(db), daily);
        QVERIFY(backupsOf(db).isEmpty());
        // the copy is the panel: its standings are the panel's
        const QString copy = m_dir.filePath(QStringLiteral("daily-%1.paneldesk").arg(m_counter));
        QVERIFY(QFile::copy(QFileInfo(db).absolutePath() + QStringLiteral("/backups/") + daily.constFirst(), copy));
        QCOMPARE(standings(copy), standings(db));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("backup as an expert") << QStringList{QStringLiteral("backup"), QStringLiteral("--as"), QStringLiteral("e01")}
                                              << 2 << "the chair or the secretariat";
        QTest::newRow("backup nobody") << QStringList{QStringLiteral("backup")} << 2 << "--as";
        QTest::newRow("restore as an expert") << QStringList{QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("BACKUP"), QStringLiteral("--as"), QStringLiteral("e01")}
                                               << 2 << "the chair or the secretariat";
        QTest::newRow("restore nobody") << QStringList{QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("BACKUP")}
                                         << 2 << "--as";
        QTest::newRow("restore a damaged backup") << QStringList{QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("DAMAGED"), QStringLiteral("--as"), QStringLiteral("chair")}
                                                   << 1 << "damaged";
    }

    // Refused: the panel's bytes and its folder are as they were.
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString db = copyOfDemo();
        const QString backup = m_dir.filePath(QStringLiteral("r%1.paneldesk").arg(m_counter));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), backup,
                      QStringLiteral("--as"), QStringLiteral("chair")}).code, 0);
        const QString damaged = m_dir.filePath(QStringLiteral("d%1.paneldesk").arg(m_counter));
        QVERIFY(QFile::copy(backup, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 offset = 4096 + 8; offset < file.size(); offset += 3 * 4096) {
                file.seek(offset);
                file.write(QByteArray(64, '\x5A'));
            }
        }
        arguments.replaceInStrings(QStringLiteral("BACKUP"), backup);
        arguments.replaceInStrings(QStringLiteral("DAMAGED"), damaged);
        arguments << QStringLiteral("--db") << db;
        QCOMPARE(cli({QStringLiteral("decision"), QStringLiteral("--db"), db}).code, 0);   // the day's backup
        const QByteArray before = pd::test::databaseBytesHash(db);
        const QStringList filesBefore = QDir(QFileInfo(db).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const CliRun run = cli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(pd::test::databaseBytesHash(db), before);
        QCOMPARE(QDir(QFileInfo(db).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 filesBefore);
    }

    void demoReplaceKeepsABackup()
    {
        const QString db = copyOfDemo();
        const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--replace"),
                                QStringLiteral("--as"), QStringLiteral("chair")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList kept = backupsOf(db);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.constFirst().endsWith(QStringLiteral("-before-replace.paneldesk")));
        QCOMPARE(QFileInfo(QFileInfo(db).absolutePath() + QStringLiteral("/backups")).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
