// T17 role matrix (and T12 chair-only): every command of paneldesk-cli that writes or reads
// non-public data, run as nobody, an observer, an expert, an expert with a conflict of
// interest, the secretariat and the chair, each on its own copy of a demo database in the
// state the command needs. Exactly the allowed ones succeed; every refusal exits 2, names
// the role needed, and leaves the bytes of the database (and its -wal) as they were; every
// allowed write is in the audit log under the signed-in member.
#include "CliTestSupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

namespace {

// The actors: "" is nobody. e11 is an expert without sheets; cx an expert with a conflict
// with lg; observer an observer (both added to the demo as the chair).
const QStringList kActors{QString(), u"observer"_qs, u"e11"_qs, u"cx"_qs, u"secretariat"_qs,
                          u"chair"_qs};

QString actorName(const QString &actor) { return actor.isEmpty() ? u"nobody"_qs : actor; }

} // namespace

class TestRoleMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void passphraseFileMustBeOwnerOnly();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(m_dir.path(), arguments, input);
    }
    CliRun asChair(QStringList arguments, const QString &db) const
    {
        arguments << u"--db"_qs << db << u"--as"_qs << u"chair"_qs;
        return cli(arguments, "chair-demo-2026\n");
    }
    QString base(const QString &state) const { return m_dir.filePath(state + u".paneldesk"_qs); }
    int auditCount(const QString &db, const QString &actor) const;

    QTemporaryDir m_dir;
    int m_copies = 0;
};

