// Score bands of rubric items on a server (server schema step 2, ServerRubricBands.cpp): a
// panel with bands is deployed and read back equal by every member; the chair's replace-panel
// replaces them as in a file; a panel deployed at server schema version 1 (no rubric_bands)
// is read without bands, refuses a replace with bands, and after step 2 (upgradeServer 1 -> 2)
// takes them.
#include "ServerCliSupport.h"

#include "actions/PanelDatabase.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"
#include "storage/PanelLocation.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kChair = QStringLiteral("chair");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The demo panel before scoring (no expert score, so no sheet).
Panel unscored()
{
    Panel panel = buildDemoPanel();
    panel.expertScores.clear();
    return panel;
}

Panel banded(const QString &mark)
{
    Panel panel = unscored();
    for (Category &c : panel.categories)
        for (RubricItem &item : c.rubric)
            item.bands = {{0, QString::fromUtf8("부족 %1").arg(mark)},
                          {item.points / 2, QString::fromUtf8("보통 \"%1\"\n둘째 줄").arg(mark)},
                          {item.points, mark}};
    return panel;
}

std::vector<RubricItem> rubricOf(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            return c.rubric;
    return {};
}

} // namespace

class TestServerBands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database))
            .open(ServerLogin{member, panel.logins.at(member).password});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Deployed with bands: every member reads them back as the file holds them; the chair's
    // replace with other bands gives what a file gives.
    void bandsRoundTripThroughAServer()
    {
        const Panel first = banded(QStringLiteral("first"));
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("bands_rt"), first);
        QVERIFY(test::scalarOf(test::panelAdmin(deployed.database),
                               QStringLiteral("SELECT count(*) FROM rubric_bands")).toInt() > 0);
        for (const QString &member : {kChair, QStringLiteral("e01"), QStringLiteral("secretariat")}) {
            const Panel seen = open(deployed, member)->loadPanel();
            QCOMPARE(rubricOf(seen), rubricOf(first));
            QCOMPARE(seen.categories, first.categories);
        }

        Panel next = banded(QStringLiteral("second"));
        for (Category &c : next.categories)
            for (RubricItem &item : c.rubric)
                if (!item.bands.empty())
                    item.bands.erase(item.bands.begin());   // now starting above 0
        next.categories[1].rubric[1].bands.clear();
        const QString path = m_dir.filePath(QStringLiteral("bands.paneldesk"));
        createDatabase(first, path, {});
        const auto file = PanelLocation::parse(path).open();
        QCOMPARE(test::errorOf([&] { file->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        const auto chair = open(deployed, kChair);
        QCOMPARE(test::errorOf([&] { chair->replacePanel(next, Actor(kChair)); }), QStringLiteral("none"));
        const Panel fromServer = chair->loadPanel();
        QCOMPARE(rubricOf(fromServer), rubricOf(next));
        QCOMPARE(fromServer.categories, file->loadPanel().categories);
        QCOMPARE(rubricOf(open(deployed, QStringLiteral("e01"))->loadPanel()), rubricOf(next));
        // A replace without bands leaves none.
        QCOMPARE(test::errorOf([&] { chair->replacePanel(unscored(), Actor(kChair)); }), QStringLiteral("none"));
        QCOMPARE(rubricOf(chair->loadPanel()), rubricOf(unscored()));
        QCOMPARE(test::scalarOf(test::panelAdmin(deployed.database),
                                QStringLiteral("SELECT count(*) FROM rubric_bands")).toInt(), 0);
    }

    // Members read rubric_bands but cannot write it.
    void membersOnlyReadBands()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("bands_rls"), banded(QStringLiteral("x")));
        for (const QString &member : {kChair, QStringLiteral("e01")}) {
            QSqlDatabase db = test::memberDb(deployed, member);
            QVERIFY(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM rubric_bands")).toInt() > 0);
            QSqlQuery write(db);
            QVERIFY(!write.exec(QStringLiteral("UPDATE rubric_bands SET description = 'changed'")));
            QCOMPARE(write.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY(!write.exec(QStringLiteral("DELETE FROM rubric_bands")));
        }
    }

    // A panel at server schema version 1 (as deployed before step 2): read without bands, a
    // replace with bands refused and nothing changed; step 2 then adds the table, and the
    // replace with bands goes through.
    void step2UpgradesAVersion1Panel()
    {
        const test::DeployedPanel deployed = test::deployForTest(QStringLiteral("bands_v1"), unscored());
        const server::PanelRoles roles{deployed.database};
        QSqlDatabase admin = test::panelAdmin(deployed.database);
        // Back to version 1: step 3 undone (ServerPanelSupport.h), then the table of step 2
        // and the replace_panel of step 1.
        test::undoServerStepThree(deployed.database);
        QVERIFY(admin.transaction());
        server::schema::execStep(admin, roles, QStringLiteral("SET LOCAL ROLE @OWNER@"));
        server::schema::execStep(admin, roles, QStringLiteral("DROP TABLE rubric_bands"));
        server::schema::execStep(admin, roles, server::schema::replacePanelStatement().replace(
            QStringLiteral("CREATE FUNCTION"), QStringLiteral("CREATE OR REPLACE FUNCTION")));
        server::schema::execStep(admin, roles, QStringLiteral("UPDATE paneldesk_schema SET version = 1"));
        server::schema::execStep(admin, roles, QStringLiteral("RESET ROLE"));
        QVERIFY(admin.commit());
        QCOMPARE(server::schema::serverVersion(admin), 1);

        const auto chair = open(deployed, kChair);
        QCOMPARE(rubricOf(chair->loadPanel()), rubricOf(unscored()));   // read without bands
        const Panel withBands = banded(QStringLiteral("v2"));
        const QString refused = test::errorOf([&] { chair->replacePanel(withBands, Actor(kChair)); });
        QVERIFY2(refused.contains(QStringLiteral("server schema version 1")), qPrintable(refused));
        QCOMPARE(chair->loadPanel().categories, unscored().categories);

        QVERIFY(admin.transaction());
        server::schema::upgradeServer(admin, roles, 1, 2);
        QVERIFY(admin.commit());
        QCOMPARE(server::schema::serverVersion(admin), 2);
        QCOMPARE(test::errorOf([&] { chair->replacePanel(withBands, Actor(kChair)); }), QStringLiteral("none"));
        QCOMPARE(rubricOf(chair->loadPanel()), rubricOf(withBands));
        QCOMPARE(rubricOf(open(deployed, QStringLiteral("e01"))->loadPanel()), rubricOf(withBands));
        QCOMPARE(test::rowsOf(test::memberDb(deployed, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                 QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestServerBands)
#include "tst_serverbands.moc"
