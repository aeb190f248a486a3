// Attached provenance reports on a server (server/PgAttachedReports.cpp,
// ServerAttachedReports.cpp) on the demo panel with conflicts (e03 with nc, the chair with
// skt), the secretariat and an observer: an expert attaches a report through the use case
// (bytes, SHA-256 computed by the server, evidence text and one "attach-report" entry); the
// chair and the secretariat read it, a conflicted member and the observer never do; the
// wrong role is refused by the use case, and the server refuses direct writes whoever
// sends them, changing nothing (adminDump before and after).
#include "ServerPanelSupport.h"

#include "provenance/ProvenanceSummary.h"
#include "services/FindingsService.h"
#include "storage/PanelLocation.h"
#include "trust/Verification.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("attach_reports");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

QByteArray report()
{
    return QByteArrayLiteral(R"({"format": "paneldesk-provenance", "version": 1,
  "candidate": {"path": "a", "sha256": ")")
        + QByteArray(64, 'e') + QByteArrayLiteral(R"("}, "reference": {"path": "b", "sha256": ")")
        + QByteArray(64, 'f') + QByteArrayLiteral(R"("},
  "identical": {"share": 1.0}, "tests": {}, "suggestion": "reused", "reason": "every tensor identical"})");
}

} // namespace

class TestServerAttach : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    qint64 m_nc = -1;   // a component of nc

    std::unique_ptr<PanelStore> member(const QString &id)
    {
        return PanelLocation::parse(address(m_panel.database)).open(ServerLogin{id, m_panel.logins.at(id).password});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(kDb, test::visibilityPanel());
        const auto e01 = member(QStringLiteral("e01"));
        const TeamFindings nc = e01->loadFindings(QStringLiteral("nc"));
        QVERIFY(!nc.components.empty());
        m_nc = nc.components.front().id;
    }

    void expertAttaches()
    {
        const auto e01 = member(QStringLiteral("e01"));
        const QByteArray bytes = report();
        const qint64 id = FindingsService(*e01).attachReport(m_nc, bytes, QStringLiteral("r.json"),
                                                              Actor(QStringLiteral("e01")));
        const QString sha = sha256Hex(bytes);
        const auto reports = e01->loadAttachedReports(QStringLiteral("nc"));
        QCOMPARE(reports.size(), size_t(1));
        QCOMPARE(reports[0].id, id);
        QCOMPARE(reports[0].bytes, bytes);
        QCOMPARE(reports[0].sha256, sha);
        QCOMPARE(reports[0].attachedBy, QStringLiteral("e01"));
        QVERIFY(reports[0].attachedAt.isValid());
        QVERIFY(e01->loadFindings(QStringLiteral("nc")).component(m_nc)->finding.evidence.contains(sha));
        const std::vector<AuditEntry> log = test::adminAuditLog(test::panelAdmin(m_panel.database));
        QCOMPARE(log.back().action, QStringLiteral("attach-report"));
        QCOMPARE(QJsonDocument::fromJson(log.back().newValue.toUtf8()).object()
                     .value(u"report").toObject().value(u"sha256").toString(), sha);
        // who reads it: as the findings
        QCOMPARE(member(QStringLiteral("secretariat"))->loadAttachedReports(QStringLiteral("nc")).size(), size_t(1));
        QCOMPARE(member(QStringLiteral("chair"))->loadAttachedReports(QStringLiteral("nc")).size(), size_t(1));
        QVERIFY(member(QStringLiteral("e03"))->loadAttachedReports(QStringLiteral("nc")).empty());
        QVERIFY(member(QStringLiteral("obs"))->loadAttachedReports(QStringLiteral("nc")).empty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<QString>("sql");        // empty: through the use case
        QTest::addColumn<QString>("outcome");    // SQLSTATE, or part of the use case's message
        QTest::newRow("secretariat, use case") << QStringLiteral("secretariat") << QString() << QStringLiteral("only the chair and experts");
        QTest::newRow("observer, use case") << QStringLiteral("obs") << QString() << QStringLiteral("only the chair and experts");
        QTest::newRow("conflicted expert, use case") << QStringLiteral("e03") << QString() << QStringLiteral("no model component");
        QTest::newRow("secretariat calls the function") << QStringLiteral("secretariat")
            << QStringLiteral("SELECT * FROM pd_attach_report('R1', %1, '\\x7b7d')") << QStringLiteral("42501");
        QTest::newRow("conflicted expert calls the function") << QStringLiteral("e03")
            << QStringLiteral("SELECT * FROM pd_attach_report('R1', %1, '\\x7b7d')") << QStringLiteral("42501");
        QTest::newRow("expert inserts a row") << QStringLiteral("e01")
            << QStringLiteral("INSERT INTO attached_reports VALUES ('R1', 9, %1, '\\x00', repeat('a', 64), 'e01', 'x')")
            << QStringLiteral("42501");
        QTest::newRow("expert changes a report") << QStringLiteral("e01")
            << QStringLiteral("UPDATE attached_reports SET report = '\\x00' WHERE component_seq = %1") << QStringLiteral("42501");
        QTest::newRow("expert deletes reports") << QStringLiteral("e01")
            << QStringLiteral("DELETE FROM attached_reports WHERE component_seq = %1") << QStringLiteral("42501");
    }

    void refused()
    {
        QFETCH(QString, memberId);
        QFETCH(QString, sql);
        QFETCH(QString, outcome);
        const QByteArray before = test::adminDump(m_panel.database);
        if (sql.isEmpty()) {
            const auto store = member(memberId);
            const QString error = test::errorOf([&] {
                FindingsService(*store).attachReport(m_nc, report(), QStringLiteral("r.json"), Actor(memberId));
            });
            QVERIFY2(error.contains(outcome), qPrintable(error));
        } else {
            QSqlDatabase db = test::memberDb(m_panel, memberId);
            QCOMPARE(test::outcomeOf(db, sql.arg(m_nc)), outcome);
        }
        QCOMPARE(test::adminDump(m_panel.database), before);
    }

    void verifyNamesTamperedBytes()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE attached_reports DISABLE TRIGGER attached_reports_unchanged")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE attached_reports SET report = '\\x7b7d'")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE attached_reports ENABLE TRIGGER attached_reports_unchanged")));
        const auto chair = member(QStringLiteral("chair"));   // reads the whole audit log
        const VerifyReport result = verifyStore(*chair);
        const QString all = result.recordProblems.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("independence/R1/nc/components/%1/reports/").arg(m_nc)), qPrintable(all));
        QVERIFY2(all.contains(u"no longer hash"), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestServerAttach)
#include "tst_serverattach.moc"
