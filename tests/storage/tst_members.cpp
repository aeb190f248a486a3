// Members in the store: add, list, passphrases (Argon2id hashes only, never audited) and
// conflicts of interest, each write one audited transaction; refusals change nothing.

#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/SqliteStore.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestMembers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void membersOfAPanel();
    void addMemberRoundTrip();
    void passphraseRoundTrip();
    void passphraseNeverInTheAuditLog();
    void refusedAdditionsChangeNothing_data();
    void refusedAdditionsChangeNothing();
    void refusedPassphrasesChangeNothing();
    void conflicts();
    void replacingThePanelKeepsPassphrases();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("members.paneldesk")); }
    QString storedHash(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    const QString m_actor = QStringLiteral("s01");
};

void TestMembers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = SqliteStore::create(dbPath());
    m_store->replacePanel(fullPanel(), QStringLiteral("test"));
}

void TestMembers::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestMembers::storedHash(const QString &id)
{
    RawDb raw(dbPath());
    return raw.value(QStringLiteral("SELECT coalesce(passphrase_hash, '') FROM members "
                                    "WHERE id = '%1'").arg(id)).toString();
}

void TestMembers::membersOfAPanel()
{
    const std::vector<Member> members = m_store->members();
    const Panel panel = fullPanel();
    QCOMPARE(members.size(), panel.reviewers.size());
    for (size_t i = 0; i < members.size(); ++i) {
        const Reviewer &r = panel.reviewers[i];
        QCOMPARE(members[i], (Member{r.id, r.name, r.role, r.conflicts, false}));
    }
}

void TestMembers::addMemberRoundTrip()
{
    const Reviewer kim{QStringLiteral("k01"), QStringLiteral("김철수 위원"), Role::Expert,
                       {QStringLiteral("naver"), QStringLiteral("lg")}};
    const size_t auditBefore = m_store->auditLog().size();
    m_store->addMember(kim, m_actor);
    const std::vector<Member> members = m_store->members();
    QCOMPARE(members.back(), (Member{kim.id, kim.name, kim.role, kim.conflicts, false}));
    QCOMPARE(members.size(), fullPanel().reviewers.size() + 1);
    // The panel sees the new member too (and so does export-panel).
    QVERIFY(m_store->loadPanel().reviewer(QStringLiteral("k01")));
    QCOMPARE(*m_store->loadPanel().reviewer(QStringLiteral("k01")), kim);

    const std::vector<AuditEntry> log = m_store->auditLog();
    QCOMPARE(log.size(), auditBefore + 1);
    QCOMPARE(log.back().actor, m_actor);
    QCOMPARE(log.back().action, QStringLiteral("add-member"));
    QCOMPARE(log.back().entity, QStringLiteral("members/k01"));
    QVERIFY(log.back().oldValue.isEmpty());
    QVERIFY(log.back().newValue.contains(QStringLiteral("김철수 위원")));
    QVERIFY(log.back().newValue.contains(QStringLiteral("\"passphrase_set\":false")));

    // Survives closing and reopening.
    m_store.reset();
    m_store = SqliteStore::open(dbPath());
    QCOMPARE(m_store->members().back().name, kim.name);
}

void TestMembers::passphraseRoundTrip()
{
    const QString e02 = QStringLiteral("e02");
    const QString passphrase = QStringLiteral("전문가 2의 비밀 문구");
    QVERIFY(!m_store->checkPassphrase(e02, passphrase));   // none set yet
    QVERIFY(storedHash(e02).isEmpty());

    m_store->setPassphrase(e02, passphrase, m_actor);
    QVERIFY(storedHash(e02).startsWith(QLatin1String("$argon2id$")));
    QVERIFY(m_store->checkPassphrase(e02, passphrase));
    QVERIFY(!m_store->checkPassphrase(e02, QStringLiteral("전문가 2의 비밀 문구 ")));
    QVERIFY(!m_store->checkPassphrase(QStringLiteral("e01"), passphrase));   // not e01's
    QVERIFY(!m_store->checkPassphrase(QStringLiteral("nobody"), passphrase));
    for (const Member &m : m_store->members())
        QCOMPARE(m.hasPassphrase, m.id == e02);

    // A new passphrase replaces the old one; reopening keeps it.
    const QString first = storedHash(e02);
    m_store->setPassphrase(e02, QStringLiteral("a new passphrase"), m_actor);
    QVERIFY(storedHash(e02) != first);
    m_store.reset();
    m_store = SqliteStore::open(dbPath());
    QVERIFY(!m_store->checkPassphrase(e02, passphrase));
    QVERIFY(m_store->checkPassphrase(e02, QStringLiteral("a new passphrase")));

    const std::vector<AuditEntry> log = m_store->auditLog();
    QCOMPARE(log.back().action, QStringLiteral("set-passphrase"));
    QCOMPARE(log.back().entity, QStringLiteral("members/e02"));
    QCOMPARE(log.back().oldValue, QStringLiteral("{\"passphrase_set\":true}"));
    QCOMPARE(log.back().newValue, QStringLiteral("{\"passphrase_set\":true}"));
    QCOMPARE(log.at(log.size() - 2).oldValue, QStringLiteral("{\"passphrase_set\":false}"));
}

