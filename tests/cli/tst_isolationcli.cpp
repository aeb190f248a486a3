// T10 for the command line: expert B's drafts (a unique score pattern and a marker comment)
// never show to anyone else — not in standings, exports, analyses, reports or the sheets of
// another member, not even as a changed count, total or average: every output of A, the
// chair, the secretariat and nobody is byte-for-byte the same before and after B's drafts.
#include "CliTestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

namespace {
const QByteArray kMarker = "ZQX-B-DRAFT-7731";
const QByteArray kExpert = "expert-demo-2026\n";
} // namespace

namespace {

struct Row {
    const char *tag;
    QString actor;   // "" is nobody
    QStringList arguments;
    bool stable;     // same bytes before and after (no timestamp in it)
};

std::vector<Row> rows()
{
    const QStringList json{u"standings"_qs, u"--json"_qs};
    const QStringList csv{u"export"_qs, u"--format=csv"_qs, u"--out"_qs, u"OUT"_qs};
    const QStringList sheetsOfB{u"export-sheets"_qs, u"--member=b"_qs, u"--out"_qs, u"OUT"_qs};
    const QStringList panel{u"export-panel"_qs, u"--out"_qs, u"OUT"_qs};
    return {
        {"a standings", u"a"_qs, {u"standings"_qs}, true},
        {"a standings json", u"a"_qs, json, true},
        {"a export csv", u"a"_qs, csv, true},
        {"a export json", u"a"_qs, {u"export"_qs, u"--format=json"_qs, u"--out"_qs, u"OUT"_qs}, true},
        {"a decision", u"a"_qs, {u"decision"_qs, u"--json"_qs}, true},
        {"a sheet lg", u"a"_qs, {u"sheet"_qs, u"show"_qs, u"--team=lg"_qs}, true},
        {"a sheet nc", u"a"_qs, {u"sheet"_qs, u"show"_qs, u"--team=nc"_qs}, true},
        {"a own sheets file", u"a"_qs, {u"export-sheets"_qs, u"--out"_qs, u"OUT"_qs}, false},
        {"a agreement (refused)", u"a"_qs, {u"agreement"_qs}, true},
        {"a sheets of b (refused)", u"a"_qs, sheetsOfB, true},
        {"chair standings", u"chair"_qs, {u"standings"_qs}, true},
        {"chair standings json", u"chair"_qs, json, true},
        {"chair agreement json", u"chair"_qs, {u"agreement"_qs, u"--json"_qs}, true},
        {"chair sensitivity json", u"chair"_qs, {u"sensitivity"_qs, u"--json"_qs}, true},
        {"chair export-panel", u"chair"_qs, panel, true},
        {"chair export csv", u"chair"_qs, csv, true},
        {"chair fingerprint", u"chair"_qs, {u"fingerprint"_qs}, true},
        {"chair report full", u"chair"_qs, {u"report"_qs, u"--disclosure=full"_qs, u"--text"_qs}, false},
        {"chair sheets of b (refused)", u"chair"_qs, sheetsOfB, true},
        {"secretariat standings json", u"secretariat"_qs, json, true},
        {"secretariat export-panel", u"secretariat"_qs, panel, true},
        {"nobody standings json", QString(), json, true},
        {"nobody export csv", QString(), csv, true},
        {"nobody decision", QString(), {u"decision"_qs}, true},
        {"nobody member list", QString(), {u"member"_qs, u"list"_qs}, true},
    };
}

} // namespace

class TestIsolationCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void draftsOfBShowNowhere_data();
    void draftsOfBShowNowhere();

private:
    // The command's standard output, error and output file (OUT) as one text.
    QByteArray output(const QString &actor, QStringList arguments, int *code);
    QString db() const { return m_dir.filePath(u"demo.paneldesk"_qs); }

    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_before;   // data tag -> output before B's drafts
    int m_outputs = 0;
};

