// The decision records on a server, per member, as a file shows them. In a file every
// signed-in member reads the round's whole decision record (paneldesk-cli decision: every
// version, announced or not, with its date, decider, fingerprint, outcomes and reasons and its
// events; every appeal with its grounds, committee and ruling), a conflict hiding none of it.
// On a server every member reads the same (ServerDecisionRecords.cpp), except what a version
// was computed from (its inputs and standings: every submitted score), which stays the
// chair's; the report and the fingerprint check, which need those, are refused to them with a
// message saying so. A member's attempt to write a record is refused and changes nothing.
#include "ServerPanelSupport.h"

#include "actions/PanelDatabase.h"
#include "decision/RoundSteps.h"
#include "decision/VerifiedSteps.h"
#include "report/DecisionReport.h"
#include "storage/PanelLocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kChair = QStringLiteral("chair");
const QDate kDecided(2026, 1, 15);

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The demo panel with an observer and e03 conflicted with lg (e03's sheet for lg removed).
Panel recordsPanel()
{
    Panel panel = buildDemoPanel();
    for (Reviewer &member : panel.reviewers)
        if (member.id == QLatin1String("e03"))
            member.conflicts = {QStringLiteral("lg")};
    std::erase_if(panel.expertScores, [](const ExpertScore &s) {
        return s.reviewer == QLatin1String("e03") && s.team == QLatin1String("lg");
    });
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    return panel;
}

// A decision record as a member's screens show it: everything but the stores' own times and
// what a version was computed from.
QStringList recordOf(const RoundStatus &status)
{
    const auto date = [](const std::optional<QDate> &d) { return d ? d->toString(Qt::ISODate) : QStringLiteral("-"); };
    QStringList rows{status.round, toString(status.state), QString::number(status.appealDays)};
    for (const DecisionVersion &v : status.versions) {
        rows << QStringLiteral("v%1 %2 %3 %4 rows=%5 announced=%6/%7 by %8 final=%9 by %10 reopened=%11 %12")
                    .arg(v.version)
                    .arg(v.decidedOn.toString(Qt::ISODate), v.decidedBy, v.fingerprint,
                         v.ratingRows ? QString::number(*v.ratingRows) : QStringLiteral("-"),
                         date(v.announcedOn), date(v.appealCloses), v.announcedBy, date(v.finalOn))
                    .arg(v.finalBy, date(v.reopenedOn), v.reopenReason);
        for (const DecisionOutcome &o : v.outcomes)
            rows << QStringLiteral("  %1 %2 %3").arg(o.team, toString(o.outcome), o.reason);
    }
    for (const Appeal &a : status.appeals)
        rows << QStringLiteral("appeal %1 v%2 %3 %4 %5 late=%6 by %7 committee=%8 ruling=%9 %10 %11 %12")
                    .arg(a.id).arg(a.version)
                    .arg(a.team, a.filedOn.toString(Qt::ISODate), a.grounds, a.late ? QStringLiteral("1") : QStringLiteral("0"),
                         a.recordedBy, a.committee.join(QLatin1Char(',')),
                         a.ruling ? toString(*a.ruling) : QStringLiteral("-"))
                    .arg(a.rulingReason, date(a.ruledOn), a.ruledBy);
    return rows;
}

} // namespace

class TestServerRecords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PanelStore> m_file;
    test::DeployedPanel m_panel;

    std::unique_ptr<PanelStore> open(const QString &member)
    {
        return PanelLocation::parse(address(m_panel.database))
            .open(ServerLogin{member, m_panel.logins.at(member).password});
    }

