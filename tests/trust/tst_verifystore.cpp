// verifyStore on whole panels (T19 for the file, T14 for submitted sheets): the demo, built as
// a panel scored in PanelDesk, verifies with every submitted sheet signed by its reviewer; a
// score, a sheet or an audit row changed with another tool is named; a sign-in unlocks (or
// first registers) the member's key and the entries it signs verify.

#include "../storage/StorageTestSupport.h"
#include "decision/ComposeDecision.h"
#include "actions/PanelDatabase.h"
#include "auth/SignIn.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

using pd::test::editWithAnotherTool;   // another tool at work: triggers dropped, then SQL

class TestVerifyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoVerifies();
    void changedSubmittedScoreIsNamed();
    void changedCommentIsNamed();
    void replacedMemberKeyIsNamed();
    void signInSignsAndVerifies();
    void reopenedAndResubmittedSheetVerifies();
    void changedDecisionAndVerdictAreNamed();
    void quickCheckAndRequireVerified();
    void passphraseChangesKeepTheChainValid();

private:
    QString copyOfDemo(const QString &name) const;
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestVerifyStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
    createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
}

QString TestVerifyStore::copyOfDemo(const QString &name) const
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
    return copy;
}

void TestVerifyStore::demoVerifies()
{
    auto store = SqliteStore::open(m_demo);
    const VerifyReport report = verifyStore(*store);
    QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    QVERIFY(report.unsignedRecords.isEmpty());
    qint64 submitted = 0;
    for (const SheetRecord &sheet : store->loadSheets())
        submitted += sheet.submitted ? 1 : 0;
    QVERIFY(submitted > 0);
    QCOMPARE(report.sheetsChecked, submitted);
    QCOMPARE(report.chain.keys.size(), store->members().size());   // every member has a key
    QVERIFY(report.chain.keys.front().empowered);
    QCOMPARE(report.chain.keys.front().role, QStringLiteral("chair"));
}

void TestVerifyStore::changedSubmittedScoreIsNamed()
{
    const QString path = copyOfDemo(QStringLiteral("score-edited.paneldesk"));
    editWithAnotherTool(path, QStringLiteral("expert_scores"), QStringLiteral(
        "UPDATE expert_scores SET score = CASE WHEN score >= 1 THEN score - 0.5 ELSE score + 0.5 END WHERE reviewer_id = 'e01' AND team_id = 'nc' "
        "AND item_id = (SELECT min(item_id) FROM expert_scores WHERE reviewer_id = 'e01' AND team_id = 'nc')"));
    const VerifyReport report = verifyStore(*SqliteStore::open(path));
    QVERIFY(!report.ok());
    QVERIFY(report.chain.ok());   // the log itself is intact
    QCOMPARE(report.recordProblems.size(), 1);
    QVERIFY2(report.recordProblems.first().startsWith(QStringLiteral("sheets/R1/e01/nc: differs from what e01 signed")),
             qPrintable(report.recordProblems.first()));
}

// A public key put into the members table by another tool (with a sealed key of the editor's
// choice, it would let them sign in as the member) differs from the chain's: named.
void TestVerifyStore::replacedMemberKeyIsNamed()
{
    const QString path = copyOfDemo(QStringLiteral("key-replaced.paneldesk"));
    QVERIFY(verifyStore(*SqliteStore::open(path)).ok());
    editWithAnotherTool(path, QStringLiteral("members"), QStringLiteral(
        "UPDATE members SET public_key = zeroblob(32) WHERE id = 'e04'"));
    const VerifyReport report = verifyStore(*SqliteStore::open(path));
    QVERIFY(report.chain.ok());
    QCOMPARE(report.recordProblems.size(), 1);
    QVERIFY2(report.recordProblems.first().startsWith(QStringLiteral("members/e04: its public key is not")),
             qPrintable(report.recordProblems.first()));
}

