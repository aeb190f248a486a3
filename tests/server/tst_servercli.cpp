// paneldesk-cli on a panel on the server (`--db postgresql://…`): a command opens it as the
// member of --as with their server password, read once (standard input or --passphrase-file)
// for both the connection and the sign-in; without --as it is refused before anything is
// read; a wrong password or an unknown member is refused alike; the chair's standings from
// the server equal the chair's standings from the file the panel was deployed from.
#include "ServerCliSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestServerCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_url;
    std::map<QString, QString> m_passwords;   // member -> initial server password

    QByteArray passwordOf(const QString &member) const { return m_passwords.at(member).toUtf8() + '\n'; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        QCOMPARE(test::runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("--db"), m_file}).code, 0);
        m_url = QStringLiteral("postgresql://%1:%2/clidemo?sslmode=disable")
                    .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"));
        const test::CliDeploy deploy = test::deployThroughCli(m_dir.path(), m_url, QStringLiteral("clidemo"), m_file);
        QVERIFY2(deploy.run.code == 0, qPrintable(deploy.run.err));
        m_passwords = deploy.passwords;
        QVERIFY(m_passwords.count(QStringLiteral("chair")));
        QVERIFY(m_passwords.count(QStringLiteral("e01")));
    }

    void needsAMember()
    {
        const test::CliRun run = test::runCli(m_dir.path(), {QStringLiteral("standings"), QStringLiteral("--db"), m_url});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--as MEMBER")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("/clidemo")), qPrintable(run.err));
    }

    // verify on a server: the chair's (tests/server/tst_serversignatures.cpp); without --as
    // it says who signs in.
    void verifyNeedsTheChair()
    {
        const test::CliRun run = test::runCli(m_dir.path(), {QStringLiteral("verify"), QStringLiteral("--db"), m_url});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--as MEMBER")), qPrintable(run.err));
        const test::CliRun chair = test::runCli(m_dir.path(), {
            QStringLiteral("verify"), QStringLiteral("--db"), m_url, QStringLiteral("--as"),
            QStringLiteral("chair")}, passwordOf(QStringLiteral("chair")));
        QVERIFY2(chair.code == 0, qPrintable(chair.out + chair.err));
    }

    void chairStandingsEqualTheFile()
    {
        const QStringList fromFile{QStringLiteral("standings"), QStringLiteral("--db"), m_file,
                                   QStringLiteral("--as"), QStringLiteral("chair"), QStringLiteral("--json")};
        const test::CliRun file = test::runCli(m_dir.path(), fromFile, test::demoSignIn(fromFile));
        QVERIFY2(file.code == 0, qPrintable(file.err));
        const test::CliRun server = test::runCli(m_dir.path(), {
            QStringLiteral("standings"), QStringLiteral("--db"), m_url, QStringLiteral("--as"),
            QStringLiteral("chair"), QStringLiteral("--json")}, passwordOf(QStringLiteral("chair")));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QCOMPARE(QJsonDocument::fromJson(server.out.toUtf8()), QJsonDocument::fromJson(file.out.toUtf8()));
        QVERIFY(!QJsonDocument::fromJson(server.out.toUtf8()).isNull());
    }

    void passwordFromFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("e01.password"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(passwordOf(QStringLiteral("e01")));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const test::CliRun run = test::runCli(m_dir.path(), {
            QStringLiteral("standings"), QStringLiteral("--db"), m_url, QStringLiteral("--as"),
            QStringLiteral("e01"), QStringLiteral("--passphrase-file"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    // A wrong password and an unknown member read the same; neither password is printed.
    void refusedAlike()
    {
        const QStringList wrong{QStringLiteral("standings"), QStringLiteral("--db"), m_url,
                                QStringLiteral("--as"), QStringLiteral("e01")};
        const test::CliRun badPassword = test::runCli(m_dir.path(), wrong, "not-the-password\n");
        QStringList unknownArgs = wrong;
        unknownArgs[4] = QStringLiteral("nobody");
        const test::CliRun unknown = test::runCli(m_dir.path(), unknownArgs, passwordOf(QStringLiteral("e01")));
        QCOMPARE(badPassword.code, 2);
        QCOMPARE(unknown.code, 2);
        QCOMPARE(QString(badPassword.err).replace(QStringLiteral("e01"), QStringLiteral("X")),
                 QString(unknown.err).replace(QStringLiteral("nobody"), QStringLiteral("X")));
        QVERIFY(!badPassword.err.contains(QStringLiteral("not-the-password")));
        QVERIFY(!unknown.err.contains(m_passwords.at(QStringLiteral("e01"))));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
