// Live updates of a panel on a server (server/ServerNotify.h, StoreSession::liveChanges,
// docs/server.md "Live updates"), against the throwaway cluster: two PgStores as different
// members of one deployed panel. A reviewer's submit reaches the chair's store; a reviewer's
// draft edits (a score changed, an opinion, a sheet started) and a rolled-back change reach
// nobody; the chair's lock reaches the reviewers and not the chair's own store; every payload
// on the channel is one of the kinds and names no member, team, item or score.
//
// "Nothing arrived" is proved without waiting for a timeout: after the edits that must stay
// silent, the administrator makes a change others may see (a "marker": the program's name,
// kind "panel"); PostgreSQL delivers notifications in commit order, so the first thing the
// listener receives must be the marker alone.
#include "ServerPanelSupport.h"

#include "server/PgStore.h"
#include "server/ServerNotify.h"
#include "storage/PanelChanges.h"
#include "storage/PanelLocation.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

constexpr int kWaitMs = 10000;   // a wait, not a timing assertion
const QString kNaver = QStringLiteral("naver");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// Every raw notification a store's connection receives, before PanelChanges filters them.
struct RawNotifications {
    QStringList payloads;
    explicit RawNotifications(const server::PgStore &store)
    {
        QSqlDriver *driver = QSqlDatabase::database(store.connectionName(), false).driver();
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                             payloads << payload.toString();
                         });
    }
};

} // namespace

