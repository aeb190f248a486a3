// Replacing the panel of an open store as a use case (services/PanelReplacement.h): only the
// chair of the store replaces it; every other member, an unknown id and nobody are refused
// with the same message and not one byte of the file changes. The server's CLI path
// (`import-panel --db URL --replace`) goes through it: server.serverreplace.
#include "../storage/StorageTestSupport.h"

#include "domain/Errors.h"
#include "services/PanelReplacement.h"
#include "storage/SqliteStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPanelReplacement : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // fullPanel(): e01 chair, e02 and e03 experts, s01 secretariat, o01 observer.
    void onlyTheChair_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("chair") << QStringLiteral("e01") << true;
        QTest::newRow("expert") << QStringLiteral("e02") << false;
        QTest::newRow("secretariat") << QStringLiteral("s01") << false;
        QTest::newRow("observer") << QStringLiteral("o01") << false;
        QTest::newRow("unknown member") << QStringLiteral("zz") << false;
        QTest::newRow("nobody") << QString() << false;
    }

    void onlyTheChair()
    {
        QFETCH(QString, member);
        QFETCH(bool, allowed);
        const QString path = m_dir.filePath(QStringLiteral("r%1.paneldesk").arg(++m_counter));
        SqliteStore::create(path)->replacePanel(fullPanel(), QStringLiteral("cli"));
        Panel replacement = fullPanel();
        replacement.round.name = QStringLiteral("renamed round");
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        QString message;
        {
            auto store = SqliteStore::open(path);
            try {
                replacePanelAsChair(*store, replacement, Actor(member));
            } catch (const InputError &e) {
                message = e.message();
            }
            if (allowed) {
                QVERIFY2(message.isEmpty(), qPrintable(message));
                QCOMPARE(store->loadPanel().round.name, QStringLiteral("renamed round"));
                QCOMPARE(store->auditLog().back().actor, member);
                return;
            }
        }
        QVERIFY2(message.contains(QStringLiteral("only the chair replaces the panel")), qPrintable(message));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || fileBytes(path + QStringLiteral("-wal")).isEmpty());
        QVERIFY(fileBytes(path) == before);   // not one byte changed
    }
};

QTEST_GUILESS_MAIN(TestPanelReplacement)
#include "tst_panelreplacement.moc"