void TestVerifyStore::changedCommentIsNamed()
{
    const QString path = copyOfDemo(QStringLiteral("comment-edited.paneldesk"));
    editWithAnotherTool(path, QStringLiteral("expert_scores"), QStringLiteral(
        "UPDATE expert_scores SET comment = coalesce(comment, '') || '.' WHERE reviewer_id = 'e02' AND team_id = 'lg'"));
    const VerifyReport report = verifyStore(*SqliteStore::open(path));
    QCOMPARE(report.recordProblems.size(), 1);
    QVERIFY(report.recordProblems.first().startsWith(QStringLiteral("sheets/R1/e02/lg:")));
}

void TestVerifyStore::signInSignsAndVerifies()
{
    const QString path = copyOfDemo(QStringLiteral("signed-in.paneldesk"));
    auto store = SqliteStore::open(path);
    SignInThrottle throttle;
    const SignInResult result = attemptSignIn(*store, throttle, QStringLiteral("chair"),
                                              demoPassphrase(Role::Chair), SignInThrottle::TimePoint{});
    QCOMPARE(result.outcome, SignInResult::Outcome::SignedIn);
    QVERIFY(result.key);
    const qint64 entries = qint64(store->auditLog().size());   // no new key: the demo gave one
    store->addMember({QStringLiteral("o02"), QStringLiteral("참관 2"), Role::Observer, {}},
                     Actor(*result.key));
    QCOMPARE(qint64(store->auditLog().size()), entries + 1);
    QCOMPARE(store->auditLog().back().signer, QStringLiteral("chair"));
    // o02 has no key yet: their first sign-in registers one, signed by itself (a note).
    store->setPassphrase(QStringLiteral("o02"), QStringLiteral("observer two passphrase"), Actor(*result.key));
    const SignInResult o02 = attemptSignIn(*store, throttle, QStringLiteral("o02"),
                                           QStringLiteral("observer two passphrase"), SignInThrottle::TimePoint{});
    QVERIFY(o02.key);
    QCOMPARE(store->auditLog().back().action, QStringLiteral("member-key"));
    const VerifyReport report = verifyStore(*store);
    QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    QVERIFY(report.chain.notes.join(u'\n').contains(QStringLiteral("o02 registered their own key")));
    // The window's way: the session's key set on the store signs the member's changes given
    // by id alone, and no one else's.
    store->setSigner(std::make_shared<const MemberKey>(*o02.key));
    store->setConflicts(QStringLiteral("o02"), {QStringLiteral("lg")}, QStringLiteral("o02"));
    QCOMPARE(store->auditLog().back().signer, QStringLiteral("o02"));
    QVERIFY(verifyStore(*store).ok());
    store->setSigner(nullptr);
    // A write without the key is named.
    store->setConflicts(QStringLiteral("o02"), {QStringLiteral("skt")}, QStringLiteral("o02"));
    const VerifyReport unsignedWrite = verifyStore(*store);
    QVERIFY(!unsignedWrite.ok());
    QCOMPARE(unsignedWrite.chain.firstBad, qint64(store->auditLog().size()));
}

void TestVerifyStore::reopenedAndResubmittedSheetVerifies()
{
    const QString path = copyOfDemo(QStringLiteral("reopened.paneldesk"));
    auto store = SqliteStore::open(path);
    const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
    const std::optional<MemberKey> e01 = unlockMemberKey(*store, QStringLiteral("e01"), demoPassphrase(Role::Expert));
    QVERIFY(chair && e01);
    store->reopenSheet(QStringLiteral("e01"), QStringLiteral("nc"), QStringLiteral("typo in strategy"), Actor(*chair));
    // The reopened sheet is sealed to e01 again: only e01's key reads it.
    QVERIFY(store->loadSheetScores(QStringLiteral("e01"), QStringLiteral("nc")).empty());
    store->setSigner(std::make_shared<const MemberKey>(*e01));
    const std::vector<ExpertScore> scores = store->loadSheetScores(QStringLiteral("e01"), QStringLiteral("nc"));
    QVERIFY(!scores.empty());
    ExpertScore changed = scores.front();
    changed.score = changed.score >= 1 ? changed.score - 0.5 : changed.score + 0.5;
    store->setExpertScore(changed, Actor(*e01));
    store->submitSheet(QStringLiteral("e01"), QStringLiteral("nc"), Actor(*e01));
    const VerifyReport report = verifyStore(*store);
    QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
}

