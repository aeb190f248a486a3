// T6 stale-edit: two windows on one file hold copies of the same sheet (two stores watching
// it, PanelStore::watchSheet). A save from the copy that another window, the chair or an
// import has overtaken is refused with StaleEdit naming who changed it, and nothing is
// overwritten; the window's own saves move its copy on; a value changed and changed back is
// still a change (the version is the audit id, never reused).
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

Panel twoItemPanel()
{
    return expertOnlyPanel(2, 2, {{QStringLiteral("r0"), QStringLiteral("Reviewer Zero"), Role::Expert, {}},
                                  {QStringLiteral("c0"), QStringLiteral("Chair Kim"), Role::Chair, {}}});
}

ExpertScore score(const char *item, double value)
{
    return {QStringLiteral("r0"), QStringLiteral("t0"), QString::fromLatin1(item), value, false, {}};
}

const QString kReviewer = QStringLiteral("r0");
const QString kTeam = QStringLiteral("t0");

double stored(PanelStore &store, const char *item)
{
    const auto s = store.loadExpertScore(kReviewer, kTeam, QString::fromLatin1(item));
    return s ? s->score : -1.0;
}

} // namespace

class TestStaleEdit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_a;   // window A
    std::unique_ptr<SqliteStore> m_b;   // window B (or the chair's window)

    // A's save must be refused as stale; returns the message.
    QString refusedInA(const ExpertScore &value)
    {
        try {
            m_a->setExpertScore(value, kReviewer);
        } catch (const StaleEdit &e) {
            return e.message();
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("stale%1.db").arg(++m_files));
        SqliteStore::create(m_path)->replacePanel(twoItemPanel(), QStringLiteral("test"));
        m_a = SqliteStore::open(m_path);
        m_b = SqliteStore::open(m_path);
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void secondSaveFromAStaleCopyIsRefused()
    {
        m_a->watchSheet(kReviewer, kTeam);
        m_b->watchSheet(kReviewer, kTeam);
        m_b->setExpertScore(score("i0", 5), kReviewer);   // B saves first
        const QString message = refusedInA(score("i0", 6));
        QVERIFY2(message.contains(u"The sheet of r0 for team t0 was changed by you (r0), in another "
                                  u"window or with paneldesk-cli"),
                 qPrintable(message));
        QVERIFY2(message.contains(u"nothing was saved"), qPrintable(message));
        QCOMPARE(stored(*m_a, "i0"), 5.0);   // B's value, not overwritten
        // Another item of the same sheet is refused as well: the copy is stale as a whole.
        QVERIFY(!refusedInA(score("i1", 3)).isEmpty());
        QCOMPARE(stored(*m_a, "i1"), -1.0);
        // Having looked again, A saves.
        m_a->watchSheet(kReviewer, kTeam);
        m_a->setExpertScore(score("i0", 6), kReviewer);
        QCOMPARE(stored(*m_b, "i0"), 6.0);
        // ... and now B's copy is the stale one.
        QVERIFY_THROWS_EXCEPTION(StaleEdit, m_b->setExpertScore(score("i1", 2), kReviewer));
    }

    void ownSavesMoveTheCopyOn()
    {
        m_a->watchSheet(kReviewer, kTeam);
        m_a->setExpertScore(score("i0", 5), kReviewer);
        m_a->setExpertScore(score("i0", 5.5), kReviewer);
        m_a->setSheetOpinion(kReviewer, kTeam, QStringLiteral("solid"), kReviewer);
        m_a->clearExpertScore(kReviewer, kTeam, QStringLiteral("i0"), kReviewer);
        m_a->setExpertScore(score("i0", 7), kReviewer);
        m_a->setExpertScore(score("i1", 7), kReviewer);
        m_a->submitSheet(kReviewer, kTeam, kReviewer);
        QCOMPARE(stored(*m_b, "i0"), 7.0);
    }

    void changedAndChangedBackIsStillAChange()
    {
        m_a->setExpertScore(score("i0", 5), kReviewer);
        m_a->watchSheet(kReviewer, kTeam);
        m_b->setExpertScore(score("i0", 6), kReviewer);
        m_b->setExpertScore(score("i0", 5), kReviewer);   // back to what A shows
        QVERIFY(!refusedInA(score("i1", 4)).isEmpty());
    }

    void theSameValueAgainIsNoChange()
    {
        m_a->setExpertScore(score("i0", 5), kReviewer);
        m_a->watchSheet(kReviewer, kTeam);
        m_b->setExpertScore(score("i0", 5), kReviewer);   // nothing changes, nothing audited
        QCOMPARE(refusedInA(score("i1", 4)), QString());
        QCOMPARE(stored(*m_b, "i1"), 4.0);
    }

    void aSheetClearedElsewhereIsSaid()
    {
        m_a->setExpertScore(score("i0", 5), kReviewer);
        m_a->watchSheet(kReviewer, kTeam);
        m_b->clearExpertScore(kReviewer, kTeam, QStringLiteral("i0"), kReviewer);
        const QString message = refusedInA(score("i0", 6));
        QVERIFY2(!message.isEmpty(), "not refused");
        QCOMPARE(stored(*m_b, "i0"), -1.0);
    }

    void theChairsReopenIsNamed()
    {
        // A sheet submitted in window B; the chair reopens it; window B's copy (submitted)
        // is overtaken: the reviewer's next action there is refused and names the chair.
        m_b->setExpertScore(score("i0", 5), kReviewer);
        m_b->setExpertScore(score("i1", 5), kReviewer);
        m_b->submitSheet(kReviewer, kTeam, kReviewer);
        m_a->watchSheet(kReviewer, kTeam);   // the reviewer's window shows the submitted sheet
        auto chair = SqliteStore::open(m_path);
        chair->reopenSheet(kReviewer, kTeam, QStringLiteral("typo in i1"), QStringLiteral("c0"));
        m_b->setExpertScore(score("i1", 6), kReviewer);   // B does not watch: no check
        const QString message = refusedInA(score("i1", 7));
        QVERIFY2(message.contains(u"changed by you (r0)"), qPrintable(message));
        // Submitted again in B; A looks again; the chair reopens it: A is told it was the chair.
        m_b->submitSheet(kReviewer, kTeam, kReviewer);
        m_a->watchSheet(kReviewer, kTeam);
        chair->reopenSheet(kReviewer, kTeam, QStringLiteral("again"), QStringLiteral("c0"));
        const QString byChair = refusedInA(score("i1", 7));
        QVERIFY2(byChair.contains(u"changed by Chair Kim (c0) on "), qPrintable(byChair));
        QCOMPARE(stored(*m_a, "i1"), 6.0);
    }

    void unwatchedSavesAreNotChecked()
    {
        // paneldesk-cli reads and writes in one command: no copy to be stale.
        m_b->setExpertScore(score("i0", 5), kReviewer);
        m_a->setExpertScore(score("i0", 6), kReviewer);
        m_a->watchSheet(kReviewer, kTeam);
        m_a->unwatchSheet(kReviewer, kTeam);
        m_b->setExpertScore(score("i0", 7), kReviewer);
        m_a->setExpertScore(score("i0", 8), kReviewer);
        QCOMPARE(stored(*m_b, "i0"), 8.0);
    }
};

QTEST_GUILESS_MAIN(TestStaleEdit)
#include "tst_staleedit.moc"
