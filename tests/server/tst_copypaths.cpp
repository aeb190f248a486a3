// The two COPY paths of a panel on a server (server/PgCopy.h), with text that COPY's text
// format has to escape (tabs, newlines, carriage returns, backslashes, a comment that reads
// "\N", quotes, commas, Korean):
// - deployPanel copies the file's rows by COPY FROM STDIN: the server holds the file's text
//   byte for byte, its export equals the file's export, every table still forces row-level
//   security on its owner afterwards;
// - the standings' scores are read by COPY (query) TO STDOUT (server/PgVisibleScores.h):
//   for the chair, an expert (own drafts and the submitted sheets they may see) and the
//   secretariat (nothing), exactly what the query through QPSQL reads in the same snapshot.
#include "ServerPanelSupport.h"

#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "io/PanelFileWriter.h"
#include "server/PgVisibleScores.h"
#include "storage/PanelLocation.h"
#include "storage/SqliteStore.h"
#include "trust/Actor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("copy_paths");

// Awkward for COPY's text format and for the text itself.
const QStringList kAwkward = {
    QStringLiteral("쉼표, \"큰따옴표\" 'single' 점수"),
    QStringLiteral("tab\there\ttwice"),
    QStringLiteral("line one\nline two\r\nwindows line"),
    QStringLiteral("back\\slash \\\\ double \\t not a tab"),
    QStringLiteral("\\N"),
    QStringLiteral("\\."),
    QStringLiteral("끝에 역슬래시\\"),
    QStringLiteral("한국어 심사 의견: 매우 우수함 — 다만 \"재현성\"은 부족\t(2/5)"),
};

Panel awkwardPanel()
{
    Panel panel = buildDemoPanel();
    panel.program.name = kAwkward[0] + kAwkward[1];
    panel.program.notice = kAwkward[2] + kAwkward[3];
    for (std::size_t i = 0; i < panel.teams.size(); ++i)
        panel.teams[i].name += QLatin1Char(' ') + kAwkward[int(i) % kAwkward.size()];
    for (std::size_t i = 0; i < panel.reviewers.size(); ++i)
        panel.reviewers[i].name += QLatin1Char(' ') + kAwkward[int(i + 3) % kAwkward.size()];
    for (std::size_t i = 0; i < panel.expertScores.size(); ++i) {
        ExpertScore &s = panel.expertScores[i];
        s.comment = i % 3 == 2 ? QString() : kAwkward[int(i) % kAwkward.size()];
        // e01's and e04's sheets of naver are drafts: e01 sees its own, not e04's.
        if (s.team == QLatin1String("naver") && (s.reviewer == QLatin1String("e01") || s.reviewer == QLatin1String("e04")))
            s.submitted = false;
    }
    return panel;
}

QString commentOf(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QString() : text;
}

// The query the scores were read with before COPY, through QPSQL.
std::vector<ExpertScore> queriedScores(const QSqlDatabase &db, const QString &round)
{
    std::vector<ExpertScore> scores;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.reviewer_id, s.team_id, s.item_id, s.score, coalesce(h.state = 'submitted', false), "
        "s.comment FROM expert_scores s LEFT JOIN sheets h ON h.round_id = s.round_id "
        "AND h.reviewer_id = s.reviewer_id AND h.team_id = s.team_id "
        "WHERE s.round_id = ? ORDER BY s.seq"));
    q.addBindValue(round);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        scores.push_back(ExpertScore{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toDouble(), q.value(4).toBool(), commentOf(q.value(5))});
    return scores;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("cannot read ") + path.toUtf8();
}

} // namespace

