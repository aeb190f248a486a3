// The decision report (report/DecisionReport.h, report/ReportPdf.h): what each disclosure
// level shows, checked on the report's own text (a public report has no score of a team that
// was not chosen for publication), the DRAFT / ANNOUNCED / FINAL mark, older versions kept,
// and the PDF (A4, fonts embedded, the text extractable when poppler's pdftotext is there).
#include "decision/ComposeDecision.h"
#include "decision/Decision.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "report/DecisionReport.h"
#include "report/ReportPdf.h"
#include "report/ReportChartImage.h"
#include "itemmodels/ChartTableModels.h"
#include "scoring/CutMargin.h"
#include "scoring/Rounding.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {

const QString kChair = QStringLiteral("chair");

QSet<QString> numbersIn(const QString &text)
{
    QSet<QString> numbers;
    static const QRegularExpression number(QStringLiteral("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
    for (const QRegularExpressionMatch &m : number.globalMatch(text))
        numbers.insert(m.captured());
    return numbers;
}

// Every figure of `team` a report could show: category scores, group scores, total.
QSet<QString> figuresOf(const Panel &panel, const TeamStanding &t)
{
    const int d = panel.round.displayDecimals;
    QSet<QString> figures{formatScore(t.total, d)};
    for (const auto &[id, score] : t.categories)
        figures.insert(formatScore(score, d));
    for (const auto &[id, score] : t.groups)
        figures.insert(formatScore(score, d));
    return figures;
}

} // namespace

class TestDecisionReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    Panel m_panel;
    Standings m_standings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = SqliteStore::create(m_dir.filePath(u"r.paneldesk"_qs));
        m_panel = buildDemoPanel();
        m_store->replacePanel(m_panel, u"test"_qs);
        m_standings = computeStandings(m_panel);
    }

    void draftBeforeDecision()
    {
        const DecisionReport report = buildDecisionReport(*m_store, {});
        QCOMPARE(report.mark, u"DRAFT"_qs);
        QVERIFY(report.plainText().contains(u"no decision yet"_qs));
        m_store->lockRound(kChair);
        decideRound(*m_store, QDate(2026, 1, 14), {{u"nc"_qs, u"lowest total among eligible teams"_qs},
                                                  {u"naver"_qs, u"failed the independence criterion"_qs}},
                             {}, kChair);
        QCOMPARE(buildDecisionReport(*m_store, {}).mark, u"DRAFT"_qs);   // decided, not announced
        m_store->announceDecision(QDate(2026, 1, 15), QDate(2026, 1, 15), kChair);
        QCOMPARE(buildDecisionReport(*m_store, {}).mark, u"ANNOUNCED"_qs);
        m_store->fileAppeal(u"nc"_qs, QDate(2026, 1, 20), u"benchmark miscount"_qs, {},
                            QDate(2026, 1, 20), kChair);
        m_store->ruleAppeal(1, Ruling::Rejected, u"recounted: no error"_qs, QDate(2026, 1, 22), kChair);
        m_store->finalizeDecision(QDate(2026, 1, 26), kChair);
        QCOMPARE(buildDecisionReport(*m_store, {}).mark, u"FINAL"_qs);
    }

    void fullShowsEverything()
    {
        const QString text = buildDecisionReport(*m_store, {}).plainText();
        const QSet<QString> numbers = numbersIn(text);
        for (const TeamStanding &t : m_standings.teams) {
            QVERIFY2(numbers.contains(formatScore(t.total, 1)), qPrintable(t.team));
            QVERIFY(text.contains(m_panel.team(t.team)->name));
        }
        QVERIFY(text.contains(u"lowest total among eligible teams"_qs));
        QVERIFY(text.contains(u"recounted: no error"_qs));
        QVERIFY(text.contains(m_store->loadRoundStatus().latest()->fingerprint));
        QVERIFY(text.contains(u"Chair"_qs));
        // the chain head at the time of the report (trust.md), with how to check it
        const AuditEntry &head = m_store->auditLog().back();
        QVERIFY(text.contains(u"Audit entry %1, SHA-256: %2"_qs.arg(head.id).arg(QString::fromLatin1(head.hash.toHex()))));
        QVERIFY(text.contains(u"verify --db PANEL --head "_qs + QString::fromLatin1(head.hash.toHex())));
    }

    // The chair's five charts, with the engine's figures: every team in rank order, the cut
    // line between the last advancing and the best eliminated eligible team, each counted sheet.
    void fullReportHasTheChairsCharts()
    {
        const DecisionReport report = buildDecisionReport(*m_store, {});
        std::vector<const ReportBlock *> charts;
        for (const ReportBlock &b : report.blocks)
            if (b.kind == ReportBlock::Kind::Chart)
                charts.push_back(&b);
        QCOMPARE(charts.size(), size_t(5));
        const QList<ReportChart> expected{ReportChart::StackedTotals, ReportChart::ByCategory,
                                          ReportChart::ExpertTotals, ReportChart::Achievement,
                                          ReportChart::BenchmarkGroups};
        const size_t teams = m_standings.teams.size();
        for (size_t i = 0; i < charts.size(); ++i) {
            const ReportBlock &b = *charts[i];
            QCOMPARE(b.chart, expected[qsizetype(i)]);
            QCOMPARE(b.rows.size(), b.chart == ReportChart::ExpertTotals ? teams : teams + 1);
            for (size_t r = 0; r < teams; ++r)
                QCOMPARE(b.rows[r].at(0), m_panel.team(m_standings.teams[r].team)->name);
            QVERIFY(!renderReportChart(b, QFont()).isNull());
        }
        // stacked: the category scores add up to the total; the cut between Upstage and NC
        const ReportBlock &stacked = *charts[0];
        for (size_t r = 0; r < teams; ++r) {
            double sum = 0;
            for (qsizetype c = 1; c < stacked.rows[r].size(); ++c)
                sum += stacked.rows[r].at(c).toDouble();
            QCOMPARE(sum, m_standings.teams[r].total);
        }
        QVERIFY(stacked.cutAt);
        const CutLine cut = cutLine(m_standings, m_panel.round);
        QCOMPARE(*stacked.cutAt, (m_standings.find(*cut.lastAbove)->total + m_standings.find(*cut.firstBelow)->total) / 2);
        QVERIFY(stacked.cutLabel.contains(formatScore(m_standings.find(*cut.firstBelow)->total, 1)));
        // expert totals: each counted sheet's total, sorted
        const std::vector<std::vector<double>> totals = sheetTotalsByTeam(m_panel, m_standings);
        const ReportBlock &boxes = *charts[2];
        for (size_t r = 0; r < teams; ++r) {
            QCOMPARE(boxes.rows[r].size() - 1, qsizetype(totals[r].size()));
            QVERIFY(!totals[r].empty());
            for (size_t k = 0; k < totals[r].size(); ++k)
                QCOMPARE(boxes.rows[r].at(qsizetype(k) + 1).toDouble(), totals[r][k]);
        }
        // achievement: % of the category's points
        const ReportBlock &radar = *charts[3];
        for (size_t c = 0; c < m_panel.categories.size(); ++c) {
            const Category &category = m_panel.categories[c];
            QCOMPARE(radar.rows[0].at(qsizetype(c) + 1).toDouble(),
                     100.0 * m_standings.teams[0].categoryScore(category.id) / category.points);
        }
    }

    // A team report shows its own team and the averages, no neighbour's total through the cut.
    void teamReportChartsShowOneTeam()
    {
        const DecisionReport report = buildDecisionReport(*m_store, {Disclosure::Team, u"skt"_qs, {}, 0});
        int charts = 0;
        for (const ReportBlock &b : report.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            ++charts;
            QCOMPARE(b.rows.size(), size_t(2));
            QCOMPARE(b.rows.front().at(0), m_panel.team(u"skt"_qs)->name);
            QVERIFY(!b.cutAt);
            QVERIFY2(!b.text.contains(u"cut"_qs), qPrintable(b.text));   // nor named in the caption
            QVERIFY(b.chart != ReportChart::ExpertTotals);
        }
        QCOMPARE(charts, 4);
    }

    // The ministry published only the leader's scores and the averages.
    void publicShowsOnlyPublishedScores_data()
    {
        QTest::addColumn<QStringList>("published");
        QTest::newRow("leader only") << QStringList{u"lg"_qs};
        QTest::newRow("none") << QStringList{};
        QTest::newRow("two") << QStringList{u"lg"_qs, u"nc"_qs};
    }
    void publicShowsOnlyPublishedScores()
    {
        QFETCH(QStringList, published);
        ReportOptions options;
        options.disclosure = Disclosure::Public;
        options.publishedTeams = published;
        const DecisionReport report = buildDecisionReport(*m_store, options);
        const QString text = report.plainText();
        const QSet<QString> numbers = numbersIn(text);
        // what may show: the published teams' figures, the averages, configuration figures
        QSet<QString> allowed;
        for (const QString &id : published)
            allowed += figuresOf(m_panel, *m_standings.find(id));
        const QString withoutScores = buildDecisionReport(
            *m_store, {Disclosure::Public, {}, {}, 0}).plainText();
        allowed += numbersIn(withoutScores);   // averages, points, method
        int checked = 0;
        for (const TeamStanding &t : m_standings.teams) {
            if (published.contains(t.team))
                continue;
            for (const QString &figure : figuresOf(m_panel, t)) {
                if (allowed.contains(figure))
                    continue;   // the same digits as a published figure: cannot tell apart
                QVERIFY2(!numbers.contains(figure), qPrintable(t.team + u": "_qs + figure));
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
        // the charts have the published teams and the averages, nobody else, and no sheet
        // totals; the cut line only with both teams beside it published
        QStringList names;
        for (const QString &id : published)
            names << m_panel.team(id)->name;
        QList<ReportChart> kinds;
        for (const ReportBlock &b : report.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            kinds << b.chart;
            QCOMPARE(b.rows.size(), size_t(published.size() + 1));
            for (const QStringList &row : b.rows)
                QVERIFY2(names.contains(row.at(0)) || row.at(0) == b.averageLabel, qPrintable(row.at(0)));
            QCOMPARE(b.rows.back().at(0), u"Average"_qs);
            QVERIFY(!b.cutAt);   // Upstage and NC beside the cut: never both published here
        }
        QCOMPARE(kinds, (QList<ReportChart>{ReportChart::StackedTotals, ReportChart::ByCategory,
                                            ReportChart::Achievement, ReportChart::BenchmarkGroups}));
        for (const QString &id : published)
            QVERIFY(numbers.contains(formatScore(m_standings.find(id)->total, 1)));
        // outcomes and reasons of every team are public; committees and evidence are not
        for (const TeamStanding &t : m_standings.teams)
            QVERIFY(text.contains(m_panel.team(t.team)->name));
        QVERIFY(text.contains(u"failed the independence criterion"_qs));
        QVERIFY(!text.contains(u"Committee"_qs));
        QVERIFY(!text.contains(u"Evidence"_qs));
    }

    void teamReportShowsOneTeam()
    {
        const DecisionReport report = buildDecisionReport(*m_store, {Disclosure::Team, u"nc"_qs, {}, 0});
        const QString text = report.plainText();
        const QSet<QString> numbers = numbersIn(text);
        QVERIFY(numbers.contains(formatScore(m_standings.find(u"nc"_qs)->total, 1)));
        QVERIFY(numbers.contains(formatScore(m_standings.averageTotal(), 2)));
        for (const TeamStanding &t : m_standings.teams)
            if (t.team != QLatin1String("nc"))
                QVERIFY2(!text.contains(m_panel.team(t.team)->name), qPrintable(t.team));
        QVERIFY(text.contains(u"benchmark miscount"_qs));   // its own appeal
        QVERIFY_THROWS_EXCEPTION(InputError, buildDecisionReport(*m_store, {Disclosure::Team, u"zz"_qs, {}, 0}));
        QVERIFY_THROWS_EXCEPTION(InputError, buildDecisionReport(*m_store, {Disclosure::Full, {}, {}, 7}));
    }

    void pdfIsA4WithEmbeddedFonts()
    {
        const QString path = m_dir.filePath(u"report.pdf"_qs);
        const DecisionReport report = buildDecisionReport(*m_store, {});
        writeReportPdf(report, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.contains("/FontFile"), "no embedded font program");
        QVERIFY(pdf.contains("/MediaBox [0 0 595"));   // A4: 595 x 842 pt
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) not installed: text extraction not checked");
        QProcess p;
        p.start(pdftotext, {path, u"-"_qs});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(m_panel.program.name), qPrintable(text.left(500)));   // Korean
        QVERIFY(text.contains(u"FINAL"_qs));
        QString compact = text;
        compact.remove(QRegularExpression(u"\\s"_qs));   // a long line may wrap
        QVERIFY2(compact.contains(m_store->loadRoundStatus().latest()->fingerprint), qPrintable(text.right(800)));
        QVERIFY(text.contains(formatScore(m_standings.find(u"lg"_qs)->total, 1)));   // digits extract
    }
};

QTEST_MAIN(TestDecisionReport)
#include "tst_decisionreport.moc"
