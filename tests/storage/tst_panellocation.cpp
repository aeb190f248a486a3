// storage/PanelLocation.h: the one place that maps what the user names (a path, a PostgreSQL
// URL, a libpq key/value string) to a backend, and what each backend refuses.

#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "services/Backups.h"
#include "storage/PanelLocation.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestPanelLocation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::addColumn<QString>("shown");
        QTest::newRow("relative file") << "panel.paneldesk" << false << "panel.paneldesk";
        QTest::newRow("absolute file") << "/tmp/x/p.paneldesk" << false << "/tmp/x/p.paneldesk";
        QTest::newRow("file with an equals sign") << "./host=a.paneldesk" << false << "./host=a.paneldesk";
        QTest::newRow("file named like a word") << "hostile.paneldesk" << false << "hostile.paneldesk";
        QTest::newRow("korean file") << "평가.paneldesk" << false << "평가.paneldesk";
        QTest::newRow("url") << "postgresql://db.example.org:5433/panel" << true
                             << "postgresql://db.example.org:5433/panel";
        QTest::newRow("short url, upper case") << "POSTGRES://h/panel" << true << "postgres://h/panel";
        QTest::newRow("url with password") << "postgresql://e01:secret@h/panel?sslmode=verify-full" << true
                                           << "postgresql://e01@h/panel?sslmode=verify-full";
        QTest::newRow("url with password parameter") << "postgresql://h/panel?password=secret&sslmode=require"
                                                     << true << "postgresql://h/panel?sslmode=require";
        QTest::newRow("key/value") << "host=h dbname=panel" << true << "host=h dbname=panel";
        QTest::newRow("key/value with password") << "host=h password=secret dbname=panel" << true
                                                 << "host=h dbname=panel";
        QTest::newRow("key/value, quoted password") << "dbname = panel password = 'a b\\'c' user=e01" << true
                                                    << "dbname = panel user=e01";
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QFETCH(QString, shown);
        const PanelLocation location = PanelLocation::parse(text);
        QCOMPARE(location.isServer(), server);
        QCOMPARE(location.kind() == PanelLocation::Kind::Server, server);
        QCOMPARE(location.shown(), shown);
        QVERIFY(!location.shown().contains(QLatin1String("secret")));
    }

    void emptyIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, PanelLocation::parse(QString()));
        QVERIFY_THROWS_EXCEPTION(InputError, PanelLocation::parse(QStringLiteral("   ")));
    }

    // A file location creates and opens a SQLite panel; what was written reads back.
    void fileCreatesAndOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.paneldesk"));
        const Panel panel = test::fullPanel();
        PanelLocation::parse(path).create(false, [&](PanelStore &store) {
            store.replacePanel(panel, QStringLiteral("cli"));
        });
        QVERIFY(QFileInfo(path).isFile());
        {
            const auto store = openPanelStore(path);
            QCOMPARE(store->location(), path);
            QCOMPARE(store->loadPanel().teams.size(), panel.teams.size());
        }
        // Not again without replace, and nothing is left behind by a fill that throws.
        QVERIFY_THROWS_EXCEPTION(InputError, PanelLocation::parse(path).create(false, [](PanelStore &) {}));
        const QString other = dir.filePath(QStringLiteral("q.paneldesk"));
        QVERIFY_THROWS_EXCEPTION(StoreError, PanelLocation::parse(other).create(false, [](PanelStore &) {
            throw StoreError(QStringLiteral("stop"));
        }));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("p.paneldesk")});
    }

    // A server is opened as a member. Until the server store lands, it is refused with a
    // message that names it without its password, and no file of that name appears;
    // creating, backing up and restoring are refused the same way.
    void serverRefusals()
    {
        QTemporaryDir dir;
        QVERIFY(QDir::setCurrent(dir.path()));
        const QString url = QStringLiteral("postgresql://e01:secret@localhost/panel");
        QVERIFY_THROWS_EXCEPTION(InputError, openPanelStore(url));   // a server needs a member
        try {
            PanelLocation::parse(url).open(ServerLogin{QStringLiteral("e01"), QStringLiteral("pw")});
            QFAIL("opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("postgresql://e01@localhost/panel")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QLatin1String("secret")));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, createDatabase(test::fullPanel(), url, {}));
        QVERIFY_THROWS_EXCEPTION(InputError, backUpPanel(url, BackupKind::Manual));
        QVERIFY_THROWS_EXCEPTION(InputError, restoreBackup(QStringLiteral("x.paneldesk"), url,
                                                           [](PanelStore &) {}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPanelLocation)
#include "tst_panellocation.moc"