void TestMembers::passphraseNeverInTheAuditLog()
{
    const QString secret = QStringLiteral("HUNTER2-독자모델");
    m_store->setPassphrase(QStringLiteral("e01"), secret, m_actor);
    m_store->addMemberWithPassphrase({QStringLiteral("k02"), QStringLiteral("박위원"),
                                      Role::Chair, {}},
                                     secret, m_actor);
    QVERIFY(m_store->checkPassphrase(QStringLiteral("k02"), secret));
    const QStringList hashes{storedHash(QStringLiteral("e01")), storedHash(QStringLiteral("k02"))};
    for (const QString &hash : hashes)
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    // Every text column of every row of the log, checked as raw SQL sees it.
    RawDb raw(dbPath());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM audit_log")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QString value = q.value(c).toString();
            QVERIFY2(!value.contains(secret, Qt::CaseInsensitive), qPrintable(value));
            QVERIFY2(!value.contains(QLatin1String("argon2")), qPrintable(value));
            for (const QString &hash : hashes)
                QVERIFY(!value.contains(hash.section(QLatin1Char('$'), -1)));   // the digest
        }
    }
    QVERIFY(rows >= 4);   // create, replace-panel, set-passphrase, add-member
}

void TestMembers::refusedAdditionsChangeNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QString>("message");
    const QString name = QStringLiteral("이름");
    const int expert = int(Role::Expert);
    QTest::newRow("duplicate id") << QStringLiteral("e01") << name << expert << QStringList()
                                  << QStringLiteral("already exists");
    QTest::newRow("space in id") << QStringLiteral("e 04") << name << expert << QStringList()
                                 << QStringLiteral("not a valid member id");
    QTest::newRow("empty id") << QString() << name << expert << QStringList()
                              << QStringLiteral("not a valid member id");
    QTest::newRow("hangul id") << QStringLiteral("위원") << name << expert << QStringList()
                               << QStringLiteral("not a valid member id");
    QTest::newRow("blank name") << QStringLiteral("e04") << QStringLiteral(" \u3000")
                                << expert << QStringList() << QStringLiteral("needs a name");
    QTest::newRow("unknown role") << QStringLiteral("e04") << name << 42 << QStringList()
                                  << QStringLiteral("unknown role");
    QTest::newRow("unknown team") << QStringLiteral("e04") << name << expert
                                  << QStringList{QStringLiteral("lg"), QStringLiteral("kt")}
                                  << QStringLiteral("unknown conflict team \"kt\"");
    QTest::newRow("repeated team") << QStringLiteral("e04") << name << expert
                                   << QStringList{QStringLiteral("lg"), QStringLiteral("lg")}
                                   << QStringLiteral("listed twice");
}

void TestMembers::refusedAdditionsChangeNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(int, role);
    QFETCH(QStringList, conflicts);
    QFETCH(QString, message);
    const std::vector<Member> before = m_store->members();
    const size_t auditBefore = m_store->auditLog().size();
    const Reviewer member{id, name, static_cast<Role>(role), conflicts};
    for (int withPassphrase = 0; withPassphrase < 2; ++withPassphrase) {
        try {
            if (withPassphrase)
                m_store->addMemberWithPassphrase(member, QStringLiteral("long enough"), m_actor);
            else
                m_store->addMember(member, m_actor);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }
    QCOMPARE(m_store->members(), before);
    QCOMPARE(m_store->auditLog().size(), auditBefore);
}