// A decision and a verdict signed by the chair verify; an outcome's reason and a verdict's
// rationale changed with another tool are named, and so are inputs that no longer hash to
// the version's fingerprint.
void TestVerifyStore::changedDecisionAndVerdictAreNamed()
{
    const QString path = copyOfDemo(QStringLiteral("decided.paneldesk"));
    {
        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> chair = unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        QVERIFY(chair);
        const TeamFindings naver = store->loadFindings(QStringLiteral("naver"));
        store->recordVerdict(QStringLiteral("naver"), naver.verdict, naver.rationale + QStringLiteral(" (confirmed)"),
                             Actor(*chair));
        store->lockRound(Actor(*chair));
        decideRound(*store, QDate(2026, 1, 14), {{QStringLiteral("nc"), QStringLiteral("lowest total")},
                                                {QStringLiteral("naver"), QStringLiteral("failed the independence criterion")}},
                           {}, Actor(*chair));
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
        QCOMPARE(report.decisionsChecked, qint64(1));
        qint64 verdicts = 0;   // the demo's chair recorded every verdict, signed
        for (const Independence &entry : store->loadPanel().independence)
            verdicts += entry.verdict != Verdict::Pending ? 1 : 0;
        QVERIFY(verdicts >= 1);
        QCOMPARE(report.verdictsChecked, verdicts);
    }
    editWithAnotherTool(path, QStringLiteral("decision_outcomes"), QStringLiteral(
        "UPDATE decision_outcomes SET reason = 'budget' WHERE team_id = 'nc'"));
    editWithAnotherTool(path, QStringLiteral("independence"), QStringLiteral(
        "UPDATE independence SET rationale = 'fine' WHERE team_id = 'naver'"));
    editWithAnotherTool(path, QStringLiteral("decisions"), QStringLiteral(
        "UPDATE decisions SET inputs = CAST(inputs AS BLOB) || x'20'"));
    const VerifyReport report = verifyStore(*SqliteStore::open(path));
    const QString problems = report.recordProblems.join(u'\n');
    QCOMPARE(report.recordProblems.size(), 3);
    QVERIFY2(problems.contains(QStringLiteral("decisions/R1/v1: its stored inputs do not hash to its fingerprint")), qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("decisions/R1/v1: differs from what chair signed")));
    QVERIFY(problems.contains(QStringLiteral("independence/R1/naver: differs from the verdict signed")));
}

// The quick check on open catches an edited audit row (not a changed score: that is the full
// verification's), and requireVerified refuses both with the summary naming them.
void TestVerifyStore::quickCheckAndRequireVerified()
{
    QVERIFY(quickVerifyStore(*SqliteStore::open(m_demo)).ok());
    requireVerified(*SqliteStore::open(m_demo));   // does not throw

    const QString scores = copyOfDemo(QStringLiteral("quick-scores.paneldesk"));
    editWithAnotherTool(scores, QStringLiteral("expert_scores"), QStringLiteral(
        "UPDATE expert_scores SET score = 0 WHERE reviewer_id = 'e04' AND team_id = 'lg' AND item_id = 'impact'"));
    QVERIFY(quickVerifyStore(*SqliteStore::open(scores)).ok());
    try {
        requireVerified(*SqliteStore::open(scores));
        QFAIL("a changed submitted score must be refused");
    } catch (const StoreError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("sheets/R1/e04/lg: differs from what e04 signed")), qPrintable(e.message()));
    }

    const QString log = copyOfDemo(QStringLiteral("quick-log.paneldesk"));
    editWithAnotherTool(log, QStringLiteral("audit_log"), QStringLiteral(
        "UPDATE audit_log SET reason = 'nothing to see' WHERE id = 7"));
    const VerifyReport quick = quickVerifyStore(*SqliteStore::open(log));
    QVERIFY(!quick.ok());
    QCOMPARE(quick.chain.firstBad, qint64(7));
    QVERIFY(failureSummary(quick).contains(QStringLiteral("audit entry 7:")));
    QVERIFY_THROWS_EXCEPTION(StoreError, requireVerified(*SqliteStore::open(log)));
}

