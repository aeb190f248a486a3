// paneldesk-cli new, import-panel --chair and sheet show | set | submit: a panel created by
// its chair, members added by the chair, and score entry scripted as the window's sheet
// editor does it, with the store's refusals (exit 2, the database unchanged).
#include "../trust/SignAs.h"
#include "CliTestSupport.h"

#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

namespace {
const QByteArray kKim = "kim's long passphrase\n";
const QByteArray kExpert = "an expert's passphrase\n";
} // namespace

class TestSheetCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newPanelHasItsChair();
    void showSetSubmit();
    void refusals_data();
    void refusals();
    void importPanelWithChair();
    void lockedRoundRefusesScores();   // last: locks the panel

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(m_dir.path(), arguments, input);
    }
    CliRun sheet(const QString &member, QStringList arguments) const
    {
        arguments.prepend(u"sheet"_qs);
        arguments << u"--db"_qs << db() << u"--as"_qs << member;
        return cli(arguments, member == u"kim"_qs ? kKim : kExpert);
    }
    QString db() const { return m_dir.filePath(u"new.paneldesk"_qs); }
    QTemporaryDir m_dir;
};

void TestSheetCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun created = cli({u"new"_qs, u"--db"_qs, db(), u"--chair"_qs, u"kim"_qs, u"--name"_qs,
                                u"김 위원장"_qs, u"--program"_qs, u"독자 AI"_qs, u"--team"_qs,
                                u"lg=LG AI연구원"_qs, u"--team"_qs, u"nc=NC AI"_qs},
                               kKim);
    QVERIFY2(created.code == 0, qPrintable(created.err));
    for (const auto &[id, extra] : {std::pair{u"e1"_qs, QStringList{}},
                                    std::pair{u"e2"_qs, QStringList{}},
                                    std::pair{u"c1"_qs, QStringList{u"--conflicts=lg"_qs}}}) {
        const CliRun run = cli(QStringList{u"member"_qs, u"add"_qs, u"--db"_qs, db(), u"--as"_qs,
                                           u"kim"_qs, u"--id"_qs, id, u"--name"_qs, id,
                                           u"--role"_qs, u"expert"_qs}
                                   + extra,
                               kKim + kExpert);
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
}

void TestSheetCli::newPanelHasItsChair()
{
    const CliRun list = cli({u"member"_qs, u"list"_qs, u"--db"_qs, db()});
    QVERIFY2(list.out.contains(u"kim"_qs) && list.out.contains(u"chair"_qs), qPrintable(list.out));
    const auto store = pd::SqliteStore::open(db());
    QVERIFY(store->checkPassphrase(u"kim"_qs, u"kim's long passphrase"_qs));
    const auto log = store->auditLog();
    QVERIFY(!log.empty());
    bool byKim = false;
    for (const pd::AuditEntry &e : log)
        byKim = byKim || (e.action == u"add-member"_qs && e.actor == u"kim"_qs
                          && e.entity == u"members/kim"_qs);
    QVERIFY(byKim);
    QCOMPARE(store->loadPanel().teams.size(), size_t(2));
    // the same id twice is refused, nothing is created
    const CliRun again = cli({u"new"_qs, u"--db"_qs, db(), u"--chair"_qs, u"kim"_qs, u"--name"_qs,
                              u"K"_qs, u"--team"_qs, u"lg=LG"_qs}, kKim);
    QCOMPARE(again.code, 2);
}

