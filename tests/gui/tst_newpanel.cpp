// File > New panel from template, driven offscreen: the dialog creates a database whose
// standings list the entered teams, all pending (no inputs yet), with the first-evaluation
// configuration, and whose creator is the chair and can sign in. Missing teams, differing
// passphrases and an existing file are refused in the dialog and leave no file behind.

#include "NewPanelDialog.h"
#include "SignInDialog.h"
#include "actions/PanelDatabase.h"
#include "storage/SqliteStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestNewPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsPanelFromTemplate();
    void createsSecondEvaluation();
    void refusesWithoutTeams();
    void refusesDifferingPassphrases();
    void refusesExistingFile();

private:
    static void fill(NewPanelDialog &dialog, const QString &repeat = QStringLiteral("chair passphrase"))
    {
        QTest::keyClicks(dialog.programEdit(), QStringLiteral("Sovereign AI"));
        dialog.roundEdit()->clear();
        QTest::keyClicks(dialog.roundEdit(), QStringLiteral("First evaluation"));
        dialog.dateEdit()->setDate(QDate(2026, 6, 30));
        QTest::keyClicks(dialog.chairIdEdit(), QStringLiteral("kim"));
        QTest::keyClicks(dialog.chairNameEdit(), QStringLiteral("Kim Chair"));
        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("chair passphrase"));
        QTest::keyClicks(dialog.repeatEdit(), repeat);
    }
    static void addTeam(NewPanelDialog &dialog, const QString &id, const QString &name)
    {
        QTest::mouseClick(dialog.addTeamButton(), Qt::LeftButton);
        QTableWidget *table = dialog.teamsTable();
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(id);
        table->item(row, 1)->setText(name);
    }
};

void TestNewPanel::createsPanelFromTemplate()
{
    QTemporaryDir dir;
    NewPanelDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.pathEdit()->text(), QDir(dir.path()).filePath(QStringLiteral("panel.paneldesk")));
    fill(dialog);
    addTeam(dialog, QStringLiteral("alpha"), QStringLiteral("Alpha Labs"));
    addTeam(dialog, QStringLiteral("beta"), QStringLiteral("Beta AI"));
    addTeam(dialog, QString(), QString());   // an empty row is ignored
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().isEmpty(), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString path = dialog.createdPath();
    QVERIFY(QFile::exists(path));
    QCOMPARE(dialog.chairId(), QStringLiteral("kim"));

    const ScoredRound round = scoreDatabase(path);
    QCOMPARE(round.panel.program.name, QStringLiteral("Sovereign AI"));
    QCOMPARE(round.panel.round.name, QStringLiteral("First evaluation"));
    QCOMPARE(round.panel.round.evaluationDate, QDate(2026, 6, 30));
    QCOMPARE(round.panel.round.appealDays, 10);
    QCOMPARE(round.panel.round.cut.eliminate, std::optional<int>(1));
    QVERIFY(round.panel.program.notice.isEmpty());
    QCOMPARE(round.panel.categories.size(), 3u);
    QCOMPARE(round.panel.categories[0].points, 40.0);
    QCOMPARE(round.panel.categories[1].points, 35.0);
    QCOMPARE(round.panel.categories[2].points, 25.0);
    QCOMPARE(round.panel.categories[0].groups.size(), 3u);
    QCOMPARE(round.panel.categories[0].groups[2].benchmarks.size(), 10u);   // 5 per team
    QVERIFY(round.panel.benchmarkResults.empty());
    QVERIFY(round.panel.expertScores.empty());

    QStringList teams;
    for (const auto &team : round.standings.teams) {
        teams << team.team;
        QCOMPARE(toString(team.outcome), toString(Outcome::Pending));
    }
    teams.sort();
    QCOMPARE(teams, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

    const auto store = SqliteStore::open(path);
    const auto members = store->members();
    QCOMPARE(members.size(), 1u);
    QCOMPARE(members[0].id, QStringLiteral("kim"));
    QCOMPARE(toString(members[0].role), toString(Role::Chair));

    SignInThrottle throttle;
    SignInDialog signIn(*store, throttle);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    QTest::keyClicks(signIn.passphraseEdit(), QStringLiteral("chair passphrase"));
    QTest::keyClick(signIn.passphraseEdit(), Qt::Key_Return);
    QVERIFY(signIn.signedInMember());
    QCOMPARE(signIn.signedInMember()->id, QStringLiteral("kim"));
}

