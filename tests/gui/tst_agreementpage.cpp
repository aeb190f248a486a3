// The chair's agreement page offscreen (issue 4, item 4): fed the demo panel, it shows the
// model's figures (analysis/Agreement.h) — W with p, ICC(2,1) with its band, and per expert
// the sheets, leniency, rank correlation, flags and explanation — and is readable at
// 1366x768 (a screenshot is saved to /tmp/agreement-en.png for a person to look at).

#include "analysis/AgreementPage.h"
#include "demo/DemoPanel.h"
#include "scoring/Rounding.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace pd;

class TestAgreementPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheModelsFigures();
    void notComputableIsSaid();
};

void TestAgreementPage::showsTheModelsFigures()
{
    const Panel panel = buildDemoPanel();
    const PanelAgreement expected = computeAgreement(panel);
    AgreementPage page;
    page.resize(1366, 700);
    page.showAgreement(panel);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QVERIFY(page.kendallText().contains(formatCoefficient(expected.kendall.w)));
    QVERIFY(page.kendallText().contains(formatPValue(expected.kendall.pValue)));
    QVERIFY(page.kendallText().contains(formatScore(expected.kendall.chiSquare, 2)));
    QCOMPARE(page.kendallExplanationText(), explainKendall(expected.kendall));
    QVERIFY(page.iccText().contains(formatCoefficient(expected.icc.value)));
    QVERIFY(page.iccText().contains(describe(expected.icc.band)));
    QCOMPARE(page.iccExplanationText(), explainIcc(expected.icc));
    QCOMPARE(page.noticeText(), demoNotice());
    QVERIFY(page.tableNoteText().contains(u"10"_qs));

    QTableWidget *table = page.expertsTable();
    QCOMPARE(table->rowCount(), int(expected.experts.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const ExpertAgreement &e = expected.experts[static_cast<std::size_t>(row)];
        QCOMPARE(table->item(row, AgreementPage::NameColumn)->text(), e.name);
        QCOMPARE(table->item(row, AgreementPage::SheetsColumn)->text(), QString::number(e.sheets));
        QCOMPARE(table->item(row, AgreementPage::LeniencyColumn)->text(),
                 formatLeniency(*e.leniency, panel.round.displayDecimals + 1));
        QCOMPARE(table->item(row, AgreementPage::CorrelationColumn)->text(),
                 formatCoefficient(*e.rankCorrelation));
        QCOMPARE(table->item(row, AgreementPage::FlagColumn)->text().isEmpty(), e.flags.empty());
        QCOMPARE(table->item(row, AgreementPage::ExplanationColumn)->text(), e.explanation);
    }
    // Readable at 1366x768: every row is on screen without scrolling the page sideways.
    QVERIFY(table->horizontalScrollBar()->maximum() == 0);
    QVERIFY(page.grab().save(QStringLiteral("/tmp/agreement-en.png")));
}

void TestAgreementPage::notComputableIsSaid()
{
    Panel panel = buildDemoPanel();
    // Keep one expert's sheets only: nothing to compare.
    std::erase_if(panel.expertScores, [](const ExpertScore &s) { return s.reviewer != u"e01"_qs; });
    AgreementPage page;
    page.showAgreement(panel);
    QVERIFY(page.kendallText().contains(u"not computable"_qs));
    QVERIFY(page.kendallExplanationText().contains(describe(NotComputable::TooFewExperts)));
    QVERIFY(page.iccText().contains(u"not computable"_qs));
    QCOMPARE(page.expertsTable()->item(1, AgreementPage::LeniencyColumn)->text(), u"—"_qs);
}

QTEST_MAIN(TestAgreementPage)
#include "tst_agreementpage.moc"
