// The findings steps on a server (server/PgFindings.cpp, ServerFindingsRules.cpp), on the
// demo panel with conflicts (e03 with nc, the chair with skt) and an observer: the use cases
// refuse what a file refuses with the same message; the server itself refuses the wrong role
// (components for the chair and experts only, a note only one's own, the verdict the
// chair's) when its SQL is sent directly, and a locked round's findings; nothing changes.
// The successful steps, compared with a file's, are in tst_serverdecision.cpp.
#include "ServerPanelSupport.h"

#include "actions/PanelDatabase.h"
#include "services/FindingsService.h"
#include "storage/PanelLocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("findings_rules");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

ComponentFinding component(const QString &name)
{
    return ComponentFinding{name, Origin::OpenSource, QStringLiteral("https://example.org"), License::Permissive,
                            Weights::ReusedFrozen, ExternalControl::None, QStringLiteral("report p. 3"), {}};
}

QStringList findingRows(const QSqlDatabase &admin)
{
    QStringList rows;
    for (const char *sql : {"SELECT round_id, team_id, seq, verdict, rationale FROM independence ORDER BY 1, 2",
                            "SELECT round_id, seq, team_id, component, origin, evidence FROM component_findings ORDER BY 1, 2",
                            "SELECT round_id, component_seq, member_id, note, updated_at FROM component_notes ORDER BY 1, 2, 3",
                            "SELECT count(*) FROM audit_log"})
        rows << test::rowsOf(admin, QString::fromLatin1(sql));
    return rows;
}

using Step = std::function<void(PanelStore &)>;

} // namespace

Q_DECLARE_METATYPE(Step)

