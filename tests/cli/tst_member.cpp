// paneldesk-cli member add | list | passphrase, end to end: the passphrase comes on standard
// input, only an Argon2id hash reaches the file, and bad input exits with 2.

#include "storage/SqliteStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

class TestMember : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addReadsThePassphraseFromStandardInput();
    void listAlignsKoreanNames();
    void badInputExitsWith2_data();
    void badInputExitsWith2();
    void lineEndingsAreNotPartOfThePassphrase_data();
    void lineEndingsAreNotPartOfThePassphrase();
    void passphraseCommandReplacesIt();
    void missingDatabaseExitsWith1();
    void subcommandUsage();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    Run addKim(const QByteArray &input, const QStringList &extra = {}) const;
    QString db() const { return m_dir->filePath(QStringLiteral("panel.paneldesk")); }
    // Raw SQL, as a tool would read the file: the first column of the first row.
    QVariant sql(const QString &query) const;

    QTemporaryDir m_template;   // one demo database, copied for each test
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestMember::Run TestMember::cli(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir ? m_dir->path() : m_template.path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

TestMember::Run TestMember::addKim(const QByteArray &input, const QStringList &extra) const
{
    // Signed in as the secretariat: their passphrase is the first line, the new member's next.
    return cli(QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--db"),
                           db(), QStringLiteral("--as"), QStringLiteral("secretariat"),
                           QStringLiteral("--id"), QStringLiteral("k01"),
                           QStringLiteral("--name"), QStringLiteral("김철수 위원"),
                           QStringLiteral("--role"), QStringLiteral("expert")}
                   + extra,
               "secretariat-demo-2026\n" + input);
}

QVariant TestMember::sql(const QString &query) const
{
    const QString name = QStringLiteral("tst_member_raw");
    QVariant value;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(db());
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(query) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestMember::initTestCase()
{
    QVERIFY(m_template.isValid());
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"),
                          m_template.filePath(QStringLiteral("demo.paneldesk"))});
    QVERIFY2(demo.code == 0, demo.err.constData());
}

void TestMember::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("demo.paneldesk")), db()));
}

void TestMember::addReadsThePassphraseFromStandardInput()
{
    const QByteArray passphrase = "독자 모델 평가 2026";
    const Run run = addKim(passphrase + '\n', {QStringLiteral("--conflicts"),
                                               QStringLiteral("lg, skt")});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(!run.out.contains(passphrase));
    QVERIFY(!run.err.contains(passphrase));

    const QString hash = sql(QStringLiteral(
        "SELECT passphrase_hash FROM members WHERE id = 'k01'")).toString();
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    QCOMPARE(sql(QStringLiteral("SELECT name || '/' || role FROM members WHERE id = 'k01'"))
                 .toString(),
             QStringLiteral("김철수 위원/expert"));
    QCOMPARE(sql(QStringLiteral("SELECT group_concat(team_id, ',') FROM (SELECT team_id FROM "
                                "member_conflicts WHERE member_id = 'k01' ORDER BY seq)"))
                 .toString(),
             QStringLiteral("lg,skt"));
    // Neither the passphrase nor the hash anywhere in the audit log.
    const QString pattern = QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE coalesce(old_value, '') || coalesce(new_value, '') "
        "|| reason || entity LIKE '%%1%'");
    QCOMPARE(sql(pattern.arg(QString::fromUtf8(passphrase))).toInt(), 0);
    QCOMPARE(sql(pattern.arg(QStringLiteral("argon2"))).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'add-member' "
                                "AND actor = 'secretariat' AND entity = 'members/k01'")).toInt(), 1);

    // The stored hash verifies the passphrase through the store.
    const auto store = pd::SqliteStore::open(db());
    QVERIFY(store->checkPassphrase(QStringLiteral("k01"), QString::fromUtf8(passphrase)));
    QVERIFY(!store->checkPassphrase(QStringLiteral("k01"), QStringLiteral("독자 모델 평가 2025")));
}