// The second-evaluation template, chosen with the keyboard: round R2, eliminate 1 of 4, the
// re-called team entered in R2 and the others in R1; it scores as a panel from its JSON would.
void TestNewPanel::createsSecondEvaluation()
{
    QTemporaryDir dir;
    NewPanelDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.teamsTable()->isColumnHidden(3));
    dialog.templateBox()->setFocus();
    QTest::keyClick(dialog.templateBox(), Qt::Key_Down);
    QCOMPARE(dialog.templateBox()->currentIndex(), 1);
    QVERIFY(!dialog.teamsTable()->isColumnHidden(3));
    QTest::keyClicks(dialog.programEdit(), QStringLiteral("Sovereign AI"));
    QCOMPARE(dialog.roundEdit()->text(), QStringLiteral("Second evaluation"));
    dialog.dateEdit()->setDate(QDate(2026, 12, 30));
    QTest::keyClicks(dialog.chairIdEdit(), QStringLiteral("kim"));
    QTest::keyClicks(dialog.chairNameEdit(), QStringLiteral("Kim Chair"));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("chair passphrase"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("chair passphrase"));
    addTeam(dialog, QStringLiteral("lg"), QStringLiteral("LG"));
    addTeam(dialog, QStringLiteral("skt"), QStringLiteral("SKT"));
    addTeam(dialog, QStringLiteral("upstage"), QStringLiteral("Upstage"));
    addTeam(dialog, QStringLiteral("motif"), QStringLiteral("Motif"));
    dialog.teamsTable()->item(3, 3)->setCheckState(Qt::Checked);   // re-called for this round
    if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + QStringLiteral("/new-panel-second-evaluation.png"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().isEmpty(), qPrintable(dialog.errorLabel()->text()));
    const ScoredRound round = scoreDatabase(dialog.createdPath());
    QCOMPARE(round.panel.round.id, QStringLiteral("R2"));
    QCOMPARE(round.panel.round.name, QStringLiteral("Second evaluation"));
    QCOMPARE(round.panel.round.cut.eliminate, std::optional<int>(1));
    QCOMPARE(round.panel.teams.size(), 4u);
    QCOMPARE(round.panel.teams[0].enteredRound, QStringLiteral("R1"));
    QCOMPARE(round.panel.teams[3].enteredRound, QStringLiteral("R2"));
    QCOMPARE(round.panel.categories[0].groups[2].benchmarks.size(), 20u);   // 5 per team
    QCOMPARE(round.standings.teams.size(), size_t(4));
}

void TestNewPanel::refusesWithoutTeams()
{
    QTemporaryDir dir;
    NewPanelDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog);
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("at least one team")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.createdPath().isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestNewPanel::refusesDifferingPassphrases()
{
    QTemporaryDir dir;
    NewPanelDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, QStringLiteral("another passphrase"));
    addTeam(dialog, QStringLiteral("alpha"), QStringLiteral("Alpha Labs"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("The two passphrases differ."));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A bad team id is the validator's refusal, shown the same way, and nothing is written.
    dialog.repeatEdit()->clear();
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("chair passphrase"));
    dialog.teamsTable()->item(0, 0)->setText(QStringLiteral("al pha"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("not a valid id")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestNewPanel::refusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.paneldesk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    NewPanelDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog);
    addTeam(dialog, QStringLiteral("alpha"), QStringLiteral("Alpha Labs"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("already exists")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

QTEST_MAIN(TestNewPanel)
#include "tst_newpanel.moc"
