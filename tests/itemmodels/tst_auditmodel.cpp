// The audit log table and its member / team filter.

#include "itemmodels/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace pd;

class TestAuditModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filters_data();
    void filters();
    void draftValuesHiddenButTheWritersOwn();
};

namespace {
AuditEntry entry(qint64 id, const char *actor, const char *action, const char *entity)
{
    AuditEntry e;
    e.id = id;
    e.at = QDateTime(QDate(2026, 1, 10), QTime(9, 0).addSecs(static_cast<int>(id)), Qt::UTC);
    e.actor = QString::fromLatin1(actor);
    e.action = QString::fromLatin1(action);
    e.entity = QString::fromLatin1(entity);
    return e;
}
} // namespace

void TestAuditModel::filters_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("no filter") << QString() << QString() << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("member as actor") << u"e01"_qs << QString() << QList<qint64>{1, 2, 4};
    QTest::newRow("member as subject (chair reopened e01's sheet)") << u"e01"_qs << QString()
                                                                    << QList<qint64>{1, 2, 4};
    QTest::newRow("team lg") << QString() << u"lg"_qs << QList<qint64>{1, 4};
    QTest::newRow("team nc") << QString() << u"nc"_qs << QList<qint64>{3};
    QTest::newRow("member and team") << u"e02"_qs << u"nc"_qs << QList<qint64>{3};
    QTest::newRow("nobody") << u"e09"_qs << QString() << QList<qint64>{};
    QTest::newRow("team id is a whole segment, not a substring") << QString() << u"l"_qs << QList<qint64>{};
}

void TestAuditModel::filters()
{
    QFETCH(QString, member);
    QFETCH(QString, team);
    QFETCH(QList<qint64>, ids);
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry(1, "e01", "expert-score", "expert_scores/R1/e01/lg/strategy"),
                      entry(2, "e01", "submit-sheet", "sheets/R1/e01/skt"),
                      entry(3, "e02", "expert-score", "expert_scores/R1/e02/nc/impact"),
                      entry(4, "chair", "reopen-sheet", "sheets/R1/e01/lg"),
                      entry(5, "system", "create-database", "database")});
    AuditFilterModel filter;
    filter.setSourceModel(&model);
    filter.setMember(member);
    filter.setTeam(team);
    QList<qint64> shown;
    for (int r = 0; r < filter.rowCount(); ++r)
        shown << model.entry(filter.mapToSource(filter.index(r, 0)).row()).id;
    QCOMPARE(shown, ids);
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
    QCOMPARE(model.index(0, AuditTableModel::Action).data().toString(), u"expert-score"_qs);
}

// The chair's Audit tab shows no other member's draft values (access/AuditAccess.h): the
// cells say "draft value hidden"; the chair's own draft edits and a submit show as written.
void TestAuditModel::draftValuesHiddenButTheWritersOwn()
{
    AuditEntry others = entry(1, "e01", "expert-score", "expert_scores/R1/e01/lg/strategy");
    others.oldValue = u"{\"comment\":\"\",\"score\":6}"_qs;
    others.newValue = u"{\"comment\":\"DRAFT-MARKER\",\"score\":9.5}"_qs;
    AuditEntry own = entry(2, "chair", "sheet-opinion", "sheets/R1/chair/lg");
    own.newValue = u"{\"opinion\":\"mine\"}"_qs;
    AuditEntry submit = entry(3, "e01", "submit-sheet", "sheets/R1/e01/lg");
    submit.newValue = u"{\"state\":\"submitted\",\"total\":27.5}"_qs;
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({others, own, submit}, u"chair"_qs);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.valuesHidden(0));
    QCOMPARE(model.index(0, AuditTableModel::OldValue).data().toString(), u"draft value hidden"_qs);
    QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(), u"draft value hidden"_qs);
    QCOMPARE(model.index(0, AuditTableModel::Entity).data().toString(), u"expert_scores/R1/e01/lg"_qs);
    QCOMPARE(model.index(1, AuditTableModel::NewValue).data().toString(), own.newValue);
    QCOMPARE(model.index(2, AuditTableModel::NewValue).data().toString(), submit.newValue);
    // no role of any cell carries the draft's value
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)}) {
                const QString text = model.index(r, c).data(role).toString();
                QVERIFY2(!text.contains(u"DRAFT-MARKER") && !text.contains(u"9.5"), qPrintable(text));
            }
    // the writer sees their own values
    model.setEntries({others}, u"e01"_qs);
    QVERIFY(!model.valuesHidden(0));
    QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(), others.newValue);
}

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