void TestMember::listAlignsKoreanNames()
{
    QCOMPARE(addKim("passphrase for kim\n").code, 0);
    const Run run = cli({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--db"), db()});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QLatin1String("passphrase")), qPrintable(text));
    // The role column starts at the same display column on every line: Hangul counts twice.
    const QRegularExpression hangul(QStringLiteral("[가-힣]"));
    QList<qsizetype> columns;
    int setCount = 0, notSetCount = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        // After the id column: the demo has members with the ids "chair" and "secretariat".
        const qsizetype at = line.indexOf(QRegularExpression(QStringLiteral(
            "\\b(chair|expert|secretariat|observer)\\b")), line.indexOf(QLatin1Char(' ')));
        if (at < 0)
            continue;
        columns << at + line.left(at).count(hangul);
        if (line.startsWith(QLatin1String("k01"))) {
            QVERIFY2(line.contains(QStringLiteral("김철수 위원")), qPrintable(line));
            QVERIFY2(line.trimmed().endsWith(QLatin1String(" set")), qPrintable(line));
        }
        (line.trimmed().endsWith(QLatin1String("not set")) ? notSetCount : setCount) += 1;
    }
    QCOMPARE(columns.size(), 13);   // the demo's 12 members and k01
    for (qsizetype c : columns)
        QCOMPARE(c, columns.first());
    QCOMPARE(setCount, 13);   // the demo's members have the known demo passphrases
    QCOMPARE(notSetCount, 0);
}

void TestMember::badInputExitsWith2_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("replace");   // option, value: replaces that option's value
    QTest::addColumn<QByteArray>("message");
    const QByteArray ok = "long enough passphrase\n";
    QTest::newRow("no input") << QByteArray() << QStringList() << QStringList()
                              << QByteArray("no passphrase");
    QTest::newRow("empty line") << QByteArray("\n") << QStringList() << QStringList()
                                << QByteArray("no passphrase");
    QTest::newRow("CRLF only") << QByteArray("\r\n") << QStringList() << QStringList()
                               << QByteArray("no passphrase");
    QTest::newRow("too short") << QByteArray("1234567\n") << QStringList() << QStringList()
                               << QByteArray("at least 8 characters");
    QTest::newRow("not UTF-8") << QByteArray("abc\xff\xfe" "defgh\n") << QStringList()
                               << QStringList() << QByteArray("UTF-8");
    QTest::newRow("unknown role") << ok << QStringList() << QStringList{QStringLiteral("--role"), QStringLiteral("boss")}
                                  << QByteArray("unknown role \"boss\"");
    QTest::newRow("taken id") << ok << QStringList() << QStringList{QStringLiteral("--id"), QStringLiteral("e01")}
                              << QByteArray("already exists");
    QTest::newRow("bad id") << ok << QStringList() << QStringList{QStringLiteral("--id"), QStringLiteral("k 01")}
                            << QByteArray("not a valid member id");
    QTest::newRow("unknown conflict team") << ok
                                           << QStringList{QStringLiteral("--conflicts"), QStringLiteral("lg,kt")}
                                           << QStringList() << QByteArray("unknown conflict team \"kt\"");
    QTest::newRow("missing --role") << ok << QStringList()
                                    << QStringList{QStringLiteral("--role"), QString()}
                                    << QByteArray("--role");
}

void TestMember::badInputExitsWith2()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, replace);
    QFETCH(QByteArray, message);
    const QByteArray before = sql(QStringLiteral(
        "SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM members")).toByteArray();

    QStringList arguments{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--db"), db(),
                          QStringLiteral("--as"), QStringLiteral("secretariat"),
                          QStringLiteral("--id"), QStringLiteral("k01"), QStringLiteral("--name"),
                          QStringLiteral("김철수"), QStringLiteral("--role"), QStringLiteral("expert")};
    if (!replace.isEmpty()) {
        const qsizetype at = arguments.indexOf(replace.at(0));
        if (replace.at(1).isEmpty())
            arguments.remove(at, 2);
        else
            arguments[at + 1] = replace.at(1);
    }
    const Run run = cli(arguments + extra, "secretariat-demo-2026\n" + input);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QCOMPARE(sql(QStringLiteral(
                 "SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM members"))
                 .toByteArray(),
             before);
}

