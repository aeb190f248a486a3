// Opening a file: anything that is not a healthy PanelDesk database of a readable version
// is refused with a message naming the file and the problem, and the file is left exactly
// as it was (bytes and modification time). Creating never overwrites.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/DatabaseCheck.h"
#include "storage/Schema.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

// An SQLite file written by some other program (rollback journal, plain connection).
void makeForeignSqliteFile(const QString &path, int applicationId)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A PanelDesk database with enough rows to span many pages, closed (fully checkpointed).
void makePanelDeskFile(const QString &path)
{
    Panel panel = fullPanel();
    for (int e = 0; e < 2000; ++e)
        for (const QString &item : {QStringLiteral("usability"), QStringLiteral("cost")})
            panel.userRatings.push_back(
                {QStringLiteral("x%1").arg(e), QStringLiteral("nc"), item, 1 + e % 5});
    SqliteStore::create(path)->replacePanel(panel, QStringLiteral("cli"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestOpening : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("o%1.db").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");   // after "<path> "
        QTest::newRow("missing file") << "missing" << "does not exist";
        QTest::newRow("directory") << "directory" << "is not a file";
        QTest::newRow("text file") << "text"
                                   << "is not a PanelDesk database (not an SQLite file)";
        QTest::newRow("empty file") << "empty"
                                    << "is not a PanelDesk database (not an SQLite file)";
        QTest::newRow("SQLite file of another app")
            << "foreign" << "is an SQLite database but not a PanelDesk panel";
        QTest::newRow("SQLite file with another application_id")
            << "foreign-id" << "is an SQLite database but not a PanelDesk panel";
        QTest::newRow("newer schema")
            << "newer"
            << QStringLiteral("was written by a newer PanelDesk (schema %1; this version reads up to %2)")
                   .arg(schema::kCurrentVersion + 1)
                   .arg(schema::kCurrentVersion);
        QTest::newRow("garbage in a middle page") << "damaged-page" << "is damaged: ";
        QTest::newRow("garbage in the header page") << "damaged-header" << "is damaged: ";
        QTest::newRow("truncated to half") << "truncated" << "is damaged: ";
    }

    void refusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString path = newPath();
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("text")) {
            writeFile(path, "round,team,score\nR1,lg,90.2\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("foreign")) {
            makeForeignSqliteFile(path, 0);
        } else if (kind == QLatin1String("foreign-id")) {
            makeForeignSqliteFile(path, 0x0F055112);   // Fossil's
        } else if (kind == QLatin1String("newer")) {
            SqliteStore::create(path).reset();
            RawDb(path).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 1));
        } else if (kind == QLatin1String("damaged-page")) {
            makePanelDeskFile(path);
            const qint64 pages = QFileInfo(path).size() / 4096;
            QVERIFY(pages > 20);
            overwrite(path, pages / 2 * 4096, QByteArray(4096, char(0xA5)));
        } else if (kind == QLatin1String("damaged-header")) {
            makePanelDeskFile(path);
            overwrite(path, 16, QByteArray(84, char(0xA5)));
        } else if (kind == QLatin1String("truncated")) {
            makePanelDeskFile(path);
            QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2 / 4096 * 4096));
        }
        const FileFingerprint before = fingerprint(path);
        QTest::qWait(20);   // so that a write would show in the modification time

        try {
            SqliteStore::open(path);
            QFAIL("the file was accepted");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().startsWith(path + QLatin1Char(' ') + expected),
                     qPrintable(error.message()));
        }
        QVERIFY2(fingerprint(path) == before, "the refused file changed");
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFileInfo::exists(path));

        QString problem;
        QVERIFY(!integrityCheck(path, &problem));
        QVERIFY2(problem.startsWith(path + QLatin1Char(' ') + expected), qPrintable(problem));
        QVERIFY(fingerprint(path) == before);
    }

    void healthyFilePassesIntegrityCheck()
    {
        const QString path = newPath();
        makePanelDeskFile(path);
        QString problem = QStringLiteral("untouched");
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
        QCOMPARE(problem, QStringLiteral("untouched"));
        QVERIFY(SqliteStore::open(path)->loadPanel().userRatings.size() > 4000);
    }

    void integrityCheckFindsForeignKeyViolations()
    {
        const QString path = newPath();
        makePanelDeskFile(path);
        {
            RawDb raw(path, /*foreignKeys=*/false);   // as the sqlite3 shell does by default
            raw.exec(QStringLiteral("DELETE FROM round_teams WHERE team_id = 'naver' "));
        }
        QString problem;
        QVERIFY(!integrityCheck(path, &problem));
        QVERIFY2(problem.contains(QLatin1String("refers to a missing row of round_teams")),
                 qPrintable(problem));
    }

    void createRefusesExistingFile_data()
    {
        QTest::addColumn<QString>("existing");   // which file exists beforehand
        QTest::newRow("database path") << "";
        QTest::newRow("leftover -wal") << "-wal";
        QTest::newRow("leftover -journal") << "-journal";
    }

    void createRefusesExistingFile()
    {
        QFETCH(QString, existing);
        const QString path = newPath();
        writeFile(path + existing, "precious data");
        const FileFingerprint before = fingerprint(path + existing);
        QTest::qWait(20);
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::create(path));
        QVERIFY(fingerprint(path + existing) == before);
        if (!existing.isEmpty())
            QVERIFY(!QFileInfo::exists(path));
    }

    void createFailureLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-dir/x.db"));
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::create(path));
        QVERIFY(!QFileInfo::exists(path));
    }

    void openedFileIsUsable()
    {
        const QString path = newPath();
        SqliteStore::create(path)->replacePanel(fullPanel(), QStringLiteral("cli"));
        QString problem;
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
        QVERIFY(SqliteStore::open(path)->loadPanel() == fullPanel());
    }
};

QTEST_GUILESS_MAIN(TestOpening)
#include "tst_opening.moc"