class TestLive : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    Panel m_deployed;
    std::unique_ptr<server::PgStore> m_chair, m_e01, m_e02, m_e05;
    std::unique_ptr<RawNotifications> m_chairRaw, m_e02Raw;

    std::unique_ptr<server::PgStore> open(const QString &member)
    {
        std::unique_ptr<PanelStore> store = PanelLocation::parse(address(m_panel.database))
                                                .open(ServerLogin{member, m_panel.logins.at(member).password});
        auto *pg = dynamic_cast<server::PgStore *>(store.get());
        if (!pg)
            qFatal("a server address did not open a PgStore");
        store.release();
        return std::unique_ptr<server::PgStore>(pg);
    }

    // The administrator changes something every member may see: kind "panel".
    void marker()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        server::execServer(admin, QStringLiteral("UPDATE program SET name = name || ' '"));
    }

    // Waits for the next delivery of `changes` and returns its kinds.
    static QStringList nextKinds(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(kWaitMs))
            return {QStringLiteral("<nothing within the wait>")};
        return spy.takeFirst().at(0).toStringList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_deployed = test::visibilityPanel();   // e01 and e04 hold drafts for naver
        m_panel = test::deployForTest(QStringLiteral("live_demo"), m_deployed);
        m_chair = open(QStringLiteral("chair"));
        m_e01 = open(QStringLiteral("e01"));
        m_e02 = open(QStringLiteral("e02"));
        m_e05 = open(QStringLiteral("e05"));
        m_chairRaw = std::make_unique<RawNotifications>(*m_chair);
        m_e02Raw = std::make_unique<RawNotifications>(*m_e02);
        QVERIFY(m_chair->liveChanges());
        QVERIFY(m_e02->liveChanges());
        QCOMPARE(m_chair->liveChanges(), m_chair->liveChanges());   // one per store
    }

    void draftEditsNotifyNobody()
    {
        QSignalSpy chair(m_chair->liveChanges(), &PanelChanges::changed);
        QSignalSpy e02(m_e02->liveChanges(), &PanelChanges::changed);
        // e01 changes a score of their naver draft and its opinion; e05 starts a sheet.
        ExpertScore changed;
        for (const ExpertScore &s : m_deployed.expertScores)
            if (s.reviewer == QLatin1String("e01") && s.team == kNaver)
                changed = s;
        QVERIFY(!changed.item.isEmpty());
        changed.comment = QStringLiteral("changed in a draft");
        m_e01->setExpertScore(changed, Actor(QStringLiteral("e01")));
        m_e01->setSheetOpinion(QStringLiteral("e01"), kNaver, QStringLiteral("draft opinion"),
                               Actor(QStringLiteral("e01")));
        const Category *expert = nullptr;
        for (const Category &c : m_deployed.categories)
            if (c.kind == CategoryKind::Expert && !c.rubric.empty())
                expert = &c;
        QVERIFY(expert);
        m_e05->setExpertScore({QStringLiteral("e05"), QStringLiteral("upstage"), expert->rubric.front().id, 0.0, false, {}},
                              Actor(QStringLiteral("e05")));
        // A change the server rolls back notifies nothing either.
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        server::execServer(admin, QStringLiteral("BEGIN"));
        server::execServer(admin, QStringLiteral("UPDATE rounds SET name = name || ' '"));
        server::execServer(admin, QStringLiteral("ROLLBACK"));
        marker();
        QCOMPARE(nextKinds(chair), QStringList{QStringLiteral("panel")});
        QCOMPARE(nextKinds(e02), QStringList{QStringLiteral("panel")});
    }

    void submitNotifiesTheChair()
    {
        QSignalSpy chair(m_chair->liveChanges(), &PanelChanges::changed);
        QSignalSpy e02(m_e02->liveChanges(), &PanelChanges::changed);
        m_e01->submitSheet(QStringLiteral("e01"), kNaver, Actor(QStringLiteral("e01")));
        QCOMPARE(nextKinds(chair), QStringList{QStringLiteral("sheets")});
        // Every member connected hears it (NOTIFY is not filtered): only that a sheet moved.
        QCOMPARE(nextKinds(e02), QStringList{QStringLiteral("sheets")});
    }

    void reopenNotifiesTheReviewer()
    {
        QVERIFY(m_e01->liveChanges());
        QSignalSpy e01(m_e01->liveChanges(), &PanelChanges::changed);
        QSignalSpy e02(m_e02->liveChanges(), &PanelChanges::changed);
        m_chair->reopenSheet(QStringLiteral("e01"), kNaver, QStringLiteral("a score looks mistyped"),
                             Actor(QStringLiteral("chair")));
        QCOMPARE(nextKinds(e01), QStringList{QStringLiteral("sheets")});
        QCOMPARE(nextKinds(e02), QStringList{QStringLiteral("sheets")});
    }

    void lockNotifiesTheReviewersNotTheChair()
    {
        QSignalSpy chair(m_chair->liveChanges(), &PanelChanges::changed);
        QSignalSpy e02(m_e02->liveChanges(), &PanelChanges::changed);
        m_chair->lockRound(Actor(QStringLiteral("chair")));
        QCOMPARE(nextKinds(e02), QStringList{QStringLiteral("round")});
        // The chair's own store does not hear its own lock: the next thing it hears is the marker.
        marker();
        QCOMPARE(nextKinds(chair), QStringList{QStringLiteral("panel")});
    }

    void coalescedUntilTheNextTurn()
    {
        PanelChanges changes;
        QSignalSpy spy(&changes, &PanelChanges::changed);
        changes.note(QStringLiteral("sheets"));
        changes.note(QStringLiteral("round"));
        changes.note(QStringLiteral("sheets"));
        QCOMPARE(spy.count(), 0);   // nothing before the event loop turns
        QCOMPARE(changes.pending(), (QStringList{QStringLiteral("sheets"), QStringLiteral("round")}));
        changes.flush();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{QStringLiteral("sheets"), QStringLiteral("round")}));
        QCoreApplication::processEvents();   // the turn scheduled by note(): nothing left
        QCOMPARE(spy.count(), 1);
        changes.note(QStringLiteral("findings"));
        QVERIFY(spy.wait(kWaitMs));
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList{QStringLiteral("findings")});
    }

    void payloadsNameNothing()
    {
        const QStringList kinds{QStringLiteral("sheets"), QStringLiteral("round"), QStringLiteral("panel"),
                                QStringLiteral("decision"), QStringLiteral("findings"),
                                QStringLiteral("imports"), QStringLiteral("members")};
        QStringList names;
        for (const Reviewer &r : m_deployed.reviewers)
            names << r.id << r.name;
        for (const Team &t : m_deployed.teams)
            names << t.id << t.name;
        for (const Category &c : m_deployed.categories)
            for (const RubricItem &i : c.rubric)
                names << i.id;
        const QStringList all = m_chairRaw->payloads + m_e02Raw->payloads;
        QVERIFY(m_chairRaw->payloads.size() >= 3);   // the tests above heard something
        QVERIFY(m_e02Raw->payloads.size() >= 3);
        static const QRegularExpression word(QStringLiteral("\\W+"));
        for (const QString &payload : all) {
            QVERIFY2(kinds.contains(payload), qPrintable(payload));
            QVERIFY2(!payload.contains(QRegularExpression(QStringLiteral("[0-9]"))), qPrintable(payload));
            for (const QString &part : payload.split(word, Qt::SkipEmptyParts))
                QVERIFY2(!names.contains(part), qPrintable(payload));
        }
    }

    void aFileTellsNothing()
    {
        // A SQLite file has no live changes: the window shows others' changes on File > Reload.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.paneldesk"));
        PanelLocation::parse(path).create(false, [&](PanelStore &store) {
            store.replacePanel(m_deployed, Actor(QStringLiteral("chair")));
        });
        std::unique_ptr<PanelStore> store = PanelLocation::parse(path).open();
        QVERIFY(!store->liveChanges());
    }
};

QTEST_MAIN(TestLive)
#include "tst_live.moc"