void TestMember::lineEndingsAreNotPartOfThePassphrase_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("LF") << QByteArray("exactly this\n");
    QTest::newRow("CRLF") << QByteArray("exactly this\r\n");
    QTest::newRow("no line ending") << QByteArray("exactly this");
    QTest::newRow("only the first line") << QByteArray("exactly this\nsecond line\n");
}

void TestMember::lineEndingsAreNotPartOfThePassphrase()
{
    QFETCH(QByteArray, input);
    const Run run = addKim(input);
    QVERIFY2(run.code == 0, run.err.constData());
    const auto store = pd::SqliteStore::open(db());
    QVERIFY(store->checkPassphrase(QStringLiteral("k01"), QStringLiteral("exactly this")));
}

void TestMember::passphraseCommandReplacesIt()
{
    const QStringList arguments{QStringLiteral("member"), QStringLiteral("passphrase"),
                                QStringLiteral("--db"), db(), QStringLiteral("--as"),
                                QStringLiteral("e01"), QStringLiteral("--id"),
                                QStringLiteral("e01")};
    // e01 sets their own: their passphrase first, then the new one.
    // The demo's members start with the known demo passphrase; a refused one keeps it.
    const QString demoHash =
        sql(QStringLiteral("SELECT passphrase_hash FROM members WHERE id = 'e01'")).toString();
    QVERIFY(demoHash.startsWith(QLatin1String("$argon2id$")));
    QCOMPARE(cli(arguments, "expert-demo-2026\nshort\n").code, 2);
    QCOMPARE(sql(QStringLiteral("SELECT passphrase_hash FROM members WHERE id = 'e01'")).toString(),
             demoHash);
    const Run run = cli(arguments, "expert-demo-2026\n전문가 1의 새 비밀 문구\n");
    QVERIFY2(run.code == 0, run.err.constData());
    const QString newHash =
        sql(QStringLiteral("SELECT passphrase_hash FROM members WHERE id = 'e01'")).toString();
    QVERIFY(newHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(newHash != demoHash);
    {
        const auto store = pd::SqliteStore::open(db());
        QVERIFY(store->checkPassphrase(QStringLiteral("e01"), QStringLiteral("전문가 1의 새 비밀 문구")));
        QVERIFY(!store->checkPassphrase(QStringLiteral("e01"), QStringLiteral("expert-demo-2026")));
    }
    QCOMPARE(sql(QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'set-passphrase' "
                                "ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("{\"passphrase_set\":true}"));
    // e01 changed their own: the same key, sealed under the new passphrase, signed by e01
    QCOMPARE(sql(QStringLiteral("SELECT action || ' ' || signer FROM audit_log ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("reseal-key e01"));
    const Run unknown = cli({QStringLiteral("member"), QStringLiteral("passphrase"),
                             QStringLiteral("--db"), db(), QStringLiteral("--as"),
                             QStringLiteral("chair"), QStringLiteral("--id"),
                             QStringLiteral("nobody")},
                            "chair-demo-2026\nlong enough passphrase\n");
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains("unknown member"), unknown.err.constData());
}

void TestMember::missingDatabaseExitsWith1()
{
    const Run run = cli({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--db"),
                         m_dir->filePath(QStringLiteral("missing.paneldesk"))});
    QCOMPARE(run.code, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing.paneldesk"))));
}

void TestMember::subcommandUsage()
{
    Run run = cli({QStringLiteral("member")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("add") && run.err.contains("list"), run.err.constData());
    run = cli({QStringLiteral("member"), QStringLiteral("remove")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("member remove"), run.err.constData());
    run = cli({QStringLiteral("member"), QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("passphrase"));
    run = cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("--conflicts"));
    run = cli({QStringLiteral("--help")});
    QVERIFY(run.out.contains("member"));
}

QTEST_GUILESS_MAIN(TestMember)
#include "tst_member.moc"
