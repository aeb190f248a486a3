// T18 (draft at rest): a draft with a unique marker in a score's comment and in the sheet's
// opinion. The marker never appears in the database, its -wal, a backup (`backup` and a
// VACUUM INTO copy), or any export
// or output made by another member; the reviewer alone reads it back. Also: a draft kept in
// the clear (entered before the member had a key) is sealed at their sign-in and its text
// leaves the file; a reopened sheet is sealed to its reviewer; nobody else can change a
// sealed draft; a key reset drops what was sealed to the old key.

#include "CliTestSupport.h"
#include "../trust/SignAs.h"

#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kCommentMarker = QStringLiteral("DRAFT-MARK-코멘트-7f3a9c");
const QString kOpinionMarker = QStringLiteral("DRAFT-MARK-의견-5b21e4");
const QString kVisibleMarker = QStringLiteral("PUBLIC-MARK-판정-0d8e11");
const QString kNewExpert = QStringLiteral("e11");
const QString kNewPassphrase = QStringLiteral("e11 draft passphrase");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool holds(const QByteArray &bytes, const QString &marker)
{
    return bytes.contains(marker.toUtf8());
}

struct Target {
    QString team;
    QString item;
    double score = 0.0;
};

// A team and rubric item of the demo's round, with a score on the item's step.
Target firstTarget(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (!c.rubric.empty())
            return {panel.teams.front().id, c.rubric.front().id, c.rubric.front().step};
    return {};
}

} // namespace

class TestDraftAtRest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markerNeverLeavesTheSeal();
    void clearDraftIsSealedAtSignIn();
    void reopenedSheetIsSealedToItsReviewer();
    void othersCannotChangeASealedDraft();
    void keyResetDropsTheSealedDraft();

private:
    QString freshDemo(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestDraftAtRest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
    createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
}

