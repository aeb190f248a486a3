// The chair's progress matrix as a table model: states only, never a value; missing count.

#include "access/SheetState.h"
#include "demo/DemoPanel.h"
#include "itemmodels/ProgressTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pd;

class TestProgressModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statesAndMissing();
};

void TestProgressModel::statesAndMissing()
{
    Panel panel = buildDemoPanel();
    // e01's sheet for lg back to draft; e02 has not started nc; e03 is conflicted with skt.
    for (ExpertScore &s : panel.expertScores)
        if (s.reviewer == u"e01" && s.team == u"lg")
            s.submitted = false;
    std::erase_if(panel.expertScores, [](const ExpertScore &s) {
        return (s.reviewer == u"e02" && s.team == u"nc") || (s.reviewer == u"e03" && s.team == u"skt");
    });
    for (Reviewer &r : panel.reviewers)
        if (r.id == u"e03")
            r.conflicts << u"skt"_qs;

    ProgressTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPanel(panel);
    QCOMPARE(model.rowCount(), 10);      // the ten experts (the chair holds no sheet)
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"전문가 1"_qs);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"LG AI연구원"_qs);

    const auto state = [&](int row, int column) {
        return static_cast<SheetState>(model.index(row, column).data(ProgressTableModel::StateRole).toInt());
    };
    QCOMPARE(toString(state(0, 0)), u"draft"_qs);
    QCOMPARE(toString(state(1, 4)), u"not_started"_qs);
    QCOMPARE(toString(state(2, 1)), u"conflict"_qs);
    QCOMPARE(toString(state(3, 3)), u"submitted"_qs);

    QCOMPARE(model.matrix().expected, 49);   // 10 experts x 5 teams, less one conflict
    QCOMPARE(model.matrix().submitted, 47);
    QCOMPARE(model.matrix().missing(), 2);

    // Only state words: no digit of any score, total or count appears in any cell.
    const QStringList labels{sheetStateLabel(SheetState::NotStarted), sheetStateLabel(SheetState::Draft),
                             sheetStateLabel(SheetState::Submitted), sheetStateLabel(SheetState::Conflict)};
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(labels.contains(model.index(r, c).data().toString()));
}

QTEST_GUILESS_MAIN(TestProgressModel)
#include "tst_progressmodel.moc"