class TestServerFindings : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<PanelStore> member(const QString &id)
    {
        return PanelLocation::parse(address(m_panel.database)).open(ServerLogin{id, m_panel.logins.at(id).password});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_panel = test::deployForTest(kDb, test::visibilityPanel());
        m_file = m_dir.filePath(QStringLiteral("visibility.paneldesk"));
        createDatabase(test::visibilityPanel(), m_file, {});
    }

    // Refused by the use cases and the store's data rules with the file's own message.
    void refusedAsInAFile_data()
    {
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<Step>("step");
        const auto as = [](const QString &who, const std::function<void(FindingsService &, const Actor &)> &f) -> Step {
            return [=](PanelStore &s) {
                FindingsService service(s);
                f(service, Actor(who));
            };
        };
        QTest::newRow("conflicted expert adds")
            << QStringLiteral("e03") << as(QStringLiteral("e03"), [](FindingsService &f, const Actor &a) {
                   f.addComponent(QStringLiteral("nc"), component(QStringLiteral("x")), a); });
        QTest::newRow("unnamed component")
            << QStringLiteral("e01") << as(QStringLiteral("e01"), [](FindingsService &f, const Actor &a) {
                   f.addComponent(QStringLiteral("lg"), component(QStringLiteral("  ")), a); });
        QTest::newRow("unknown team")
            << QStringLiteral("e01") << as(QStringLiteral("e01"), [](FindingsService &f, const Actor &a) {
                   f.addComponent(QStringLiteral("nope"), component(QStringLiteral("x")), a); });
        QTest::newRow("unknown component")
            << QStringLiteral("e01") << as(QStringLiteral("e01"), [](FindingsService &f, const Actor &a) {
                   f.updateComponent(987654, component(QStringLiteral("x")), a); });
        QTest::newRow("secretariat adds")
            << QStringLiteral("secretariat") << as(QStringLiteral("secretariat"), [](FindingsService &f, const Actor &a) {
                   f.addComponent(QStringLiteral("lg"), component(QStringLiteral("x")), a); });
        QTest::newRow("expert's verdict")
            << QStringLiteral("e01") << as(QStringLiteral("e01"), [](FindingsService &f, const Actor &a) {
                   f.recordVerdict(QStringLiteral("lg"), Verdict::Fail, QStringLiteral("x"), a); });
        QTest::newRow("verdict without rationale")
            << QStringLiteral("chair") << as(QStringLiteral("chair"), [](FindingsService &f, const Actor &a) {
                   f.recordVerdict(QStringLiteral("lg"), Verdict::Fail, QStringLiteral(" "), a); });
        QTest::newRow("conflicted chair's verdict")
            << QStringLiteral("chair") << as(QStringLiteral("chair"), [](FindingsService &f, const Actor &a) {
                   f.recordVerdict(QStringLiteral("skt"), Verdict::Pass, QStringLiteral("own"), a); });
    }

    void refusedAsInAFile()
    {
        QFETCH(QString, memberId);
        QFETCH(Step, step);
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList before = findingRows(admin);
        const std::unique_ptr<PanelStore> file = PanelLocation::parse(m_file).open();
        const std::unique_ptr<PanelStore> server = member(memberId);
        const QString fileError = test::errorOf([&] { step(*file); });
        QVERIFY2(fileError.startsWith(QStringLiteral("InputError: ")), qPrintable(fileError));
        QCOMPARE(test::errorOf([&] { step(*server); }), fileError);
        QCOMPARE(findingRows(admin), before);
    }

    // The server's own gate, whatever the client: its SQL sent directly, and the store's
    // steps called without the use case in front.
    void theServerRefusesTheWrongRole_data()
    {
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("outcome");
        const QString insert = QStringLiteral(
            "INSERT INTO component_findings (round_id, team_id, component, origin, license, weights, "
            "external_control) VALUES ('R1', '%1', 'x', 'in_house', 'own', 'initialized', 'none')");
        QTest::newRow("secretariat inserts a component") << QStringLiteral("secretariat") << insert.arg(QStringLiteral("lg")) << QStringLiteral("42501");
        QTest::newRow("observer inserts a component") << QStringLiteral("obs") << insert.arg(QStringLiteral("lg")) << QStringLiteral("42501");
        QTest::newRow("secretariat changes components") << QStringLiteral("secretariat") << QStringLiteral("UPDATE component_findings SET component = 'x'") << QStringLiteral("42501");
        QTest::newRow("observer deletes components") << QStringLiteral("obs") << QStringLiteral("DELETE FROM component_findings") << QStringLiteral("42501");
        QTest::newRow("conflicted expert inserts") << QStringLiteral("e03") << insert.arg(QStringLiteral("nc")) << QStringLiteral("42501");
        QTest::newRow("conflicted expert changes") << QStringLiteral("e03") << QStringLiteral("UPDATE component_findings SET component = 'x' WHERE team_id = 'nc'") << QStringLiteral("ok:0");
        QTest::newRow("expert picks the seq") << QStringLiteral("e01")
            << QStringLiteral("INSERT INTO component_findings (round_id, team_id, seq, component, origin, license, weights, "
                              "external_control) VALUES ('R1', 'lg', 99999, 'x', 'in_house', 'own', 'initialized', 'none')")
            << QStringLiteral("42501");
        QTest::newRow("expert records a verdict") << QStringLiteral("e01") << QStringLiteral("UPDATE independence SET verdict = 'fail', rationale = 'x' WHERE team_id = 'lg'") << QStringLiteral("42501");
        QTest::newRow("expert inserts a failed verdict") << QStringLiteral("e01") << QStringLiteral("INSERT INTO independence (round_id, team_id, verdict, rationale) VALUES ('R1', 'upstage', 'fail', 'x')") << QStringLiteral("42501");
        QTest::newRow("expert picks the verdict's seq") << QStringLiteral("e01") << QStringLiteral("INSERT INTO independence (round_id, team_id, seq, verdict, rationale) VALUES ('R1', 'upstage', 77, 'pending', '')") << QStringLiteral("42501");
        QTest::newRow("secretariat inserts a pending verdict") << QStringLiteral("secretariat") << QStringLiteral("INSERT INTO independence (round_id, team_id, verdict, rationale) VALUES ('R1', 'upstage', 'pending', '')") << QStringLiteral("42501");
        QTest::newRow("conflicted chair's verdict") << QStringLiteral("chair") << QStringLiteral("UPDATE independence SET verdict = 'pass', rationale = 'x' WHERE team_id = 'skt'") << QStringLiteral("ok:0");
        QTest::newRow("a note as another") << QStringLiteral("e01")
            << QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note) "
                              "SELECT 'R1', min(seq), 'e02', 'x' FROM component_findings WHERE team_id = 'lg'")
            << QStringLiteral("42501");
        QTest::newRow("another's notes changed") << QStringLiteral("e01") << QStringLiteral("UPDATE component_notes SET note = 'x' WHERE member_id <> 'e01'") << QStringLiteral("ok:0");
        QTest::newRow("another's notes deleted") << QStringLiteral("e01") << QStringLiteral("DELETE FROM component_notes WHERE member_id <> 'e01'") << QStringLiteral("ok:0");
        QTest::newRow("secretariat notes") << QStringLiteral("secretariat")
            << QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note) "
                              "SELECT 'R1', min(seq), 'secretariat', 'x' FROM component_findings WHERE team_id = 'lg'")
            << QStringLiteral("42501");
    }

    void theServerRefusesTheWrongRole()
    {
        QFETCH(QString, memberId);
        QFETCH(QString, sql);
        QFETCH(QString, outcome);
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        // A note of e02's, so that "another's notes" has something to refuse.
        const auto e02 = member(QStringLiteral("e02"));
        const qint64 lgFirst = e02->loadFindings(QStringLiteral("lg")).components.at(0).id;
        e02->setComponentNote(lgFirst, QStringLiteral("e02's note"), Actor(QStringLiteral("e02")));
        const QStringList before = findingRows(admin);
        QSqlDatabase db = test::memberDb(m_panel, memberId);
        QCOMPARE(test::outcomeOf(db, sql), outcome);
        QCOMPARE(findingRows(admin), before);
    }

    // The store's steps without the use case: the server refuses them (42501, an InputError).
    void theStoreWithoutTheUseCaseIsRefused_data()
    {
        QTest::addColumn<QString>("memberId");
        QTest::addColumn<Step>("step");
        QTest::newRow("expert's verdict") << QStringLiteral("e01") << Step([](PanelStore &s) {
            s.recordVerdict(QStringLiteral("upstage"), Verdict::Fail, QStringLiteral("x"), Actor(QStringLiteral("e01")));
        });
        QTest::newRow("secretariat's component") << QStringLiteral("secretariat") << Step([](PanelStore &s) {
            s.addComponent(QStringLiteral("lg"), component(QStringLiteral("x")), Actor(QStringLiteral("secretariat")));
        });
        QTest::newRow("secretariat's note") << QStringLiteral("secretariat") << Step([](PanelStore &s) {
            const qint64 id = s.loadFindings(QStringLiteral("lg")).components.at(0).id;
            s.setComponentNote(id, QStringLiteral("x"), Actor(QStringLiteral("secretariat")));
        });
        QTest::newRow("secretariat removes") << QStringLiteral("secretariat") << Step([](PanelStore &s) {
            const qint64 id = s.loadFindings(QStringLiteral("lg")).components.at(0).id;
            s.removeComponent(id, Actor(QStringLiteral("secretariat")));
        });
    }

    void theStoreWithoutTheUseCaseIsRefused()
    {
        QFETCH(QString, memberId);
        QFETCH(Step, step);
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList before = findingRows(admin);
        const auto store = member(memberId);
        const QString error = test::errorOf([&] { step(*store); });
        // The server's words (a privilege or a policy), not a client-side check.
        QVERIFY2(error.startsWith(QStringLiteral("InputError: "))
                     && (error.contains(QStringLiteral("permission denied"))
                         || error.contains(QStringLiteral("row-level security"))),
                 qPrintable(error));
        QCOMPARE(findingRows(admin), before);
    }

    // An expert's finding on a team without an independence row yet creates it, pending and
    // numbered by the server; a second expert's finding on it reuses it.
    void aFirstFindingMakesThePendingRow()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        server::execServer(admin, QStringLiteral("DELETE FROM component_findings WHERE team_id = 'upstage'"));
        server::execServer(admin, QStringLiteral("DELETE FROM independence WHERE team_id = 'upstage'"));
        const QString next = test::scalarOf(admin, QStringLiteral("SELECT max(seq) + 1 FROM independence")).toString();
        const auto e01 = member(QStringLiteral("e01"));
        const auto e02 = member(QStringLiteral("e02"));
        FindingsService(*e01).addComponent(QStringLiteral("upstage"), component(QStringLiteral("tokenizer")), Actor(QStringLiteral("e01")));
        FindingsService(*e02).addComponent(QStringLiteral("upstage"), component(QStringLiteral("encoder")), Actor(QStringLiteral("e02")));
        QCOMPARE(test::rowsOf(admin, QStringLiteral("SELECT seq, verdict, rationale FROM independence WHERE team_id = 'upstage'")),
                 QStringList{next + QStringLiteral("|pending|")});
        QCOMPARE(e01->loadFindings(QStringLiteral("upstage")).components.size(), std::size_t(2));
        // The chair's verdict on it, audited by the chair.
        const auto chair = member(QStringLiteral("chair"));
        FindingsService(*chair).recordVerdict(QStringLiteral("upstage"), Verdict::Pass, QStringLiteral("own weights"),
                                              Actor(QStringLiteral("chair")));
        QCOMPARE(int(e02->loadFindings(QStringLiteral("upstage")).verdict), int(Verdict::Pass));
        const std::vector<AuditEntry> log = chair->auditLog();
        QCOMPARE(log.back().action, QStringLiteral("record-verdict"));
        QCOMPARE(log.back().actor, QStringLiteral("chair"));
    }

    // Once the round is locked: no component or verdict changes (the store and the server),
    // notes still may, as in a file.
    void aLockedRoundKeepsItsFindings()
    {
        const auto chair = member(QStringLiteral("chair"));
        chair->lockRound(Actor(QStringLiteral("chair")));
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList before = findingRows(admin);
        const auto e01 = member(QStringLiteral("e01"));
        QVERIFY(test::errorOf([&] {
            FindingsService(*e01).addComponent(QStringLiteral("lg"), component(QStringLiteral("late")), Actor(QStringLiteral("e01")));
        }).contains(QStringLiteral("locked")));
        QSqlDatabase e01Db = test::memberDb(m_panel, QStringLiteral("e01"));
        QSqlDatabase chairDb = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::outcomeOf(e01Db,
                                 QStringLiteral("INSERT INTO component_findings (round_id, team_id, component, origin, license, "
                                                "weights, external_control) VALUES ('R1', 'lg', 'x', 'in_house', 'own', "
                                                "'initialized', 'none')")),
                 QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(chairDb,
                                 QStringLiteral("UPDATE independence SET verdict = 'fail', rationale = 'x' WHERE team_id = 'lg'")),
                 QStringLiteral("55000"));
        QCOMPARE(findingRows(admin), before);
        const qint64 id = e01->loadFindings(QStringLiteral("lg")).components.at(0).id;
        FindingsService(*e01).setComponentNote(id, QStringLiteral("after the lock"), Actor(QStringLiteral("e01")));
        QCOMPARE(e01->loadFindings(QStringLiteral("lg")).notesOf(id).size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestServerFindings)
#include "tst_serverfindings.moc"
