// T13 audit-tamper: 5,000 chained, signed audit entries; a byte flipped in each of 500
// sampled entries, a deleted entry, two entries swapped, a cut-off tail and a row rehashed
// after its change: the verifier names the first bad entry every time.

#include "storage/AuditLog.h"
#include "storage/Schema.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"
#include "trust/AuditChain.h"
#include "trust/MemberKey.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

constexpr int kEntries = 5000;

// Runs raw SQL as another tool would: the append-only triggers dropped first.
void tamper(const QString &path, const QStringList &statements)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    QSqlDatabase &db = connection.db();
    execSql(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
    execSql(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
    for (const QString &statement : statements)
        execSql(db, statement);
}

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intactChainVerifies();
    void flippedByteIsNamed_data();
    void flippedByteIsNamed();
    void deletedEntryIsNamed();
    void swappedEntriesAreNamed();
    void cutOffTailIsCaughtWithTheHead();
    void rehashedRowIsNamed();
    void unsignedEntryAfterTheFirstKeyIsNamed();
    void keyWithoutTheChairIsRefused();

private:
    QString copyOfChain(const QString &name) const;
    chain::ChainReport verifyFile(const QString &path, const QString &head = {}) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::vector<AuditEntry> m_entries;
};

void TestAuditChain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("chain.paneldesk"));
    {
        auto store = SqliteStore::create(m_path);
        store->addMember({QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}},
                         QStringLiteral("setup"));
        store->addMember({QStringLiteral("e01"), QStringLiteral("전문가 1"), Role::Expert, {}},
                         QStringLiteral("setup"));
        const MemberKey chair = MemberKey::generate(QStringLiteral("chair"));
        const MemberKey expert = MemberKey::generate(QStringLiteral("e01"));
        store->storeMemberKey(QStringLiteral("chair"), {chair.publicKey(), chair.sealed(QStringLiteral("chair passphrase"))},
                              true, Actor(chair));
        store->storeMemberKey(QStringLiteral("e01"), {expert.publicKey(), expert.sealed(QStringLiteral("expert passphrase"))},
                              true, Actor(chair));
        store.reset();
        // The rest in one transaction: what matters is the chain, not 5,000 fsyncs.
        SqliteConnection connection(m_path, SqliteConnection::Mode::ReadWrite);
        WriteTransaction transaction(connection.db());
        const int written = int(readAuditLog(connection.db()).size());
        for (int i = written; i < kEntries; ++i) {
            const MemberKey &who = i % 3 == 0 ? chair : expert;
            appendAudit(connection.db(), Actor(who), QStringLiteral("expert-score"),
                        QStringLiteral("expert_scores/R1/e01/lg/item%1").arg(i),
                        i % 4 ? QStringLiteral("{\"score\":%1}").arg(i - 1) : QString(),
                        QStringLiteral("{\"score\":%1}").arg(i),
                        i % 5 ? QStringLiteral("reason %1").arg(i) : QString());
        }
        transaction.commit();
    }
    m_entries = SqliteStore::open(m_path)->auditLog();
    QCOMPARE(int(m_entries.size()), kEntries);
}

QString TestAuditChain::copyOfChain(const QString &name) const
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    // The store was closed (WAL checkpointed into the file), so a plain copy is the data.
    [&] { QVERIFY(QFile::copy(m_path, copy)); }();
    return copy;
}

chain::ChainReport TestAuditChain::verifyFile(const QString &path, const QString &head) const
{
    return chain::verifyChain(SqliteStore::open(path)->auditLog(), head);
}

void TestAuditChain::intactChainVerifies()
{
    const chain::ChainReport report = chain::verifyChain(m_entries);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.entries, qint64(kEntries));
    QCOMPARE(report.headSeq, qint64(kEntries));
    QCOMPARE(report.keys.size(), size_t(2));
    QVERIFY(report.keys.front().empowered);   // the chair's self-signed first key: the root
    QVERIFY(report.signedEntries >= kEntries - 6);
    // The head can be given back: the same file verifies against it.
    QVERIFY(chain::verifyChain(m_entries, QString::fromLatin1(report.headHash.toHex())).ok());
}

void TestAuditChain::flippedByteIsNamed_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("field");
    QRandomGenerator random(20261206);   // a fixed seed: the same sample every run
    for (int n = 0; n < 500; ++n) {
        const int index = int(random.bounded(kEntries));
        QTest::addRow("entry %d field %d", index + 1, n % 10) << index << n % 10;
    }
}

