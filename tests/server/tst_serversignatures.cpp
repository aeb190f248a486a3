// Member keys and signatures on a panel on a server (docs/server.md, "Keys and signatures on
// a server"; trust.md, "Keys and signatures"): a member's first sign-in registers a key (a
// "member-key" entry signed by it); the entries of a submit and a lock carry their actor's
// signature over the entry's hash; `verify` as the chair passes, and names the entry an
// administrator changed (its value or its signature); a member signs only their own unsigned
// entries, once, and changes nothing else; their own password change keeps their key; a
// chair's password reset issues a new key and the old signatures stay valid.
#include "../cli/CliTestSupport.h"
#include "ServerPanelSupport.h"

#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "services/SignInService.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"
#include "trust/AuditChain.h"
#include "trust/Crypto.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("signatures");
const QString kNaver = QStringLiteral("naver");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The public key the last "member-key" entry for `member` established.
QByteArray chainKey(const std::vector<AuditEntry> &entries, const QString &member)
{
    QByteArray key;
    for (const AuditEntry &e : entries)
        if (e.action == QLatin1String("member-key") && e.entity == QStringLiteral("members/") + member)
            key = QByteArray::fromBase64(QJsonDocument::fromJson(e.newValue.toUtf8())
                                             .object().value(QLatin1String("public_key")).toString().toLatin1());
    return key;
}

bool signedBy(const AuditEntry &e, const QByteArray &publicKey)
{
    return e.signer == e.actor && !publicKey.isEmpty()
        && crypto::verify(publicKey, chain::entryHash(e), e.signature);
}

// Runs `sql` as the cluster's superuser with the audit log's triggers disabled.
void tamper(QSqlDatabase &admin, const QString &sql)
{
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    server::execServer(admin, sql);
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
}

// A member's store and their signed-in session (the store signs with its key).
struct SignedIn {
    std::unique_ptr<PanelStore> store;
    Session session;
};

} // namespace