private Q_SLOTS:
    // The same steps on a file and on a server: version 1 decided and announced, an appeal
    // upheld (the round reopened), version 2 decided and not announced.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("records.paneldesk"));
        createDatabase(recordsPanel(), path, {});
        m_file = PanelLocation::parse(path).open();
        m_panel = test::deployForTest(QStringLiteral("records"), recordsPanel());
        const auto chair = open(kChair);
        const QMap<QString, QString> reasons{{QStringLiteral("naver"), QStringLiteral("fails the independence criterion (R5)")},
                                             {QStringLiteral("nc"), QStringLiteral("lowest total")}};
        const Actor c(kChair);
        for (PanelStore *s : {m_file.get(), chair.get()}) {
            lockVerified(*s, c);
            QCOMPARE(decideVerified(*s, kDecided, reasons, {}, c), 1);
            announceVerified(*s, kDecided, kDecided, c);
            const qint64 id = fileAppealStep(*s, QStringLiteral("nc"), QDate(2026, 1, 16), QStringLiteral("a miscount"),
                                             {QStringLiteral("chair")}, QDate(2026, 1, 16), c);
            ruleAppealStep(*s, id, Ruling::Upheld, QStringLiteral("the count was wrong"), QDate(2026, 1, 18), c);
            lockVerified(*s, c);
            QCOMPARE(decideVerified(*s, QDate(2026, 1, 19), reasons, {}, c), 2);
        }
        QCOMPARE(recordOf(chair->loadRoundStatus()), recordOf(m_file->loadRoundStatus()));
    }

    // Every member reads the file's record: both versions (the second not announced), the
    // outcomes with their reasons, the appeal with its committee and ruling; a conflict hides
    // none of it. The inputs and standings stay the chair's.
    void everyMemberReadsTheFilesRecord_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("readsInputs");
        QTest::newRow("chair") << kChair << true;
        QTest::newRow("expert") << QStringLiteral("e01") << false;
        QTest::newRow("expert conflicted with lg") << QStringLiteral("e03") << false;
        QTest::newRow("secretariat") << QStringLiteral("secretariat") << false;
        QTest::newRow("observer") << QStringLiteral("obs") << false;
    }
    void everyMemberReadsTheFilesRecord()
    {
        QFETCH(QString, member);
        QFETCH(bool, readsInputs);
        const RoundStatus fileStatus = m_file->loadRoundStatus();
        const RoundStatus status = open(member)->loadRoundStatus();
        QCOMPARE(status.versions.size(), std::size_t(2));
        QVERIFY(!status.versions.back().announcedOn);   // not announced, shown as in a file
        QCOMPARE(recordOf(status), recordOf(fileStatus));
        for (std::size_t i = 0; i < status.versions.size(); ++i) {
            QCOMPARE(status.versions[i].inputsWithheld(), !readsInputs);
            QCOMPARE(status.versions[i].standings.isEmpty(), !readsInputs);
            if (readsInputs) {
                QCOMPARE(status.versions[i].inputs, fileStatus.versions[i].inputs);
                QCOMPARE(status.versions[i].standings, fileStatus.versions[i].standings);
            }
        }
        QSqlDatabase db = test::memberDb(m_panel, member);
        QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT inputs FROM decisions")),
                 readsInputs ? QStringLiteral("ok") : QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT standings FROM decisions")),
                 readsInputs ? QStringLiteral("ok") : QStringLiteral("42501"));
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM decision_outcomes")).toInt(),
                 int(status.versions[0].outcomes.size() * 2));
    }

    // What needs the inputs is refused to a member who may not read them, with a message
    // that says why (not as a failed verification).
    void whatNeedsTheInputsIsRefused()
    {
        const auto obs = open(QStringLiteral("obs"));
        ReportOptions options;
        options.disclosure = Disclosure::Public;
        options.version = 1;
        const QString refused = test::errorOf([&] { buildVerifiedReport(*obs, options); });
        QVERIFY2(refused.startsWith(QStringLiteral("InputError: ")) && refused.contains(QStringLiteral("only the chair")),
                 qPrintable(refused));
        const auto chair = open(kChair);
        QCOMPARE(test::errorOf([&] { buildVerifiedReport(*chair, options); }), QStringLiteral("none"));
    }

    // A member writing a record (or its inputs) directly is refused; nothing changes.
    void membersWriteNoRecord_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("sql");
        for (const char *member : {"e01", "secretariat", "obs"}) {
            QTest::addRow("%s update outcome", member) << QString::fromLatin1(member)
                << QStringLiteral("UPDATE decision_outcomes SET outcome = 'advance', reason = '' WHERE team_id = 'naver'");
            QTest::addRow("%s delete appeal ruling", member) << QString::fromLatin1(member)
                << QStringLiteral("DELETE FROM appeal_rulings");
            QTest::addRow("%s insert event", member) << QString::fromLatin1(member)
                << QStringLiteral("INSERT INTO decision_events (round_id, version, event, on_date, appeal_closes, by_member, "
                                  "recorded_at, fingerprint) SELECT round_id, 2, 'announced', '2026-01-20', '2026-01-30', "
                                  "'chair', 'x', fingerprint FROM decisions WHERE version = 2");
            QTest::addRow("%s announce", member) << QString::fromLatin1(member)
                << QStringLiteral("SELECT announce_decision('R1', '2026-01-20', '2026-01-20')");
        }
    }
    void membersWriteNoRecord()
    {
        QFETCH(QString, member);
        QFETCH(QString, sql);
        const QByteArray before = test::adminDump(m_panel.database);
        QSqlDatabase db = test::memberDb(m_panel, member);
        QCOMPARE(test::outcomeOf(db, sql), QStringLiteral("42501"));
        QCOMPARE(test::adminDump(m_panel.database), before);
    }
};

QTEST_MAIN(TestServerRecords)
#include "tst_serverrecords.moc"
