// Numbers in the files people open (export/ExportNumbers.h, docs/exports.md "Numbers"; issue
// 16, item 3): CSV and XLSX carry every number rounded half away from zero to six decimals,
// never binary floating-point noise (90.19999999999999, 33.599999999999994); XLSX cells are
// numbers with a format showing the display decimals; the standings JSON keeps full precision.
#include "demo/DemoPanel.h"
#include "domain/RatingTally.h"
#include "export/ExportNumbers.h"
#include "export/StandingsExport.h"
#include "io/JsonWriter.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace pd;

namespace {

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// QCOMPARE compares doubles fuzzily (qFuzzyCompare: 90.19999999999999 "equals" 90.2): these
// comparisons are exact.
#define COMPARE_EXACTLY(actual, expected)                                                      \
    QVERIFY2((actual) == (expected),                                                           \
             qPrintable(QStringLiteral("%1 != %2").arg(double(actual), 0, 'g', 17)             \
                            .arg(double(expected), 0, 'g', 17)))

struct XlsxCell {
    QString style;   // the s attribute (an index into cellXfs), empty for none
    QString type;    // the t attribute: "s" for a shared string, empty for a number
    QString value;   // the <v> text
};

// The cells of column `column` in a worksheet's XML, by row number.
QMap<int, XlsxCell> columnCells(const QByteArray &sheetXml, const QString &column)
{
    QMap<int, XlsxCell> cells;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    XlsxCell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            cell = {xml.attributes().value(QLatin1String("s")).toString(),
                    xml.attributes().value(QLatin1String("t")).toString(), {}};
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            cell.value = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            const QRegularExpressionMatch m =
                QRegularExpression(u"^([A-Z]+)(\\d+)$"_qs).match(ref);
            if (m.hasMatch() && m.captured(1) == column)
                cells.insert(m.captured(2).toInt(), cell);
        }
    }
    return cells;
}

// The number format code of each cell style (cellXfs index) in styles.xml.
QStringList styleFormats(const QByteArray &stylesXml)
{
    QMap<QString, QString> codes{{u"0"_qs, u"General"_qs}, {u"1"_qs, u"0"_qs}, {u"2"_qs, u"0.00"_qs}};
    QStringList formats;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            formats << codes.value(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                                   u"?"_qs);
    }
    return formats;
}

QString formatOf(const XlsxCell &cell, const QStringList &formats)
{
    return cell.style.isEmpty() ? u"General"_qs : formats.value(cell.style.toInt(), u"?"_qs);
}

// Every number cell of a CSV file: at most six decimals, and the shortest spelling of a value
// already rounded to six decimals (no 90.19999999999999, no 33.599999999999994).
void verifyCsvNumbersClean(const QByteArray &csv)
{
    static const QRegularExpression number(u"^-?\\d+(\\.\\d+)?(e[+-]\\d+)?$"_qs);
    int numbers = 0;
    for (const QByteArray &line : csv.split('\n'))
        for (const QByteArray &cell : line.trimmed().split(',')) {
            if (!number.match(QString::fromLatin1(cell)).hasMatch())
                continue;
            ++numbers;
            const qsizetype dot = cell.indexOf('.');
            QVERIFY2(dot < 0 || cell.size() - dot - 1 <= kExportDecimals, cell.constData());
            QCOMPARE(exportNumberText(cell.toDouble()), cell);
        }
    QVERIFY(numbers > 10);
}

} // namespace

class TestExportNumbers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool haveUnzip()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
    }