QString TestDraftAtRest::freshDemo(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestDraftAtRest::markerNeverLeavesTheSeal()
{
    const QString db = freshDemo(QStringLiteral("marker.paneldesk"));
    auto store = SqliteStore::open(db);   // held open: the -wal stays beside the file
    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    addMemberWithKey(*store, Reviewer{kNewExpert, QStringLiteral("Expert 11"), Role::Expert, {}},
                     kNewPassphrase, QStringLiteral("chair"));
    const Target t = firstTarget(store->loadPanel());
    QVERIFY(!t.team.isEmpty());
    // Something that is stored in the clear, to show that the scan finds what is there.
    store->recordVerdict(t.team, Verdict::Pass, kVisibleMarker, QStringLiteral("chair"));

    signAs(*store, kNewExpert, kNewPassphrase);
    store->setExpertScore({kNewExpert, t.team, t.item, t.score, false, kCommentMarker}, kNewExpert);
    store->setSheetOpinion(kNewExpert, t.team, kOpinionMarker, kNewExpert);

    // The reviewer reads the draft back: it is stored.
    QCOMPARE(store->loadExpertScore(kNewExpert, t.team, t.item)->comment, kCommentMarker);
    bool opinionSeen = false;
    for (const SheetRecord &s : store->loadSheets())
        opinionSeen = opinionSeen || (s.reviewer == kNewExpert && s.opinion == kOpinionMarker);
    QVERIFY(opinionSeen);
    int ownScores = 0;
    for (const ExpertScore &s : store->loadPanel().expertScores)
        ownScores += s.reviewer == kNewExpert && s.comment == kCommentMarker;
    QCOMPARE(ownScores, 1);
    // The audit entries of draft edits carry no values.
    for (const AuditEntry &e : store->auditLog()) {
        QVERIFY2(!e.newValue.contains(kCommentMarker) && !e.oldValue.contains(kOpinionMarker)
                     && !e.newValue.contains(kOpinionMarker),
                 qPrintable(e.action));
    }

    // The file and its -wal, while the writer is open.
    const QByteArray file = fileBytes(db) + fileBytes(db + QStringLiteral("-wal"));
    QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
    QVERIFY(holds(file, kVisibleMarker));
    QVERIFY(!holds(file, kCommentMarker));
    QVERIFY(!holds(file, kOpinionMarker));

    // Another member sees a draft sheet with nothing in it.
    store->setSigner(nullptr);
    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    QVERIFY(!store->loadExpertScore(kNewExpert, t.team, t.item));
    QVERIFY(store->loadSheetScores(kNewExpert, t.team).empty());
    for (const ExpertScore &s : store->loadPanel().expertScores)
        QVERIFY(s.reviewer != kNewExpert);
    for (const SheetRecord &s : store->loadSheets())
        QVERIFY(!holds(s.opinion.toUtf8(), kOpinionMarker));

    // A backup copy.
    const QString copy = m_dir.filePath(QStringLiteral("marker-copy.paneldesk"));
    QFile::remove(copy);
    {
        SqliteConnection raw(db, SqliteConnection::Mode::ReadWrite);
        runSql(raw.db(), QStringLiteral("VACUUM INTO ?"), {copy});
    }
    QVERIFY(holds(fileBytes(copy), kVisibleMarker));
    QVERIFY(!holds(fileBytes(copy), kCommentMarker));
    QVERIFY(!holds(fileBytes(copy), kOpinionMarker));

    // Every export and output made by other members (the writer still open).
    const QString dir = m_dir.path();
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QList<QStringList> commands = {
        {u"export-panel"_qs, u"--as"_qs, u"chair"_qs, u"--out"_qs, out + u"/panel.json"_qs},
        {u"export-sheets"_qs, u"--as"_qs, u"chair"_qs, u"--member"_qs, kNewExpert, u"--out"_qs, out + u"/sheets.json"_qs},
        {u"export"_qs, u"--as"_qs, u"chair"_qs, u"--format=csv"_qs, u"--out"_qs, out + u"/standings.csv"_qs},
        {u"export"_qs, u"--as"_qs, u"chair"_qs, u"--format=xlsx"_qs, u"--out"_qs, out + u"/standings.xlsx"_qs},
        {u"export"_qs, u"--as"_qs, u"chair"_qs, u"--format=json"_qs, u"--out"_qs, out + u"/standings.json"_qs},
        {u"standings"_qs, u"--as"_qs, u"chair"_qs, u"--json"_qs},
        {u"agreement"_qs, u"--as"_qs, u"chair"_qs, u"--json"_qs},
        {u"report"_qs, u"--as"_qs, u"chair"_qs, u"--text"_qs},
        {u"sensitivity"_qs, u"--as"_qs, u"chair"_qs},
        {u"sheet"_qs, u"show"_qs, u"--as"_qs, u"e01"_qs, u"--team"_qs, t.team},
        {u"backup"_qs, u"--as"_qs, u"chair"_qs, u"--out"_qs, out + u"/backup.paneldesk"_qs},
    };
    for (QStringList args : commands) {
        args << u"--db"_qs << db;
        const CliRun run = runCli(dir, args, demoSignIn(args));
        const QString what = args.join(QLatin1Char(' '));
        QVERIFY2(!run.out.contains(kCommentMarker) && !run.err.contains(kCommentMarker), qPrintable(what));
        QVERIFY2(!run.out.contains(kOpinionMarker) && !run.err.contains(kOpinionMarker), qPrintable(what));
    }
    for (const QString &name : QDir(out).entryList(QDir::Files)) {
        const QByteArray bytes = fileBytes(out + QLatin1Char('/') + name);
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QVERIFY2(!holds(bytes, kCommentMarker) && !holds(bytes, kOpinionMarker), qPrintable(name));
    }
    QVERIFY(holds(fileBytes(out + u"/panel.json"_qs), kVisibleMarker));   // the exports ran
    QVERIFY(holds(fileBytes(out + u"/backup.paneldesk"_qs), kVisibleMarker));

    // The reviewer's own view shows it.
    const QStringList own{u"sheet"_qs, u"show"_qs, u"--as"_qs, kNewExpert, u"--team"_qs, t.team,
                          u"--db"_qs, db};
    const CliRun mine = runCli(dir, own, kNewPassphrase.toUtf8() + '\n');
    QCOMPARE(mine.code, 0);
    QVERIFY2(mine.out.contains(kCommentMarker), qPrintable(mine.out + mine.err));
    QVERIFY(mine.out.contains(kOpinionMarker));

    store.reset();
    QVERIFY(!holds(fileBytes(db), kCommentMarker));
    QVERIFY(!holds(fileBytes(db), kOpinionMarker));
}

void TestDraftAtRest::clearDraftIsSealedAtSignIn()
{
    const QString db = freshDemo(QStringLiteral("upgrade.paneldesk"));
    Target t;
    {
        auto store = SqliteStore::open(db);
        signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        // Added without a key (as the secretariat does): their drafts are kept in the clear.
        store->addMemberWithPassphrase(Reviewer{kNewExpert, QStringLiteral("Expert 11"),
                                                Role::Expert, {}},
                                       kNewPassphrase, QStringLiteral("chair"));
        store->setSigner(nullptr);
        t = firstTarget(store->loadPanel());
        store->setExpertScore({kNewExpert, t.team, t.item, t.score, false, kCommentMarker}, kNewExpert);
        store->setSheetOpinion(kNewExpert, t.team, kOpinionMarker, kNewExpert);
    }
    QVERIFY(holds(fileBytes(db), kCommentMarker));   // the clear path is really clear
    QVERIFY(holds(fileBytes(db), kOpinionMarker));
    {
        auto store = SqliteStore::open(db);
        signAs(*store, kNewExpert, kNewPassphrase);   // registers the key, seals the drafts
        QCOMPARE(store->loadExpertScore(kNewExpert, t.team, t.item)->comment, kCommentMarker);
    }
    QVERIFY(!holds(fileBytes(db), kCommentMarker));
    QVERIFY(!holds(fileBytes(db), kOpinionMarker));
    auto store = SqliteStore::open(db);
    signAs(*store, kNewExpert, kNewPassphrase);
    QCOMPARE(store->loadExpertScore(kNewExpert, t.team, t.item)->comment, kCommentMarker);
    bool sealedEntry = false;
    for (const AuditEntry &e : store->auditLog())
        sealedEntry = sealedEntry || (e.action == u"seal-drafts"_qs && e.actor == kNewExpert);
    QVERIFY(sealedEntry);
}

void TestDraftAtRest::reopenedSheetIsSealedToItsReviewer()
{
    const QString db = freshDemo(QStringLiteral("reopen.paneldesk"));
    auto store = SqliteStore::open(db);
    signAs(*store, QStringLiteral("e01"), demoPassphrase(Role::Expert));
    QString team;
    for (const SheetRecord &s : store->loadSheets())
        if (s.reviewer == u"e01"_qs && s.submitted) {
            team = s.team;
            break;
        }
    QVERIFY(!team.isEmpty());
    const std::vector<ExpertScore> before = store->loadSheetScores(u"e01"_qs, team);
    QVERIFY(!before.empty());

    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    store->reopenSheet(u"e01"_qs, team, u"a typo in the rationale"_qs, QStringLiteral("chair"));
    QVERIFY(store->loadSheetScores(u"e01"_qs, team).empty());   // sealed: the chair sees nothing
    {
        SqliteConnection raw(db, SqliteConnection::Mode::ReadWrite);
        QVERIFY(existsSql(raw.db(), u"SELECT 1 FROM sealed_drafts WHERE reviewer_id = 'e01' AND team_id = ?"_qs, {team}));
        QVERIFY(!existsSql(raw.db(), u"SELECT 1 FROM expert_scores WHERE reviewer_id = 'e01' AND team_id = ?"_qs, {team}));
    }
    signAs(*store, QStringLiteral("e01"), demoPassphrase(Role::Expert));
    std::vector<ExpertScore> after = store->loadSheetScores(u"e01"_qs, team);
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].item, before[i].item);
        QCOMPARE(after[i].score, before[i].score);
        QCOMPARE(after[i].comment, before[i].comment);
        QVERIFY(!after[i].submitted);
    }
    store->submitSheet(u"e01"_qs, team, u"e01"_qs);   // opened and submitted in the clear
    after = store->loadSheetScores(u"e01"_qs, team);
    QCOMPARE(after.size(), before.size());
    QVERIFY(after.front().submitted);
}