// A member's own passphrase change keeps their key (sealed anew); a chair's reset issues a new
// key signed by the chair; the secretariat's reset makes the member forget theirs, and the
// next sign-in registers a new one. The chain verifies after each.
void TestVerifyStore::passphraseChangesKeepTheChainValid()
{
    const QString path = copyOfDemo(QStringLiteral("passphrases.paneldesk"));
    auto store = SqliteStore::open(path);
    const auto keyOf = [&](const QString &id, const QString &passphrase) {
        return unlockMemberKey(*store, id, passphrase);
    };
    const std::optional<MemberKey> chair = keyOf(QStringLiteral("chair"), demoPassphrase(Role::Chair));
    const std::optional<MemberKey> secretariat = keyOf(QStringLiteral("secretariat"), demoPassphrase(Role::Secretariat));
    const std::optional<MemberKey> e01 = keyOf(QStringLiteral("e01"), demoPassphrase(Role::Expert));
    QVERIFY(chair && secretariat && e01);

    const QString own = QStringLiteral("e01's own new passphrase");
    setPassphraseAndKey(*store, QStringLiteral("e01"), own, Actor(*e01), &*e01);
    const std::optional<MemberKey> e01Again = keyOf(QStringLiteral("e01"), own);
    QVERIFY(e01Again);
    QCOMPARE(e01Again->publicKey(), e01->publicKey());   // the same key, sealed anew
    QVERIFY(!keyOf(QStringLiteral("e01"), demoPassphrase(Role::Expert)));

    const QString reset = QStringLiteral("reset by the chair");
    setPassphraseAndKey(*store, QStringLiteral("e02"), reset, Actor(*chair));
    const std::optional<MemberKey> e02 = keyOf(QStringLiteral("e02"), reset);
    QVERIFY(e02);
    QCOMPARE(store->auditLog().back().action, QStringLiteral("member-key"));   // issued by the chair

    const QString byOffice = QStringLiteral("reset by the secretariat");
    setPassphraseAndKey(*store, QStringLiteral("e03"), byOffice, Actor(*secretariat));
    QCOMPARE(store->auditLog().back().action, QStringLiteral("clear-key"));
    QVERIFY(!store->loadMemberKey(QStringLiteral("e03")));
    const std::optional<MemberKey> e03 = keyOf(QStringLiteral("e03"), byOffice);   // registers anew
    QVERIFY(e03);
    setPassphraseAndKey(*store, QStringLiteral("e03"), QStringLiteral("e03 chose their own"), Actor(*e03), &*e03);
    QCOMPARE(store->auditLog().back().signer, QStringLiteral("e03"));   // signed with the new key

    const VerifyReport report = verifyStore(*store);
    QVERIFY2(report.ok(), qPrintable((report.chain.problems + report.recordProblems).join(u'\n')));
    QVERIFY(report.chain.notes.join(u'\n').contains(QStringLiteral("e03 registered their own key")));

    // An expert may not make another member forget their key.
    store->clearMemberKey(QStringLiteral("e04"), Actor(*e01Again));
    QVERIFY(!verifyStore(*store).ok());
}

QTEST_GUILESS_MAIN(TestVerifyStore)
#include "tst_verifystore.moc"