// One byte of one stored field changed (the fields the canonical entry and the signature
// cover, and the chain columns themselves).
void TestAuditChain::flippedByteIsNamed()
{
    QFETCH(int, index);
    QFETCH(int, field);
    std::vector<AuditEntry> entries = m_entries;
    AuditEntry &e = entries[size_t(index)];
    const auto flipText = [](QString &text) {
        QByteArray bytes = text.toUtf8();
        if (bytes.isEmpty())
            bytes = "x";
        else
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        text = QString::fromUtf8(bytes);
    };
    const auto flipBytes = [](QByteArray &bytes) {
        if (bytes.isEmpty())
            bytes = QByteArray(32, '\x01');
        else
            bytes[bytes.size() / 3] = char(bytes[bytes.size() / 3] ^ 0x80);
    };
    switch (field) {
    case 0: e.at = e.at.addMSecs(1); break;
    case 1: flipText(e.actor); break;
    case 2: flipText(e.action); break;
    case 3: flipText(e.entity); break;
    case 4: flipText(e.oldValue); break;
    case 5: flipText(e.newValue); break;
    case 6: flipText(e.reason); break;
    case 7: flipBytes(e.prevHash); break;
    case 8: flipBytes(e.hash); break;
    default: flipBytes(e.signature); break;
    }
    // The entries up to the one after the changed one: the first bad entry is among them, and
    // a false alarm before it would show too (the whole chain costs 500 times as much).
    entries.resize(std::min(entries.size(), size_t(index) + 2));
    const chain::ChainReport report = chain::verifyChain(entries);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, e.id);
}

void TestAuditChain::deletedEntryIsNamed()
{
    const QString path = copyOfChain(QStringLiteral("deleted.paneldesk"));
    tamper(path, {QStringLiteral("DELETE FROM audit_log WHERE id = 1234")});
    const chain::ChainReport report = verifyFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(1235));   // entry 1234 is missing before it
    QVERIFY2(report.firstBadReason.contains(QStringLiteral("1234")), qPrintable(report.firstBadReason));
}

void TestAuditChain::swappedEntriesAreNamed()
{
    const QString path = copyOfChain(QStringLiteral("swapped.paneldesk"));
    tamper(path, {QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 2000"),
                  QStringLiteral("UPDATE audit_log SET id = 2000 WHERE id = 2001"),
                  QStringLiteral("UPDATE audit_log SET id = 2001 WHERE id = -1")});
    const chain::ChainReport report = verifyFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(2000));
}

void TestAuditChain::cutOffTailIsCaughtWithTheHead()
{
    const QString head = QString::fromLatin1(m_entries.back().hash.toHex());
    const QString path = copyOfChain(QStringLiteral("truncated.paneldesk"));
    tamper(path, {QStringLiteral("DELETE FROM audit_log WHERE id > 4990")});
    QVERIFY(verifyFile(path).ok());   // without the head, a shorter chain is still a chain
    const chain::ChainReport report = verifyFile(path, head);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(4991));
    QVERIFY(report.firstBadReason.contains(QStringLiteral("4990")));
}

// Someone who knows the scheme changes an entry and recomputes its hash: its signature (of
// the old hash) no longer verifies.
void TestAuditChain::rehashedRowIsNamed()
{
    const QString path = copyOfChain(QStringLiteral("rehashed.paneldesk"));
    AuditEntry e = m_entries[2999];
    e.newValue = QStringLiteral("{\"score\":10}");
    chainEntry(e, e.prevHash);
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        execSql(connection.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
        runSql(connection.db(), QStringLiteral("UPDATE audit_log SET new_value = ?, hash = ? WHERE id = ?"),
               {e.newValue, e.hash, e.id});
    }
    const chain::ChainReport report = verifyFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(3000));
}

void TestAuditChain::unsignedEntryAfterTheFirstKeyIsNamed()
{
    const QString path = copyOfChain(QStringLiteral("unsigned.paneldesk"));
    {
        auto store = SqliteStore::open(path);
        store->setConflicts(QStringLiteral("e01"), {}, QStringLiteral("e01"));   // no team: no change
        store->addMember({QStringLiteral("o01"), QStringLiteral("참관"), Role::Observer, {}},
                         QStringLiteral("chair"));   // no key given: unsigned
    }
    const chain::ChainReport report = verifyFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(kEntries + 1));
    QVERIFY(report.firstBadReason.contains(QStringLiteral("not signed")));
}

void TestAuditChain::keyWithoutTheChairIsRefused()
{
    const QString path = copyOfChain(QStringLiteral("forged-key.paneldesk"));
    {
        auto store = SqliteStore::open(path);
        // A key for the chair that only an expert's key signs: storage refuses a signer of
        // another member than the actor, and verify refuses the key entry e01 signs.
        const MemberKey forged = MemberKey::generate(QStringLiteral("chair"));
        const MemberKey e01 = MemberKey::generate(QStringLiteral("e01"));
        QVERIFY_THROWS_EXCEPTION(std::exception, store->storeMemberKey(
            QStringLiteral("chair"), {forged.publicKey(), forged.sealed(QStringLiteral("x-long-pass"))}, true, Actor(QStringLiteral("chair"), &e01)));
        store->storeMemberKey(QStringLiteral("chair"), {forged.publicKey(), forged.sealed(QStringLiteral("x-long-pass"))}, true,
                              Actor(e01));
    }
    const chain::ChainReport report = verifyFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBad, qint64(kEntries + 1));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
