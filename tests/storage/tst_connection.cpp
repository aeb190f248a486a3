// The connection settings every store runs with, and the write transaction discipline.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/Schema.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"
#include "storage/SqliteWriteWait.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestConnection : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("c%1.db").arg(++m_counter)); }

    static QVariant pragma(const SqliteStore &store, const char *name)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pragmasInEffect_data()
    {
        QTest::addColumn<bool>("reopen");
        QTest::newRow("created") << false;
        QTest::newRow("opened") << true;
    }

    void pragmasInEffect()
    {
        QFETCH(bool, reopen);
        const QString path = newPath();
        std::unique_ptr<SqliteStore> store = SqliteStore::create(path);
        if (reopen) {
            store.reset();
            store = SqliteStore::open(path);
        }
        QCOMPARE(pragma(*store, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*store, "synchronous").toInt(), 2);   // FULL
        QCOMPARE(pragma(*store, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*store, "busy_timeout").toInt(), 5000);
        QCOMPARE(pragma(*store, "application_id").toInt(), 0x50444B31);
        QCOMPARE(pragma(*store, "user_version").toInt(), schema::kCurrentVersion);
        store->replacePanel(fullPanel(), QStringLiteral("cli"));   // pragmas survive writes
        QCOMPARE(pragma(*store, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*store, "synchronous").toInt(), 2);
    }

    void fileHeaderSaysWal()
    {
        const QString path = newPath();
        SqliteStore::create(path).reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
        QCOMPARE(int(header[18]), 2);   // write version 2 = WAL
        QCOMPARE(int(header[19]), 2);
        // closing the last connection checkpoints and removes the -wal file
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void eachStoreHasItsOwnConnection()
    {
        const QString path = newPath();
        auto a = SqliteStore::create(path);
        auto b = SqliteStore::open(path);
        QVERIFY(a->connectionName() != b->connectionName());
        const QString name = b->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        b.reset();
        QVERIFY(!QSqlDatabase::contains(name));   // removed with the store
        QCOMPARE(a->location(), path);
    }

    void writeTransactionRollsBackUnlessCommitted()
    {
        const QString path = newPath();
        SqliteStore::create(path).reset();
        RawDb raw(path);
        raw.exec(QStringLiteral("CREATE TABLE t (x)"));
        {
            WriteTransaction tx(raw.db());
            raw.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
        {
            WriteTransaction tx(raw.db());
            raw.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            tx.commit();
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    }

    void writeTransactionTakesTheWriteLockAtOnce()
    {
        // BEGIN IMMEDIATE: while one transaction is open, another connection's write
        // transaction waits (its write-wait limit) and then fails; a deferred BEGIN would not.
        const QString path = newPath();
        SqliteStore::create(path).reset();
        RawDb first(path);
        RawDb second(path);
        // A write waits for another writer up to its policy's limit (SqliteWriteWait.h): 200 ms.
        setWriteWaitPolicy(second.db(), WriteWaitPolicy{std::chrono::milliseconds(200), {}, {}});
        WriteTransaction tx(first.db());
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(StoreError, WriteTransaction(second.db()));
        QVERIFY(timer.elapsed() >= 150);   // it waited for the lock
        tx.commit();
        WriteTransaction again(second.db());   // free now
        again.commit();
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
