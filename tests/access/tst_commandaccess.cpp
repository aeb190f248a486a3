// access/CommandAccess.h: who may run which command, for every role and nobody, and that
// each refusal says who may (the CLI names that role in its message).
#include "access/CommandAccess.h"

#include <QtTest>

using namespace pd;

namespace {

Member member(const char *id, Role role) { return {QString::fromLatin1(id), {}, role, {}, true}; }

const Member kChair = member("chair", Role::Chair);
const Member kExpert = member("e01", Role::Expert);
const Member kSecretariat = member("secretariat", Role::Secretariat);
const Member kObserver = member("observer", Role::Observer);

// "CESO-": which of chair, expert, secretariat, observer, nobody are allowed.
QString who(const std::function<AccessAnswer(const Member *)> &question)
{
    QString text;
    const Member *actors[] = {&kChair, &kExpert, &kSecretariat, &kObserver, nullptr};
    const char letters[] = "CESON";
    for (int i = 0; i < 5; ++i)
        text += question(actors[i]) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    return text;
}

} // namespace

class TestCommandAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<QString>("allowed");    // computed: "CESON" letters of the allowed
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("needed");         // what a refusal of nobody names
        QTest::addColumn<int>("expectedNeeded");
        using N = NeededRole;
        auto row = [](const char *name, std::function<AccessAnswer(const Member *)> q,
                      const char *expected, N needed) {
            QTest::newRow(name) << who(q) << QString::fromLatin1(expected) << int(q(nullptr).needed)
                                << int(needed);
        };
        row("add expert", [](const Member *a) { return canAddMember(a, Role::Expert); }, "C-S--",
            N::ChairOrSecretariat);
        row("add chair", [](const Member *a) { return canAddMember(a, Role::Chair); }, "C----", N::Chair);
        row("passphrase of e01", [](const Member *a) { return canSetPassphrase(a, kExpert); },
            "CES--", N::TheMemberOrChairOrSecretariat);
        row("passphrase of chair", [](const Member *a) { return canSetPassphrase(a, kChair); },
            "C----", N::Chair);
        row("import ratings", canImportRatings, "C-S--", N::ChairOrSecretariat);
        row("import benchmarks", canImportBenchmarks, "C-S--", N::ChairOrSecretariat);
        row("import sheets", canImportSheets, "C----", N::Chair);
        row("export panel", canExportPanel, "C-S--", N::ChairOrSecretariat);
        row("back up", canBackUp, "C-S--", N::ChairOrSecretariat);
        row("restore", canRestore, "C-S--", N::ChairOrSecretariat);
        row("export sheets of e01", [](const Member *a) { return canExportSheetsOf(a, u"e01"_qs); },
            "-E---", N::TheMember);
        row("agreement", canSeeAgreement, "C----", N::Chair);
        row("sensitivity", canSeeSensitivity, "C----", N::Chair);
        row("lifecycle", canRunLifecycleStep, "C----", N::Chair);
        row("reviewer totals", canExportReviewerTotals, "C----", N::Chair);
        row("sheets", canHoldSheets, "CE---", N::ChairOrExpert);
        row("report full", [](const Member *a) { return canWriteReport(a, u"full"_qs, true, false); },
            "C----", N::Chair);
        row("report team", [](const Member *a) { return canWriteReport(a, u"team"_qs, true, false); },
            "C----", N::Chair);
        row("report public announced",
            [](const Member *a) { return canWriteReport(a, u"public"_qs, true, false); }, "CESON",
            N::Chair);
        row("report public draft",
            [](const Member *a) { return canWriteReport(a, u"public"_qs, false, false); }, "C----",
            N::Chair);
        row("report public publish",
            [](const Member *a) { return canWriteReport(a, u"public"_qs, true, true); }, "C----",
            N::Chair);
    }
    void matrix()
    {
        QFETCH(QString, allowed);
        QFETCH(QString, expected);
        QFETCH(int, needed);
        QFETCH(int, expectedNeeded);
        QCOMPARE(allowed, expected);
        if (!expected.endsWith(u'N'))
            QCOMPARE(needed, expectedNeeded);
    }
    void nobodySeesOnlyThePublicView()
    {
        QVERIFY(!seesMoreThanPublic(nullptr));
        QVERIFY(seesMoreThanPublic(&kObserver));
    }
};

QTEST_GUILESS_MAIN(TestCommandAccess)
#include "tst_commandaccess.moc"