int TestRoleMatrix::auditCount(const QString &db, const QString &actor) const
{
    const QString name = u"rolematrix-audit"_qs;
    int count = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        raw.setDatabaseName(db);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        if (raw.open()) {
            QSqlQuery q(raw);
            q.prepare(u"SELECT count(*) FROM audit_log WHERE actor = ?"_qs);
            q.addBindValue(actor);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void TestRoleMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString open = base(u"open"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, open}).code, 0);
    for (const auto &[id, role, extra] :
         {std::tuple{u"observer"_qs, u"observer"_qs, QStringList{}},
          std::tuple{u"e11"_qs, u"expert"_qs, QStringList{}},
          std::tuple{u"cx"_qs, u"expert"_qs, QStringList{u"--conflicts"_qs, u"lg"_qs}}}) {
        const CliRun run = cli(QStringList{u"member"_qs, u"add"_qs, u"--db"_qs, open, u"--as"_qs,
                                           u"chair"_qs, u"--id"_qs, id, u"--name"_qs, id,
                                           u"--role"_qs, role}
                                   + extra,
                               "chair-demo-2026\n" + demoPassphrase(demoRoleOf(id)).toUtf8() + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
    // e11's offline sheets file, for import-sheets
    const CliRun sheets = cli({u"export-sheets"_qs, u"--db"_qs, open, u"--as"_qs, u"e11"_qs,
                               u"--out"_qs, m_dir.filePath(u"e11-sheets.json"_qs)},
                              "expert-demo-2026\n");
    QVERIFY2(sheets.code == 0, qPrintable(sheets.err));
    QCOMPARE(asChair({u"export-panel"_qs, u"--out"_qs, m_dir.filePath(u"panel.json"_qs)}, open).code, 0);
    QFile ratings(m_dir.filePath(u"ratings.csv"_qs));
    QVERIFY(ratings.open(QIODevice::WriteOnly));
    ratings.write("evaluator,team,item,rating\nzz1,lg,usability,4\n");
    ratings.close();
    QFile results(m_dir.filePath(u"results.csv"_qs));
    QVERIFY(results.open(QIODevice::WriteOnly));
    results.write("team,benchmark,score,target\nlg,nia-math,88.25,90\n");
    results.close();

    // the later states, each from the one before
    QVERIFY(QFile::copy(open, base(u"locked"_qs)));
    QCOMPARE(asChair({u"lock"_qs}, base(u"locked"_qs)).code, 0);
    QVERIFY(QFile::copy(base(u"locked"_qs), base(u"decided"_qs)));
    QCOMPARE(asChair({u"decide"_qs, u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs,
                      u"--reason=naver=b"_qs}, base(u"decided"_qs)).code, 0);
    QVERIFY(QFile::copy(base(u"decided"_qs), base(u"announced"_qs)));
    QCOMPARE(asChair({u"announce"_qs, u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs},
                     base(u"announced"_qs)).code, 0);
    QVERIFY(QFile::copy(base(u"announced"_qs), base(u"appealed"_qs)));
    QCOMPARE(asChair({u"appeal"_qs, u"add"_qs, u"--team=nc"_qs, u"--grounds=g"_qs,
                      u"--today=2026-01-20"_qs}, base(u"appealed"_qs)).code, 0);
    QVERIFY(QFile::copy(base(u"announced"_qs), base(u"final"_qs)));
    QCOMPARE(asChair({u"finalize"_qs, u"--today=2026-01-26"_qs}, base(u"final"_qs)).code, 0);
}

void TestRoleMatrix::matrix_data()
{
    QTest::addColumn<QString>("state");        // the base database
    QTest::addColumn<QStringList>("arguments");   // OUT is replaced by a fresh output path
    QTest::addColumn<QByteArray>("extraInput");   // after the sign-in line (a new passphrase)
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("writes");          // an allowed run appends to the audit log
    QTest::addColumn<QString>("needed");       // in every refusal's message

    struct Row {
        const char *name;
        QString state;
        QStringList arguments;
        QStringList allowed;   // "*": everyone, nobody included
        bool writes;
        QString needed;
        QByteArray extraInput;
        QString conflicted = {};   // cx is refused for a conflict: this is in the message
    };
    const QString chair = u"the chair"_qs;
    const QString chairOrSec = u"the chair or the secretariat"_qs;
    const QString newPass = u"x"_qs;
    const std::vector<Row> rows{
        // public with nobody signed in (each member sees their own view)
        {"standings", u"open"_qs, {u"standings"_qs}, {u"*"_qs}, false, {}, {}},
        {"standings json", u"open"_qs, {u"standings"_qs, u"--json"_qs}, {u"*"_qs}, false, {}, {}},
        {"member list", u"open"_qs, {u"member"_qs, u"list"_qs}, {u"*"_qs}, false, {}, {}},
        {"decision", u"decided"_qs, {u"decision"_qs}, {u"*"_qs}, false, {}, {}},
        {"fingerprint", u"decided"_qs, {u"fingerprint"_qs}, {u"*"_qs}, false, {}, {}},
        {"export csv", u"open"_qs, {u"export"_qs, u"--format=csv"_qs, u"--out"_qs, u"OUT"_qs},
         {u"*"_qs}, false, {}, {}},
        {"report public announced", u"announced"_qs,
         {u"report"_qs, u"--disclosure=public"_qs, u"--text"_qs}, {u"*"_qs}, false, {}, {}},
        // the chair's
        {"report public draft", u"open"_qs, {u"report"_qs, u"--disclosure=public"_qs, u"--text"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"report public publish", u"announced"_qs,
         {u"report"_qs, u"--disclosure=public"_qs, u"--publish=lg"_qs, u"--text"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"report full", u"decided"_qs, {u"report"_qs, u"--disclosure=full"_qs, u"--text"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"report team", u"decided"_qs,
         {u"report"_qs, u"--disclosure=team"_qs, u"--team=lg"_qs, u"--text"_qs}, {u"chair"_qs},
         false, chair, {}},
        {"export reviewers", u"open"_qs,
         {u"export"_qs, u"--format=xlsx"_qs, u"--with-reviewers"_qs, u"--out"_qs, u"OUT"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"fingerprint inputs", u"decided"_qs, {u"fingerprint"_qs, u"--inputs-out"_qs, u"OUT"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"agreement", u"open"_qs, {u"agreement"_qs}, {u"chair"_qs}, false, chair, {}},
        {"sensitivity", u"open"_qs, {u"sensitivity"_qs}, {u"chair"_qs}, false, chair, {}},
        {"import-sheets", u"open"_qs, {u"import-sheets"_qs, u"e11-sheets.json"_qs},
         {u"chair"_qs}, true, chair, {}},
        {"lock", u"open"_qs, {u"lock"_qs}, {u"chair"_qs}, true, chair, {}},
        {"reopen", u"locked"_qs, {u"reopen"_qs, u"--reason=x"_qs}, {u"chair"_qs}, true, chair, {}},
        {"decide", u"locked"_qs,
         {u"decide"_qs, u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs},
         {u"chair"_qs}, true, chair, {}},
        {"announce", u"decided"_qs,
         {u"announce"_qs, u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs}, {u"chair"_qs},
         true, chair, {}},
        {"appeal add", u"announced"_qs,
         {u"appeal"_qs, u"add"_qs, u"--team=nc"_qs, u"--grounds=g"_qs, u"--today=2026-01-20"_qs},
         {u"chair"_qs}, true, chair, {}},
        {"appeal rule", u"appealed"_qs,
         {u"appeal"_qs, u"rule"_qs, u"--id=1"_qs, u"--ruling=rejected"_qs, u"--reason=r"_qs,
          u"--today=2026-01-22"_qs},
         {u"chair"_qs}, true, chair, {}},
        {"finalize", u"announced"_qs, {u"finalize"_qs, u"--today=2026-01-26"_qs}, {u"chair"_qs},
         true, chair, {}},
        {"next-round", u"final"_qs, {u"next-round"_qs, u"--out"_qs, u"OUT"_qs, u"--id=R2"_qs},
         {u"chair"_qs}, false, chair, {}},
        {"import-panel replace", u"open"_qs,
         {u"import-panel"_qs, u"panel.json"_qs, u"--chair=chair"_qs, u"--replace"_qs},
         {u"chair"_qs}, false, chair, "a-new-chair-passphrase\n"},
        {"demo replace", u"open"_qs, {u"demo"_qs, u"--replace"_qs}, {u"chair"_qs}, false, chair, {}},
        {"member add chair", u"open"_qs,
         {u"member"_qs, u"add"_qs, u"--id=mallory"_qs, u"--name=M"_qs, u"--role=chair"_qs},
         {u"chair"_qs}, true, chair, "mallory-passphrase\n"},
        {"member passphrase chair", u"open"_qs, {u"member"_qs, u"passphrase"_qs, u"--id=chair"_qs},
         {u"chair"_qs}, true, chair, "a-new-chair-passphrase\n"},
        // the chair's or the secretariat's
        {"export-panel", u"open"_qs, {u"export-panel"_qs, u"--out"_qs, u"OUT"_qs},
         {u"chair"_qs, u"secretariat"_qs}, false, chairOrSec, {}},
        {"backup", u"open"_qs, {u"backup"_qs, u"--out"_qs, u"OUT"_qs},
         {u"chair"_qs, u"secretariat"_qs}, false, chairOrSec, {}},
        {"import-ratings", u"open"_qs, {u"import-ratings"_qs, u"ratings.csv"_qs},
         {u"chair"_qs, u"secretariat"_qs}, true, chairOrSec, {}},
        {"import-benchmarks", u"open"_qs, {u"import-benchmarks"_qs, u"results.csv"_qs},
         {u"chair"_qs, u"secretariat"_qs}, true, chairOrSec, {}},
        {"member add expert", u"open"_qs,
         {u"member"_qs, u"add"_qs, u"--id=newbie"_qs, u"--name=N"_qs, u"--role=expert"_qs},
         {u"chair"_qs, u"secretariat"_qs}, true, chairOrSec, "newbie-passphrase\n"},
        // the member themselves (or the chair or the secretariat)
        {"member passphrase e11", u"open"_qs, {u"member"_qs, u"passphrase"_qs, u"--id=e11"_qs},
         {u"e11"_qs, u"chair"_qs, u"secretariat"_qs}, true,
         u"the member themselves, the chair or the secretariat"_qs, "a-new-e11-passphrase\n"},
        {"export-sheets e11", u"open"_qs,
         {u"export-sheets"_qs, u"--member=e11"_qs, u"--out"_qs, u"OUT"_qs}, {u"e11"_qs}, false,
         u"the member themselves"_qs, {}},
        // members who score, not for a conflicted team
        {"sheet show", u"open"_qs, {u"sheet"_qs, u"show"_qs, u"--team=lg"_qs},
         {u"chair"_qs, u"e11"_qs}, false, u"the chair or an expert"_qs, {},
         u"conflict of interest"_qs},
        {"sheet set", u"open"_qs,
         {u"sheet"_qs, u"set"_qs, u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=5"_qs},
         {u"chair"_qs, u"e11"_qs}, true, u"the chair or an expert"_qs, {},
         u"conflict of interest"_qs},
    };
    Q_UNUSED(newPass);
    for (const Row &row : rows)
        for (const QString &actor : kActors) {
            const bool allowed = row.allowed.contains(u"*"_qs) || row.allowed.contains(actor);
            QString needed = row.needed;
            if (!allowed && actor == u"cx"_qs && !row.conflicted.isEmpty())
                needed = row.conflicted;
            QTest::addRow("%s as %s", row.name, qPrintable(actorName(actor)))
                << row.state << row.arguments << row.extraInput << actor << allowed << row.writes
                << needed;
        }
}

void TestRoleMatrix::matrix()
{
    QFETCH(QString, state);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, extraInput);
    QFETCH(QString, actor);
    QFETCH(bool, allowed);
    QFETCH(bool, writes);
    QFETCH(QString, needed);

    const QString db = m_dir.filePath(u"copy%1.paneldesk"_qs.arg(++m_copies));
    QVERIFY(QFile::copy(base(state), db));
    const QString out = m_dir.filePath(u"out%1"_qs.arg(m_copies));
    for (QString &a : arguments)
        if (a == u"OUT"_qs)
            a = out;
    arguments << u"--db"_qs << db;
    QByteArray input;
    if (!actor.isEmpty()) {
        arguments << u"--as"_qs << actor;
        input = demoPassphrase(demoRoleOf(actor)).toUtf8() + '\n';
    }
    input += extraInput;

    const QByteArray before = databaseBytesHash(db);
    const int auditBefore = actor.isEmpty() ? 0 : auditCount(db, actor);
    const CliRun run = cli(arguments, input);
    if (allowed) {
        QVERIFY2(run.code == 0, qPrintable(run.err));
        if (writes)
            QVERIFY2(auditCount(db, actor) > auditBefore, "no audit entry by the actor");
        return;
    }
    QVERIFY2(run.code == 2, qPrintable(u"exit %1: %2"_qs.arg(run.code).arg(run.err)));
    QVERIFY2(run.err.contains(needed), qPrintable(run.err));
    if (actor.isEmpty() && needed != u"conflict of interest"_qs)
        QVERIFY2(run.err.contains(u"sign in with --as"_qs), qPrintable(run.err));
    QCOMPARE(databaseBytesHash(db), before);
    QVERIFY2(!QFileInfo::exists(out), "a refused command wrote its output");
}

void TestRoleMatrix::passphraseFileMustBeOwnerOnly()
{
    const QString db = m_dir.filePath(u"pf.paneldesk"_qs);
    QVERIFY(QFile::copy(base(u"open"_qs), db));
    const QString file = m_dir.filePath(u"chair.pass"_qs);
    QFile pass(file);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("chair-demo-2026\n");
    pass.close();
    const QStringList arguments{u"agreement"_qs, u"--db"_qs, db, u"--as"_qs, u"chair"_qs,
                                u"--passphrase-file"_qs, file};
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    CliRun run = cli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"readable by you only"_qs), qPrintable(run.err));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QCOMPARE(cli(arguments).code, 2);
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    run = cli(arguments);   // nothing on standard input: the file is read
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