private Q_SLOTS:
    // The one rule: value (computed as the scoring computes, with its noise) -> CSV text and
    // the value of the XLSX cell.
    void rounding_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<double>("cell");
        volatile double a = 70.1, b = 20.1, c = 11.2, d = 0.1, e = 0.2;   // computed at run time
        QTest::newRow("90.2 as a sum") << a + b << QByteArray("90.2") << 90.2;
        QTest::newRow("33.6 as a product") << c * 3 << QByteArray("33.6") << 33.6;
        QTest::newRow("0.1 + 0.2") << d + e << QByteArray("0.3") << 0.3;
        QTest::newRow("8.2 (16 digits in %.16G)") << 8.2 << QByteArray("8.2") << 8.2;
        QTest::newRow("exact") << 25.5 << QByteArray("25.5") << 25.5;
        QTest::newRow("integer") << 7.0 << QByteArray("7") << 7.0;
        QTest::newRow("zero") << 0.0 << QByteArray("0") << 0.0;
        QTest::newRow("six decimals kept") << 80.645123 << QByteArray("80.645123") << 80.645123;
        QTest::newRow("seventh decimal rounded") << 1.2345674 << QByteArray("1.234567") << 1.234567;
        QTest::newRow("seventh decimal rounded up") << 1.2345676 << QByteArray("1.234568") << 1.234568;
        QTest::newRow("1e-6") << 1e-6 << QByteArray("0.000001") << 1e-6;
        QTest::newRow("1e-7") << 1e-7 << QByteArray("0") << 0.0;
        QTest::newRow("1e-9") << 1e-9 << QByteArray("0") << 0.0;
        QTest::newRow("-1e-9: no -0") << -1e-9 << QByteArray("0") << 0.0;
        QTest::newRow("-0") << -0.0 << QByteArray("0") << 0.0;
        QTest::newRow("negative sum") << -12.3 - d / 2 << QByteArray("-12.35") << -12.35;
        QTest::newRow("negative") << -(a + b) << QByteArray("-90.2") << -90.2;
        // R8 rounds half away from zero: 1/128 = 0.0078125 is an exact tie at six decimals
        QTest::newRow("tie away from zero") << 0.0078125 << QByteArray("0.007813") << 0.007813;
        QTest::newRow("negative tie") << -0.0078125 << QByteArray("-0.007813") << -0.007813;
        QTest::newRow("large") << 123456789.1 + 4e-7 << QByteArray("123456789.1") << 123456789.1;
        QTest::newRow("large noise") << d * 3 * 1e9 << QByteArray("300000000") << 3e8;
        // from 1e15 on a double has no sixth decimal: kept as it is (16 digits: what
        // libxlsxwriter's %.16G spells exactly)
        QTest::newRow("1e15 and more: kept") << 1234567890123456.0 << QByteArray("1234567890123456")
                                             << 1234567890123456.0;
        QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000") << 1e20;
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21") << 1e21;
    }
    void rounding()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, csv);
        QFETCH(double, cell);
        QCOMPARE(exportNumberText(value), csv);
        COMPARE_EXACTLY(exportNumber(value), cell);
        QVERIFY(!std::signbit(exportNumber(value)) || cell < 0);
        // the CSV text reads back as the XLSX cell's value
        COMPARE_EXACTLY(csv.toDouble(), cell);

        // CSV: the cell as written
        ExportSheet sheet{u"numbers"_qs, {u"value"_qs, u"count"_qs}, {{value, 3.0}}, {2}};
        QCOMPARE(sheetCsv(sheet, false), "value,count\r\n" + csv + ",3\r\n");

        // XLSX: a number cell whose value is the rounded one, shown with two decimals
        QVERIFY2(haveUnzip(), "unzip is needed (scripts/deps.sh installs it)");
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".xlsx"_qs);
        writeXlsx({sheet}, path);
        const QByteArray sheetXml = unzip(path, u"xl/worksheets/sheet1.xml"_qs);
        const QStringList formats = styleFormats(unzip(path, u"xl/styles.xml"_qs));
        const QMap<int, XlsxCell> values = columnCells(sheetXml, u"A"_qs);
        QVERIFY2(values.contains(2), sheetXml.constData());
        bool ok = false;
        const double stored = values[2].value.toDouble(&ok);
        QVERIFY2(ok, qPrintable(values[2].value));
        QVERIFY2(values[2].type.isEmpty(), "a number cell");
        COMPARE_EXACTLY(stored, cell);   // the same double; libxlsxwriter spells it with %.16G
        // what a spreadsheet shows (15 significant digits at most) is the CSV text
        if (!csv.contains('e') && csv.size() <= 15 && (cell == 0 || std::fabs(cell) >= 1e-4))
            QCOMPARE(QString::number(stored, 'g', 15).toLatin1(), csv);
        QCOMPARE(formatOf(values[2], formats), u"0.00"_qs);
        // a column without shown decimals keeps the General format
        const QMap<int, XlsxCell> counts = columnCells(sheetXml, u"B"_qs);
        QCOMPARE(counts[2].value, u"3"_qs);
        QCOMPARE(formatOf(counts[2], formats), u"General"_qs);
    }

    // NaN and infinities as before: CSV has no spelling for them (std::invalid_argument, as
    // JSON), XLSX leaves the cell empty.
    void nonFinite_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    }
    void nonFinite()
    {
        QFETCH(double, value);
        QVERIFY(!std::isfinite(exportNumber(value)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, exportNumberText(value));
        const ExportSheet sheet{u"numbers"_qs, {u"value"_qs, u"next"_qs}, {{value, 1.5}}, {1, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sheetCsv(sheet, false));
        QVERIFY2(haveUnzip(), "unzip is needed (scripts/deps.sh installs it)");
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".xlsx"_qs);
        writeXlsx({sheet}, path);
        const QByteArray sheetXml = unzip(path, u"xl/worksheets/sheet1.xml"_qs);
        QVERIFY2(!columnCells(sheetXml, u"A"_qs).contains(2), sheetXml.constData());
        QCOMPARE(columnCells(sheetXml, u"B"_qs).value(2).value, u"1.5"_qs);
    }

    void numberFormats_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("0") << 0 << QByteArray("0");
        QTest::newRow("1") << 1 << QByteArray("0.0");
        QTest::newRow("2") << 2 << QByteArray("0.00");
        QTest::newRow("5") << 5 << QByteArray("0.00000");
    }
    void numberFormats()
    {
        QFETCH(int, decimals);
        QFETCH(QByteArray, format);
        QCOMPARE(exportNumberFormat(decimals), format);
    }

    // The demo's standings: lg's total is 90.19999999999999 as computed; the CSV and the
    // workbook carry 90.2, the JSON the full value.
    void standings_data()
    {
        QTest::addColumn<int>("displayDecimals");
        QTest::newRow("one decimal (the demo)") << 1;
        QTest::newRow("none") << 0;
        QTest::newRow("three") << 3;
    }
    void standings()
    {
        QFETCH(int, displayDecimals);
        Panel panel = buildDemoPanel();
        panel.round.displayDecimals = displayDecimals;
        const Standings standings = computeStandings(panel);
        QCOMPARE(standings.teams[0].team, u"lg"_qs);
        QCOMPARE(JsonWriter::formatNumber(standings.teams[0].total), QByteArray("90.19999999999999"));
        // JSON: full precision (R8), unchanged
        QVERIFY(standingsJson(standings).contains("90.19999999999999"));

        const ExportSheet sheet = standingsSheet(panel, standings);
        QCOMPARE(sheet.shownDecimals.size(), sheet.header.size());
        const QByteArray csv = sheetCsv(sheet, false);
        QVERIFY2(csv.split('\n')[1].startsWith("1,1,lg,"), csv.constData());
        QVERIFY2(csv.split('\n')[1].contains(",90.2,"), csv.split('\n')[1].constData());
        QVERIFY2(!csv.contains("9999999") && !csv.contains("0000001"), csv.constData());
        verifyCsvNumbersClean(csv);

        const std::vector<RatingTally> tallies = tallyRatings(panel.userRatings);
        const ExportSheet summary = ratingSummarySheet(panel, tallies);
        const ExportSheet reviewers = reviewerTotalsSheet(panel);
        verifyCsvNumbersClean(sheetCsv(summary, false));
        verifyCsvNumbersClean(sheetCsv(reviewers, false));

        QVERIFY2(haveUnzip(), "unzip is needed (scripts/deps.sh installs it)");
        const QString path = m_dir.filePath(u"standings-%1.xlsx"_qs.arg(displayDecimals));
        writeXlsx({sheet, summary, reviewers}, path);
        const QStringList formats = styleFormats(unzip(path, u"xl/styles.xml"_qs));
        const QString shown = QString::fromLatin1(exportNumberFormat(displayDecimals));
        const QString mean = QString::fromLatin1(exportNumberFormat(displayDecimals + 1));

        // standings: column H is lg's total, 90.2, shown with the display decimals; A the rank
        const QByteArray standingsXml = unzip(path, u"xl/worksheets/sheet1.xml"_qs);
        const QMap<int, XlsxCell> totals = columnCells(standingsXml, u"H"_qs);
        COMPARE_EXACTLY(totals[2].value.toDouble(), 90.2);
        QCOMPARE(formatOf(totals[2], formats), shown);
        QCOMPARE(formatOf(columnCells(standingsXml, u"A"_qs)[2], formats), u"General"_qs);
        // every number cell of every sheet holds a value rounded to six decimals
        for (const QString &member : {u"xl/worksheets/sheet1.xml"_qs, u"xl/worksheets/sheet2.xml"_qs,
                                      u"xl/worksheets/sheet3.xml"_qs}) {
            const QByteArray xml = unzip(path, member);
            QVERIFY(!xml.isEmpty());
            int numbers = 0;
            for (char column = 'A'; column <= 'Z'; ++column) {
                const QMap<int, XlsxCell> cells = columnCells(xml, QString(QLatin1Char(column)));
                for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                    if (it.key() == 1 || it->value.isEmpty())
                        continue;
                    if (!it->type.isEmpty())
                        continue;   // a string
                    bool number = false;
                    const double v = it->value.toDouble(&number);
                    QVERIFY2(number, qPrintable(it->value));
                    ++numbers;
                    COMPARE_EXACTLY(v, exportNumber(v));
                }
            }
            QVERIFY2(numbers > 10, qPrintable(member));
        }
        // rating summary: the mean (column F) one decimal more; reviewer totals (F) as scores
        const QMap<int, XlsxCell> means = columnCells(unzip(path, u"xl/worksheets/sheet2.xml"_qs), u"F"_qs);
        QVERIFY(means.size() > 2);
        QCOMPARE(formatOf(means[2], formats), mean);
        const QMap<int, XlsxCell> reviewerTotals =
            columnCells(unzip(path, u"xl/worksheets/sheet3.xml"_qs), u"F"_qs);
        QVERIFY(reviewerTotals.size() > 2);
        QCOMPARE(formatOf(reviewerTotals[2], formats), shown);
    }
};

QTEST_GUILESS_MAIN(TestExportNumbers)
#include "tst_exportnumbers.moc"
