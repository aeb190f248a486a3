// The audit log on the server (docs/server.md, "Audit log"): members append only; the trigger
// fills number, time, actor and hashes; the chain verifies with the application's own
// verifier (pd::chain::verifyChain, trust/AuditChain.h) and with audit_verify() on the
// server; UPDATE, DELETE and TRUNCATE are refused; a row a superuser edited or deleted with
// the triggers disabled is named by both verifiers.
#include "ServerPanelSupport.h"

#include "storage/PanelStore.h"
#include "trust/AuditChain.h"

#include <QDateTime>
#include <QTest>

using namespace pd;

namespace {

// The first bad entry audit_verify() names, 0 when the chain verifies.
qint64 serverFirstBad(const QSqlDatabase &db)
{
    const QStringList rows = test::rowsOf(db, QStringLiteral("SELECT first_bad FROM audit_verify()"));
    return rows.isEmpty() ? 0 : rows.first().toLongLong();
}

// Runs `sql` as the cluster's superuser with the audit log's triggers disabled: what someone
// with the server's administrator rights could do.
void tamper(QSqlDatabase &admin, const QString &sql)
{
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    server::execServer(admin, sql);
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
}

} // namespace

class TestServerAudit : public QObject {
    Q_OBJECT
private:
    test::DeployedPanel m_panel;

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(QStringLiteral("audit"), test::visibilityPanel());
        // Entries by members, with every kind of character the canonical JSON must escape as
        // QJsonDocument does: quotes, backslash, control characters, non-ASCII, emoji.
        const QStringList texts{QStringLiteral("plain"), QStringLiteral("\"quoted\" and \\back\\slash"),
                                QStringLiteral("line\nbreak\ttab\rreturn\bback\fform"),
                                QStringLiteral("control ") + QChar(0x01) + QChar(0x1f) + QStringLiteral(" end"),
                                QStringLiteral("위원장 평가 — ½ ∑ 😀 /slash"), QString()};
        int i = 0;
        for (const char *member : {"e01", "e02", "chair", "secretariat", "obs", "e03"}) {
            QSqlDatabase db = test::memberDb(m_panel, QString::fromLatin1(member));
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO audit_log (action, entity, old_value, new_value, reason) "
                                                  "VALUES (?, ?, ?, ?, ?)")));
            insert.addBindValue(QStringLiteral("note"));
            insert.addBindValue(QString(QStringLiteral("teams/") + texts.at(i % texts.size())));
            insert.addBindValue(i % 2 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(texts.at((i + 1) % texts.size())));
            insert.addBindValue(QStringLiteral("{\"v\":\"%1\"}").arg(i));
            insert.addBindValue(texts.at((i + 2) % texts.size()));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            ++i;
        }
        QSqlDatabase e01 = test::memberDb(m_panel, QStringLiteral("e01"));
        QVERIFY(test::scalarOf(e01, QStringLiteral("SELECT submit_sheet('R1', 'naver')")).toLongLong() > 0);
    }

    void theServerFillsTheChain()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const std::vector<AuditEntry> entries = test::adminAuditLog(admin);
        QCOMPARE(entries.size(), std::size_t(8));   // the deploy, six notes, the submission
        QCOMPARE(entries.front().actor, QStringLiteral("system"));
        QCOMPARE(entries.front().action, QStringLiteral("deploy-server"));
        QStringList actors;
        for (const AuditEntry &e : entries) {
            actors << e.actor;
            QVERIFY(e.at.isValid());
            QCOMPARE(e.at.timeSpec(), Qt::UTC);
            QCOMPARE(e.hash.size(), 32);
            QVERIFY(e.signature.isEmpty());
            QCOMPARE(chain::entryHash(e), e.hash);   // the app's hash of what the server wrote
        }
        QCOMPARE(actors, (QStringList{QStringLiteral("system"), QStringLiteral("e01"), QStringLiteral("e02"),
                                      QStringLiteral("chair"), QStringLiteral("secretariat"), QStringLiteral("obs"),
                                      QStringLiteral("e03"), QStringLiteral("e01")}));
        QCOMPARE(entries.back().action, QStringLiteral("submit-sheet"));
        const chain::ChainReport report = chain::verifyChain(entries);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.entries, qint64(8));
        QCOMPARE(report.headHash, entries.back().hash);
        QCOMPARE(serverFirstBad(admin), qint64(0));
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::rowsOf(chair, QStringLiteral("SELECT * FROM audit_verify()")), QStringList{});
    }

    // Members choose none of the chain's fields, and see only their own entries (the chair all).
    void membersAppendOnly()
    {
        QSqlDatabase e02 = test::memberDb(m_panel, QStringLiteral("e02"));
        for (const char *column : {"id", "at", "actor", "prev_hash", "hash", "signer", "signature"})
            QCOMPARE(test::outcomeOf(e02, QStringLiteral("INSERT INTO audit_log (action, entity, %1) VALUES ('x', 'y', NULL)")
                                              .arg(QLatin1String(column))), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e02, QStringLiteral("UPDATE audit_log SET reason = 'x'")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e02, QStringLiteral("DELETE FROM audit_log")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e02, QStringLiteral("TRUNCATE audit_log")), QStringLiteral("42501"));
        QCOMPARE(test::rowsOf(e02, QStringLiteral("SELECT DISTINCT actor FROM audit_log")), QStringList{QStringLiteral("e02")});
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::scalarOf(chair, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 8);
        QCOMPARE(test::outcomeOf(e02, QStringLiteral("SELECT * FROM audit_verify()")), QStringLiteral("42501"));
    }

    // Even the superuser (who bypasses RLS) meets the triggers.
    void triggersRefuseChangesFromAnyone()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::outcomeOf(admin, QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 2")), QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(admin, QStringLiteral("DELETE FROM audit_log WHERE id = 2")), QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(admin, QStringLiteral("TRUNCATE audit_log")), QStringLiteral("55000"));
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 8);
    }

    // Tampering with the triggers disabled: both verifiers name the first bad entry.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("a reason changed") << QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 3") << qint64(3);
        QTest::newRow("an actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'e09' WHERE id = 5") << qint64(5);
        QTest::newRow("a value changed") << QStringLiteral("UPDATE audit_log SET new_value = '{\"v\":\"9\"}' WHERE id = 2") << qint64(2);
        QTest::newRow("an entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 4") << qint64(5);
        QTest::newRow("rehashed in place") << QStringLiteral(
            "UPDATE audit_log SET reason = 'x', hash = pd_audit_hash(id, at, actor, action, entity, old_value, "
            "new_value, 'x', prev_hash) WHERE id = 6") << qint64(7);
    }

    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        const QString copy = QStringLiteral("audit_copy");
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        server::execServer(admin, QStringLiteral("CREATE TEMP TABLE %1 AS SELECT * FROM audit_log").arg(copy));
        tamper(admin, sql);
        const chain::ChainReport report = chain::verifyChain(test::adminAuditLog(admin));
        const qint64 serverBad = serverFirstBad(admin);
        tamper(admin, QStringLiteral("DELETE FROM audit_log"));
        tamper(admin, QStringLiteral("INSERT INTO audit_log SELECT * FROM %1").arg(copy));
        server::execServer(admin, QStringLiteral("DROP TABLE %1").arg(copy));
        QCOMPARE(serverFirstBad(admin), qint64(0));   // restored for the next case
        QVERIFY(!report.ok());
        QCOMPARE(report.firstBad, firstBad);
        QCOMPARE(serverBad, firstBad);
    }

    // Entries cut off the end: the server's chain head still knows; the app's verifier needs
    // the known head (verify --head).
    void truncationIsFound()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const std::vector<AuditEntry> before = test::adminAuditLog(admin);
        const QString head = QString::fromLatin1(before.back().hash.toHex());
        tamper(admin, QStringLiteral("DELETE FROM audit_log WHERE id >= 7"));
        QCOMPARE(serverFirstBad(admin), qint64(7));
        const chain::ChainReport report = chain::verifyChain(test::adminAuditLog(admin), head);
        QVERIFY(!report.ok());
        QCOMPARE(report.firstBad, qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_audit.moc"
