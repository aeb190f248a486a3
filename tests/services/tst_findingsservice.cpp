// The findings' use cases (services/FindingsService.h, trust.md "One door"): every action
// tried by every kind of member. The store no longer knows roles: the use case refuses the
// wrong role (access/FindingsAccess.h) and a refusal changes no byte of the database file.
#include "../storage/StorageTestSupport.h"

#include "domain/Errors.h"
#include "services/FindingsService.h"
#include "storage/SqliteStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

// fullPanel(): e01 chair; e02 expert (conflict nc); e03 expert (conflicts skt, lg);
// s01 secretariat; o01 observer. naver has components 0 and 1, lg 2 and 3.
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ComponentFinding component(const char *name)
{
    ComponentFinding f;
    f.component = QString::fromUtf8(name);
    f.evidence = QStringLiteral("model card");
    return f;
}

} // namespace

class TestFindingsService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roles_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("refusal");   // part of the message when refused
        struct Who {
            const char *id;
            const char *label;
            bool edits;      // components and notes on naver
            bool verdicts;   // the verdict on naver
        };
        const Who members[] = {{"e01", "chair", true, true},
                               {"e02", "expert", true, false},
                               {"s01", "secretariat", false, false},
                               {"o01", "observer", false, false},
                               {"zz", "unknown member", false, false},
                               {"", "nobody", false, false}};
        const char *const editing[] = {"add", "update", "remove", "note"};
        for (const Who &who : members) {
            for (const char *action : editing)
                QTest::addRow("%s %s", who.label, action)
                    << QString::fromLatin1(who.id) << QString::fromLatin1(action) << who.edits
                    << QStringLiteral("only the chair and experts");
            QTest::addRow("%s verdict", who.label)
                << QString::fromLatin1(who.id) << QStringLiteral("verdict") << who.verdicts
                << QStringLiteral("only the chair records");
        }
        // a conflict of interest with the team closes it even to the right role
        for (const char *action : editing)
            QTest::addRow("conflicted expert %s", action)
                << QStringLiteral("e03") << QString::fromLatin1(action) << false
                << QStringLiteral("conflict of interest");
    }

    void roles()
    {
        QFETCH(QString, member);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        QFETCH(QString, refusal);
        const QString path = m_dir.filePath(QStringLiteral("f%1.paneldesk").arg(++m_counter));
        SqliteStore::create(path)->replacePanel(fullPanel(), QStringLiteral("cli"));
        // the conflicted expert works on lg (components 2 and 3), everyone else on naver
        const bool onLg = member == u"e03";
        const QString team = onLg ? QStringLiteral("lg") : QStringLiteral("naver");
        const qint64 first = onLg ? 2 : 0;
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        qsizetype entriesBefore = 0;
        QString message;
        {
            auto store = SqliteStore::open(path);
            entriesBefore = qsizetype(store->auditLog().size());
            FindingsService service(*store);
            const std::map<QString, std::function<void()>> actions{
                {QStringLiteral("add"), [&] { service.addComponent(team, component("vision"), member); }},
                {QStringLiteral("update"),
                 [&] { service.updateComponent(first, component("renamed"), member); }},
                {QStringLiteral("remove"), [&] { service.removeComponent(first + 1, member); }},
                {QStringLiteral("note"),
                 [&] { service.setComponentNote(first, QStringLiteral("checked"), member); }},
                {QStringLiteral("verdict"),
                 [&] { service.recordVerdict(team, Verdict::Pass, QStringLiteral("own weights"), member); }},
            };
            try {
                actions.at(action)();
            } catch (const InputError &e) {
                message = e.message();
            }
            if (allowed) {
                QVERIFY2(message.isEmpty(), qPrintable(message));
                QCOMPARE(qsizetype(store->auditLog().size()), entriesBefore + 1);
                QCOMPARE(store->auditLog().back().actor, member);
            }
        }
        if (allowed)
            return;
        QVERIFY2(message.contains(refusal), qPrintable(message));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || fileBytes(path + QStringLiteral("-wal")).isEmpty());
        QVERIFY(fileBytes(path) == before);   // not one byte changed
    }
};

QTEST_GUILESS_MAIN(TestFindingsService)
#include "tst_findingsservice.moc"
