// The chair's import of a member's offline sheets file on a server (PgStore::importSheets,
// PgSheetImport.cpp; the server's pd_import_sheet, ServerSheetImport.cpp; docs/server.md,
// "Importing offline sheets on a server"): the same file imported into a .paneldesk file of
// the same panel and into the server gives the same refusals (message and JSON path), the same
// counts and the same standings; a refusal changes nothing on the server (the administrator's
// dump); the member's draft stays theirs (they read it, another expert does not); the server's
// function refuses a non-chair and bad sheets even when called directly; after an import of a
// signed file (paneldesk-cli import-sheets --db URL --as chair) `verify` as the chair passes,
// and names what an administrator changed afterwards.
#include "ServerCliSupport.h"

#include "../importers/SignedSheetsSupport.h"

#include "actions/PanelDatabase.h"
#include "importers/SheetsExchange.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "services/SignInService.h"
#include "storage/PanelChanges.h"
#include "storage/PanelLocation.h"
#include "trust/Verification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(pd::SheetsFile)

using namespace pd;

namespace {

const QString kChair = QStringLiteral("chair");
const QString kE01 = QStringLiteral("e01");
const QString kSource = QStringLiteral("e01-sheets.json");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The demo panel with e01's sheets in every state: lg and upstage not started, naver a draft,
// skt and nc submitted; e03 conflicted with nc.
Panel panelForImport()
{
    Panel panel = buildDemoPanel();
    for (Reviewer &r : panel.reviewers)
        if (r.id == QLatin1String("e03"))
            r.conflicts = {QStringLiteral("nc")};
    std::erase_if(panel.expertScores, [](const ExpertScore &s) {
        return (s.reviewer == QLatin1String("e03") && s.team == QLatin1String("nc"))
            || (s.reviewer == QLatin1String("e01")
                && (s.team == QLatin1String("lg") || s.team == QLatin1String("upstage")));
    });
    for (ExpertScore &s : panel.expertScores)
        if (s.reviewer == QLatin1String("e01") && s.team == QLatin1String("naver"))
            s.submitted = false;
    return panel;
}

SheetsFileSheet sheet(const QString &team, bool submitted, std::vector<SheetsFileScore> scores,
                      const QString &opinion = {})
{
    SheetsFileSheet s;
    s.team = team;
    s.submitted = submitted;
    s.scores = std::move(scores);
    s.opinion = opinion;
    return s;
}

// e01's sheet for `team` as the panel stores it (a submitted sheet sent back unchanged).
SheetsFileSheet storedSheet(const QString &team)
{
    std::vector<SheetsFileScore> scores;
    for (const ExpertScore &s : panelForImport().expertScores)
        if (s.reviewer == kE01 && s.team == team)
            scores.push_back({s.item, s.score, s.comment});
    return sheet(team, true, scores);
}

SheetsFile fileOf(std::vector<SheetsFileSheet> sheets, const QString &member = kE01)
{
    SheetsFile file;
    file.round = QStringLiteral("R1");
    file.member = member;
    file.sheets = std::move(sheets);
    return file;
}

// The successful import: lg filled and submitted, upstage a new draft, naver's draft changed,
// skt submitted and unchanged.
SheetsFile goodFile()
{
    return fileOf({sheet(QStringLiteral("lg"), true,
                         {{QStringLiteral("strategy"), 8.0, QStringLiteral("")},
                          {QStringLiteral("technology"), 12.5, QStringLiteral("solid")},
                          {QStringLiteral("impact"), 7.0, QString()}},
                         QStringLiteral("strong plan")),
                   sheet(QStringLiteral("upstage"), false, {{QStringLiteral("impact"), 4.5, QString()}}),
                   sheet(QStringLiteral("naver"), false, {{QStringLiteral("strategy"), 9.5, QString()}},
                         QStringLiteral("still thinking")),
                   storedSheet(QStringLiteral("skt"))});
}

QString issuesOf(const ImportIssues &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues.listed())
        lines << issue.text();
    return lines.join(QLatin1Char('\n'));
}

QString outcomeText(const SheetImportOutcome &o)
{
    return QStringLiteral("scores %1, opinions %2, submitted %3, unchanged %4")
        .arg(o.scoresWritten).arg(o.opinionsWritten).arg(o.sheetsSubmitted).arg(o.sheetsUnchanged);
}

struct SignedIn {
    std::unique_ptr<PanelStore> store;
    Session session;
};

