// Sheet states and the chair's progress matrix: members x teams, states only, and the count
// of missing sheets (expected = experts x the teams they are not conflicted with).
#include "AccessFixtures.h"

#include "access/Progress.h"
#include "access/SheetState.h"

#include <QtTest>

using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::SheetState)

class TestProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sheetState_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("team");
        QTest::addColumn<SheetState>("expected");
        QTest::newRow("partial draft") << id("a") << id("x") << SheetState::Draft;
        QTest::newRow("submitted") << id("a") << id("y") << SheetState::Submitted;
        QTest::newRow("conflict") << id("a") << id("z") << SheetState::Conflict;
        QTest::newRow("complete draft") << id("b") << id("x") << SheetState::Draft;
        QTest::newRow("not started") << id("c") << id("y") << SheetState::NotStarted;
        QTest::newRow("conflict, holds no sheet") << id("s") << id("x") << SheetState::Conflict;
        QTest::newRow("unknown member") << id("nobody") << id("x") << SheetState::NotStarted;
        QTest::newRow("unknown team") << id("a") << id("w") << SheetState::NotStarted;
    }

    void sheetState()
    {
        QFETCH(QString, reviewer);
        QFETCH(QString, team);
        QFETCH(SheetState, expected);
        QCOMPARE(toString(pd::sheetState(accessPanel(), reviewer, team)), toString(expected));
    }

    void conflictWinsOverStrayRows()
    {
        Panel p = accessPanel();
        p.expertScores.push_back({id("a"), id("z"), id("a"), 1, true, {}});
        QVERIFY(pd::sheetState(p, id("a"), id("z")) == SheetState::Conflict);
    }

    void labels()
    {
        QCOMPARE(toString(SheetState::NotStarted), QStringLiteral("not_started"));
        QCOMPARE(toString(SheetState::Conflict), QStringLiteral("conflict"));
        QCOMPARE(sheetStateLabel(SheetState::NotStarted), QStringLiteral("not started"));
        QCOMPARE(sheetStateLabel(SheetState::Submitted), QStringLiteral("submitted"));
    }

    void matrix()
    {
        const ProgressMatrix m = progressMatrix(accessPanel());
        // experts, then the chair because she holds a sheet; secretariat and observer do not
        QCOMPARE(m.members, (QStringList{id("a"), id("b"), id("c"), id("h")}));
        QCOMPARE(m.teams, (QStringList{id("x"), id("y"), id("z")}));
        QCOMPARE(m.states.size(), size_t(12));
        using S = SheetState;
        const S expected[4][3] = {{S::Draft, S::Submitted, S::Conflict},
                                  {S::Draft, S::Submitted, S::Submitted},
                                  {S::Submitted, S::NotStarted, S::Draft},
                                  {S::NotStarted, S::Draft, S::NotStarted}};
        for (int row = 0; row < 4; ++row)
            for (int column = 0; column < 3; ++column)
                QVERIFY2(m.state(row, column) == expected[row][column],
                         qPrintable(QStringLiteral("%1/%2: %3")
                                        .arg(m.members[row], m.teams[column],
                                             toString(m.state(row, column)))));
        QCOMPARE(m.expected, 8);    // a: 2 (z conflicted), b: 3, c: 3; the chair is not expected
        QCOMPARE(m.submitted, 4);   // a/y, b/y, b/z, c/x
        QCOMPARE(m.missing(), 4);
    }

    void missingFallsAsSheetsAreSubmitted()
    {
        Panel p = accessPanel();
        p.expertScores.push_back({id("a"), id("x"), id("b"), 6, false, {}});
        submit(p, id("a"), id("x"));
        submit(p, id("b"), id("x"));
        QCOMPARE(progressMatrix(p).missing(), 2);
        // the chair's own sheet does not count either way
        p.expertScores.push_back({id("h"), id("y"), id("b"), 6, false, {}});
        submit(p, id("h"), id("y"));
        QCOMPARE(progressMatrix(p).missing(), 2);
        // a new conflict takes a sheet out of the expected ones
        p.reviewers[2].conflicts << id("y");   // c
        const ProgressMatrix m = progressMatrix(p);
        QCOMPARE(m.expected, 7);
        QCOMPARE(m.missing(), 1);
        QVERIFY(m.state(2, 1) == SheetState::Conflict);
    }

    void noValuesInTheMatrix()
    {
        // two panels that differ only in the values of the sheets give the same matrix
        Panel other = accessPanel();
        for (ExpertScore &s : other.expertScores)
            s.score = 0;
        const ProgressMatrix a = progressMatrix(accessPanel());
        const ProgressMatrix b = progressMatrix(other);
        QCOMPARE(a.members, b.members);
        QVERIFY(a.states == b.states);
        QCOMPARE(a.missing(), b.missing());
    }

    void sealedDraftShowsAsDraft()
    {
        // A draft sealed to its reviewer has no scores in the panel the chair reads; its sheet
        // record still makes the cell a draft, and a submitted record changes nothing.
        Panel sealed = accessPanel();
        const ExpertScore first = sealed.expertScores.front();
        std::erase_if(sealed.expertScores, [&](const ExpertScore &s) {
            return s.reviewer == first.reviewer && s.team == first.team;
        });
        const ProgressMatrix without = progressMatrix(sealed);
        const qsizetype row = without.members.indexOf(first.reviewer);
        const qsizetype column = without.teams.indexOf(first.team);
        QVERIFY(row >= 0 && column >= 0);
        QVERIFY(without.state(row, column) == SheetState::NotStarted);
        const ProgressMatrix with = progressMatrix(sealed, {SheetRecord{first.reviewer, first.team, false, {}}});
        QVERIFY(with.state(row, column) == SheetState::Draft);
        QCOMPARE(with.submitted, without.submitted);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