class TestServerSignatures : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    std::vector<ExpertScore> m_e01Naver;
    QTemporaryDir m_dir;

    std::unique_ptr<PanelStore> open(const QString &member, const QString &password = {})
    {
        return PanelLocation::parse(address(m_panel.database))
            .open(ServerLogin{member, password.isEmpty() ? m_panel.logins.at(member).password : password});
    }

    SignedIn signIn(const QString &member, const QString &password = {})
    {
        const QString given = password.isEmpty() ? m_panel.logins.at(member).password : password;
        SignedIn in{open(member, given), {}};
        const SignInAttempt attempt = SignInService(*in.store).signIn(member, given, QDateTime::currentDateTimeUtc());
        if (attempt.outcome != SignInAttempt::Outcome::SignedIn)
            qFatal("%s did not sign in", qPrintable(member));
        in.session = attempt.session;
        return in;
    }

    std::vector<AuditEntry> log() { return test::adminAuditLog(test::panelAdmin(m_panel.database)); }
    QByteArray adminDump() { return test::adminDump(m_panel.database); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Panel panel = buildDemoPanel();
        std::erase_if(panel.expertScores, [&](const ExpertScore &s) {
            if (s.reviewer != QLatin1String("e01") || s.team != kNaver)
                return false;
            ExpertScore draft = s;
            draft.submitted = false;
            m_e01Naver.push_back(draft);
            return true;
        });
        QVERIFY(!m_e01Naver.empty());
        m_panel = test::deployForTest(kDb, panel);
    }

    // The first sign-in makes the member a key, established by a "member-key" entry that
    // key signed; the next sign-in opens the same key and adds no entry.
    void firstSignInRegistersAKey()
    {
        const qsizetype before = qsizetype(log().size());
        {
            SignedIn e01 = signIn(QStringLiteral("e01"));
            QVERIFY(e01.session.key());
            const std::vector<AuditEntry> entries = log();
            QCOMPARE(qsizetype(entries.size()), before + 1);
            const AuditEntry &entry = entries.back();
            QCOMPARE(entry.action, QStringLiteral("member-key"));
            QCOMPARE(entry.actor, QStringLiteral("e01"));
            QCOMPARE(chainKey(entries, QStringLiteral("e01")), e01.session.key()->publicKey());
            QVERIFY(signedBy(entry, e01.session.key()->publicKey()));
            const std::optional<StoredKey> stored = e01.store->loadMemberKey(QStringLiteral("e01"));
            QVERIFY(stored && !stored->sealedKey.isEmpty());
            QCOMPARE(stored->publicKey, e01.session.key()->publicKey());
            // Another member reads the public key, never the sealed one.
            const std::unique_ptr<PanelStore> e02 = open(QStringLiteral("e02"));
            const std::optional<StoredKey> seen = e02->loadMemberKey(QStringLiteral("e01"));
            QVERIFY(seen && seen->sealedKey.isEmpty());
            QCOMPARE(seen->publicKey, stored->publicKey);
            QSqlDatabase raw = test::memberDb(m_panel, QStringLiteral("e02"));
            QCOMPARE(test::outcomeOf(raw, QStringLiteral("SELECT sealed_key FROM members")), QStringLiteral("42501"));
        }
        SignedIn again = signIn(QStringLiteral("e01"));
        QCOMPARE(qsizetype(log().size()), before + 1);
        QCOMPARE(again.session.key()->publicKey(), chainKey(log(), QStringLiteral("e01")));
    }

    // A member changing their own password keeps their key, sealed anew ("reseal-key",
    // signed by it); the next sign-in opens it with the new password.
    void ownPasswordChangeKeepsTheKey()
    {
        const QString newPassword = QStringLiteral("e01's own new password, 2026");
        QByteArray key;
        {
            SignedIn e01 = signIn(QStringLiteral("e01"));
            key = e01.session.key()->publicKey();
            setPassphraseAndKey(*e01.store, QStringLiteral("e01"), newPassword,
                                Actor(*e01.session.key()), e01.session.key());
        }
        const std::vector<AuditEntry> entries = log();
        QCOMPARE(entries.back().action, QStringLiteral("reseal-key"));
        QVERIFY(signedBy(entries.back(), key));
        m_panel.logins.at(QStringLiteral("e01")).password = newPassword;
        SignedIn again = signIn(QStringLiteral("e01"));
        QCOMPARE(again.session.key()->publicKey(), key);
        QCOMPARE(log().size(), entries.size());
    }

    // A chair's reset of a member's password issues a new key pair, established by the chair's
    // signed entry; the member signs in with the new password and the new key; what they
    // signed with the old key still verifies.
    void chairResetIssuesANewKey()
    {
        QByteArray oldKey;
        {
            SignedIn e02 = signIn(QStringLiteral("e02"));
            oldKey = e02.session.key()->publicKey();
            e02.store->signSheet(QStringLiteral("e02"), kNaver, Actor(QStringLiteral("e02")));
        }
        const QString newPassword = QStringLiteral("a new password for e02, 2026");
        {
            SignedIn chair = signIn(QStringLiteral("chair"));
            setPassphraseAndKey(*chair.store, QStringLiteral("e02"), newPassword, Actor(QStringLiteral("chair")));
        }
        std::vector<AuditEntry> entries = log();
        const AuditEntry &issued = entries.back();
        QCOMPARE(issued.action, QStringLiteral("member-key"));
        QCOMPARE(issued.actor, QStringLiteral("chair"));
        QVERIFY(signedBy(issued, chainKey(entries, QStringLiteral("chair"))));
        const QByteArray newKey = chainKey(entries, QStringLiteral("e02"));
        QVERIFY(newKey != oldKey);
        {
            SignedIn e02 = signIn(QStringLiteral("e02"), newPassword);
            QCOMPARE(e02.session.key()->publicKey(), newKey);
            QCOMPARE(log().size(), entries.size());   // no self-registration: the key opened
            e02.store->signSheet(QStringLiteral("e02"), kNaver, Actor(QStringLiteral("e02")));
        }
        entries = log();
        QVERIFY(signedBy(entries.back(), newKey));
        SignedIn chair = signIn(QStringLiteral("chair"));
        const VerifyReport report = verifyStore(*chair.store);
        QVERIFY2(report.ok(), qPrintable(report.chain.problems.join(QLatin1Char('\n')) + report.recordProblems.join(QLatin1Char('\n'))));
    }

    // The secretariat's reset of a member's password clears the member's key ("clear-key",
    // signed by the secretariat): the server holds no key for them until their next sign-in,
    // which registers a new one (self-signed); the chain still verifies.
    void secretariatResetClearsTheKey()
    {
        const QString member = QStringLiteral("e03");
        QByteArray oldKey;
        {
            SignedIn e03 = signIn(member);
            oldKey = e03.session.key()->publicKey();
        }
        const QString newPassword = QStringLiteral("the secretariat's new password for e03");
        QByteArray secretariatKey;
        {
            SignedIn secretariat = signIn(QStringLiteral("secretariat"));
            secretariatKey = secretariat.session.key()->publicKey();
            setPassphraseAndKey(*secretariat.store, member, newPassword, Actor(*secretariat.session.key()));
        }
        std::vector<AuditEntry> entries = log();
        const AuditEntry &cleared = entries.back();
        QCOMPARE(cleared.action, QStringLiteral("clear-key"));
        QCOMPARE(cleared.actor, QStringLiteral("secretariat"));
        QCOMPARE(cleared.entity, QStringLiteral("members/") + member);
        QVERIFY(signedBy(cleared, secretariatKey));
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::rowsOf(admin, QStringLiteral("SELECT coalesce(octet_length(public_key), 0) || '|' || "
                                                    "coalesce(octet_length(sealed_key), 0) FROM members WHERE id = 'e03'")),
                 QStringList{QStringLiteral("0|0")});
        m_panel.logins.at(member).password = newPassword;
        {
            SignedIn e03 = signIn(member);
            QVERIFY(e03.session.key());
            QVERIFY(e03.session.key()->publicKey() != oldKey);
            entries = log();
            QCOMPARE(entries.back().action, QStringLiteral("member-key"));
            QCOMPARE(entries.back().actor, member);
            QVERIFY(signedBy(entries.back(), e03.session.key()->publicKey()));
        }
        SignedIn chair = signIn(QStringLiteral("chair"));
        const VerifyReport report = verifyStore(*chair.store);
        QVERIFY2(report.ok(), qPrintable(report.chain.problems.join(QLatin1Char('\n')) + report.recordProblems.join(QLatin1Char('\n'))));
    }

    // A submit's entries and the chair's lock carry their actor's signature; the sheet is
    // checked against the payload its reviewer signed; `verify` as the chair passes.
    void submitAndLockAreSigned()
    {
        {
            SignedIn e01 = signIn(QStringLiteral("e01"));
            const Actor actor(QStringLiteral("e01"));
            for (const ExpertScore &s : m_e01Naver)
                e01.store->setExpertScore(s, actor);
            e01.store->submitSheet(QStringLiteral("e01"), kNaver, actor);
        }
        std::vector<AuditEntry> entries = log();
        const QByteArray e01Key = chainKey(entries, QStringLiteral("e01"));
        QStringList actions;
        for (const AuditEntry &e : entries)
            if (e.entity == QStringLiteral("sheets/R1/e01/naver")) {
                actions << e.action;
                QVERIFY2(signedBy(e, e01Key), qPrintable(e.action));
            }
        QCOMPARE(actions, (QStringList{QStringLiteral("submit-sheet"), QStringLiteral("sign-sheet")}));

        SignedIn chair = signIn(QStringLiteral("chair"));
        chair.store->lockRound(Actor(QStringLiteral("chair")));
        entries = log();
        QCOMPARE(entries.back().action, QStringLiteral("lock-round"));
        QVERIFY(signedBy(entries.back(), chainKey(entries, QStringLiteral("chair"))));

        const VerifyReport report = verifyStore(*chair.store);
        QVERIFY2(report.ok(), qPrintable(failureSummary(report) + report.chain.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.sheetsChecked > 0);
        QVERIFY(report.chain.signedEntries >= 5);
        for (const QString &record : report.unsignedRecords)
            QVERIFY2(!record.contains(QStringLiteral("/e01/naver")), qPrintable(record));
    }

    // paneldesk-cli verify on the server: the chair's passes; another member's is refused
    // (the server shows them only their own entries).
    void verifyCommand()
    {
        const QString url = address(m_panel.database);
        const test::CliRun chair = test::runCli(m_dir.path(), {
            QStringLiteral("verify"), QStringLiteral("--db"), url, QStringLiteral("--as"), QStringLiteral("chair")},
            m_panel.logins.at(QStringLiteral("chair")).password.toUtf8() + '\n');
        QVERIFY2(chair.code == 0, qPrintable(chair.out + chair.err));
        QVERIFY2(chair.out.contains(QStringLiteral("verified")), qPrintable(chair.out));
        const test::CliRun e01 = test::runCli(m_dir.path(), {
            QStringLiteral("verify"), QStringLiteral("--db"), url, QStringLiteral("--as"), QStringLiteral("e01")},
            m_panel.logins.at(QStringLiteral("e01")).password.toUtf8() + '\n');
        QCOMPARE(e01.code, 2);
        QVERIFY2(e01.err.contains(QStringLiteral("only the chair")), qPrintable(e01.err));
    }

    // An administrator's change, with the triggers disabled, is named by `verify`.
    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a value changed") << QStringLiteral(
            "UPDATE audit_log SET new_value = replace(new_value, '\"scores\"', '\"scorez\"') WHERE id = %1")
            << QStringLiteral("content");
        QTest::newRow("a value changed and the chain rehashed") << QStringLiteral(
            "UPDATE audit_log SET new_value = replace(new_value, '\"scores\"', '\"scorez\"') WHERE id = %1;;"
            "DO $$ DECLARE r RECORD; v_prev BYTEA := NULL; v_hash BYTEA; BEGIN "
            "FOR r IN SELECT * FROM audit_log ORDER BY id LOOP "
            "v_hash := pd_audit_hash(r.id, r.at, r.actor, r.action, r.entity, r.old_value, r.new_value, r.reason, v_prev); "
            "UPDATE audit_log SET prev_hash = v_prev, hash = v_hash WHERE id = r.id; v_prev := v_hash; END LOOP; "
            "UPDATE audit_chain_head SET hash = v_prev; END $$")
            << QStringLiteral("signature");
        QTest::newRow("the signature replaced") << QStringLiteral(
            "UPDATE audit_log SET signature = (SELECT signature FROM audit_log WHERE action = 'submit-sheet' "
            "AND actor = 'e01' ORDER BY id DESC LIMIT 1) WHERE id = %1")
            << QStringLiteral("signature");
        QTest::newRow("the signature removed") << QStringLiteral(
            "UPDATE audit_log SET signer = NULL, signature = NULL WHERE id = %1")
            << QStringLiteral("not signed");
    }

    void tamperingIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        qint64 target = 0;
        for (const AuditEntry &e : log())
            if (e.action == QLatin1String("sign-sheet"))
                target = e.id;
        QVERIFY(target > 0);
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        server::execServer(admin, QStringLiteral("CREATE TEMP TABLE audit_copy AS SELECT * FROM audit_log"));
        server::execServer(admin, QStringLiteral("CREATE TEMP TABLE head_copy AS SELECT * FROM audit_chain_head"));
        for (const QString &statement : sql.arg(target).split(QStringLiteral(";;")))
            tamper(admin, statement);
        SignedIn chair = signIn(QStringLiteral("chair"));
        const VerifyReport report = verifyStore(*chair.store);
        tamper(admin, QStringLiteral("DELETE FROM audit_log"));
        tamper(admin, QStringLiteral("INSERT INTO audit_log SELECT * FROM audit_copy"));
        server::execServer(admin, QStringLiteral("UPDATE audit_chain_head SET hash = (SELECT hash FROM head_copy)"));
        server::execServer(admin, QStringLiteral("DROP TABLE audit_copy"));
        server::execServer(admin, QStringLiteral("DROP TABLE head_copy"));
        QVERIFY(!report.ok());
        QCOMPARE(report.chain.firstBad, target);
        QVERIFY2(report.chain.firstBadReason.contains(reason), qPrintable(report.chain.firstBadReason));
        QVERIFY(verifyStore(*signIn(QStringLiteral("chair")).store).ok());   // restored
    }

    // A member signs only their own unsigned entries, once, with their own id; nothing else
    // of an entry changes, and another member's entries are out of reach.
    void membersCannotRewriteEntries()
    {
        QSqlDatabase e03 = test::memberDb(m_panel, QStringLiteral("e03"));
        QVERIFY(test::outcomeOf(e03, QStringLiteral(
            "INSERT INTO audit_log (action, entity, new_value) VALUES ('note', 'teams/naver', '{}')")).startsWith(QStringLiteral("ok")));
        const QString unsignedOwn = QStringLiteral("(SELECT max(id) FROM audit_log WHERE actor = 'e03')");
        const QString signature = QStringLiteral("decode(repeat('ab', 64), 'hex')");
        const QByteArray before = test::adminDump(m_panel.database);
        // Another member's entries: not visible, so not updated.
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET signer = 'e03', signature = %1 WHERE actor = 'e01'").arg(signature)),
                 QStringLiteral("ok:0"));
        // The chair reads every entry, and still signs none but their own.
        QSqlDatabase chairDb = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::outcomeOf(chairDb, QStringLiteral("UPDATE audit_log SET signer = 'e03', signature = %2 WHERE id = %1").arg(unsignedOwn, signature)),
                 QStringLiteral("ok:0"));
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = %1").arg(unsignedOwn)),
                 QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET signer = 'e01', signature = %2 WHERE id = %1").arg(unsignedOwn, signature)),
                 QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET signer = 'e03', signature = '\\x00' WHERE id = %1").arg(unsignedOwn)),
                 QStringLiteral("55000"));
        QCOMPARE(adminDump(), before);
        // Their own unsigned entry, signed once (what PgStore does before COMMIT) ...
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET signer = 'e03', signature = %2 WHERE id = %1").arg(unsignedOwn, signature)),
                 QStringLiteral("ok:1"));
        // ... and never again.
        const QByteArray signedOnce = adminDump();
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE audit_log SET signature = %2 WHERE id = %1").arg(unsignedOwn, QStringLiteral("decode(repeat('cd', 64), 'hex')"))),
                 QStringLiteral("ok:0"));
        QCOMPARE(adminDump(), signedOnce);
        // The superuser meets the trigger too.
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::outcomeOf(admin, QStringLiteral("UPDATE audit_log SET signature = NULL WHERE id = %1").arg(unsignedOwn)),
                 QStringLiteral("55000"));
        // The forged entry (a signature that is no signature of e03's key) is named by verify.
        SignedIn chair = signIn(QStringLiteral("chair"));
        const VerifyReport report = verifyStore(*chair.store);
        QVERIFY(!report.ok());   // the last test: the chain stays as it is
        QCOMPARE(report.chain.firstBad, test::scalarOf(admin, unsignedOwn.mid(1, unsignedOwn.size() - 2)).toLongLong());
    }

};

QTEST_GUILESS_MAIN(TestServerSignatures)
#include "tst_serversignatures.moc"