// Runs `sql` as the cluster's superuser with the audit log's triggers disabled.
void tamper(QSqlDatabase &admin, const QString &sql)
{
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    server::execServer(admin, sql);
    server::execServer(admin, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
}

} // namespace

class TestServerSheetImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DeployedPanel m_same;   // compared with a file
    QString m_file;               // the .paneldesk file of the same panel

    std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database)).open(ServerLogin{member, panel.logins.at(member).password});
    }

    SignedIn signIn(const test::DeployedPanel &panel, const QString &member)
    {
        const QString password = panel.logins.at(member).password;
        SignedIn in{open(panel, member), {}};
        const SignInAttempt attempt = SignInService(*in.store).signIn(member, password, QDateTime::currentDateTimeUtc());
        if (attempt.outcome != SignInAttempt::Outcome::SignedIn)
            qFatal("%s did not sign in", qPrintable(member));
        in.session = attempt.session;
        return in;
    }

    // The import of `file` into the .paneldesk file and into the server as the chair: the
    // issues and outcome of each.
    std::pair<std::pair<QString, SheetImportOutcome>, std::pair<QString, SheetImportOutcome>>
    importBoth(const SheetsFile &file)
    {
        ImportIssues fileIssues, serverIssues;
        const auto local = PanelLocation::parse(m_file).open();
        const SheetImportOutcome fromFile = local->importSheets(file, kSource, Actor(kChair), QStringLiteral("test"), fileIssues);
        const auto chair = open(m_same, kChair);
        const SheetImportOutcome fromServer = chair->importSheets(file, kSource, Actor(kChair), QStringLiteral("test"), serverIssues);
        return {{issuesOf(fileIssues), fromFile}, {issuesOf(serverIssues), fromServer}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("same.paneldesk"));
        createDatabase(panelForImport(), m_file, {});
        m_same = test::deployForTest(QStringLiteral("sheetimport_same"), panelForImport());
    }

    // Every refusal: the same message at the same JSON path as in a file, and nothing changed
    // on the server.
    void refusalsAsInAFile_data()
    {
        QTest::addColumn<SheetsFile>("file");
        QTest::addColumn<QString>("expected");   // the server's issues, one a line

        const auto at = [](const QString &path) -> QString { return kSource + QStringLiteral(": ") + path + QStringLiteral(": "); };
        SheetsFile otherRound = fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("impact"), 4.0, {}}})});
        otherRound.round = QStringLiteral("R9");
        QTest::newRow("another round") << otherRound
            << at(QStringLiteral("round")) + QStringLiteral("the sheets are for round R9, the panel's round is R1");
        QTest::newRow("unknown member")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("impact"), 4.0, {}}})}, QStringLiteral("e99"))
            << at(QStringLiteral("member")) + QStringLiteral("unknown member \"e99\"");
        SheetsFileSheet changed = storedSheet(QStringLiteral("skt"));
        changed.scores.front().score = changed.scores.front().score == 5.0 ? 5.5 : 5.0;
        QTest::newRow("submitted in the panel") << fileOf({changed})
            << at(QStringLiteral("sheets[0]")) + QStringLiteral("the sheet of e01 for team skt is submitted in the "
                                                                 "panel: it can no longer change (the chair can reopen it)");
        QTest::newRow("a team twice")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("impact"), 4.0, {}}}),
                       sheet(QStringLiteral("lg"), false, {{QStringLiteral("strategy"), 4.0, {}}})})
            << at(QStringLiteral("sheets[1].team")) + QStringLiteral("team lg has a second sheet here (first at sheets[0])");
        QTest::newRow("an item twice")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("impact"), 4.0, {}}, {QStringLiteral("impact"), 5.0, {}}})})
            << at(QStringLiteral("sheets[0].scores[1].item")) + QStringLiteral("item impact is scored twice (first at scores[0])");
        QTest::newRow("out of range")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("strategy"), 10.5, {}}})})
            << at(QStringLiteral("sheets[0].scores[0]")) + QStringLiteral("the score of e01 for team lg, item strategy must lie between 0 and 10 (got 10.5)");
        QTest::newRow("off step")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("strategy"), 7.3, {}}})})
            << at(QStringLiteral("sheets[0].scores[0]")) + QStringLiteral("the score of e01 for team lg, item strategy must be a multiple of 0.5 (got 7.3)");
        QTest::newRow("unknown item")
            << fileOf({sheet(QStringLiteral("lg"), false, {{QStringLiteral("nosuch"), 1.0, {}}})})
            << at(QStringLiteral("sheets[0].scores[0]")) + QStringLiteral("unknown rubric item \"nosuch\" in round R1");
        QTest::newRow("conflict of interest")
            << fileOf({sheet(QStringLiteral("nc"), false, {{QStringLiteral("impact"), 4.0, {}}})}, QStringLiteral("e03"))
            << at(QStringLiteral("sheets[0].scores[0]")) + QStringLiteral("reviewer e03 has declared a conflict of interest with team nc and cannot score it");
        QTest::newRow("an incomplete sheet submitted")
            << fileOf({sheet(QStringLiteral("lg"), true, {{QStringLiteral("impact"), 4.0, {}}})})
            << at(QStringLiteral("sheets[0]")) + QStringLiteral("the sheet of e01 for team lg is incomplete; score these items first: 개발 전략 (strategy), 기술력 (technology)");
        QTest::newRow("two sheets refused by the server")
            << fileOf({sheet(QStringLiteral("lg"), true, {{QStringLiteral("impact"), 4.0, {}}}),
                       sheet(QStringLiteral("naver"), false, {{QStringLiteral("strategy"), 4.0, {}}}),
                       sheet(QStringLiteral("upstage"), true, {{QStringLiteral("technology"), 4.0, {}}})})
            << at(QStringLiteral("sheets[0]")) + QStringLiteral("the sheet of e01 for team lg is incomplete; score these items first: 개발 전략 (strategy), 기술력 (technology)")
                   + QLatin1Char('\n') + at(QStringLiteral("sheets[2]")) + QStringLiteral("the sheet of e01 for team upstage is incomplete; score these items first: 개발 전략 (strategy), 파급 효과 (impact)");
    }
    void refusalsAsInAFile()
    {
        QFETCH(SheetsFile, file);
        QFETCH(QString, expected);
        const QByteArray before = test::adminDump(m_same.database);
        const qsizetype fileEntries = qsizetype(PanelLocation::parse(m_file).open()->auditLog().size());
        const auto [fromFile, fromServer] = importBoth(file);
        QVERIFY2(!fromServer.first.isEmpty(), "the server imported");
        QCOMPARE(fromServer.first, fromFile.first);
        QVERIFY2(fromServer.first.startsWith(expected.section(QLatin1Char('\n'), 0, 0)), qPrintable(fromServer.first));
        if (expected.contains(QLatin1Char('\n')))
            QVERIFY2(fromServer.first.section(QLatin1Char('\n'), 1).startsWith(expected.section(QLatin1Char('\n'), 1)),
                     qPrintable(fromServer.first));
        QCOMPARE(outcomeText(fromServer.second), outcomeText(SheetImportOutcome{}));
        QCOMPARE(test::adminDump(m_same.database), before);
        QCOMPARE(qsizetype(PanelLocation::parse(m_file).open()->auditLog().size()), fileEntries);
    }

    // The server's function is the guard: called directly, it refuses a non-chair and every
    // bad sheet the client would have refused first, and changes nothing.
    void theFunctionGuards_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("state");
        const QString fullLg = QStringLiteral(
            "'e01', 'lg', '[{\"item\":\"strategy\",\"score\":8},{\"item\":\"technology\",\"score\":12.5},"
            "{\"item\":\"impact\",\"score\":7}]', '', true");
        QTest::newRow("an expert") << QStringLiteral("e02") << fullLg << QStringLiteral("42501");
        QTest::newRow("the secretariat") << QStringLiteral("secretariat") << fullLg << QStringLiteral("42501");
        QTest::newRow("the member themselves")
            << kE01 << fullLg << QStringLiteral("42501");
        QTest::newRow("above the item's points") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"strategy\",\"score\":99}]', '', false") << QStringLiteral("23514");
        QTest::newRow("below zero") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"strategy\",\"score\":-1}]', '', false") << QStringLiteral("23514");
        QTest::newRow("off step") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"strategy\",\"score\":7.3}]', '', false") << QStringLiteral("23514");
        QTest::newRow("an unknown item") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"nosuch\",\"score\":1}]', '', false") << QStringLiteral("23503");
        QTest::newRow("an item twice") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"impact\",\"score\":1},{\"item\":\"impact\",\"score\":2}]', '', false")
            << QStringLiteral("22023");
        QTest::newRow("a conflict of interest") << kChair
            << QStringLiteral("'e03', 'nc', '[{\"item\":\"impact\",\"score\":1}]', '', false") << QStringLiteral("23514");
        QTest::newRow("an incomplete sheet submitted") << kChair
            << QStringLiteral("'e01', 'lg', '[{\"item\":\"impact\",\"score\":1}]', '', true") << QStringLiteral("23PD2");
        QTest::newRow("a submitted sheet changed") << kChair
            << QStringLiteral("'e01', 'skt', '[{\"item\":\"impact\",\"score\":1}]', '', true") << QStringLiteral("23PD1");
        QTest::newRow("an unknown member") << kChair
            << QStringLiteral("'e99', 'lg', '[{\"item\":\"impact\",\"score\":1}]', '', false") << QStringLiteral("22023");
    }
    void theFunctionGuards()
    {
        QFETCH(QString, member);
        QFETCH(QString, call);
        QFETCH(QString, state);
        const QByteArray before = test::adminDump(m_same.database);
        QSqlDatabase db = test::memberDb(m_same, member);
        QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT * FROM pd_import_sheet(%1)").arg(call)), state);
        QCOMPARE(test::adminDump(m_same.database), before);
    }

    // The same file into the file and the server: the same counts and standings; the draft is
    // the member's own; a connected window is told of the submitted sheet; the member's submit
    // is theirs, unsigned, covered by the chair's "import-sheets" entry.
    void importsAsInAFile()
    {
        const auto e02 = open(m_same, QStringLiteral("e02"));   // a window connected meanwhile
        QVERIFY(e02->liveChanges());
        QSignalSpy told(e02->liveChanges(), &PanelChanges::changed);

        const auto [fromFile, fromServer] = importBoth(goodFile());
        QCOMPARE(fromServer.first, QString());
        QCOMPARE(fromFile.first, QString());
        QCOMPARE(outcomeText(fromServer.second), outcomeText(fromFile.second));
        QCOMPARE(outcomeText(fromServer.second), QStringLiteral("scores 5, opinions 2, submitted 1, unchanged 1"));

        QStringList kinds;
        while (!kinds.contains(QStringLiteral("sheets")) && (!told.isEmpty() || told.wait(10000)))   // a wait, not a timing assertion
            kinds << told.takeFirst().at(0).toStringList();
        QVERIFY2(kinds.contains(QStringLiteral("sheets")), qPrintable(kinds.join(QLatin1Char(','))));

        const auto chair = open(m_same, kChair);
        const auto local = PanelLocation::parse(m_file).open();
        QCOMPARE(standingsJson(computeStandings(chair->loadPanel())), standingsJson(computeStandings(local->loadPanel())));
        bool lgSubmitted = false;
        for (const SheetRecord &s : chair->loadSheets())
            if (s.reviewer == kE01 && s.team == QLatin1String("lg"))
                lgSubmitted = s.submitted && s.opinion == QLatin1String("strong plan");
        QVERIFY(lgSubmitted);

        // The drafts: e01 reads them, another expert and the chair do not.
        const auto e01 = open(m_same, kE01);
        const std::vector<ExpertScore> upstage = e01->loadSheetScores(kE01, QStringLiteral("upstage"));
        QCOMPARE(upstage.size(), size_t(1));
        QCOMPARE(upstage.front().score, 4.5);
        // naver's draft is the file's sheet, which replaces it (the chair cannot read it: as in a
        // file for a member with a key, whose draft is sealed)
        const std::vector<ExpertScore> naver = e01->loadSheetScores(kE01, QStringLiteral("naver"));
        QCOMPARE(naver.size(), size_t(1));
        QCOMPARE(naver.front().item, QStringLiteral("strategy"));
        QCOMPARE(naver.front().score, 9.5);
        QVERIFY(e02->loadSheetScores(kE01, QStringLiteral("upstage")).empty());
        QVERIFY(chair->loadSheetScores(kE01, QStringLiteral("upstage")).empty());
        QVERIFY(e02->loadSheetScores(kE01, QStringLiteral("naver")).empty());

        const std::vector<AuditEntry> log = test::adminAuditLog(test::panelAdmin(m_same.database));
        QCOMPARE(log.back().action, QStringLiteral("import-sheets"));
        QCOMPARE(log.back().actor, kChair);
        QCOMPARE(log.back().entity, QStringLiteral("sheets/R1/e01"));
        QCOMPARE(QJsonDocument::fromJson(log.back().newValue.toUtf8()).object().value(QLatin1String("member_entries")).toInt(), 1);
        const AuditEntry &submit = log[log.size() - 2];
        QCOMPARE(submit.action, QStringLiteral("submit-sheet"));
        QCOMPARE(submit.actor, kE01);
        QCOMPARE(submit.entity, QStringLiteral("sheets/R1/e01/lg"));
        QVERIFY(submit.signature.isEmpty());
        QCOMPARE(test::rowsOf(test::memberDb(m_same, kChair), QStringLiteral("SELECT * FROM audit_verify()")), QStringList{});

        // Imported again: the submitted sheets unchanged; the drafts written again and counted,
        // as in a file for a member with a key (the importer cannot read the draft there either;
        // this file's e01 has none, so its counts differ here), and the standings stay.
        const auto [again, againServer] = importBoth(goodFile());
        QCOMPARE(againServer.first, QString());
        QCOMPARE(again.first, QString());
        QCOMPARE(outcomeText(againServer.second), QStringLiteral("scores 2, opinions 1, submitted 0, unchanged 2"));
        QCOMPARE(standingsJson(computeStandings(open(m_same, kChair)->loadPanel())),
                 standingsJson(computeStandings(PanelLocation::parse(m_file).open()->loadPanel())));
    }

    // A team the chair declared a conflict with: the chair reads nothing of it, so on a server
    // the import refuses it (a file's chair reads everything) and the function too.
    void aTeamTheChairIsConflictedWith()
    {
        Panel conflicted = panelForImport();
        for (Reviewer &r : conflicted.reviewers)
            if (r.id == kChair)
                r.conflicts = {QStringLiteral("lg")};
        const test::DeployedPanel panel = test::deployForTest(QStringLiteral("sheetimport_conflict"), conflicted);
        const QByteArray before = test::adminDump(panel.database);
        ImportIssues issues;
        const auto chair = open(panel, kChair);
        chair->importSheets(goodFile(), kSource, Actor(kChair), QStringLiteral("test"), issues);
        QCOMPARE(issuesOf(issues), kSource + QStringLiteral(": sheets[0]: you (chair) declared a conflict of interest "
                                                           "with team lg, so on a server you cannot import a sheet "
                                                           "for it: e01 enters that sheet online themselves"));
        QSqlDatabase db = test::memberDb(panel, kChair);
        QCOMPARE(test::outcomeOf(db, QStringLiteral(
                     "SELECT * FROM pd_import_sheet('e01', 'lg', '[{\"item\":\"impact\",\"score\":1}]', '', false)")),
                 QStringLiteral("42501"));
        QCOMPARE(test::adminDump(panel.database), before);
    }

    // A signed file end to end: e01 exports from the server and fills it; an expert's
    // import-sheets is refused (nothing changed); the chair's imports; verify as the chair
    // passes, and names an imported sheet's entry or score an administrator changed.
    void signedFileThroughTheCli()
    {
        const test::DeployedPanel panel = test::deployForTest(QStringLiteral("sheetimport_cli"), panelForImport());
        const QString url = address(panel.database);
        const QString path = m_dir.filePath(QStringLiteral("e01-filled.json"));
        {
            SignedIn e01 = signIn(panel, kE01);
            QVERIFY(e01.session.key());
            exportSheets(*e01.store, kE01, path, *e01.session.key());
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
            in.close();
            QJsonArray sheets = root.value(QLatin1String("sheets")).toArray();
            bool filled = false;
            for (qsizetype i = 0; i < sheets.size(); ++i) {
                QJsonObject s = sheets[i].toObject();
                if (s.value(QLatin1String("team")).toString() != QLatin1String("lg"))
                    continue;
                s.insert(QStringLiteral("scores"), QJsonArray{
                    QJsonObject{{QStringLiteral("item"), QStringLiteral("strategy")}, {QStringLiteral("score"), 8.0}},
                    QJsonObject{{QStringLiteral("item"), QStringLiteral("technology")}, {QStringLiteral("score"), 12.5},
                                {QStringLiteral("comment"), QStringLiteral("solid")}},
                    QJsonObject{{QStringLiteral("item"), QStringLiteral("impact")}, {QStringLiteral("score"), 7.0}}});
                s.insert(QStringLiteral("opinion"), QStringLiteral("strong plan"));
                s.insert(QStringLiteral("state"), QStringLiteral("submitted"));
                sheets[i] = s;
                filled = true;
            }
            QVERIFY(filled);
            root.insert(QStringLiteral("sheets"), sheets);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(test::signedSheetsJson(root, *e01.session.key())).toJson());
        }
        const auto args = [&](const QString &member) {
            return QStringList{QStringLiteral("import-sheets"), path, QStringLiteral("--db"), url,
                               QStringLiteral("--as"), member};
        };
        test::signInOnce(url, QStringLiteral("e02"), panel.logins.at(QStringLiteral("e02")).password);
        QByteArray before = test::adminDump(panel.database);
        const test::CliRun expert = test::runCli(m_dir.path(), args(QStringLiteral("e02")),
                                                 panel.logins.at(QStringLiteral("e02")).password.toUtf8() + '\n');
        QVERIFY2(expert.code != 0, qPrintable(expert.out));
        QVERIFY2(expert.err.contains(QStringLiteral("import-sheets")), qPrintable(expert.err));
        QCOMPARE(test::adminDump(panel.database), before);

        const test::CliRun chair = test::runCli(m_dir.path(), args(kChair),
                                                panel.logins.at(kChair).password.toUtf8() + '\n');
        QVERIFY2(chair.code == 0, qPrintable(chair.out + chair.err));
        QVERIFY2(chair.out.contains(QStringLiteral("imported the sheets of e01")), qPrintable(chair.out));
        QVERIFY2(chair.out.contains(QStringLiteral("6 score(s) written, 1 sheet(s) submitted, 2 submitted sheet(s) unchanged")),
                 qPrintable(chair.out));

        // Imported again: the submitted sheets unchanged, the naver draft written again.
        const test::CliRun again = test::runCli(m_dir.path(), args(kChair), panel.logins.at(kChair).password.toUtf8() + '\n');
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("3 score(s) written, 0 sheet(s) submitted, 3 submitted sheet(s) unchanged")),
                 qPrintable(again.out));

        {
            SignedIn in = signIn(panel, kChair);
            const VerifyReport report = verifyStore(*in.store);
            QVERIFY2(report.ok(), qPrintable(failureSummary(report)));
            QVERIFY(report.chain.coveredByImports >= 1);
            QVERIFY(report.unsignedRecords.filter(QStringLiteral("/e01/lg")).isEmpty());
        }
        const test::CliRun verify = test::runCli(m_dir.path(), {QStringLiteral("verify"), QStringLiteral("--db"), url,
                                                                QStringLiteral("--as"), kChair},
                                                 panel.logins.at(kChair).password.toUtf8() + '\n');
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));

        // An administrator changes the member's imported submit entry: verify names it.
        QSqlDatabase admin = test::panelAdmin(panel.database);
        const qint64 submit = test::scalarOf(admin, QStringLiteral(
            "SELECT id FROM audit_log WHERE action = 'submit-sheet' AND entity = 'sheets/R1/e01/lg'")).toLongLong();
        QVERIFY(submit > 0);
        tamper(admin, QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, '\"total\"', '\"totals\"') WHERE id = %1").arg(submit));
        {
            SignedIn in = signIn(panel, kChair);
            const VerifyReport report = verifyStore(*in.store);
            QVERIFY(!report.ok());
            QCOMPARE(report.chain.firstBad, submit);
        }
        tamper(admin, QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, '\"totals\"', '\"total\"') WHERE id = %1").arg(submit));
        QVERIFY(verifyStore(*signIn(panel, kChair).store).ok());

        // ... or an imported score: verify names the sheet.
        server::execServer(admin, QStringLiteral("ALTER TABLE expert_scores DISABLE TRIGGER USER"));
        server::execServer(admin, QStringLiteral("UPDATE expert_scores SET score = 9 WHERE reviewer_id = 'e01' "
                                                 "AND team_id = 'lg' AND item_id = 'strategy'"));
        server::execServer(admin, QStringLiteral("ALTER TABLE expert_scores ENABLE TRIGGER USER"));
        {
            SignedIn in = signIn(panel, kChair);
            const VerifyReport report = verifyStore(*in.store);
            QVERIFY(!report.ok());
            QVERIFY2(failureSummary(report).contains(QStringLiteral("sheets/R1/e01/lg")), qPrintable(failureSummary(report)));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerSheetImport)
#include "tst_serversheetimport.moc"
