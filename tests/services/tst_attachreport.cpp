// Attaching provenance reports to findings (docs/provenance.md, "Attaching a report to a
// finding"): the report's summary and its refusals, who may attach (FindingsService; a
// refusal changes no byte of the file), the stored bytes, SHA-256, evidence text and audit
// entry in one transaction, `verify` naming a report changed outside PanelDesk, and the
// schema upgrade 12 -> 13.
#include "../storage/StorageTestSupport.h"
#include "../storage/UpgradeTestSupport.h"

#include "domain/Errors.h"
#include "provenance/ProvenanceSummary.h"
#include "report/DecisionReport.h"
#include "services/FindingsService.h"
#include "storage/Schema.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"
#include "trust/Verification.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kCandidateSha = QString(64, QLatin1Char('a'));
const QString kReferenceSha = QString(64, QLatin1Char('b'));

QByteArray report(const char *suggestion = "reused", const char *tests =
                      R"({"phi_u": {"log10_p": -312.2, "blocks": []}, "phi_gu": null})")
{
    return QStringLiteral(R"({"format": "paneldesk-provenance", "version": 1,
  "program": "paneldesk 1.0",
  "candidate": {"path": "cand.safetensors", "size": 10, "sha256": "%1"},
  "reference": {"path": "ref.safetensors", "size": 10, "sha256": "%2"},
  "prefixes": {}, "identical": {"tensors": 3, "parameters": 700, "share": 0.875},
  "tests": %3, "similarity": {}, "controls": {},
  "suggestion": "%4", "reason": "phi_U far beyond chance"}
)").arg(kCandidateSha, kReferenceSha, QLatin1String(tests), QLatin1String(suggestion)).toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAttachReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPanel()
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.paneldesk").arg(++m_counter));
        SqliteStore::create(path)->replacePanel(fullPanel(), QStringLiteral("cli"));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void summary()
    {
        const QByteArray bytes = report();
        const ProvenanceSummary s = parseProvenanceSummary(bytes, QStringLiteral("r.json"));
        QCOMPARE(s.suggestion, QStringLiteral("reused"));
        QCOMPARE(s.reason, QStringLiteral("phi_U far beyond chance"));
        QCOMPARE(s.identicalShare, 0.875);
        QCOMPARE(s.phiULog10P.value(), -312.2);
        QVERIFY(!s.phiGuLog10P);
        QCOMPARE(s.candidate.path, QStringLiteral("cand.safetensors"));
        QCOMPARE(s.reference.sha256, kReferenceSha);
        QCOMPARE(s.sha256, sha256Hex(bytes));
        QCOMPARE(s.sha256.size(), 64);
        QVERIFY2(s.headline().contains(u"phi_U -log10 p = 312.2"), qPrintable(s.headline()));
        QVERIFY2(s.headline().contains(u"phi_GU not applicable"), qPrintable(s.headline()));
        QVERIFY(s.headline().contains(u"87.5%"));
        // one byte more is another report
        QVERIFY(parseProvenanceSummary(bytes + ' ', QStringLiteral("r.json")).sha256 != s.sha256);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("names");   // the key (or position) the refusal names
        const QByteArray good = report();
        const auto with = [&](const char *from, const char *to) {
            QByteArray b = good;
            return b.replace(from, to);
        };
        QTest::newRow("not JSON") << QByteArray("{\"format\":") << QStringLiteral("r.json:");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(top level)");
        QTest::newRow("duplicate key") << with("\"version\": 1", "\"version\": 1, \"version\": 1")
                                       << QStringLiteral("version");
        QTest::newRow("other format") << with("paneldesk-provenance", "paneldesk-panel")
                                      << QStringLiteral("format");
        QTest::newRow("version 2") << with("\"version\": 1", "\"version\": 2") << QStringLiteral("version");
        QTest::newRow("version text") << with("\"version\": 1", "\"version\": \"1\"") << QStringLiteral("version");
        QTest::newRow("suggestion") << report("maybe") << QStringLiteral("suggestion");
        QTest::newRow("no reason") << with("\"reason\"", "\"why\"") << QStringLiteral("reason");
        QTest::newRow("share") << with("\"share\": 0.875", "\"share\": 1.5") << QStringLiteral("identical.share");
        QTest::newRow("no tests") << with("\"tests\"", "\"trials\"") << QStringLiteral("tests");
        QTest::newRow("positive log10 p") << report("reused", R"({"phi_u": {"log10_p": 2}})")
                                          << QStringLiteral("tests.phi_u.log10_p");
        QTest::newRow("checkpoint sha") << with(qPrintable(kCandidateSha), "AB")
                                        << QStringLiteral("candidate.sha256");
        QTest::newRow("no reference") << with("\"reference\"", "\"base\"") << QStringLiteral("reference");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, names);
        try {
            parseProvenanceSummary(bytes, QStringLiteral("r.json"));
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(u"r.json"), qPrintable(e.message()));
            QVERIFY2(e.message().contains(names), qPrintable(e.message()));
        }
    }

    // fullPanel(): e01 chair; e02 expert (conflict nc); e03 expert (conflicts skt, lg);
    // s01 secretariat; o01 observer. naver has components 0 and 1, lg 2 and 3.
    void roles_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<qint64>("component");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("refusal");   // empty: allowed
        QTest::newRow("chair") << QStringLiteral("e01") << qint64(0) << report() << QString();
        QTest::newRow("expert") << QStringLiteral("e02") << qint64(1) << report("initialized") << QString();
        QTest::newRow("expert, other team") << QStringLiteral("e02") << qint64(2) << report() << QString();
        QTest::newRow("secretariat") << QStringLiteral("s01") << qint64(0) << report()
                                     << QStringLiteral("only the chair and experts");
        QTest::newRow("observer") << QStringLiteral("o01") << qint64(0) << report()
                                  << QStringLiteral("only the chair and experts");
        QTest::newRow("unknown") << QStringLiteral("zz") << qint64(0) << report()
                                 << QStringLiteral("only the chair and experts");
        QTest::newRow("conflicted expert") << QStringLiteral("e03") << qint64(2) << report()
                                           << QStringLiteral("conflict of interest");
        QTest::newRow("no such component") << QStringLiteral("e01") << qint64(99) << report()
                                           << QStringLiteral("no model component 99");
        QTest::newRow("not a report") << QStringLiteral("e01") << qint64(0) << QByteArray("{}")
                                      << QStringLiteral("in.json: format");
    }

    void roles()
    {
        QFETCH(QString, member);
        QFETCH(qint64, component);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, refusal);
        const QString path = newPanel();
        const QByteArray before = fileBytes(path);
        QString message;
        {
            auto store = SqliteStore::open(path);
            const auto entries = store->auditLog().size();
            const QString team = component >= 2 && component < 4 ? QStringLiteral("lg") : QStringLiteral("naver");
            const QString evidenceBefore = component < 4 ? store->loadFindings(team).component(component)->finding.evidence
                                                         : QString();
            try {
                const qint64 id = FindingsService(*store).attachReport(component, bytes, QStringLiteral("in.json"),
                                                                       member);
                QCOMPARE(id, qint64(0));
            } catch (const InputError &e) {
                message = e.message();
            }
            if (refusal.isEmpty()) {
                QVERIFY2(message.isEmpty(), qPrintable(message));
                const ProvenanceSummary summary = parseProvenanceSummary(bytes, QStringLiteral("x"));
                const std::vector<AttachedReport> reports = store->loadAttachedReports(team);
                QCOMPARE(reports.size(), size_t(1));
                QCOMPARE(reports[0].bytes, bytes);
                QCOMPARE(reports[0].sha256, summary.sha256);
                QCOMPARE(reports[0].attachedBy, member);
                QCOMPARE(reports[0].componentId, component);
                QVERIFY(reports[0].attachedAt.isValid());
                const QString evidence = store->loadFindings(team).component(component)->finding.evidence;
                QVERIFY2(evidence.startsWith(evidenceBefore), qPrintable(evidence));
                QVERIFY2(evidence.contains(summary.sha256), qPrintable(evidence));
                QVERIFY2(evidence.contains(summary.suggestion), qPrintable(evidence));
                QCOMPARE(store->auditLog().size(), entries + 1);   // one entry for all of it
                const AuditEntry entry = store->auditLog().back();
                QCOMPARE(entry.action, QStringLiteral("attach-report"));
                QCOMPARE(entry.actor, member);
                QCOMPARE(entry.entity, QStringLiteral("independence/R1/%1/components/%2/reports/0")
                                           .arg(team)
                                           .arg(component));
                const QJsonObject value = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
                QCOMPARE(value.value(u"report").toObject().value(u"sha256").toString(), summary.sha256);
                QCOMPARE(value.value(u"report").toObject().value(u"suggestion").toString(), summary.suggestion);
                QCOMPARE(value.value(u"evidence").toString(), evidence);
                // the other team's reports are not this team's
                const QString other = team == u"lg" ? QStringLiteral("naver") : QStringLiteral("lg");
                QVERIFY(store->loadAttachedReports(other).empty());
                QVERIFY(verifyStore(*store).ok());
                return;
            }
        }
        QVERIFY2(message.contains(refusal), qPrintable(message));
        QVERIFY(fileBytes(path) == before);   // not one byte changed
    }

    void newerReportBeside()
    {
        const QString path = newPanel();
        auto store = SqliteStore::open(path);
        FindingsService service(*store);
        QCOMPARE(service.attachReport(0, report(), QStringLiteral("a.json"), QStringLiteral("e01")), qint64(0));
        QCOMPARE(service.attachReport(0, report("inconclusive"), QStringLiteral("b.json"), QStringLiteral("e02")),
                 qint64(1));
        const auto reports = store->loadAttachedReports(QStringLiteral("naver"));
        QCOMPARE(reports.size(), size_t(2));
        QCOMPARE(reports[1].attachedBy, QStringLiteral("e02"));
        const QString evidence = store->loadFindings(QStringLiteral("naver")).component(0)->finding.evidence;
        QCOMPARE(evidence.count(u"weights compared:"), 2);
    }

    // A report's bytes or recorded SHA-256 changed outside PanelDesk: verify names it.
    void verifyNamesTamperedReport_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bytes") << QStringLiteral("UPDATE attached_reports SET report = CAST('{}' AS BLOB)")
                               << QStringLiteral("no longer hash to its recorded SHA-256");
        QTest::newRow("bytes and hash")
            << QStringLiteral("UPDATE attached_reports SET report = CAST('{}' AS BLOB), "
                              "sha256 = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'")
            << QStringLiteral("differs from the");
        QTest::newRow("no audit") << QStringLiteral("UPDATE attached_reports SET seq = 7")
                                  << QStringLiteral("no audit entry records attaching this report");
    }

    void verifyNamesTamperedReport()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, problem);
        const QString path = newPanel();
        {
            auto store = SqliteStore::open(path);
            FindingsService(*store).attachReport(2, report(), QStringLiteral("a.json"), QStringLiteral("e02"));
            QVERIFY(verifyStore(*store).ok());
        }
        {
            RawDb raw(path);
            raw.exec(QStringLiteral("DROP TRIGGER attached_reports_unchanged"));
            raw.exec(tamper);
        }
        auto store = SqliteStore::open(path);
        const VerifyReport result = verifyStore(*store);
        QVERIFY(!result.ok());
        QCOMPARE(result.reportsChecked, qint64(1));
        const QString all = result.recordProblems.join(u'\n');
        QVERIFY2(all.contains(u"independence/R1/lg/components/2/reports/"), qPrintable(all));
        QVERIFY2(all.contains(problem), qPrintable(all));
    }

    // The decision report prints each attached report's summary and SHA-256 at full and
    // team disclosure, not at public disclosure (docs/report.md).
    void decisionReport_data()
    {
        QTest::addColumn<int>("disclosure");
        QTest::addColumn<QString>("team");
        QTest::addColumn<bool>("printed");
        QTest::newRow("full") << int(Disclosure::Full) << QString() << true;
        QTest::newRow("team naver") << int(Disclosure::Team) << QStringLiteral("naver") << true;
        QTest::newRow("team lg") << int(Disclosure::Team) << QStringLiteral("lg") << false;
        QTest::newRow("public") << int(Disclosure::Public) << QString() << false;
    }

    void decisionReport()
    {
        QFETCH(int, disclosure);
        QFETCH(QString, team);
        QFETCH(bool, printed);
        const QString path = newPanel();
        auto store = SqliteStore::open(path);
        const QByteArray bytes = report();
        FindingsService(*store).attachReport(0, bytes, QStringLiteral("a.json"), QStringLiteral("e01"));
        ReportOptions options;
        options.disclosure = Disclosure(disclosure);
        options.team = team;
        const QString text = buildDecisionReport(*store, options).plainText();
        const ProvenanceSummary summary = parseProvenanceSummary(bytes, QStringLiteral("a.json"));
        const QString line = QStringLiteral("0 | %1 %2 | %3").arg(summary.headline(), summary.reason, summary.sha256);
        QCOMPARE(text.contains(line), printed);
        QCOMPARE(text.contains(summary.sha256), printed);
    }

    void upgradeFrom12()
    {
        const QString path = m_dir.filePath(QStringLiteral("v12.paneldesk"));
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 12, &panel);
        {
            RawDb raw(path);
            QVERIFY(!tableExists(raw, "attached_reports"));
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 12, 13);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 13);
            QVERIFY(tableExists(raw, "attached_reports"));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // the data rules: a hex SHA-256, never updated
            QVERIFY(!raw.tryExec(QStringLiteral(
                "INSERT INTO attached_reports VALUES ('R1', 0, 0, x'00', 'NOTHEX', 'e01', 't')")).isEmpty());
        }
        auto store = SqliteStore::open(path);
        FindingsService(*store).attachReport(0, report(), QStringLiteral("a.json"), QStringLiteral("e01"));
        QCOMPARE(store->loadAttachedReports(QStringLiteral("naver")).size(), size_t(1));
        QVERIFY(verifyStore(*store).ok());
    }
};

QTEST_GUILESS_MAIN(TestAttachReport)
#include "tst_attachreport.moc"
