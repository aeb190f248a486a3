// Members of a panel on the server (docs/server.md, "Adding members", "Changing passwords"):
// `paneldesk-cli member add` creates the member row and the login role <db>.<id> in its group
// (add_member_login, owned by the CREATEROLE registrar), prints the initial password once,
// and the new member logs in and sees what their role allows and nothing else. A member
// changes their own password (ALTER ROLE CURRENT_USER with a verifier computed on the client),
// the chair resets another's: the old password is refused, the new one works. The server
// refuses every other caller itself (the functions' own checks and EXECUTE), and a refusal
// changes nothing (a dump of the tables and the panel's roles with their verifiers). No clear
// password ever reaches the server's log of every statement.
#include "ServerCliSupport.h"

#include "server/PgStore.h"
#include "server/ServerSchema.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("members");

QString serverLog()
{
    QFile log(test::adminConnInfo().host + QStringLiteral("/server.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool canLogIn(const QString &member, const QString &password)
{
    const QString name = QStringLiteral("login-probe");
    try {
        server::openServer(test::memberConnInfo(kDb, kDb + QLatin1Char('.') + member, password), name);
    } catch (const StoreError &) {
        server::closeServer(name);
        return false;
    }
    server::closeServer(name);
    return true;
}

} // namespace

class TestServerMembers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_url;
    std::map<QString, QString> m_passwords;
    QStringList m_clearPasswords;   // every clear password used: none may be in the server log

    test::CliRun cli(QStringList arguments, const QString &as, const QByteArray &more = {})
    {
        arguments << QStringLiteral("--db") << m_url << QStringLiteral("--as") << as;
        return test::runCli(m_dir.path(), arguments, m_passwords.at(as).toUtf8() + '\n' + more);
    }

    QSqlDatabase direct(const QString &member)
    {
        const QString name = QStringLiteral("members-direct-") + member;
        server::closeServer(name);
        return server::openServer(test::memberConnInfo(kDb, kDb + QLatin1Char('.') + member, m_passwords.at(member)), name);
    }

    std::unique_ptr<server::PgStore> store(const QString &member)
    {
        return server::PgStore::open(m_url, ServerLogin{member, m_passwords.at(member)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase admin = server::openServer(test::adminConnInfo(), QStringLiteral("members-admin"));
        server::execServer(admin, QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
        server::execServer(admin, QStringLiteral("SELECT pg_reload_conf()"));
        const QString file = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        QCOMPARE(test::runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("--db"), file}).code, 0);
        m_url = QStringLiteral("postgresql://%1:%2/members?sslmode=disable")
                    .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"));
        const test::CliDeploy deploy = test::deployThroughCli(m_dir.path(), m_url, kDb, file);
        QVERIFY2(deploy.run.code == 0, qPrintable(deploy.run.err));
        m_passwords = deploy.passwords;
        for (const auto &[member, password] : m_passwords)
            m_clearPasswords << password;
        QVERIFY(m_passwords.count(QStringLiteral("chair")));
        // The registrar: NOLOGIN, CREATEROLE, nobody's member, owns exactly the two functions.
        QSqlDatabase panel = test::panelAdmin(kDb);
        QCOMPARE(test::rowsOf(panel, QStringLiteral("SELECT rolcanlogin::text || rolcreaterole::text || rolsuper::text "
                                                    "FROM pg_roles WHERE rolname = 'members_registrar'")),
                 QStringList{QStringLiteral("falsetruefalse")});
        QCOMPARE(test::rowsOf(panel, QStringLiteral("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                                    "JOIN pg_roles r ON r.oid = a.roleid WHERE r.rolname = 'members_registrar'")),
                 QStringList{});
        QCOMPARE(test::rowsOf(panel, QStringLiteral("SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner "
                                                    "WHERE r.rolname = 'members_registrar' ORDER BY 1")),
                 (QStringList{QStringLiteral("add_member_login"), QStringLiteral("set_member_password")}));
    }

    // The chair adds an expert; the new member logs in with the printed password and sees
    // what an expert without sheets sees, and nothing else.
    void addedMemberLogsIn()
    {
        const test::CliRun run = cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--id"),
                                      QStringLiteral("x09"), QStringLiteral("--name"), QStringLiteral("New Expert"),
                                      QStringLiteral("--role"), QStringLiteral("expert"), QStringLiteral("--conflicts"),
                                      QStringLiteral("nc")}, QStringLiteral("chair"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        static const QRegularExpression password(QStringLiteral("initial password: (\\S+)"));
        const QRegularExpressionMatch m = password.match(run.out);
        QVERIFY2(m.hasMatch(), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("user=members.x09")), qPrintable(run.out));
        m_passwords[QStringLiteral("x09")] = m.captured(1);
        m_clearPasswords << m.captured(1);

        QSqlDatabase db = direct(QStringLiteral("x09"));
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT pd_me()")).toString(), QStringLiteral("x09"));
        QCOMPARE(test::rowsOf(db, QStringLiteral("SELECT rolsuper::text || rolcreaterole::text || rolbypassrls::text "
                                                 "FROM pg_roles WHERE rolname = current_user")),
                 QStringList{QStringLiteral("falsefalsefalse")});
        QCOMPARE(test::rowsOf(db, QStringLiteral("SELECT g FROM unnest(ARRAY['members_chair', 'members_expert', "
                                                 "'members_secretariat', 'members_observer', 'members_owner', "
                                                 "'members_registrar']) g WHERE pg_has_role(current_user, g, 'MEMBER')")),
                 QStringList{QStringLiteral("members_expert")});
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM sheets")).toInt(), 0);
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM expert_scores")).toInt(), 0);
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
        QCOMPARE(test::rowsOf(db, QStringLiteral("SELECT member_id || '/' || team_id FROM member_conflicts")),
                 QStringList{QStringLiteral("x09/nc")});
        QVERIFY(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM user_ratings")).toInt() > 0);
        QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT * FROM decisions")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT add_member_login('x1', 'X', 'chair', NULL, NULL)")),
                 QStringLiteral("42501"));
        // The CLI as the new member: signed in, the expert's standings.
        const test::CliRun standings = cli({QStringLiteral("standings")}, QStringLiteral("x09"));
        QVERIFY2(standings.code == 0, qPrintable(standings.err));
        // The audit entry names the chair and no password.
        QSqlDatabase admin = test::panelAdmin(kDb);
        QCOMPARE(test::rowsOf(admin, QStringLiteral("SELECT actor || ' ' || new_value FROM audit_log WHERE action = 'add-member'")).size(), 1);
        QVERIFY(test::rowsOf(admin, QStringLiteral("SELECT actor FROM audit_log WHERE action = 'add-member'"))
                == QStringList{QStringLiteral("chair")});
    }

    // Refusals by the server itself (direct calls, around the CLI) and by the CLI: nothing
    // changes, not a row and not a role.
    void refusals_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("state");
        const QString verifier = QStringLiteral("SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$c3RvcmVka2V5:c2VydmVya2V5");
        QTest::newRow("the secretariat adds a chair") << QStringLiteral("secretariat")
            << QStringLiteral("SELECT add_member_login('c2', 'C', 'chair', '%1', NULL)").arg(verifier) << QStringLiteral("42501");
        QTest::newRow("an expert adds a member") << QStringLiteral("e01")
            << QStringLiteral("SELECT add_member_login('x2', 'X', 'expert', '%1', NULL)").arg(verifier) << QStringLiteral("42501");
        QTest::newRow("a clear password") << QStringLiteral("secretariat")
            << QStringLiteral("SELECT add_member_login('x3', 'X', 'expert', 'plain-password', NULL)") << QStringLiteral("22023");
        QTest::newRow("an id that is no id") << QStringLiteral("chair")
            << QStringLiteral("SELECT add_member_login('x\"; DROP ROLE members_owner; --', 'X', 'expert', NULL, NULL)")
            << QStringLiteral("22023");
        QTest::newRow("a taken id") << QStringLiteral("chair")
            << QStringLiteral("SELECT add_member_login('e01', 'X', 'expert', NULL, NULL)") << QStringLiteral("23505");
        QTest::newRow("an unknown conflict team") << QStringLiteral("chair")
            << QStringLiteral("SELECT add_member_login('x4', 'X', 'expert', NULL, ARRAY['nope'])") << QStringLiteral("23503");
        QTest::newRow("the secretariat resets the chair's password") << QStringLiteral("secretariat")
            << QStringLiteral("SELECT set_member_password('chair', '%1')").arg(verifier) << QStringLiteral("42501");
        QTest::newRow("an expert resets another's password") << QStringLiteral("e01")
            << QStringLiteral("SELECT set_member_password('e02', '%1')").arg(verifier) << QStringLiteral("42501");
        QTest::newRow("a clear password reset") << QStringLiteral("chair")
            << QStringLiteral("SELECT set_member_password('e02', 'plain-password')") << QStringLiteral("22023");
        QTest::newRow("an expert sets another's conflicts") << QStringLiteral("e01")
            << QStringLiteral("SELECT set_member_conflicts('e02', ARRAY['lg'])") << QStringLiteral("42501");
        QTest::newRow("the secretariat sets another's conflicts") << QStringLiteral("secretariat")
            << QStringLiteral("SELECT set_member_conflicts('e02', ARRAY['lg'])") << QStringLiteral("42501");
        QTest::newRow("a conflict with a team scored") << QStringLiteral("chair")
            << QStringLiteral("SELECT set_member_conflicts('e01', ARRAY['lg'])") << QStringLiteral("23514");
        QTest::newRow("the registrar's power, straight") << QStringLiteral("chair")
            << QStringLiteral("CREATE ROLE \"members.x5\" LOGIN") << QStringLiteral("42501");
    }
    void refusals()
    {
        QFETCH(QString, member);
        QFETCH(QString, sql);
        QFETCH(QString, state);
        const QByteArray before = test::adminDump(kDb);
        QSqlDatabase db = direct(member);
        QCOMPARE(test::outcomeOf(db, sql), state);
        QCOMPARE(test::adminDump(kDb), before);
    }

    void cliRefusals()
    {
        for (const char *member : {"secretariat", "chair"})
            test::signInOnce(m_url, QString::fromLatin1(member), m_passwords.at(QString::fromLatin1(member)));
        const QByteArray before = test::adminDump(kDb);
        test::CliRun run = cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("c3"),
                                QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--role"), QStringLiteral("chair")},
                               QStringLiteral("secretariat"));
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("e01"),
                   QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("expert")},
                  QStringLiteral("chair"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        QCOMPARE(test::adminDump(kDb), before);
    }

    // Passwords: one's own through ALTER ROLE CURRENT_USER, another's through the chair.
    void passwordChanges()
    {
        const QString initial = m_passwords.at(QStringLiteral("x09"));
        const QString own = QStringLiteral("own-choice-2026");
        m_clearPasswords << own;
        test::CliRun run = cli({QStringLiteral("member"), QStringLiteral("passphrase"), QStringLiteral("--id"),
                                QStringLiteral("x09")}, QStringLiteral("x09"), own.toUtf8() + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!canLogIn(QStringLiteral("x09"), initial));
        QVERIFY(canLogIn(QStringLiteral("x09"), own));
        m_passwords[QStringLiteral("x09")] = own;

        const QString reset = QStringLiteral("reset-by-chair-77");
        m_clearPasswords << reset;
        run = cli({QStringLiteral("member"), QStringLiteral("passphrase"), QStringLiteral("--id"), QStringLiteral("x09")},
                  QStringLiteral("chair"), reset.toUtf8() + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!canLogIn(QStringLiteral("x09"), own));
        QVERIFY(canLogIn(QStringLiteral("x09"), reset));
        m_passwords[QStringLiteral("x09")] = reset;

        // The secretariat may not set the chair's (the CLI says so; the server would too).
        const QByteArray before = test::adminDump(kDb);
        m_clearPasswords << QStringLiteral("not-for-the-chair");
        run = cli({QStringLiteral("member"), QStringLiteral("passphrase"), QStringLiteral("--id"), QStringLiteral("chair")},
                  QStringLiteral("secretariat"), "not-for-the-chair\n");
        QCOMPARE(run.code, 2);
        QCOMPARE(test::adminDump(kDb), before);
        QVERIFY(canLogIn(QStringLiteral("chair"), m_passwords.at(QStringLiteral("chair"))));
    }

    // Conflicts through the store: one's own, and the chair's for anyone; the secretariat's
    // call for someone else is refused by the server and changes nothing.
    void conflicts()
    {
        try {
            conflictSteps();
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
    }
private:
    void conflictSteps()
    {
        auto chair = store(QStringLiteral("chair"));
        chair->setConflicts(QStringLiteral("x09"), {QStringLiteral("nc"), QStringLiteral("lg")}, Actor(QStringLiteral("chair")));
        auto own = store(QStringLiteral("x09"));
        own->setConflicts(QStringLiteral("x09"), {QStringLiteral("skt")}, Actor(QStringLiteral("x09")));
        QStringList seen;
        for (const Member &m : chair->members())
            if (m.id == QLatin1String("x09"))
                seen = m.conflicts;
        QCOMPARE(seen, QStringList{QStringLiteral("skt")});
        const QByteArray before = test::adminDump(kDb);
        auto secretariat = store(QStringLiteral("secretariat"));
        QVERIFY_THROWS_EXCEPTION(InputError, secretariat->setConflicts(QStringLiteral("x09"), {}, Actor(QStringLiteral("secretariat"))));
        QCOMPARE(test::adminDump(kDb), before);
    }

private Q_SLOTS:
    // Last: every statement was logged; no clear password is in the log.
    void noClearPasswordInTheLog()
    {
        const QString log = serverLog();
        QVERIFY2(log.contains(QStringLiteral("add_member_login")), "the server log holds no statements");
        QVERIFY(log.contains(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD 'SCRAM-SHA-256$")));
        QVERIFY(log.contains(QStringLiteral("set_member_password")));
        QVERIFY(m_clearPasswords.size() >= 8);
        for (const QString &password : std::as_const(m_clearPasswords))
            QVERIFY2(!log.contains(password), qPrintable(password));
    }
};

QTEST_GUILESS_MAIN(TestServerMembers)
#include "tst_servermembers.moc"