void TestDraftAtRest::othersCannotChangeASealedDraft()
{
    const QString db = freshDemo(QStringLiteral("others.paneldesk"));
    Target t;
    {
        auto store = SqliteStore::open(db);
        signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        addMemberWithKey(*store, Reviewer{kNewExpert, QStringLiteral("Expert 11"), Role::Expert, {}},
                         kNewPassphrase, QStringLiteral("chair"));
        t = firstTarget(store->loadPanel());
        signAs(*store, kNewExpert, kNewPassphrase);
        store->setExpertScore({kNewExpert, t.team, t.item, t.score, false, kCommentMarker}, kNewExpert);
    }
    const QByteArray before = databaseBytesHash(db);
    auto store = SqliteStore::open(db);
    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    QVERIFY_THROWS_EXCEPTION(InputError, store->setExpertScore(
        {kNewExpert, t.team, t.item, 0.0, false, QString()}, QStringLiteral("chair")));
    QVERIFY_THROWS_EXCEPTION(InputError, store->setSheetOpinion(kNewExpert, t.team, u"x"_qs,
                                                                QStringLiteral("chair")));
    QVERIFY_THROWS_EXCEPTION(InputError, store->clearExpertScore(kNewExpert, t.team, t.item,
                                                                 QStringLiteral("chair")));
    QVERIFY_THROWS_EXCEPTION(InputError, store->submitSheet(kNewExpert, t.team, kNewExpert));
    store.reset();
    QCOMPARE(databaseBytesHash(db), before);
}

void TestDraftAtRest::keyResetDropsTheSealedDraft()
{
    const QString db = freshDemo(QStringLiteral("reset.paneldesk"));
    auto store = SqliteStore::open(db);
    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    addMemberWithKey(*store, Reviewer{kNewExpert, QStringLiteral("Expert 11"), Role::Expert, {}},
                     kNewPassphrase, QStringLiteral("chair"));
    const Target t = firstTarget(store->loadPanel());
    signAs(*store, kNewExpert, kNewPassphrase);
    store->setExpertScore({kNewExpert, t.team, t.item, t.score, false, kCommentMarker}, kNewExpert);

    // The chair resets the passphrase: a new key, which cannot open the old seal.
    signAs(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    setPassphraseAndKey(*store, kNewExpert, u"a brand new passphrase"_qs, QStringLiteral("chair"));
    signAs(*store, kNewExpert, u"a brand new passphrase"_qs);
    QVERIFY(!store->loadExpertScore(kNewExpert, t.team, t.item));
    for (const SheetRecord &s : store->loadSheets())
        QVERIFY(!(s.reviewer == kNewExpert && s.team == t.team));   // "not started" again
    store->setExpertScore({kNewExpert, t.team, t.item, 0.0, false, u"again"_qs}, kNewExpert);
    QCOMPARE(store->loadExpertScore(kNewExpert, t.team, t.item)->comment, u"again"_qs);
}

QTEST_GUILESS_MAIN(TestDraftAtRest)
#include "tst_draftatrest.moc"