void TestMembers::refusedPassphrasesChangeNothing()
{
    const size_t auditBefore = m_store->auditLog().size();
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_store->setPassphrase(QStringLiteral("e01"), QStringLiteral("short"), m_actor));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_store->setPassphrase(QStringLiteral("e01"), QString(), m_actor));
    QVERIFY_THROWS_EXCEPTION(InputError, m_store->setPassphrase(QStringLiteral("nobody"),
                                                                QStringLiteral("long enough"), m_actor));
    QVERIFY_THROWS_EXCEPTION(InputError, m_store->setPassphrase(QStringLiteral("e01"),
                                                                QStringLiteral("long enough"), QString()));
    // A new member with a bad passphrase is not added at all.
    QVERIFY_THROWS_EXCEPTION(InputError, m_store->addMemberWithPassphrase(
        {QStringLiteral("k03"), QStringLiteral("k"), Role::Expert, {}}, QStringLiteral("1234567"),
        m_actor));
    for (const Member &m : m_store->members()) {
        QVERIFY(m.id != QLatin1String("k03"));
        QVERIFY(!m.hasPassphrase);
    }
    QCOMPARE(m_store->auditLog().size(), auditBefore);
}

void TestMembers::conflicts()
{
    const QString e02 = QStringLiteral("e02");
    const QStringList teams{QStringLiteral("upstage"), QStringLiteral("skt")};
    m_store->setConflicts(e02, teams, m_actor);
    const auto conflictsOf = [this](const QString &id) {
        for (const Member &m : m_store->members())
            if (m.id == id)
                return m.conflicts;
        return QStringList{QStringLiteral("(missing)")};
    };
    QCOMPARE(conflictsOf(e02), teams);
    QCOMPARE(m_store->loadPanel().reviewer(e02)->conflicts, teams);
    std::vector<AuditEntry> log = m_store->auditLog();
    QCOMPARE(log.back().action, QStringLiteral("set-conflicts"));
    QCOMPARE(log.back().entity, QStringLiteral("members/e02"));
    QCOMPARE(log.back().oldValue, QStringLiteral("{\"conflicts\":[\"nc\"]}"));
    QCOMPARE(log.back().newValue, QStringLiteral("{\"conflicts\":[\"upstage\",\"skt\"]}"));

    // The same list again: nothing written, nothing audited.
    m_store->setConflicts(e02, teams, m_actor);
    QCOMPARE(m_store->auditLog().size(), log.size());

    // Refusals: e01 holds a sheet for lg; unknown and repeated teams; unknown member.
    const auto refused = [&](const QString &id, const QStringList &list, const char *expected) {
        try {
            m_store->setConflicts(id, list, m_actor);
            return QStringLiteral("accepted");
        } catch (const InputError &e) {
            return e.message().contains(QLatin1String(expected)) ? QString() : e.message();
        }
    };
    QCOMPARE(refused(QStringLiteral("e01"), {QStringLiteral("lg")}, "already holds a score sheet"),
             QString());
    QCOMPARE(refused(e02, {QStringLiteral("kt")}, "unknown conflict team"), QString());
    QCOMPARE(refused(e02, {QStringLiteral("lg"), QStringLiteral("lg")}, "listed twice"), QString());
    QCOMPARE(refused(QStringLiteral("nobody"), {}, "unknown member"), QString());
    QCOMPARE(conflictsOf(QStringLiteral("e01")), QStringList());
    QCOMPARE(conflictsOf(e02), teams);
    QCOMPARE(m_store->auditLog().size(), log.size());

    // Clearing is a change like any other.
    m_store->setConflicts(e02, {}, m_actor);
    QCOMPARE(conflictsOf(e02), QStringList());
    log = m_store->auditLog();
    QCOMPARE(log.back().newValue, QStringLiteral("{\"conflicts\":[]}"));
}

void TestMembers::replacingThePanelKeepsPassphrases()
{
    m_store->setPassphrase(QStringLiteral("e03"), QStringLiteral("e03 passphrase"), m_actor);
    m_store->replacePanel(m_store->loadPanel(), QStringLiteral("test"));
    QVERIFY(m_store->checkPassphrase(QStringLiteral("e03"), QStringLiteral("e03 passphrase")));
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