void TestSheetCli::showSetSubmit()
{
    CliRun run = sheet(u"e1"_qs, {u"show"_qs, u"--team=lg"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"not started"_qs), qPrintable(run.out));
    for (const char *item : {"strategy", "technology", "impact"})
        QVERIFY2(run.out.contains(QLatin1String(item)), qPrintable(run.out));

    run = sheet(u"e1"_qs, {u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=7.5"_qs,
                           u"--comment=clear roadmap"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // without --comment the stored comment stays
    run = sheet(u"e1"_qs, {u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=8"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = sheet(u"e1"_qs, {u"show"_qs, u"--team=lg"_qs});
    QVERIFY2(run.out.contains(u"draft"_qs), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"clear roadmap"_qs), qPrintable(run.out));
    {
        const auto store = pd::SqliteStore::open(db());
        // The draft is sealed to e1 (trust.md, "Drafts"): nothing to read without e1's key.
        QVERIFY(!store->loadExpertScore(u"e1"_qs, u"lg"_qs, u"strategy"_qs));
        pd::test::signAs(*store, u"e1"_qs, QString::fromUtf8(kExpert).trimmed());
        const auto score = store->loadExpertScore(u"e1"_qs, u"lg"_qs, u"strategy"_qs);
        QVERIFY(score);
        QCOMPARE(score->score, 8.0);
        QCOMPARE(score->comment, u"clear roadmap"_qs);
        QVERIFY(!score->submitted);
    }
    // an incomplete sheet is not submitted: the missing items are named
    run = sheet(u"e1"_qs, {u"submit"_qs, u"--team=lg"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"technology"_qs) && run.err.contains(u"impact"_qs), qPrintable(run.err));
    QCOMPARE(sheet(u"e1"_qs, {u"set"_qs, u"--team=lg"_qs, u"--item=technology"_qs, u"--score=12"_qs}).code, 0);
    QCOMPARE(sheet(u"e1"_qs, {u"set"_qs, u"--team=lg"_qs, u"--item=impact"_qs, u"--score=6.5"_qs}).code, 0);
    run = sheet(u"e1"_qs, {u"submit"_qs, u"--team=lg"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = sheet(u"e1"_qs, {u"show"_qs, u"--team=lg"_qs});
    QVERIFY2(run.out.contains(u"submitted"_qs), qPrintable(run.out));
}

void TestSheetCli::refusals_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("out of range") << u"e2"_qs
                                  << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=11"_qs}
                                  << u"between 0 and 10"_qs;
    QTest::newRow("negative") << u"e2"_qs
                              << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=-1"_qs}
                              << u"between 0 and 10"_qs;
    QTest::newRow("off step") << u"e2"_qs
                              << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=7.3"_qs}
                              << u"multiple of 0.5"_qs;
    QTest::newRow("not a number") << u"e2"_qs
                                  << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=x"_qs}
                                  << u"not a number"_qs;
    QTest::newRow("unknown item") << u"e2"_qs
                                  << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=charm"_qs, u"--score=1"_qs}
                                  << u"charm"_qs;
    QTest::newRow("conflict set") << u"c1"_qs
                                  << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=5"_qs}
                                  << u"conflict of interest"_qs;
    QTest::newRow("conflict show") << u"c1"_qs << QStringList{u"show"_qs, u"--team=lg"_qs}
                                   << u"conflict of interest"_qs;
    QTest::newRow("submitted") << u"e1"_qs
                               << QStringList{u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=5"_qs}
                               << u"submitted"_qs;
    QTest::newRow("wrong passphrase") << u"e2"_qs << QStringList{u"show"_qs, u"--team=nc"_qs, u"--as=kim"_qs}
                                      << u"wrong passphrase"_qs;
}

void TestSheetCli::refusals()
{
    QFETCH(QString, member);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "submitted")
        QVERIFY2(sheet(u"e1"_qs, {u"show"_qs, u"--team=lg"_qs}).out.contains(u"submitted"_qs),
                 "showSetSubmit runs first");
    const QByteArray before = databaseBytesHash(db());
    QStringList all = arguments;
    all.prepend(u"sheet"_qs);
    all << u"--db"_qs << db();
    if (!all.contains(u"--as=kim"_qs))
        all << u"--as"_qs << member;
    const CliRun run = cli(all, kExpert);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (QByteArray(QTest::currentDataTag()) != "wrong passphrase")   // that records a failure
        QCOMPARE(databaseBytesHash(db()), before);
}

void TestSheetCli::importPanelWithChair()
{
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, m_dir.filePath(u"demo.paneldesk"_qs)}).code, 0);
    QCOMPARE(cli({u"export-panel"_qs, u"--db"_qs, m_dir.filePath(u"demo.paneldesk"_qs), u"--as"_qs,
                  u"chair"_qs, u"--out"_qs, m_dir.filePath(u"panel.json"_qs)},
                 "chair-demo-2026\n").code,
             0);
    // a chair of the file
    CliRun run = cli({u"import-panel"_qs, u"panel.json"_qs, u"--db"_qs, u"a.paneldesk"_qs,
                      u"--chair"_qs, u"chair"_qs}, kKim);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(cli({u"agreement"_qs, u"--db"_qs, u"a.paneldesk"_qs, u"--as"_qs, u"chair"_qs}, kKim).code, 0);
    // another role in the file: refused, nothing left behind
    run = cli({u"import-panel"_qs, u"panel.json"_qs, u"--db"_qs, u"b.paneldesk"_qs, u"--chair"_qs,
               u"e01"_qs}, kKim);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"not the chair"_qs), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"b.paneldesk"_qs)));
    // not in the file: added as the chair
    run = cli({u"import-panel"_qs, u"panel.json"_qs, u"--db"_qs, u"c.paneldesk"_qs, u"--chair"_qs,
               u"boss"_qs, u"--chair-name"_qs, u"The Boss"_qs}, kKim);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const CliRun list = cli({u"member"_qs, u"list"_qs, u"--db"_qs, u"c.paneldesk"_qs});
    QVERIFY2(list.out.contains(u"The Boss"_qs), qPrintable(list.out));
    QCOMPARE(cli({u"lock"_qs, u"--db"_qs, u"c.paneldesk"_qs, u"--as"_qs, u"boss"_qs}, kKim).code, 0);
    // without --chair: refused (a panel nobody can sign in to is of no use)
    QCOMPARE(cli({u"import-panel"_qs, u"panel.json"_qs, u"--db"_qs, u"d.paneldesk"_qs}).code, 2);
}

void TestSheetCli::lockedRoundRefusesScores()
{
    QCOMPARE(cli({u"lock"_qs, u"--db"_qs, db(), u"--as"_qs, u"kim"_qs}, kKim).code, 0);
    const QByteArray before = databaseBytesHash(db());
    const CliRun run = sheet(u"e2"_qs, {u"set"_qs, u"--team=nc"_qs, u"--item=strategy"_qs, u"--score=5"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"locked"_qs), qPrintable(run.err));
    QCOMPARE(databaseBytesHash(db()), before);
}

QTEST_GUILESS_MAIN(TestSheetCli)
#include "tst_sheetcli.moc"
