// Standings exports (export/StandingsExport.h): formula-like text neutralized in CSV and
// written as plain strings in XLSX (test T16), numbers rounded to six decimals, the optional BOM,
// and atomic writes (nothing left behind on failure, no temporary files).
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "domain/RatingTally.h"
#include "export/StandingsExport.h"
#include "io/JsonWriter.h"
#include "scoring/ScoringEngine.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {

const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");

Panel hostilePanel()
{
    Panel panel = buildDemoPanel();
    const QMap<QString, QString> names{{u"lg"_qs, kHyperlink},
                                       {u"skt"_qs, u"+1"_qs},
                                       {u"upstage"_qs, u"@SUM(A1:A9)"_qs},
                                       {u"nc"_qs, u"-2+3"_qs},
                                       {u"naver"_qs, u"\tcmd|' /C calc'!A0"_qs}};
    for (Team &t : panel.teams)
        t.name = names.value(t.id, t.name);
    return panel;
}

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void neutralize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyperlink") << kHyperlink << u"'"_qs + kHyperlink;
        QTest::newRow("plus") << u"+1"_qs << u"'+1"_qs;
        QTest::newRow("minus") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("carriage return") << u"\rx"_qs << u"'\rx"_qs;
        QTest::newRow("nul") << QString(QChar(u'\0')) + u"x"_qs << u"'"_qs + QChar(u'\0') + u"x"_qs;
        QTest::newRow("plain") << u"LG AI Research"_qs << u"LG AI Research"_qs;
        QTest::newRow("korean") << u"엘지"_qs << u"엘지"_qs;
        QTest::newRow("inner equals") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralize()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(neutralizeFormula(text), expected);
    }

    void csvNeutralizesAndQuotes()
    {
        const Panel panel = hostilePanel();
        const Standings standings = computeStandings(panel);
        const QByteArray csv = sheetCsv(standingsSheet(panel, standings), false);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines[0].startsWith("score_rank,eligible_rank,team,name,benchmark,expert,user,total,"));
        // lg is first: its name is quoted (commas, quotes) and starts with a single quote
        QVERIFY2(lines[1].startsWith("1,1,lg,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","),
                 lines[1].constData());
        QVERIFY(csv.contains(",skt,'+1,"));
        QVERIFY(csv.contains(",upstage,'@SUM(A1:A9),"));
        QVERIFY(csv.contains(",nc,'-2+3,"));
        QVERIFY(csv.contains(",naver,'\tcmd|' /C calc'!A0,"));
        // no cell anywhere starts with a formula character
        for (const QByteArray &line : lines)
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(cell.isEmpty() || !QByteArray("=+@\t").contains(cell.at(0))
                             || cell.startsWith('\''), cell.constData());
        // numbers rounded to six decimals (tst_exportnumbers): lg's total, computed as
        // 90.19999999999999, is 90.2
        QVERIFY(JsonWriter::formatNumber(standings.teams[0].total).size() > 4);
        QVERIFY2(lines[1].contains(",90.2,"), lines[1].constData());
        QVERIFY(sheetCsv(standingsSheet(panel, standings), true).startsWith("\xEF\xBB\xBF" "score_rank"));
    }

    void xlsxWritesTextAsStrings()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QFAIL("unzip is needed (scripts/deps.sh installs it)");
        const Panel panel = hostilePanel();
        const Standings standings = computeStandings(panel);
        const QString path = m_dir.filePath(u"standings.xlsx"_qs);
        writeXlsx({standingsSheet(panel, standings),
                   ratingSummarySheet(panel, tallyRatings(panel.userRatings)),
                   reviewerTotalsSheet(panel)},
                  path);
        const QString workbook = QString::fromUtf8(unzip(path, u"xl/workbook.xml"_qs));
        QVERIFY2(workbook.contains(u"name=\"standings\""_qs), qPrintable(workbook));
        QVERIFY(workbook.contains(u"name=\"rating summary\""_qs));
        QVERIFY(workbook.contains(u"name=\"reviewer totals\""_qs));
        const QString strings = QString::fromUtf8(unzip(path, u"xl/sharedStrings.xml"_qs));
        // the names are stored verbatim as shared strings (no added quote)
        QVERIFY2(strings.contains(u"<t>=HYPERLINK(\"http://evil.example\",\"click\")</t>"_qs),
                 qPrintable(strings.left(2000)));
        QVERIFY(strings.contains(u"<t>+1</t>"_qs));
        QVERIFY(strings.contains(u"<t>@SUM(A1:A9)</t>"_qs));
        const QString sheet = QString::fromUtf8(unzip(path, u"xl/worksheets/sheet1.xml"_qs));
        QVERIFY(!sheet.isEmpty());
        QVERIFY2(!sheet.contains(u"<f>"_qs) && !sheet.contains(u"<f "_qs), "a formula cell");
        // row 2, column D (the name of the first team) is a shared-string cell
        QVERIFY2(QRegularExpression(u"<c r=\"D2\"[^>]*t=\"s\""_qs).match(sheet).hasMatch(),
                 qPrintable(sheet.left(1500)));
        // and the total (column H) a number
        QVERIFY(QRegularExpression(u"<c r=\"H2\"[^>]*><v>9"_qs).match(sheet).hasMatch());
        // no temporary file is left in the folder
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"standings.xlsx"_qs});
    }

    void failedWritesLeaveNothing()
    {
        const Panel panel = buildDemoPanel();
        const Standings standings = computeStandings(panel);
        const QString missing = m_dir.filePath(u"no/such/folder/out.xlsx"_qs);
        QVERIFY_THROWS_EXCEPTION(StoreError, writeXlsx({standingsSheet(panel, standings)}, missing));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY_THROWS_EXCEPTION(StoreError, writeFileAtomically(m_dir.filePath(u"no/x.csv"_qs), "a"));
        // an existing file is replaced as a whole
        const QString csv = m_dir.filePath(u"s.csv"_qs);
        writeFileAtomically(csv, "old");
        writeFileAtomically(csv, sheetCsv(standingsSheet(panel, standings), false));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("score_rank"));
        // same for a workbook written over an older one
        const QString xlsx = m_dir.filePath(u"again.xlsx"_qs);
        writeFileAtomically(xlsx, "not a workbook");
        writeXlsx({standingsSheet(panel, standings)}, xlsx);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK");
    }

    void reviewerTotalsOnlySubmittedSheets()
    {
        Panel panel = buildDemoPanel();
        const ExportSheet all = reviewerTotalsSheet(panel);
        QCOMPARE(all.rows.size(), size_t(50));   // 10 experts x 5 teams
        for (ExpertScore &s : panel.expertScores)
            if (s.reviewer == QLatin1String("e01") && s.team == QLatin1String("lg"))
                s.submitted = false;
        QCOMPARE(reviewerTotalsSheet(panel).rows.size(), size_t(49));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