class TestCopyPaths : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Panel panel = awkwardPanel();
        m_file = m_dir.filePath(QStringLiteral("awkward.paneldesk"));
        SqliteStore::create(m_file)->replacePanel(panel, Actor(QStringLiteral("system")));
        m_panel = test::deployForTest(kDb, panel);
    }

    // The rows the deploy copied hold the file's text byte for byte.
    void deployCopiesTheFilesText_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("scores' comments") << QStringLiteral(
            "SELECT reviewer_id, team_id, item_id, score, comment FROM expert_scores ORDER BY seq");
        QTest::newRow("sheets") << QStringLiteral("SELECT reviewer_id, team_id, state FROM sheets ORDER BY 1, 2");
        QTest::newRow("teams' names") << QStringLiteral("SELECT id, name FROM teams ORDER BY id");
        QTest::newRow("members' names") << QStringLiteral("SELECT id, name, role FROM members ORDER BY seq");
        QTest::newRow("program") << QStringLiteral("SELECT name, notice FROM program");
    }

    void deployCopiesTheFilesText()
    {
        QFETCH(QString, sql);
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copypaths-file"));
        sqlite.setDatabaseName(m_file);
        QVERIFY(sqlite.open());
        const QStringList fileRows = test::rowsOf(sqlite, sql);
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("copypaths-file"));
        const QStringList serverRows = test::rowsOf(test::panelAdmin(kDb), sql);
        QVERIFY(!fileRows.isEmpty());
        QCOMPARE(serverRows, fileRows);
        bool awkward = false;
        for (const QString &row : serverRows)
            for (const QString &text : kAwkward)
                awkward = awkward || row.contains(text);
        QVERIFY2(awkward || sql.contains(QLatin1String("sheets")), "no awkward text in these rows");
    }

    // The chair's export of the server's panel is the file's export, byte for byte.
    void theServersExportIsTheFilesExport()
    {
        const QString fromFile = m_dir.filePath(QStringLiteral("file.json"));
        const QString fromServer = m_dir.filePath(QStringLiteral("server.json"));
        writePanelFile(withoutDrafts(PanelLocation::parse(m_file).open()->loadPanel()), fromFile);
        const QString address = QStringLiteral("postgresql://%1:%2/%3")
                                    .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
                                         qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), kDb);
        const auto chair = PanelLocation::parse(address).open(
            ServerLogin{QStringLiteral("chair"), m_panel.logins.at(QStringLiteral("chair")).password});
        writePanelFile(withoutDrafts(chair->loadPanel()), fromServer);
        const QByteArray expected = fileBytes(fromFile);
        QVERIFY(expected.contains(QStringLiteral("쉼표, ").toUtf8()));
        QCOMPARE(fileBytes(fromServer), expected);
    }

    // Lifting FORCE ROW LEVEL SECURITY for the COPY is undone in the deploy's transaction.
    void everyTableStillForcesRowLevelSecurity()
    {
        const QStringList tables = server::schema::tableNames();
        QStringList quoted;
        for (const QString &table : tables)
            quoted << server::quoteLiteral(table);
        QCOMPARE(test::rowsOf(test::panelAdmin(kDb), QStringLiteral(
                     "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN (%1) "
                     "AND NOT (relrowsecurity AND relforcerowsecurity) ORDER BY 1").arg(quoted.join(QLatin1Char(',')))),
                 QStringList());
        QCOMPARE(test::scalarOf(test::panelAdmin(kDb), QStringLiteral(
                     "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN (%1)")
                     .arg(quoted.join(QLatin1Char(',')))).toInt(), int(tables.size()));
    }

    void copyReadsWhatTheQueryRead_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("seesScores");
        QTest::addColumn<bool>("seesDrafts");
        QTest::newRow("chair") << QStringLiteral("chair") << true << false;
        QTest::newRow("expert with drafts") << QStringLiteral("e01") << true << true;
        QTest::newRow("expert whose draft is hidden") << QStringLiteral("e02") << true << false;
        QTest::newRow("secretariat") << QStringLiteral("secretariat") << false << false;
    }

    void copyReadsWhatTheQueryRead()
    {
        QFETCH(QString, member);
        QFETCH(bool, seesScores);
        QFETCH(bool, seesDrafts);
        QSqlDatabase db = test::memberDb(m_panel, member);
        const QString round = test::scalarOf(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
        QVERIFY(!round.isEmpty());
        server::execServer(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const std::vector<ExpertScore> queried = queriedScores(db, round);
        const std::vector<ExpertScore> copied = server::readVisibleScores(db, round, member == QLatin1String("chair") || member == QLatin1String("secretariat"));
        server::execServer(db, QStringLiteral("COMMIT"));

        QCOMPARE(copied.size(), queried.size());
        for (std::size_t i = 0; i < copied.size(); ++i)
            QVERIFY2(copied[i] == queried[i], qPrintable(QStringLiteral("score %1: %2/%3/%4 %5 \"%6\" vs \"%7\"")
                                                             .arg(i).arg(copied[i].reviewer, copied[i].team, copied[i].item)
                                                             .arg(copied[i].score).arg(copied[i].comment, queried[i].comment)));
        QCOMPARE(!copied.empty(), seesScores);
        const bool drafts = std::any_of(copied.begin(), copied.end(), [](const ExpertScore &s) { return !s.submitted; });
        QCOMPARE(drafts, seesDrafts);
        if (seesScores) {
            QStringList seen;
            for (const ExpertScore &s : copied)
                seen << s.comment;
            for (const QString &text : kAwkward)
                QVERIFY2(seen.contains(text), qPrintable(text));
            QVERIFY(seen.contains(QString()));
        }
        // Ids repeated by the scores are one shared string each.
        for (std::size_t i = 1; i < copied.size(); ++i)
            if (copied[i].team == copied[i - 1].team)
                QVERIFY(copied[i].team.constData() == copied[i - 1].team.constData());
    }

    // The reader puts the scores in seq order itself: after e01 edits its draft, the edited
    // rows sit at the table's end (the server's own order no longer seq's), and the chair's
    // and e01's reads still equal the query's ORDER BY seq.
    void copyKeepsTheOrderAfterEdits()
    {
        QSqlDatabase e01 = test::memberDb(m_panel, QStringLiteral("e01"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral(
                     "UPDATE expert_scores SET comment = comment || E'\\t수정' WHERE reviewer_id = 'e01' "
                     "AND team_id = 'naver' AND seq = (SELECT min(seq) FROM expert_scores WHERE reviewer_id = 'e01' "
                     "AND team_id = 'naver')")),
                 QStringLiteral("ok:1"));
        const QStringList heapOrder = test::rowsOf(test::panelAdmin(kDb), QStringLiteral("SELECT seq FROM expert_scores"));
        QStringList seqOrder = heapOrder;
        std::sort(seqOrder.begin(), seqOrder.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        QVERIFY2(heapOrder != seqOrder, "the edit did not move a row: this case tests nothing");
        for (const QString &member : {QStringLiteral("e01"), QStringLiteral("chair")}) {
            QSqlDatabase db = test::memberDb(m_panel, member);
            server::execServer(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            const std::vector<ExpertScore> queried = queriedScores(db, QStringLiteral("R1"));
            const std::vector<ExpertScore> copied = server::readVisibleScores(db, QStringLiteral("R1"), member == QLatin1String("chair"));
            server::execServer(db, QStringLiteral("COMMIT"));
            QVERIFY(!copied.empty());
            QVERIFY2(copied == queried, qPrintable(member));
        }
    }
};

QTEST_GUILESS_MAIN(TestCopyPaths)
#include "tst_copypaths.moc"