QByteArray TestIsolationCli::output(const QString &actor, QStringList arguments, int *code)
{
    const QString out = m_dir.filePath(u"out-%1"_qs.arg(m_outputs++));
    for (QString &a : arguments)
        if (a == u"OUT"_qs)
            a = out;
    arguments << u"--db"_qs << db();
    QByteArray input;
    if (!actor.isEmpty()) {
        arguments << u"--as"_qs << actor;
        input = actor == u"a"_qs || actor == u"b"_qs ? kExpert
                                                     : demoPassphrase(demoRoleOf(actor)).toUtf8() + '\n';
    }
    const CliRun run = runCli(m_dir.path(), arguments, input);
    *code = run.code;
    QByteArray text = QString(run.out + u"\n--\n"_qs + run.err).replace(out, u"OUT"_qs).toUtf8();
    QFile file(out);
    if (file.open(QIODevice::ReadOnly))
        text += "\n--\n" + file.readAll();
    return text;
}

void TestIsolationCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(runCli(m_dir.path(), {u"demo"_qs, u"--db"_qs, db()}).code, 0);
    for (const QString &id : {u"a"_qs, u"b"_qs}) {
        const CliRun run = runCli(m_dir.path(),
                                  {u"member"_qs, u"add"_qs, u"--db"_qs, db(), u"--as"_qs, u"chair"_qs,
                                   u"--id"_qs, id, u"--name"_qs, id, u"--role"_qs, u"expert"_qs},
                                  "chair-demo-2026\n" + kExpert);
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
    // A submits a sheet for lg (so that A may compare there: "submit first, then compare")
    for (const auto &[item, score] : {std::pair{"strategy", "6"}, std::pair{"technology", "9"},
                                      std::pair{"impact", "7"}})
        QCOMPARE(runCli(m_dir.path(),
                        {u"sheet"_qs, u"set"_qs, u"--db"_qs, db(), u"--as"_qs, u"a"_qs, u"--team=lg"_qs,
                         u"--item"_qs, QString::fromLatin1(item), u"--score"_qs, QString::fromLatin1(score)},
                        kExpert).code,
                 0);
    QCOMPARE(runCli(m_dir.path(), {u"sheet"_qs, u"submit"_qs, u"--db"_qs, db(), u"--as"_qs, u"a"_qs,
                                   u"--team=lg"_qs}, kExpert).code,
             0);
    // every output once before B's drafts
    for (const Row &row : rows()) {
        int code = -1;
        m_before.insert(QString::fromLatin1(row.tag), output(row.actor, row.arguments, &code));
    }
    // B's drafts: extreme scores (a total far from every team's mean) and a marker in the
    // comments, on lg and nc
    for (const char *team : {"lg", "nc"})
        for (const auto &[item, score] : {std::pair{"strategy", "9.5"}, std::pair{"technology", "0.5"},
                                          std::pair{"impact", "9.5"}}) {
            const CliRun run = runCli(
                m_dir.path(),
                {u"sheet"_qs, u"set"_qs, u"--db"_qs, db(), u"--as"_qs, u"b"_qs,
                 u"--team"_qs, QString::fromLatin1(team), u"--item"_qs, QString::fromLatin1(item),
                 u"--score"_qs, QString::fromLatin1(score), u"--comment"_qs,
                 QString::fromLatin1(kMarker)},
                kExpert);
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
    // B sees their own drafts (the pattern is real)
    QVERIFY(runCli(m_dir.path(), {u"sheet"_qs, u"show"_qs, u"--db"_qs, db(), u"--as"_qs, u"b"_qs,
                                  u"--team=lg"_qs}, kExpert).out.contains(QString::fromLatin1(kMarker)));
}

void TestIsolationCli::draftsOfBShowNowhere_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("stable");
    for (const Row &row : rows())
        QTest::newRow(row.tag) << row.actor << row.arguments << row.stable;
}

void TestIsolationCli::draftsOfBShowNowhere()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    QFETCH(bool, stable);
    int code = -1;
    const QByteArray after = output(actor, arguments, &code);
    QVERIFY2(!after.contains(kMarker), after.constData());
    if (stable)
        QCOMPARE(after, m_before.value(QString::fromLatin1(QTest::currentDataTag())));
}

QTEST_GUILESS_MAIN(TestIsolationCli)
#include "tst_isolationcli.moc"
